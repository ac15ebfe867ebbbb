/**
 * A mail the user forwarded to themselves (from their other address, or a configured alias,
 * to the address Afterview reads): what counts is the message it forwards. Gmail's
 * "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:", Outlook's
 * "-----Original Message-----" and its line of underscores, in the languages the classifier reads. Pure.
 */
import { localPartOf, tidyMessageId, type MailAddress, type MailMessage } from './mail-message'

const MARKER =
  /^[ \t>*]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Weitergeleitete Nachricht|Ursprüngliche Nachricht|Mensaje reenviado|Mensaje original|Message transféré|Message d'origine|Doorgestuurd bericht|Oorspronkelijk bericht|Mensagem encaminhada|Mensagem original|Messaggio inoltrato|Messaggio originale)[ \t]*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Inicio del mensaje reenviado:|Début du message réexpédié :?|Begin doorgestuurd bericht:|Início da mensagem reencaminhada:|Inizio messaggio inoltrato:|_{16,})[ \t*]*$/im
const HEADER = /^[ \t>*]*([\p{L}-]+(?: [\p{L}-]+)?)[ \t*]*:[ \t*]*(.*)$/u
const FROM = new Set(['from', 'von', 'de', 'van', 'da'])
const SUBJECT = new Set(['subject', 'betreff', 'asunto', 'objet', 'onderwerp', 'assunto', 'oggetto'])
const MESSAGE_ID = new Set(['message-id'])
const TO = new Set(['to', 'an', 'para', 'à', 'aan', 'a'])

function address(value: string): MailAddress | undefined {
  const email =
    /<([^<>\s]+@[^<>\s]+)>/.exec(value)?.[1] ??
    /mailto:([^\]\s>]+@[^\]\s>]+)/i.exec(value)?.[1] ??
    /[^\s<>"[\]]+@[^\s<>"[\]]+/.exec(value)?.[0]
  if (!email) return undefined
  const name = value
    .replace(/<[^>]*>|\[mailto:[^\]]*\]/gi, '')
    .replace(email, '')
    .replace(/["']/g, '')
    .trim()
  return { name, address: email.toLowerCase().replace(/[.,;]+$/, '') }
}

/**
 * The user sent it to themselves: from one of their addresses, or from another address under their own name. With
 * `forwardedTo` (the To line of the message it forwards): also from another address that was the forwarded mail's own
 * recipient ("this came to my old address") and shows either no name or the name the user's address spells.
 */
function sentToSelf(message: MailMessage, user: ReadonlySet<string>, forwardedTo?: string): boolean {
  const recipients = [...message.to, ...message.cc].filter((a) => a.address !== '')
  if (recipients.length === 0 || !recipients.every((r) => user.has(r.address))) return false
  if (user.has(message.from.address)) return true
  // A friend forwarding mail that was sent to them is not the user's application.
  if (recipients.some((r) => sameOwnName(message.from.name, r.name))) return true
  if (forwardedTo !== message.from.address) return false
  // A bare address has no name to compare; a name is compared with the user's address itself ("Jordan Ellis" and
  // jordan.ellis@…), so a friend who forwards mail they received ("Alex Brown") is still someone else.
  if (!HAS_A_WORD.test(message.from.name)) return true
  return recipients.some((r) => !HAS_A_WORD.test(r.name) && sameOwnName(message.from.name, nameOfAddress(r.address)))
}

/** The words of an address's local part: "jordan.ellis+jobs@…" is "jordan ellis". */
const nameOfAddress = (address: string): string =>
  localPartOf(address)
    .replace(/\+.*$/, '')
    .replace(/[._-]+|\d+/g, ' ')

/** "Fwd:", "WG:", "RV:", "TR:", "I:", "Enc:" at the start of a subject. */
const FORWARD_SUBJECT = /^\s*(?:re:\s*)?(?:fwd?|wg|rv|tr|fw|enc|i)\s*:/i

/** A character nameWords keeps: without one, a name has no words. */
const HAS_A_WORD = /[^\s"'.,]/
const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .replace(/["'.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)

/**
 * The same person's two addresses: "Maren Albers" and "Maren A.", "Maren", "M. Albers". The first names (or an
 * initial) agree and so do the last names (or an initial); a friend called "Maren Smith" is someone else.
 */
export function sameOwnName(a: string, b: string): boolean {
  // Most mail has no display name on one side: no words, no regular expressions (the header scan asks this of
  // every unmatched mail sent to the user alone, 50,000 at 100,000 messages: issue 14).
  if (!HAS_A_WORD.test(a) || !HAS_A_WORD.test(b)) return false
  const x = nameWords(a)
  const y = nameWords(b)
  if (x.length === 0 || y.length === 0) return false
  const agree = (p: string, q: string): boolean => p === q || (p.length === 1 && q.startsWith(p)) || (q.length === 1 && p.startsWith(q))
  const [firstX, lastX, firstY, lastY] = [x[0], x[x.length - 1], y[0], y[y.length - 1]]
  const whole = (p: string, q: string): boolean => p.length > 1 && p === q
  if (x.length === 1 || y.length === 1) return whole(firstX, firstY)
  // Both names agree, and at least one of them in full: "J. E." alone says too little.
  return agree(firstX, firstY) && agree(lastX, lastY) && (whole(firstX, firstY) || whole(lastX, lastY))
}

/**
 * Before the body is fetched: mail the user sent only to themselves may forward an invitation
 * from their other address, which is matched by what it forwards, so its body must be read.
 */
export function mayBeForwardToSelf(
  header: MailMessage,
  userAddresses: readonly string[],
  /** Read from the header index, which keeps recipients without their names: a forward sent to the user alone is read. */
  options: { recipientNamesUnknown?: boolean } = {}
): boolean {
  const user = new Set(userAddresses.map((a) => a.toLowerCase()))
  if (sentToSelf(header, user)) return true
  if (options.recipientNamesUnknown && FORWARD_SUBJECT.test(header.subject)) {
    const recipients = [...header.to, ...header.cc].filter((a) => a.address !== '')
    return recipients.length > 0 && recipients.every((r) => user.has(r.address))
  }
  // From another address, nameless: only its forwarded To line can tell (sentToSelf with forwardedTo), so a forward
  // sent to the user alone is read; anything else from a stranger's address is not.
  return FORWARD_SUBJECT.test(header.subject) && sentToSelf(header, user, header.from.address)
}

/** The message a self-forward carries (its sender, subject, Message-ID and text), or undefined for any other mail. */
export function messageForwardedToSelf(message: MailMessage, user: ReadonlySet<string>): MailMessage | undefined {
  const text = message.text.slice(0, 20_000)
  const marker = MARKER.exec(text)
  if (!marker) return undefined
  const lines = text.slice(marker.index + marker[0].length).split('\n')
  let i = 0
  while (i < lines.length && lines[i].trim() === '') i++
  const fields = new Map<string, string>()
  for (; i < lines.length; i++) {
    const header = HEADER.exec(lines[i])
    if (!header) break
    const key = header[1].toLowerCase()
    const kind = FROM.has(key) ? 'from' : SUBJECT.has(key) ? 'subject' : MESSAGE_ID.has(key) ? 'message-id' : TO.has(key) ? 'to' : undefined
    if (kind && !fields.has(kind)) fields.set(kind, header[2].trim())
  }
  const from = address(fields.get('from') ?? '')
  // The user's own mail quoted under a reply ("-----Original Message-----") is no forward to self.
  if (!from || user.has(from.address)) return undefined
  if (!sentToSelf(message, user, address(fields.get('to') ?? '')?.address)) return undefined
  const id = /<[^<>\s]+>/.exec(fields.get('message-id') ?? '')?.[0]
  return {
    ...message,
    messageId: id ? tidyMessageId(id) : message.messageId,
    inReplyTo: undefined,
    references: [],
    from,
    replyTo: undefined,
    to: message.to,
    cc: [],
    subject: fields.get('subject') ?? message.subject.replace(/^(?:(?:fwd?|wg|rv|tr|fw|enc|i)\s*:\s*)+/i, ''),
    text: lines.slice(i).join('\n').trim()
  }
}

/** A match found through the forwarded message, saying so. */
export function withReason<M extends { reason: string }>(match: M | null, say: (why: string) => string): M | null {
  return match && { ...match, reason: say(match.reason) }
}
