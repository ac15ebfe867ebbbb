/**
 * Finding acknowledgements from employers the user does not track yet ("Track this
 * application") without reading every job-flavoured mail in full (issue 14). Two cheap gates
 * in front of the classifier:
 *
 *  1. From the headers (before any body is fetched): a hiring system wrote, or the subject is
 *     shaped like an acknowledgement ("Thanks for applying", "Application received",
 *     "Ihre Bewerbung", "Hemos recibido tu candidatura"), or it answers a thread about a post
 *     ("Re: Pharmacy Technician role"). Job alerts and newsletters
 *     (List-Id) are not. Subjects that merely say "interview", "offer" or "next steps" are not.
 *  2. From the body: at least one acknowledgement phrase of the classifier occurs in the
 *     subject or the sender's own words. The classifier can only call a mail an acknowledgement
 *     when one does (no other signal adds to that category), so this never drops one the
 *     classifier would find; only then does the full classifier run.
 *
 * tests/unit/untracked-acknowledgement.test.ts checks on the labelled corpus that the proposals,
 * categories and filing are the same as with the former gate (job words + full classifier).
 */
import { domainOf, type MailMessage } from './mail-message'
import { classifyMessage, type Classification } from './classifier'
import { EVERY_PHRASE } from './classifier/score'
import { hiringSystemForDomain } from './classifier/senders'
import { createGroupGate } from './classifier/prefilter'
import { preparedMail } from './classifier/text'
import type { Phrase } from './classifier/types'

/**
 * Words an acknowledgement's subject carries in the languages people apply in: the
 * application itself, or thanks / received / confirmed. Broad on purpose: the body check
 * decides; this only spares fetching bodies of mail that cannot be one. A subject word is one
 * of these when a whole run of letters and digits matches it: every alternative is made of
 * letters only, so a match with no letter or digit on either side is such a run. One search
 * of the subject, not a test per word (the header scan reads every subject of the window).
 */
const ACKNOWLEDGEMENT_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    'appl(?:ication|ied|ying)',
    'candida(?:cy|te|ture|tura)',
    'resume',
    'résumé',
    'cv',
    'submission',
    'submitted',
    'received',
    'receipt',
    'confirm\\p{L}*',
    'thanks?',
    'interest',
    'bewerb\\p{L}*',
    'eingang\\p{L}*',
    'eingegangen',
    'dank\\p{L}*',
    'bestätig\\p{L}*',
    'unterlagen',
    'solicitud',
    'postula\\p{L}*',
    'currículum',
    'curriculum',
    'recib\\p{L}*',
    'gracias',
    'confirmaci[oó]n',
    'interés',
    'sollicit\\p{L}*',
    'ontvang\\p{L}*',
    'bedankt',
    'bevestig\\p{L}*',
    'reçue?',
    'accusé',
    'merci',
    'recebe\\p{L}*',
    'obrigad[oa]',
    'confirmação',
    'interesse',
    'ricevut[oa]',
    'grazie'
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iu'
)

/**
 * A reply in a thread about a post ("Re: Pharmacy Technician role", "AW: Stelle als Koch"): a small employer answering
 * the application mail itself, whose subject is the candidate's own (training-32's "thanks heaps, got it safely").
 */
const REPLY_ABOUT_A_POST =
  /^\s*(?:re|aw|sv|antw|r|rif|res|odp)\s*:.*(?<![\p{L}\p{N}])(?:role|position|post|job|vacancy|opening|stelle|puesto|plaza|vacante|poste|vacature|functie|vaga|cargo|posizione|posto|tjänst|stanowisk\p{L}*)(?![\p{L}\p{N}])/iu

/** Before the body is fetched: may this unmatched mail be an acknowledgement worth reading? */
export function mayBeUntrackedAcknowledgement(header: MailMessage): boolean {
  if (hiringSystemForDomain(domainOf(header.from.address))) return true
  if (header.headers['list-id'] !== undefined) return false
  return ACKNOWLEDGEMENT_WORD.test(header.subject) || (!!header.inReplyTo && REPLY_ABOUT_A_POST.test(header.subject))
}

/** The classifier reads this much of the sender's own words (classifier/index.ts: MAX_OWN_CHARS). */
const MAX_OWN_CHARS = 6_000

let acknowledgement: { phrases: Phrase[]; gate: (lowerText: string) => boolean[] } | undefined
/**
 * Compiled on first use: the sync of a process that never sees unmatched mail does not pay
 * for it. One scan of the text for the keys of all acknowledgement phrases (the classifier's
 * prefilter) instead of a search per key per phrase: 366 unmatched mails of the first-scan
 * bench took 105 ms in that search alone (issue 14).
 */
function acknowledgementPhrases(): { phrases: Phrase[]; gate: (lowerText: string) => boolean[] } {
  if (!acknowledgement) {
    const phrases = EVERY_PHRASE.filter((p) => p.category === 'acknowledgement')
    acknowledgement = { phrases, gate: createGroupGate(phrases.map((p) => p.keyGroups)) }
  }
  return acknowledgement
}

function anyPhraseIn(text: string, lower: string): boolean {
  const { phrases, gate } = acknowledgementPhrases()
  const open = gate(lower)
  // As the classifier reads phrases (score.ts): on the lower-cased text without case folding, where that keeps its length.
  const folded = lower.length === text.length
  for (let k = 0; k < phrases.length; k++) {
    if (!open[k]) continue
    const phrase = phrases[k]!
    const pattern = folded ? phrase.lowerPattern : phrase.pattern
    pattern.lastIndex = 0
    const found = pattern.test(folded ? lower : text)
    pattern.lastIndex = 0
    if (found) return true
  }
  return false
}

/**
 * With the body read: does any acknowledgement phrase occur where the classifier looks
 * (the subject without Re:/Fwd:, the sender's own words)? False means the classifier cannot
 * call it an acknowledgement, so it need not run.
 */
export function mayReadAsAcknowledgement(message: MailMessage): boolean {
  // The same preparation the classifier uses, kept per message: when it runs next, it reads this again.
  const { subject, body } = preparedMail(message)
  if (anyPhraseIn(subject.text, subject.text.toLowerCase())) return true
  const own = body.own.slice(0, MAX_OWN_CHARS)
  return anyPhraseIn(own, own.toLowerCase())
}

/** An unmatched mail's classification when it is an acknowledgement; undefined otherwise (mostly without classifying). */
export function untrackedAcknowledgement(message: MailMessage, options: { timeZone?: string } = {}): Classification | undefined {
  if (!mayReadAsAcknowledgement(message)) return undefined
  const classification = classifyMessage(message, { relatedToApplication: false, direction: 'in', timeZone: options.timeZone })
  return classification.category === 'acknowledgement' ? classification : undefined
}

/** How many mails of one shape are read before the rest of that shape waits on what they said. */
const LOOK_ALIKES_READ = 2

/**
 * Mail passing the header gate only for its subject often comes in runs of one shape from
 * one sender: a shop's "Receipt for order #10031", "#10058", …; a job board's "Your
 * application was viewed". Reading every body of such a run to look for an acknowledgement
 * cost a first scan most of its reading of unmatched mail (issue 14: 370 of 1,366 bodies at
 * 20,000 messages). So of each shape (the sender's address and the subject, its numbers
 * aside) the first LOOK_ALIKES_READ are read; the others only when one of those was worth it:
 * an acknowledgement, mail about a tracked application, or a body that could not be read.
 * Hiring systems are not grouped: each of their mails is read.
 */
export class LookAlikes {
  private readonly shapes = new Map<string, { read: number; worth: boolean }>()

  /** The shape of an unmatched mail the header gate let through only for its subject; undefined: always read. */
  static shapeOf(header: MailMessage): string | undefined {
    const domain = domainOf(header.from.address)
    if (!domain || hiringSystemForDomain(domain)) return undefined
    return `${header.from.address}\u0000${header.subject.toLowerCase().replace(/\d+/g, '#')}`
  }

  /** Whether a mail of this shape is read now (counted as read when it is). */
  take(shape: string): boolean {
    const seen = this.shapes.get(shape)
    if (!seen) {
      this.shapes.set(shape, { read: 1, worth: false })
      return true
    }
    if (seen.read >= LOOK_ALIKES_READ && !seen.worth) return false
    seen.read++
    return true
  }

  /** What reading a mail of this shape found: `worth` when it was one of the cases above. */
  found(shape: string, worth: boolean): void {
    const seen = this.shapes.get(shape)
    if (seen && worth) seen.worth = true
  }

  /** Whether the mails held back of this shape are to be read after all. */
  worthReading(shape: string): boolean {
    return this.shapes.get(shape)?.worth === true
  }
}
