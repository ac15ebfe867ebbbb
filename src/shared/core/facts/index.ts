// Over 300 lines: the one pass that reads every sentence of a reply for promises, deadlines and next steps, and the
// facts' output shapes; split further it would pass the same cue bits between files.
/**
 * Facts, not only a label: what a human reply says about what happens next, each with the
 * sentence that says it. The promised response time (resolved against the mail's Date and
 * its offset; a range resolves to its end), whether a timeline was given at all, a deadline
 * the candidate must meet, the next step named, and the person to answer. Pure.
 */
import type { MailMessage } from '../mail-message'
import type { ReplyFacts } from '../../model'
import { attachmentSaying, preparedMail } from '../classifier/text'
import {
  PROMISE,
  DEADLINE,
  TO_CANDIDATE,
  WEAK_PROMISE,
  NEXT_STEPS,
  NEXT_STEP_CUES,
  STRONG_DEADLINE,
  POLITE,
  WE,
  AVAILABILITY,
  ASK_REPLY,
  BY_WORDS,
  asksForReply,
  comesBackTo,
  isDue,
  refused,
  READER,
  ANSWER_VERBS,
  AT_THE_LATEST
} from './cues'
import { ORDERS, clausesOf, imperative } from './asks'
import { daysNamed, fromAnchor, isoDay, localDay, tokensOf, type DayNumber, type Mention } from './dates'
import { personToAnswer, type Person } from './person'
import { messageForwardedToSelf } from '../forwarded'
import { sentencesOf } from './sentences'
import { TIME_OF_DAY, countedFrom, eventDay, type NamedDays } from './anchor'

export { personToAnswer, type Person } from './person'

export interface ExtractedFacts {
  /** They said when the candidate will hear back (automatic acknowledgements count). */
  timelineGiven: boolean
  /** YYYY-MM-DD, the end of the promised window in the writer's time zone. */
  respondBy: string | null
  /** The sentence with the promise (or, without one, the deadline). */
  evidence: string | null
  /** YYYY-MM-DD by which the candidate must act. */
  candidateDeadline: string | null
  deadlineEvidence: string | null
  /** "another interview round", "references", "a decision"… */
  nextStep: string | null
  nextStepEvidence: string | null
  replyTo: Person | null
}

export interface FactOptions {
  /** The user's own addresses: never the person to answer. */
  userAddresses?: readonly string[]
  /** The sender's own words when already prepared (the classifier's), to read the mail once. */
  own?: string
}

const MAX_OWN_CHARS = 6_000
const ENGLISH = new Set(['the', 'we', 'you', 'will', 'by', 'and', 'to'])

const anyOf = (set: ReadonlySet<string>, tokens: readonly string[]): boolean => {
  for (const t of tokens) if (set.has(t)) return true
  return false
}
const [PROMISE_BIT, DEADLINE_BIT, YOU_BIT, STRONG_BIT, POLITE_BIT, WE_BIT, AVAILABILITY_BIT, NEXT_STEP_BIT, ENGLISH_BIT, ASK_BIT, BY_BIT] =
  [1, 2, 4, 8, 16, 32, 64, 128, 256, 1 << 20, 1 << 21]
const SURE_PROMISE_BIT = 1 << 22
/** The first next-step rule names an offer ("offer", "Angebot", "oferta"…). */
const OFFER_BIT = 512
const STEP_BITS = NEXT_STEPS.reduce((bits, _, k) => bits | (512 << k), 0)
/** Every cue word with the kinds of cue it is, so a sentence is read in one pass. */
const CUE_BITS = new Map<string, number>()
for (const [set, bit] of [
  [PROMISE, PROMISE_BIT],
  [new Set([...PROMISE].filter((w) => !WEAK_PROMISE.has(w))), SURE_PROMISE_BIT],
  [DEADLINE, DEADLINE_BIT],
  [TO_CANDIDATE, YOU_BIT],
  [STRONG_DEADLINE, STRONG_BIT],
  [POLITE, POLITE_BIT],
  [WE, WE_BIT],
  [AVAILABILITY, AVAILABILITY_BIT],
  [NEXT_STEP_CUES, NEXT_STEP_BIT],
  [ENGLISH, ENGLISH_BIT],
  [ASK_REPLY, ASK_BIT],
  [BY_WORDS, BY_BIT],
  ...NEXT_STEPS.map((rule, k) => [rule.words, 512 << k] as const)
] as const) {
  for (const word of set) CUE_BITS.set(word, (CUE_BITS.get(word) ?? 0) | bit)
}

/**
 * The promised day of a sentence: the end of a range ("by Friday, at the latest early next
 * week"), else the day named nearest to what is promised ("the team meets on Thursday, and
 * we hope to share a decision early next week" is early next week).
 */
function promisedDay(mentions: readonly Mention[], tokens: readonly string[]): DayNumber {
  if (mentions.length === 1 || anyOf(AT_THE_LATEST, tokens)) return Math.max(...mentions.map((m) => m.day))
  // "The panel meets on Thursday, so expect an answer on Friday": "answer" says what is promised, "expect" only that something is.
  const strong: number[] = []
  const weak: number[] = []
  tokens.forEach((t, i) => {
    if (PROMISE.has(t)) (WEAK_PROMISE.has(t) ? weak : strong).push(i)
  })
  const cues = strong.length > 0 ? strong : weak
  let best = mentions[0]
  let bestDistance = Infinity
  for (const m of mentions) {
    // What is promised mostly follows the promise ("hear from us early next week"): a day named before it counts double.
    const distance = Math.min(...cues.map((c) => (m.at >= c ? m.at - c : 2 * (c - m.at))))
    if (distance < bestDistance || (distance === bestDistance && m.day > best.day)) {
      best = m
      bestDistance = distance
    }
  }
  return best.day
}

/** What one sentence (or clause) is: its words, its cues, whether it promises and whether it asks the candidate to act. */
function readSentence(sentence: string): { tokens: string[]; cues: number; promise: boolean; toCandidate: boolean } | undefined {
  const tokens = tokensOf(sentence)
  if (tokens.length === 0) return undefined
  // One pass over the words: which kinds of cue the sentence holds.
  let cues = 0
  for (const t of tokens) cues |= CUE_BITS.get(t) ?? 0
  const we = (cues & WE_BIT) !== 0
  // "We'll confirm by the end of the first week", "wir bestätigen bis Freitag": confirming is a promise when they do it.
  const promise = (cues & PROMISE_BIT) !== 0 || comesBackTo(tokens) || (we && anyOf(WE_CONFIRM, tokens) && anyOf(WILL, tokens))
  const by = (cues & BY_BIT) !== 0
  // Interview slots asked for ("your availability for the week of Nov 16") are no deadline; "by November 20" is.
  const slots = (cues & AVAILABILITY_BIT) !== 0 && !by
  const asked =
    (cues & ASK_BIT) !== 0 ||
    asksForReply(tokens) ||
    isDue(tokens) ||
    imperative(sentence, tokens) ||
    // "Send it back by Monday", "Complete the test before Friday": a clause that starts with what to do.
    (ORDERS.has(tokens[0]) && by) ||
    // "The offer remains open until Friday 13 November", "l'offre reste valable jusqu'au…".
    ((cues & OFFER_BIT) !== 0 && by && !promise && anyOf(OPEN, tokens))
  const toCandidate =
    asked ||
    (!slots &&
      // "must", "deve", "muss": the candidate's deadline, unless the sentence promises and names no reader ("a decisão deve sair na sexta").
      (((cues & STRONG_BIT) !== 0 && (!promise || anyOf(READER, tokens))) ||
        // "Please complete it by Friday" asks; "merci de votre patience, vous aurez une réponse d'ici vendredi" promises.
        ((cues & POLITE_BIT) !== 0 && !we && (!promise || (cues & DEADLINE_BIT) !== 0 || anyOf(ANSWER_VERBS, tokens))) ||
        ((cues & DEADLINE_BIT) !== 0 && (cues & YOU_BIT) !== 0 && !we && !promise)))
  return { tokens, cues, promise, toCandidate }
}
/** "we'll confirm", "wir werden … bestätigen", "we zullen … bevestigen"; the future forms carry it in themselves. */
const WILL = new Set([
  'will',
  'll',
  'shall',
  'werden',
  'zullen',
  'gaan',
  'confirmaremos',
  'confirmaré',
  'confirmerons',
  'confirmerai',
  'confermeremo',
  'confermerò'
])
const WE_CONFIRM = new Set([
  'confirm',
  'bestätigen',
  'confirmaremos',
  'confirmaré',
  'confirmerons',
  'confirmerai',
  'bevestigen',
  'confermeremo',
  'confermerò'
])
/** "open", "offen", "abierta", "ouverte", "aperta", "aberta": an offer that stays open until a day. */
const OPEN = new Set(['open', 'offen', 'abierta', 'abierto', 'ouverte', 'ouvert', 'aperta', 'aperto', 'aberta', 'aberto'])

export function extractFacts(message: MailMessage, options: FactOptions = {}): ExtractedFacts {
  const own = (options.own ?? preparedMail(message).body.own).slice(0, MAX_OWN_CHARS)
  const today = localDay(message.date, message.dateOffsetMinutes ?? 0)
  const facts: ExtractedFacts = {
    timelineGiven: false,
    respondBy: null,
    evidence: null,
    candidateDeadline: null,
    deadlineEvidence: null,
    nextStep: null,
    nextStepEvidence: null,
    replyTo: personToAnswer(forwardedToSelf(message, options.userAddresses) ?? message, options.userAddresses)
  }
  let promised: DayNumber | undefined
  let promisedSurely = false
  let deadline: DayNumber | undefined
  const sentences = sentencesOf(own)
  // Every sentence's days, read only when a duration is counted from an event ("2 weeks after the closing date").
  // 12/10 is December 10 in American English, 12 October in British, Irish, Indian and Australian English: the
  // writer's UTC offset tells the Americas (west of UTC-2) from the rest; without one, month first as before.
  const offset = message.dateOffsetMinutes
  const monthFirst = (cues: number): boolean => (cues & ENGLISH_BIT) !== 0 && (offset === undefined || offset < -120)
  let named: NamedDays[] | undefined
  const allNamed = (monthFirst: boolean): NamedDays[] =>
    (named ??= sentences.map((s) => {
      const tokens = tokensOf(s)
      return { tokens, mentions: daysNamed(s, tokens, { today, monthFirst }), timed: TIME_OF_DAY.test(s) }
    }))
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]
    const read = readSentence(sentence)
    if (read === undefined) continue
    const { tokens, cues, promise, toCandidate } = read
    // "Send it back by Monday and we'll get back to you within a week": an ask and a promise, read one clause at a time.
    if (promise && toCandidate) {
      const clauses = clausesOf(sentence)
      const roles = clauses.length > 1 ? clauses.map(readSentence) : []
      if (roles.some((r) => r?.toCandidate) && roles.some((r) => r?.promise && !r.toCandidate)) {
        sentences.splice(index, 1, ...clauses)
        named = undefined
        index--
        continue
      }
    }
    if (promise || toCandidate) {
      const mentions = daysNamed(sentence, tokens, { today, monthFirst: monthFirst(cues) })
      // "(The panel meets on the 12th.) We'll let you know the following Monday": counted from the day named before.
      for (const m of mentions) {
        if (m.relative === undefined || index === 0) continue
        const anchor = eventDay(allNamed(monthFirst(cues)), 'before', index - 1, today)
        if (anchor !== undefined) m.day = fromAnchor(m.relative, anchor)
      }
      for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].day < today || mentions[k].day > today + 400) mentions.splice(k, 1)
      if (mentions.length && toCandidate) {
        const day = Math.min(...mentions.map((m) => m.day))
        if (deadline === undefined) {
          deadline = day
          facts.deadlineEvidence = sentence
        }
      } else if (mentions.length && !refused(tokens)) {
        let day = promisedDay(mentions, tokens)
        const counted = mentions.find((m) => m.day === day)
        const event = counted ? countedFrom(tokens, counted) : undefined
        const from = event ? eventDay(allNamed(monthFirst(cues)), event, index, today) : undefined
        // "within 2 weeks of the closing date (12 October)": the same length of time, from that day.
        if (from !== undefined) day += from - today
        // "We will get back to you by Friday" outranks "the process closes on November 30"; among equals the later day wins.
        const surely = (cues & SURE_PROMISE_BIT) !== 0 || comesBackTo(tokens)
        if (promised === undefined || (surely && !promisedSurely) || (surely === promisedSurely && day > promised)) {
          promised = day
          promisedSurely = surely
          facts.evidence = sentence
        }
      }
    }
    if (facts.nextStep === null && (cues & STEP_BITS) !== 0 && ((cues & NEXT_STEP_BIT) !== 0 || (promise && facts.evidence === sentence))) {
      const step = NEXT_STEPS.find((rule) => anyOf(rule.words, tokens))
      if (
        step &&
        !tokens.includes('not') &&
        !sentence.includes("n't") &&
        !tokens.includes('nicht') &&
        !tokens.includes('pas') &&
        !tokens.includes('niet')
      ) {
        facts.nextStep = step.label
        facts.nextStepEvidence = sentence
      }
    }
  }
  if (promised !== undefined) {
    facts.timelineGiven = true
    facts.respondBy = isoDay(promised)
  }
  if (deadline !== undefined) {
    facts.candidateDeadline = isoDay(deadline)
    if (facts.evidence === null) facts.evidence = facts.deadlineEvidence
  }
  return message.attachments ? saySourceOfEvidence(message, facts) : facts
}

/** A forward from the user's other address: the person to answer is who wrote the forwarded mail, not the user. */
function forwardedToSelf(message: MailMessage, userAddresses: readonly string[] | undefined): MailMessage | undefined {
  return userAddresses?.length ? messageForwardedToSelf(message, new Set(userAddresses.map((a) => a.trim().toLowerCase()))) : undefined
}

/** A sentence read from an attached letter says so: "… (in the attached offer.pdf)". */
function saySourceOfEvidence(message: MailMessage, facts: ExtractedFacts): ExtractedFacts {
  const { body } = preparedMail(message)
  const said = (sentence: string | null): string | null => {
    const file = sentence === null ? undefined : attachmentSaying(body, sentence)
    return file ? `${sentence} (in the attached ${file})` : sentence
  }
  return {
    ...facts,
    evidence: said(facts.evidence),
    deadlineEvidence: said(facts.deadlineEvidence),
    nextStepEvidence: said(facts.nextStepEvidence)
  }
}

/** Nothing said: for your own, unrelated or automatic mail. */
export const NO_FACTS: ExtractedFacts = {
  timelineGiven: false,
  respondBy: null,
  evidence: null,
  candidateDeadline: null,
  deadlineEvidence: null,
  nextStep: null,
  nextStepEvidence: null,
  replyTo: null
}

/** What is kept on the timeline: the facts without how the person was found. */
export function toStoredFacts(facts: ExtractedFacts): ReplyFacts {
  const cut = (s: string | null) => (s === null ? null : s.slice(0, 1000))
  const person = facts.replyTo
  return {
    timelineGiven: facts.timelineGiven,
    respondBy: facts.respondBy,
    evidence: cut(facts.evidence),
    candidateDeadline: facts.candidateDeadline,
    deadlineEvidence: cut(facts.deadlineEvidence),
    nextStep: facts.nextStep,
    nextStepEvidence: cut(facts.nextStepEvidence),
    replyTo: person
      ? {
          name: person.name.slice(0, 200),
          email: person.email.slice(0, 320),
          ...(person.title ? { title: person.title.slice(0, 200) } : {})
        }
      : null,
    source: 'mail',
    dismissed: false
  }
}

/** The facts the interface shows for one mail (`afterview classify --json`). */
export function factsForOutput(facts: ExtractedFacts): {
  timelineGiven: boolean
  respondBy: string | null
  candidateDeadline: string | null
  replyTo: { name: string; email: string } | null
  nextStep: string | null
  evidence: string | null
} {
  return {
    timelineGiven: facts.timelineGiven,
    respondBy: facts.respondBy,
    candidateDeadline: facts.candidateDeadline,
    replyTo: facts.replyTo ? { name: facts.replyTo.name, email: facts.replyTo.email } : null,
    nextStep: facts.nextStep,
    evidence: facts.evidence
  }
}
