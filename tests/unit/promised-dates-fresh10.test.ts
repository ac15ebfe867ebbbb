/**
 * Promised dates, round 10 (issue 11, helper dates10, 5 Dec 2026): one group per cause found in the blind-written
 * training batches 17 and 18, each written here in new sentences (none is a corpus sentence) in several languages, with
 * its window set before the run. Against one mail: Thursday, Nov 5 2026, 10:00 +01:00, unless a group says otherwise.
 * This week = 2..8 Nov; next week = 9..15 Nov; the week after = 16..22 Nov.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { checkRespondBy, replyMail } from '../support/promised-dates'
import { mailMessage } from '../support/mail-message'

const check = checkRespondBy

describe('a numbered week followed by Dutch "of" (whether) or "van ons" is still that week', () => {
  check([
    ['U hoort uiterlijk in week 46 of u wordt uitgenodigd voor een gesprek.', '2026-11-13', '2026-11-13'],
    ['Je hoort in week 47 van ons.', '2026-11-20', '2026-11-20'],
    ['Sie hören in KW 47, ob Sie eingeladen werden.', '2026-11-20', '2026-11-20']
  ])
})

describe('"that week" after a numbered week named in the sentence before: that numbered week', () => {
  check([
    ['De commissie komt in week 47 bij elkaar. In die week hoor je van mij of je door bent.', '2026-11-20', '2026-11-20'],
    ['The panel meets in week 47. You will hear from me that week.', '2026-11-20', '2026-11-20'],
    ['Le jury se réunit en semaine 47. Nous vous répondrons dans la même semaine.', '2026-11-20', '2026-11-20'],
    ['Die Kommission tagt in KW 47. In derselben Woche melden wir uns bei Ihnen.', '2026-11-20', '2026-11-20']
  ])
})

describe('"the following day", "am folgenden Tag", "il giorno successivo": the day after the event named before', () => {
  check([
    ['The board meets on Tuesday 10 November. I will let you know the following day.', '2026-11-11', '2026-11-11'],
    ['The board meets on Tuesday 10 November. I will phone the chosen candidate the following day.', '2026-11-11', '2026-11-11'],
    ['Der Vorstand tagt am Dienstag, 10. November. Am folgenden Tag melde ich mich bei Ihnen.', '2026-11-11', '2026-11-11'],
    ['Il consiglio si riunisce martedì 10 novembre. Le daremo una risposta il giorno successivo.', '2026-11-11', '2026-11-11']
  ])
})

describe('German "ich rufe Sie an" by a limit promises a call, as "I\'ll phone you" does; "dann" (at the time agreed) does not', () => {
  check([
    ['Die Sitzung ist am Dienstag, 10. November. Ich rufe Sie spätestens am Donnerstag darauf an.', '2026-11-12', '2026-11-12'],
    ['Sobald die Zustimmung da ist, rufe ich Sie an, spätestens am Mittwoch.', '2026-11-11', '2026-11-11'],
    ['Wir rufen Sie bis Freitag an.', '2026-11-06', '2026-11-06'],
    ['Passt Ihnen Montag um 10:00? Ich rufe Sie dann an.', null, null]
  ])
})

describe('a duration counted from the candidate\'s own deadline ("of the deadline", "once it has passed", "una vez recibido")', () => {
  check([
    [
      'Please submit your answers by 5pm on Monday 16 November. We will let you know the outcome within five working days of the deadline.',
      '2026-11-23',
      '2026-11-23'
    ],
    [
      'Please complete the video interview by 11:59pm on Sunday 15 November. Once the deadline has passed, you will hear from us within 5 business days.',
      '2026-11-20',
      '2026-11-20'
    ],
    [
      'Te pedimos enviarlo a más tardar el lunes 16 de noviembre a las 18:00 h. Una vez recibido, te contestamos en un plazo de 5 a 7 días hábiles.',
      '2026-11-24',
      '2026-11-25'
    ],
    [
      'Bitte schicken Sie uns die Aufgabe bis Montag, 16. November, 12 Uhr. Sobald sie eingegangen ist, melden wir uns innerhalb einer Woche.',
      '2026-11-23',
      '2026-11-23'
    ]
  ])
  check([
    // The opening clause governs a long sentence; "Ing." (ingeniero) ends no sentence.
    [
      'Please record your answers by 11:59pm on Sunday 15 November. Once the deadline has passed, the talent team will review every recording with the hiring managers and you will hear from them within 5 business days.',
      '2026-11-20',
      '2026-11-20'
    ],
    [
      'Envíalo a más tardar el lunes 16 de noviembre a las 18:00 h. Una vez recibido, el Ing. Garza lo revisará y te contactamos en un plazo de 5 a 7 días hábiles.',
      '2026-11-24',
      '2026-11-25'
    ]
  ])
  it("and the deadline stays the candidate's", () => {
    const facts = extractFacts(
      replyMail(
        'Please submit your answers by 5pm on Monday 16 November. We will let you know the outcome within five working days of the deadline.'
      )
    )
    expect(facts.candidateDeadline).toBe('2026-11-16')
  })
})

describe('"the end of next week" after "after the interview" is next week\'s end, not a week counted from the interview', () => {
  check([
    [
      'Opções: terça 10/11 às 10h ou quarta 11/11 às 14h. Depois da entrevista a gente te dá um retorno até o fim da semana que vem.',
      '2026-11-13',
      '2026-11-13'
    ],
    ['Nach dem Gespräch am Dienstag, 10. November, melden wir uns bis Ende nächster Woche.', '2026-11-13', '2026-11-13']
  ])
})

describe('"throughout the following week" ("a lo largo de", "im Laufe"): that week\'s end', () => {
  check([
    ['La entrevista es el lunes 9 de noviembre. El cliente dará respuesta a lo largo de la semana siguiente.', '2026-11-20', '2026-11-22'],
    ['Das Gespräch ist am Montag, 9. November. Im Laufe der Woche danach melden wir uns.', '2026-11-20', '2026-11-22'],
    ["L'entretien a lieu le lundi 9 novembre. Nous vous répondrons au cours de la semaine suivante.", '2026-11-20', '2026-11-22']
  ])
})

describe('Swedish "veckan därpå", "veckan efter": the week after the day named before', () => {
  check([
    ['Vi intervjuar onsdag 11 november och du får besked i början av veckan därpå.', '2026-11-16', '2026-11-17'],
    ['Intervjuerna är onsdag 11 november. Du får besked i slutet av veckan därpå.', '2026-11-20', '2026-11-22']
  ])
})

describe('Polish: "w ciągu tygodnia" (within a week, no number), "zostanie opublikowana", "nie później niż"', () => {
  check([
    ['Decyzję przekażemy w ciągu tygodnia.', '2026-11-12', '2026-11-12'],
    ['Rozmowa odbędzie się we wtorek 10 listopada. Decyzję przekażemy w ciągu tygodnia od rozmowy.', '2026-11-17', '2026-11-17'],
    ['Informacja o wyniku zostanie opublikowana nie później niż 20 listopada 2026 r.', '2026-11-20', '2026-11-20']
  ])
})

describe('"or at most" ends a range: "o como mucho", "ou no máximo", "o al massimo", "or at most"', () => {
  check([
    ['Te digo algo el martes o como mucho el miércoles.', '2026-11-11', '2026-11-11'],
    ['Dou-lhe uma resposta na terça ou, no máximo, na quarta.', '2026-11-11', '2026-11-11'],
    ['Ti faccio sapere martedì o al massimo mercoledì.', '2026-11-11', '2026-11-11'],
    ["I'll get back to you on Tuesday, or Wednesday at most.", '2026-11-11', '2026-11-11']
  ])
})

describe('"the first week of November" when November 1 is a Sunday: the week of Monday the 2nd', () => {
  check(
    [
      ['Se publicará la lista definitiva, previsiblemente durante la primera semana de noviembre.', '2026-11-06', '2026-11-06'],
      ['We expect to decide in the first week of November.', '2026-11-06', '2026-11-06'],
      ['We expect to decide in the second week of November.', '2026-11-13', '2026-11-13'],
      // December 1 is a Tuesday: its week is the first.
      ['Wir entscheiden in der ersten Dezemberwoche.', '2026-12-04', '2026-12-04'],
      ['Nous déciderons la première semaine de décembre.', '2026-12-04', '2026-12-04']
    ],
    '2026-10-13T09:00:00Z',
    120
  )
})

describe('Catalan "9 d\'octubre" is that day, not the end of October (which "at most" would take as the latest day)', () => {
  check(
    [["Mañana 9 d'Octubre cerramos, así que te contesto el martes o como mucho el miércoles.", '2026-10-14', '2026-10-14']],
    '2026-10-08T15:00:00Z',
    120
  )
})

describe('"the bank holiday (weekend)": the British or Irish Monday holiday, not Christmas; "that week" is the week after it', () => {
  check(
    [
      ["You'll hear from us after the bank holiday.", '2026-10-27', '2026-10-27'],
      [
        'Our partner is away until after the bank holiday weekend and we will be in touch by the end of that week.',
        '2026-10-30',
        '2026-10-30'
      ],
      ['You will have our decision before the bank holiday weekend.', '2026-10-23', '2026-10-23']
    ],
    '2026-10-20T09:00:00Z',
    60
  )
})

describe('a day named right after a negated promise ("you won\'t hear anything this week") is not the promised day', () => {
  check([
    ["You won't hear anything this week, but we will be in touch with everyone by the end of next week.", '2026-11-13', '2026-11-13'],
    [
      "Vous n'aurez pas de nouvelles cette semaine, mais nous reviendrons vers tous les candidats avant la fin de la semaine prochaine.",
      '2026-11-13',
      '2026-11-13'
    ]
  ])
})

describe('"the end of term on 11 December": the date named, not the term\'s usual end', () => {
  check([
    ['I will be in touch before the end of term on 11 December.', '2026-12-11', '2026-12-11'],
    ['We hope to decide by the end of term (Friday 4 December).', '2026-12-04', '2026-12-04'],
    ['We hope to decide by the end of term.', '2026-12-18', '2026-12-18']
  ])
})

describe('a duration counted from an event named by its kind that has already passed ("three weeks after the exam date")', () => {
  check([
    [
      'Thank you for sitting the written exam on Saturday, October 31, 2026. Results are expected about two to three weeks after the exam date.',
      '2026-11-20',
      '2026-11-21'
    ],
    [
      'Vielen Dank für das Gespräch am Montag, 2. November. Eine Rückmeldung erhalten Sie innerhalb von zwei Wochen nach dem Gespräch.',
      '2026-11-16',
      '2026-11-16'
    ]
  ])
})

describe('"after" a holiday is when the wait starts: a later day named with it is the promise', () => {
  check(
    [
      ['We will revert after the Diwali holidays, tentatively in the week of 16th November.', '2026-11-20', '2026-11-20'],
      ['Daremos o resultado depois do feriado de Todos os Santos, previsivelmente na semana de 16 de novembro.', '2026-11-20', '2026-11-20']
    ],
    '2026-10-21T10:00:00Z',
    120
  )
})

describe('"the holiday" after Thanksgiving is named is Thanksgiving', () => {
  check([
    ["We're hoping to decide before Thanksgiving, so you should hear from me before the holiday.", '2026-11-25', '2026-11-25'],
    ['The office is closed for Thanksgiving, so expect our answer after the holiday.', '2026-12-04', '2026-12-04']
  ])
})

describe('"by end of day Tuesday, December 1": the end of that day, not of today', () => {
  it("is the candidate's deadline on that day", () => {
    const facts = extractFacts(replyMail('Please accept or decline in the portal by end of day Tuesday, December 1.'))
    expect(facts.candidateDeadline).toBe('2026-12-01')
  })
  it('"end of day tomorrow" is tomorrow', () => {
    expect(extractFacts(replyMail('Please sign and return it by end of day tomorrow.')).candidateDeadline).toBe('2026-11-06')
  })
})

describe('"then" a few words before "at the latest at the end of the week": the week of the day named before', () => {
  check([
    [
      'Je vous propose un entretien le mardi 10 novembre à 14h30. Je vous donnerai une réponse dans la foulée, au plus tard en fin de semaine.',
      '2026-11-13',
      '2026-11-13'
    ]
  ])
})

describe('coming back from a break ("dès la rentrée des vacances", "a la vuelta de las vacaciones"): after it', () => {
  check(
    [
      ['Vous aurez une réponse dès la rentrée des vacances de la Toussaint.', '2026-11-02', '2026-11-06'],
      ['Te diremos algo a la vuelta de las vacaciones de Navidad.', '2027-01-04', '2027-01-08']
    ],
    '2026-10-14T09:00:00Z',
    120
  )
})

describe('"antes del puente de Todos los Santos": the last working day before All Saints\' long weekend', () => {
  check(
    [
      ['Tomaremos la decisión antes del puente de Todos los Santos.', '2026-10-30', '2026-10-30'],
      ['Daremos uma resposta antes do feriado de Todos os Santos.', '2026-10-30', '2026-10-30'],
      ['Te diremos algo el lunes, después de todos los candidatos.', '2026-10-26', '2026-10-26']
    ],
    '2026-10-21T10:00:00Z',
    120
  )
})

describe('"I promise", "te lo prometo", "je vous le promets": a promise, as sure as "you will hear"', () => {
  check([
    ["It'll be early next week now - Tuesday at the very latest, I promise.", '2026-11-10', '2026-11-10'],
    ['Será a principios de la semana que viene, el martes como muy tarde, te lo prometo.', '2026-11-10', '2026-11-10'],
    ['Ce sera en début de semaine prochaine, mardi au plus tard, je vous le promets.', '2026-11-10', '2026-11-10'],
    ["I can't promise anything before Friday.", null, null]
  ])
})

describe('"then" after a negation ("I don\'t want to tell you something and then take it back") promises nothing then', () => {
  check([
    [
      "Sorry, I know I said Thursday. I don't want to tell you something and then have to take it back. It'll be Tuesday at the very latest, I promise.",
      '2026-11-10',
      '2026-11-10'
    ]
  ])
})

describe('the candidate asked to answer someone ("let her know by", "Geben Sie mir … Bescheid", "me avisa até"): a deadline, no promise', () => {
  const cases: [string, string][] = [
    [
      "If you could let her know by Monday the 9th whether you're accepting, that would help us - we have to tell the other candidate either way.",
      '2026-11-09'
    ],
    ['Geben Sie mir bis Montag Bescheid, ob der Termin passt.', '2026-11-09'],
    ['Me avisa até amanhã qual horário você prefere?', '2026-11-06'],
    ['Agradecemos que nos dê uma resposta até sexta-feira, dia 13 de novembro.', '2026-11-13']
  ]
  it.each(cases)('%s', (text, day) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(day)
    expect(facts.respondBy).toBeNull()
  })
  check([
    ['Wir geben Ihnen bis Montag Bescheid.', '2026-11-09', '2026-11-09'],
    // No limit: a day asked about, not a deadline.
    ['Me avisa se pode na terça.', null, null]
  ])
})

describe('"Nach dem Tag" (after that day): counted from the day the mail gave it, with its time', () => {
  check(
    [
      [
        'Kommen Sie doch einen Tag zur Probearbeit. Vorschlag: Dienstag 3.11. ab 7 Uhr. Geben Sie mir bis Montag Bescheid. Nach dem Tag sag ich Ihnen innerhalb einer Woche, ob es passt.',
        '2026-11-10',
        '2026-11-10'
      ]
    ],
    '2026-10-23T08:00:00Z',
    120
  )
})

describe('no timeline: where the writer is and how to write to them ("I\'m on leave, so reply to this address", "estou fora esta semana")', () => {
  check([
    ["I'm on two days' leave this week, so just reply to this address.", null, null],
    ["I'm away on site visits most of next week and won't be checking mail much.", null, null],
    ['Ich schreibe Ihnen privat, weil ich diese Woche im Urlaub bin.', null, null],
    ['Peço desculpa por responder do meu email pessoal, mas estou fora esta semana.', null, null],
    // …but an answer promised beside it still counts.
    ["I'm away next week, but you will hear from us by Friday the 20th.", '2026-11-20', '2026-11-20']
  ])
})

describe('"As promised, …" opens the promise kept in this mail: a day it names (a start date) is no promise', () => {
  check([
    ['As promised on the phone - they have come back with an offer, starting on 1 December.', null, null],
    ['Comme promis, je reviens vers vous avant la fin de la semaine, avec une bonne nouvelle : nous vous proposons le poste.', null, null],
    ['Come promesso, Le scrivo per comunicarLe che lo Studio La accoglierà a partire dal 1° dicembre.', null, null],
    ['As promised, we will let you know the outcome by Friday.', '2026-11-06', '2026-11-06']
  ])
})

describe('not a day: "a 24/7 operation"; not a call: "ring the bell"', () => {
  check([
    ["It's a 24/7 operation so odd hours are fine, just tell me what suits.", null, null],
    ['The interview is on the ward on Wednesday 11 November - take the lift to level 3 and ring the bell.', null, null]
  ])
})

describe('the candidate\'s limit: "você tem até 3 dias para", "you have 5 days to", "mi dia una risposta entro"', () => {
  const cases: [string, string][] = [
    ['Você tem até 3 dias para concluir o teste.', '2026-11-08'],
    ['You have 5 days to complete the assessment.', '2026-11-10'],
    ['Sie haben 5 Tage Zeit, um den Test abzuschließen.', '2026-11-10'],
    ['Se le interessa, mi dia una risposta entro il 15 novembre così preparo i documenti.', '2026-11-15']
  ]
  it.each(cases)('%s', (text, day) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(day)
    expect(facts.respondBy).toBeNull()
  })
  // "we have 3 days to decide" is theirs.
  check([['We have 3 days to decide.', '2026-11-08', '2026-11-08']])
})

describe('telling now, not promising: "I am pleased to let you know…", "Wir freuen uns, Ihnen mitteilen zu können", "Leider muss ich Ihnen heute mitteilen"', () => {
  check([
    [
      'I am pleased to let you know that you have been shortlisted, and I would like to invite you to interview on Tuesday 17 November.',
      null,
      null
    ],
    ['Wir freuen uns, Ihnen mitteilen zu können, dass wir Sie zum 1. Januar 2027 einstellen möchten.', null, null],
    ['Leider muss ich Ihnen heute mitteilen, dass wir die Stelle intern vergeben haben.', null, null],
    ['Nos complace informarle de que ha sido seleccionada; empezaría el 1 de diciembre.', null, null],
    // …"will" still promises.
    ["I'm pleased to say we will let you know by Friday.", '2026-11-06', '2026-11-06']
  ])
})

describe('"day to day" is no count of days', () => {
  check([["I'm afraid it's not the news we wanted - they chose someone who already uses SAP S/4 day to day.", null, null]])
})

describe('the candidate asked: "they\'d like an answer by", "Please log in and enter … within 2 business days", "hoy o como tarde mañana"', () => {
  const cases: [string, string][] = [
    ["They'd like an answer by Friday.", '2026-11-06'],
    ['Please log in and enter the contact details of four referees within 2 business days.', '2026-11-09'],
    ['¿Nos confirmas día y hora hoy o como tarde mañana?', '2026-11-06'],
    // "at the latest" after the day, and another day named later: the limit is still the first.
    ['Please return the form by Friday at the latest, as the panel meets on Monday.', '2026-11-06']
  ]
  it.each(cases)('%s', (text, day) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(day)
    expect(facts.respondBy).toBeNull()
  })
})

describe('a postscript after the name ("P.S. we expect to decide by the end of the month") is the sender\'s own words', () => {
  const signed = (ps: string) =>
    mailMessage({
      date: '2026-11-05T09:00:00Z',
      dateOffsetMinutes: 60,
      from: { name: 'Sam Carter', address: 'sam.carter@employer.example' },
      subject: 'Interview',
      text: `Dear Jordan,\n\nI would like to invite you to interview on Tuesday 10 November at 2pm.\n\nBest wishes,\nSam\n\n${ps}\n\n--\nDr Sam Carter\nSenior Lecturer`
    })
  it.each([
    ['P.S. We expect to let everyone know by the end of the month.', '2026-11-30', '2026-11-30'],
    ['PS: wir melden uns bis Ende nächster Woche.', '2026-11-13', '2026-11-13'],
    ['P.D.: te diremos algo antes del viernes 20.', '2026-11-19', '2026-11-20']
  ])('%s', (ps, earliest, latest) => {
    const day = extractFacts(signed(ps)).respondBy ?? 'null'
    expect(day >= earliest && day <= latest, `${day} in ${earliest}..${latest}`).toBe(true)
  })
  it('a German title "PD Dr." in the signature is no postscript', () => {
    const facts = extractFacts(signed('PD Dr. Sam Carter, Leiterin bis 30. November'))
    expect(facts.respondBy).toBeNull()
  })
})

describe('asks with a limit in Swedish, Polish, Italian and Spanish: a candidate deadline', () => {
  const cases: [string, string][] = [
    ['Kan du bekräfta tiden senast fredag?', '2026-11-06'],
    ['Svara gärna senast måndag om du är intresserad.', '2026-11-09'],
    ['Proszę o odpowiedź do poniedziałku.', '2026-11-09'],
    ['Mi conferma la sua presenza entro lunedì?', '2026-11-09'],
    ['Necesitaríamos saber algo antes del viernes 13, que tenemos otra candidata esperando.', '2026-11-13'],
    ['We need to know by Friday whether you can start in January.', '2026-11-06']
  ]
  it.each(cases)('%s', (text, day) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(day)
    expect(facts.respondBy).toBeNull()
  })
  // "vi meddelar dig" (we'll tell you) is their promise.
  check([['Vi meddelar dig senast fredag.', '2026-11-06', '2026-11-06']])
})
