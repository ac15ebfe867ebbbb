/**
 * Sentences that look like a promise or an ask and are not, and asks said in few words: "I promise" (a promise kept
 * short), "As promised, …" (kept in this very mail), "I'm on leave, so reply to this address" (where the writer is),
 * "ring the bell" (a door, not a call), "you have 3 days to complete it" (the candidate's limit). Token lookups only;
 * roles.ts reads a sentence with them.
 */
import { PROMISE } from './cues'
import { anyIn } from './token-sets'
import { UNITS } from './words'

/** "I promise", "we promise", and the first-person forms that need no pronoun: "verspreche", "promets", "prometo", "beloof". */
const PROMISE_NOW = new Set([
  'verspreche',
  'versprechen',
  'promets',
  'promettons',
  'prometo',
  'prometemos',
  'beloof',
  'beloven',
  'prometto',
  'promettiamo'
])
export function promisesNow(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'promise' && (tokens[i - 1] === 'i' || tokens[i - 1] === 'we')) return true
    if (
      PROMISE_NOW.has(tokens[i]) &&
      tokens[i + 1] !== 'nicht' &&
      tokens[i + 1] !== 'niet' &&
      tokens[i - 1] !== 'no' &&
      tokens[i - 1] !== 'pas'
    )
      return true
  }
  return false
}

/** "Você tem até 3 dias para concluir o teste", "you have 5 days to complete it", "Sie haben 3 Tage Zeit, um…". */
const YOU_HAVE = new Set(['hast', 'avez', 'hebt', 'hai', 'tienes', 'dispones', 'masz', 'macie'])
/** Forms shared with "we"/"they" ("we have", "sie haben", "ele tem"): only after "you", "Sie", "você", "u", "Lei", "usted". */
const HAVE = new Set(['tem', 'have', 'haben', 'heeft', 'ha', 'tiene', 'dispone'])
const YOU_FORMAL = new Set(['you', 'sie', 'você', 'voce', 'u', 'lei', 'usted'])
const TO_DO = new Set(['para', 'to', 'pour', 'per', 'om', 'um', 'zeit', 'na'])
/** "Você tem até 23/10 para…", "you have until Friday to…", "tienes hasta el 10 para…": a limit, then what to do. */
const UNTIL = new Set(['até', 'ate', 'until', 'hasta', 'jusqu', 'bis', 'tot', 'fino', 'do'])
export function youHaveDaysTo(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!YOU_HAVE.has(tokens[i]) && !(HAVE.has(tokens[i]) && YOU_FORMAL.has(tokens[i - 1] ?? ''))) continue
    for (let j = i + 1; j <= i + 5 && j < tokens.length; j++)
      if (UNITS.has(tokens[j]) && (TO_DO.has(tokens[j + 1] ?? '') || TO_DO.has(tokens[j + 2] ?? ''))) return true
    if (UNTIL.has(tokens[i + 1] ?? '') && anyIn(TO_DO, tokens, i + 3, i + 12)) return true
    // Polish "masz na to 72 godziny": what it is for first, then how long.
    if (TO_DO.has(tokens[i + 1] ?? '') && tokens.slice(i + 2, i + 6).some((t) => UNITS.has(t))) return true
  }
  return false
}
/** "ring the bell/doorbell/buzzer" is the only promise word: directions to the door. */
const BELL = new Set(['bell', 'doorbell', 'buzzer', 'intercom'])
export const ringsABell = (tokens: readonly string[]): boolean =>
  tokens.some((t, i) => t === 'ring' && BELL.has(tokens[i + 2] ?? '')) && tokens.filter((t) => PROMISE.has(t)).length === 1
/** "as promised", "comme promis", "come promesso", "wie versprochen", "como prometido", "zoals beloofd" opening the sentence. */
const AS = new Set(['as', 'comme', 'come', 'wie', 'como', 'conforme', 'zoals'])
const PROMISED = new Set(['promised', 'promis', 'promesso', 'versprochen', 'prometido', 'prometimos', 'prometí', 'beloofd'])
export const keptNow = (tokens: readonly string[]): boolean => AS.has(tokens[0]) && PROMISED.has(tokens[1] ?? '')
/** The writer away: "I'm on leave/out/away", "im Urlaub", "estou fora", "estoy de vacaciones", "en congé", "in ferie", "op vakantie". */
const AWAY_NOW = new Set(
  `leave holiday holidays vacation away out off fieldwork travelling traveling urlaub unterwegs fora férias ferias fuera vacaciones congé congés déplacement ferie fuori vakantie vrij`.split(
    ' '
  )
)
const I_AM = new Set(['m', 'am', 'bin', 'estou', 'estoy', 'suis', 'sono', 'ben'])
export function writerAway(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (I_AM.has(tokens[i]) && (tokens[i] !== 'm' || tokens[i - 1] === 'i') && anyIn(AWAY_NOW, tokens, i - 4, i + 6)) return true
  return false
}
/** Promise words that only say how to write: "reply to this address", "checking mail", "ich schreibe Ihnen", "responder". */
export const MAIL_ONLY = new Set([
  'mail',
  'email',
  'emailing',
  'reply',
  'respond',
  'responder',
  'schreibe',
  'schreiben',
  'write',
  'escribo',
  'écris',
  'scrivo',
  'mailen'
])

/** "We are pleased to inform you", "I am delighted to tell you", "Wir freuen uns, Ihnen mitteilen zu können", "nous avons le plaisir de vous informer": telling now, not promising. */
/** …and with regret: "Leider muss ich Ihnen heute mitteilen", "we regret to inform you", "lamentamos informarle". */
const PLEASED = new Set([
  'leider',
  'regret',
  'lamentamos',
  'lamento',
  'regrettons',
  'regrette',
  'dispiace',
  'spiacenti',
  'helaas',
  'infelizmente',
  'pleased',
  'delighted',
  'happy',
  'glad',
  'freuen',
  'freue',
  'plaisir',
  'complace',
  'agrada',
  'piacere',
  'lieto',
  'lieti',
  'prazer',
  'blij',
  'verheugd'
])
const TELL_NOW = new Set([
  'inform',
  'tell',
  'confirm',
  'let',
  'mitteilen',
  'informieren',
  'informer',
  'annoncer',
  'informar',
  'informarle',
  'informarte',
  'comunicar',
  'comunicarle',
  'comunicarte',
  'comunicare',
  'comunicarle',
  'informare',
  'laten',
  'melden',
  'informeren'
])
export function tellsNow(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) if (PLEASED.has(tokens[i]) && anyIn(TELL_NOW, tokens, i + 1, i + 6)) return true
  return false
}

/** "They'd like an answer by Friday", "we would need your decision by…", "we want a reply by": the reader is to answer. */
const WANT = new Set(['like', 'want', 'need', 'needs', 'wants'])
const AN_ANSWER = new Set(['answer', 'decision', 'reply', 'response', 'confirmation'])
export function wantsAnswer(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length - 2; i++)
    if (
      WANT.has(tokens[i]) &&
      (tokens[i + 1] === 'an' || tokens[i + 1] === 'your' || tokens[i + 1] === 'a') &&
      AN_ANSWER.has(tokens[i + 2])
    )
      return true
  return false
}

/** "Please log in and enter…", "please book a slot…": "please" opening the sentence with a thing to do, not "please note/allow/expect". */
const TO_DO_VERBS = new Set([
  'log',
  'enter',
  'book',
  'schedule',
  'upload',
  'fill',
  'provide',
  'select',
  'choose',
  'pick',
  'click',
  'register',
  'complete',
  'submit',
  'send',
  'return',
  'sign',
  'confirm',
  'reply',
  'respond'
])
export const pleaseDo = (tokens: readonly string[]): boolean => tokens[0] === 'please' && TO_DO_VERBS.has(tokens[1] ?? '')

/**
 * Asks with a limit in Swedish and Polish: "Kan du bekräfta senast fredag?", "Säg till senast den 13 november", "Proszę o
 * potwierdzenie do piątku" (the imperative or infinitive, not "vi meddelar", "jag svarar").
 */
const ASK_SV = new Set(['bekräfta', 'säg', 'svara', 'meddela', 'återkom', 'hör'])
const PLEASE_PL = new Set(['proszę', 'prosze', 'prosimy'])
export const asksByLimit = (tokens: readonly string[]): boolean =>
  (tokens.includes('senast') && tokens.some((t) => ASK_SV.has(t))) || (tokens.includes('do') && tokens.some((t) => PLEASE_PL.has(t)))

/** Every word one of the rules above needs to see: a sentence without one skips them all (read in roles.ts's one pass). */
export const ASIDE_TRIGGERS: ReadonlySet<string> = new Set([
  'promise',
  ...PROMISE_NOW,
  ...YOU_HAVE,
  ...HAVE,
  ...I_AM,
  ...PLEASED,
  ...WANT,
  ...PLEASE_PL,
  'senast',
  'please',
  'ring'
])
