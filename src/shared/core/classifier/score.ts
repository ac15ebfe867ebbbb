/**
 * Finding the phrases of each category in a text and weighing them in their sentence:
 * "not an offer" and "if we extend an offer" do not count as an offer.
 * Over 300 lines: the context checks (negation, hypothesis, a step done or ended, someone else's) share one loop and its state.
 */
import { ENGLISH_PHRASES } from './phrases-en'
import { GERMAN_PHRASES } from './phrases-de'
import { SPANISH_PHRASES } from './phrases-es'
import { FRENCH_PHRASES } from './phrases-fr'
import { DUTCH_PHRASES } from './phrases-nl'
import { PORTUGUESE_PHRASES } from './phrases-pt'
import { ITALIAN_PHRASES } from './phrases-it'
import { POLISH_SWEDISH_PHRASES } from './phrases-pl-sv'
import { DANISH_NORWEGIAN_FINNISH_PHRASES } from './phrases-da-nb-fi'
import { DECISION_CONCEPTS } from './concepts-decisions'
import { SIGNED_CONTRACT_THANKS, STEP_CONCEPTS } from './concepts-steps'
import { SOFT_REJECTION } from './concepts-soft'
import { MORE_STEP_CONCEPTS } from './concepts-steps-more'
import { VOICE_CONCEPTS } from './concepts-voices'
import { MORE_VOICE_CONCEPTS } from './concepts-voices-more'
import { THIRD_VOICE_CONCEPTS } from './concepts-voices-third'
import { STEP_VOICE_CONCEPTS } from './concepts-voices-steps'
import { LAST_VOICE_CONCEPTS, NOT_A_JOB } from './concepts-voices-last'
import { INTERVIEW_CHANGES } from './concepts-changes'
import { NOT_HIRING } from './concepts-not-hiring'
import { OWN_WORDS_CONCEPTS } from './concepts-own-words'
import { SELECTION_CONCEPTS } from './concepts-selection'
import { QUIET_ANY_LANGUAGE, QUIET_WRITER_CONCEPTS } from './concepts-quiet-writers'
import { QUIET_STEP_CONCEPTS, QUIET_STEPS_ANY_LANGUAGE } from './concepts-quiet-steps'
import { STEP_DATE_LATER } from './concepts-quiet-later'
import { TEST_ANY_LANGUAGE, TEST_CONCEPTS } from './concepts-tests'
import { AROUND_INTERVIEW_ANY_LANGUAGE, AROUND_INTERVIEW_CONCEPTS } from './concepts-around-interview'
import { ORDINARY_MONTH_ANY_LANGUAGE, ORDINARY_MONTH_CONCEPTS } from './concepts-ordinary-month'
import { BETWEEN_STEPS_ANY_LANGUAGE, BETWEEN_STEPS_CONCEPTS } from './concepts-between-steps'
import { languagesOf, type Language } from './language'
import { createOpeningGate } from './prefilter'
import { DECISIVE_WEIGHT, STAGE_ENDED, THANKS_FOR, type MessageCategory, type Phrase } from './types'

export interface Hit {
  category: MessageCategory
  weight: number
  /** The words as written in the mail, or a header description. */
  quote: string
  /** The sentence it stands in. */
  sentence: string
  decisive: boolean
  /** The phrase would decide on its own, had its context not undone it. */
  strong?: boolean
  /** Why a phrase counted less: 'after "not"', 'after "if"'. */
  discounted?: string
  /** Made of several soft signs (combine.ts), not one deciding phrase: never sure. */
  combined?: boolean
  /** Where in the scanned text (phrases of one category that overlap count once). */
  span?: readonly [number, number]
}

/** The language tables, always read (a gate of their keys decides which can match). */
const LANGUAGE_TABLES: readonly Phrase[] = [
  ...ENGLISH_PHRASES,
  ...GERMAN_PHRASES,
  ...SPANISH_PHRASES,
  ...FRENCH_PHRASES,
  ...DUTCH_PHRASES,
  ...PORTUGUESE_PHRASES,
  ...ITALIAN_PHRASES,
  ...POLISH_SWEDISH_PHRASES,
  ...DANISH_NORWEGIAN_FINNISH_PHRASES,
  ...SIGNED_CONTRACT_THANKS,
  ...QUIET_ANY_LANGUAGE,
  ...QUIET_STEPS_ANY_LANGUAGE,
  ...TEST_ANY_LANGUAGE,
  ...AROUND_INTERVIEW_ANY_LANGUAGE,
  ...ORDINARY_MONTH_ANY_LANGUAGE,
  ...BETWEEN_STEPS_ANY_LANGUAGE
]
/** The concept tables, read in English and in the languages the text is written in (language.ts). */
const CONCEPTS: readonly Phrase[] = [
  ...DECISION_CONCEPTS,
  ...STEP_CONCEPTS,
  ...MORE_STEP_CONCEPTS,
  ...VOICE_CONCEPTS,
  ...MORE_VOICE_CONCEPTS,
  ...THIRD_VOICE_CONCEPTS,
  ...STEP_VOICE_CONCEPTS,
  ...LAST_VOICE_CONCEPTS,
  ...INTERVIEW_CHANGES,
  ...NOT_A_JOB,
  ...NOT_HIRING,
  ...SOFT_REJECTION,
  ...OWN_WORDS_CONCEPTS,
  ...SELECTION_CONCEPTS,
  ...QUIET_WRITER_CONCEPTS,
  ...QUIET_STEP_CONCEPTS,
  ...STEP_DATE_LATER,
  ...TEST_CONCEPTS,
  ...AROUND_INTERVIEW_CONCEPTS,
  ...ORDINARY_MONTH_CONCEPTS,
  ...BETWEEN_STEPS_CONCEPTS
]
/** Every phrase the classifier reads, language tables and concepts: one list for the prefilter's tests and the acknowledgement gate. */
export const EVERY_PHRASE: readonly Phrase[] = [...LANGUAGE_TABLES, ...CONCEPTS]
const LANGUAGES: readonly Language[] = ['en', 'de', 'es', 'fr', 'nl', 'pt', 'it']

/**
 * Every phrase in the order they are tried: the language tables, then the concepts of each language in turn, each
 * concept with its language (a concept is tried only on a text in its language); one gate for all of them, so a text
 * is scanned once, not once per language. Built on the first classification, not at start-up.
 */
let ordered: { phrases: Phrase[]; languages: (Language | undefined)[]; gate: (lowerText: string) => number[] } | undefined
function orderedPhrases(): NonNullable<typeof ordered> {
  if (!ordered) {
    const phrases: Phrase[] = [...LANGUAGE_TABLES]
    const languages: (Language | undefined)[] = LANGUAGE_TABLES.map(() => undefined)
    for (const l of LANGUAGES)
      for (const p of CONCEPTS)
        if (p.language === l) {
          phrases.push(p)
          languages.push(l)
        }
    ordered = { phrases, languages, gate: createOpeningGate(phrases.map((p) => p.keyGroups)) }
  }
  return ordered
}

/** Builds the gate of every phrase now (10-20 ms), not at the first classification: a warm-up step of its own (review/warm-up.ts). */
export function preparePhrases(): void {
  orderedPhrases()
}

/** The phrases that may match a text. */
function phrasesThatMayMatch(lowerText: string): Phrase[] {
  const { phrases, languages: languageOf, gate } = orderedPhrases()
  let languages: ReadonlySet<Language> | undefined // read only when a concept could match
  const out: Phrase[] = []
  for (const i of gate(lowerText)) {
    const language = languageOf[i]
    if (language === undefined || (languages ??= languagesOf(lowerText)).has(language)) out.push(phrases[i])
  }
  return out
}

const NEGATION =
  /(?<![\p{L}'])(?:not|no|never|without|nor|unable|cannot|kein\p{L}*|nicht|nie|ohne|nunca|sin|ningún|ninguna|pas|aucun\p{L}*|niet|geen|não|nao|non|nessun\p{L}*)(?![\p{L}])|n't(?![\p{L}])/iu
const NEGATIONS = new RegExp(NEGATION.source, 'giu')
/** Spanish "no" followed by a verb or a clitic negates however far the phrase ("no vamos a poder ofrecerte"); Portuguese "no processo" does not. */
const NO_BEFORE_A_VERB = new Set(
  'vamos podemos podremos podré puedo hemos ha han has he es está están será serán seguiremos continuaremos avanzaremos te le les se nos lo la me queremos quiero tenemos tengo hay habrá fue fueron va van creemos pensamos'.split(
    ' '
  )
)
/**
 * The last negation of the clause before a phrase. Spanish "no" negates the verb right after it, while
 * Portuguese "no" is "in the" ("aprovada no processo … e gostaríamos"): a "no" counts only within two words.
 */
const WHY_BEFORE = /(?<![\p{L}])(?:why|perché|pourquoi|warum|por qué|porque|por que|waarom)\s*$/iu
function negationBefore(clause: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  NEGATIONS.lastIndex = 0
  for (let m = NEGATIONS.exec(clause); m; m = NEGATIONS.exec(clause)) {
    // "Perché non passi sabato?", "why not come by": an invitation, not a negation.
    if (WHY_BEFORE.test(clause.slice(0, m.index))) continue
    const after = clause.slice(m.index + m[0].length).trim()
    if (m[0].toLowerCase() === 'no' && after.split(' ').length > 2 && !NO_BEFORE_A_VERB.has(after.split(' ')[0].toLowerCase())) continue
    last = m
  }
  return last
}
/** "if" in seven languages, and "when"/"until" in Swedish, Danish and Norwegian ("när tjänsten är tillsatt": not yet); Italian "si è" ("la selezione si è conclusa") is reflexive, not Spanish or French "si". */
const HYPOTHESIS =
  /(?<![\p{L}])(?:if|once|whether|should we|should you|in case|before|until|unless|wenn|falls|sobald|ob|bevor|si(?! (?:è|sono|sia|siano|terrà|terranno|chiude|conclude)(?![\p{L}]))|en caso de|antes de|hasta que|caso|qualora|indien|mocht|när|innan|tills|ifall|når|hvis|inntil|indtil|jeśli|jeżeli)(?![\p{L}])/iu
/** "If you're still keen, the job is yours", "si vous êtes toujours partante": the reader's wish, not a hypothetical offer. */
const CANDIDATE_WILLING =
  /(?<![\p{L}])(?:if|si|se|wenn|falls|als|indien)\s+(?:you|vous|tu|u|je|du|sie|lei|você)(?:'re|'d)?\s+(?:\S+\s+){0,2}(?:still|toujours|ancora|noch|nog|todavía|ainda|keen|interested|partante?|intéressée?|happy|want|wish|souhaitez|voulez|like)(?![\p{L}])/iu
/** "Thank you for completing the take-home", "la partecipazione all'assessment": a step already done, not a new request. */
const ALREADY_DONE = new RegExp(
  `(?<![\\p{L}])(?:${THANKS_FOR}|impressed (?:by|with)|passed|clear(?:ed|ing)|ha superato|hai superato|réussi|bestanden|superado|superaste|aprobado|aprobada|aprobaste|aprobó|passou|aprovad[oa](?:\\(a\\))?|aprovou|geslaagd voor|results? (?:of|from)|(?:riscontro|feedback|retour|rückmeldung|terugkoppeling|devolutiva) (?:molto |très |very |sehr |zeer )?(?:positiv[oae]?|positifs?|favorevole|favorable|good|great)|esito|resultado|résultats?|ergebnis|uitslag|got (?:your|the)|received (?:your|the)|(?:responses|answers) to|based on your|since (?:your|the)|(?:você|voce) foi (?:muito )?bem na|recebemos|recibimos|hemos recibido|abbiamo ricevuto|ho ricevuto|recibid[ao]s?|bien reçu|erhalten|ontvangen|recebid[ao]s?|ricevut[ao])(?:\\s+[^\\s.!?]+){0,6}(?:\\s+|['’])$`,
  'iu'
)
/** "(test wiedzy i rozmowa kwalifikacyjna) zakończył się", "the panel interview took place on 6 November": a stage that has ended. */
const ENDED_AFTER = new RegExp(`^[^.!?\\n]{0,60}?${STAGE_ENDED}`, 'iu')
/** "Poi ti scrivo per fissare il colloquio", "I'll email you to set up the interview": a step the sender will arrange later. */
const ARRANGED_LATER =
  /(?<![\p{L}])(?:scrivo|scriverò|scriveremo|chiamo|chiamerò|contatterò|contatteremo|ricontatter\p{L}+|sentiamo|marco|marcamos|marcaré|escribo|escribiré|escribiremos|llamo|llamaré|contactaré|contactaremos|écrirai|écrirons|appellerai|rappellerai|recontacter\p{L}+|ligo|ligarei|escrevo|escreverei|contactarei|(?:i'll|we'll|i will|we will) (?:be in touch|get in touch|get back to you|reach out|call you|email you|e-mail you|write to you|contact you|ring you))(?:[^.!?]{0,40}?)(?<![\p{L}])(?:per|para|pour|to)\s+(?:(?:fissare|concordare|organizzare|programmare|fijar|concertar|programar|agendar|marcar|combinar|organiser|fixer|convenir|arrange|set up|schedule|book|organi[sz]e)\s+(?:(?:il|un|uno|una|la|el|le|une|the|an?|o|um|uma)\s+)?(?:[^\s.!?]+\s+)?)?$/iu
/** A conversation named beside a work trial: the sentence asks for both. */
const CONVERSATION = /(?<![\p{L}])(?:gespräch|interview|chat|conversation|gesprek|entrevista|entretien|colloquio|conversa)(?![\p{L}])/iu
/** "Your assessment results", "Ihr Testergebnis": the step is behind the candidate. */
/** "The written test papers are under evaluation" (training-29): the marking is under way, the test behind them. */
const RESULTS_AFTER =
  /^(?:\s+(?:results?|scores?|outcome|feedback))(?![\p{L}])|^(?:ergebnis|ergebnisse)(?![\p{L}])|^(?:\s+(?:papers?|scripts?|answers?|submissions?))?\s+(?:is|are|was|were|has been|have been) (?:now |still |currently )?(?:under (?:evaluation|review)|being (?:marked|evaluated|assessed|reviewed|graded))(?![\p{L}])/iu
const FOR_THE_SHORTLISTED =
  /(?<![\p{L}])(?:only )?(?:shortlisted|successful|selected) (?:candidates|applicants)(?: will| who)|(?:if|should) you (?:are|be) shortlisted|(?:call|contact|email|ring) (?:all|every) (?:applicants?|candidates?)|(?:in touch|get back) with (?:the )?(?:people|ones|candidates|applicants|those)(?: (?:that|who|whom))?/iu
const WOULD_BE = /(?<![\p{L}])(?:would|might|may|could) (?:be|involve|include)(?![\p{L}])/iu
const NOT_DECIDED = /(?<![\p{L}])(?:whether|depending|not sure yet|not decided|only know|if we (?:decide|go|move))(?![\p{L}])/iu
/** "Thank you for accepting your conditional offer": the offer is behind them. */
const ACCEPTED_BEFORE =
  /(?:accept(?:ed|ing)?|signed|signing|returned|returning)\s+(?:your|our|the|my)(?:\s+[^\s.!?,;]+){0,3}\s*$|(?:danke|dank) für (?:den|das|ihren|deinen|die)\s*$/iu
const ALREADY_DONE_CATEGORIES: readonly MessageCategory[] = ['interview_request', 'assessment']
/** "Fingers crossed they make you an offer": a wish, not an offer. */
const WISH =
  /(?<![\p{L}])(?:hope|hoping|hopefully|fingers crossed|hoffe|hoffentlich|daumen|espero|ojalá|ojala|j'espère|espère|hoop|hopelijk|duim|tomara|torço|spero|incrocio)(?![\p{L}])/iu
/** "To offer you a post should one arise", "si surge una vacante": an offer that waits on a vacancy, after its words. */
const VACANCY_MAY_ARISE =
  /^[^.!?]{0,40}?(?<![\p{L}])(?:(?:should|if|when|once) (?:one|a (?:vacancy|post|position|place|role)) (?:arises?|becomes? available|comes? up|opens?)|si (?:surge|se produce|se abre|hubiera) una (?:vacante|plaza)|caso (?:surja|haja|abra) uma vaga|si un poste se lib[èe]re|qualora si (?:liberi|rendesse disponibile) un posto)/iu
const TO_SOMEONE_ELSE = /^\s*(?:to|for|with) (?:another|a different|an internal|other|someone|the other)\b/i
/** "Another candidate has been selected for the position", "otra persona ha sido seleccionada": an offer's words about someone else. */
const SOMEONE_ELSE_BEFORE =
  /(?<![\p{L}])(?:another|other|someone|somebody|otr[oa]s?|outr[oa]s?|altr[oa]|altri|autres?|andere[nrs]?|ein anderer|iemand anders)(?![\p{L}])/iu
/** "we'd like you to start with us — can you do Monday?": the question is the clause after the break, not the news. */
const CLAUSE_BREAK = /;| [—–-] |: /
/** . ! ? or a line break, by character code: a regex per character was the classifier's hottest spot (issue 14). */
const isSentenceEnd = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 10

function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start
  for (; from > 0; from--) {
    const before = text.charCodeAt(from - 1)
    if (isSentenceEnd(before) && (from === text.length || before === 10 || /\s/.test(text[from]))) break
  }
  let to = end
  while (to < text.length && !isSentenceEnd(text.charCodeAt(to))) to++
  return { from, to: Math.min(text.length, to + 1) }
}

/** The clause just before a match: from the last comma, semicolon or colon, at most 40 characters. */
function clauseBefore(text: string, sentenceFrom: number, index: number): string {
  const window = text.slice(Math.max(sentenceFrom, index - 40), index)
  const cut = Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':'), window.lastIndexOf(' - '))
  return cut >= 0 ? window.slice(cut + 1) : window
}

/** Each phrase counts once, by its strongest occurrence. `factor` weighs the place (subject of a reply counts less). */
export function findPhrases(text: string, factor: number, hits: Hit[]): void {
  if (text === '') return
  const found: Hit[] = []
  const lower = text.toLowerCase()
  // The phrases are lower case: on the lower-cased text they need no case folding, which costs the regular expressions
  // most of their time. Where lower-casing changes the length (a Turkish "İ"), places would shift: then fold instead.
  const folded = lower.length === text.length
  const scanned = folded ? lower : text
  for (const phrase of phrasesThatMayMatch(lower)) {
    const re = folded ? phrase.lowerPattern : phrase.pattern
    re.lastIndex = 0
    let best: Hit | undefined
    for (let m = re.exec(scanned), seen = 0; m && seen < 4; m = re.exec(scanned), seen++) {
      const words = text.slice(m.index, m.index + m[0].length)
      const { from, to } = sentenceAround(text, m.index, m.index + m[0].length)
      let weight = phrase.weight * factor
      let discounted: string | undefined
      const checkNegation = phrase.check === 'negation' || phrase.check === 'both'
      const checkHypothesis = phrase.check === 'hypothesis' || phrase.check === 'both'
      // An offer's own words may hold the "not": "die Stelle leider nicht anbieten".
      const negation = checkNegation
        ? (negationBefore(clauseBefore(text, from, m.index)) ?? (phrase.category === 'offer' ? NEGATION.exec(words) : null))
        : null
      const before = text.slice(from, m.index)
      const hypothesis = !negation && checkHypothesis && !CANDIDATE_WILLING.test(before) ? HYPOTHESIS.exec(before) : null
      if (negation) {
        weight *= 0.1
        discounted = `after "${negation[0]}"`
      } else if (hypothesis) {
        weight *= 0.25
        discounted = `after "${hypothesis[0]}"`
      } else if (
        (phrase.category === 'rejection' || phrase.category === 'offer') &&
        text.charCodeAt(to - 1) === 63 &&
        !CLAUSE_BREAK.test(text.slice(m.index + m[0].length, to))
      ) {
        // "Has the panel chosen someone else?": a question decides nothing.
        weight *= 0.25
        discounted = 'a question'
      } else if (
        ALREADY_DONE_CATEGORIES.includes(phrase.category) &&
        (ALREADY_DONE.test(text.slice(from, m.index)) ||
          RESULTS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48)) ||
          ENDED_AFTER.test(text.slice(m.index + m[0].length, to)))
      ) {
        weight *= 0.25
        discounted = 'a step already done'
      } else if (ALREADY_DONE_CATEGORIES.includes(phrase.category) && ARRANGED_LATER.test(text.slice(from, m.index))) {
        weight *= 0.25
        discounted = 'a step that may come'
      } else if (ALREADY_DONE_CATEGORIES.includes(phrase.category) && FOR_THE_SHORTLISTED.test(text.slice(from, m.index))) {
        // "Shortlisted candidates will be contacted to arrange interviews": a step for some, asked of no one yet.
        weight *= 0.25
        discounted = 'a step for the shortlisted'
      } else if (
        ALREADY_DONE_CATEGORIES.includes(phrase.category) &&
        WOULD_BE.test(text.slice(from, m.index)) &&
        NOT_DECIDED.test(text.slice(from, to))
      ) {
        // "The next stage would be a written test, but we'll only know next week whether…": a plan, not a request.
        weight *= 0.25
        discounted = 'a step that may come'
      } else if (phrase.category === 'offer' && ACCEPTED_BEFORE.test(text.slice(from, m.index))) {
        weight *= 0.25
        discounted = 'a step already done'
      } else if (phrase.category === 'offer' && VACANCY_MAY_ARISE.test(text.slice(m.index + m[0].length, to))) {
        weight *= 0.25
        discounted = 'if a vacancy arises'
      } else if (phrase.category === 'offer' && WISH.test(text.slice(from, m.index))) {
        weight *= 0.1
        discounted = 'a wish'
      } else if (
        phrase.category === 'offer' &&
        (TO_SOMEONE_ELSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
          SOMEONE_ELSE_BEFORE.test(clauseBefore(text, from, m.index)))
      ) {
        weight *= 0.1
        discounted = 'made to someone else'
      }
      if (!best || weight > best.weight) {
        best = {
          category: phrase.category,
          weight,
          quote: words,
          sentence: text.slice(from, to).trim(),
          decisive: !discounted && phrase.weight >= DECISIVE_WEIGHT,
          strong: phrase.weight >= DECISIVE_WEIGHT,
          discounted,
          span: [m.index, m.index + m[0].length]
        }
      }
      if (!discounted) break
    }
    if (best) found.push(best)
  }
  found.sort((a, b) => b.weight - a.weight)
  const kept: Hit[] = []
  for (const hit of found) {
    const overlaps = kept.some(
      (k) => k.category === hit.category && k.span && hit.span && k.span[0] < hit.span[1] && hit.span[0] < k.span[1]
    )
    if (!overlaps) kept.push(hit)
  }
  hits.push(...kept)
}

export interface Tally {
  totals: Map<MessageCategory, number>
  /** Strongest first. */
  ranked: MessageCategory[]
  hitsOf(category: MessageCategory): Hit[]
  hasDecisive(category: MessageCategory): boolean
}

/** Categories that are mostly context in a mail that rejects or offers ("thanks for the interview…"). */
const CONTEXT_CATEGORIES: readonly MessageCategory[] = ['interview_request', 'assessment', 'acknowledgement', 'update']

export function tally(hits: readonly Hit[], options: { automatic?: boolean } = {}): Tally {
  const totals = new Map<MessageCategory, number>()
  for (const hit of hits) totals.set(hit.category, (totals.get(hit.category) ?? 0) + hit.weight)
  // The news outranks the context: a clear rejection or offer halves the steps it mentions.
  const news = hits.some((h) => (h.category === 'rejection' || h.category === 'offer') && h.decisive && h.weight >= 4)
  // A change stated outright (a session cancelled, an interview moved, weight 5 or more) is news too, and keeps its weight:
  // "we regret to inform you that the group session has been cancelled" rejects nobody.
  const stated = hits.filter((h) => h.category === 'update' && h.weight >= 5).reduce((sum, h) => sum + h.weight, 0)
  if (news)
    for (const category of CONTEXT_CATEGORIES)
      if (totals.has(category)) {
        const kept = category === 'update' ? stated : 0
        totals.set(category, kept + ((totals.get(category) ?? 0) - kept) / 2)
      }
  // "I got your application… can we meet on Thursday?": the step a person asks for outranks the receipt (a system's
  // "shortlisted candidates will be contacted to arrange interviews" asks for nothing).
  const step = !options.automatic && hits.some((h) => (h.category === 'interview_request' || h.category === 'assessment') && h.decisive)
  if (step && totals.has('acknowledgement')) totals.set('acknowledgement', (totals.get('acknowledgement') ?? 0) / 2)
  // "Can you come in for a trial shift on Saturday?": coming in is how the test is taken, in the very same sentence.
  const tests = hits.filter((h) => h.category === 'assessment' && h.decisive && h.sentence)
  // Not when the sentence names a conversation too: "eine Lehrprobe mit anschließendem Gespräch" is both.
  if (
    tests.some(
      (t) =>
        !CONVERSATION.test(t.sentence) && hits.some((h) => h.category === 'interview_request' && h.decisive && h.sentence === t.sentence)
    )
  )
    totals.set('interview_request', (totals.get('interview_request') ?? 0) / 2)
  const ranked = [...totals.keys()].filter((c) => (totals.get(c) ?? 0) > 0).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0))
  return {
    totals,
    ranked,
    hitsOf: (category) => hits.filter((h) => h.category === category && h.weight > 0).sort((a, b) => b.weight - a.weight),
    hasDecisive: (category) => hits.some((h) => h.category === category && h.decisive)
  }
}

/** How sure: grows with the winner's weight, shrinks with a close runner-up. */
export function confidenceOf(top: number, runnerUp: number): number {
  if (top <= 0) return 0
  const strength = 1 - Math.exp(-top / 2.2)
  const margin = Math.max(0, (top - runnerUp) / top)
  return Math.round(strength * (0.55 + 0.45 * margin) * 100) / 100
}
