/**
 * The matcher's last steps: mail from senders it cannot verify, filed so a reply is not lost, but as an unverified
 * sender (nothing about the application changes because of it). In order:
 *
 *  - a contact by name, writing from another address ("Claire Hebblethwaite" from her own Outlook);
 *  - a system Afterview does not know that names the employer in its sender name or subject, or, a no-reply portal,
 *    in its first lines;
 *  - a person Afterview does not know (an agency's recruiter, a manager writing from Gmail) whose mail speaks of
 *    hiring and names one tracked employer where people write it.
 *
 * The employer may be named in full (companySpellings) or by its own word ("Brisamar", employer-hints.ts), with its
 * role title as a further sign. From a free-mail address a sentence naming a company is not enough ("heard you have an
 * interview at Café Lumen"): the signature, or two signs together, are.
 */
import type { MatchableApplication } from './message-match'
import { domainOf, localPartOf, type MailMessage } from './mail-message'
import { canonicalName, companyKey, withoutLegalForm } from './company-names'
import { employerHints, wordsIn } from './employer-hints'
import { textAboveQuote } from './classifier/text'
import { jobProcessEvidence } from './classifier/job-evidence'
import { BULK_LOCAL_PART, isJobBoardDomain, isSharedDomain } from './classifier/senders'
import type { MatchStrength, MessageMatch } from './message-match'

/** What the matcher hands over: its applications and how it names and picks them. */
export interface StrangerParts<C extends { app: MatchableApplication }> {
  user: Set<string>
  candidates: C[]
  companiesNamedIn(text: string): C[][]
  pick(candidates: C[], message: MailMessage, direction: 'in' | 'out', strength: MatchStrength, reason: string): MessageMatch
}

export interface StrangerMatcher<C> {
  /** The last step of match(): an incoming mail nothing verified matched. */
  unverifiedMatch(message: MailMessage): MessageMatch | null
  /** A hiring system's mail whose text names no tracked employer in full: its own word or its role title. */
  hintedEmployer(texts: { name: string; subject: string; text: string }): { candidates: C[]; why: string } | undefined
  mayBeAboutAnApplication(header: MailMessage): boolean
  /** In a thread of `anchored`: another application at its employer whose role alone the sender's own words name in full. */
  otherRoleAtSameEmployer(anchored: MatchableApplication, message: MailMessage): C | undefined
}

/** A third party naming whom it writes for, in the seven languages. */
const ON_BEHALF_OF =
  /(?<![\p{L}])(?:on behalf of|in opdracht van|namens|im auftrag (?:von|der|des)|en nombre de|en representación de|pour le compte de|au nom de|per conto d(?:i|el|ella)|em nome d[eao])(?![\p{L}])/iu
/** How much of a mail is read for the employer's name: the greeting and the first sentences. */
const FIRST_LINES = 600
/** A signature's lines: name, title, employer, address, phone. */
const SIGNATURE_LINES = 6
/** Between words, in names and headers alike. */
/** The mail is about an application (in the nine languages the classifier reads). */
const APPLICATION_WORDS =
  /(?<![\p{L}])(?:appl(?:y|ied|ying|ication)|candida(?:cy|ture|tura)|bewerb\p{L}*|sollicit\p{L}*|postula\p{L}*|solicitud|inscri\p{L}*|aplikac\p{L}*|ansökan)(?![\p{L}])/iu
/** Words of someone writing for an employer ("we", "our", "nous", "unser", "nuestro"…), in the nine languages. */
const EMPLOYER_VOICE =
  /(?<![\p{L}'])(?:we|we're|we'd|we'll|we've|our|us|wir|unser\p{L}*|uns|nous|notre|nos|nosotros|nosotras|nuestr\p{L}*|noi|nostr\p{L}*|nós|noss\p{L}*|wij|ons|onze|vår|vårt|våra|oss|nasz\p{L}*)(?![\p{L}'])/iu
/** A machine's subject about one application's process (read when it also names a tracked role or employer). */
const PROCESS_SUBJECT =
  /\b(?:interview|invit\w*|assessment|offer|application|applied|shortlist\w*|unsuccessful|outcome|next (?:steps?|stage)|book\w*|slot|schedul\w*|candidacy|ref(?:erence)?\b|entrevista|candidatur\w*|colloquio|bewerbung|vorstellungsgespr\w*|entretien|sollicitatie\w*|intervju|ansökan|rozmow\w*|zaproszenie|aplikacj\w*)/i
/** A job alert's subject: new posts, not the user's application. */
const ALERT_SUBJECT =
  /\b(?:new|latest|more|recommended|matching|similar|top)\b.*\b(?:jobs?|vacanc\w*|positions|roles|openings|opportunities)\b|\bjob alerts?\b|\bsaved search|\binvited to apply\b|\bapplications? (?:are )?(?:now )?open\b|\bapply now\b|\bclosing soon\b|\bmay be interested\b/i
/** Senders no person answers from: a system writing on someone's behalf. */
const MACHINE_SENDER =
  /^(?:no-?reply|do-?not-?reply|nao-?responda|no-?responder|ne-?pas-?repondre|non-?rispondere|nicht-?antworten|niet-?beantwoorden|notifications?|notificaciones|notifications?-?noreply|mailer|careers|jobs|recruiting|talent|hiring|apply)(?:[-+._].*)?$/i
/** A person's name as a key: lower case, one space between words. */
const nameKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ')
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A mailing list, a job board, or a newsletter sender: never a company answering. */
export function isBulk(message: MailMessage): boolean {
  const from = message.from.address
  return 'list-id' in message.headers || isJobBoardDomain(domainOf(from)) || BULK_LOCAL_PART.test(localPartOf(from))
}

/**
 * A one-word employer ("Next", "Bloom") is named only where it is written as a name, capitalised: "the next steps" is
 * not the retailer. Names of two words or more are rare enough in ordinary sentences.
 */
function writtenAsAName(company: string, text: string): boolean {
  const name = withoutLegalForm(company)
  if (/\s/.test(name) || name.length === 0) return true
  const initial = name[0].toLocaleUpperCase()
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(initial + name.slice(1))}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

export function strangerMatcher<C extends { app: MatchableApplication }>(parts: StrangerParts<C>): StrangerMatcher<C> {
  const { user, candidates, companiesNamedIn, pick } = parts
  const hints = employerHints(candidates, (c) => c.app)
  // Contacts by their full name (two words or more): "claire hebblethwaite" -> her applications. Looked up for every
  // header, so by a cheap key, not the canonical spelling.
  const byContactName = new Map<string, C[]>()
  for (const c of candidates)
    for (const contact of c.app.contacts) {
      const name = nameKey(contact.name)
      if (!name.includes(' ')) continue
      const list = byContactName.get(name) ?? []
      if (!list.includes(c)) list.push(c)
      byContactName.set(name, list)
    }
  // The first word of every employer's and role's name, canonical and as typed: a header none of whose words is one
  // names neither (most mail).
  const firstWords = new Set(
    candidates
      .flatMap((c) => [c.app.company, c.app.role, withoutLegalForm(c.app.company)])
      .flatMap((n) => [n.toLowerCase(), canonicalName(n)])
      .map((n) => wordsIn(n)[0] ?? '')
  )
  for (const word of hints.ownWords) firstWords.add(word)
  firstWords.delete('')

  function unverified(chosen: C[], where: string, message: MailMessage, byPerson: boolean): MessageMatch {
    const from = message.from
    const company = chosen[0].app.company
    const stranger = byPerson
      ? `${from.address} is neither a contact nor an address of ${company}`
      : `${domainOf(from.address)} is not a hiring system Afterview knows`
    return { ...pick(chosen, message, 'in', 'ats', `${where}, but ${stranger}: unverified sender`), unverifiedSender: true }
  }

  /** "Claire Hebblethwaite <claireh76@outlook.com>": a contact's full name from an address not on record. */
  function contactByName(message: MailMessage): MessageMatch | null {
    const known = byContactName.get(nameKey(message.from.name))
    if (!known) return null
    const company = known[0].app.company
    return {
      ...pick(
        known,
        message,
        'in',
        'contact',
        `from ${message.from.name}, your contact at ${company}, but from ${message.from.address}, not the address on record: unverified sender`
      ),
      unverifiedSender: true
    }
  }

  /** The one tracked employer named in full in `text` (written as a name), if exactly one is. */
  function oneNamedIn(text: string): C[] | undefined {
    const named = companiesNamedIn(text).filter((c) => writtenAsAName(c[0].app.company, text))
    return named.length === 1 ? named[0] : undefined
  }

  /**
   * A role title named in full, at one tracked employer: enough from a hiring system when it is two words or more
   * ("Koordynator zmiany magazynowej"); one word ("Recepcionista") needs the employer's own word too ("Brisamar"), and
   * the own word picks among employers with the same title. With `needBoth`, the title and the word are always needed.
   */
  function hintedEmployer(
    texts: { name: string; subject: string; text: string },
    needBoth = false
  ): { candidates: C[]; why: string } | undefined {
    const head = `${texts.name}\n${texts.subject}\n${texts.text.slice(0, 1_500)}`
    const roles = hints.rolesIn(`${texts.subject}\n${texts.text.slice(0, 1_500)}`)
    if (roles.length === 0) return undefined
    // The employers with a title the mail names; its own word, when the mail writes one of theirs, picks among them.
    const titled = roles.flatMap((r) => r.items)
    for (const { items, word } of hints.ownWordsIn(head)) {
      const picked = titled.filter((c) => items.includes(c))
      if (picked.length > 0)
        return { candidates: picked, why: `it names the role "${picked[0].app.role}" and "${word}", as in ${picked[0].app.company}` }
    }
    const [{ items, role }] = roles
    if (needBoth || roles.length !== 1 || new Set(items.map((c) => c.app.company)).size !== 1 || !/\s/.test(role.trim())) return undefined
    return { candidates: items, why: `it names the role "${role}" at ${items[0].app.company}` }
  }

  /**
   * A person writing about hiring at one tracked employer. Signs, each worth points: the employer in full in the
   * signature (2), in the sender's name or first lines (2, or 1 from a free-mail address), its own word anywhere (1),
   * its role title in the subject or the mail (1). Filed at 2 points, when one employer leads. The sender's own name is no sign ("Lucía" signing is not Clínica Santa Lucía).
   */
  function personNaming(message: MailMessage, freeMail: boolean): { candidates: C[]; where: string } | undefined {
    if (message.text === '') return undefined // headers only: the body decides
    const written = textAboveQuote(message.text.slice(0, 20_000))
    const roles = hints.rolesIn(`${message.subject}\n${written.slice(0, 4_000)}`)
    // A tracked role's title is itself a word of hiring ("Transport planner job - Doncaster depot").
    if (roles.length === 0 && !jobProcessEvidence(message, written.slice(0, 2_000), message.subject, false).found) return undefined
    const lines = written.split('\n').filter((line) => line.trim() !== '')
    const signature = lines
      .slice(-SIGNATURE_LINES)
      .filter((line) => line.length <= 80)
      .join('\n')
    const head = `${message.from.name}\n${written.slice(0, FIRST_LINES)}`
    // Points per application: signs about the same employer add up, whichever list they came from.
    const scores = new Map<C, { points: number; why: string[] }>()
    const add = (items: C[] | undefined, points: number, why: string): void => {
      for (const c of items ?? []) {
        const was = scores.get(c) ?? { points: 0, why: [] }
        scores.set(c, { points: was.points + points, why: [...was.why, why] })
      }
    }
    const inSignature = oneNamedIn(signature)
    add(inSignature, 2, `its signature names ${inSignature?.[0].app.company}`)
    const inHead = inSignature ? undefined : oneNamedIn(head)
    add(inHead, freeMail ? 1 : 2, `its first lines name ${inHead?.[0].app.company}`)
    if (!inSignature && !inHead) {
      const own = hints.ownWordsIn(`${message.from.name}\n${written.slice(0, 4_000)}`, message.from.name)
      if (own.length === 1) add(own[0].items, 1, `it says "${own[0].word}"`)
    }
    if (roles.length === 1) add(roles[0].items, 1, `it names the role "${roles[0].role}"`)
    // From a free-mail address, without a signature naming the employer, the mail must speak for it ("our depot"): a
    // friend's "the pharmacy took the trainee, what a pity" names employer and role too.
    if (freeMail && !inSignature && !EMPLOYER_VOICE.test(written.slice(0, 4_000))) return undefined
    const best = Math.max(0, ...[...scores.values()].map((s) => s.points))
    const top = [...scores.entries()].filter(([, s]) => s.points === best)
    // Filed at 2 points, when the applications that lead are all at one employer.
    if (best < 2 || new Set(top.map(([c]) => c.app.company)).size !== 1) return undefined
    const company = top[0][0].app.company
    const why = top[0][1].why.join(' and ')
    return { candidates: top.map(([c]) => c), where: why.includes(company) ? why : `${why} (${company})` }
  }

  /** The one tracked employer the first lines of a no-reply application mail name, in full or by its own word. */
  function firstLinesNaming(message: MailMessage): { candidates: C[]; where: string } | undefined {
    const head = message.text.slice(0, FIRST_LINES)
    if (!APPLICATION_WORDS.test(head)) return undefined
    const named = companiesNamedIn(head)
    if (named.length === 1) return { candidates: named[0], where: `its first lines name ${named[0][0].app.company}` }
    if (named.length > 1) return undefined
    const hinted = hintedEmployer({ name: message.from.name, subject: message.subject, text: head })
    return hinted ? { candidates: hinted.candidates, where: hinted.why } : undefined
  }

  function unverifiedMatch(message: MailMessage): MessageMatch | null {
    const from = message.from
    if (!from.address) return null
    const bulk = isBulk(message) || 'list-unsubscribe' in message.headers
    if (!bulk) {
      const contact = contactByName(message)
      if (contact) return contact
    }
    const freeMail = isSharedDomain(domainOf(from.address))
    if (!freeMail) {
      const byName = companiesNamedIn(from.name)
      // "Online testen in opdracht van Gemeente Dijkerveen": an assessment bureau or agency says whom it writes for.
      const onBehalf = ON_BEHALF_OF.exec(message.subject)
      const named = byName.length
        ? byName
        : MACHINE_SENDER.test(localPartOf(from.address))
          ? companiesNamedIn(message.subject)
          : onBehalf
            ? companiesNamedIn(message.subject.slice(onBehalf.index))
            : []
      if (named.length === 1)
        return unverified(
          named[0],
          `${byName.length ? 'its sender name names' : 'its subject names'} ${named[0][0].app.company}`,
          message,
          false
        )
      if (named.length > 1) return null
    }
    if (bulk) return null
    // "Application received: Staff Nurse (REF 5512)" from a portal's no-reply address: the employer is named in the first
    // lines ("Thank you for applying … with Kinnaird and Tay Council"). Only mail about an application, not a list's.
    if (!freeMail && MACHINE_SENDER.test(localPartOf(from.address))) {
      const inBody = firstLinesNaming(message)
      return inBody ? unverified(inBody.candidates, inBody.where, message, false) : null
    }
    const person = personNaming(message, freeMail)
    return person ? unverified(person.candidates, person.where, message, true) : null
  }

  /**
   * From the headers alone, before any body is read: may this mail be a person Afterview does not know writing about a
   * tracked application? Its subject or sender name names a tracked employer or role (or a contact's name), and it is
   * no list or machine. Only then is its body worth fetching to find out.
   */
  function mayBeAboutAnApplication(header: MailMessage): boolean {
    const from = header.from.address
    if (!from || user.has(from) || 'list-unsubscribe' in header.headers || isBulk(header)) return false
    // A portal's no-reply address naming a tracked role or employer in its subject ("Interview invitation: Classroom
    // Assistant (REF 5512)"): its first lines say whose (unverifiedMatch). Its invitation was never read, though its
    // receipt, read for its acknowledgement-shaped subject, was filed.
    if (MACHINE_SENDER.test(localPartOf(from))) {
      // About one application ("Interview invitation", "Application received"), not a job alert ("New Classroom
      // Assistant vacancies matching your saved search"), whose first lines name employers too.
      if (!PROCESS_SUBJECT.test(header.subject) || ALERT_SUBJECT.test(header.subject)) return false
      if (!wordsIn(header.subject.toLowerCase()).some((w) => firstWords.has(w))) return false
      return companiesNamedIn(canonicalName(header.subject)).length > 0 || hints.rolesIn(header.subject).length > 0
    }
    if (byContactName.size > 0 && header.from.name !== '' && byContactName.has(nameKey(header.from.name))) return true
    const raw = `${header.from.name}\n${header.subject}`
    if (!wordsIn(raw.toLowerCase()).some((w) => firstWords.has(w))) return false
    return companiesNamedIn(canonicalName(raw)).length > 0 || hints.rolesIn(header.subject).length > 0 || hints.ownWordsIn(raw).length > 0
  }

  // Applications per employer, for otherRoleAtSameEmployer: built once, asked on every thread match.
  const byEmployer = new Map<string, C[]>()
  for (const c of candidates) {
    const key = companyKey(c.app.company)
    byEmployer.set(key, [...(byEmployer.get(key) ?? []), c])
  }
  const employerOf = new Map(candidates.map((c) => [c.app.id, companyKey(c.app.company)]))

  function otherRoleAtSameEmployer(anchored: MatchableApplication, message: MailMessage): C | undefined {
    // Headers only (the scan's first look, retroactive filing): the words decide, so nothing to say yet.
    if (message.text === '') return undefined
    const siblings = (byEmployer.get(employerOf.get(anchored.id) ?? '') ?? []).filter((c) => c.app.id !== anchored.id)
    if (siblings.length === 0) return undefined
    const named = hints.rolesIn(textAboveQuote(message.text.slice(0, 20_000)).slice(0, 4_000)).flatMap((r) => r.items)
    if (named.some((c) => c.app.id === anchored.id)) return undefined
    const other = siblings.filter((c) => named.includes(c))
    return other.length === 1 ? other[0] : undefined
  }

  return { unverifiedMatch, hintedEmployer, mayBeAboutAnApplication, otherRoleAtSameEmployer }
}
