/**
 * The mail between the steps, and yes and no in people's own words (concepts-between-steps.ts, found on training-29,
 * -30 and -31), the job titles that name a step ("Benefits Assessment Officer", "Revenues Officer (Council Tax)"), a
 * test's marking under way, and a clear refusal that a vague reading of words does not undo (second-opinion.ts).
 * Around the interview and big institutions' processes (training-32, -33): confirmations and reminders, registrations,
 * reserve lists and pools, tests convened, appointments offered from a list; agencies (training-34); a reply written
 * under the quote, and other shapes (training-35); the long waits (training-36, -37).
 * The sentences were written for this test, not taken from the batches.
 */
import { describe, expect, it } from 'vitest'
import { mailMessage } from '../support/mail-message'
import { byRules } from '../../src/shared/core/classifier'
import { prepareBody, prepareSubject } from '../../src/shared/core/classifier/text'
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
  // Around the interview (training-32): a confirmation or a reminder of one already arranged is an update.
  [
    'update',
    'Interview confirmation - Stores Assistant',
    'Dear Sam, further to our call, this is to confirm your face-to-face interview on Thursday 12 November at 2 pm at our Leeds depot. Please bring photo ID. HR'
  ],
  [
    'update',
    'Reminder',
    'Hi Sam, just a quick reminder of your interview tomorrow at 10 with Maria and me. Park at the back and ring the bell. Robin'
  ],
  ['update', 'Sv: Ansökan', 'Hej! Tack för samtalet. Jag bekräftar härmed intervjun tisdag 10 november kl. 9.00 hos oss. Hälsningar Robin'],
  ['update', 'Re: Aplikacja', 'Dzień dobry, zgodnie z rozmową potwierdzam spotkanie w piątek o 12:00 w naszym biurze. Pozdrawiam, Robin'],
  [
    'update',
    'Conferma colloquio',
    'Gentile Sam, come da accordi telefonici, le confermo il colloquio di martedì alle 10 presso la nostra sede. Cordiali saluti'
  ],
  ['update', 'Recordatorio', 'Hola Sam, te recuerdo tu entrevista de mañana a las 9 con el gerente. Trae tu identificación. Saludos'],
  ['update', 'Lembrete', 'Bom dia, relembramos a sua entrevista de amanhã às 10h. Traga o cartão de cidadão. Cumprimentos'],
  [
    'update',
    'Ihr Vorstellungsgespräch',
    'Guten Tag, gerne bestätige ich Ihnen das Vorstellungsgespräch am Montag um 10 Uhr. Es findet im Raum 3 statt. Freundliche Grüsse'
  ],
  ['update', 'Uw gesprek', 'Goeiemiddag, uw gesprek van dinsdag moet ik helaas verplaatsen naar woensdag om 11u. Zelfde adres. Groeten'],
  ['update', 'RE: Entrevista', '¿Te vendría bien pasar la entrevista a las 13:00 del mismo día? Mismo sitio. Un saludo'],
  ['update', 'RE: Clase demostrativa', 'Estimada, le informo que la clase demostrativa se cambia al viernes 13, a la misma hora. Saludos'],
  [
    'acknowledgement',
    'Re: Pharmacy assistant',
    "Hi Sam, thanks for your application, got it safely. I'll be in touch with the people I'd like to meet once the advert closes. Robin"
  ],
  [
    'update',
    'Interview - Staff Nurse',
    'Hi Sam, 10:00 is fine. Bring photo ID and two proofs of address (a bank statement, council tax bill etc). Parking is behind the clinic. Robin'
  ],
  [
    'assessment',
    'Selection day',
    'Dear Sam, on the day you will teach a 20-minute phonics session to a small group of Year 1 children; please bring a plan. HR'
  ],
  // Big institutions (training-33).
  [
    'acknowledgement',
    'Application Submitted Successfully',
    'Dear candidate, your online application has been submitted successfully. Please keep a printout for your records.'
  ],
  [
    'acknowledgement',
    'Confirmación de inscripción',
    'Señor(a) aspirante: su inscripción en el proceso de selección se realizó exitosamente. Consulte el sitio web para las siguientes etapas.'
  ],
  ['acknowledgement', 'Inscrição confirmada', 'Olá! Confirmamos o pagamento e a sua inscrição no concurso público. Boa sorte!'],
  [
    'acknowledgement',
    'Je kandidatuur',
    'Beste Sam, bedankt voor je kandidatuur voor de functie van baliemedewerker. We hebben ze goed ontvangen.'
  ],
  [
    'assessment',
    'Citación a pruebas escritas',
    'Señor(a) aspirante: la Comisión le cita a las pruebas escritas el domingo 6 de diciembre a las 7:30 a.m. Presente su cédula.'
  ],
  [
    'assessment',
    'Zaproszenie',
    'Zapraszam na test kwalifikacyjny w dniu 12 listopada o godz. 9:00 w sali nr 4. Proszę zabrać dowód osobisty.'
  ],
  [
    'rejection',
    'Resultados',
    'Señor(a) aspirante: se publicaron los resultados. Estado: NO CONTINÚA en el proceso de selección por no superar la prueba eliminatoria.'
  ],
  [
    'update',
    'Resultaat selectie',
    'Dag Sam, je bent geslaagd voor beide proeven en je bent opgenomen in de wervingsreserve, op de 2e plaats. Je hoeft nu niets te doen.'
  ],
  [
    'update',
    'Results',
    'Hello, you have met the essential qualifications and your name has been placed in a pool of qualified candidates. This is not an offer of employment.'
  ],
  [
    'update',
    'Background Investigation',
    'Sam, I will complete your pre-employment background investigation. Attached is the Personal History Questionnaire; please return it by Friday.'
  ],
  [
    'offer',
    'A post from the reserve list',
    "Dear Sam, a further post has been approved and, as the next candidate in merit order, I'd like to offer it to you. Please reply by Wednesday."
  ],
  [
    'offer',
    'Llamamiento bolsa',
    'Según el orden de la bolsa, le ofertamos el siguiente nombramiento en la unidad de Cirugía desde el lunes. Dispone de 24 horas para aceptar o rechazar la oferta.'
  ],
  [
    'interview_request',
    'Convocation',
    "Vous êtes convoqué(e) à l'épreuve orale, qui consiste en un entretien avec le jury de 25 minutes, le mardi 8 décembre à 10h."
  ],
  [
    'rejection',
    'Notificação',
    'Fica notificado de que o júri deliberou propor a sua exclusão do procedimento por falta da licenciatura exigida.'
  ],
  // A podcast's interview, a bank's mortgage meeting: about the person, not a job.
  [
    'unrelated',
    'Interview request',
    "Hi Sam, I host a small podcast about career changers and I'd love to have you on the show. Would a morning next week work for recording?"
  ],
  [
    'unrelated',
    'Conferma appuntamento',
    'Gentile Sam, ti confermiamo il colloquio con il tuo consulente per la valutazione della tua richiesta di mutuo, martedì alle 17.'
  ],
  // Agencies (training-34): a registration received, a placement or shifts offered, a contract signed, a hold.
  [
    'acknowledgement',
    'RE: Agency carer - registration',
    'Hi, thank you for registering with Brightmoor Care Staffing - your CV came through safely and your profile is set up. Robin'
  ],
  [
    'acknowledgement',
    'RE: Payroll Officer',
    'Hi, thanks a million for applying for the Payroll Officer role. I will look at the applications after the closing date. Robin'
  ],
  [
    'offer',
    'Supply cover - yours if you want it',
    'Hi! The school need cover for Year 2 from Monday to Christmas and the head said yes to your profile: the job is yours if you want it. Let me know by 9am. Robin'
  ],
  [
    'offer',
    "You're cleared!",
    "Good morning! Your file cleared compliance. I have two shifts I'd love to give you this weekend, 7am to 3pm. Reply by 5pm if you want them. Robin"
  ],
  [
    'update',
    'AW: Ihr Einsatz ab Montag',
    'Hallo, danke für den unterschriebenen Vertrag! Für die Anmeldung fehlen mir noch Ihre Steuer-ID und die IBAN, bitte bis Mittwoch. Gruss'
  ],
  [
    'update',
    'Bit of a curveball',
    "Morning, the client has put the contract on hold until the new year while funding closes. To be clear this isn't a no: they want to pick it up with you then. Robin"
  ],
  // Structure (training-35): an interview cancelled in Spanish, an offer letter late, Polish receipts and refusals.
  [
    'update',
    'Re: Candidatura',
    'Buenas tardes, la doctora tiene que anular la entrevista de mañana por una urgencia. Le llamaremos la semana que viene para buscar otro día.'
  ],
  [
    'update',
    'Re: Onsite',
    "Hi Sam, our committee moved its meeting, so the offer letter will reach you by Wednesday instead of today; we've pushed your deadline to Friday."
  ],
  ['acknowledgement', 'Re: CV', 'Dzień dobry, dziękujemy za przesłanie CV. Z wybranymi osobami skontaktujemy się w ciągu dwóch tygodni.'],
  ['rejection', 'Re: CV', 'Dzień dobry, niestety tym razem nie możemy zaproponować Pani zatrudnienia - wybraliśmy osobę z doświadczeniem.'],
  // The long waits (training-36, -37): holding notes in five languages, a refusal in Flemish, things that are no job.
  [
    'update',
    'Interview timing',
    'Hello, you have been selected for interview, but we are holding interviews until the budget is signed off on 4 November. No action is needed from you right now.'
  ],
  [
    'update',
    'Supervisor role',
    "Hi, it's been a few weeks since your assessment and you did well on it. Our manager is on leave, so final interviews wait until she is back. I'll update you by Friday 13th."
  ],
  [
    'update',
    'Tussenbericht',
    'Hoi, een tussenbericht: we willen je graag spreken, maar tot de ondernemingsraad advies geeft mogen we officieel nog niemand uitnodigen. Je hoort uiterlijk 6 november van ons.'
  ],
  [
    'update',
    'Esito colloquio',
    'Gentile candidata, la ringrazio ancora per il colloquio di martedì. Fino alla riunione del consiglio non posso comunicare esiti a nessuno.'
  ],
  ['update', 'Søknad', 'Hei, vi har dessverre ikke kommet noe videre ennå. Vi regner med å komme tilbake til deg i uke 44.'],
  [
    'update',
    'Din ansøgning',
    'Kære ansøger, vi har valgt at forlænge ansøgningsfristen til 30. oktober. Din ansøgning er naturligvis stadig med.'
  ],
  [
    'update',
    'Próxima etapa',
    'Oi! Você foi muito bem na prova prática. O que estamos aguardando agora é a aprovação do orçamento; te dou um retorno até sexta.'
  ],
  [
    'rejection',
    'Stand van zaken',
    'Dag, de keuze is gevallen op een interne collega. Uw kandidatuur werd dus niet weerhouden voor deze functie.'
  ],
  [
    'acknowledgement',
    'Your application: Operations Associate',
    'Hi there, thanks for applying to be our Operations Associate! One of the founders will read it. You can read more about us on our blog.'
  ],
  [
    'unrelated',
    'In-year application - waiting list',
    'Dear Parent/Carer, thank you for your application. Unfortunately we are unable to offer a place at Hillside Primary School at this time.'
  ],
  [
    'unrelated',
    'Invitation : atelier',
    "Bonjour, nous avons le plaisir de vous inviter à notre atelier « Réussir son entretien d'embauche » jeudi à 9h30. Merci de confirmer votre présence."
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

  it('marks a confirmation or a reminder as confirming an interview, so the calendar gets it if it is not there yet', () => {
    for (const [subject, text] of [
      ['Sv: Ansökan', 'Hej! Tack för samtalet. Jag bekräftar härmed intervjun tisdag 10 november kl. 9.00 hos oss. Hälsningar Robin'],
      ['Recordatorio', 'Hola Sam, te recuerdo tu entrevista de mañana a las 9 con el gerente. Trae tu identificación. Saludos']
    ]) {
      const result = byRules(mail(subject, text), { relatedToApplication: true })
      expect(result.category).toBe('update')
      expect(result.confirmsInterview).toBe(true)
    }
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

describe('a reply written under the quote (bottom-posted)', () => {
  const bottomPosted = (answer: string) =>
    `On Thu, 8 Oct 2026 at 3:10 am, Sam <candidate@mail.candidate.example> wrote:\n> Hi Robin,\n>\n> I'm applying for the instructor role.\n>\n> Sam\n\n${answer}\n\nRobin\nOwner, Reef Divers`

  it('reads the answer under the quoted lines as the sender’s own words', () => {
    const own = prepareBody(
      bottomPosted("Thanks Sam, keen for a video chat on Tuesday at 3pm? I'll send a link."),
      prepareSubject('Re: Instructor')
    ).own
    expect(own).toContain('keen for a video chat on Tuesday')
    expect(own).not.toContain("I'm applying")
    expect(
      byRules(mail('Re: Instructor', bottomPosted("Sam, the job's yours if you want it. Let me know by Monday.")), {
        relatedToApplication: true
      }).category
    ).toBe('offer')
  })

  it('still reads only the text above the quote when the reply is on top', () => {
    const own = prepareBody(
      'Happy to meet on Tuesday.\n\nOn Thu, 8 Oct 2026, Sam wrote:\n> Could we meet?\n\nThis line is not under a quote of its own.',
      prepareSubject('Re: meeting')
    ).own
    expect(own).toBe('Happy to meet on Tuesday.')
  })
})

describe('phrases read on the lower-cased text', () => {
  it('match mail written in capitals and quote it as written', () => {
    const result = byRules(mail('YOUR APPLICATION', 'DEAR SAM, WE REGRET TO INFORM YOU THAT YOU WERE NOT SELECTED FOR THIS POST. HR'), {
      relatedToApplication: true
    })
    expect(result.category).toBe('rejection')
    expect(result.reasons.join(' ')).toContain('NOT SELECTED')
  })

  it('still match where lower-casing changes the length of the text (a Turkish İ)', () => {
    const result = byRules(
      mail('İstanbul office', 'Dear Sam, from our İstanbul office: we regret to inform you that you were not selected. HR'),
      {
        relatedToApplication: true
      }
    )
    expect(result.category).toBe('rejection')
    // Quoted whole, at its own place in the mail: not shifted by the extra character lower-casing adds.
    expect(result.reasons).toContain('"were not selected"')
  })
})
