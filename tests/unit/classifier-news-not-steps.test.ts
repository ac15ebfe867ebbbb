/**
 * News about the process that names a step without asking for one, found on the blind training batches: a meeting
 * thanked for ("herzlichen Dank für das nette Gespräch am Montag"), a stage that has ended ("zakończył się"), other
 * candidates' interviews, positive feedback on a trial day, a step the sender will arrange later ("poi ti scrivo per
 * fissare il colloquio"), and an interview the sender postpones or asks to move. Each is an update; written in several
 * languages before the rules that read them. Appointments moved by a dentist stay unrelated, and an invitation to "one
 * more interview" stays an invitation.
 */
import { describe, expect, it } from 'vitest'
import { byRules } from '../../src/shared/core/classifier'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string) =>
  mailMessage({ date: '2026-10-20T09:00:00Z', from: { name: 'Recruiting', address: 'jobs@employer.example' }, subject, text })

/** A step behind the candidate, someone else’s, or one moved: news about the process, not a new request. */
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
  // A step the sender will arrange later: news, not yet an invitation.
  [
    'it',
    'Re: Prossimo step',
    'Ciao Maren, ricevuto, grazie! Ho girato il repository al CTO. Lo guarda nei prossimi giorni e poi ti scrivo per fissare il colloquio tecnico, al massimo entro giovedì.'
  ],
  ['en', 'Re: Portfolio', "Our CTO is looking at your portfolio this week, and then I'll email you to set up the technical interview."],
  [
    'es',
    'Re: Caso práctico',
    'Recibido, gracias. Se lo paso a la directora y te escribo la semana que viene para concertar la entrevista.'
  ],
  // A step handed in ("recebemos seu estudo de caso").
  [
    'pt',
    'RE: Estudo de caso',
    'Oi Robin! Recebemos seu estudo de caso, obrigada. O gestor volta dia 4, então a entrevista final deve ficar para a semana que vem.'
  ],
  // Thanks for taking part, the step elided into its article ("all'assessment", "à l'entretien").
  [
    'it',
    'Esito assessment di gruppo',
    "Gentile Alex, la ringraziamo per la partecipazione all'assessment di gruppo di ieri. Le comunicheremo l'esito entro 10 giorni lavorativi."
  ],
  ['fr', 'Suite', "Bonjour, merci d'avoir participé à l'entretien collectif de mardi. Nous vous donnerons une réponse sous dix jours."],
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

describe('leave that is over is not an out-of-office reply', () => {
  it('en', () => {
    const text =
      "Hi,\n\nI'm so sorry for the silence since your interview. I was on leave for a fortnight straight after, and nothing has moved. I'll have an answer for you the week of the 23rd.\n\nDianne"
    expect(byRules(mail('Sorry for the wait', text), { relatedToApplication: true }).category).toBe('update')
    const away = 'Thank you for your email. I am on annual leave until Monday 23 November with limited access to email.'
    expect(byRules(mail('Automatic reply: Your application', away), { relatedToApplication: true }).category).toBe('unrelated')
    expect(byRules(mail('Your application', away), { relatedToApplication: true }).category).toBe('unrelated')
  })
})

describe('one more interview asked of the candidate is still an invitation', () => {
  it('en', () => {
    const text = 'Hi Priya, we would like to invite you to one more interview on Monday at 10am with our director.'
    expect(byRules(mail('Next step', text), { relatedToApplication: true }).category).toBe('interview_request')
    const withCall = "Hi Priya, we'd like to invite you to interview for the role. I'll call you tomorrow to arrange a time."
    expect(byRules(mail('Interview', withCall), { relatedToApplication: true }).category).toBe('interview_request')
  })
})

describe('a college place and a flat are not a job, however their mail is worded', () => {
  it.each([
    [
      'Offer of a place - AAT Level 3 Diploma in Accounting',
      'Dear Applicant,\n\nCongratulations - we are pleased to make you an offer! Following your interview, the college is pleased to offer you a place on:\n\nAAT Level 3 Diploma in Accounting\nPart-time evenings\n\nPlease accept your offer through the applicant portal by Friday. You may be eligible for a Learning Grant - see the Student Finance page.\n\nWe look forward to welcoming you to the college.\n\nAdmissions Team'
    ],
    [
      'Your application - 2F1, 18 Bruntsfield Gardens',
      'Dear Applicant,\n\nThank you for your interest in the property at 18 Bruntsfield Gardens and for attending the viewing on Saturday. Having reviewed the applications with the landlord, the landlord has decided to proceed with another applicant, and your application will not be progressed. We will keep your details on our register and send you new properties as they come on the market.\n\nCallum Reid\nLettings Negotiator'
    ]
  ])('%s', (subject, text) => {
    const result = byRules(mailMessage({ from: { name: 'Coleg', address: 'info@college.example' }, subject, text }), {
      relatedToApplication: false
    })
    expect(result.category, result.reasons.join('; ')).toBe('unrelated')
  })
})

describe('a place on a graduate programme is still a job offer', () => {
  it('en', () => {
    const text = 'Dear Sam, we are pleased to offer you a place on our Graduate Programme starting in September, with a salary of £28,000.'
    expect(byRules(mail('Your offer', text), { relatedToApplication: true }).category).toBe('offer')
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
