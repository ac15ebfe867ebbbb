// Over 300 lines: one table of what each kind of reply proposes; the cases read best side by side.
/**
 * What a classified mail proposes to change — never what it changes. Pure: the category,
 * the mail and its application (or none) in, proposed changes out, each with the sentence
 * that decided it. Rejections and offers always wait for the user; a low-confidence result
 * proposes nothing that would close or promote an application.
 */
import { CLOSED_STAGES, type Application, type MessageCategory, type Stage } from '../model'
import type { Classification } from './classifier/types'
import { domainOf, type MailAddress, type MailMessage } from './mail-message'
import { hiringSystemForDomain, isJobBoardDomain, isSharedDomain } from './classifier/senders'
import { newContactIn } from './contact-proposal'

export const PROPOSAL_KINDS = [
  'track_application',
  'close_application',
  'move_to_offer',
  'add_interview',
  'move_interview',
  'add_contact'
] as const
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]

export interface ProposedPerson {
  name: string
  email: string
}

export interface ProposalFields {
  company?: string
  role?: string
  /** YYYY-MM-DD. */
  appliedAt?: string
  companyDomain?: string
  stage?: Stage
  /** ISO instant. */
  startsAt?: string
  durationMinutes?: number
  organizer?: ProposedPerson
  attendees?: ProposedPerson[]
  /** move_interview: which interview, and when it was. */
  interviewId?: string
  previousStartsAt?: string
  /** add_interview: phone, video, on site, or other — from what the mail says, never assumed. */
  interviewKind?: 'phone' | 'video' | 'onsite' | 'other'
  /** The calendar event's UID: a later invite with the same UID moves the same interview. */
  calendarUid?: string
  /** close_application: offer to write a short, gracious reply. */
  offerReply?: boolean
  /** add_contact: the person who wrote, as their mail names them. */
  contact?: { name: string; email: string; title?: string }
}

export interface ProposedChange {
  kind: ProposalKind
  /** Absent for track_application (there is no application yet). */
  applicationId?: string
  fields: ProposalFields
  /** The sentence that decided it. */
  evidence: string
  reasons: string[]
  category: MessageCategory
  confidence: number
  /** Reversible and confident: may be applied without asking when the user allows it. */
  autoApplicable: boolean
}

export interface ConsequenceContext {
  /** Interviews made from calendar invites, by the invite's UID. */
  interviewsByCalendarUid?: ReadonlyMap<string, { applicationId: string; interviewId: string }>
  /** The user's own addresses: never proposed as interviewers. */
  userAddresses?: readonly string[]
}

/** What the planner reads on the timeline's MessageRef. */
export interface MessageFacts {
  category: MessageCategory
  confidence: number
  automatic: boolean
  needsAnswer: boolean
}

const round = (n: number) => Math.round(n * 100) / 100
const NEEDS_ANSWER: readonly MessageCategory[] = ['interview_request', 'assessment', 'offer']
const DEFAULT_INTERVIEW_MINUTES = 60
const AUTO_APPLY_CONFIDENCE = 0.85

export function messageFacts(classification: Classification, alreadyAutomatic = false): MessageFacts {
  const automatic = alreadyAutomatic || classification.automatic
  return {
    category: classification.category,
    confidence: round(classification.confidence),
    automatic,
    // A change to an arranged interview that proposes a new time wants a yes or no, like an invitation.
    needsAnswer:
      !automatic && (NEEDS_ANSWER.includes(classification.category) || (!!classification.changesInterview && !!classification.proposedTime))
  }
}

const RESCHEDULE =
  /\b(re-?schedul\w*|move[sd]? (?:the|our|your) (?:interview|call|meeting)|new time|verschieb\w*|neuer termin|reprogram\w*|cambiar la hora|nueva hora)/i

/** What a mail proposes: the change its category calls for, and the person who wrote it as a new contact. */
export function proposeChanges(
  classification: Classification,
  message: MailMessage,
  application: Application | null,
  context: ConsequenceContext = {}
): ProposedChange[] {
  const changes = changesFromCategory(classification, message, application, context)
  const person = application ? newContactIn(classification, message, application, context.userAddresses ?? []) : undefined
  if (!application || !person) return changes
  return [
    ...changes,
    {
      kind: 'add_contact',
      applicationId: application.id,
      fields: { contact: { name: person.name, email: person.email, ...(person.title ? { title: person.title } : {}) } },
      evidence: person.evidence,
      reasons: [`${person.name} wrote about ${application.company} and is not a contact yet`],
      category: classification.category,
      confidence: round(classification.confidence),
      // Adding a contact is reversible and harmless.
      autoApplicable: true
    }
  ]
}

function changesFromCategory(
  classification: Classification,
  message: MailMessage,
  application: Application | null,
  context: ConsequenceContext = {}
): ProposedChange[] {
  const user = new Set((context.userAddresses ?? []).map((a) => a.toLowerCase()))
  if (user.has(message.from.address)) return []
  const { category, confidence, lowConfidence } = classification
  if (category === 'unrelated' || (classification.automatic && category !== 'acknowledgement')) return []
  const base = {
    evidence: classification.evidence ?? classification.reasons[0] ?? '',
    reasons: classification.reasons,
    category,
    confidence: round(confidence)
  }
  const invite = message.calendar?.method === 'REQUEST' && message.calendar.start?.includes('T') ? message.calendar : undefined

  if (!application) {
    if (category !== 'acknowledgement' || lowConfidence) return []
    const track = trackFields(message)
    if (!track) return []
    return [{ ...base, kind: 'track_application', fields: track, autoApplicable: confidence >= AUTO_APPLY_CONFIDENCE }]
  }

  const applicationId = application.id
  const closed = CLOSED_STAGES.includes(application.stage)
  if (category === 'rejection') {
    if (lowConfidence || closed) return []
    return [{ ...base, kind: 'close_application', applicationId, fields: { stage: 'rejected', offerReply: true }, autoApplicable: false }]
  }
  if (category === 'offer') {
    if (lowConfidence || closed || application.stage === 'offer') return []
    return [{ ...base, kind: 'move_to_offer', applicationId, fields: { stage: 'offer' }, autoApplicable: false }]
  }
  const change = category === 'update' && !!classification.changesInterview
  // A meeting agreed on the phone, confirmed by mail: the app never saw the call, so the interview is proposed as new.
  const confirm = category === 'update' && !!classification.confirmsInterview
  if ((category !== 'interview_request' && !change && !confirm) || closed) return []

  if (invite) {
    const startsAt = new Date(invite.start!).toISOString()
    const durationMinutes = minutesBetween(invite.start!, invite.end)
    const people = [...(invite.organizer ? [invite.organizer] : []), ...invite.attendees].filter((p) => p.address && !user.has(p.address))
    const attendees = uniquePeople(people)
    const organizer = invite.organizer?.address ? person(invite.organizer) : undefined
    const known = invite.uid ? context.interviewsByCalendarUid?.get(invite.uid) : undefined
    const existing =
      known && known.applicationId === applicationId ? application.interviews.find((i) => i.id === known.interviewId) : undefined
    if (existing) {
      if (Date.parse(existing.startsAt) === Date.parse(startsAt) && existing.durationMinutes === durationMinutes) return []
      return [
        {
          ...base,
          kind: 'move_interview',
          applicationId,
          fields: { interviewId: existing.id, previousStartsAt: existing.startsAt, startsAt, durationMinutes, calendarUid: invite.uid },
          autoApplicable: confidence >= AUTO_APPLY_CONFIDENCE
        }
      ]
    }
    if (application.interviews.some((i) => Date.parse(i.startsAt) === Date.parse(startsAt))) return []
    if (change) return moveNextInterview(base, application, message, startsAt, durationMinutes)
    return [
      {
        ...base,
        kind: 'add_interview',
        applicationId,
        fields: {
          startsAt,
          durationMinutes,
          attendees,
          interviewKind: interviewKindOf(`${invite.summary}\n${message.subject}\n${message.text.slice(0, 4000)}`),
          ...(organizer ? { organizer } : {}),
          ...(invite.uid ? { calendarUid: invite.uid } : {})
        },
        autoApplicable: confidence >= AUTO_APPLY_CONFIDENCE
      }
    ]
  }

  const at = classification.proposedTime
  if (!at || lowConfidence || !at.includes('T')) return []
  const startsAt = new Date(at).toISOString()
  if (application.interviews.some((i) => Date.parse(i.startsAt) === Date.parse(startsAt))) return []
  const said = `${message.subject}\n${base.evidence}\n${message.text.slice(0, 2000)}`
  // A change to an arranged interview (or an invitation that says it reschedules) moves the next one; a change never adds one.
  if (change || RESCHEDULE.test(said)) {
    const moved = moveNextInterview(base, application, message, startsAt)
    if (moved.length > 0 || change) return moved
  }
  const sender = message.from.address && !isAutomatedSender(message.from.address) ? [person(message.from)] : []
  return [
    {
      ...base,
      kind: 'add_interview',
      applicationId,
      fields: { startsAt, durationMinutes: DEFAULT_INTERVIEW_MINUTES, attendees: sender, interviewKind: interviewKindOf(said) },
      autoApplicable: false
    }
  ]
}

/** A change to an arranged interview, with its new time: move the next interview on the calendar (the user confirms). */
function moveNextInterview(
  base: Pick<ProposedChange, 'evidence' | 'reasons' | 'category' | 'confidence'>,
  application: Application,
  message: MailMessage,
  startsAt: string,
  durationMinutes?: number
): ProposedChange[] {
  const next = [...application.interviews]
    .filter((i) => Date.parse(i.startsAt) > Date.parse(message.date))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0]
  if (!next) return []
  return [
    {
      ...base,
      kind: 'move_interview',
      applicationId: application.id,
      fields: { interviewId: next.id, previousStartsAt: next.startsAt, startsAt, durationMinutes: durationMinutes ?? next.durationMinutes },
      autoApplicable: false
    }
  ]
}

const VIDEO =
  /(zoom\.us|meet\.google|teams\.microsoft|webex|whereby|\bvideo\b|\bvirtual\b|videollamada|videocall|video-?call|videokonferenz)/i
const ONSITE =
  /(\bon-?site\b|\bin[- ]person\b|\bour office\b|\bat the office\b|\breception\b|\bvisit us\b|\bvor ort\b|\bpresencial\b|\ben persona\b|\bnuestras? oficinas?\b|\bin unserem büro\b)/i
const PHONE = /(\bphone\b|\bcall you\b|\btelefon|\btelephone\b|\bllamada telef)/i

/** What kind of interview a mail describes: a video link wins ("virtual onsite"), then on site, then phone. */
export function interviewKindOf(text: string): 'phone' | 'video' | 'onsite' | 'other' {
  if (VIDEO.test(text)) return 'video'
  if (ONSITE.test(text)) return 'onsite'
  if (PHONE.test(text)) return 'phone'
  return 'other'
}

function minutesBetween(start: string, end: string | undefined): number {
  const minutes = end ? Math.round((Date.parse(end) - Date.parse(start)) / 60_000) : NaN
  return Number.isFinite(minutes) && minutes >= 1 && minutes <= 24 * 60 ? minutes : DEFAULT_INTERVIEW_MINUTES
}

function person(a: MailAddress): ProposedPerson {
  const name =
    a.name.trim() ||
    a.address
      .split('@')[0]!
      .replace(/[._-]+/g, ' ')
      .replace(/\b\w/g, (c) => c.toUpperCase())
  return { name: name.slice(0, 200), email: a.address }
}

function uniquePeople(list: MailAddress[]): ProposedPerson[] {
  const seen = new Map<string, ProposedPerson>()
  for (const a of list) if (!seen.has(a.address)) seen.set(a.address, person(a))
  return [...seen.values()]
}

const isAutomatedSender = (address: string) =>
  /^(no-?reply|do-?not-?reply|notifications?|mailer|calendar|bot)\b/i.test(address.split('@')[0] ?? '') ||
  !!hiringSystemForDomain(domainOf(address))

// "Thank you for applying to Data Engineer at Northwind", "your application for the Data Engineer position at Northwind",
// "Thanks for applying to Northwind!", "Your application to Northwind - Data Engineer"
const ROLE_AT =
  /(?:applying|application|applied|apply)\s+(?:to|for)\s+(?:the\s+)?(?:role\s+(?:of\s+)?|position\s+(?:of\s+)?)?["“]?([^"”\n.!,]{2,80}?)["”]?\s+(?:role\s+|position\s+)?at\s+([^\n.!,;:]{2,80})/i
const TO_COMPANY =
  /(?:applying|application|applied|interest)\s+(?:to|at|in|with)\s+(?:work(?:ing)? (?:at|with)\s+)?([A-Z][^\n.!,;:]{1,60}?)(?:\s+[-–—|]\s+([^\n.!,;:]{2,80}))?\s*(?:[.!,;:]|$)/m
const SENDER_NOISE =
  /\b(careers?|jobs|recruiting|recruitment|talent(?: acquisition)?|hiring(?: team)?|team|hr|people|via \w+|no-?reply)\b/gi

/** Company, role and applied date for "Track this application", read from the acknowledgement. */
function trackFields(message: MailMessage): ProposalFields | undefined {
  const text = `${message.subject}\n${message.text.slice(0, 3000)}`
  let company = ''
  let role = ''
  const roleAt = ROLE_AT.exec(text)
  if (roleAt) {
    role = clean(roleAt[1]!)
    company = clean(roleAt[2]!)
  } else {
    const to = TO_COMPANY.exec(text)
    if (to) {
      company = clean(to[1]!)
      role = to[2] ? clean(to[2]) : ''
    }
  }
  const domain = domainOf(message.from.address)
  const hosted = !!hiringSystemForDomain(domain) || isSharedDomain(domain) || isJobBoardDomain(domain)
  if (!company) company = clean(message.from.name.replace(SENDER_NOISE, ' '))
  if (!company && domain && !hosted)
    company = domain
      .split('.')
      .slice(-2, -1)[0]!
      .replace(/^\w/, (c) => c.toUpperCase())
  if (!company) return undefined
  return {
    company: company.slice(0, 200),
    ...(role ? { role: role.slice(0, 200) } : {}),
    appliedAt: message.date.slice(0, 10),
    ...(!hosted && domain ? { companyDomain: domain.split('.').slice(-2).join('.') } : {}),
    stage: 'applied'
  }
}

const clean = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/^(the|our)\s+/i, '')
    .replace(/\s*[-–—|:]\s*$/, '')
    .trim()
