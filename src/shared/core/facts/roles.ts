// Over 300 lines: the rules that tell a promise from the candidate's limit, with the small word sets each rule reads.
/**
 * What one sentence (or clause) of a reply is: a promise to the candidate ("you'll hear from us by Friday", "HR will
 * send the contract by Wednesday"), a limit the candidate must meet ("please complete it by Friday", "können Sie mir
 * bis Mittwoch Bescheid geben?", "the test link stays active until Sunday"), both, or neither ("doors close at 9:00").
 * Each cue word is looked up once; the sentence's cue kinds are bits.
 */
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
  READER,
  ANSWER_VERBS
} from './cues'
import { LIMIT, imperative, ordered } from './asks'
import { tokensOf } from './dates'
import { TIME_OF_DAY } from './anchor'
import { anyIn, anyOf } from './token-sets'
import { UNITS } from './words'
import {
  asksByLimit,
  keptNow,
  pleaseDo,
  promisesNow,
  ringsABell,
  tellsNow,
  wantsAnswer,
  writerAway,
  youHaveDaysTo,
  MAIL_ONLY,
  ASIDE_TRIGGERS
} from './asides'
import { willCallYou } from './ring-back'
import { SHOUT, TELL_SOMETHING } from './promise-words'

export const ENGLISH = new Set(['the', 'we', 'you', 'will', 'by', 'and', 'to'])

export const [
  PROMISE_BIT,
  DEADLINE_BIT,
  YOU_BIT,
  STRONG_BIT,
  POLITE_BIT,
  WE_BIT,
  AVAILABILITY_BIT,
  NEXT_STEP_BIT,
  ENGLISH_BIT,
  ASK_BIT,
  BY_BIT
] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 1 << 20, 1 << 21]
export const SURE_PROMISE_BIT = 1 << 22
/** A word one of asides.ts's rules reads ("promise", "senast", "please", "pleased", "I'm"…). */
const ASIDE_BIT = 1 << 16
// Bits 0-8 above, 9-14 the next-step rules (512 << k), 15 and 20-30 the rest: each kind of cue has its own bit.
const [WILL_BIT, DOCUMENT_BIT, PREPARE_BIT, KNOW_BIT, AWAY_BIT, ACCESS_BIT, OPEN_BIT, LIMIT_BIT, LASTS_BIT] = [
  23, 24, 25, 26, 27, 28, 29, 30, 15
].map((k) => 1 << k)
/** The first next-step rule names an offer ("offer", "Angebot", "oferta"…). */
export const OFFER_BIT = 512
export const STEP_BITS = NEXT_STEPS.reduce((bits, _, k) => bits | (512 << k), 0)
/** "we hope to confirm the offer", "we aim to confirm": an intention to confirm, said without "will". */
const INTEND = new Set(['hope', 'aim', 'expect', 'plan', 'intend'])
const intendsToConfirm = (tokens: readonly string[]): boolean =>
  tokens.some((t, j) => INTEND.has(t) && tokens[j + 1] === 'to' && WE_CONFIRM.has(tokens[j + 2] ?? ''))
/** "(Le) confirmaremos…", "confermeremo": future forms that say "we/I" themselves, without the pronoun. */
const I_WE_WILL_CONFIRM = new Set([
  'confirmaremos',
  'confirmaré',
  'confirmerons',
  'confirmerai',
  'confermeremo',
  'confermerò',
  'confirmarei'
])
/** "we'll confirm", "wir werden … bestätigen", "we zullen … bevestigen"; the future forms carry it in themselves. */
const WILL = new Set([
  'will',
  'll',
  'shall',
  'werden',
  'wird',
  'zullen',
  'wordt',
  'worden',
  'sera',
  'seront',
  'será',
  'serão',
  'sarà',
  'saranno',
  'verrà',
  'verranno',
  'gaan',
  ...I_WE_WILL_CONFIRM
])
/** Things that give access until a day: "the test link", "le lien du questionnaire", "el enlace a la prueba". */
const ACCESS = new Set([
  'link',
  'links',
  'lien',
  'enlace',
  'teste',
  'toets',
  'questionnaire',
  'formulario',
  'formulaire',
  'fragebogen',
  'portal',
  'invitation',
  'invite'
])
/** Papers they prepare for the candidate, and preparing them. */
const DOCUMENT = new Set([
  'letter',
  'contract',
  'paperwork',
  'vertrag',
  'arbeitsvertrag',
  'contrato',
  'carta',
  'contrat',
  'lettre',
  'contract',
  'arbeidsovereenkomst',
  'contratto',
  'lettera'
])
const PREPARE = new Set([
  'draw',
  'prepare',
  'preparing',
  'issue',
  'auf',
  'aufsetzen',
  'erstellt',
  'erstellen',
  'prepara',
  'preparando',
  'prépare',
  'préparons',
  'opstellen',
  'maakt',
  'prepariamo',
  'preparerà',
  'redige'
])
/** "open", "offen", "abierta", "ouverte", "aperta", "aberta": an offer that stays open until a day. */
const OPEN = new Set(['open', 'offen', 'abierta', 'abierto', 'ouverte', 'ouvert', 'aperta', 'aperto', 'aberta', 'aberto'])
/** A limit written as a label before a colon, in the sentence's first words. */
const LIMIT_LABELS = new Set([
  'deadline',
  'frist',
  'einsendeschluss',
  'abgabe',
  'plazo',
  'límite',
  'limite',
  'prazo',
  'scadenza',
  'termijn',
  'due',
  'rsvp'
])
function labelledLimit(sentence: string, tokens: readonly string[]): boolean {
  const colon = sentence.indexOf(':')
  if (colon < 0 || colon > 60) return false
  for (let i = 0; i < Math.min(tokens.length, 4); i++) if (LIMIT_LABELS.has(tokens[i])) return true
  return false
}
/** "The process typically takes 3-4 weeks", "das Auswahlverfahren dauert drei Wochen", "la procedura richiede quattro settimane". */
const LASTS = new Set(['takes', 'lasts', 'dauert', 'duurt', 'dura', 'duran', 'durar', 'prend', 'dure', 'leva', 'demora', 'richiede'])
const PROCESS =
  /^(?:process|proceso|processus|processo|procedure|procédure|procedura|procedimiento|procedimento|recruitment|recrutement|selection|selección|selezione|seleção|verfahren|werving)$|(?:verfahren|procedure|prozess)$/
/** Every "deadline", "Frist", "plazo" of the sentence comes after "after", "nach Ablauf", "tras", "après", "dopo". */
const AFTERWARD = new Set(['after', 'following', 'nach', 'ablauf', 'tras', 'après', 'apres', 'na', 'após', 'apos', 'dopo'])
const OF_THE_LIMIT = new Set(['deadline', 'frist', 'plazo', 'scadenza'])
const ONCE = new Set(['once', 'sobald'])
function strongAfterward(tokens: readonly string[]): boolean {
  let any = false
  for (let i = 0; i < tokens.length; i++) {
    if (!STRONG_DEADLINE.has(tokens[i])) continue
    // "within five working days of the deadline", "once the deadline has passed": the limit as a day counted from.
    const limit = OF_THE_LIMIT.has(tokens[i])
    const ofIt = limit && tokens[i - 1] === 'the' && (ONCE.has(tokens[i - 2]) || (tokens[i - 2] === 'of' && UNITS.has(tokens[i - 3] ?? '')))
    if (!ofIt && !AFTERWARD.has(tokens[i - 1] ?? '') && !AFTERWARD.has(tokens[i - 2] ?? '') && !AFTERWARD.has(tokens[i - 3] ?? ''))
      return false
    any = true
  }
  return any
}
/** Words that make an out-of-office reply: "abwesend", "out of the office", "fuera de la oficina", "fuori ufficio". */
const AWAY_WORDS = new Set([
  'abwesend',
  'afwezig',
  'ausente',
  'assente',
  'absent',
  'absente',
  'office',
  'oficina',
  'ufficio',
  'escritório',
  'escritorio'
])
/** Every cue word with the kinds of cue it is, so a sentence is read in one pass. */
export const CUE_BITS = new Map<string, number>()
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
  [WILL, WILL_BIT],
  [DOCUMENT, DOCUMENT_BIT],
  [PREPARE, PREPARE_BIT],
  [
    new Set([
      'know',
      'back',
      'call',
      'ring',
      'phone',
      'telephone',
      'llamo',
      'chiamo',
      'appelle',
      'rappelle',
      'hearing',
      'contacting',
      'reaching',
      ...TELL_SOMETHING,
      ...SHOUT
    ]),
    KNOW_BIT
  ],
  [AWAY_WORDS, AWAY_BIT],
  [ASIDE_TRIGGERS, ASIDE_BIT],
  [ACCESS, ACCESS_BIT],
  [OPEN, OPEN_BIT],
  [LIMIT, LIMIT_BIT],
  [LASTS, LASTS_BIT],
  ...NEXT_STEPS.map((rule, k) => [rule.words, 512 << k] as const)
] as const) {
  for (const word of set) CUE_BITS.set(word, (CUE_BITS.get(word) ?? 0) | bit)
}

/** What one sentence (or clause) is: its words, its cues, whether it promises and whether it asks the candidate to act. */
export function readSentence(
  sentence: string
): { tokens: string[]; cues: number; promise: boolean; sure: boolean; toCandidate: boolean } | undefined {
  const tokens = tokensOf(sentence)
  if (tokens.length === 0) return undefined
  // One pass over the words: which kinds of cue the sentence holds.
  let cues = 0
  for (const t of tokens) cues |= CUE_BITS.get(t) ?? 0
  const we = (cues & WE_BIT) !== 0
  const aside = (cues & ASIDE_BIT) !== 0
  // "We'll confirm by the end of the first week", "wir bestätigen bis Freitag": confirming is a promise when they do it;
  // "HR will send you the contract by Wednesday", "the offer will be sent on Friday": so is sending.
  const willDo = (cues & WILL_BIT) !== 0
  const knowing = (cues & KNOW_BIT) !== 0 && onlyKnowing(tokens)
  const sure =
    ((cues & SURE_PROMISE_BIT) !== 0 && !knowing) ||
    // "Our office manager will draw up the contract early next week", "la carta de oferta te la prepara RR. HH.".
    ((cues & (DEADLINE_BIT | DOCUMENT_BIT | PREPARE_BIT)) === (DOCUMENT_BIT | PREPARE_BIT) && tokens[0] !== 'you') ||
    comesBackTo(tokens) ||
    // "It'll be early next week now - Tuesday at the very latest, I promise", "je vous le promets", "te lo prometo".
    (aside && promisesNow(tokens)) ||
    (willCallYou(tokens) && !TIME_OF_DAY.test(sentence)) ||
    confirmsWhether(tokens) ||
    ((we || anyOf(I_WE_WILL_CONFIRM, tokens)) && (willDo ? anyOf(WE_CONFIRM, tokens) : intendsToConfirm(tokens))) ||
    // "The head teacher will confirm appointments by Friday": someone on their side confirms; "you'll confirm" is asked.
    (willDo && (cues & POLITE_BIT) === 0 && anyOf(WE_CONFIRM, tokens) && othersWill(tokens)) ||
    // German "Die Zusagen verschicken wir …", "Den Vertrag schicken wir Ihnen …": sending, with "wir" after the verb;
    // "ich meld mich", as said (Dutch "meld je aan" is the reader's).
    tokens.some(
      (t, j) => (SEND_DE.has(t) && tokens[j + 1] === 'wir') || (t === 'meld' && (tokens[j + 1] === 'mich' || tokens[j + 1] === 'uns'))
    ) ||
    // …but "at 9.00am on Monday we will email you the case" is a timetable.
    (willDo && sentByThem(tokens) && !TIME_OF_DAY.test(sentence))
  let promise =
    sure ||
    ((cues & PROMISE_BIT) !== 0 && !knowing) ||
    ((cues & LASTS_BIT) !== 0 && tokens.some((t) => PROCESS.test(t))) ||
    somethingForYou(tokens) ||
    ((cues & OWN_WORDS_BIT) !== 0 && (resultOut(tokens) || bodyMeets(tokens) || writerAnswers(tokens)))
  // Only words like "call", "close", "process": "Are you free for a call on Monday?" asks, "doors close at 9:00" is a timetable.
  if (promise && !sure && (sentence.trimEnd().endsWith('?') || (!we && TIME_OF_DAY.test(sentence)))) promise = false
  // An out-of-office reply ("I'm out of the office until Monday and will reply when I'm back") promises nothing about the job.
  if (promise && (cues & AWAY_BIT) !== 0 && outOfOffice(tokens)) promise = false
  // "come up the Blue lifts and ring the bell": a doorbell, not a call.
  if (promise && aside && !sure && ringsABell(tokens)) promise = false
  // "As promised, the housebuilder have come back with an offer", "Comme promis, je reviens vers vous … avec une bonne
  // nouvelle", "come promesso, Le scrivo": the promise kept in this very mail; a day it names is something else.
  if (promise && (cues & WILL_BIT) === 0 && (keptNow(tokens) || (aside && tellsNow(tokens)))) promise = false
  // "I'm on a few days leave, so just reply to this address", "estou fora esta semana": where the writer is, and how to
  // write to them, promises no answer.
  if (promise && aside && writerAway(tokens) && tokens.every((t) => !PROMISE.has(t) || MAIL_ONLY.has(t))) promise = false
  const by = (cues & BY_BIT) !== 0
  // "Me manda o plano até quinta, por favor, para eu separar o material": the writer named after "so that" does not act by the day.
  const weActs = we && weActing(tokens)
  // Interview slots asked for ("your availability for the week of Nov 16") are no deadline; "by November 20" is.
  const slots = (cues & AVAILABILITY_BIT) !== 0 && !by
  const asked =
    (cues & ASK_BIT) !== 0 ||
    (aside && (youHaveDaysTo(tokens) || asksByLimit(tokens) || wantsAnswer(tokens) || pleaseDo(tokens))) ||
    asksForReply(tokens) ||
    isDue(tokens) ||
    ((cues & LIMIT_BIT) !== 0 && imperative(sentence, tokens)) ||
    // "Date limite de réponse : vendredi 4 décembre", "Prazo para envio dos documentos: 04/12", "Deadline: Friday".
    labelledLimit(sentence, tokens) ||
    // "Send it back by Monday", "If you're happy, sign and return it by Friday": a clause that starts with what to do.
    (by && ordered(sentence, tokens)) ||
    // "The offer remains open until Friday 13 November", "the test link stays active until…", "el enlace estará disponible hasta…".
    ((cues & (OFFER_BIT | ACCESS_BIT)) !== 0 && by && !promise && (cues & (OPEN_BIT | AVAILABILITY_BIT | STRONG_BIT)) !== 0)
  const toCandidate =
    asked ||
    (!slots &&
      // "must", "deve", "muss": the candidate's deadline, unless the sentence promises and names no reader ("a decisão deve sair na sexta").
      // …but "leider muss ich unser Gespräch morgen absagen" is the writer's.
      (((cues & STRONG_BIT) !== 0 &&
        (!promise || anyOf(READER, tokens)) &&
        (!we || anyOf(READER, tokens)) &&
        // "Nach Ablauf der Frist setzen wir uns … in Verbindung": a limit that has passed by then is no limit.
        !strongAfterward(tokens)) ||
        // "Please complete it by Friday" asks; "merci de votre patience, vous aurez une réponse d'ici vendredi" promises;
        // "please find attached the timetable: … on Saturday" names a day but no limit.
        ((cues & POLITE_BIT) !== 0 &&
          !weActs &&
          // "Ik nodig je graag uit voor een gesprek op woensdag": an invitation to a day, no limit.
          !(tokens.some((t) => INVITE.has(t)) && !tokens.some((t) => BY_WORDS.has(t) && t !== 'voor')) &&
          !informational(tokens) &&
          (!sure || (cues & DEADLINE_BIT) !== 0 || anyOf(ANSWER_VERBS, tokens))) ||
        ((cues & DEADLINE_BIT) !== 0 && (cues & YOU_BIT) !== 0 && !we && !promise)))
  return { tokens, cues, promise, sure, toCandidate }
}
/** Inviting: "invite", "nodig … uit", "einladen", "invitamos", "invitons", "convidamos", "invitiamo". */
const INVITE = new Set(
  'invite invites inviting nodig nodigen uitnodigen einladen laden lade invitar invitamos invito inviter invitons convidar convidamos convido invitare invitiamo'.split(
    ' '
  )
)
/** "te confirmo si", "ti confermo (entro lunedì) se", "I'll confirm whether": the writer will say whether, a promise. */
const CONFIRM_FIRST_PERSON = new Set([
  'confirmo',
  'confirmamos',
  'confermo',
  'confermiamo',
  'bestätige',
  'bekræfter',
  'bekrefter',
  'bekräftar'
])
const WHETHER = new Set(['si', 'se', 'ob', 'whether', 'if', 'om'])
/** French "je … confirme", Dutch "ik bevestig": first person only with the subject said before. */
const CONFIRM_SAID_BY = new Map([
  ['confirme', 'je'],
  ['bevestig', 'ik']
])
/** What is confirmed later: "algo", "qualcosa", "quelque chose", "iets", "etwas", or it ("lo", "le", "het", "es"). */
const SOMETHING = new Set(['algo', 'qualcosa', 'quelque', 'iets', 'etwas', 'something'])
const IT_CONFIRMED = new Set(['lo', 'la', 'le', 'l', 'glielo', 'gliela'])
const IT_AFTER = new Set(['es', 'het'])
/** "te lo", "se lo", "vous le", "ve lo": "it" after "to you"; a lone "le"/"la" is "to you" ("Le confermo il colloquio"). */
const TO_YOU = new Set(['te', 'se', 'vous', 've', 'ti', 'glielo', 'gliela'])
const confirmsIt = (tokens: readonly string[], k: number): boolean =>
  IT_AFTER.has(tokens[k + 1] ?? '') ||
  (IT_CONFIRMED.has(tokens[k - 1] ?? '') && (TO_YOU.has(tokens[k - 2] ?? '') || tokens[k - 1].startsWith('gli')))
/** "confirmo que…", "je vous confirme que…", "ti confermo che…": a fact confirmed now. */
const THAT_NOW = new Set(['que', 'qu', 'che', 'dat', 'dass', 'that'])
/**
 * "Te confirmo si…", "ich bestätige Ihnen, ob…": confirming whether, later; "te lo confirmo el lunes", "le confermo
 * qualcosa entro venerdì", "je vous le confirme lundi", "ik bevestig het maandag": confirming it or something later,
 * said in the present as people say the near future. "Te confirmo que…" confirms now.
 */
function confirmsWhether(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    const said = CONFIRM_SAID_BY.get(t)
    const present = CONFIRM_FIRST_PERSON.has(t) || (said !== undefined && tokens.slice(Math.max(0, k - 3), k).includes(said))
    const first = present || (t === 'confirm' && anyIn(I_OR_WE, tokens, k - 3, k))
    if (first && anyIn(WHETHER, tokens, k + 1, k + 5) && tokens[k - 1] !== 'you') return true
    if (present && !anyIn(THAT_NOW, tokens, k + 1, k + 4) && (anyIn(SOMETHING, tokens, k + 1, k + 3) || confirmsIt(tokens, k))) return true
  }
  return false
}
const I_OR_WE = new Set(['i', 'we', 'll'])
/** A list or result coming out: "el listado saldrá", "la liste sortira", "la graduatoria uscirà", "the shortlist will be out". */
const RESULT_NOUN = new Set(
  `listado listados lista listas liste list lists shortlist graduatoria classifica classement results result resultados resultado résultats
  résultat risultati risultato esito ergebnisse ergebnis uitslag uitslagen resultaten resultaat lijst wyniki`.split(/\s+/)
)
const COMES_OUT = new Set(
  `out saldrá saldrán sairá sairão sai saem uscirà usciranno sortira sortiront paraîtra paraîtront erscheint erscheinen verschijnt verschijnen ausgehängt`.split(
    ' '
  )
)
/** …but a job advert coming out ("el nuevo anuncio saldrá", "the new posting will be out") says nothing of the candidate. */
const ADVERT = new Set(
  `anuncio anuncios annuncio annunci advert advertisement ad ads posting annonce anzeige stellenanzeige vacature vaga oferta offerta newsletter`.split(
    ' '
  )
)
function resultOut(tokens: readonly string[]): boolean {
  const out = tokens.findIndex((t) => COMES_OUT.has(t))
  return out > 0 && anyIn(RESULT_NOUN, tokens, out - 6, out) && !tokens.some((t) => ADVERT.has(t))
}
/**
 * "(je pense pouvoir) vous répondre vers le 15", "wissen wir mehr", "give us until Friday", "geben Sie uns bis Ende
 * nächster Woche Zeit", "laissez-nous jusqu'à vendredi": the writer answering, knowing, or asking for time to.
 */
const GIVE = new Set(['give', 'geben', 'gib', 'dadnos', 'danos', 'dennos', 'laissez', 'donnez', 'geef', 'dateci', 'dacci', 'deem', 'dêem'])
const US = new Set(['us', 'uns', 'nous', 'ons', 'nos', 'ci'])
const UNTIL_WORDS = new Set(['until', 'till', 'bis', 'hasta', 'jusqu', 'tot', 'fino', 'até'])
function writerAnswers(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]
    if (t === 'répondre' && (tokens[k - 1] === 'vous' || tokens[k - 1] === 'te')) return true
    if (t === 'wissen' && tokens[k + 1] === 'wir') return true
    // "ti so dire qualcosa entro…": I can tell you.
    if (t === 'dire' && tokens[k - 1] === 'so') return true
    // "give us until", "geben Sie uns bis", "laissez-nous jusqu'à", "dadnos hasta": the time asked for comes right after "us".
    if (!GIVE.has(t)) continue
    const us = t.endsWith('nos') || t === 'dacci' ? k : US.has(tokens[k + 1] ?? '') ? k + 1 : US.has(tokens[k + 2] ?? '') ? k + 2 : -1
    if (us >= 0 && UNTIL_WORDS.has(tokens[us + 1] ?? '')) return true
  }
  return false
}
/** A word one of the three rules above or below reads: only sentences with one are read by them (one lookup per word). */
const OWN_WORDS_BIT = 1 << 19
/** Who decides: "the hiring committee", "le comité de direction", "der Vorstand", "la Direção", "el comité", "la commissione". */
const DECIDING_BODY = new Set(
  `committee board panel jury comité comite geschäftsführung vorstand gremium kommission commission comisión comision comissão comissao
  commissie commissione junta direção direcao diretoria direzione consiglio directie`.split(/\s+/)
)
/** …meeting: "meets", "se réunit", "tagt", "se reúne", "reúne-se", "vergadert", "si riunisce", "komt bijeen". */
const MEETS = new Set(
  `meets convenes sits réunit réunira réunissent tagt tagen reúne reúnen reunirá reunirán vergadert vergaderen riunisce riunirà bijeen`.split(
    ' '
  )
)
const MET_READER = new Set(['you', 'vous', 'sie', 'te', 'ti', 'lhe', 'u', 'je'])
const EVERY = new Set(['every', 'each', 'jeden', 'jede', 'chaque', 'tous', 'cada', 'ogni', 'elke', 'todas', 'todos'])
for (const w of [...COMES_OUT, ...MEETS, ...GIVE, 'répondre', 'wissen', 'dire']) CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | OWN_WORDS_BIT)
/** "(Your application goes to) the committee, which meets early December": its decision is due then, a weak promise. */
function bodyMeets(tokens: readonly string[]): boolean {
  for (let k = 0; k < tokens.length; k++)
    if (MEETS.has(tokens[k]) && anyIn(DECIDING_BODY, tokens, k - 8, k))
      return !anyIn(MET_READER, tokens, k + 1, k + 3) && !anyIn(EVERY, tokens, k + 1, k + 4)
  return false
}
/** "Hope to have something for you by…", "we should have something to share with you": an answer promised. */
const HAVE_GET = new Set(['have', 'get', 'with'])
const somethingForYou = (tokens: readonly string[]): boolean =>
  tokens.some((t, k) => t === 'something' && HAVE_GET.has(tokens[k - 1] ?? '') && anyIn(YOU_ONLY, tokens, k + 1, k + 5)) ||
  newsForYou(tokens)
/** Having: "have", "habe", "haben", "tendré", "tendremos", "aurai", "aurons", "heb", "hebben", "terei", "teremos", "avrò", "avremo". */
const HAVE = new Set(`have habe haben hätte hätten tendré tendremos aurai aurons aura heb hebben terei teremos avrò avremo`.split(' '))
/** What is had for the reader: news, dates, an answer, an update ("Neuigkeiten", "fechas", "des nouvelles", "nieuws", "datas", "notizie"). */
const NEWS = new Set(
  `news dates update answer feedback neuigkeiten termine antwort rückmeldung noticias novedades fechas respuesta nouvelles dates réponse nieuws data antwoord novidades datas resposta notizie date risposta`.split(
    ' '
  )
)
const FOR = new Set(['for', 'für', 'para', 'pour', 'voor', 'per'])
const FOR_YOU = new Set(['you', 'sie', 'dich', 'ti', 'usted', 'vous', 'toi', 'je', 'jou', 'u', 'você', 'voce', 'te'])
/** "I should have dates for you early next week", "ich habe Anfang nächster Woche Termine für Sie", "j'aurai des nouvelles pour vous". */
function newsForYou(tokens: readonly string[]): boolean {
  for (let j = 1; j < tokens.length - 1; j++)
    if (FOR.has(tokens[j]) && FOR_YOU.has(tokens[j + 1]) && anyIn(NEWS, tokens, j - 3, j) && anyIn(HAVE, tokens, j - 8, j + 6)) return true
  return false
}
const YOU_ONLY = new Set(['you'])
/** Sent or delivered by them: "HR will send", "the contract will be sent", "vous sera envoyé". */
const SENT = new Set([
  'send',
  'sent',
  'share',
  'inviate',
  'inviati',
  'inviata',
  'inviato',
  'senden',
  'schicken',
  'zugesandt',
  'zugeschickt',
  'enviado',
  'enviada',
  'envoyé',
  'envoyée',
  'verstuurd',
  'gestuurd',
  'inviato',
  'inviata',
  'mandato',
  'mandata',
  'email',
  'emailed',
  'emails',
  // "the offer letter will be released/issued", "wird ausgestellt", "sera émise", "será emitida", "sarà emessa": sent out.
  'issued',
  'released',
  'ausgestellt',
  'émise',
  'émis',
  'emitida',
  'emitido',
  'emessa',
  'emesso'
])
const SEND_DE = new Set(['schicken', 'verschicken', 'senden', 'versenden', 'zuschicken', 'zusenden'])
/** "The head teacher will …": a "will" whose subject is not the reader. */
function othersWill(tokens: readonly string[]): boolean {
  const k = tokens.findIndex((t) => t === 'will' || t === 'll')
  return k > 1 && !READER.has(tokens[0]) && !READER.has(tokens[k - 1])
}
/** "Offers will go out in the new year": issued, as sent (not "go out of the office"). */
const goOut = (tokens: readonly string[], i: number): boolean => tokens[i] === 'go' && tokens[i + 1] === 'out' && tokens[i + 2] !== 'of'
function sentByThem(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++)
    if ((SENT.has(tokens[i]) || goOut(tokens, i)) && !READER.has(tokens[i - 1] ?? '') && tokens[0] !== 'you') return true
  return false
}
const OTHERS = new Set(['them', 'him', 'her', 'your', 'their', 'referee', 'referees'])
/** "he is back", "Bethan's back in the office", "she'll be back on Monday": returning, not coming back to the candidate. */
const BE = new Set(['is', 's', 'be', 'are', 're', 'was', 'were', 'am', 'm', 'been'])
const ME_US = new Set(['me', 'us'])
const MY_NAME = new Set(['me', 'mi', 'm'])
/** "something", "more": what they will tell ("algo", "plus", "qualcosa", "di più", "algo mais"). */
const SOMETHING_MORE = new Set(['algo', 'más', 'mas', 'plus', 'davantage', 'qualcosa', 'più', 'mais', 'quelque'])
/** "a shout", "un toque", "uno squillo", and the verbs that give one ("give you", "je te fais", "te doy", "ti faccio"); "give me/us a shout" asks. */
const ONE = new Set(['a', 'un', 'uno', 'una'])
const GIVE_ONE = new Set(`give giving fais ferai ferons faisons fera doy daré damos daremos faccio farò facciamo faremo`.split(' '))
const BACK_TO = new Set(['you', 'everyone', 'all', 'candidates', 'applicants', 'them'])
/**
 * Promise words that promise nothing here: "back" after "is" (returning), "call" or "ring" asked of the reader ("give me
 * a call", "call us"), and "know" except as "let you know".
 */
export function idlePromiseWord(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]
  // …but "I'll be back to you by Friday", "we'll be back with an answer" come back to the candidate.
  if (t === 'back')
    return BE.has(tokens[i - 1] ?? '') && tokens[i + 1] !== 'with' && !(tokens[i + 1] === 'to' && BACK_TO.has(tokens[i + 2] ?? ''))
  // "we'll be contacting", "you'll be hearing": a progressive promises; "thank you for contacting us", "the hearing" do not.
  if (t === 'hearing' || t === 'contacting' || t === 'reaching') return !BE.has(tokens[i - 1] ?? '')
  // "me llamo", "mi chiamo", "je m'appelle": my name is.
  if (t === 'llamo' || t === 'chiamo' || t === 'appelle') return MY_NAME.has(tokens[i - 1] ?? '')
  // "faremo i colloqui a inizio novembre" is a timetable; "le faremo sapere", "ci faremo sentire" promise.
  if (t === 'faremo' || t === 'farò') return !/^(?:sapere|sentire|avere)$/.test(tokens[i + 1] ?? '')
  // "je vous rappelle que…" reminds, "je me rappelle" remembers; "je vous rappelle d'ici lundi" calls back.
  if (t === 'rappelle') return tokens[i + 1] === 'que' || tokens[i + 1] === 'qu' || MY_NAME.has(tokens[i - 1] ?? '')
  // "an on-call allowance", "on call at weekends": a duty, not a call to the candidate.
  if (t === 'call' && tokens[i - 1] === 'on') return true
  // "te puedo decir algo", "vous en dire plus", "dirle qualcosa di più": telling them something more promises; "es decir",
  // "c'est-à-dire", "vale a dire", "quer dizer" only explain.
  if (TELL_SOMETHING.has(t)) return !anyIn(SOMETHING_MORE, tokens, i + 1, i + 4)
  // "(I'll) give you a shout", "je te fais signe", "te doy un toque", "ti faccio uno squillo": the writer will get in touch.
  if (SHOUT.has(t)) {
    const verb = ONE.has(tokens[i - 1] ?? '') ? i - 2 : i - 1
    return !(GIVE_ONE.has(tokens[verb] ?? '') || (GIVE_ONE.has(tokens[verb - 1] ?? '') && tokens[verb] === 'you'))
  }
  if (t === 'call' || t === 'ring' || t === 'phone' || t === 'telephone')
    return ME_US.has(tokens[i + 1] ?? '') || (tokens[i - 1] === 'a' && ME_US.has(tokens[i - 2] ?? ''))
  return false
}
/** "I know you mentioned…", "let them know": "know" promises only as "let you know", "you'll know", "we'll know". */
function onlyKnowing(tokens: readonly string[]): boolean {
  let knowing = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!PROMISE.has(t)) continue
    if (idlePromiseWord(tokens, i)) {
      knowing = true
      continue
    }
    if (t !== 'know') return false
    const before = tokens[i - 1]
    if (before === 'you' || before === 'll' || before === 'will' || before === 'd' || tokens[i - 2] === 'you') return false
    // "we will let everyone know", "let shortlisted candidates know"; not "let them know", "let your referee know".
    const let_ = tokens.lastIndexOf('let', i)
    if (let_ >= i - 4 && let_ >= 0 && !tokens.slice(let_ + 1, i).some((w) => OTHERS.has(w))) return false
    knowing = true
  }
  return knowing
}
/** "out of the office", "nicht im Büro", "abwesend", "fuera de la oficina", "absent(e) du bureau", "afwezig", "fuori ufficio". */
const AWAY = new Set(['abwesend', 'afwezig', 'ausente', 'assente', 'absent', 'absente'])
function outOfOffice(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (AWAY.has(t)) return true
    if (t === 'office' && tokens[i - 1] === 'the' && tokens[i - 2] === 'of' && tokens[i - 3] === 'out') return true
    if (
      (t === 'oficina' || t === 'ufficio' || t === 'escritório' || t === 'escritorio') &&
      [tokens[i - 1], tokens[i - 2], tokens[i - 3]].some((w) => w === 'fuera' || w === 'fuori' || w === 'fora')
    )
      return true
  }
  return false
}
/** A we-word that is not just after "so that", "para", "damit", "pour que", "zodat", "perché". */
const SO_THAT = new Set(['so', 'para', 'que', 'damit', 'pour', 'zodat', 'om', 'perché', 'affinché', 'can'])
function weActing(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (WE.has(tokens[i]) && !SO_THAT.has(tokens[i - 1] ?? '')) return true
  return false
}
/** "Please find attached…", "please note…", "bitte beachten Sie…", "veuillez trouver…": please that asks for nothing by a day. */
const INFO = new Set([
  'allow',
  'find',
  'note',
  'see',
  'beachten',
  'anbei',
  'trouver',
  'noter',
  'encuentre',
  'encontrar',
  'tenga',
  'tener',
  'vind',
  'encontra',
  'trovare',
  'trova'
])
function informational(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (POLITE.has(tokens[i]) && (INFO.has(tokens[i + 1]) || INFO.has(tokens[i + 2]))) return true
  return false
}
const WE_CONFIRM = new Set([
  'confirm',
  'bestätigen',
  'confirmaremos',
  'confirmaré',
  'confirmerons',
  'confirmerai',
  'bevestigen',
  'confermeremo',
  'confermerò',
  'confirmarei'
])
