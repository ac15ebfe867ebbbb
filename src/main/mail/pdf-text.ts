/**
 * The text of a PDF attachment (an offer letter sent only as a PDF), read with unpdf (PDF.js).
 * A PDF comes from a stranger: it is read only when small, only its first pages, and never
 * for longer than a time limit, so a hostile or broken file is skipped with a reason and the
 * mail is still filed. The reading happens in a worker thread that is ended at the limit.
 */
import { createRequire } from 'node:module'
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

/**
 * The reader, run in a worker thread: PDF.js does its work in long synchronous stretches (a 3.7 MB
 * page of text holds the thread for over a second), so a timer in the same thread cannot stop it,
 * and mail sync, reminders and the window's requests would wait for it. A worker can be ended at
 * the time limit whatever it is doing. It is inline code, not a file, so it runs the same from the
 * CLI's bundle, from the packaged app and from the test's TypeScript; it loads unpdf from the path
 * this module resolves.
 */
const READER = `
const { parentPort, workerData } = require('node:worker_threads')
const { getDocumentProxy } = require(workerData.unpdf)
;(async () => {
  const document = await getDocumentProxy(workerData.content, {
    isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false
  })
  const pages = []
  for (let n = 1; n <= Math.min(document.numPages, workerData.maxPages); n++) {
    const content = await (await document.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\\n' : ' ') : '')).join(''))
  }
  parentPort.postMessage({ pages })
})().catch((error) => parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) }))
`

let unpdfPath: string | undefined

/** Reads the first pages of a PDF in a worker that is ended at the time limit; never throws. */
export async function readPdfText(content: Buffer, limits: { timeMs?: number; maxBytes?: number } = {}): Promise<PdfText> {
  const maxBytes = limits.maxBytes ?? MAX_PDF_BYTES
  if (content.length > maxBytes) return { skipped: `larger than ${Math.round(maxBytes / (1024 * 1024))} MB` }
  if (content.subarray(0, 1024).indexOf('%PDF-') < 0) return { skipped: 'not a PDF file' }
  const timeMs = limits.timeMs ?? PDF_TIME_LIMIT_MS
  unpdfPath ??= createRequire(__filename).resolve('unpdf')
  // A copy: PDF.js takes ownership of (detaches) the bytes it is given, and the worker gets its own.
  const bytes = new Uint8Array(content)
  const { Worker } = await import('node:worker_threads') // loaded for a PDF, not by every process (issue 14)
  const worker = new Worker(READER, {
    eval: true,
    workerData: { unpdf: unpdfPath, content: bytes, maxPages: MAX_PDF_PAGES },
    transferList: [bytes.buffer],
    resourceLimits: { maxOldGenerationSizeMb: 256 },
    stdout: true,
    stderr: true
  })
  const outcome = await new Promise<{ pages: string[] } | { error: string } | 'too slow'>((resolve) => {
    const timer = setTimeout(() => resolve('too slow'), timeMs)
    const settle = (value: { pages: string[] } | { error: string }): void => {
      clearTimeout(timer)
      resolve(value)
    }
    worker.once('message', settle)
    worker.once('error', (error) => settle({ error: error.message }))
    worker.once('exit', (code) => settle({ error: `the reader stopped (exit code ${code})` }))
  })
  void worker.terminate()
  if (outcome === 'too slow') return { skipped: `took longer than ${timeMs / 1000} s to read` }
  if ('error' in outcome) return { skipped: `unreadable PDF (${outcome.error})` }
  const text = outcome.pages
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_PDF_TEXT_CHARS)
  return text === '' ? { skipped: 'no text in it (a scanned image?)' } : { text }
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
