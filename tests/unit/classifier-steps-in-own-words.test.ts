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
  // A work trial in a tradesman's words.
  [
    'en',
    'assessment',
    'your cv',
    'Kerry passed your CV on. Can you come out with me and the lads Wednesday on a rewire, see how you get on? Paid day obviously. Meet at the yard 7.30.'
  ],
  [
    'de',
    'assessment',
    'Bewerbung',
    'Hallo, kommen Sie doch am Mittwoch zum Probearbeiten in die Werkstatt, dann sehen wir, wie es läuft. Der Tag wird bezahlt.'
  ],
  [
    'fr',
    'assessment',
    'Candidature',
    "Bonjour, viens faire une journée avec l'équipe mercredi sur le chantier, pour voir comment ça se passe. La journée est payée."
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
