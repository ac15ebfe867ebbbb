/**
 * Promised dates, round 13 (issue 11, helper dates13): phrasings behind the last training misses, written anew in
 * several languages (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov; ISO week 48 = 23..29 Nov.
 */
import { describe } from 'vitest'
import { checkRespondBy as check } from '../support/promised-dates'

describe('a calendar week written with its number first: "in der 48. Kalenderwoche", "48. KW"', () => {
  check([
    ['Wir melden uns voraussichtlich in der 48. Kalenderwoche bei Ihnen.', '2026-11-23', '2026-11-27'],
    ['Eine Rückmeldung erhalten Sie in der 48. KW.', '2026-11-23', '2026-11-27'],
    ['Sie hören von uns Anfang der 48. Kalenderwoche.', '2026-11-23', '2026-11-25']
  ])
})

describe('the week after an event, said colloquially: "in der Woche drauf", "Folgewoche", "la semaine d\'après", "de week erop"', () => {
  check([
    ['Das Gespräch ist am Dienstag, 10.11. Bescheid bekommen Sie spätestens in der Woche drauf.', '2026-11-16', '2026-11-20'],
    [
      'Das Gespräch findet am Dienstag, 10. November statt. Einen Entscheid erhalten Sie bis Ende der Folgewoche.',
      '2026-11-20',
      '2026-11-20'
    ],
    ["L'entretien a lieu le mardi 10 novembre, et vous aurez notre réponse la semaine d'après.", '2026-11-16', '2026-11-20'],
    ['Het gesprek is op dinsdag 10 november en je hoort de week erop van ons.', '2026-11-16', '2026-11-20']
  ])
})

describe('"I can tell you something" is a promise: "te puedo decir algo", "vous en dire plus", "dirle qualcosa", "te dizer algo"', () => {
  check([
    ['Calculo que a mediados de diciembre te puedo decir algo.', '2026-12-11', '2026-12-18'],
    ['Je pense pouvoir vous en dire plus à la mi-décembre.', '2026-12-11', '2026-12-18'],
    ['Penso di poterle dire qualcosa a metà dicembre.', '2026-12-11', '2026-12-18'],
    ['Acho que em meados de dezembro consigo te dizer algo.', '2026-12-11', '2026-12-18'],
    ['Ich denke, Mitte Dezember kann ich Ihnen mehr sagen.', '2026-12-11', '2026-12-18'],
    // …but "that is to say" is no telling.
    ['Es decir, el 20 de noviembre cerramos la oficina.', null, null],
    ["C'est-à-dire que le bureau est fermé le 20 novembre.", null, null],
    ['Quería decirte que la entrevista es el jueves 12 de noviembre.', null, null]
  ])
})

describe('"we plan to" in the Romance languages and German: "contiamo di", "prevediamo di", "nous prévoyons de", "planeamos", "wir planen"', () => {
  check([
    ['We plan to hold second interviews the week of the 23rd.', '2026-11-23', '2026-11-27'],
    ['Prevediamo di fissare i secondi colloqui nella settimana del 23.', '2026-11-23', '2026-11-27'],
    ['Contiamo di chiudere la selezione nella settimana del 23 novembre.', '2026-11-23', '2026-11-27'],
    ["Nous prévoyons d'organiser les seconds entretiens la semaine du 23.", '2026-11-23', '2026-11-27'],
    ['Planeamos hacer las segundas entrevistas la semana del 23.', '2026-11-23', '2026-11-27'],
    ['Wir planen die zweiten Gespräche in der Woche vom 23. November.', '2026-11-23', '2026-11-27']
  ])
})

describe('someone else will contact them: "la ricontatterà", "la richiameranno", "vi contatteranno"', () => {
  check([
    ['La responsabile la ricontatterà entro una settimana.', '2026-11-12', '2026-11-12'],
    ["I colleghi dell'ufficio personale la richiameranno entro una settimana.", '2026-11-12', '2026-11-12'],
    ['Le nostre sedi la contatteranno entro dieci giorni.', '2026-11-15', '2026-11-15']
  ])
})

describe('"within a month at most", and Catalan futures: "en el termini màxim d\'un mes"', () => {
  check([
    ['You will hear from us within a month at most.', '2026-12-05', '2026-12-05'],
    ["Vous recevrez une réponse dans un délai maximum d'un mois.", '2026-12-05', '2026-12-05'],
    ['Le responderemos en un plazo máximo de un mes.', '2026-12-05', '2026-12-05'],
    ["Us respondrem en el termini màxim d'un mes.", '2026-12-05', '2026-12-05'],
    ["La llista d'admesos es publicarà en el termini màxim d'un mes.", '2026-12-05', '2026-12-05']
  ])
})

describe('two promises in one sentence: the explicit latest one wins ("early next week, by Wednesday 11th at the latest")', () => {
  check([
    ["We'll be in touch early next week, by Wednesday 11th November at the latest.", '2026-11-11', '2026-11-11'],
    ['Wir melden uns Anfang nächster Woche, spätestens am Mittwoch, 11. November.', '2026-11-11', '2026-11-11'],
    ['Je reviens vers vous en début de semaine prochaine, au plus tard le mercredi 11 novembre.', '2026-11-11', '2026-11-11'],
    ['Ci sentiamo a inizio della settimana prossima, al più tardi mercoledì 11 novembre.', '2026-11-11', '2026-11-11']
  ])
})

describe('a promise after a weekend activity is the promise, not the weekend ("look at it at the weekend and give you a shout")', () => {
  check([
    ["I'll read it over the weekend and give you a shout early next week.", '2026-11-09', '2026-11-11'],
    ['Ich schau mir das am Wochenende an und melde mich Anfang nächster Woche.', '2026-11-09', '2026-11-11'],
    ['Je regarde ça ce week-end et je te fais signe en début de semaine prochaine.', '2026-11-09', '2026-11-11'],
    ['Lo miro el fin de semana y te doy un toque a principios de la semana que viene.', '2026-11-09', '2026-11-11'],
    ['Lo guardo nel fine settimana e ti faccio uno squillo a inizio settimana prossima.', '2026-11-09', '2026-11-11'],
    // …while "give me a shout", "faites-moi signe", "dame un toque" ask the reader.
    ['Give me a shout if anything comes up before Friday.', null, null],
    ['Faites-moi signe si vous avez une question avant vendredi.', null, null],
    ['Dame un toque si tienes dudas antes del viernes.', null, null]
  ])
})

describe('"at the start of February" ends with its first working week: a 7th that falls on a weekend is the Friday before', () => {
  check([
    ["We won't have an answer for you until the start of February.", '2027-02-01', '2027-02-05'],
    ['Eine Entscheidung fällt erst Anfang Februar.', '2027-02-01', '2027-02-05'],
    ['Nous vous donnerons une réponse début février.', '2027-02-01', '2027-02-05'],
    ['Te daremos una respuesta a principios de febrero.', '2027-02-01', '2027-02-05'],
    ["Le faremo sapere all'inizio di febbraio.", '2027-02-01', '2027-02-05'],
    // …while a 7th on a weekday stays: "the start of January" 2027 is Thursday the 7th.
    ['You will hear from us at the start of January.', '2027-01-04', '2027-01-07']
  ])
})
