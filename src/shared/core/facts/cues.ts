// Over 300 lines: cue word tables for seven languages (promise, deadline, reader, next step); mostly data.
/**
 * What a sentence with a date is about: a promise to the candidate ("you'll hear from us
 * by Friday"), a deadline for the candidate ("please complete it by Friday"), or neither
 * ("the interview is on Friday"). And the next step it names. Token lookups only.
 */

import { anyIn, anyOf, wordSet as words } from './token-sets'
import { MORE_PROMISE, MORE_WEAK_PROMISE } from './promise-words'

/** They will come back: hear, decision, update, Rückmeldung, respuesta, retour, terugkoppeling, resposta, riscontro… */
export const PROMISE = words(`
hear heard back decision decide decided decisions update updates respond response reply feedback news touch know results outcome contact process write close finalize finalise finalized finalised
timeline timeframe expect expected aim plan wrap finalize finalise conclude reviewing review reviews reach follow circle notified notify inform revert answer outcome ping mail
streven streeft streben
decides entscheidet décide décidera decidirá beslist deciderà
zukommen
reviens revenons recontacte tiens
aviso contaremos cuento contarte
aggiorno aggiorniamo sentiamo sentiremo risentiamo rispondiamo rispondo respondemos respondo répondons
digo diré look call
zurückmelden kontaktieren kontakt entscheiden mitteilen benachrichtigen feedback abschließen abgeschlossen schreiben schreibe auswahl
responder respondemos contactar avisaremos avisaré escribiremos sabrás sabrá novedad decidir decidiremos resolución comunicar comentaremos feedback
reviendrai revenir répondrons contacter informer communiquerons ferons saurez préviendrons écrirons écrire conclure feedback
weet weten contact opnemen informeren beslissen antwoord uitsluitsel nieuws berichten mailen
responderemos entraremos entrarei informaremos comunicaremos avisaremos saberá feedback devolutiva posição posicionamento parecer escreverei contactaremos contactar decidir
ricontatterò contatterò scriverò scriveremo comunicheremo comunicherò farò aggiornerò feedback ritorno riscontri decidere concludere
rückmeldung hören hört höre hoort hoor horen melden melde meldet entscheidung entscheiden informieren bescheid nachricht antwort ergebnis zurückkommen zurück
respuesta respuestas noticias contestaremos contestaré contestar escribo escribiré cerrar proceso decisión decision contactaremos contactaremos informaremos comunicaremos responderemos diremos resultado novedades
retour informé informée informés tiendrai tiendrons processus finaliser reviendrons reviendrai reviendra nouvelles décision réponse recontacter recontacterons contacterons informerons tiendrons résultat
terugkoppeling besluit terug verwachten laten weten bericht reactie beslissing horen uitslag terugkomen koppelen
resposta retorno retornar volto processo concluir notícias noticias decisão decisao contato contacto retornaremos daremos resultado novidades
riscontro risposta risponderemo risponderò chiudere selezione notizie decisione aggiorneremo faremo sapere ricontatteremo contatteremo esito aggiornamento
outcomes communicated notified contacted informed contamos decimos avisamos escribimos llamamos llamaremos résultats communiqué communiqués communiquée communiquées recontactons rappellerons
avisamos ligamos ligaremos retornamos chiamiamo richiameremo contattiamo bellen bel
ready fertig bereit listo lista listos prêt prête prêts klaar pronto pronta prontos pronti
contestamos contesto contestaré notificaremos escribiremos llamaremos scrivo sagen sage tell gehoord gehört
commits committed engage compromete comprometemos impegna impegniamo verpflichtet
contactará comunicará informará responderá avisará escribirá llamará contactera informera répondra écrira
entrará contatterà risponderà comunicherà informerà scriverà chiamerà verbindung teilen knoop doorhakken
ring phone telefonieren anrufen
publicado publicada publicados publicadas publié publiée publiés publiées veröffentlicht gepubliceerd published posted pubblicata pubblicato pubblicati pubblicate publicarán publicará publicaremos
enviará enviaremos enviaré enverra enverrons enverrai schickt sendet stuurt sturen invierà invieremo invierò manderà manderemo manderò manda
recibirás recibirá recevrez recevra riceverà riceverai ontvangt receberá receberás
respondemos contactamos
répondons contactons reviens donnerons
facciamo sapere scriviamo rispondiamo
contacting hearing shortlisting shortlist reaching aiming
contactando contatando avisando llamando
contactada contactado contactadas contactados contatada contatado contatadas contatados
recontacté recontactée recontactés recontactées contacté contactée contactés contactées
kontaktiert benachrichtigt gecontacteerd gebeld gemaild
contattato contattata contattati contattate ricontattato ricontattata ricontattati ricontattate
chiamo richiamo llamo ligo appelle appellerai appellerons rappellerai
`)

/**
 * Promise words that also name other things ("the process", "review the attached", "we plan the
 * interview for Friday"): a sentence with only these promises less than one that says they will
 * answer, and loses to it when both name a day.
 */
export const WEAK_PROMISE = words(`
process proceso processus processo review reviews reviewing close cerrar chiudere finalize finalise finalized finalised finaliser conclude concluir concludere wrap plan aim expect expected
streven streeft streben
reach follow circle look call timeline timeframe selezione auswahl abschließen abgeschlossen ring phone telefonieren anrufen telephone rappelle
shortlisting shortlist reaching aiming
ready fertig bereit listo lista listos prêt prête prêts klaar pronto pronta prontos pronti
`)
for (const w of MORE_PROMISE) PROMISE.add(w)
for (const w of MORE_WEAK_PROMISE) {
  PROMISE.add(w)
  WEAK_PROMISE.add(w)
}

/** The candidate must act: complete, submit, sign, reply by… */
export const DEADLINE = words(`
confirmas confirmes confirma confirmá retourner
complete completed completing submit submission return sign signed accept acceptance deadline expires expire expiry valid confirm rsvp send answer
frist einreichen reichen senden schicken bearbeiten zurücksenden unterschreiben gültig bestätigen annehmen
completar completa completarla completarlo completes tienes envía envia enviar entregar plazo firmar aceptar válida valida vence confirmar
répondre repondre compléter completer soumettre renvoyer signer accepter valable expire confirmer limite
invullen afronden insturen indienen ondertekenen geldig bevestigen accepteren uiterlijk
concluir conclua submeter assinar assine envie complete prazo aceitar válida confirme
completare inviare firmare accettare scadenza scade confermare
bekræfte bekrefte bekräfta frist fristen underskrive signere returnere vahvistaa
`)

/** A deadline whoever says it: "must be completed within 7 days", "Expires: November 9", "Frist", "plazo". */
export const STRONG_DEADLINE = words(
  `active actif attivo activo ativo aktiv deadline expires expire expiry valid stands must frist gültig muss vence válida valida debe valable doit limite geldig moet deve validade scadenza scade müssen musst deberás deberá devrez devra dovrai dovrà deverá`
)

/** A polite imperative: the reader is asked to act. */
export const POLITE = words(`please kindly bitte favor favore pedimos veuillez graag preghiamo chiediamo cortesia`)

/** We, the writer's side, as the subject: "we will…" is a promise, not a request. */
export const WE = words(`we i wir ich nous wij we ik nosotros yo nós eu noi io`)

/** Asking the reader: please, you, bitte, Sie, por favor, veuillez, graag, favor, per favore… */
export const TO_CANDIDATE = words(`
please you your kindly bitte sie ihre ihr du dich dein deine por favor tu su usted tienes le veuillez merci vous votre graag u uw je jouw você voce seu sua
la preghiamo ti tuo tua lei prego chiediamo puoi pouvez podrías podrias kannst können kun kunt pode poderia
deg dig ditt dit sinulle sinua sinun
`)

/** Not a promise after all: "we can't give a timeline", "no decision yet". */
export const NO_TIMELINE = words(
  `unable cannot can't not no yet unclear unsure nicht noch kein keine todavía aún no pas encore geen nog niet ainda não ancora`
)

export interface NextStepRule {
  label: string
  words: Set<string>
}

/** The next step named, first match wins. */
export const NEXT_STEPS: readonly NextStepRule[] = [
  { label: 'an offer', words: words('offer angebot oferta offre aanbod proposta') },
  {
    label: 'another interview round',
    words: words('round rounds onsite on-site panel runde gesprächsrunde ronda tour entretien ronde gesprek rodada turno colloquio')
  },
  {
    label: 'references',
    words: words('references reference referees referenzen referencias références referenties referências referenze')
  },
  { label: 'a background check', words: words('background hintergrundprüfung antecedentes antécédents antecedentes') },
  {
    label: 'an assessment',
    words: words(
      'assessment take-home challenge exercise test case probeaufgabe testaufgabe prueba ejercicio exercice opdracht teste exercício prova esercizio'
    )
  },
  {
    label: 'a decision',
    words: words(
      'decision decide entscheidung entscheiden decisión decidir décision décider beslissing beslissen decisão decidir decisione decidere'
    )
  }
]

/** The sentence is about what happens next. */
export const NEXT_STEP_CUES = words(
  `next step steps stage moving move forward advance nächste nächsten schritt schritte weiter siguiente siguientes paso pasos próximo próxima prochaine étape étapes volgende stap stappen próximo passo passos prossimo prossima passo passaggio fase invite invitar inviter uitnodigen convidar invitare`
)

/** Interview slots asked for ("your availability for the week of Nov 16"): dates, but no deadline. */
export const AVAILABILITY = words(
  `availability available verfügbarkeit verfügbar disponibilidad disponible disponibilité disponibles beschikbaarheid beschikbaar disponibilidade disponível disponibilità disponibile`
)

/** The candidate is asked to answer: "let me know", "fammi sapere", "nous attendons votre réponse", "wil je … laten weten". */
export const ASK_REPLY = words(
  `confírmame confirmame fammi fateci avísame avísanos dime hazme avise attendons attendiamo aguardamos await awaiting
  gebeten ersucht verzocht ruega prega farmi farci faccia farebbe vouloir
  mandame mandanos avisame avisanos escribime escribinos contame decime enviame envianos
  mandaci mandami inviaci inviami scrivici scrivimi confermaci confermami facci comunicaci comunicami
  bedes ombedes bekræft bekreft bekräfta kerro kerrothan ilmoita ilmoitathan vahvista vahvistathan`
)
/** Words that make a date a limit: "by November 20", "bis Freitag", "avant lundi". */
export const BY_WORDS = words(
  `by until before bis spätestens antes hasta avant ici voor vóór uiterlijk até entro tomorrow morgen mañana demain amanhã domani
  senest senast innen inden innan mennessä huomenna`
)

const PRONOUNS = new Set(['le', 'la', 'l', 'les', 'nous', 'me', 'm', 'lui', 'leur', 'y', 'en'])
const THANKS_FOR = new Set(['votre', 'vos', 'ton', 'ta', 'tes', 'avoir', 'être', 'etre', 'cette', 'ce', 'la', 'le', 'l'])

/** "we need", "we look forward to receiving", "wir benötigen": followed by "your …", the writer waits on the reader. */
const NEED_OR_RECEIVE = new Set([
  'need',
  'needs',
  'require',
  'receive',
  'receiving',
  'brauchen',
  'benötigen',
  'erhalten',
  'auf',
  'necesitamos',
  'necesitaríamos',
  'recibir',
  'besoin',
  'recevoir',
  'nodig',
  'ontvangen',
  'precisamos',
  'necesito',
  'necesita',
  'preciso',
  'brauche',
  'bisogno',
  'precisaríamos',
  'receber',
  'bisogno',
  'ricevere',
  'behöver',
  'behøver',
  'trenger',
  'tarvitsen',
  'tarvitsemme'
])
const READERS_OWN = new Set([
  'que',
  'che',
  'dass',
  'your',
  'ihre',
  'ihren',
  'deine',
  'deinen',
  'tu',
  'su',
  'votre',
  'vos',
  'ta',
  'je',
  'jouw',
  'uw',
  'sua',
  'seu',
  'tua',
  'vostra',
  'ditt',
  'dit',
  'din',
  'sinun'
])

/** "let her know", "let them know"; "(if you could / please) let Rachel know"; "we'll let everyone know" is their promise. */
const THIRD_PERSON = new Set(['her', 'him', 'them'])
const ASKING = new Set(['you', 'please', 'kindly'])
const EVERYONE = new Set(['you', 'everyone', 'everybody', 'all', 'candidates', 'us', 'me'])
const KNOW = new Set(['saber', 'know', 'wissen', 'savoir', 'sapere', 'weten'])
const TELL_DE = new Set(['geben', 'gib', 'gebt', 'sagen', 'sag', 'sagt'])
/** Portuguese and Spanish asks after "me"/"nos": "(me) avisa", "(nos) dê", "(me) confirmas". */
const TELL_US = new Set([
  'conferma',
  'dia',
  'dica',
  'faccia',
  'mandi',
  'invii',
  'confermi',
  'avisa',
  'avise',
  'avisem',
  'avisas',
  'dê',
  'diga',
  'digas',
  'confirma',
  'confirme',
  'confirmas',
  'responda',
  'respondas',
  'mande',
  'mandes',
  'envie',
  'envíes'
])
const UIT = new Set(['uit'])
const INVITED = new Set([
  'invitata',
  'invitato',
  'invitati',
  'invitate',
  'invité',
  'invitée',
  'invités',
  'invitées',
  'invitado',
  'invitada'
])
/** "von Ihnen", "from you", "de vous", "van je", "da te", "fra deg", "från dig" from token `from` on. */
const FROM = new Set(['von', 'from', 'de', 'van', 'da', 'fra', 'från'])
const YOU_AFTER_FROM = new Set([
  'ihnen',
  'dir',
  'euch',
  'you',
  'vous',
  'ti',
  'usted',
  'je',
  'u',
  'jou',
  'te',
  'lei',
  'voi',
  'deg',
  'dig',
  'dere',
  'você',
  'vocês'
])
function fromYou(tokens: readonly string[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 14); k++)
    if (FROM.has(tokens[k]) && YOU_AFTER_FROM.has(tokens[k + 1])) return true
  return false
}
/** "let me know", "let us know", "laat me weten", "lass mich wissen", "wil je … laten weten", "we need your answer by…". */
export function asksForReply(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length - 1; i++) {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]]
    // "we'd need your answer by Monday", "graag ontvangen we je reactie", "wir freuen uns auf Ihre Rückmeldung bis…".
    // …but Dutch "ik nodig je uit" invites (uitnodigen), it needs nothing.
    const invites = a === 'nodig' && anyIn(UIT, tokens, i + 1, i + 6)
    if (NEED_OR_RECEIVE.has(a) && !invites && (a !== 'auf' || tokens[i - 1] === 'uns') && anyIn(READERS_OWN, tokens, i + 1, i + 4))
      return true
    // "Necesitaríamos saber algo antes del viernes", "we need to know by Friday": the writer waits on the reader's word.
    if (NEED_OR_RECEIVE.has(a) && (KNOW.has(b) || (b === 'to' && KNOW.has(c)))) return true
    // "brauche ich … folgende Unterlagen von Ihnen", "vi trenger svar fra deg": what the writer needs comes from the reader.
    if (NEED_OR_RECEIVE.has(a) && a !== 'auf' && fromYou(tokens, i + 1)) return true
    // "give us your answer by Friday", "send me your availability": what the writer needs comes from the reader.
    if ((a === 'give' || a === 'send') && (b === 'us' || b === 'me') && anyIn(READERS_OWN, tokens, i + 2, i + 4)) return true
    // "let me know", "laat ons (even) weten", "lassen Sie uns wissen", "let me have your answer"; not "let me check and come
    // back to you tomorrow", "let me get back to you by Friday", which is the writer's own doing.
    if (
      (a === 'let' || a === 'laat' || a === 'lass' || a === 'lassen') &&
      (b === 'me' || b === 'us' || b === 'ons' || b === 'mich' || b === 'uns' || c === 'uns') &&
      (anyIn(KNOW, tokens, i + 2, i + 6) || tokens[i + 2] === 'have' || tokens[i + 2] === 'hear')
    )
      return true
    // "If you could let her know by Monday", "let Rachel know": someone on their side waits on the reader.
    if (
      a === 'let' &&
      c === 'know' &&
      (THIRD_PERSON.has(b) || anyIn(ASKING, tokens, i - 4, i)) &&
      !EVERYONE.has(b) &&
      !anyIn(WE, tokens, i - 3, i)
    )
      return true
    // "Geben Sie mir bis Montag Bescheid", "gib uns Bescheid"; "wir geben Ihnen Bescheid" is their promise.
    if (TELL_DE.has(a) && (b === 'sie' || b === 'mir' || b === 'uns') && tokens.includes('bescheid')) return true
    // "Me avisa até amanhã", "nos avise", "me avisas", "agradecemos que nos dê uma resposta até sexta".
    // …and Italian "mi dia una risposta entro il 15", "ci faccia sapere entro venerdì".
    if ((a === 'me' || a === 'nos' || a === 'mi' || a === 'ci') && TELL_US.has(b) && tokens.some((t) => BY_WORDS.has(t))) return true
    if (a === 'wil' && b === 'je') return true
    // "La S.V. è invitata a comunicare…", "vous êtes invité à confirmer…": invited to do something is asked.
    if (INVITED.has(a) && (b === 'a' || b === 'à') && /(?:re|er|ir|ar)$/.test(c ?? '')) return true
    // "Laat je uiterlijk donderdag weten…?": the reader is asked.
    if (i === 0 && a === 'laat' && (b === 'je' || b === 'u')) return true
    // "Merci de nous confirmer…" asks; "merci de votre patience" and "merci d'avoir…" thank.
    if (a === 'merci' && (b === 'de' || b === 'd') && !THANKS_FOR.has(c)) return true
    // "Merci de le faire avant le 12", "merci de les renvoyer": a pronoun and a verb ask; "merci de la confiance" thanks.
    if (a === 'merci' && (b === 'de' || b === 'd') && PRONOUNS.has(c) && /(?:er|ir|re)$/.test(tokens[i + 3] ?? '')) return true
  }
  return false
}

/** "The case study is due (back) on Friday": something the candidate hands in; "due to the holidays" is a reason. */
export function isDue(tokens: readonly string[]): boolean {
  // English only: "is due", "due back", "due by"; Italian "due settimane" is two weeks.
  for (let i = 0; i < tokens.length; i++)
    if (tokens[i] === 'due' && (DUE_BEFORE.has(tokens[i - 1]) || DUE_AFTER.has(tokens[i + 1]))) return true
  return false
}
const DUE_BEFORE = new Set(['is', 'are', 'be', 'being', 's', 'was'])
const DUE_AFTER = new Set(['back', 'by', 'on', 'before', 'no'])

/** German "wir kommen bis Freitag auf Sie zu": a promise spelled in three words. */
export function comesBackTo(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length - 2; i++)
    if (tokens[i] === 'auf' && (tokens[i + 1] === 'sie' || tokens[i + 1] === 'dich' || tokens[i + 1] === 'euch') && tokens[i + 2] === 'zu')
      return true
  return false
}

/** "won't", "can't", "not" before a promise word: "we can't give you a timeline yet". */
const TIMELINE_WORDS = new Set([
  'timeline',
  'timeframe',
  'zeitplan',
  'plazos',
  'calendrier',
  'tijdlijn',
  'prazo',
  'tempistiche',
  'fecha',
  'data',
  'datum'
])
/** "…, but we hope to decide next week": a refusal followed by a promise is a promise. */
const CONTRAST = new Set(['but', 'however', 'aber', 'jedoch', 'pero', 'mais', 'maar', 'toch', 'mas', 'porém', 'ma', 'però'])
/**
 * "We can't give you a timeline yet": a negation just before the timeline word, and no "but".
 * Portuguese "no prazo de duas semanas" is "within two weeks", not a refusal.
 */
export function refused(tokens: readonly string[]): boolean {
  if (!anyOf(NO_TIMELINE, tokens)) return false
  // "…, but we have no date yet" refuses after the "but"; "no timeline yet, but we hope to decide next week" promises.
  let from = 0
  for (let k = 0; k < tokens.length; k++) if (CONTRAST.has(tokens[k])) from = k + 1
  for (let k = from; k < tokens.length; k++) {
    if (!TIMELINE_WORDS.has(tokens[k])) continue
    if (tokens[k - 1] === 'no' && tokens[k] === 'prazo') continue
    for (let j = Math.max(from, k - 4); j < k; j++)
      if (NO_TIMELINE.has(tokens[j]) && !(tokens[j] === 'no' && tokens[k] === 'prazo')) return true
  }
  return false
}

/** The reader named unambiguously (not "la", "le", "je", which are also articles or "I"). */
export const READER = new Set([
  'you',
  'your',
  'sie',
  'ihnen',
  'du',
  'dich',
  'dir',
  'tú',
  'usted',
  'vous',
  'votre',
  'você',
  'voce',
  'ti',
  'te',
  'jij',
  'jouw',
  'u',
  'uw'
])

/** Asked of the reader after "please": "please reply", "bitte geben Sie uns Bescheid", "por favor responde". */
export const ANSWER_VERBS = new Set([
  'reply',
  'respond',
  'answer',
  'bescheid',
  'antworten',
  'melden',
  'responde',
  'responda',
  'contesta',
  'conteste',
  'reageren',
  'responder',
  'rispondi',
  'risponda',
  'rispondere'
])

export const AT_THE_LATEST = new Set([
  'tra',
  'fra',
  'between',
  'zwischen',
  'entre',
  'tussen',
  'latest',
  'spätestens',
  'tardar',
  'tarde',
  'máximo',
  'maximo',
  'massimo',
  // "el martes o como mucho el miércoles", "najpóźniej", "senast": at most, at the latest.
  'mucho',
  'najpóźniej',
  'senast',
  'tard',
  'uiterlijk',
  'tardi',
  'or',
  'oder',
  'ou',
  'of',
  'o'
])
