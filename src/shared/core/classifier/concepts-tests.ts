/**
 * Tests and the news about them (issue 11, found on training-22, a blind batch about selection tests in every field).
 *
 * A test is often named only by what it tests or how it runs: a typing and shorthand test for a stenographer, a
 * qualifying exam at an audit firm, an admit card for an exam hall, a demonstration class for a teacher, a sales
 * role-play, a pairing session, "haces una prueba con nosotros" in a kitchen, "uma manhã à experiência" at a hotel
 * reception, a barista paid for a couple of hours on the bar. Blind writers file all of these as assessments.
 *
 * The news about a test already set is no new test: a test moved or postponed, a link extended, an exercise received, a
 * provisional mark published. As with a moved interview (concepts-changes.ts), writers file these as updates; unlike
 * one, nothing here moves an interview on the calendar, so these rows live apart from the interview changes.
 *
 * Czech and Turkish invitations and refusals, the two languages of the batch nothing read yet, are here too, as few
 * words as say them.
 */
import { anyRow, definePhrases, type Phrase, type Row } from './types'

/** What a test may be called, in English. */
const TEST_EN = '(?:test|tests|exam|exams|examination|assessment|exercise|written paper)'

/** A test already set, moved, postponed or given more time: the sender changes it. */
const TEST_CHANGES = {
  en: [
    [
      5,
      `${TEST_EN}(?: \\S+){0,12}? (?:is|has been|have been|will be|was) (?:now )?(?:moved|postponed|rescheduled|pushed back|brought forward)`
    ],
    [5, `(?:extended|extend|extending) (?:your |the )?(?:\\S+ ){0,2}(?:${TEST_EN}|invitation|link|deadline)`],
    [5, '(?:date|time|venue|room|location) change']
  ],
  // "Der Auswahltest findet nicht im Sitzungssaal 2, sondern im Großen Saal statt": a place changed.
  de: [
    [
      5,
      '(?:test|auswahltest|eignungstest|einstellungstest|prüfung)\\p{L}*(?: \\S+){0,8}? (?:wird|wurde|ist) (?:\\S+ ){0,3}(?:verschoben|verlegt)'
    ],
    [5, 'nicht (?:im|in der|in|am|an der) (?:\\S+ ){1,4}sondern (?:im|in der|in|am|an der)']
  ],
  fr: [[5, '(?:examen|épreuve|test)s?(?: \\S+){0,8}? (?:est|a été|sera) (?:reporté|déplacé|décalé)e?s?']],
  pt: [[5, '(?:prova|teste|exame)(?: \\S+){0,8}? (?:foi|será|está) (?:adiad|remarcad|reagendad)[oa]']],
  // "La clase demostrativa se cambia al jueves 22" (training-32).
  es: [
    [
      5,
      '(?:prueba|examen|ejercicio|clase (?:demostrativa|muestra|de prueba))(?: \\S+){0,8}? (?:se cambia|se aplaza|se pospone|se traslada|ha sido (?:aplazad|cambiad|trasladad)[oa])'
    ]
  ],
  it: [
    [5, 'rinvio (?:della |del )?(?:prova|esame)'],
    [5, '(?:prova|esame)(?: \\S+){0,25}? (?:è|viene|sarà) (?:rinviat|posticipat|spostat)[oa]']
  ]
} satisfies Record<string, readonly Row[]>

/**
 * Does the sender change a test already set? Its test words then count for less, as an interview's do when it is moved
 * (classifier/index.ts), but nothing is proposed for the calendar: that is for interviews.
 */
export const changesATest: (own: string) => boolean = anyRow(Object.values(TEST_CHANGES))

const english = definePhrases('en', {
  assessment: [
    [
      3.5,
      '(?:typing|shorthand|dictation|numeracy|literacy|maths?|arithmetic|spelling|proofreading|in-tray|english|language|proficiency|qualifying|entrance|screening|trade|physical ability|fitness|drug calculation|medication calculation|clinical skills?) (?:exam|examination|test|assessment)s?'
    ],
    [3.5, 'demo(?:nstration)? (?:class|lesson)'],
    [3.5, 'role[- ]?play(?:s|ing)?'],
    [3.5, 'admit card|hall ticket'],
    [3.5, 'pair(?:ing)?[- ]programming|pairing[- ]session|live[- ]coding (?:session|exercise|round)'],
    // A paid trial in plain words: "come in for a couple of hours ... we'll pay you for it", "see how you get on".
    [3, "(?:we'll|we will) (?:of course )?pay you for (?:it|the (?:shift|day|trial|hours|time))"],
    [3, 'see how you get on'],
    // A lesson taught to a class on a selection day: "a 25-minute lesson to a Year 9 group". Four blind writers call
    // a teacher's selection day with a lesson to teach an assessment.
    [5, '(?:teach|deliver) a (?:\\d+[- ]minute )?(?:[\\p{L}-]+ ){0,2}(?:lesson|session) (?:to|with|for)'],
    [
      5,
      '(?:\\d+[- ]minute|short|observed) lesson (?:to|with|for) (?:a |an |your |our )?(?:year|class|group|key stage|ks\\d|grade|form|reception|nursery)'
    ]
  ],
  update: TEST_CHANGES.en
})

const spanish = definePhrases('es', {
  assessment: [
    [
      3.5,
      '(?:hacer|haces|hagas|harías|hacerte|realizar|realices|realizarías) (?:una|unas) (?:pequeña |breve |corta )?pruebas?(?! de (?:vida|embarazo|covid))|prueba (?:práctica|de cocina|en cocina)'
    ]
  ],
  update: [
    ...TEST_CHANGES.es,
    [
      4.5,
      '(?:calificaciones|notas|puntuaciones|resultados) (?:provisionales|definitivas) del? (?:(?:primer|segundo|tercer|único) )?(?:ejercicio|examen|prueba)'
    ]
  ]
})

const german = definePhrases('de', { update: TEST_CHANGES.de })

const french = definePhrases('fr', {
  update: TEST_CHANGES.fr,
  assessment: [
    [
      4,
      "examens? (?:de qualification|écrits?|de français|d'anglais|de bureautique)|tests? (?:de dactylographie|de bureautique|techniques?|de connaissances|psychotechniques?)"
    ]
  ]
})

const portuguese = definePhrases('pt', {
  update: [...TEST_CHANGES.pt, [4, 'recebemos (?:o |a )?(?:seu|sua|teu|tua) (?:desafio|teste|exercício|case|prova|trabalho)']],
  assessment: [[3.5, 'dia experimental|(?:manhã|tarde|dia|turno|período) (?:à|de) experiência|passar uma (?:manhã|tarde) connosco']]
})

const italian = definePhrases('it', { update: TEST_CHANGES.it })

const czech = definePhrases('any', {
  interview_request: [
    [4, 'pozv(?:at|ali|eme|ání|ánka)\\p{L}* (?:\\p{L}+ ){0,3}na (?:\\p{L}+ ){0,2}pohovor'],
    [3, 'pohovor\\p{L}*']
  ],
  rejection: [[4, '(?:rozhodli|vybrali) (?:jsme )?(?:se )?(?:\\p{L}+ ){0,3}(?:jiného|jinou|jiné) (?:kandidát|uchazeč)\\p{L}*']]
})

const turkish = definePhrases('any', {
  interview_request: [[4, 'mülakat\\p{L}*|görüşmeye davet']],
  rejection: [[4, 'olumsuz (?:sonuçlan|değerlendiril)\\p{L}*|başka bir aday\\p{L}*']]
})

export const TEST_CONCEPTS: readonly Phrase[] = [...english, ...spanish, ...german, ...french, ...portuguese, ...italian]
/** Read on every mail, like the Polish and Swedish tables (language.ts does not tell these languages apart). */
export const TEST_ANY_LANGUAGE: readonly Phrase[] = [...czech, ...turkish]
