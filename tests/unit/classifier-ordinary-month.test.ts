/**
 * An ordinary month in British, Indian, Spanish and Catalan mail (concepts-ordinary-month.ts, found on training-23), and in
 * continental Europe and the Americas (training-25, -26), and by people in a hurry (training-28).
 * The sentences were written for this test, not taken from the batch.
 */
import { describe, expect, it } from 'vitest'
import { mailMessage } from '../support/mail-message'
import { byRules } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'

const mail = (subject: string, text: string) =>
  mailMessage({
    date: '2026-11-10T09:00:00Z',
    dateOffsetMinutes: 0,
    from: { name: 'Kim Rowe', address: 'kim.rowe@employer.example' },
    subject,
    text
  })

const CASES: Array<[MessageCategory, string, string]> = [
  [
    'acknowledgement',
    'Your application - Benefits Assessor',
    'Dear Applicant, thank you for your application for the post of Benefits Assessor. If you have not heard from us by 4 December, please assume that your application has not been taken further. HR Services'
  ],
  ['acknowledgement', 'RE: warehouse job', 'Hi, got your CV thanks. The boss is away till Monday and will look at them then. Kim'],
  [
    'acknowledgement',
    'Payroll Administrator - Salford',
    "Hi, thanks for the chat earlier. I've put you forward to my client for the Payroll Administrator role this morning and should have feedback by Friday. Kim"
  ],
  [
    'interview_request',
    'Walk-in Drive - Voice Process',
    'Dear Candidate, you are invited to our walk-in drive on Saturday 14th November, 10 AM to 1 PM, at our Whitefield office. Please carry your resume. HR Team'
  ],
  [
    'assessment',
    'Next step',
    'Hi, thanks for coming in yesterday. The next bit is a short practical: reconcile the attached bank statement and send it back by Thursday. Kim'
  ],
  [
    'rejection',
    'RE: Shortlisted - Accounts Executive',
    'Hi, the client has closed the Accounts Executive position with another candidate who can join immediately. I will share your profile for other openings. Kim'
  ],
  [
    'update',
    'Documents required',
    'Dear Candidate, as discussed in your interview, kindly share the below documents so that we can finalise the compensation: last 3 salary slips, relieving letter, PAN copy. HR'
  ],
  [
    'assessment',
    'Prueba de Excel',
    'Hola, gracias por la entrevista de hoy. El cliente pide a los finalistas una prueba de Excel: te adjunto el archivo, tienes hasta el lunes. Un saludo, Kim'
  ],
  [
    'rejection',
    'RE: Recepción',
    'Hola, al final solo hay una plaza y se la hemos dado a una compañera que ya trabajó con nosotros en verano. Me quedo con tu CV. Kim'
  ],
  [
    'interview_request',
    'Re: Bewerbung Service',
    'Servus, danke für die Bewerbung! Können wir morgen um 18 Uhr kurz skypen? Liebe Grüße, Kim'
  ],
  [
    'offer',
    'Sommersaison',
    'Hallo! Wir würden uns freuen, wenn du die Sommersaison bei uns im Service machst. 1.900 netto, Zimmer frei. Sag mir bis Freitag Bescheid. Kim'
  ],
  [
    'rejection',
    'Filiale Nord',
    'Guten Tag, leider muss ich Ihnen mitteilen: Die Stelle in der Filiale Nord wird nach der Umstrukturierung nicht neu besetzt. Es tut mir leid. Kim Rowe'
  ],
  [
    'update',
    'VOG aanvragen',
    'Beste kandidaat, voordat we een arbeidsovereenkomst kunnen opstellen, hebben we een Verklaring Omtrent het Gedrag van je nodig. Je krijgt een link van Justis. Groet, Kim'
  ],
  ['acknowledgement', 'Re: candidatura', 'Buongiorno, grazie per il cv. La ricontatterò entro fine mese. Cordiali saluti, Kim'],
  [
    'assessment',
    'Next step',
    'Hi, lovely to meet you. The last step is a paid buddy shift on Tuesday 7am-3pm with one of our senior carers. Come to reception at 6.45. Kim'
  ],
  [
    'offer',
    'Relief work',
    'Hi, thanks for Monday with Year 1. We would like to offer you regular relief work on Tuesdays and Thursdays for the rest of the term. Kim'
  ],
  [
    'rejection',
    'Coordinator search',
    'Hi, thank you for applying. This week we asked someone who has volunteered with us for years to step into the role. I hope you will keep us in mind. Kim'
  ],
  ['acknowledgement', 'RE: Application - Driver', 'Hello, thank you, I have your CV. I am travelling today, I will read it on Monday. Kim'],
  [
    'assessment',
    'Re: Vet nurse',
    'Hi! Would you be up for doing a working day with us on Friday, 8.30 till 5? Paid of course. Bring scrubs. Kim'
  ],
  [
    'assessment',
    'Re: vacante',
    'Qué tal, vente el martes a las 9 al taller y te pongo a trabajar un rato para ver cómo andas. Trae tu ropa de trabajo. Kim'
  ],
  ['assessment', 'vendeuse', 'Bonjour, pouvez-vous venir faire un essai samedi de 8h à 12h au magasin ? Ce sera payé. Kim'],
  ['offer', 'Re: vacante', 'Oye, te fue muy bien ayer. Si quieres, el puesto es tuyo: empiezas el lunes. Avísame hoy. Kim'],
  [
    'offer',
    'AW: Bewerbung',
    'Hallo, hat gut gepasst am Samstag. Du kannst ab dem 1. Dezember anfangen, Vollzeit. Vertrag mache ich fertig. Kim'
  ],
  ['rejection', 'Re: update', "Hi, bad news: the analyst role has been cut for this cycle and we won't be hiring for it. I'm sorry. Kim"],
  [
    'rejection',
    'Rejestratorka',
    'Dzień dobry, dziękujemy za rozmowę. Informuję, że na to stanowisko została zatrudniona inna osoba. Pozdrawiam, Kim'
  ],
  ['acknowledgement', 'Re: Plaça de cuiner', "Hola, gràcies pel teu currículum, l'hem rebut. Et direm alguna cosa la setmana vinent. Kim"],
  [
    'rejection',
    'Re: Plaça de cuiner',
    'Hola, hem rebut moltes candidatures i finalment hem triat una altra persona amb més experiència. No hi seràs aquesta vegada. Kim'
  ]
]

describe('an ordinary month in British, Indian, Spanish and Catalan mail', () => {
  it.each(CASES)('%s: %s', (category, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/London' })
    expect(result.category, result.reasons.join('; ')).toBe(category)
  })
})
