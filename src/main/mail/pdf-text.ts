/**
 * The text of a PDF attachment (an offer letter sent only as a PDF), read with unpdf (PDF.js).
 * A PDF comes from a stranger: it is read only when small, only its first pages, and never
 * for longer than a time limit, so a hostile or broken file is skipped with a reason and the
 * mail is still filed.
 */
import type { AttachmentText } from '../../shared/core/mail-message'

/** Larger files are not read: an offer letter is a few hundred kilobytes. */
export const MAX_PDF_BYTES = 5 * 1024 * 1024
/** The letter's terms and its reply-by date are on its first pages. */
export const MAX_PDF_PAGES = 3
export const PDF_TIME_LIMIT_MS = 2_000
const MAX_PDF_TEXT_CHARS = 20_000

export type PdfText = { text: string } | { skipped: string }

export function isPdfAttachment(contentType: string | undefined, filename: string | undefined): boolean {
  return (contentType ?? '').toLowerCase() === 'application/pdf' || /\.pdf$/i.test(filename ?? '')
}

type Unpdf = typeof import('unpdf')
let unpdf: Promise<Unpdf> | undefined

/** Reads the first pages of a PDF; never throws. */
export async function readPdfText(content: Buffer, limits: { timeMs?: number; maxBytes?: number } = {}): Promise<PdfText> {
  const maxBytes = limits.maxBytes ?? MAX_PDF_BYTES
  if (content.length > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / (1024 * 1024))} MB` }
  if (content.subarray(0, 1024).indexOf('%PDF-') < 0) return { skipped: 'not a PDF file' }
  const timeMs = limits.timeMs ?? PDF_TIME_LIMIT_MS
  const tooSlow: PdfText = { skipped: `took longer than ${timeMs / 1000} s to read` }
  const deadline = Date.now() + timeMs
  let timer: NodeJS.Timeout | undefined
  let destroy: (() => Promise<void>) | undefined
  // The timer ends the wait; the checks between pages stop the reading itself.
  const timeout = new Promise<PdfText>((resolve) => {
    timer = setTimeout(() => resolve(tooSlow), timeMs)
  })
  const read = (async (): Promise<PdfText> => {
    unpdf ??= import('unpdf')
    const { getDocumentProxy } = await unpdf
    // A copy: PDF.js takes ownership of (detaches) the buffer it is given.
    const document = await getDocumentProxy(new Uint8Array(content), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false
    })
    destroy = () => document.destroy()
    const pages: string[] = []
    for (let n = 1; n <= Math.min(document.numPages, MAX_PDF_PAGES); n++) {
      if (Date.now() >= deadline) return tooSlow
      const page = await document.getPage(n)
      const content = await page.getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''))
    }
    const text = pages
      .join('\n\n')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
      .slice(0, MAX_PDF_TEXT_CHARS)
    return text === '' ? { skipped: 'no text in it (a scanned image?)' } : { text }
  })().catch((error: unknown) => ({ skipped: `unreadable PDF (${error instanceof Error ? error.message : String(error)})` }))
  try {
    return await Promise.race([read, timeout])
  } finally {
    clearTimeout(timer)
    void destroy?.().catch(() => undefined)
  }
}

/** A cover note this short may leave everything to an attached letter. */
const SHORT_BODY_CHARS = 1_500
const MAX_PDFS_READ = 2

/** The PDF attachments of a mail whose body is short, read one after another (each bounded). */
export async function attachedLetters(
  parts: readonly { contentType?: string; filename?: string; content: Buffer }[],
  bodyText: string
): Promise<AttachmentText[]> {
  if (bodyText.length > SHORT_BODY_CHARS) return []
  const out: AttachmentText[] = []
  for (const part of parts.filter((p) => isPdfAttachment(p.contentType, p.filename)).slice(0, MAX_PDFS_READ)) {
    // eslint-disable-next-line no-control-regex -- a hostile file name's control characters are dropped
    const filename = (part.filename ?? 'attachment.pdf').replace(/[\u0000-\u001f]/g, '').slice(0, 120)
    const read = await readPdfText(part.content)
    out.push('text' in read ? { filename, text: read.text } : { filename, text: '', skipped: read.skipped })
  }
  return out
}
