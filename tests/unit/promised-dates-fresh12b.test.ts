/**
 * Promised dates, round 12b (issue 11, helper dates12, 5 Dec 2026): phrasings found missing while probing new sentences
 * after the training-19/21/22 causes (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { checkRespondBy, replyMail } from '../support/promised-dates'

const check = checkRespondBy

describe('"let me get back to you by Friday" is the writer\'s promise, not the candidate\'s limit', () => {
  check([
    ['Let me get back to you by Friday.', '2026-11-06', '2026-11-06'],
    ['Let me check with the team and come back to you on Monday.', '2026-11-09', '2026-11-09'],
    ['Lass mich das mit der Chefin klären, ich melde mich morgen.', '2026-11-06', '2026-11-06'],
    ['Laat me even overleggen, ik laat het je morgen weten.', '2026-11-06', '2026-11-06']
  ])
})

describe('…while "let me know", "laat ons weten", "let me have" still ask the candidate', () => {
  it.each([
    ['Let me know by Friday whether Tuesday works.', '2026-11-06'],
    ['Laat ons uiterlijk vrijdag weten of het lukt.', '2026-11-06'],
    ['Lassen Sie uns bis Freitag wissen, ob es passt.', '2026-11-06'],
    ['Please let me have the signed form by Monday.', '2026-11-09'],
    ['Give us your answer by Friday.', '2026-11-06']
  ])('%s', (text, deadline) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBeNull()
  })
})

describe('time asked for ("give us until", "geben Sie uns bis … Zeit", "laissez-nous jusqu\'à"), "wissen wir mehr", "vous répondre"', () => {
  check([
    ['Give us until the end of next week.', '2026-11-13', '2026-11-13'],
    ['Dadnos hasta final de mes.', '2026-11-30', '2026-11-30'],
    ["Laissez-nous jusqu'à vendredi.", '2026-11-06', '2026-11-06'],
    ['Geben Sie uns bis Ende nächster Woche Zeit.', '2026-11-13', '2026-11-13'],
    ['Spätestens übernächste Woche wissen wir mehr.', '2026-11-20', '2026-11-20'],
    ['Je pense pouvoir vous répondre vers le 15.', '2026-11-15', '2026-11-15'],
    ['Calculo que para el viernes ya sabremos algo.', '2026-11-06', '2026-11-06'],
    ['Contamos tener una respuesta en torno al 20.', '2026-11-20', '2026-11-20'],
    // "en principio" is "in principle", not early in the week.
    ['En principio la semana que viene tendremos una respuesta.', '2026-11-13', '2026-11-13']
  ])
})

describe('…but "merci de me répondre", "pouvez-vous nous répondre" ask the candidate', () => {
  it.each([
    ['Merci de me répondre avant vendredi.', '2026-11-06'],
    ['Pouvez-vous nous répondre avant vendredi ?', '2026-11-06']
  ])('%s', (text, deadline) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBeNull()
  })
})

describe('"after the interview on Tuesday 10th, within a week" in every language: the week counts from the interview', () => {
  check([
    ['Tras la entrevista del martes 10, te respondemos en un máximo de una semana.', '2026-11-17', '2026-11-17'],
    ['Après votre entretien du mardi 10 novembre, nous vous répondrons sous huit jours.', '2026-11-18', '2026-11-18'],
    ['Na het gesprek van dinsdag 10 november hoor je binnen een week van ons.', '2026-11-17', '2026-11-17'],
    ['Dopo il colloquio di martedì 10 novembre ti daremo una risposta entro una settimana.', '2026-11-17', '2026-11-17'],
    ['Po rozmowie we wtorek 10 listopada odezwiemy się w ciągu tygodnia.', '2026-11-17', '2026-11-17'],
    ['Efter intervjun tisdag 10 november får du besked inom en vecka.', '2026-11-17', '2026-11-17'],
    ['Etter intervjuet tirsdag 10. november hører du fra oss innen en uke.', '2026-11-17', '2026-11-17'],
    // …while a day named after the event is the promise itself.
    ['Nach dem Gespräch am Dienstag, 10. November, melden wir uns bis Ende nächster Woche.', '2026-11-13', '2026-11-13'],
    ['Die Liste wird nächste Woche ausgehängt.', '2026-11-13', '2026-11-13']
  ])
})

describe('"the week after (the interviews)" is the next calendar week to its Friday; "the week following the exam" the seven days after', () => {
  check([
    ['The interviews are on Tuesday 10 November. We hope to make a decision the week after the interviews.', '2026-11-20', '2026-11-20'],
    ["The panel sits on Tuesday 10 November. I'll come back to you the week after.", '2026-11-20', '2026-11-20'],
    ['The exam is on Tuesday 10 November. You will hear from us in the week following the exam.', '2026-11-17', '2026-11-17']
  ])
})

describe('more events a count starts from ("notre rencontre", "l\'entrevue", "the final round", "efter intervjun", "post the interview")', () => {
  check([
    ['Nous nous voyons le mardi 10 novembre. Je vous répondrai sous huit jours après notre rencontre.', '2026-11-18', '2026-11-18'],
    [
      "L'entrevue aura lieu le mardi 10 novembre. Une réponse vous sera transmise dans les deux semaines suivant l'entrevue.",
      '2026-11-24',
      '2026-11-24'
    ],
    ['The final round is on Tuesday 10 November. After the final round you will hear from us within a week.', '2026-11-17', '2026-11-17'],
    ['Intervjun är tisdag 10 november. Du får besked inom två veckor efter intervjun.', '2026-11-24', '2026-11-24'],
    [
      'The interview is on Tuesday 10 November. The result will be communicated within 3 working days post the interview.',
      '2026-11-13',
      '2026-11-13'
    ],
    ['De assessmentdag is op dinsdag 10 november. Binnen een week na de assessmentdag hoor je de uitslag.', '2026-11-17', '2026-11-17']
  ])
})

describe('a weekday with its date after it ("vendredi le 20", "quarta-feira, 18/11", "antes del 20"): the date says which', () => {
  check([
    ["Je te reviens d'ici vendredi le 20.", '2026-11-20', '2026-11-20'],
    ['A resposta sai até quarta-feira, 18/11.', '2026-11-18', '2026-11-18'],
    ['Retomamos las entrevistas en la segunda quincena y te avisamos antes del 20.', '2026-11-20', '2026-11-20']
  ])
})

describe('a day, then "after that" said last: the answer follows that day; Halloween is a day', () => {
  check([
    ['Our board meets on Tuesday 10 November and I can only confirm after that.', '2026-11-11', '2026-11-13'],
    ['Der Vorstand tagt am 10. November, ich melde mich danach.', '2026-11-11', '2026-11-13'],
    ['We will decide on Tuesday 10 November and let you know after that.', '2026-11-11', '2026-11-13'],
    // …"danach" not said last belongs to something else.
    ['Ich melde mich am Freitag, danach ist Urlaub.', '2026-11-06', '2026-11-06']
  ])
  check([['I will telephone you either way before Halloween.', '2026-10-30', '2026-10-30']], '2026-10-16T09:00:00Z', 60)
})

describe('"te llamaré", "ti so dire", "endéans la semaine", "avklart", "een selectie" in week 47', () => {
  check([
    ['Si sigues en el proceso te llamaré antes del viernes.', '2026-11-06', '2026-11-06'],
    ['Vediamo ancora due persone, ti so dire qualcosa entro metà della prossima settimana.', '2026-11-11', '2026-11-11'],
    ['Je vous recontacte endéans la semaine.', '2026-11-06', '2026-11-06'],
    ['Vi regner med å ha avklart saken innen utgangen av uke 47.', '2026-11-20', '2026-11-20'],
    ['De commissie maakt in week 47 een selectie.', '2026-11-20', '2026-11-20']
  ])
})

describe('"la fin du mois de décembre" is December\'s end; "entro 20 giorni dalla scadenza" counts from the closing day', () => {
  check([
    ['Vous aurez une réponse avant la fin du mois de décembre.', '2026-12-31', '2026-12-31'],
    ['Te contestamos a finales del mes de diciembre.', '2026-12-31', '2026-12-31'],
    ["Le domande saranno esaminate entro 20 giorni dalla scadenza dell'avviso (13 novembre 2026).", '2026-12-03', '2026-12-03']
  ])
})
