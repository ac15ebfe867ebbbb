/**
 * The mail between the steps, and yes and no in people's own words (concepts-between-steps.ts, found on training-29,
 * -30 and -31), the job titles that name a step ("Benefits Assessment Officer", "Revenues Officer (Council Tax)"), a
 * test's marking under way, and a clear refusal that a vague reading of words does not undo (second-opinion.ts).
 * The sentences were written for this test, not taken from the batches.
 */
import { describe, expect, it } from 'vitest'
import { mailMessage } from '../support/mail-message'
import { byRules } from '../../src/shared/core/classifier'
import { CLEAR_REJECTION, rulesStand } from '../../src/shared/core/classifier/second-opinion'
import type { TextReading } from '../../src/shared/core/classifier/text-model'
import type { MessageCategory } from '../../src/shared/model'

const mail = (subject: string, text: string) =>
  mailMessage({
    date: '2026-11-10T09:00:00Z',
    dateOffsetMinutes: 0,
    from: { name: 'Robin Vale', address: 'robin.vale@employer.example' },
    subject,
    text
  })

const CASES: Array<[MessageCategory, string, string]> = [
  // Checks before the first shift, the roster, a test's marking, a paused process, a referral, questions before passing on.
  [
    'update',
    'Re: Care assistant',
    "Hi, lovely to talk today. I'd love to have you on a shift but I can't book you on until I have your DBS and two references back. I'll chase them this week. Robin"
  ],
  [
    'update',
    'Welcome!',
    "Hi, all your checks are back, so you're now on the roster. Your first shift is Tuesday 17th, 7am, with Mel on the ground floor. Robin"
  ],
  [
    'update',
    'Re: Data task',
    'Hi, apologies for the wait. The team are going through your submissions now and I should have feedback for you by Thursday. Robin'
  ],
  [
    'update',
    'RE: Written test - Lab Analyst',
    'Dear Candidate, the written test scripts are being marked this week. We will write to those selected for the next round by 20 November. HR'
  ],
  [
    'update',
    'Finance Assistant recruitment',
    'Dear applicant, shortlisting has been paused while the budget for next year is agreed. We will resume the process in December and write to you then. HR'
  ],
  [
    'update',
    'Proceso Auxiliar Contable',
    'Buenas tardes, el proceso se encuentra suspendido temporalmente por el cierre del año fiscal. Retomaremos el proceso en enero y le avisaremos. Saludos'
  ],
  [
    'update',
    'Status of your application',
    'Dear applicant, your application has been referred to the hiring manager for consideration. You may be contacted directly for an interview. This is an automated message.'
  ],
  [
    'update',
    'Re: Bookkeeper',
    'Hi, thanks for applying. Before I pass your CV on to the partners, what are your salary expectations, and could you do three days a week? Robin'
  ],
  [
    'update',
    'Unterlagen für Ihren Arbeitsvertrag',
    'Guten Tag, wie am Telefon besprochen: Für den Arbeitsvertrag benötige ich bis Ende der Woche noch folgende Unterlagen: Zeugnisse, Steuer-ID und Bankverbindung. Freundliche Grüsse'
  ],
  [
    'update',
    'AW: Probetag',
    'Guten Tag, als Nächstes möchten wir gerne Referenzauskünfte einholen. Sind Sie einverstanden? Freundliche Grüsse'
  ],
  [
    'update',
    'RE: Clase de prueba',
    'Hola, muchas gracias por su clase del martes. Todavía nos faltan dos candidatos y decidiremos la semana que viene. Saludos'
  ],
  [
    'update',
    'RE: Benefits Assessment Officer',
    'Dear applicant, you would normally have heard from us by now. Shortlisting has been paused while the service is reviewed; I hope to update you by 27 November. HR'
  ],
  [
    'acknowledgement',
    'Your application: Revenues Officer (Council Tax)',
    'Dear applicant, thank you for applying for Revenues Officer (Council Tax). We have received your application and will pass it to the manager after the closing date. HR'
  ],
  // An interview moved (Italian), a trial night (French).
  [
    'update',
    'R: Colloquio',
    'Buongiorno, purtroppo domani non potremo fare il colloquio per un imprevisto. Lo spostiamo a lunedì, stessa ora. Cordiali saluti'
  ],
  [
    'assessment',
    'Soirée en salle',
    "Bonjour, je vous propose une soirée d'essai vendredi de 18h à 23h avec notre chef de rang. Merci de confirmer."
  ],
  // No, in the writer's own words.
  [
    'rejection',
    'Re: Kitchen porter',
    "Hi, sorry for the slow reply. I don't have the position anymore, my nephew is taking it. Good luck. Robin"
  ],
  [
    'rejection',
    'Re: Saturday',
    "Hi, the big contract fell through, so I'm going to have to say no for now. Sorry, I'd have liked to have you. Robin"
  ],
  [
    'rejection',
    'Thank you',
    "Hello, thank you again for coming in. We need someone who drives for these visits, so we won't be offering you a post this time. Take care. Robin"
  ],
  [
    'rejection',
    'Clerk post - withdrawn',
    'Dear applicant, following the review the post has been withdrawn and your application will not progress. We are sorry to bring this news. HR'
  ],
  [
    'rejection',
    'RE: Vervanging',
    'Dag, ik moet u laten weten dat ik de vervanging niet aan u kan geven: een collega met meer anciënniteit gaat voor. Groeten'
  ],
  [
    'rejection',
    'AW: Bewerbung',
    'Grüezi, Ihr Dossier gefällt mir, aber ohne die Anerkennung des Diploms kann ich Ihre Bewerbung leider nicht weiter berücksichtigen. Freundliche Grüsse'
  ],
  ['rejection', 'Re: Skladník', 'Dobrý den, místo skladníka je už bohužel obsazené, přijali jsme kolegu z jiné pobočky. Děkuji za zájem.'],
  // Yes, told as "let's try it with you", and an offer revised with its decision date pushed out.
  [
    'offer',
    'Re: Melker',
    'Hoi, we willen het graag met je proberen. Je kan 1 december beginnen, 32 uur in de week. Laat je het weten? Robin'
  ],
  [
    'offer',
    'RE: Your offer - Staff Nurse',
    "Hi, we can't move on the base rate, but we can add a relocation payment, and I've pushed your decision date out to Friday so you have time to think. Robin"
  ],
  // A bank's application is no job.
  [
    'unrelated',
    "We've received your application",
    'Hi, thanks for applying for a Personal Loan with us. One of our lending team will review your application within 2 business days.'
  ]
]

describe('the mail between the steps, and yes and no in their own words', () => {
  it.each(CASES)('%s: %s', (category, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: category !== 'unrelated', timeZone: 'Europe/London' })
    expect(result.category, result.reasons.join('; ')).toBe(category)
  })

  it('does not give a clear refusal away to a reading of words that is itself unsure', () => {
    const text =
      'Dobrý den, místo recepční je už bohužel obsazené, přijali jsme kolegyni z jiného hotelu. Pokud budete mít zájem o sezónní výpomoc, ozvěte se mi na jaře. S pozdravem'
    const rules = byRules(mail('Re: Recepční', text), { relatedToApplication: true })
    expect(rules.category).toBe('rejection')
    expect(rules.confidence).toBeGreaterThanOrEqual(CLEAR_REJECTION)
    // A reading of words as in training-30: "update" at 48 %, or a language the model barely knows read as an interview.
    const reading = (category: 'update' | 'interview_request', probability: number): TextReading => ({
      category,
      probability,
      margin: probability - 0.2,
      probabilityOf: (c) => (c === category ? probability : c === 'rejection' ? 0.2 : 0.05)
    })
    expect(rulesStand(rules, reading('update', 0.48))).toBe(true)
    expect(rulesStand(rules, reading('interview_request', 0.3))).toBe(true)
    // A clear reading still speaks, and so does any reading against a refusal the rules were unsure of.
    expect(rulesStand(rules, reading('update', 0.7))).toBe(false)
    expect(rulesStand({ ...rules, confidence: CLEAR_REJECTION - 0.05 }, reading('update', 0.48))).toBe(false)
  })
})
