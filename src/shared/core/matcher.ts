// Over 300 lines: the ordered evidence chain (thread, contact, domain, hiring system, role) is one decision; each step is a small function.
/**
 * Which application a mail belongs to, strongest evidence first: the thread (In-Reply-To,
 * References), a known contact, the company's domain (Workday tenants and careers domains
 * included), then an applicant-tracking system that names the company. Pure and indexed once:
 * createMatcher() does the work per application, match() only looks things up.
 */
import { bareDomain, CAREERS_LABEL, CLOSED_STAGES, type Application } from '../model'
import { deliveredAddresses } from './address'
import { domainOf, localPartOf, messageIdKey, reusedOf, type MailAddress, type MailMessage } from './mail-message'
import { messageForwardedToSelf, withReason } from './forwarded'
import { companyInvitingYou } from './invited-by'
import { isCustomerMail } from './customer-mail'
import { canonicalName, companySpellings, withoutLegalForm } from './company-names'
import { isBulk, strangerMatcher } from './matcher-strangers'
import { termSearch } from './term-search'
import type { MatchableApplication, MatchStrength, MessageMatch } from './message-match'
import { aboutYourApplication, domainAndParents, hiringSystemForDomain, isJobBoardDomain, isSharedDomain } from './classifier/senders'

export type { MatchableApplication, MatchableMessage, MatchStrength, MessageMatch } from './message-match'

export interface MatchContext {
  /** The user's own addresses: mail from them is outgoing. */
  userAddresses: string[]
  /** Message-IDs already filed on an application (message id -> application id), keys as
   *  messageIdKey() writes them (or exactly as in the header); read live, so it may grow. */
  knownMessageIds?: Map<string, string>
  /** IANA zone for dates in reasons; UTC when absent. */
  timeZone?: string
}

export interface Matcher {
  match(message: MailMessage): MessageMatch | null
  /**
   * From the headers alone, before any body is read: may this mail be a person Afterview does not know writing about a
   * tracked application (an agency's recruiter, an owner writing from Gmail)? Its subject or sender name names a tracked
   * employer or role, and it is no list or machine. Only then is its body worth fetching to find out (personNaming).
   */
  mayBeAboutAnApplication(header: MailMessage): boolean
}

interface ThreadAnchor {
  applicationId: string
  sentByUser: boolean
  /** "your thank-you of Nov 19", "'Re: Interview' (Nov 19)". */
  label: string
}

/**
 * A filed mail as a thread anchor. Its label is worked out when a reason quotes it, not for
 * every filed mail when the matcher is built: at 100,000 messages (5,000 filed) the labels'
 * dates and strings were about half of building the matcher (issue 14).
 */
class FiledAnchor implements ThreadAnchor {
  readonly sentByUser: boolean
  constructor(
    readonly applicationId: string,
    private readonly event: { at: string },
    private readonly message: { direction: 'in' | 'out'; subject: string; snippet: string },
    private readonly day: (iso: string) => string
  ) {
    this.sentByUser = message.direction === 'out'
  }
  get label(): string {
    const m = this.message
    const when = this.day(this.event.at)
    return m.direction === 'out' && /thank|danke|gracias/i.test(`${m.subject} ${m.snippet}`)
      ? `your thank-you of ${when}`
      : m.direction === 'out'
        ? `your message '${m.subject}' of ${when}`
        : `'${m.subject}' (${when})`
  }
}

interface Candidate {
  app: MatchableApplication
  lastActivity: number
  active: boolean
}

const WORKDAY = /(?:^|\.)(?:myworkday|myworkdayjobs)\.com$/
const ROLE_STOPWORDS = new Set(['and', 'the', 'for', 'with', 'of', 'm/w/d', 'w/m/d'])

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '')
const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}

/** Made on first use: creating an Intl.DateTimeFormat costs more than most matches (issue 14). */
function dayFormatter(timeZone: string | undefined): (iso: string) => string {
  let format: Intl.DateTimeFormat | undefined
  const make = (): Intl.DateTimeFormat => {
    try {
      return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: timeZone || 'UTC' })
    } catch {
      return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' })
    }
  }
  return (iso) => (Number.isNaN(Date.parse(iso)) ? '' : (format ??= make()).format(new Date(iso)))
}

export function createMatcher(applications: readonly MatchableApplication[], context: MatchContext): Matcher {
  const day = dayFormatter(context.timeZone)
  const user = new Set(context.userAddresses.map((a) => a.trim().toLowerCase()))
  const threads = new Map<string, ThreadAnchor>()
  const byContact = new Map<string, Candidate[]>()
  const byDomain = new Map<string, Candidate[]>()
  const bySlug = new Map<string, Candidate[]>()
  const byName = new Map<string, Candidate[]>()
  const byFirstWord = new Map<string, Candidate[]>()
  const trust = new Map<string, { addresses: Set<string>; domains: Set<string>; slugs: Set<string> }>()
  const allCandidates: Candidate[] = []

  for (const app of applications) {
    const times = [app.appliedAt, ...app.interviews.map((i) => i.startsAt), ...app.events.map((e) => e.at)].map((t) =>
      t ? Date.parse(t) : NaN
    )
    const candidate: Candidate = {
      app,
      lastActivity: Math.max(0, ...times.filter((t) => !Number.isNaN(t))),
      active: !CLOSED_STAGES.includes(app.stage)
    }
    allCandidates.push(candidate)
    for (const id of app.sentMessageIds)
      threads.set(messageIdKey(id), { applicationId: app.id, sentByUser: true, label: 'a message you sent about this application' })
    for (const event of app.events) {
      const m = event.message
      if (!m?.messageId) continue
      const anchor = new FiledAnchor(app.id, event, m, day)
      threads.set(messageIdKey(m.messageId), anchor)
      // Filed under an id of its own, another mail having its Message-ID: a reply gives the one it has. The mail filed
      // under that id, if any, keeps the thread (set whenever it comes); if none was, the thread is this one's.
      const reused = reusedOf(m.messageId)
      if (reused && !threads.has(messageIdKey(reused.messageId))) threads.set(messageIdKey(reused.messageId), anchor)
    }
    for (const contact of app.contacts) if (contact.email) push(byContact, contact.email.toLowerCase(), candidate)
    trust.set(app.id, trustedSendersOf(app))
    // With the employer's domain known, a contact writing from another one (her own mailbox, a provider Afterview does
    // not know as free mail) is matched by her address, not by her whole provider.
    // (A domain saved as typed from the browser, before the form took "www." off: mail comes from the domain itself.)
    const companyDomain = app.companyDomain ? bareDomain(app.companyDomain) : undefined
    const domains = companyDomain ? [companyDomain] : app.contacts.map((c) => domainOf(c.email ?? ''))
    for (const d of domains) if (d && !isSharedDomain(d) && !hiringSystemForDomain(d) && !isJobBoardDomain(d)) push(byDomain, d, candidate)
    for (const name of companySpellings(app.company)) {
      push(byName, name, candidate)
      push(bySlug, slug(name), candidate)
    }
    if (companyDomain) push(bySlug, slug(companyDomain.split('.')[0]), candidate)
    // Workday tenants and careers domains often shorten the name: "bluefin" for Bluefin Logistics.
    const firstWord = slug(app.company.split(/\s+/)[0] ?? '')
    if (firstWord.length >= 4 && app.company.trim().includes(' ')) push(byFirstWord, firstWord, candidate)
  }
  for (const [word, candidates] of byFirstWord) {
    const companies = new Set(candidates.map((c) => c.app.company.toLowerCase()))
    if (companies.size === 1 && !bySlug.has(word)) bySlug.set(word, candidates)
  }
  // knownMessageIds is read live: messages filed after createMatcher() anchor their threads too.
  const knownAnchor = (rawId: string, key: string): ThreadAnchor | undefined => {
    const applicationId = context.knownMessageIds?.get(key) ?? context.knownMessageIds?.get(rawId)
    return applicationId ? { applicationId, sentByUser: false, label: 'a message already filed on this application' } : undefined
  }
  const appsById = new Map(applications.map((a) => [a.id, a]))
  const namesIn = termSearch([...byName.keys()])

  /** Companies named in a text (in any spelling companySpellings knows), in order of first mention. */
  function companiesNamedIn(raw: string): Candidate[][] {
    if (raw === '' || byName.size === 0) return []
    const found: Candidate[][] = []
    for (const name of namesIn(canonicalName(raw))) {
      const apps = byName.get(name)
      if (apps && !found.includes(apps)) found.push(apps)
    }
    return found
  }

  function pick(
    candidates: Candidate[],
    message: MailMessage,
    direction: 'in' | 'out',
    strength: MatchStrength,
    reason: string
  ): MessageMatch {
    let chosen = candidates[0]
    if (candidates.length > 1) {
      const byRole = pickByRole(candidates, message)
      if (byRole) {
        chosen = byRole.candidate
        reason += `; ${byRole.why}`
      } else {
        const pool = candidates.some((c) => c.active) ? candidates.filter((c) => c.active) : candidates
        chosen = pool.reduce((best, c) => (c.lastActivity > best.lastActivity ? c : best))
        reason += `; ${candidates.length} applications fit and the mail does not say which, so it went to the most recent active one (${chosen.app.role || chosen.app.company})`
      }
    }
    return { applicationId: chosen.app.id, direction, reason, strength }
  }

  /**
   * Of a contact at an agency (her domain is her own company's, not her applications' employer's, nor free mail): the
   * one other tracked employer the subject of her mail names, and none of hers. Not her text: a recruiter asks "where
   * are you with Globex?" while writing of her own client, and a manager says where she worked before.
   */
  function otherClientNamed(apps: Candidate[], address: string, message: MailMessage): Candidate[] | undefined {
    const domain = domainOf(address)
    if (isSharedDomain(domain)) return undefined
    const atEmployer = apps.some((c) => {
      const own = c.app.companyDomain ? bareDomain(c.app.companyDomain) : ''
      return own === '' || domain === own || domain.endsWith(`.${own}`)
    })
    if (atEmployer) return undefined
    const named = companiesNamedIn(message.subject)
    if (named.length !== 1 || named[0]!.some((c) => apps.includes(c))) return undefined
    return named[0]
  }

  function match(message: MailMessage): MessageMatch | null {
    const from = message.from.address
    const forwarded = messageForwardedToSelf(message, user)
    if (forwarded) return withReason(match(forwarded), (why) => `you forwarded it to yourself; ${why}`)
    const outgoing = user.has(from)
    // Read for the user's own mail only (a scan matches tens of thousands of headers, nearly all incoming: issue 14).
    const recipients = outgoing ? [...message.to, ...message.cc].filter((a) => a.address !== '') : []
    if (outgoing && recipients.every((r) => user.has(r.address))) return null
    const direction = outgoing ? 'out' : 'in'

    // The thread, nearest first: In-Reply-To, the References from the last, the mail's own Message-ID.
    const references = message.references
    for (let k = -1; k <= references.length; k++) {
      const id = k < 0 ? message.inReplyTo : k === references.length ? message.messageId : references[references.length - 1 - k]
      if (!id) continue
      const key = messageIdKey(id)
      const anchor = threads.get(key) ?? knownAnchor(id, key)
      if (!anchor || !appsById.has(anchor.applicationId)) continue
      const reason =
        id === message.messageId
          ? `this is ${anchor.label}`
          : !outgoing && anchor.sentByUser
            ? `replied to ${anchor.label}`
            : `in the thread of ${anchor.label}`
      if (!outgoing && !isTrustedSender(trust.get(anchor.applicationId), message.from.address)) {
        const company = appsById.get(anchor.applicationId)!.company
        return {
          applicationId: anchor.applicationId,
          direction,
          reason: `${reason}, but from ${message.from.address || 'an unknown address'}, which is neither a contact nor an address of ${company}: unverified sender`,
          strength: 'thread',
          unverifiedSender: true
        }
      }
      // "I'm replying on this old email chain … this isn't about the nights post": the mail names in full the role of
      // another application at the same employer, and not this one's.
      const moved = id === message.messageId ? undefined : strangers.otherRoleAtSameEmployer(appsById.get(anchor.applicationId)!, message)
      if (moved)
        return {
          applicationId: moved.app.id,
          direction,
          reason: `${reason}, but it names the role "${moved.app.role}"`,
          strength: 'thread'
        }
      return { applicationId: anchor.applicationId, direction, reason, strength: 'thread' }
    }

    const people: MailAddress[] = outgoing
      ? recipients.filter((r) => !user.has(r.address))
      : message.replyTo
        ? [message.from, message.replyTo]
        : [message.from]
    const toOrFrom = outgoing ? 'to' : 'from'
    for (const person of people) {
      const apps = byContact.get(person.address)
      if (!apps) continue
      const contact = apps[0].app.contacts.find((c) => c.email?.toLowerCase() === person.address)
      // An agency's recruiter, the contact on one application, writing about another of her clients the user tracks.
      const client = outgoing ? undefined : otherClientNamed(apps, person.address, message)
      if (client)
        return pick(
          client,
          message,
          direction,
          'contact',
          `${toOrFrom} ${contact?.name ?? person.address} (your contact at ${apps[0].app.company}, of another company), about ${client[0].app.company}`
        )
      return pick(
        apps,
        message,
        direction,
        'contact',
        `${toOrFrom} ${contact?.name ?? person.address}, your contact at ${apps[0].app.company}`
      )
    }

    // A job board that also carries applications, writing about the reader's own: filed on the one company it names.
    if (!outgoing && !('list-id' in message.headers) && isJobBoardDomain(domainOf(message.from.address))) {
      // "Lunecrest via Welcome to the Jungle": the board relays the company's own message.
      const bySender = companiesNamedIn(message.from.name)
      const named = bySender.length
        ? bySender
        : aboutYourApplication(message.subject, message.text)
          ? [companiesNamedIn(message.subject), companiesNamedIn(message.text.slice(0, 1_500))].find((n) => n.length > 0)
          : undefined
      if (named?.length === 1)
        return pick(
          named[0],
          message,
          direction,
          'ats',
          `sent by the job board ${domainOf(message.from.address)} about your application to ${named[0][0].app.company}`
        )
    }
    if (!outgoing && isBulk(message)) return null

    for (const person of people) {
      const domain = domainOf(person.address)
      for (const d of domainAndParents(domain)) {
        const apps = byDomain.get(d)
        if (!apps) continue
        // A council's, a hospital's or a shop's service mail from the employer's own domain, saying nothing of hiring.
        if (!outgoing && isCustomerMail(message)) return null
        return pick(apps, message, direction, 'domain', `${toOrFrom} ${domain}, the domain of ${apps[0].app.company}`)
      }
      const tenant = workdayTenantOrCareersSlug(person.address)
      const apps = tenant ? bySlug.get(tenant.slug) : undefined
      if (apps && tenant) return pick(apps, message, direction, 'domain', `${toOrFrom} ${tenant.what} of ${apps[0].app.company}`)
    }

    for (const person of people) {
      const system = hiringSystemForDomain(domainOf(person.address))
      if (!system) continue
      // The sender's name, else the subject, else the body: the body is read only when the others name no one.
      let named: Candidate[][] = []
      for (const text of [person.name, message.subject, message.text.slice(0, 5000)]) if ((named = companiesNamedIn(text)).length) break
      if (named.length === 0)
        named = [companyInvitingYou([person.name, message.subject, message.text], (key) => bySlug.get(key))].filter((c) => c !== undefined)
      if (named.length === 0) {
        // "Brisamar Boutique Nerja" for Hoteles Brisamar; "Twoja aplikacja została wysłana: Koordynator zmiany magazynowej".
        const hinted = strangers.hintedEmployer({ name: person.name, subject: message.subject, text: message.text })
        const verb = outgoing ? `sent to ${system.name}` : `sent by ${system.name}`
        if (hinted) return pick(hinted.candidates, message, direction, 'ats', `${verb}; ${hinted.why}`)
      }
      if (!named?.length) continue
      const also =
        named.length > 1
          ? ` (it also names ${named
              .slice(1)
              .map((c) => c[0].app.company)
              .join(', ')})`
          : ''
      const verb = outgoing ? `sent to ${system.name} for` : `sent by ${system.name} on behalf of`
      return pick(named[0], message, direction, 'ats', `${verb} ${named[0][0].app.company}${also}`)
    }
    return outgoing ? null : strangers.unverifiedMatch(message)
  }

  const strangers = strangerMatcher({ user, candidates: allCandidates, companiesNamedIn, pick })

  return { match, mayBeAboutAnApplication: strangers.mayBeAboutAnApplication }
}

const ADDRESS_IN_ANGLES = /<([^<>\s]+@[^<>\s]+)>\s*$/

/** Who may answer in an application's threads: its contacts, people the user wrote to, its domains. */
function trustedSendersOf(app: MatchableApplication): { addresses: Set<string>; domains: Set<string>; slugs: Set<string> } {
  const addresses = new Set<string>()
  const domains = new Set<string>()
  for (const c of app.contacts) if (c.email) addresses.add(c.email.toLowerCase())
  for (const e of app.events) {
    const m = e.message
    if (!m) continue
    // Not those the outgoing server refused (parsed only then: this runs over every event of every application).
    const people = m.direction === 'out' ? (m.notDelivered?.length ? deliveredAddresses(m) : m.to) : m.unverifiedSender ? [] : [m.from]
    for (const p of people) {
      const address = (p.match(ADDRESS_IN_ANGLES)?.[1] ?? p).trim().toLowerCase()
      if (address.includes('@')) addresses.add(address)
    }
  }
  const companyDomain = bareDomain(app.companyDomain ?? '')
  for (const d of [companyDomain, ...app.contacts.map((c) => domainOf(c.email ?? ''))]) if (d && !isSharedDomain(d)) domains.add(d)
  const slugs = new Set(
    [
      slug(withoutLegalForm(app.company)),
      slug(app.company.split(/\s+/)[0] ?? ''),
      ...(companyDomain ? [slug(companyDomain.split('.')[0])] : [])
    ].filter((x) => x.length >= 3)
  )
  return { addresses, domains, slugs }
}

/** A contact, someone the user wrote to, the company's domain, its Workday tenant or careers domain, or a hiring system. */
function isTrustedSender(trusted: ReturnType<typeof trustedSendersOf> | undefined, address: string): boolean {
  if (!trusted || !address) return false
  if (trusted.addresses.has(address)) return true
  const domain = domainOf(address)
  if (domainAndParents(domain).some((d) => trusted.domains.has(d))) return true
  if (hiringSystemForDomain(domain)) return true
  const tenant = workdayTenantOrCareersSlug(address)
  return tenant !== undefined && trusted.slugs.has(tenant.slug)
}

/** bluefin@myworkday.com, bluefin.wd5.myworkday.com, careers.kestrelharbor.io -> the company slug it names. */
function workdayTenantOrCareersSlug(address: string): { slug: string; what: string } | undefined {
  const domain = domainOf(address)
  if (WORKDAY.test(domain)) {
    const labels = domain.split('.')
    const tenant = labels.length > 3 ? labels[0] : localPartOf(address).replace(/[-_.]?(?:no-?reply|notifications?)$/, '')
    return tenant ? { slug: slug(tenant), what: `the Workday tenant "${tenant}"` } : undefined
  }
  const labels = domain.split('.')
  if (labels.length >= 3 && CAREERS_LABEL.test(labels[0])) return { slug: slug(labels[1]), what: `the careers domain ${domain}` }
  return undefined
}

function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length >= 2 && !ROLE_STOPWORDS.has(w))
}

/** Two applications at one company: the one whose role title the mail names, alone. */
function pickByRole(candidates: Candidate[], message: MailMessage): { candidate: Candidate; why: string } | undefined {
  const subject = message.subject.toLowerCase()
  const body = message.text.slice(0, 5000).toLowerCase()
  const contains = (text: string, phrase: string): boolean =>
    phrase !== '' && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text)
  for (const [text, where] of [
    [subject, 'subject'],
    [body, 'message']
  ] as const) {
    const named = candidates.filter((c) => contains(text, c.app.role.toLowerCase().trim()))
    if (named.length === 1) return { candidate: named[0], why: `the ${where} names the role "${named[0].app.role}"` }
    if (named.length > 1) return undefined
  }
  // No full title: words only one of the roles has ("firmware" vs "software").
  const words = candidates.map((c) => roleWords(c.app.role))
  const scored = candidates.map((candidate, i) => {
    const own = words[i].filter((w) => words.every((other, j) => j === i || !other.includes(w)))
    const seen = own.filter((w) => contains(subject, w) || contains(body, w))
    return { candidate, seen }
  })
  scored.sort((a, b) => b.seen.length - a.seen.length)
  if (scored[0].seen.length > 0 && scored[0].seen.length > scored[1].seen.length) {
    return {
      candidate: scored[0].candidate,
      why: `it mentions "${scored[0].seen.join(' ')}", as in the role "${scored[0].candidate.app.role}"`
    }
  }
  return undefined
}

/** One-off convenience; build a matcher with createMatcher() when matching many messages. */
export function matchMessage(message: MailMessage, applications: Application[], context: MatchContext): MessageMatch | null {
  return createMatcher(applications, context).match(message)
}
