/**
 * Promised response times in seven languages, resolved against one fixed mail: sent
 * Wednesday, Dec 2, 2026 at 18:30 in Los Angeles (-08:00), which is already Thursday in UTC.
 * So every "by Friday" here also proves the writer's own time zone is used.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { mailMessage } from '../support/mail-message'

const mail = (text: string, over: Partial<MailMessage> = {}): MailMessage =>
  mailMessage({
    messageId: '<m1@acme.example>',
    date: '2026-12-03T02:30:00Z',
    dateOffsetMinutes: -480,
    to: [{ name: '', address: 'me@mail.example' }],
    subject: 'Re: Thank you',
    text,
    ...over
  })

const respondBy = (text: string) => extractFacts(mail(text)).respondBy

const PROMISES: Array<[string, string]> = [
  // English: weekdays, relative days, weeks, ranges, business days, months, holidays
  ['You should hear from Priya about next steps by Friday.', '2026-12-04'],
  ['We will get back to you next Friday.', '2026-12-11'],
  ["We'll let you know tomorrow.", '2026-12-03'],
  ['We will let you know today.', '2026-12-02'],
  ['We aim to make a decision by end of day.', '2026-12-02'],
  ['Expect to hear from us early next week.', '2026-12-08'],
  ['We will have a decision next week.', '2026-12-11'],
  ['You will hear back by the end of next week at the latest.', '2026-12-11'],
  ['We will get back to you within two weeks.', '2026-12-16'],
  ['I will be in touch in the next day or two.', '2026-12-04'],
  ['We hope to have an update within 5 business days.', '2026-12-09'],
  ['You will hear from us within 48 hours.', '2026-12-04'],
  ['We will decide by the end of the week.', '2026-12-04'],
  ['We should have feedback this week.', '2026-12-04'],
  ['We will follow up by Monday.', '2026-12-07'],
  ['The team will decide on Thursday and I will let you know.', '2026-12-03'],
  ['We expect to make a decision by December 10.', '2026-12-10'],
  ['You will hear back by Dec 18th.', '2026-12-18'],
  ['We will have news by the end of the month.', '2026-12-31'],
  ['We plan to get back to candidates in early January.', '2027-01-10'],
  ['A decision is expected by the end of January.', '2027-01-31'],
  ['We will let you know in January.', '2027-01-31'],
  ['We expect to have an answer by mid-March.', '2027-03-15'],
  ['We will be in touch after the holidays.', '2027-01-08'],
  ['We will get back to you before the holidays.', '2026-12-23'],
  ['Expect an update in the new year.', '2027-01-08'],
  ['We will get back to you within a week.', '2026-12-09'],
  ['You will hear from us in 3 weeks.', '2026-12-23'],
  ['We usually respond within 1-2 weeks.', '2026-12-16'],
  ['I will get back to you in a couple of days.', '2026-12-04'],
  ['We will be in touch in a few days.', '2026-12-05'],
  ['We will make a decision next month.', '2027-01-31'],
  ['We will respond within a week or two.', '2026-12-16'],
  ['Our team will review your application and get back to you within 10 working days.', '2026-12-16'],
  ['We will reach out by 12/11.', '2026-12-11'],
  // German
  ['Sie hören bis Freitag von uns.', '2026-12-04'],
  ['Wir melden uns nächste Woche bei Ihnen.', '2026-12-11'],
  ['Wir melden uns Anfang nächster Woche.', '2026-12-08'],
  ['Eine Entscheidung erwarten wir Mitte nächster Woche.', '2026-12-09'],
  ['Wir melden uns in den nächsten Tagen.', '2026-12-05'],
  ['Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.', '2026-12-16'],
  ['Sie erhalten innerhalb von 10 Werktagen eine Rückmeldung.', '2026-12-16'],
  ['Wir melden uns morgen.', '2026-12-03'],
  ['Wir melden uns übermorgen bei Ihnen.', '2026-12-04'],
  ['Wir geben Ihnen bis zum 10. Dezember Bescheid.', '2026-12-10'],
  ['Bis Ende nächster Woche erhalten Sie eine Rückmeldung.', '2026-12-11'],
  ['Die Entscheidung fällt Ende des Monats.', '2026-12-31'],
  ['Wir melden uns im Januar.', '2027-01-31'],
  ['Eine Rückmeldung erhalten Sie Mitte März.', '2027-03-15'],
  ['Wir melden uns nach den Feiertagen.', '2027-01-08'],
  ['Wir geben Ihnen bis Ende der Woche Bescheid.', '2026-12-04'],
  // Spanish
  ['Te daremos una respuesta el viernes.', '2026-12-04'],
  ['Te contactaremos antes del lunes.', '2026-12-07'],
  ['Tendrás noticias nuestras la próxima semana.', '2026-12-11'],
  ['Te daremos una respuesta la semana que viene.', '2026-12-11'],
  ['Te contactaremos a principios de la próxima semana.', '2026-12-08'],
  ['Tendremos una decisión a finales de la próxima semana.', '2026-12-11'],
  ['Recibirás una respuesta en dos semanas.', '2026-12-16'],
  ['Responderemos dentro de 10 días hábiles.', '2026-12-16'],
  ['Te daremos una respuesta mañana.', '2026-12-03'],
  ['Te contactaremos pasado mañana.', '2026-12-04'],
  ['Tendremos una decisión en enero.', '2027-01-31'],
  ['Te daremos una respuesta a mediados de marzo.', '2027-03-15'],
  ['Te contactaremos después de las fiestas.', '2027-01-08'],
  ['Tendrás una respuesta antes del 15 de diciembre.', '2026-12-15'],
  // French
  ["Nous vous ferons un retour d'ici vendredi.", '2026-12-04'],
  ['Nous reviendrons vers vous la semaine prochaine.', '2026-12-11'],
  ['Vous aurez de nos nouvelles début de la semaine prochaine.', '2026-12-08'],
  ['Nous prendrons une décision à la fin de la semaine prochaine.', '2026-12-11'],
  ['Nous vous donnerons une réponse sous deux semaines.', '2026-12-16'],
  ['Nous vous ferons un retour sous 10 jours ouvrés.', '2026-12-16'],
  ['Nous reviendrons vers vous demain.', '2026-12-03'],
  ['Nous prendrons une décision en janvier.', '2027-01-31'],
  ['Vous aurez une réponse mi-mars.', '2027-03-15'],
  ['Nous reviendrons vers vous après les fêtes.', '2027-01-08'],
  ["Nous vous donnerons une réponse d'ici le 10 décembre.", '2026-12-10'],
  ['Nous vous recontacterons dans les prochains jours.', '2026-12-05'],
  // Dutch
  ['U hoort binnen twee weken van ons.', '2026-12-16'],
  ['We laten het u vrijdag weten.', '2026-12-04'],
  ['Je krijgt volgende week een terugkoppeling.', '2026-12-11'],
  ['We laten het je begin volgende week weten.', '2026-12-08'],
  ['Eind volgende week nemen we een beslissing.', '2026-12-11'],
  ['U ontvangt binnen 10 werkdagen een reactie.', '2026-12-16'],
  ['We laten het je morgen weten.', '2026-12-03'],
  ['We nemen in januari een beslissing.', '2027-01-31'],
  ['Je hoort half maart van ons.', '2027-03-15'],
  ['Je hoort na de feestdagen van ons.', '2027-01-08'],
  // Portuguese
  ['Daremos um retorno até sexta-feira.', '2026-12-04'],
  ['Você terá uma resposta na próxima semana.', '2026-12-11'],
  ['Daremos um retorno na semana que vem.', '2026-12-11'],
  ['Você receberá uma resposta dentro de duas semanas.', '2026-12-16'],
  ['Daremos um retorno em 10 dias úteis.', '2026-12-16'],
  ['Daremos uma resposta amanhã.', '2026-12-03'],
  ['Teremos uma decisão em janeiro.', '2027-01-31'],
  ['Daremos um retorno em meados de março.', '2027-03-15'],
  ['Entraremos em contato depois das festas.', '2027-01-08'],
  ['Teremos uma decisão no final da próxima semana.', '2026-12-11'],
  ['Daremos um retorno no início da próxima semana.', '2026-12-08'],
  // Italian
  ['Ti daremo un riscontro entro venerdì.', '2026-12-04'],
  ['Ti faremo sapere la prossima settimana.', '2026-12-11'],
  ['Avrai una risposta la settimana prossima.', '2026-12-11'],
  ['Ti daremo una risposta entro due settimane.', '2026-12-16'],
  ['Ti daremo un riscontro entro 10 giorni lavorativi.', '2026-12-16'],
  ['Ti faremo sapere domani.', '2026-12-03'],
  ['Prenderemo una decisione a gennaio.', '2027-01-31'],
  ['Avrai una risposta a metà marzo.', '2027-03-15'],
  ['Ti ricontatteremo dopo le feste.', '2027-01-08'],
  ['Prenderemo una decisione entro la fine della prossima settimana.', '2026-12-11'],
  ["Ti faremo sapere all'inizio della prossima settimana.", '2026-12-08'],
  ['Ti contatteremo nei prossimi giorni.', '2026-12-05']
]

describe('promised response times, against a mail of Wed, Dec 2 2026 18:30 -08:00', () => {
  it.each(PROMISES)('%s → %s', (sentence, day) => {
    const facts = extractFacts(mail(`Hi Sam,\n\nThanks again for your time. ${sentence}\n\nBest,\nDana`))
    expect(facts.respondBy).toBe(day)
    expect(facts.timelineGiven).toBe(true)
    expect(facts.evidence).toBe(sentence)
  })

  it('covers at least 60 phrasings in seven languages', () => {
    expect(PROMISES.length).toBeGreaterThanOrEqual(60)
  })

  it('reads the writer’s day, not UTC: the same instant written from Berlin is already Thursday', () => {
    expect(respondBy('We will let you know tomorrow.')).toBe('2026-12-03')
    expect(extractFacts(mail('We will let you know tomorrow.', { dateOffsetMinutes: 60 })).respondBy).toBe('2026-12-04')
  })

  it('a range resolves to its end, and the later of two dates wins', () => {
    expect(respondBy('We will get back to you by Friday, at the latest early next week.')).toBe('2026-12-08')
    expect(respondBy('We usually respond within two to three weeks.')).toBe('2026-12-23')
  })

  it('an automatic acknowledgement that promises "within two weeks" gave a timeline', () => {
    const facts = extractFacts(
      mail('Thank you for applying to Acme. Our team reviews every application and will get back to you within two weeks.', {
        from: { name: 'Acme Careers', address: 'no-reply@greenhouse.io' }
      })
    )
    expect(facts.timelineGiven).toBe(true)
    expect(facts.respondBy).toBe('2026-12-16')
    expect(facts.replyTo).toBeNull()
  })
})

describe('no timeline', () => {
  it.each([
    'Thanks for taking the time to chat with us today. It was great to meet you.',
    'The interview is on Friday at 10:00 in our office.',
    'I have been at Acme for 3 years and love it.',
    "We can't give you a timeline yet, but we will be in touch.",
    'We will get back to you soon.',
    'Guten Morgen, vielen Dank für das Gespräch.',
    'Gracias por tu tiempo esta mañana.'
  ])('%s', (text) => {
    const facts = extractFacts(mail(text))
    expect(facts.timelineGiven).toBe(false)
    expect(facts.respondBy).toBeNull()
  })

  it('ignores what is quoted from an earlier mail', () => {
    expect(
      extractFacts(mail('Thanks, noted!\n\nOn Tue, Dec 1, 2026 at 9:00 AM Dana wrote:\n> We will get back to you by Friday.')).timelineGiven
    ).toBe(false)
  })
})

describe('the candidate’s deadline', () => {
  it.each([
    ['Please complete the assessment by Monday.', '2026-12-07'],
    ['Please submit your solution within 5 days.', '2026-12-07'],
    ['Kindly sign and return the offer letter by December 9.', '2026-12-09'],
    ['Bitte reichen Sie die Aufgabe bis Freitag ein.', '2026-12-04'],
    ['Por favor, completa la prueba antes del viernes.', '2026-12-04'],
    ['Merci de compléter le test avant lundi.', '2026-12-07'],
    ['Graag de opdracht uiterlijk vrijdag insturen.', '2026-12-04'],
    ['Por favor, assine a proposta até sexta-feira.', '2026-12-04'],
    ['Ti chiediamo di completare il test entro lunedì.', '2026-12-07']
  ])('%s → %s', (sentence, day) => {
    const facts = extractFacts(mail(sentence))
    expect(facts.candidateDeadline).toBe(day)
    expect(facts.deadlineEvidence).toBe(sentence)
    expect(facts.respondBy).toBeNull()
  })

  it('tells the deadline and the promise apart in one mail', () => {
    const facts = extractFacts(mail('Please complete the take-home by Monday. We will get back to you within a week after that.'))
    expect(facts.candidateDeadline).toBe('2026-12-07')
    expect(facts.respondBy).toBe('2026-12-09')
  })
})

describe('the next step and the person to answer', () => {
  it.each([
    ['The next step would be a final round with our CTO.', 'another interview round'],
    ['As a next step, could you send us two references?', 'references'],
    ['We will make a decision by Friday.', 'a decision'],
    ['Der nächste Schritt ist eine Probeaufgabe.', 'an assessment'],
    ['El siguiente paso es una segunda ronda con el equipo.', 'another interview round']
  ])('%s → %s', (sentence, step) => {
    expect(extractFacts(mail(sentence)).nextStep).toBe(step)
  })

  it('names the writer with the title from the signature', () => {
    const facts = extractFacts(
      mail(
        'Hi Sam,\n\nWe will get back to you by Friday.\n\nBest regards,\nDana Whitfield\nEngineering Manager, Acme Robotics\n+1 555 0100'
      )
    )
    expect(facts.replyTo).toEqual({
      name: 'Dana Whitfield',
      email: 'dana@acme.example',
      title: 'Engineering Manager, Acme Robotics',
      evidence: 'Dana Whitfield, Engineering Manager, Acme Robotics, +1 555 0100'
    })
  })

  it('a hiring system’s no-reply mail is answered to the recruiter its signature names', () => {
    const facts = extractFacts(
      mail('Hi Sam,\n\nWe would love to move you forward.\n\nBest,\nPriya Raman\nTalent Partner\npriya.raman@acme.example', {
        from: { name: 'Acme via Greenhouse', address: 'no-reply@greenhouse.io' }
      })
    )
    expect(facts.replyTo).toMatchObject({ name: 'Priya Raman', email: 'priya.raman@acme.example', title: 'Talent Partner' })
  })

  it('Reply-To wins over From', () => {
    const facts = extractFacts(
      mail('Thanks!', {
        from: { name: 'Acme Jobs', address: 'jobs@acme.example' },
        replyTo: { name: 'Priya Raman', address: 'priya@acme.example' }
      })
    )
    expect(facts.replyTo).toMatchObject({ name: 'Priya Raman', email: 'priya@acme.example' })
  })
})
