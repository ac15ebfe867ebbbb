/**
 * Steps said in words the rules did not know, found on two blind training batches (training-17 and training-18): a
 * Swedish manager who "wants to meet you for an interview", a Spanish agency whose client "wants to interview you", a
 * Quebec inn that writes "ta candidature" and "entrevue", a teacher's "lezione simulata", a screening firm's background
 * check, a civil-service exam result, and rejections that say only that others were invited. Each cause is written
 * here in several languages, in sentences of our own, before the phrases that read them; each is a mail filed on its
 * application.
 */
import { describe, expect, it } from 'vitest'
import { byRules, classifyMessage } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string) =>
  mailMessage({ date: '2026-10-20T09:00:00Z', from: { name: 'Recruiting', address: 'jobs@employer.example' }, subject, text })

const CASES: Array<[string, MessageCategory, string, string]> = [
  // Others were invited or chosen, and the candidate is not among them.
  [
    'sv',
    'rejection',
    'Besked',
    'Hej Anna, tack för ditt intresse. Rekryteringen är avslutad och vi har gått vidare med andra sökande som bättre motsvarar kraven.'
  ],
  [
    'sv',
    'rejection',
    'Din ansökan',
    'Hej, vi fick in 40 ansökningar och har valt ut tre personer till intervju. Tyvärr är du inte en av dem den här gången.'
  ],
  [
    'pl',
    'rejection',
    'Re: Zadanie',
    'Dzień dobry, dziękuję za rozwiązanie zadania. Zdecydowałam się zaprosić na rozmowę osoby z większym doświadczeniem, więc tym razem nie będziemy kontynuować.'
  ],
  [
    'nl',
    'rejection',
    'Uw sollicitatie',
    'Beste mevrouw Berg, dank voor uw sollicitatie. Helaas moeten wij u laten weten dat wij u niet uitnodigen voor een gesprek.'
  ],
  [
    'en',
    'rejection',
    'Your application',
    'Hi Anna, we had 60 applications and have invited four people to interview. Unfortunately you are not one of them this time.'
  ],
  // An interview, asked for in the writer's own words.
  [
    'es',
    'interview_request',
    'RE: CV',
    'Buenos días: nuestro cliente ha revisado tu CV y quiere entrevistarte para el puesto. Día: lunes 9 de noviembre, 10:00 h. ¿Te cuadra?'
  ],
  ['es', 'interview_request', 'Candidatura', 'Hola Ana, queremos entrevistarla el jueves por la mañana en nuestra oficina de Valencia.'],
  [
    'sv',
    'interview_request',
    'Intervju',
    'Hej Anna, jag har läst din ansökan och vill gärna träffa dig för en intervju tisdag den 27 oktober kl. 13.00 här på boendet.'
  ],
  [
    'sv',
    'interview_request',
    'Intervju hemtjänst',
    'Hej! Tack för din ansökan. Jag vill gärna träffa dig på intervju onsdag 4 november kl. 13.00 på vårt kontor.'
  ],
  [
    'fr',
    'interview_request',
    'Entrevue',
    'Bonjour, merci pour ta candidature! On aimerait te rencontrer en entrevue par Zoom mardi ou mercredi prochain en après-midi.'
  ],
  ['fr', 'interview_request', 'Candidature', 'Bonjour Anne, nous souhaiterions vous rencontrer en entrevue la semaine prochaine.'],
  // An offer said as "we want to hire you".
  [
    'sv',
    'offer',
    'Jobb hos oss',
    'Hej Anna! Vi vill gärna anställa dig som elektriker, tillsvidare, start efter nyår. Lön 34 500 kr/mån. Säg till senast fredag.'
  ],
  // A lesson taught as a test.
  [
    'it',
    'assessment',
    'Lezione simulata',
    'Gentile professoressa, La invitiamo a svolgere una lezione simulata di 30 minuti in una classe seconda, giovedì 15 ottobre alle 11:00.'
  ],
  [
    'es',
    'assessment',
    'Clase muestra',
    'Hola Ana, el siguiente paso es impartir una clase muestra de 20 minutos a un grupo de primero, el martes a las 10.'
  ],
  [
    'pt',
    'assessment',
    'Aula simulada',
    'Olá Ana, convidamos você a ministrar uma aula simulada de 30 minutos na próxima terça-feira às 14h.'
  ],
  [
    'en',
    'assessment',
    'Next step',
    'Hi Anna, as the next step we would like you to teach a mock lesson to a Year 8 class on Thursday at 11.'
  ],
  // A technical exam to send back.
  [
    'es',
    'assessment',
    'Examen técnico',
    'Hola, gracias por tu tiempo en la entrevista. Como siguiente paso te compartimos el examen técnico; te pedimos enviarlo a más tardar el jueves a las 18:00 h.'
  ],
  // The same exam, marked already: news of the process, not a step to take.
  [
    'es',
    'update',
    'Seguimiento',
    'Buenas tardes, el ingeniero ya revisó tu examen técnico y quedó muy contento. Nos falta la validación del director; te daré respuesta el miércoles.'
  ],
  // Tutoiement: a Quebec acknowledgement.
  [
    'fr',
    'acknowledgement',
    'Nous avons bien reçu ta candidature',
    'Bonjour, merci de ton intérêt! Nous avons bien reçu ta candidature pour le poste de serveur. Seules les personnes retenues pour une entrevue seront contactées.'
  ],
  // A pre-employment check, sent by a screening firm: an update, not a new application to acknowledge.
  [
    'en',
    'update',
    'Background screening requested',
    'Hello Anna, Cedar Hill has requested that you complete a background screening as part of your application for Case Manager. Please complete your portion within 3 days.'
  ],
  [
    'en',
    'update',
    'Action required: complete your DBS application',
    'Hello Anna, the Trust has asked you to complete an Enhanced DBS application for the position of Staff Nurse. Please log in to complete your application within 5 working days.'
  ],
  [
    'en',
    'update',
    'Action needed: request your references',
    'Hello Anna, please log in and enter contact information for at least 4 references within 2 business days. Your references will be asked to complete a short online survey.'
  ],
  // A civil-service exam passed: the candidate is put on a list.
  [
    'en',
    'update',
    'Exam results',
    'Dear Candidate, you have passed the examination with a score of 84.50. Your name will be placed on the eligible list in rank order. You will be notified if you are selected for an interview.'
  ]
]

describe('steps said in the writer’s own words', () => {
  it.each(CASES)('%s %s: %s', (_, category, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Stockholm' })
    expect(result.category, result.reasons.join('; ')).toBe(category)
  })
})

describe('a check before hiring, read by its phrase, stays an update with the text model', () => {
  // The model alone read such mail as an acknowledgement ("complete your application"), a test ("a short online survey")
  // or a rejection ("Dear Candidate"); the phrase that names the check decides.
  it.each(CASES.filter(([language, category]) => language === 'en' && category === 'update'))('%s %s: %s', (_, category, subject, text) => {
    const result = classifyMessage(mail(subject, text), { relatedToApplication: true, direction: 'in' })
    expect(result.category, result.reasons.join('; ')).toBe(category)
    expect(result.lowConfidence).toBe(false)
  })
})

/** A step behind the candidate, someone else's, or one moved: news about the process, not a new request. */
const NEWS: Array<[string, string, string]> = [
  // A conversation thanked for, in words of thanks the rules did not know.
  [
    'de',
    'Bewerbung – Rückmeldung',
    'Grüß Gott, herzlichen Dank für das nette Gespräch am Montag. Herr Rainer ist bis Freitag auf der Baustelle; wir melden uns am Dienstag oder Mittwoch.'
  ],
  [
    'fr',
    'Suite à votre entretien',
    "Madame, je vous remercie pour notre échange de lundi. Je ne suis pas décisionnaire : j'ai transmis mon avis au rectorat, et vous aurez une réponse à la rentrée."
  ],
  [
    'es',
    'Re: Entrevista martes',
    'Hola, gracias a ti por venir el martes. La oficina está cerrada por el puente, así que te digo algo el miércoles.'
  ],
  // Meetings with other people.
  [
    'pt',
    'Entrevista de terça-feira',
    'Olá Ana, obrigada pela conversa de terça-feira. Ainda vamos falar com mais duas pessoas e daremos uma resposta até ao final da próxima semana.'
  ],
  // A stage that has ended.
  [
    'pl',
    'Nabór – informacja',
    'Uprzejmie informujemy, że drugi etap naboru (test wiedzy i rozmowa kwalifikacyjna) zakończył się 6 listopada. Wynik zostanie opublikowany do 20 listopada.'
  ],
  [
    'en',
    'Recruitment update',
    'Dear candidate, the second stage (written test and panel interview) took place on 6 November. The result will be published by 20 November.'
  ],
  [
    'es',
    'Proceso de selección',
    'Estimada candidata: la segunda fase (prueba técnica y entrevista) terminó el 6 de noviembre. Publicaremos el resultado antes del día 20.'
  ],
  // Feedback on a step: the step is behind the candidate.
  [
    'it',
    'R: Giornata di prova',
    'Gentile Signora, il dott. Tomasi ha dato un riscontro positivo sulla giornata di prova; le assunzioni devono essere approvate dal Consiglio. Le faremo sapere entro venerdì.'
  ],
  // Other candidates' interviews.
  [
    'en',
    'Thanks for coming in',
    "Hi Priya, thanks for coming in yesterday. We've got one more interview on Monday and then we'll make a call. I'll ring you on Tuesday either way."
  ],
  // Postponed, with many words between the interview and its verb.
  [
    'es',
    'Segunda entrevista',
    'Te escribo para avisarte de que la segunda entrevista con dirección, que íbamos a cerrar para esta semana, se aplaza: el director está de baja.'
  ],
  [
    'it',
    'Avviso',
    'La prova scritta del concorso per Istruttore Amministrativo prevista per il 4 novembre è rinviata a giovedì 12 novembre, stessa ora.'
  ],
  [
    'fr',
    'Entretien',
    "Bonjour, l'entretien avec la directrice des ressources humaines prévu jeudi prochain est reporté à la semaine suivante, même heure."
  ],
  // The sender asks to move what was arranged.
  [
    'nl',
    'Meeloopochtend verzet',
    'Goedemorgen, Marieke met wie je zou meelopen is ziek. Kunnen we het verzetten naar donderdag 5 november, zelfde tijd?'
  ],
  ['de', 'Termin', 'Hallo Frau Berg, mein Kollege ist leider krank. Können wir das Gespräch auf Donnerstag, den 5. November, verschieben?'],
  ['es', 'Entrevista', 'Hola Ana, la jefa de turno está enferma. ¿Podemos pasar la entrevista al jueves 5 a la misma hora?'],
  ['fr', 'Entretien', "Bonjour Anne, Marie est malade. Pourrait-on décaler l'entretien à jeudi, même heure ?"],
  ['it', 'Colloquio', 'Buongiorno, il responsabile è malato. Possiamo spostare il colloquio a giovedì alla stessa ora?'],
  ['pt', 'Entrevista', 'Olá Ana, a Marta está doente. Podemos passar a entrevista para quinta-feira, à mesma hora?']
]

describe('a step behind the candidate, someone else’s, or moved by the sender', () => {
  it.each(NEWS)('%s: %s', (_, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Berlin' })
    expect(result.category, result.reasons.join('; ')).toBe('update')
  })
})

describe('one more interview asked of the candidate is still an invitation', () => {
  it('en', () => {
    const text = 'Hi Priya, we would like to invite you to one more interview on Monday at 10am with our director.'
    expect(byRules(mail('Next step', text), { relatedToApplication: true }).category).toBe('interview_request')
  })
})

describe('an appointment moved by a dentist or a hairdresser stays unrelated', () => {
  it.each([
    ['Su cita', 'Hola Ana, la doctora está enferma. ¿Podemos pasar su cita al jueves a la misma hora? Un saludo, Clínica Dental Sonrisa'],
    ['Rendez-vous', 'Bonjour, le docteur est absent. Pourrait-on décaler votre rendez-vous à jeudi, même heure ?'],
    ['Afspraak', 'Goedemorgen, kunnen we de afspraak verzetten naar donderdag? Groet, Tandartspraktijk Noord'],
    ['Termin', 'Hallo, können wir den Termin auf Donnerstag verschieben? Ihr Salon Schnittpunkt']
  ])('%s', (subject, text) => {
    const result = byRules(mailMessage({ from: { name: 'Praxis', address: 'info@praxis.example' }, subject, text }), {
      relatedToApplication: false
    })
    expect(result.category, result.reasons.join('; ')).toBe('unrelated')
  })
})
