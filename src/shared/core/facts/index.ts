// Over 300 lines: the one pass over a reply's sentences (splitting asks from promises, conditions, clauses) and the facts' output shapes.
/**
 * Facts, not only a label: what a human reply says about what happens next, each with the
 * sentence that says it. The promised response time (resolved against the mail's Date and
 * its offset; a range resolves to its end), whether a timeline was given at all, a deadline
 * the candidate must meet, the next step named, and the person to answer. Pure.
 */
import type { MailMessage } from '../mail-message'
import type { ReplyFacts } from '../../model'
import { attachmentSaying, preparedMail } from '../classifier/text'
import { PROMISE, WEAK_PROMISE, NEXT_STEPS, refused, AT_THE_LATEST } from './cues'
import { clausesOf } from './asks'
import { BY_BIT, ENGLISH_BIT, NEXT_STEP_BIT, STEP_BITS, WE_BIT, YOU_BIT, idlePromiseWord, readSentence } from './roles'
import { anyIn, anyOf } from './token-sets'
import { daysNamed, fromAnchor, isoDay, localDay, tokensOf, type DayNumber, type Mention } from './dates'
import { personToAnswer, type Person } from './person'
import { messageForwardedToSelf } from '../forwarded'
import { sentencesOf } from './sentences'
import { stillPromised } from './broken-promises'
import { addBusinessDays } from './public-holidays'
import { countsWorkingDays, mayBeClosed, pastClosedDays } from './closures'
import { UNITS } from './words'
import { reportsOthers, tellsTheReader } from './reported'
import { TIME_OF_DAY, countedFrom, countedFromEvent, eventDay, type NamedDays } from './anchor'

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

/** "and", "but", "so" in seven languages: where one clause ends and the next begins. */
const JOINS = new Set(['and', 'but', 'so', 'und', 'aber', 'y', 'pero', 'et', 'mais', 'en', 'maar', 'e', 'mas', 'ma', 'però'])

/** Short words that are "or" in one language and "the"/"of" in another: a range only between two days or numbers. */
const SHORT_OR = new Set(['o', 'of', 'e', 'ou'])
const DAYISH = /^\d|^(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sab|dom|seg|ter|qua|qui|sex|maa|din|woe|don|vri|zat|zon)/
const BETWEEN_IT = new Set(['fra', 'tra'])
const OR_NOT = new Set(['not', 'nicht', 'no', 'non', 'niet', 'não', 'nao'])
const ARTICLES = new Set(['el', 'le', 'la', 'il', 'lo', 'the', 'on', 'am', 'het', 'de', 'o', 'a', 'op'])
function atTheLatest(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    if (!AT_THE_LATEST.has(tokens[k])) continue
    // "whether or not you are shortlisted", "ob oder nicht", "que oui ou non": a choice, not a range of days.
    if (OR_NOT.has(tokens[k + 1] ?? '')) continue
    // Italian "fra/tra lunedì e martedì" is a range; Danish and Norwegian "du hører fra os/oss" is "from us".
    if (BETWEEN_IT.has(tokens[k]) && !DAYISH.test(ARTICLES.has(tokens[k + 1] ?? '') ? (tokens[k + 2] ?? '') : (tokens[k + 1] ?? '')))
      continue
    if (!SHORT_OR.has(tokens[k])) return true
    // "el lunes o el martes", "le lundi ou le mardi": an article may stand before the second day.
    const second = ARTICLES.has(tokens[k + 1] ?? '') ? tokens[k + 2] : tokens[k + 1]
    if (DAYISH.test(tokens[k - 1] ?? '') && DAYISH.test(second ?? tokens[k + 2] ?? '')) return true
  }
  return false
}

/**
 * The promised day of a sentence: the end of a range ("by Friday, at the latest early next
 * week"), else the day named nearest to what is promised ("the team meets on Thursday, and
 * we hope to share a decision early next week" is early next week).
 */
const MAKE_OFFER = new Set(['extend', 'make', 'send'])
function promisedDay(named: readonly Mention[], tokens: readonly string[]): DayNumber {
  // "Tras la entrevista del martes 10, te respondemos en una semana": the event is where the wait starts.
  const all = named.some((m) => m.after) && named.some((m) => !m.after) ? named.filter((m) => !m.after) : named
  // "you won't hear anything this week, but … by the end of that week": the day they say nothing by is no promise.
  const unsaid = all.filter((m) => saysNothingBy(tokens, m.at))
  const mentions = unsaid.length > 0 && unsaid.length < all.length ? all.filter((m) => !unsaid.includes(m)) : all
  if (mentions.length === 1 || atTheLatest(tokens)) return Math.max(...mentions.map((m) => m.day))
  // "The panel meets on Thursday, so expect an answer on Friday": "answer" says what is promised, "expect" only that something is.
  const strong: number[] = []
  const weak: number[] = []
  tokens.forEach((t, i) => {
    if (PROMISE.has(t) && !idlePromiseWord(tokens, i)) (WEAK_PROMISE.has(t) ? weak : strong).push(i)
    // "(we wrap up on the 12th, and) we plan to extend an offer the week of the 16th": the outcome itself is promised.
    else if ((t === 'offer' || t === 'offers') && anyIn(MAKE_OFFER, tokens, i - 3, i)) strong.push(i)
  })
  const cues = strong.length > 0 ? strong : weak
  let best = mentions[0]
  let bestDistance = Infinity
  for (const m of mentions) {
    // What is promised mostly follows the promise ("hear from us early next week"): a day named before it counts double,
    // and one in another clause ("I've booked the panel for Tuesday and you'll hear from me by the end of next week") more.
    const distance = Math.min(
      ...cues.map(
        (c) => (m.at >= c ? m.at - c : 2 * (c - m.at) + 1) + (anyIn(JOINS, tokens, Math.min(m.at, c) + 1, Math.max(m.at, c)) ? 8 : 0)
      )
    )
    if (distance < bestDistance || (distance === bestDistance && m.day > best.day)) {
      best = m
      bestDistance = distance
    }
  }
  return best.day
}

/** Only "or" and an article stand between tokens a and b: "Monday or Tuesday", "el lunes o el martes". */
function joinedByOr(tokens: readonly string[], a: number, b: number): boolean {
  const between = tokens.slice(a + 1, b)
  return between.some((t) => OR_WORDS.has(t)) && between.every((t) => OR_WORDS.has(t) || ARTICLES.has(t) || t === 'u')
}

/** "at the latest", "spätestens", "como (muy) tarde", "a más tardar", "au plus tard", "uiterlijk", "al più tardi", "no máximo". */
const LATEST = new Set([
  'latest',
  'spätestens',
  'tardar',
  'tarde',
  'tard',
  'tardi',
  'uiterlijk',
  'máximo',
  'maximo',
  'massimo',
  'mucho',
  'najpóźniej',
  'senast'
])
const OR_WORDS = new Set(['or', 'o', 'ou', 'oder', 'of'])
/** "won't", "not", "nicht", "pas", "no", "niet" just before a promise word. */
const NEGATION = new Set(['t', 'not', 'nicht', 'kein', 'keine', 'pas', 'no', 'niet', 'geen', 'non', 'não', 'nao'])
/** The day at `at` follows a negated promise word closely ("won't hear anything this week", "pas de nouvelles cette semaine"). */
function saysNothingBy(tokens: readonly string[], at: number): boolean {
  for (let c = Math.max(0, at - 4); c < at; c++)
    if (PROMISE.has(tokens[c]) && (NEGATION.has(tokens[c - 1] ?? '') || NEGATION.has(tokens[c - 2] ?? ''))) return true
  return false
}

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
  /** Whether the promise so far is reported from a third party (true) or the writer's own word to the reader (false). */
  let promisedTells: boolean | undefined
  let deadline: DayNumber | undefined
  const sentences = sentencesOf(own)
  /** Conditions split off a sentence ("if you send it by Friday"): the candidate's part. */
  const conditions = new Set<string>()
  // Every sentence's days, read only when a duration is counted from an event ("2 weeks after the closing date").
  // 12/10 is December 10 in American English, 12 October in British, Irish, Indian and Australian English: the
  // writer's UTC offset tells the Americas (west of UTC-2) from the rest; without one, month first as before.
  const offset = message.dateOffsetMinutes
  const monthFirst = (cues: number): boolean => (cues & ENGLISH_BIT) !== 0 && (offset === undefined || offset < -120)
  let named: NamedDays[] | undefined
  const tokensAt = (k: number): string[] | undefined => (k < sentences.length ? tokensOf(sentences[k]) : undefined)
  const allNamed = (monthFirst: boolean): NamedDays[] =>
    (named ??= sentences.map((s, k) => {
      const tokens = tokensOf(s)
      // A day of a broken promise ("the advert said … by the 9th - it wasn't") is no anchor for "that week" either.
      const kept = stillPromised(s, tokens, () => tokensAt(k + 1))
      const mentions = daysNamed(kept.text, kept.from ? tokens.slice(kept.from) : tokens, { today, monthFirst, offsetMinutes: offset })
      for (const m of mentions) m.at += kept.from
      // Read only when an event is looked for ("that week"): most mails never ask.
      const limit = (): boolean => {
        const read = readSentence(s)
        return read !== undefined && read.toCandidate && (read.cues & BY_BIT) !== 0
      }
      return {
        tokens,
        mentions,
        timed: TIME_OF_DAY.test(s),
        get limit() {
          return limit()
        }
      }
    }))
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]
    const read = readSentence(sentence)
    if (read === undefined) continue
    const { tokens, cues } = read
    let { promise, sure, toCandidate } = read
    // "If you have not heard from us within three weeks, you should assume…": silence until then promises an answer by then.
    if (silenceUntil(tokens)) [promise, sure, toCandidate] = [true, true, false]
    // "If you can send the form back by Friday, I will confirm on Monday", "Si nos mandas la prueba antes del viernes, te
    // contestamos…": the condition is what the candidate does by a day, the rest what they promise.
    if (CONDITION.has(tokens[0]) && (cues & BY_BIT) !== 0 && !conditions.has(sentence)) {
      const comma = sentence.indexOf(',')
      const [condition, rest] = [sentence.slice(0, comma), sentence.slice(comma + 1)]
      const asks = comma > 0 ? readSentence(condition) : undefined
      if (
        asks &&
        rest.trim() !== '' &&
        (asks.cues & BY_BIT) !== 0 &&
        !promisesBeyondBack(asks.tokens) &&
        (asks.toCandidate || asks.tokens.some((t) => HANDS_IN.test(t))) &&
        ((asks.cues & YOU_BIT) !== 0 || (asks.cues & WE_BIT) === 0)
      ) {
        conditions.add(condition)
        sentences.splice(index, 1, condition, rest.trim())
        named = undefined
        index--
        continue
      }
    }
    if (conditions.has(sentence)) toCandidate = true
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
      // "I know the advert said shortlisting would be done by the 9th - it wasn't": a broken promise names no day now.
      const kept = promise ? stillPromised(sentence, tokens, () => tokensAt(index + 1)) : { text: sentence, from: 0 }
      const mentions = daysNamed(kept.text, kept.from ? tokens.slice(kept.from) : tokens, {
        today,
        monthFirst: monthFirst(cues),
        offsetMinutes: offset
      })
      if (kept.from) for (const m of mentions) m.at += kept.from
      // "(The panel meets on the 12th.) We'll let you know the following Monday": counted from the day named before.
      for (const m of mentions) {
        if (m.relative === undefined || index === 0) continue
        // "the end of the week" anchors only on a date written before it: no digit before, nothing to read.
        if ('near' in m.relative && !sentences.slice(0, index).some((s) => /\d/.test(s))) continue
        const anchor = eventDay(allNamed(monthFirst(cues)), 'before', index - 1, today, 'dated' in m.relative)
        if (anchor !== undefined && !('near' in m.relative && anchor > today + 14)) m.day = fromAnchor(m.relative, anchor)
      }
      // "(The panel meets on Thursday 12 November.) We will let you know then": the day the sentence before names.
      // …not the candidate's limit ("Laat je uiterlijk woensdag weten of je akkoord bent? Dan stuurt P&O je het contract").
      // "Depois dou notícias", "afterwards I'll write", "sobald ich sie habe, melde ich mich": after what the sentence before names.
      const then = promise && !toCandidate && mentions.length === 0 && index > 0 ? thenAt(tokens) : -1
      // …but "I don't want to tell you something and then have to take it back" promises nothing then.
      const denied = then > 0 && anyIn(NEGATION, tokens, 0, then)
      if (then >= 0 && !denied && readSentence(sentences[index - 1])?.toCandidate === false) {
        const before = allNamed(monthFirst(cues))[index - 1]
        const days = before.mentions.map((m) => m.day).filter((d) => d >= today)
        if (days.length > 0) mentions.push({ day: Math.max(...days), at: then })
      }
      for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].day < today || mentions[k].day > today + 400) mentions.splice(k, 1)
      // "start date 4 January", "med start 11 januari", "Arbeitsbeginn am 1. Februar": when the job starts, no answer.
      // "löschen … nach sechs Monaten", "we keep your CV on file for 12 months": how long they keep it, no answer either.
      if (!toCandidate)
        for (let k = mentions.length - 1; k >= 0; k--)
          if (startDate(tokens, mentions[k].at) || anyIn(DELETE_OR_KEEP, tokens, mentions[k].at - 8, mentions[k].at)) mentions.splice(k, 1)
      // "Let me know you're good for Thursday", "dime si te va bien para el jueves": the day asked about, not a limit.
      if (toCandidate && (cues & BY_BIT) === 0) {
        // "dime dos o tres huecos esa semana": slots asked for in a week named before, no limit either.
        for (let k = mentions.length - 1; k >= 0; k--) {
          const relative = mentions[k].relative
          if (forTheDay(tokens, mentions[k].at) || (relative !== undefined && 'weekOf' in relative)) mentions.splice(k, 1)
        }
      }
      if (mentions.length && toCandidate) {
        // "¿Nos confirmas hoy o como tarde mañana?", "today or tomorrow at the latest": the range's end is the limit; else
        // the first day named ("by Friday at the latest, and the interview is on Monday" is Friday).
        const latest = tokens.findIndex((t, k) => LATEST.has(t) && anyIn(OR_WORDS, tokens, k - 3, k))
        const after = latest >= 0 ? mentions.filter((m) => m.at > latest).sort((a, b) => a.at - b.at)[0] : undefined
        // "mañana o pasado", "on Monday or Tuesday": two days joined by "or" are a range, and its end is the limit.
        const first = mentions.reduce((a, m) => (m.day < a.day ? m : a))
        const orNext = mentions.find((m) => m.at > first.at && m.day > first.day && joinedByOr(tokens, first.at, m.at))
        const day = after ? after.day : orNext ? orNext.day : first.day
        if (deadline === undefined) {
          deadline = day
          facts.deadlineEvidence = sentence
        }
      } else if (mentions.length && !refused(tokens)) {
        // "Die Geschäftsführung ist bis 4.11. im Urlaub, danach bekommen Sie Bescheid": the answer comes after that day.
        // …a day named after "danach" ("danach melde ich mich Mitte der Woche") is the promise itself.
        // "Our board meets on 5 November and I can only confirm after that": the answer follows the day named.
        const waited = afterAWait(tokens) > 0 ? afterAWait(tokens) : afterThat(tokens, mentions)
        if (waited > 0) for (const m of mentions) if (m.at < waited || m.at >= tokens.length) m.day = addBusinessDays(m.day, 2)
        let day = promisedDay(mentions, tokens)
        // A day already counted from one named before ("in der Woche danach") is not counted again; of two mentions of the
        // same day ("this week and next, and … within a week of their call") the one counted from an event says so.
        const counted = mentions
          .filter((m) => m.day === day && m.relative === undefined && !m.anchored)
          .map((m) => ({ at: m.at, event: countedFrom(tokens, m) }))
          .find((c) => c.event !== undefined)
        const from = counted?.event ? eventDay(allNamed(monthFirst(cues)), counted.event, index, today) : undefined
        // "within 2 weeks of the closing date (12 October)": the same length of time, from that day.
        if (from !== undefined && counted) day = countedFromEvent(day, today, from, tokens, counted.at)
        // "(Our office will remain closed on 9th and 10th November.) … within 7 working days": past the closed days too.
        if (countsWorkingDays(tokens) && mayBeClosed(own)) day = pastClosedDays(allNamed(monthFirst(cues)), today, day)
        // "We will get back to you by Friday" outranks "the process closes on November 30"; among equals the later day wins.
        const surely = sure
        // "The client says they'll decide by the end of the month. I'll let you know by the 30th": the writer's own word to
        // the reader outranks a timetable reported from someone else, whichever day is later.
        const reported = reportsOthers(tokens)
        const tellsReader = surely && !reported && tellsTheReader(tokens)
        const outranks = surely && promisedSurely && ((promisedTells === true && tellsReader) || (promisedTells === false && reported))
        if (
          promised === undefined ||
          (surely && !promisedSurely) ||
          (outranks ? tellsReader : surely === promisedSurely && day > promised)
        ) {
          promised = day
          promisedSurely = surely
          promisedTells = tellsReader ? false : reported ? true : undefined
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

/** How long the documents are kept, or when deleted: "löschen … nach sechs Monaten", "we will delete your data after". */
const DELETE_OR_KEEP = new Set(
  `delete deleted deleting destroy destroyed retain retained löschen gelöscht vernichten vernichtet aufbewahren aufbewahrt speichern gespeichert
  supprimer supprimées supprimés supprimé détruites détruits conserver conserverons conservées conservés eliminar eliminaremos eliminados
  borrar borraremos conservar conservaremos verwijderen verwijderd vernietigen vernietigd bewaren bewaard apagar apagados
  cancellare cancellati eliminati conservare conserveremo slettet slettes raderas poistetaan`.split(/\s+/)
)
/** The job's start: a date after these is when work begins ("Arbeitsbeginn am 1. Februar", "oppstart 4. januar"). */
const STARTS = new Set(
  `arbeitsbeginn eintritt eintrittsdatum dienstbeginn incorporación incorporacion oppstart tiltrædelse tiltredelse tillträde startdatum startdato indiensttreding`.split(
    ' '
  )
)
/** "start date 4 January", "med start 11 januari", "date de début", "fecha de inicio", "data di inizio": a start word beside "date". */
const START_WORDS = new Set(['start', 'début', 'debut', 'inicio', 'início', 'inizio', 'aloitus'])
const DATE_WORDS = new Set(['date', 'fecha', 'data', 'datum', 'dato', 'päivä', 'med'])
function startDate(tokens: readonly string[], at: number): boolean {
  for (let k = Math.max(0, at - 5); k < at; k++) {
    // The start word right before the date: "start date 4 January", "Arbeitsbeginn am 1. Februar"; not "confirm the start
    // date on Monday", "before Christmas" (when they do something about it).
    let end = -1
    if (STARTS.has(tokens[k])) end = k
    else if (START_WORDS.has(tokens[k]) && DATE_WORDS.has(tokens[k + 1] ?? '')) end = k + 1
    else if (START_WORDS.has(tokens[k]) && DATE_WORDS.has(tokens[k - 1] ?? '')) end = k
    else if (START_WORDS.has(tokens[k]) && DATE_WORDS.has(tokens[k - 2] ?? '')) end = k
    if (end >= 0 && tokens.slice(end + 1, at).every((t) => /^\d+$/.test(t) || DATE_FILLER.has(t))) return true
  }
  return false
}
const DATE_FILLER = new Set(['of', 'is', 'am', 'le', 'el', 'the', 'du', 'del', 'de', 'den', 'il', 'per', 'vom', 'ab', 'från', 'fra'])
/** "then", "dann", "dan", "alors", "entonces", "então", "allora", "dans la foulée", "à ce moment-là": at the time just named. */
const THEN = new Set(['then', 'dann', 'dan', 'alors', 'entonces', 'então', 'entao', 'allora', 'foulée', 'là'])
/** "afterwards", "depois", "después", "ensuite", "daarna", "danach", "dopo", "derefter": after the day just named. */
const AFTERWARDS = new Set([
  'afterwards',
  'afterward',
  'depois',
  'después',
  'despues',
  'ensuite',
  'daarna',
  'danach',
  'dopo',
  'derefter',
  'deretter',
  'därefter'
])
/** "once", "as soon as", "sobald", "apenas", "dès que", "assim que", "appena", "zodra", "cuando", "quando", "når", "när". */
const AS_SOON = new Set(['once', 'soon', 'sobald', 'apenas', 'dès', 'cuanto', 'assim', 'appena', 'zodra', 'cuando', 'quando', 'når', 'när'])
/** "it", "they", "la", "lo", "sie", "l'", "elle", "ela", "het", "ze", "den", "det": the thing the sentence before named. */
const BACK_REFERENCE = new Set([
  'it',
  'they',
  'them',
  'la',
  'lo',
  'las',
  'los',
  'sie',
  'es',
  'l',
  'elle',
  'ela',
  'ele',
  'het',
  'ze',
  'den',
  'det',
  'dem'
])
/** "until", "bis", "hasta", "jusqu'au", "fino", "tot", "até": a wait up to a day. */
const UNTIL = new Set(['until', 'till', 'bis', 'hasta', 'jusqu', 'fino', 'tot', 'até', 'ate'])
/** Away: "im Urlaub", "on leave", "off", "en congé", "de viaje", "de férias", "in ferie", "op vakantie", "abwesend". */
const AWAY = new Set(
  `urlaub away off leave holiday vacation absent absente abwesend congé conge congés vacances viaje vacaciones férias ferias ferie vakantie verlof ausente assente`.split(
    ' '
  )
)
/**
 * "(Away) until the 4th, then/afterwards you'll hear": the promise follows the wait, so it falls after that day. Where
 * the "then" stands, or -1.
 */
function afterAWait(tokens: readonly string[]): number {
  const until = tokens.findIndex((t) => UNTIL.has(t))
  if (until < 0) return -1
  const then = tokens.findIndex((t, k) => k > until + 1 && (AFTERWARDS.has(t) || THEN.has(t)))
  return then > 0 && anyIn(AWAY, tokens, 0, then) && tokens.some((t, k) => k > then && PROMISE.has(t)) ? then : -1
}
/** "after that", "after this", "danach", "daarna", "après cela", "después de eso", "depois disso", "dopo di che", "etter det". */
const AFTER_THAT = new Set([
  'after that',
  'after this',
  'danach',
  'daarna',
  'après cela',
  'después de eso',
  'depois disso',
  'dopo di che',
  'etter det',
  'efter det'
])
/** Where "after that" stands when it follows every day the sentence names ("… on 5 November … only after that"), or -1. */
function afterThat(tokens: readonly string[], mentions: readonly Mention[]): number {
  // …said last: "ich melde mich am Freitag, danach ist Urlaub" promises Friday.
  const k = tokens.length - 1
  if (!LAST_OF_AFTER_THAT.has(tokens[k] ?? '')) return -1
  const phrase = [tokens[k], `${tokens[k - 1]} ${tokens[k]}`, `${tokens[k - 2] ?? ''} ${tokens[k - 1]} ${tokens[k]}`].find((p) =>
    AFTER_THAT.has(p)
  )
  if (phrase === undefined) return -1
  const at = k - phrase.split(' ').length + 1
  // …and only after days named outright: "zwei Tage danach", "within a week after that" already count from the event.
  return mentions.every((m) => m.at < at && m.at < tokens.length && m.relative === undefined && !UNITS.has(tokens[m.at])) ? at : -1
}
const LAST_OF_AFTER_THAT = new Set([...AFTER_THAT].map((p) => p.split(' ').pop() as string))
/** Where a sentence without a day of its own says it follows what the sentence before names, or -1. */
function thenAt(tokens: readonly string[]): number {
  // …when an answer is what follows ("depois dou notícias"); "I'll send the address once it's locked in" promises none.
  const answers = tokens.some((t) => PROMISE.has(t) && !WEAK_PROMISE.has(t))
  for (let k = 0; k < tokens.length; k++) {
    if (THEN.has(tokens[k])) return k
    if (!answers) continue
    if (AFTERWARDS.has(tokens[k])) return k
    // "once they are complete", "apenas la tenga", "dès que je l'ai": as soon as *it* comes; "once we have reviewed all
    // applications" names something else.
    if (AS_SOON.has(tokens[k]) && anyIn(BACK_REFERENCE, tokens, k + 1, k + 5)) return k
  }
  return -1
}
/** "if", "should", "sollten", "si", "caso", "qualora", "als": the sentence opens with a condition. */
const UNLESS = new Set(['if', 'should', 'wenn', 'falls', 'sollten', 'sollte', 'si', 'caso', 'se', 'qualora', 'als', 'indien', 'mocht'])
/** "sans nouvelles", "without hearing", "sin noticias": the condition and its "not" in one word. */
const WITHOUT = new Set(['sans', 'without', 'sin', 'sem', 'senza', 'zonder', 'ohne'])
const NOT = new Set(['not', 't', 'nicht', 'nichts', 'kein', 'keine', 'no', 'não', 'nao', 'non', 'pas', 'niet', 'niets', 'geen', 'nothing'])
/** Hearing from them or being contacted, as the candidate waits for it. */
const HEARD = new Set(
  `hear heard news contacted called hören hört nachricht nachrichten rückmeldung antwort kontaktiert noticias respuesta contactado contactada
  contactados contactadas nouvelles réponse nouvelle contacté contactée recontacté recontactée hoort hoor horen gehoord bericht reactie
  gecontacteerd gebeld notícias noticias resposta contactado contatado contatada retorno notizie risposta contattato contattata ricontattato
  ricontattata riscontro comunicación comunicação contacto contato contatto`.split(/\s+/)
)
/**
 * "If you have not heard from us within three weeks…", "Caso não seja contactada no prazo de 30 dias…", "Sollten Sie bis …
 * nichts von uns hören", "Sans nouvelles de notre part d'ici le 30": silence until a day says they answer by then.
 */
function silenceUntil(tokens: readonly string[]): boolean {
  // "En caso de no…", "De no recibir…", "Nel caso in cui non…": the condition within the first words.
  const opens = anyIn(UNLESS, tokens, 0, 3) || (tokens[0] === 'de' && NOT.has(tokens[1] ?? ''))
  if (!opens && !WITHOUT.has(tokens[0])) return false
  let negated = WITHOUT.has(tokens[0])
  for (let i = 1; i < Math.min(tokens.length, 14); i++) {
    if (NOT.has(tokens[i])) negated = true
    else if (negated && HEARD.has(tokens[i])) return true
  }
  return false
}

/** A promise word other than "back" ("send the form back by Friday" is no promise; "hear back" is one, with "hear"). */
const promisesBeyondBack = (tokens: readonly string[]): boolean =>
  tokens.some((t) => PROMISE.has(t) && !WEAK_PROMISE.has(t) && !NOT_THEIRS.has(t))
/** "send it back", "let me know", "fammi sapere": words of the candidate's part, not of a promise. */
const NOT_THEIRS = new Set(['back', 'terug', 'zurück', 'know', 'weten', 'wissen', 'sapere', 'saber', 'savoir'])
/** Handing something in: "send", "return", "receive your…", "schicken", "mandas", "enviar", "renvoyez", "instuurt", "consegni". */
const HANDS_IN =
  /^(?:send|sent|return|submit|complet|sign|confirm|receiv|schick|geschickt|einreich|eingereicht|mand|envi|envoy|renvoy|retourn|stuur|instuur|lever|invi|consegn|entreg|devolv|forward|upload|fill)/
/** "if", "once", "sobald", "si", "dès que", "als", "zodra", "se", "assim que", "appena": a condition opens the sentence. */
const CONDITION = new Set([
  'if',
  'once',
  'when',
  'wenn',
  'sobald',
  'falls',
  'si',
  'cuando',
  'dès',
  'des',
  'lorsque',
  'als',
  'zodra',
  'indien',
  'se',
  'quando',
  'assim',
  'appena',
  'qualora'
])
const FOR = new Set(['for', 'für', 'fuer', 'para', 'pour', 'voor', 'per'])
const forTheDay = (tokens: readonly string[], at: number): boolean =>
  FOR.has(tokens[at - 1] ?? '') || (FOR.has(tokens[at - 2] ?? '') && /^(?:the|el|la|le|o|a|il|het|de|den|dem)$/.test(tokens[at - 1] ?? ''))

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
