/**
 * What the sender wrote: quoted replies and signatures cut off, forwarded mail unwrapped,
 * whitespace folded so phrases match across hard line wraps. English, German and Spanish
 * mail clients' markers.
 */
import type { AttachmentText } from '../mail-message'

export interface PreparedText {
  /** The sender's own words, paragraphs separated by '\n', lines within a paragraph joined. */
  own: string
  /** Attached letters (PDF) whose own words were added to `own`, after the body's. */
  attached?: { filename: string; own: string }[]
  /** A forwarded message was unwrapped into `own`. */
  forwarded: boolean
}

export interface PreparedSubject {
  /** Without Re:/Fwd:/AW:/WG:/RV: prefixes. */
  text: string
  isReply: boolean
  isForward: boolean
}

/** Reply and forward prefixes as mail clients write them, Italian Outlook's "R:"/"RIF:" and "I:" included. */
const SUBJECT_PREFIX = /^\s*(re|aw|antw|res|sv|vs|r|rif|fwd?|wg|rv|tr|enc|i)\s*(?:\[\d+\])?\s*:\s*/i
const FORWARD_PREFIX = /^(?:fwd?|wg|rv|tr|enc|i)$/i

export function prepareSubject(subject: string): PreparedSubject {
  let text = subject.replace(/\s+/g, ' ').trim()
  let isReply = false
  let isForward = false
  for (let m = SUBJECT_PREFIX.exec(text); m; m = SUBJECT_PREFIX.exec(text)) {
    if (FORWARD_PREFIX.test(m[1])) isForward = true
    else isReply = true
    text = text.slice(m[0].length)
  }
  return { text: normalizeCharacters(text), isReply, isForward }
}

/** A line that starts a forwarded message, and the header lines that follow it. */
const FORWARD_MARKER =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Weitergeleitete Nachricht|Mensaje reenviado|Message transféré|Doorgestuurd bericht|Mensagem encaminhada|Messaggio inoltrato)[ \t]*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Inicio del mensaje reenviado:)[ \t]*$/im
const FORWARD_HEADER_LINE =
  /^[ \t]*(?:From|To|Cc|Date|Sent|Subject|Reply-To|Von|An|Datum|Gesendet|Betreff|De|Para|Fecha|Enviado|Asunto)[ \t]*:.*$/i

/** Where a quoted earlier message starts: the earliest of these. */
const REPLY_MARKERS: readonly RegExp[] = [
  /^[ \t]*On [^\n]{0,200}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/m,
  /^[ \t]*Am [^\n]{0,200}(?:\n[^\n]{0,200})?\bschrieb[^\n]{0,80}:[ \t]*$/m,
  /^[ \t]*El [^\n]{0,200}(?:\n[^\n]{0,200})?\bescribió:[ \t]*$/m,
  /^[ \t]*Le [^\n]{0,200}(?:\n[^\n]{0,200})?\ba écrit[ \t]*:[ \t]*$/m,
  /^[ \t]*Op [^\n]{0,200}(?:\n[^\n]{0,200})?\b(?:schreef|geschreven)[^\n]{0,80}:[ \t]*$/m,
  /^[ \t]*(?:Em|No dia) [^\n]{0,200}(?:\n[^\n]{0,200})?\bescreveu[ \t]*:[ \t]*$/m,
  /^[ \t]*(?:Il giorno|Il) [^\n]{0,200}(?:\n[^\n]{0,200})?\bha scritto[ \t]*:[ \t]*$/m,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Mensaje original|Message d'origine|Oorspronkelijk bericht|Mensagem original|Messaggio originale)[ \t]*-{2,}/im,
  /^[ \t]*_{10,}[ \t]*$/m,
  // …and "Enviada em:" (Portuguese Outlook), "Fra:/Sendt:", "Från:/Skickat:", "Lähettäjä:/Lähetetty:", "Od:/Wysłano:".
  /^[ \t]*(?:From|Von|De|Van|Da|Fra|Från|Lähettäjä|Od)[ \t]*:[^\n]*\n[ \t]*(?:Sent|Date|Gesendet|Datum|Enviado|Enviada|Enviado em|Enviada em|Fecha|Envoyé|Verzonden|Inviato|Data|Sendt|Skickat|Lähetetty|Wysłano)[ \t]*:/im
]

const SIGNATURE_DELIMITER = /^-- ?$/m
const SIGN_OFF =
  /^[ \t]*(?:(?:best|kind|warm|warmest|many)(?: regards| wishes)?|regards|best,|thanks(?: again| so much)?|thank you(?: again)?|cheers|sincerely(?: yours)?|yours(?: sincerely| truly)?|all the best|talk soon|mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|schöne grüße|gruß|saludos(?: cordiales)?|un saludo(?: cordial)?|atentamente|cordialmente|un abrazo|muchas gracias|gracias|bien cordialement|cordialement|bien à vous|salutations distinguées|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en)?|atenciosamente|cumprimentos|abraços?|cordiali saluti|distinti saluti|un saluto|saluti|a presto)[ \t]*[,.!]?[ \t]*$/gim
const DISCLAIMER =
  /^[ \t]*(?:confidentiality notice|this (?:e-?mail|message)(?: and any (?:attachments|files)[^\n]*?)? (?:is|are|may be|contains?) (?:confidential|intended)|disclaimer\s*:|diese e-?mail (?:enthält|ist) vertraulich|este (?:correo|mensaje)[^\n]{0,40}(?:confidencial|destinatario))/im

export function normalizeCharacters(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
}

/**
 * The reply markers as two scans, one per set of flags, not ten: where the earliest of them starts is where the
 * leftmost match of their alternation starts. Each mail's text is long with its quoted thread, and was scanned
 * twenty times (twice for every marker).
 */
const REPLY_MARKER_SCANS: readonly RegExp[] = [false, true].map(
  (ignoreCase) =>
    new RegExp(
      REPLY_MARKERS.filter((r) => r.ignoreCase === ignoreCase)
        .map((r) => `(?:${r.source})`)
        .join('|'),
      ignoreCase ? 'im' : 'm'
    )
)

function firstIndex(text: string, patterns: readonly RegExp[]): number {
  let best = -1
  for (const pattern of patterns) {
    const m = pattern.exec(text)
    if (m && (best < 0 || m.index < best)) best = m.index
  }
  return best
}

/** What the sender wrote above any quoted mail, signature included (where people name their employer). */
export const textAboveQuote = (text: string): string => normalizeCharacters(stripQuoted(text.replace(/\r\n?/g, '\n')))

const QUOTED_LINE = /^[ \t]*>/

/**
 * Text before the earliest quoted-reply marker, without '>' lines. A reply written under the quote (bottom-posted:
 * nothing above "On … wrote:", the quoted mail in '>' lines, then the answer) is the text after those lines.
 */
function stripQuoted(text: string, at = firstIndex(text, REPLY_MARKER_SCANS)): string {
  const head = (at >= 0 ? text.slice(0, at) : text)
    .split('\n')
    .filter((line) => !QUOTED_LINE.test(line))
    .join('\n')
  if (at < 0 || head.trim() !== '') return head
  const below = answerBelowQuote(text.slice(at))
  return below ?? head
}

/** The answer under a quoted block: the marker's line(s), then '>' lines (blank lines between), then the reply. */
function answerBelowQuote(fromMarker: string): string | undefined {
  const lines = fromMarker.split('\n')
  let i = 0
  // The marker itself: up to two lines, ending with the colon of "wrote:", "schrieb:", "a écrit :".
  while (i < Math.min(2, lines.length) && !/:[ \t]*$/.test(lines[i])) i++
  i++
  while (i < lines.length && lines[i].trim() === '') i++
  if (i >= lines.length || !QUOTED_LINE.test(lines[i])) return undefined
  while (i < lines.length && (QUOTED_LINE.test(lines[i]) || lines[i].trim() === '')) i++
  const rest = lines.slice(i).join('\n')
  if (rest.trim() === '') return undefined
  const next = firstIndex(rest, REPLY_MARKER_SCANS)
  return (next >= 0 ? rest.slice(0, next) : rest)
    .split('\n')
    .filter((line) => !QUOTED_LINE.test(line))
    .join('\n')
}

function stripSignature(text: string): string {
  let out = text
  const disclaimer = DISCLAIMER.exec(out)
  if (disclaimer) out = out.slice(0, disclaimer.index)
  const delimiter = SIGNATURE_DELIMITER.exec(out)
  if (delimiter && delimiter.index > 0) out = out.slice(0, delimiter.index)
  let last: RegExpExecArray | undefined
  SIGN_OFF.lastIndex = 0
  for (let m = SIGN_OFF.exec(out); m; m = SIGN_OFF.exec(out)) last = m
  if (last && last.index >= 20) {
    const tail = out.slice(last.index + last[0].length).trim()
    const tailLines = tail === '' ? 0 : tail.split('\n').length
    if (tailLines <= 12 && tail.length <= 900) {
      // A postscript after the name ("P.S. we expect to decide by the end of the month") is the sender's own words.
      const ps = POSTSCRIPT.exec(tail)
      out = out.slice(0, last.index) + (ps ? `\n\n${tail.slice(ps.index)}` : '')
    }
  }
  return out
}
/** "P.S.", "PS:", "P.S. -", Spanish "P.D.", "PD:" (not "PD Dr.", a German title): a postscript opening a line. */
const POSTSCRIPT = /^[ \t]*(?:P\.?[ \t]?S\.?|P\.D\.|PD:)(?=[:\- \t])/m

/** Lines inside a paragraph are joined (hard wraps), paragraphs kept apart with '\n'. */
function foldWhitespace(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' ')
        .replace(/[ \t]+/g, ' ')
    )
    .filter((p) => p !== '')
    .join('\n')
}

/** The sender's own words of a plain-text body; a forwarded message's content counts as theirs. */
export function prepareBody(body: string, subject: PreparedSubject): PreparedText {
  const text = normalizeCharacters(body.replace(/\r\n?/g, '\n'))
  let forwarded = false
  let own: string
  const marker = FORWARD_MARKER.exec(text)
  const replyAt = firstIndex(text, REPLY_MARKER_SCANS)
  const forwardAt = marker ? marker.index : subject.isForward && replyAt >= 0 ? replyAt : -1
  if (forwardAt >= 0 && (replyAt < 0 || forwardAt <= replyAt || subject.isForward)) {
    forwarded = true
    const note = stripSignature(stripQuoted(text.slice(0, forwardAt)))
    const lines = text.slice(forwardAt).split('\n')
    let i = marker && marker.index === forwardAt ? 1 : 0
    while (i < lines.length && (lines[i].trim() === '' || FORWARD_HEADER_LINE.test(lines[i]) || /^[ \t]*_{10,}[ \t]*$/.test(lines[i]))) i++
    const inner = lines.slice(i).join('\n')
    own = `${note}\n\n${stripSignature(stripQuoted(inner))}`
  } else {
    own = stripSignature(stripQuoted(text, replyAt))
  }
  return { own: foldWhitespace(own), forwarded }
}

/** Read once per message object: the classifier and the facts extraction share it. */
const prepared = new WeakMap<object, { subject: PreparedSubject; body: PreparedText }>()
const MAX_BODY_CHARS = 20_000

/** The subject and the sender's own words of a mail (its first 20,000 characters), kept per message object. */
export function preparedMail(message: { subject: string; text: string; attachments?: readonly AttachmentText[] }): {
  subject: PreparedSubject
  body: PreparedText
} {
  const hit = prepared.get(message)
  if (hit) return hit
  const subject = prepareSubject(message.subject)
  let body = prepareBody(message.text.slice(0, MAX_BODY_CHARS), subject)
  const letters = (message.attachments ?? []).filter((a) => a.text.trim() !== '')
  if (letters.length > 0) {
    // An attached letter is the sender's own words too, read after the cover note.
    const attached = letters.map((a) => ({ filename: a.filename, own: foldWhitespace(stripSignature(a.text.slice(0, MAX_BODY_CHARS))) }))
    body = { ...body, own: [body.own, ...attached.map((a) => a.own)].join('\n'), attached }
  }
  const out = { subject, body }
  prepared.set(message, out)
  return out
}

/** The attached file a sentence of `own` was read from, or undefined when the mail's body says it. */
export function attachmentSaying(body: PreparedText, sentence: string): string | undefined {
  if (!body.attached || sentence === '') return undefined
  const bodyOwnEnd = body.own.length - body.attached.reduce((n, a) => n + a.own.length + 1, 0)
  if (body.own.slice(0, Math.max(0, bodyOwnEnd)).includes(sentence)) return undefined
  return body.attached.find((a) => a.own.includes(sentence))?.filename
}
