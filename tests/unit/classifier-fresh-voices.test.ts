/**
 * Over 300 lines: one list of hand-written messages, kept whole so the first-contact figure above stays checkable.
 *
 * Fresh voices (issue 11): 81 messages written on 5 Dec 2026 before any rule was changed for them, in seven languages
 * and the registers of a pharmacy, a primary school, a care home, the civil-service sift, a ward, a kitchen, a practice
 * manager, a Kita, a town hall, a Brazilian retailer and an Italian concorso.
 * First contact: 68/81 (84 %). Two of the misses were a trial shift and a Probearbeitstag written as assessments; the
 * project then filed a trial shift as an interview step (70/81 by that convention). Later the same day three writers who
 * never saw the rules labelled work trials assessments too, and the convention changed back to how they read it. The 11 real
 * misses, 9 of them rejections, each taught a general rule: "offer the role to someone who…", "we've filled the nights
 * position", "I'm going to keep looking", "we have now appointed to the receptionist vacancy", "hemos seguido adelante
 * con otra candidatura", "nos quedamos con alguien", "choisi de recruter quelqu'un en interne", "niet met jou voort te
 * zetten", "seguiremos com outros candidatos"; an offer followed by "— can you do Monday?" (the question is the clause
 * after the dash); "received, I'll pass it on to Dr Shah".
 * Round 2 (ROUND_2, 63 more, written after round 1's rules): first contact 55/63 (87 %). Its misses: "your start date is",
 * "got it! I'll have a read through tonight", an interview cancelled with no new date (an update, whatever the subject
 * says), "el puesto … ya ha sido cubierto", "donner suite à une autre candidature", "is de keuze gevallen op een andere
 * kandidaat", Brazilian admission paperwork read as a receipt ("comprovante"); and one an honest reader could file
 * either way ("your file is complete and goes to the committee"), which now accepts update or acknowledgement.
 * Round 3 (ROUND_3, 42 more, mostly updates and mixed mail, written after round 2's rules and training-5's): first
 * contact 37/42 (88 %). Misses: an expenses form and an occupational-health "assessment" (paperwork, not a test), "wir
 * würden dich gern zu einem zweiten Gespräch … einladen", "¿cuál sería tu disponibilidad para incorporarte?" (a
 * question about a start date, not an invitation), "nous ne donnerons malheureusement pas suite à votre candidature".
 * Round 4 (ROUND_4, 29 more, written after held-out-5's first contact showed rejection recall at 52 %: rejections without
 * a stock word, and mail that mentions a test without asking for one): first contact 15/29 (52 %, the same as
 * held-out-5's rejections). Misses: "I've taken on a young fella who…", "we've gone with a driver who…", "don't think
 * it's quite the right fit", "position's been filled", "did not meet the threshold", "leider passt es … nicht", "no vas
 * a continuar en el proceso", "apostar por otra persona", "le poste a été proposé à une autre personne", "optamos por
 * candidatas com…", "ocupada por outro candidato", "andare con un altro ragazzo"; a test received, results passed on,
 * "recibida la prueba" (updates: the step is behind the candidate, and a reply's subject alone says nothing new).
 * Round 5 (ROUND_5, 34 more: offers, invitations and receipts in new registers, and look-alikes about a library card, a
 * mortgage, a flat viewing): first contact 32/34 (94 %). Misses: "the job's yours if you want it", Dutch "dat we je
 * graag willen aannemen" (the verb last).
 * Round 6 (ROUND_6, 22 more: invitations that mention a task, tests in plain words, tests named in passing, a driving
 * theory test and blood test results): first contact 20/22 (91 %). Misses: "can you do a 45-minute call on Thursday",
 * and "the next stage would be a short written test, but we'll only know next week whether…" (a plan, not a request).
 * Round 7 (ROUND_7, 23 more: rejections in new words after round 4's rules, and three look-alikes): first contact 16/23;
 * rejections 13/20 (65 %, was 52 % in round 4). Misses: "the client picked an internal guy", "the role has actually gone
 * to one of the other finalists", "would not be the best fit", "el puesto lo va a ocupar una compañera", "a finalement
 * opté pour une enseignante déjà titulaire", "besloten jou niet uit te nodigen", "acabou contratando alguém".
 * Round 8 (ROUND_8, 18 more: English as written in India, the Philippines, Nigeria, Kenya, Singapore and South Africa —
 * "kindly revert", "telephonic round", "close the position with another candidate", CTC and notice period): first
 * contact 17/18. Miss: "well received with thanks".
 */
import { describe, expect, it } from 'vitest'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { mailMessage } from '../support/mail-message'
// The phrase layer: what the rules know of each sentence. The text model's second opinion on filed mail is measured on
// whole mails (mail-corpus.test.ts) and pinned in classifier-second-opinion.test.ts.
import { byRules as classifyMessage, classifyMessage as withSecondOpinion } from '../../src/shared/core/classifier'
import { someoneElseChosen } from '../../src/shared/core/classifier/someone-else'
import type { MessageCategory } from '../../src/shared/model'

const mail = (subject: string, text: string, from: string): MailMessage =>
  mailMessage({
    date: '2026-11-12T10:00:00Z',
    dateOffsetMinutes: 60,
    from: { name: from.split('@')[0] ?? '', address: from },
    subject,
    text
  })

/** One category, or two an honest reader could give ("your file is complete": an update or an acknowledgement). */
type Expected = MessageCategory | `${MessageCategory}|${MessageCategory}`

const PERSON = 'alex@employer.example'
const SYSTEM = 'no-reply@employer.example'

/** [category, subject, the sender's words, sender, filed on an application?]. */
export const FRESH: Array<[MessageCategory, string, string, string, boolean]> = [
  // English
  [
    'rejection',
    'Re: Pharmacy technician interview',
    "Hi Jordan,\n\nThanks again for coming in on Tuesday. I've had a think and spoken with the owner, and I'm going to offer the role to someone who's worked with our dispensing system before. I really appreciated your time and I'll keep your CV on file if anything comes up.\n\nBest,\nMark",
    PERSON,
    true
  ],
  [
    'rejection',
    'Your application - Year 4 Class Teacher',
    "Dear Jordan,\n\nThank you for attending interview at Oakfield Primary. The panel were impressed by your lesson, however on this occasion we will not be offering you the post. Feedback is available on request from the Headteacher's PA.\n\nKind regards,\nMrs J. Patel\nSchool Business Manager",
    PERSON,
    true
  ],
  [
    'rejection',
    'Update on your application',
    'Thank you for your interest in the Accounts Payable Specialist position. After careful review, we have decided to move forward with other applicants whose experience more closely aligns with the requirements of this role.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Care Assistant role',
    "Hiya Jordan, just to let you know we've filled the nights position now. Sorry it wasn't better news. Take care, Bev (Registered Manager)",
    PERSON,
    true
  ],
  [
    'rejection',
    'Outcome of selection process - Policy Officer (EO)',
    'Dear Jordan,\n\nThe sift for the above vacancy has now concluded. Unfortunately your application did not meet the required standard at sift stage and we will not be progressing it further. Your behaviour scores are shown below.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Sous chef trial',
    "Jordan, cheers for Saturday, you worked hard. Honestly though we need someone with more pastry so I'm going to keep looking. Good luck mate. Dave",
    PERSON,
    true
  ],
  [
    'rejection',
    'Receptionist vacancy',
    "Dear Jordan,\n\nI'm writing to let you know that we have now appointed to the receptionist vacancy. Thank you for the interest you showed in joining the practice.\n\nLorraine Hughes\nPractice Manager",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Policy Officer - invite to interview',
    'Dear Jordan,\n\nCongratulations, you have been successful at sift stage. We would like to invite you to a video interview via MS Teams. Please select a slot using the link below by 12:00 on Friday 20 November.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Quick chat?',
    'Hi Jordan, loved your portfolio. Are you free for a 20-min call sometime Thursday or Friday afternoon? Let me know what works. Cheers, Priyanka',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Next stage - Trainee Accountant',
    "Hi Jordan,\n\nGreat news – the partners would like to meet you in person at our Leeds office. Could you come in on Monday 23rd at 10am? It'll be about an hour with two of the partners. Let me know if that doesn't work.\n\nRuth",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Staff Nurse - Ward 7',
    'Hello Jordan, I am the ward manager for Ward 7. I have your application in front of me and would like to have a chat with you. When are you next available to pop onto the ward? Thanks, Sister Okafor',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Shortlisted: Finance Assistant',
    'Dear Jordan, You have been shortlisted for the above post. Interviews will take place on 26 November at County Hall. Please reply to confirm you are able to attend and let us know of any reasonable adjustments.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Online tests - Graduate Scheme',
    'Dear Jordan,\n\nThank you for applying to our graduate scheme. The next step is a set of online assessments: a numerical reasoning test and a situational judgement test. Please complete both within 5 days of receiving this email using the links below.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Written exercise ahead of interview',
    'Hi Jordan, before the panel we ask all shortlisted candidates to prepare a short written exercise: a one-page briefing note on the attached scenario. Please send it to me by 9am on the day of your interview. Thanks, Claire',
    PERSON,
    true
  ],
  [
    'assessment',
    'Trial shift Saturday',
    'Hi Jordan, thanks for coming in. Chef would like you to do a paid trial shift this Saturday from 4pm, bring your knives and whites. Text me if you can make it. Sam',
    PERSON,
    true
  ],
  [
    'assessment',
    'Your skills check',
    'Hello Jordan, as part of your application for Bookkeeper you are asked to complete a short practical test in Xero and Excel. It takes about 45 minutes and must be done by Sunday midnight.',
    SYSTEM,
    true
  ],
  [
    'offer',
    'Good news!',
    "Hi Jordan,\n\nI'm delighted to say the panel would like to offer you the Band 5 post on Ward 7, subject to satisfactory references and occupational health clearance. HR will be in touch with the formal paperwork.\n\nSister Okafor",
    PERSON,
    true
  ],
  [
    'offer',
    'Welcome aboard',
    "Jordan – we'd love to have you join us as our new bookkeeper. Starting salary £28,500, 4 days a week as discussed. If you're happy, I'll get the contract drawn up this week. Mike",
    PERSON,
    true
  ],
  [
    'offer',
    'Your contract',
    'Dear Jordan,\n\nPlease find attached your contract of employment for the position of Teaching Assistant, starting 4 January. Please sign and return a copy by 11 December.\n\nHR Department',
    PERSON,
    true
  ],
  [
    'offer',
    'Re: interview today',
    "Hi Jordan, great to meet you this morning. We talked it over at lunch and we'd like you to start with us — can you do Monday the 30th? I'll send the paperwork tonight. Lou",
    PERSON,
    true
  ],
  [
    'acknowledgement',
    "We've got your application",
    "Hi Jordan, thanks for applying to be a Delivery Driver at Swift Parcels. We've got your application and our team is looking at it now. If you're a fit, we'll be in touch.",
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Application received: Senior Staff Accountant (Req 4421)',
    'Thank you for submitting your application. This email confirms we have received it. Please do not reply to this message.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'RE: Application - Receptionist',
    "Thanks Jordan, received, I'll pass it on to Dr Shah. Kind regards, Lorraine, Practice Manager",
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Application for Learning Support Assistant',
    'Dear Applicant, Thank you for your application, which has been safely received. Due to the volume of applications we are unable to respond to each one individually.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Re: Interview follow-up',
    "Hi Jordan, thanks for your note. We're still interviewing this week and next, so it'll be a little while before we decide. I'll keep you posted. Best, Alana",
    PERSON,
    true
  ],
  [
    'update',
    'References',
    'Hi Jordan, could you send me contact details for two referees, one of whom should be your most recent line manager? Thanks, Rachel (HR)',
    PERSON,
    true
  ],
  ['update', 'Re: Thank you', "Thanks Jordan, it was lovely to meet you too. We'll be in touch soon.", PERSON, true],
  [
    'update',
    'Your right to work documents',
    'Dear Jordan, Before your start date we need to see your passport and proof of address. Please bring the originals to HR on your first morning or upload them to the onboarding portal.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Your appointment at Smile Dental',
    'Hi Jordan, this is a reminder of your appointment on Tuesday 24 November at 3:15pm with Dr Evans. Please reply C to confirm or call us to rearrange.',
    'reminders@smiledental.example',
    false
  ],
  [
    'unrelated',
    '5 ways to follow up after an interview',
    'This week: unfortunately, many candidates never hear back. We cover what to write, when to chase, and how to negotiate when the offer arrives. Plus: the interview questions nurses get asked most.',
    'news@careersweekly.example',
    false
  ],
  [
    'unrelated',
    'Jobs you might like: Staff Nurse, Healthcare Assistant',
    'New jobs matching your search: Staff Nurse - Ward 7, Royal County Hospital. Healthcare Assistant, Meadow View Care Home. Apply now.',
    'alerts@jobsboard.example',
    false
  ],
  [
    'unrelated',
    'how did it go??',
    'Hey J! How did the interview go?? Let me know when you hear back, fingers crossed for the offer! Drinks Friday either way x',
    'sophie.m@mailbox.example',
    false
  ],
  [
    'unrelated',
    'Invitation: Book club @ Thu 26 Nov 7pm',
    'You have been invited to the following event. Book club - this month: The Rachel Incident. Join Zoom meeting.',
    'calendar@mailbox.example',
    false
  ],
  // German
  [
    'rejection',
    'Ihre Bewerbung als Pflegefachkraft',
    'Sehr geehrte Frau Ellis,\n\nvielen Dank für das nette Gespräch. Nach reiflicher Überlegung haben wir uns entschieden, die Stelle anderweitig zu vergeben. Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Rückmeldung',
    'Hallo Jordan, ich muss dir leider absagen – wir haben jemanden gefunden, der schon Erfahrung mit DATEV hat. Trotzdem danke! Gruß, Sabine',
    PERSON,
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung vom 02.10.',
    'Sehr geehrte Frau Ellis, wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Einladung zum Vorstellungsgespräch',
    'Sehr geehrte Frau Ellis,\n\nwir freuen uns, Sie zu einem persönlichen Gespräch am Dienstag, 17.11., um 14 Uhr in unser Rathaus einzuladen. Bitte bestätigen Sie den Termin kurz per E-Mail.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Kennenlernen',
    'Hi Jordan, hättest du nächste Woche Zeit für ein kurzes Telefonat? Schlag mir gern zwei, drei Zeiten vor. Liebe Grüße, Tom',
    PERSON,
    true
  ],
  [
    'assessment',
    'Probearbeiten',
    'Hallo Frau Ellis, wie besprochen möchten wir Sie gerne zu einem Probearbeitstag in unsere Apotheke einladen. Passt Ihnen Donnerstag ab 8 Uhr?',
    PERSON,
    true
  ],
  [
    'offer',
    'Zusage',
    'Liebe Frau Ellis, wir freuen uns, Ihnen mitteilen zu können, dass wir Sie gerne als Erzieherin in unserer Kita einstellen möchten. Den Arbeitsvertrag schicken wir Ihnen in den nächsten Tagen zu.',
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Eingangsbestätigung',
    'Sehr geehrte Bewerberin, sehr geehrter Bewerber, hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen. Wir melden uns, sobald wir diese gesichtet haben.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Zwischenstand',
    'Hallo Jordan, kurze Info: Die Entscheidung zieht sich leider noch etwas, da unser Geschäftsführer im Urlaub ist. Ich melde mich Anfang Dezember.',
    PERSON,
    true
  ],
  [
    'update',
    'Unterlagen',
    'Sehr geehrte Frau Ellis, könnten Sie uns bitte noch Ihr Abschlusszeugnis und eine Kopie Ihrer Berufsurkunde nachreichen? Vielen Dank.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Ihre Terminbestätigung – Bürgeramt',
    'Ihr Termin: Donnerstag, 19.11.2026, 09:40 Uhr, Anliegen: Personalausweis beantragen. Bitte bringen Sie ein biometrisches Passbild mit.',
    'termine@stadt.example',
    false
  ],
  // Spanish
  [
    'rejection',
    'Proceso de selección - Auxiliar de enfermería',
    'Hola Jordan, te escribimos para agradecerte tu participación. En esta ocasión hemos seguido adelante con otra candidatura. Te deseamos mucha suerte.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: entrevista',
    'Jordan, al final nos quedamos con alguien de la zona que puede empezar ya. Gracias por venir, de verdad. Un abrazo, Pilar',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Entrevista - Maestra de Primaria',
    'Buenos días, Jordan. Nos gustaría conocerte en persona. ¿Te vendría bien el jueves a las 11:00 en el colegio? Confírmanos, por favor.',
    PERSON,
    true
  ],
  [
    'assessment',
    'Prueba técnica',
    'Hola Jordan, como siguiente paso te enviamos una prueba de Excel. Tienes 48 horas para entregarla.',
    PERSON,
    true
  ],
  [
    'offer',
    'Propuesta',
    'Hola Jordan, nos alegra decirte que queremos contar contigo para el puesto de contable. Te adjunto la propuesta con las condiciones. ¿Podrías confirmarnos antes del viernes?',
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Hemos recibido tu candidatura',
    'Hola Jordan, gracias por inscribirte en la oferta de Dependienta. Revisaremos tu perfil y, si encaja, te contactaremos.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Re: Seguimiento',
    'Hola Jordan, todavía estamos entrevistando a algunas personas. Esperamos tener una decisión a finales de mes.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Cita confirmada',
    'Su cita con el Dr. Ruiz ha sido confirmada para el lunes 16 de noviembre a las 17:30. Centro de Salud Las Delicias.',
    'citas@salud.example',
    false
  ],
  // French
  [
    'rejection',
    'Votre candidature – Infirmier(ère) de bloc',
    "Madame,\n\nNous avons bien étudié votre candidature et nous sommes au regret de vous informer qu'elle n'a pas été retenue.",
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: entretien',
    "Bonjour Jordan, merci pour l'échange de mardi. On a finalement choisi de recruter quelqu'un en interne. Bonne continuation ! Julie",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Entretien – Professeur des écoles',
    'Bonjour,\n\nSuite à votre candidature, nous souhaiterions vous rencontrer le mercredi 18 novembre à 10h. Merci de nous confirmer votre disponibilité.',
    PERSON,
    true
  ],
  [
    'assessment',
    'Mise en situation',
    "Bonjour Jordan, dans le cadre du recrutement, nous vous proposons une mise en situation professionnelle d'une demi-journée à l'agence, le 20 novembre.",
    PERSON,
    true
  ],
  [
    'offer',
    "Proposition d'embauche",
    "Bonjour Jordan, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir dans notre cabinet en tant qu'assistante comptable. Vous trouverez ci-joint la promesse d'embauche.",
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Accusé de réception',
    "Bonjour, nous accusons réception de votre candidature au poste d'agent d'accueil. Elle sera examinée avec attention.",
    SYSTEM,
    true
  ],
  [
    'update',
    'Point sur votre candidature',
    'Bonjour Jordan, je reviens vers vous pour vous dire que le processus prend un peu plus de temps que prévu. Nous reviendrons vers vous d’ici deux semaines.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Votre commande est en route',
    'Bonjour Jordan, votre commande n° 44871 a été expédiée. Livraison prévue mardi. Merci pour votre confiance.',
    'commandes@boutique.example',
    false
  ],
  // Dutch
  [
    'rejection',
    'Sollicitatie verpleegkundige',
    'Beste Jordan,\n\nBedankt voor het gesprek. Helaas hebben we besloten om de procedure niet met jou voort te zetten.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: gesprek',
    'Hoi Jordan, we hebben gekozen voor een kandidaat met meer ervaring in de thuiszorg. Succes verder! Groet, Ilse',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Uitnodiging sollicitatiegesprek',
    'Beste Jordan, graag nodigen we je uit voor een gesprek op maandag 16 november om 13.00 uur op het gemeentehuis.',
    PERSON,
    true
  ],
  [
    'assessment',
    'Volgende stap',
    'Beste Jordan, als volgende stap vragen we je een online capaciteitentest te maken. Je ontvangt hiervoor een aparte e-mail met een link.',
    PERSON,
    true
  ],
  [
    'offer',
    'Goed nieuws',
    'Hoi Jordan, we willen je graag aannemen als onderwijsassistent! Ik stuur je volgende week het contract.',
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Ontvangstbevestiging sollicitatie',
    'Beste Jordan, hartelijk dank voor je sollicitatie. We hebben deze in goede orde ontvangen.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Stand van zaken',
    'Hoi Jordan, even een update: we ronden de eerste gesprekken deze week af en laten je daarna weten hoe het verder gaat.',
    PERSON,
    true
  ],
  // Portuguese
  [
    'rejection',
    'Processo seletivo - Técnica de enfermagem',
    'Olá Jordan, agradecemos seu interesse. Neste momento seguiremos com outros candidatos cujo perfil está mais alinhado à vaga.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Candidatura',
    'Cara Jordan, lamentamos informar que a sua candidatura não foi selecionada para a fase seguinte.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Entrevista',
    'Olá Jordan, tudo bem? Gostaríamos de marcar uma conversa com você na quinta-feira às 15h pelo Google Meet. Pode ser?',
    PERSON,
    true
  ],
  ['assessment', 'Teste online', 'Olá Jordan, a próxima etapa é um teste de lógica online. O link expira em 3 dias.', SYSTEM, true],
  [
    'offer',
    'Proposta',
    'Oi Jordan! Temos uma ótima notícia: você foi aprovada para a vaga de auxiliar administrativo. Segue em anexo a carta proposta.',
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Recebemos sua candidatura',
    'Olá Jordan, sua candidatura para a vaga de Vendedora foi recebida com sucesso. Acompanhe o andamento pelo portal.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Atualização',
    'Olá Jordan, ainda estamos em fase de entrevistas. Assim que tivermos novidades, entraremos em contato.',
    PERSON,
    true
  ],
  // Italian
  [
    'rejection',
    'Candidatura – Infermiere',
    'Gentile Jordan, la ringraziamo per il colloquio. Abbiamo deciso di proseguire con un altro profilo.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: colloquio',
    'Ciao Jordan, alla fine abbiamo scelto un candidato con più esperienza in contabilità. Grazie ancora e in bocca al lupo! Marco',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Convocazione colloquio',
    'Gentile Jordan, la invitiamo a sostenere un colloquio conoscitivo presso la nostra sede lunedì 23 novembre alle ore 10:00.',
    PERSON,
    true
  ],
  [
    'assessment',
    'Prova scritta',
    'Gentile candidata, le comunichiamo che la prova scritta del concorso si terrà il 2 dicembre alle ore 9:00 presso la sede comunale. Si presenti munita di documento.',
    SYSTEM,
    true
  ],
  [
    'offer',
    'Proposta di assunzione',
    'Ciao Jordan, siamo felici di comunicarti che vorremmo inserirti nel nostro team come commessa. Ti mando la proposta contrattuale in allegato.',
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Conferma ricezione candidatura',
    'Gentile Jordan, abbiamo ricevuto la sua candidatura. Verrà valutata dal nostro ufficio del personale.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Aggiornamento',
    'Ciao Jordan, ti scrivo solo per dirti che la decisione è slittata alla prossima settimana. Scusa l’attesa.',
    PERSON,
    true
  ]
]

/** [category, subject, the sender's words, sender, filed on an application?]. */
export const ROUND_2: Array<[Expected, string, string, string, boolean]> = [
  // English: agencies, systems, public sector, quoting
  [
    'rejection',
    'RE: Finance Manager - Harlow',
    "Hi Jordan,\n\nJust had feedback from the client. They've decided to progress with a candidate who has more FMCG exposure, so unfortunately it's a no this time. They did like your manner in the interview. I'll keep you front of mind for anything similar.\n\nSpeak soon,\nGemma\nHays-style Recruitment\n\nFrom: Jordan Ellis\nSent: 10 November 2026 09:12\nSubject: Finance Manager - Harlow\nAny news from the client?",
    PERSON,
    true
  ],
  [
    'rejection',
    'Your application for Band 6 Community Nurse',
    'Dear Jordan\n\nThank you for your recent application. Following shortlisting, we regret to inform you that on this occasion you have not been selected for interview.\n\nThis is an automated email, please do not reply.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Teaching Assistant',
    "Hi Jordan, thanks so much for coming to meet the children. It was a really close call but the head has gone with the other candidate, who already knows the class. I'm sorry — you'd be brilliant and I hope you find the right school soon. Anna",
    PERSON,
    true
  ],
  [
    'rejection',
    'Warehouse Operative - update',
    "Hi Jordan, we've now got all the staff we need for the Christmas period so we won't be taking your application further. Thanks for applying. Pickwell Logistics HR",
    PERSON,
    true
  ],
  [
    'rejection',
    'Junior Auditor application',
    "Dear Jordan,\n\nWe appreciate you taking the time to complete our assessment centre. Having reviewed all candidates' performance, we will not be extending an offer to you for the 2027 intake.\n\nYours sincerely,\nGraduate Recruitment Team",
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Interview - Library Assistant',
    'Dear Jordan,\n\nThank you for your application for the post of Library Assistant. I am pleased to let you know that you have been shortlisted. Your interview will be held on Wednesday 25 November at 2.30pm at Central Library. The panel will be myself and the Branch Manager.\n\nRegards,\nHelen Brooks',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Availability for a call',
    "Hi Jordan, hope you're well. My client would like to speak with you about the Payroll Officer role. What's your availability on Tuesday or Wednesday? It would be a 30 minute Teams call with their Head of Finance.",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Book your interview slot',
    'Hi Jordan, Congratulations! You have been selected to move forward to the next step. Please use the link below to choose a time for your interview with our team. Slots are available until Friday.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Re: application',
    'Hi Jordan, thanks for getting in touch. Could you pop in tomorrow around 11 for a chat with me and the owner? We are on the high street next to the bakery. Kate',
    PERSON,
    true
  ],
  [
    'assessment',
    'Next step: video interview (HireVue)',
    'Hi Jordan, the next step in your application is a recorded video interview. You will answer five questions on camera at a time that suits you. Please complete it within 7 days.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Case study for Thursday',
    'Hi Jordan, ahead of Thursday, please prepare a 10 minute presentation on how you would improve our month-end close. You will present it to the panel at the start of the interview. Thanks, Oliver',
    PERSON,
    true
  ],
  [
    'assessment',
    'Medication calculation test',
    'Dear Jordan, all newly recruited nurses complete a drug calculation assessment. Please attend the Education Centre on 1 December at 9am and bring a calculator.',
    PERSON,
    true
  ],
  [
    'offer',
    'Offer of employment',
    'Dear Jordan,\n\nFurther to your recent interview, I am pleased to confirm our offer of the post of Library Assistant on a permanent contract, 30 hours per week, Grade 4. Please confirm your acceptance in writing.\n\nHelen Brooks',
    PERSON,
    true
  ],
  [
    'offer',
    'Great news',
    "Jordan!! The client wants you. They're offering £42k plus 10% bonus, hybrid 3 days. Can you give me a call when you're free so we can go through it? Gemma",
    PERSON,
    true
  ],
  [
    'offer',
    'Re: Warehouse Operative',
    "Hi Jordan, you've passed the induction checks. Your start date is Monday 7 December, 6am shift. Please bring safety boots. Welcome to the team! Pickwell HR",
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Thanks for applying to Brightside Housing',
    "Hi Jordan,\n\nThanks for your interest in the Housing Officer role at Brightside. We're reviewing applications now and will let you know about next steps within two weeks.\n\nThe Brightside Talent Team",
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Your application has been submitted',
    'Your application for Customer Service Advisor (ref CS-2291) has been submitted successfully. You can track its progress by signing in to your candidate account.',
    SYSTEM,
    false
  ],
  ['acknowledgement', 'Re: CV', "Thanks Jordan, got it! I'll have a read through tonight. Tom", PERSON, true],
  [
    'update',
    'Re: Finance Manager - Harlow',
    "Hi Jordan, I've chased the client again this morning. They're finishing first interviews on Friday, so I'd expect feedback early next week. I'll call you as soon as I hear.",
    PERSON,
    true
  ],
  [
    'update',
    'Pre-employment checks',
    'Hello Jordan, thank you for accepting our offer. Occupational Health will contact you to arrange your health screening. Please also complete the attached new starter form.',
    PERSON,
    true
  ],
  [
    'update',
    'Your interview has been rescheduled',
    'Your interview originally scheduled for 18 November has been cancelled by the employer. You will be contacted with a new date.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Re: Thank you',
    "Thanks for the lovely note Jordan. The team enjoyed meeting you too. We're seeing a couple more people this week and I'll be in touch after that.",
    PERSON,
    true
  ],
  [
    'unrelated',
    'Out of office: Re: Payroll Officer',
    'I am out of the office until Monday 16 November with limited access to email. For urgent queries please contact recruitment@employer.example.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Your weekly job matches',
    'Jordan, 12 new jobs match "accountant". Trainee Accountant at Marsh & Co. Assistant Accountant at a growing charity. See all jobs. Unsubscribe.',
    'jobs@alerts.example',
    false
  ],
  [
    'unrelated',
    'Parents evening booking',
    'Dear parent, parents evening for Year 3 will take place on Thursday 26 November. Please book a 10 minute slot with your child’s teacher using the link.',
    'office@school.example',
    false
  ],
  [
    'unrelated',
    'Your ride receipt',
    'Thanks for riding, Jordan. Trip to 1 Station Road, 14:02. Total £12.40. Rate your driver.',
    'receipts@rides.example',
    false
  ],
  [
    'unrelated',
    'Re: interview outfit??',
    'ok the navy one definitely!! and tell them you can start straight away lol. good luck tomorrow xx',
    'mum@mailbox.example',
    false
  ],
  [
    'unrelated',
    'Webinar: Ace your nursing interview',
    'Join our free webinar on Tuesday at 7pm. Learn how to answer competency questions and what to do if you are offered a post on a different ward.',
    'events@nursingtimes.example',
    false
  ],
  // German
  [
    'rejection',
    'Absage',
    'Hallo Jordan, danke für deine Bewerbung als Aushilfe. Wir sind für die Saison inzwischen komplett und haben daher leider keinen Platz mehr frei. Viele Grüße, Café Linde',
    PERSON,
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung – Sachbearbeitung Bürgerservice',
    'Sehr geehrte Frau Ellis, das Auswahlverfahren für die o. g. Stelle ist abgeschlossen. Wir haben uns für eine Bewerberin entschieden, die unserem Anforderungsprofil noch besser entspricht.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Terminvorschlag',
    'Guten Tag Frau Ellis, gerne würden wir Sie persönlich kennenlernen. Wäre Ihnen Mittwoch, der 18. November, um 10:30 Uhr recht?',
    PERSON,
    true
  ],
  [
    'assessment',
    'Online-Test',
    'Liebe Frau Ellis, als nächsten Schritt bitten wir Sie, unseren Online-Eignungstest zu absolvieren. Der Link ist 5 Tage gültig.',
    SYSTEM,
    true
  ],
  [
    'offer',
    'Vertragsangebot',
    'Sehr geehrte Frau Ellis, wir freuen uns, Ihnen die Stelle als Steuerfachangestellte anbieten zu können. Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung.',
    PERSON,
    true
  ],
  [
    'update',
    'Ihre Bewerbung – Stand',
    'Sehr geehrte Frau Ellis, Ihre Bewerbung befindet sich derzeit noch in Bearbeitung. Wir bitten um etwas Geduld.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Bewerbung erhalten',
    'Hallo Jordan, danke dir! Deine Unterlagen sind angekommen, ich schaue sie mir am Wochenende an. Grüße, Lena',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Newsletter Dezember: Karrieretipps',
    'In dieser Ausgabe: So meistern Sie das Vorstellungsgespräch. Was tun nach einer Absage? Gehaltsverhandlung beim Jobangebot.',
    'newsletter@karriere.example',
    false
  ],
  // Spanish
  [
    'rejection',
    'Resultado del proceso',
    'Estimada Jordan: le informamos de que el puesto de Administrativa ya ha sido cubierto. Agradecemos su interés y guardaremos su currículum para futuras vacantes.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Videollamada',
    '¡Hola Jordan! Me ha gustado mucho tu perfil. ¿Tienes un hueco mañana por la tarde para una videollamada de 20 minutos? Un saludo, Marta',
    PERSON,
    true
  ],
  [
    'assessment',
    'Caso práctico',
    'Hola Jordan, antes de la segunda entrevista te pedimos que resuelvas un caso práctico de contabilidad. Envíanoslo antes del lunes.',
    PERSON,
    true
  ],
  [
    'offer',
    'Bienvenida',
    'Hola Jordan, ¡enhorabuena! Has sido seleccionada para el puesto de Técnica de Nóminas. Te esperamos el día 1 de diciembre a las 9:00 para firmar el contrato.',
    PERSON,
    true
  ],
  [
    'update',
    'Documentación pendiente',
    'Hola Jordan, para continuar con el proceso necesitamos que nos envíes una copia de tu título y el certificado de delitos sexuales.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Tu pedido ha sido enviado',
    'Hola Jordan, tu pedido de Libros de Oposiciones ha salido del almacén. Entrega estimada: jueves.',
    'pedidos@tienda.example',
    false
  ],
  // French
  [
    'rejection',
    'Suite à votre entretien',
    'Bonjour Jordan, merci encore pour votre venue. Après réflexion, nous avons décidé de donner suite à une autre candidature. Nous vous souhaitons une belle réussite.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Rendez-vous',
    'Bonjour Jordan, pourriez-vous passer à la pharmacie jeudi vers 14h pour que nous fassions connaissance ? Bien à vous, Mme Girard',
    PERSON,
    true
  ],
  [
    'offer',
    'Votre arrivée',
    "Bonjour Jordan, c'est avec plaisir que nous vous confirmons votre embauche en CDI à compter du 4 janvier. Votre contrat vous sera remis le premier jour.",
    PERSON,
    true
  ],
  [
    'update|acknowledgement',
    'Votre candidature',
    'Bonjour Jordan, nous avons bien reçu vos pièces justificatives. Votre dossier est complet et passe en commission le 3 décembre.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Confirmation de votre candidature',
    'Votre candidature pour le poste de Secrétaire médicale a bien été enregistrée. Nous reviendrons vers vous dans les meilleurs délais.',
    SYSTEM,
    true
  ],
  [
    'unrelated',
    'Rappel : rendez-vous médical',
    'Rappel de votre rendez-vous le mardi 17 novembre à 9h15 avec le Dr Martin. En cas d’empêchement, merci de prévenir 24 h à l’avance.',
    'rdv@cabinet.example',
    false
  ],
  // Dutch
  [
    'rejection',
    'Terugkoppeling sollicitatie',
    'Beste Jordan, na zorgvuldige afweging is de keuze gevallen op een andere kandidaat. We danken je voor je interesse in onze school.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Kennismaking',
    'Hoi Jordan, leuk dat je gereageerd hebt! Heb je zin om volgende week een keer langs te komen voor een kop koffie? Groetjes, Femke',
    PERSON,
    true
  ],
  [
    'offer',
    'Aanbod',
    'Beste Jordan, met veel plezier bieden we je de functie van doktersassistent aan. In de bijlage vind je het arbeidsvoorwaardenvoorstel.',
    PERSON,
    true
  ],
  [
    'update',
    'Even geduld',
    'Hoi Jordan, we hebben nog niet alle gesprekken gehad, dus het duurt nog even voordat we een besluit nemen. Ik laat het je weten!',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Je pakket is onderweg',
    'Goed nieuws! Je bestelling wordt morgen tussen 10:00 en 13:00 bezorgd.',
    'service@winkel.example',
    false
  ],
  // Portuguese
  [
    'rejection',
    'Feedback',
    'Olá Jordan, obrigada por participar do nosso processo. Decidimos fechar a vaga com uma pessoa que já atua na área hospitalar. Desejamos sucesso!',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Conversa',
    'Bom dia Jordan, gostaríamos de a convidar para uma entrevista presencial na próxima terça-feira, às 10h, nas nossas instalações em Braga.',
    PERSON,
    true
  ],
  [
    'offer',
    'Bem-vinda!',
    'Olá Jordan, é com muita alegria que comunicamos que você foi contratada! Seu primeiro dia será 7 de dezembro.',
    PERSON,
    true
  ],
  [
    'update',
    'Documentos',
    'Olá Jordan, para seguirmos com a sua admissão, envie por favor cópia do RG, CPF e comprovante de residência.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Consulta marcada',
    'Sua consulta com Dra. Ana Souza está confirmada para 20/11 às 14h30. Responda SIM para confirmar.',
    'agenda@clinica.example',
    false
  ],
  // Italian
  [
    'rejection',
    'Esito selezione',
    'Gentile Jordan, la informiamo che la selezione si è conclusa e che la posizione è stata assegnata ad altro candidato. Cordiali saluti.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Incontro',
    'Ciao Jordan, ti andrebbe di passare in negozio sabato mattina per fare due chiacchiere? Fammi sapere. Giulia',
    PERSON,
    true
  ],
  [
    'offer',
    'Assunzione',
    'Gentile Jordan, siamo lieti di comunicarle che è stata selezionata per il ruolo di impiegata amministrativa. La aspettiamo lunedì 30 novembre per la firma del contratto.',
    PERSON,
    true
  ],
  [
    'update',
    'Aggiornamento selezione',
    'Gentile Jordan, la selezione è ancora in corso. Le daremo un riscontro appena possibile.',
    SYSTEM,
    true
  ],
  [
    'unrelated',
    'Promemoria appuntamento',
    'Le ricordiamo l’appuntamento presso lo studio dentistico il giorno 19/11 alle ore 16:00.',
    'studio@dentista.example',
    false
  ]
]

/** Round 3: updates and mixed mail, where the last batches were weakest. */
export const ROUND_3: Array<[Expected, string, string, string, boolean]> = [
  // English
  [
    'update',
    'Re: Interview on Tuesday',
    'Hi Jordan, just a heads up that the panel has changed slightly – Dr Okoro will be joining instead of Mr Hale. Everything else stays the same. See you Tuesday! Amira',
    PERSON,
    true
  ],
  [
    'update',
    'Quick question',
    'Hi Jordan, before we go any further, what notice period are you on at the moment? And are you still looking at full time only? Thanks, Steph',
    PERSON,
    true
  ],
  [
    'update',
    'Re: Following up',
    "Hi Jordan, sorry for the radio silence! The hiring manager has been off sick so everything's been paused for a week. I'm hoping to have news for you by the end of next week.",
    PERSON,
    true
  ],
  [
    'update',
    'Your application – next steps',
    'Dear Jordan, thank you for your patience. Shortlisting for this post has been delayed due to the high volume of applications. We now expect to contact shortlisted candidates by 4 December.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Feedback from your interview',
    "Hi Jordan, as promised here's some feedback from Tuesday. The panel liked your clinical examples a lot. They'd have liked a bit more on leadership. They're still deciding between the final two, and I'll let you know as soon as I hear.",
    PERSON,
    true
  ],
  [
    'update',
    'Expenses claim form',
    "Hi Jordan, thanks for travelling in for the interview. Please fill in the attached expenses form with your train tickets and we'll reimburse you within 30 days. Kind regards, Finance",
    PERSON,
    true
  ],
  [
    'update',
    'Re: Offer – questions',
    'Hi Jordan, good questions! Yes, the 37.5 hours include a paid lunch, and the pension match is 5%. Happy to jump on a call if that helps you decide.',
    PERSON,
    true
  ],
  [
    'update',
    'Occupational health appointment',
    'Dear Jordan, your pre-employment occupational health assessment has been booked for Thursday 3 December at 11:00 at the Staff Health Centre. Please bring photo ID.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Salary expectations',
    'Hi Jordan, loved chatting yesterday. Before I take this to the partners, could you let me know your salary expectations and earliest start date? Cheers, Will',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Second interview',
    "Hi Jordan, great news — you've made it to the final round! We'd like you to meet our CFO. Are you free Thursday at 2pm or Friday at 10am? It'll be at our office, about 45 minutes.",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Phone screen',
    "Hello Jordan, I'm the recruiter for the Medical Secretary role. I'd like to set up a 15-minute phone screen. Could you send me a few times that suit you this week?",
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: Feedback',
    "Hi Jordan, thank you for your patience. I'm afraid the panel has decided not to take your application further on this occasion. I know that's disappointing. If you'd like a feedback call, just let me know.",
    PERSON,
    true
  ],
  [
    'rejection',
    'Bookkeeper role',
    "Jordan, I wanted to say thank you for your time. We won't be moving ahead with your application, as we've decided we need someone who can also do payroll. Best of luck with your search. Claire",
    PERSON,
    true
  ],
  [
    'offer',
    'Next steps',
    "Hi Jordan,\n\nI'm really pleased to tell you that we'd like to offer you the position of Care Coordinator. I'll send your written offer and contract tomorrow. In the meantime, do call me if you have any questions.\n\nBest,\nNadia",
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Re: Application for Kitchen Porter',
    "Hi Jordan, thanks for dropping your CV in yesterday. Head chef has it and will give you a ring if there's a fit. Sarah",
    PERSON,
    true
  ],
  [
    'unrelated',
    'Re: catch up?',
    "Jordan! Yes let's do coffee, I'm free Thursday after 4. Also how did the offer thing go? x",
    'lily@mailbox.example',
    false
  ],
  [
    'unrelated',
    'Your volunteer shift',
    'Hi Jordan, thanks for signing up to volunteer at the food bank. Your first shift is Saturday 10am–1pm. Please arrive 10 minutes early for a short induction.',
    'volunteer@foodbank.example',
    false
  ],
  [
    'unrelated',
    'Your interview with The Local Times',
    "Hi Jordan, thanks for agreeing to be interviewed for our piece on job hunting in 2026. Could we do a 20 minute phone call on Wednesday? We'll publish next week.",
    'reporter@localtimes.example',
    false
  ],
  // German
  [
    'update',
    'Rückfrage',
    'Hallo Frau Ellis, eine kurze Frage: Ab wann könnten Sie frühestens bei uns anfangen, und wie hoch ist Ihre Kündigungsfrist? Viele Grüße, Jens Bauer',
    PERSON,
    true
  ],
  [
    'update',
    'Verzögerung im Auswahlverfahren',
    'Sehr geehrte Frau Ellis, aufgrund der hohen Anzahl an Bewerbungen verzögert sich das Auswahlverfahren. Wir bitten Sie um etwas Geduld und melden uns bis spätestens Mitte Dezember.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Hallo Frau Ellis, vielen Dank für Ihre Zeit. Leider müssen wir Ihnen mitteilen, dass wir uns gegen eine Zusammenarbeit entschieden haben.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Zweites Gespräch',
    'Hallo Jordan, wir würden dich gern zu einem zweiten Gespräch mit unserer Pflegedienstleitung einladen. Hättest du am Montag um 10 Uhr Zeit?',
    PERSON,
    true
  ],
  // Spanish
  [
    'update',
    'Pregunta',
    'Hola Jordan, ¿cuál sería tu disponibilidad para incorporarte? ¿Y tus expectativas salariales? Gracias, Lucía',
    PERSON,
    true
  ],
  [
    'update',
    'Retraso en el proceso',
    'Estimada Jordan: le informamos de que el proceso de selección se ha retrasado por motivos internos. Le contactaremos en cuanto tengamos novedades.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Respuesta',
    'Hola Jordan, gracias por tu tiempo en la entrevista. Hemos decidido no continuar con tu candidatura. Te deseamos lo mejor.',
    PERSON,
    true
  ],
  [
    'offer',
    '¡Buenas noticias!',
    'Hola Jordan, ¡el puesto es tuyo! Te llamo mañana para hablar de las condiciones y la fecha de incorporación. Un abrazo, Iván',
    PERSON,
    true
  ],
  // French
  [
    'update',
    'Question',
    'Bonjour Jordan, pourriez-vous me préciser votre préavis actuel et vos prétentions salariales ? Merci, Sophie',
    PERSON,
    true
  ],
  [
    'update',
    'Report',
    'Bonjour Jordan, le comité de recrutement a été reporté à la semaine prochaine. Je reviens vers vous dès que possible.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Votre candidature',
    'Bonjour Jordan, merci pour votre temps. Nous ne donnerons malheureusement pas suite à votre candidature.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Second entretien',
    'Bonjour Jordan, suite à notre premier échange, je vous propose un second entretien avec la directrice des soins mardi 24 novembre à 11h. Cela vous convient-il ?',
    PERSON,
    true
  ],
  // Dutch
  [
    'update',
    'Vraagje',
    'Hoi Jordan, wat is je opzegtermijn en wat zijn je salarisverwachtingen? Dan kan ik dat meenemen in het overleg. Groet, Bram',
    PERSON,
    true
  ],
  [
    'update',
    'Vertraging',
    'Beste Jordan, door ziekte in het team loopt de procedure wat vertraging op. We verwachten je eind volgende week meer te kunnen vertellen.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Uitslag',
    'Beste Jordan, dank voor je tijd. Helaas moeten we je laten weten dat we niet verder gaan met jouw sollicitatie.',
    PERSON,
    true
  ],
  [
    'offer',
    'Goed nieuws!',
    'Hoi Jordan, we zijn eruit: we bieden je graag de baan aan! Ik bel je morgen om de details door te nemen.',
    PERSON,
    true
  ],
  // Portuguese
  [
    'update',
    'Dúvida',
    'Olá Jordan, qual seria a sua pretensão salarial e a partir de quando poderia começar? Obrigada, Carla',
    PERSON,
    true
  ],
  [
    'update',
    'Atraso',
    'Olá Jordan, o processo atrasou um pouco por causa das férias da gestora. Devemos ter novidades na próxima semana.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Retorno do processo',
    'Olá Jordan, agradecemos muito seu tempo. Infelizmente não seguiremos com sua candidatura neste momento.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Segunda etapa',
    'Oi Jordan! Você passou para a próxima etapa. Podemos marcar uma entrevista com a gerente na quarta às 14h?',
    PERSON,
    true
  ],
  // Italian
  ['update', 'Domanda', 'Ciao Jordan, qual è il tuo preavviso attuale e la tua RAL attesa? Grazie, Paolo', PERSON, true],
  ['update', 'Ritardo', 'Gentile Jordan, la selezione ha subito un ritardo. La ricontatteremo entro la fine del mese.', SYSTEM, true],
  [
    'rejection',
    'Esito colloquio',
    'Ciao Jordan, grazie per il tempo dedicato. Purtroppo abbiamo deciso di non procedere con la tua candidatura.',
    PERSON,
    true
  ],
  ['offer', 'Buone notizie', 'Ciao Jordan, siamo felici di offrirti il posto di receptionist! Ti mando il contratto domani.', PERSON, true]
]

/** Round 4: rejections without a stock word, and mail that mentions a test without asking for one. */
export const ROUND_4: Array<[Expected, string, string, string, boolean]> = [
  [
    'rejection',
    'Re: Midwife post',
    'Hi Jordan, thank you for coming along. On this occasion the panel felt another applicant was a closer match for what the unit needs right now. Please do apply again — we often have posts coming up. Carol',
    PERSON,
    true
  ],
  [
    'rejection',
    'Apprentice Electrician',
    "Hi Jordan, cheers for coming out to the site. I've had loads of lads apply and I've taken on a young fella who's already done a year at college. Keep at it. Gaz",
    PERSON,
    true
  ],
  [
    'rejection',
    'Library Assistant - outcome',
    'Dear Jordan, thank you for attending the selection day. I regret that you were not successful on this occasion. We received a very strong field of candidates.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Driver position',
    "Jordan, we've gone with a driver who already holds the C1 licence, as we need someone on the road next week. Thanks for your time and good luck.",
    PERSON,
    true
  ],
  [
    'rejection',
    'Your application',
    "Hi Jordan, I'm sorry to say we won't be inviting you to the next stage. We had over 200 applicants for this role. All the best, The Hiring Team",
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Payroll Officer',
    "Dear Jordan, after reviewing your application alongside the role requirements, we've concluded that your experience isn't the right match for this particular position. We'll keep your details on file.",
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Trial day',
    "Hey Jordan, thanks for Saturday. To be honest we don't think it's quite the right fit for the kitchen at the moment, but you were lovely to work with. Best, Hana",
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: Social Worker interview',
    'Dear Jordan, many thanks for your time on Monday. The decision was a difficult one, but we have offered the post to a candidate with more statutory experience. I would be happy to give feedback.',
    PERSON,
    true
  ],
  ['rejection', 'Re: application', "hi jordan, sorry, position's been filled. thanks anyway. mike", PERSON, true],
  [
    'rejection',
    'Graduate Scheme 2027',
    'Dear Jordan, thank you for completing our online assessments. Unfortunately your results did not meet the threshold required to progress to the next stage of our process.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Liebe Frau Ellis, vielen Dank für das Gespräch. Wir haben uns nach langer Überlegung für eine Mitbewerberin entschieden, die bereits in der Intensivpflege gearbeitet hat.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Rückmeldung zum Probetag',
    'Hi Jordan, danke für deinen Einsatz am Samstag! Leider passt es vom Team her aktuell nicht. Alles Gute dir!',
    PERSON,
    true
  ],
  [
    'rejection',
    'Proceso',
    'Hola Jordan, muchas gracias por tu tiempo. Hemos decidido apostar por otra persona que tiene más experiencia en nóminas. Mucha suerte en tu búsqueda.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Tu candidatura',
    'Jordan, te escribo para contarte que no vas a continuar en el proceso. El perfil que buscamos finalmente es más senior. Gracias por participar.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Votre candidature',
    "Bonjour Jordan, nous vous remercions pour l'entretien. Nous avons retenu une candidate dont l'expérience en crèche correspond davantage à nos besoins.",
    PERSON,
    true
  ],
  [
    'rejection',
    'Re : entretien',
    'Bonjour Jordan, désolée pour la réponse tardive. Le poste a été proposé à une autre personne. Je garde votre CV sous le coude. Bonne journée, Élodie',
    PERSON,
    true
  ],
  [
    'rejection',
    'Sollicitatie',
    'Hoi Jordan, bedankt voor je komst. We hebben de functie aan een andere kandidaat gegund. Veel succes!',
    PERSON,
    true
  ],
  [
    'rejection',
    'Je sollicitatie',
    'Beste Jordan, na de gesprekken hebben we gekozen voor iemand die direct kan starten. We wensen je veel succes met je zoektocht.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Processo seletivo',
    'Olá Jordan, obrigada por participar. Nesta etapa, optamos por candidatas com mais experiência em UTI. Desejamos sucesso!',
    PERSON,
    true
  ],
  [
    'rejection',
    'Candidatura',
    'Cara Jordan, agradecemos o seu interesse. A vaga foi entretanto ocupada por outro candidato. Com os melhores cumprimentos.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Selezione',
    'Gentile Jordan, la ringraziamo. Abbiamo individuato un profilo più in linea con le esigenze del reparto. Le auguriamo buona fortuna.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: prova',
    'Ciao Jordan, grazie per la giornata di prova. Purtroppo abbiamo scelto di andare con un altro ragazzo che conosceva già il gestionale. Un saluto, Luca',
    PERSON,
    true
  ],
  // mentions a test, asks for none
  [
    'update',
    'Re: Take-home',
    "Hi Jordan, got your take-home, thanks! The team will review it this week and I'll come back to you by Friday.",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Next step',
    "Hi Jordan, thanks for the excellent case study. We'd love to invite you to a final interview with the Head of Finance next Wednesday at 3pm, where you'll walk us through it.",
    PERSON,
    true
  ],
  [
    'update',
    'Your assessment results',
    'Dear Jordan, thank you for completing the online assessment. Your results have been passed to the hiring manager, who will be in touch about next steps.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Einladung',
    'Hallo Frau Ellis, Ihr Testergebnis hat uns überzeugt. Wir möchten Sie gerne zu einem persönlichen Gespräch am 25.11. um 11 Uhr einladen.',
    PERSON,
    true
  ],
  ['update', 'Re: prueba técnica', 'Hola Jordan, recibida la prueba, ¡gracias! La revisamos esta semana y te contamos.', PERSON, true],
  ['update', 'Re: test', 'Bonjour Jordan, bien reçu votre test, merci. Nous revenons vers vous la semaine prochaine.', PERSON, true],
  [
    'offer',
    'Great news',
    "Hi Jordan, after your assessment day, I'm thrilled to let you know we'd like to offer you a place on our graduate programme starting September. Your offer pack is attached.",
    PERSON,
    true
  ]
]

/** Round 5: offers, invitations and receipts in registers the earlier sets lacked, and look-alikes about no job. */
export const ROUND_5: Array<[Expected, string, string, string, boolean]> = [
  [
    'offer',
    'Re: Sous chef',
    "Jordan mate, the job's yours if you want it. £14 an hour, 45 hours, Tuesday to Saturday. Let me know by Friday and we'll sort the paperwork. Dave",
    PERSON,
    true
  ],
  [
    'offer',
    'Conditional offer – Staff Nurse',
    'Dear Jordan, Following your recent interview I am delighted to make you a conditional offer of employment for the post of Staff Nurse, Band 5. This offer is subject to satisfactory pre-employment checks.',
    SYSTEM,
    true
  ],
  [
    'offer',
    'Appointment – Class Teacher',
    'Dear Jordan, I am writing to confirm your appointment as Class Teacher at Oakfield Primary School with effect from 1 January 2027, subject to the usual checks.',
    PERSON,
    true
  ],
  [
    'offer',
    'We want you!',
    'Hi Jordan, the team voted unanimously — we want you on board as our first operations hire. Salary as discussed (£38k + equity). Contract coming your way tomorrow.',
    PERSON,
    true
  ],
  [
    'offer',
    'Zusage für die Stelle',
    'Hallo Jordan, gute Nachrichten: Du hast die Stelle! Wir würden uns freuen, wenn du am 1. Januar bei uns anfängst. Den Vertrag bekommst du per Post.',
    PERSON,
    true
  ],
  [
    'offer',
    'Oferta',
    'Hola Jordan, te confirmo que te ofrecemos el puesto de administrativa con jornada completa. Te envío el contrato para que lo revises.',
    PERSON,
    true
  ],
  [
    'offer',
    'Bonne nouvelle',
    "Bonjour Jordan, je suis ravie de vous annoncer que votre candidature a été retenue pour le poste d'aide-soignante. Les RH vous contacteront pour la signature du contrat.",
    PERSON,
    true
  ],
  [
    'offer',
    'Aanbod',
    'Beste Jordan, we zijn blij je te kunnen vertellen dat we je graag willen aannemen als leerkracht groep 5. Je ontvangt het contract deze week.',
    PERSON,
    true
  ],
  [
    'offer',
    'Proposta',
    'Olá Jordan, temos o prazer de lhe propor a integração na nossa equipa como enfermeira, com início a 4 de janeiro. Segue a proposta em anexo.',
    PERSON,
    true
  ],
  [
    'offer',
    'Proposta di lavoro',
    'Ciao Jordan, ti confermo che il posto è tuo! Ti mandiamo la lettera di assunzione entro venerdì.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Your application – interview',
    "Hi Jordan, thanks for your application for the Teaching Assistant post. We'd like to invite you in for an informal interview and a tour of the school. Are you around next Tuesday morning?",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Video call',
    "Hello Jordan, I'm Deepa from the talent team. I'd love to set up a quick video call to learn more about you. Here's my calendar link — pick any slot that works.",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Invitation to assessment centre and interview',
    'Dear Jordan, we are pleased to invite you to interview for the post of Custody Officer. The interview will be held on 30 November at Police HQ. Please confirm your attendance by return.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Einladung zum Kennenlernen',
    'Guten Tag Frau Ellis, wir möchten Sie gern näher kennenlernen. Passt Ihnen Donnerstag, 14 Uhr, per Teams?',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Entrevista',
    'Hola Jordan, ¿te viene bien una entrevista por videollamada el martes a las 10? Te mando el enlace cuando me confirmes.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Entretien',
    'Bonjour Jordan, seriez-vous disponible pour un entretien téléphonique lundi en fin de matinée ?',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Gesprek',
    'Hoi Jordan, zou je dinsdag om 14.00 uur langs kunnen komen voor een gesprek met mij en de teamleider?',
    PERSON,
    true
  ],
  ['interview_request', 'Entrevista', 'Olá Jordan, você teria disponibilidade para uma entrevista online na sexta às 9h?', PERSON, true],
  ['interview_request', 'Colloquio', 'Buongiorno Jordan, sarebbe disponibile per un colloquio conoscitivo giovedì alle 15?', PERSON, true],
  [
    'acknowledgement',
    'Thank you for your application',
    "Dear Jordan, thank you for applying for the role of Support Worker. We'll review your application and get back to you within 10 working days.",
    SYSTEM,
    true
  ],
  ['acknowledgement', 'Re: CV for the bar job', "Thanks Jordan! I'll pass it on to the manager, he's in on Thursday.", PERSON, true],
  [
    'acknowledgement',
    'Bewerbungseingang',
    'Liebe Frau Ellis, herzlichen Dank für Ihre Bewerbung! Wir haben sie erhalten und melden uns in den nächsten zwei Wochen.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Candidatura recibida',
    'Hola Jordan, gracias por tu interés en formar parte de nuestro equipo. Hemos recibido tu CV correctamente.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Candidature reçue',
    'Bonjour, nous vous remercions pour votre candidature, qui a bien été transmise au service concerné.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Bevestiging',
    'Beste Jordan, bedankt voor je sollicitatie op de vacature Verpleegkundige. Wij nemen binnen twee weken contact met je op.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Candidatura recebida',
    'Olá Jordan, obrigado por se candidatar! Recebemos o seu currículo e entraremos em contato caso seu perfil seja selecionado.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Candidatura ricevuta',
    'Gentile Jordan, grazie per averci inviato la sua candidatura. La valuteremo con attenzione.',
    SYSTEM,
    true
  ],
  [
    'unrelated',
    'Offer ends tonight!',
    'Last chance: 30% off everything. Our best offer of the year ends at midnight. Shop now.',
    'deals@shop.example',
    false
  ],
  [
    'unrelated',
    'Your application for a library card',
    'Dear Jordan, your application for a library card has been approved. You can collect your card from any branch.',
    'library@council.example',
    false
  ],
  [
    'unrelated',
    'Mortgage application update',
    'Hi Jordan, we have received your mortgage application and an underwriter will review it within 5 working days.',
    'mortgages@bank.example',
    false
  ],
  [
    'unrelated',
    'Invitation: School play',
    'Dear parents, you are invited to our Christmas play on Thursday 17 December at 2pm in the school hall.',
    'office@primary.example',
    false
  ],
  [
    'unrelated',
    'Re: flat viewing',
    "Hi Jordan, the landlord has decided to go with another applicant for the flat, sorry. I'll let you know if anything similar comes up.",
    'lettings@agency.example',
    false
  ],
  [
    'unrelated',
    'Jobalarm: 5 neue Stellen',
    'Neue Stellenangebote für Sie: Pflegefachkraft (m/w/d) – Klinikum Nord. Erzieher/in – Kita Sonnenschein. Jetzt bewerben!',
    'alarm@jobboerse.example',
    false
  ],
  [
    'unrelated',
    'Tu pedido',
    'Hola Jordan, gracias por tu compra. Tu pedido de uniformes sanitarios llegará el jueves.',
    'pedidos@uniformes.example',
    false
  ]
]

/** Round 6: invitations that mention a task, tests named in passing, and true tests in plain words. */
export const ROUND_6: Array<[Expected, string, string, string, boolean]> = [
  [
    'interview_request',
    'Interview – Finance Business Partner',
    "Dear Jordan, we'd like to invite you to interview on 2 December at 10:00. The interview will last an hour and include a 10-minute presentation on a topic we'll send you 48 hours beforehand.",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Panel interview',
    'Hi Jordan, you are invited to a panel interview on Monday 30 November at 1pm. There is no test on the day; please bring your passport for ID checks.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Re: Coding exercise',
    'Hi Jordan, thanks for sending the exercise back so quickly. The team enjoyed it — can you do a 45-minute call on Thursday to talk it through with them?',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Entrevista y dinámica',
    'Hola Jordan, te convocamos a una entrevista el miércoles 25 a las 12:00 en nuestras oficinas. Después haremos una breve dinámica de grupo.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Vorstellungsgespräch',
    'Sehr geehrte Frau Ellis, wir laden Sie herzlich zu einem Vorstellungsgespräch am 26.11. um 9:30 Uhr ein. Ein Test ist nicht vorgesehen.',
    PERSON,
    true
  ],
  [
    'assessment',
    'Numeracy and literacy tests',
    'Dear Jordan, before we can shortlist you for the Healthcare Assistant role, please complete the short numeracy and literacy tests at the link below. They take about 30 minutes.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Your online assessment',
    "Hi Jordan, you've been invited to complete an online assessment for the Customer Service Advisor role. The link expires in 5 days. Good luck!",
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Task',
    "Hi Jordan, as a next step we'd like you to have a go at a short task: draft a one-page social media plan for our café for December. No need to spend more than two hours on it. Send it over by Monday. Ellie",
    PERSON,
    true
  ],
  [
    'assessment',
    'Situational judgement test',
    'Dear Jordan, congratulations on progressing to stage two. Stage two is a situational judgement test which must be completed by 23:59 on 29 November.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Aufgabe',
    'Hallo Jordan, als nächsten Schritt schicken wir dir eine kleine Aufgabe: Bitte erstelle eine Monatsabgrenzung für das beigefügte Beispiel und schick sie uns bis Freitag.',
    PERSON,
    true
  ],
  [
    'assessment',
    'Prueba',
    'Hola Jordan, el siguiente paso es una prueba de nivel de inglés online. Tienes hasta el domingo para hacerla.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Test',
    'Bonjour Jordan, nous vous invitons à passer un test de logique en ligne avant le prochain entretien. Le lien est valable 72 heures.',
    SYSTEM,
    true
  ],
  [
    'assessment',
    'Opdracht',
    'Hoi Jordan, als tweede stap vragen we je om een korte casus uit te werken. Je vindt de opdracht in de bijlage; graag uiterlijk woensdag terugsturen.',
    PERSON,
    true
  ],
  ['assessment', 'Teste', 'Olá Jordan, a próxima etapa é um case prático. Você tem até sexta para nos enviar sua solução.', PERSON, true],
  [
    'assessment',
    'Test attitudinale',
    'Gentile Jordan, la invitiamo a svolgere un test attitudinale online entro 3 giorni dalla ricezione di questa email.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Re: interview',
    "Hi Jordan, thanks for today. As mentioned, the next stage would be a short written test, but we'll only know next week whether we're moving to that stage. I'll keep you posted.",
    PERSON,
    true
  ],
  [
    'update',
    'Re: Test submitted',
    'Hi Jordan, just confirming we received your test submission. Results usually take about a week.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Assessment outcome',
    "Dear Jordan, thank you for taking part in our assessment centre. We're sorry to let you know that you have not been successful on this occasion.",
    SYSTEM,
    true
  ],
  [
    'offer',
    'Assessment day – good news',
    "Hi Jordan, congratulations! After the assessment day we'd like to offer you a place as a Trainee Paramedic. Your offer letter will follow by email.",
    SYSTEM,
    true
  ],
  [
    'unrelated',
    'Your driving theory test booking',
    'Your theory test is booked for Tuesday 8 December at 9:15 at the Leeds test centre. Bring your photocard licence.',
    'noreply@drivingtests.example',
    false
  ],
  [
    'unrelated',
    'Blood test results',
    'Hello Jordan, your recent blood test results are now available in the patient app. No action is needed.',
    'noreply@gpsurgery.example',
    false
  ],
  [
    'unrelated',
    'Quiz night!',
    "Team quiz night is on Friday! Sign up with your team by Wednesday. There'll be a general knowledge round and a music round.",
    'social@club.example',
    false
  ]
]

/** Round 7: rejections again, after round 4's rules, in new words. */
export const ROUND_7: Array<[Expected, string, string, string, boolean]> = [
  [
    'rejection',
    'Re: Pharmacist role',
    "Hi Jordan, I really appreciate you coming in. We've decided to offer the position to a locum who has covered for us before and knows the patients. I hope something great comes up for you soon. Priya",
    PERSON,
    true
  ],
  [
    'rejection',
    'Your application',
    'Dear Jordan, thank you for your interest in the Finance Assistant vacancy. We have now completed shortlisting and regret that your application has not been taken forward.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: the nanny job',
    "Hi Jordan, thanks so much for meeting the kids. We've found someone who lives closer and can do the early mornings, so we'll go with her. Best of luck! Kate",
    PERSON,
    true
  ],
  [
    'rejection',
    'HCA vacancy',
    "Dear Jordan, we have now concluded interviews for this vacancy and I'm sorry to tell you that you have not been appointed. Thank you for your interest in working with us.",
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Warehouse',
    "Jordan, no go this time unfortunately, the client picked an internal guy. I'll keep an eye out for other shifts for you. Rob",
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: follow-up',
    'Hi Jordan, thanks for checking in. The role has actually gone to one of the other finalists. It was very close. Happy to stay in touch.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Application status update',
    'Hi Jordan, thank you for applying to the Operations Coordinator position. The hiring team has reviewed your application and decided to pursue other candidates at this time.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Interview',
    'Hello Jordan, after much discussion we feel you would not be the best fit for the team at this stage. We wish you every success.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte Frau Ellis, nach Sichtung aller Unterlagen müssen wir Ihnen leider mitteilen, dass Ihre Bewerbung in der engeren Auswahl nicht berücksichtigt werden konnte.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Vorstellungsgespräch',
    'Hallo Jordan, vielen Dank nochmal für deinen Besuch. Wir haben die Stelle inzwischen an jemanden aus dem Team vergeben. Viel Glück weiterhin! Mareike',
    PERSON,
    true
  ],
  [
    'rejection',
    'Resolución',
    'Estimada Jordan: lamentamos comunicarle que no ha resultado seleccionada para el puesto de Técnica de Laboratorio.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: entrevista',
    'Hola Jordan, gracias por venir. Al final el puesto lo va a ocupar una compañera que ya trabajaba con nosotros. ¡Mucha suerte!',
    PERSON,
    true
  ],
  [
    'rejection',
    'Votre candidature',
    'Madame, après étude attentive de votre dossier, nous avons le regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre demande.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: votre venue',
    "Bonjour Jordan, merci d'être venue à l'école. L'équipe a finalement opté pour une enseignante déjà titulaire. Je vous souhaite le meilleur.",
    PERSON,
    true
  ],
  [
    'rejection',
    'Sollicitatie',
    'Beste Jordan, na afweging van alle kandidaten hebben we besloten jou niet uit te nodigen voor een tweede gesprek.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Re: kennismaking',
    'Hoi Jordan, leuk dat je langs kwam! We hebben inmiddels iemand aangenomen voor deze plek. Succes!',
    PERSON,
    true
  ],
  [
    'rejection',
    'Candidatura',
    'Olá Jordan, agradecemos a sua candidatura. Informamos que o processo foi concluído e que o seu perfil não foi selecionado.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: entrevista',
    'Oi Jordan, obrigada pela conversa! A gente acabou contratando alguém que já trabalhava na área. Boa sorte!',
    PERSON,
    true
  ],
  [
    'rejection',
    'Esito',
    'Gentile Jordan, la informiamo che la sua candidatura non è stata ritenuta idonea per la posizione.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: colloquio',
    "Ciao Jordan, grazie mille per l'incontro. Abbiamo preso un'altra persona che può iniziare subito. In bocca al lupo!",
    PERSON,
    true
  ],
  // not rejections
  [
    'update',
    'Re: Interview',
    "Hi Jordan, we haven't made a decision yet — we're seeing one more candidate on Friday. I'll be in touch early next week either way.",
    PERSON,
    true
  ],
  [
    'interview_request',
    'Re: Your application',
    "Hi Jordan, unfortunately the manager is off this week, so we can't do Thursday. Could you come in on Monday at 11 instead?",
    PERSON,
    true
  ],
  [
    'offer',
    'Re: decision',
    "Hi Jordan, it was a really tough decision between you and one other candidate, but we'd love to offer you the role! Can I call you this afternoon?",
    PERSON,
    true
  ]
]

/** Round 8: English as written in India, the Philippines, Nigeria, Kenya, Singapore and South Africa, and system status mail. */
export const ROUND_8: Array<[Expected, string, string, string, boolean]> = [
  [
    'interview_request',
    'Interview call letter - Staff Nurse',
    'Dear Candidate, with reference to your application, you are hereby informed that you have been shortlisted for the personal interview scheduled on 28-11-2026 at 10:30 AM at our hospital. Kindly report 30 minutes prior with original documents.',
    SYSTEM,
    true
  ],
  [
    'interview_request',
    'Re: Application for Accountant',
    'Dear Jordan, thank you for your mail. Kindly let us know your availability for a telephonic round tomorrow between 11 AM and 1 PM. Regards, HR Team',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Invitation for Interview',
    'Good day Jordan, we are pleased to inform you that you have been shortlisted for an interview for the position of Teacher. Please confirm your availability for Monday, 30th November 2026 at 9:00am.',
    PERSON,
    true
  ],
  [
    'interview_request',
    'Next round',
    'Hi Jordan, you have cleared the first round. The second round of interview with our Operations Head is scheduled for Wednesday, 4 PM IST. Kindly revert with your confirmation.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Application status',
    'Dear Jordan, we thank you for the interest shown. After careful consideration, we regret to inform you that your profile has not been shortlisted for further rounds. We wish you all the best.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Re: Interview feedback',
    'Dear Jordan, thank you for attending the interview. We have decided to close the position with another candidate. We will keep your CV in our database for future openings.',
    PERSON,
    true
  ],
  [
    'rejection',
    'Regret',
    'Dear Applicant, we appreciate your interest in the Graduate Trainee programme. Unfortunately, you were not successful at this stage of the recruitment process.',
    SYSTEM,
    true
  ],
  [
    'rejection',
    'Your candidacy',
    'Hi Jordan, thanks for your time last week. The hiring manager has decided to go ahead with a candidate who has more exposure to SAP. Wishing you the best.',
    PERSON,
    true
  ],
  [
    'offer',
    'Offer Letter - Jordan Ellis',
    'Dear Jordan, congratulations! We are pleased to offer you the position of Senior Accountant. Please find attached the offer letter. Kindly sign and send back a scanned copy by 2nd December.',
    PERSON,
    true
  ],
  [
    'offer',
    'Letter of Appointment',
    'Dear Jordan, further to your interview, we are pleased to appoint you as Pharmacist at our Westlands branch with effect from 4th January 2027. Kindly acknowledge receipt.',
    PERSON,
    true
  ],
  [
    'acknowledgement',
    'Application Received',
    'Dear Jordan, thank you for applying. This is to acknowledge receipt of your application for the post of Nurse. Only shortlisted candidates will be contacted.',
    SYSTEM,
    true
  ],
  [
    'acknowledgement',
    'Re: CV',
    'Dear Jordan, well received with thanks. We shall get back to you in due course. Regards, Grace',
    PERSON,
    true
  ],
  [
    'update',
    'Documents required',
    'Dear Jordan, kindly share the following documents for background verification: PAN card, last 3 months salary slips, relieving letter from previous employer.',
    PERSON,
    true
  ],
  [
    'update',
    'Application status changed',
    'Hello Jordan, the status of your application for Store Supervisor has changed to: Under Review. Log in to your candidate account for details.',
    SYSTEM,
    true
  ],
  [
    'update',
    'Re: Follow up',
    'Dear Jordan, the process is still ongoing. We shall revert once we have an update from the panel.',
    PERSON,
    true
  ],
  [
    'update',
    'Notice period',
    'Hi Jordan, could you please confirm your current CTC, expected CTC and notice period? This is required to proceed further.',
    PERSON,
    true
  ],
  [
    'unrelated',
    'Your OTP for login',
    'Your one time password for logging in to the careers portal is 448120. Do not share it with anyone.',
    'noreply@portal.example',
    false
  ],
  [
    'unrelated',
    'Walk-in drive this Saturday!',
    'Mega walk-in drive for freshers and experienced candidates this Saturday. Roles: Customer Support, Sales, Accounts. Bring your resume.',
    'events@jobfair.example',
    false
  ]
]

describe('fresh voices, written before the rules that read them', () => {
  it.each([...FRESH, ...ROUND_2, ...ROUND_3, ...ROUND_4, ...ROUND_5, ...ROUND_6, ...ROUND_7, ...ROUND_8])(
    '%s: %s',
    (category, subject, text, from, filed) => {
      const result = classifyMessage(mail(subject, text, from), { relatedToApplication: filed })
      expect(category.split('|')).toContain(result.category)
    }
  )

  // These short mails were written against the rules; the text model reads whole mails better than the rules on new
  // writers' batches (mail-corpus.test.ts) but overrules the rules on a few of these. Pinned so the count cannot grow.
  // 7 until the model read the subject's word pairs and kept 40,000 buckets (+0.8 points right with each blind training
  // batch left out of the model in turn; the held-out batches +3 mails, none lost): one of the 7 is right now, two
  // short ones are not.
  it('with the text model’s second opinion, at most 8 of the 312 end up wrong', () => {
    const wrong = [...FRESH, ...ROUND_2, ...ROUND_3, ...ROUND_4, ...ROUND_5, ...ROUND_6, ...ROUND_7, ...ROUND_8].filter(
      ([category, subject, text, from, filed]) =>
        !category.split('|').includes(withSecondOpinion(mail(subject, text, from), { relatedToApplication: filed }).category)
    )
    console.log(`fresh voices with the second opinion: ${wrong.length} wrong\n${wrong.map((w) => `  ${w[0]}: ${w[1]}`).join('\n')}`)
    expect(wrong.length).toBeLessThanOrEqual(8)
  })
})

describe('someone else chosen, named by their job rather than as "a candidate"', () => {
  it.each([
    ["Nous avons engagé une infirmière de l'hôpital voisin.", true],
    ['Abbiamo preso una ragazza che abita in zona.', true],
    ['We hired a nurse from the agency who knows the ward.', true],
    ['Hemos contratado a una enfermera con más experiencia.', true],
    ['We hebben de baan gegund aan een collega van de afdeling.', true],
    ['We picked you and another candidate for the final round.', false],
    ['Our driver will pick you up at the station.', false]
  ])('%s → %s', (sentence, chosen) => {
    expect(!!someoneElseChosen(sentence)).toBe(chosen)
  })
})

describe('reasons read as words', () => {
  it('names a category in plain words when it says why it did not call a mail that', () => {
    const reasons = classifyMessage(mail('Re: Take-home', 'Got your take-home, thanks! The team will review it this week.', PERSON), {
      relatedToApplication: true
    }).reasons.join(' ')
    expect(reasons).toContain('not called an assessment: a step already done')
    expect(reasons).not.toMatch(/interview_request|a assessment|a offer/)
  })
})

describe('conditions that belong to the reader, and "why not" invitations (training-8)', () => {
  it.each([
    ['offer', 'Pour la place', 'Si vous êtes toujours partante, la place est à vous : CDI 35h, début le 3 novembre.'],
    ['offer', 'The job', "If you're still keen, the job's yours. Start Monday?"],
    ['interview_request', 'Re: cameriera', 'Ciao Robin, perché non passi sabato verso le 18 così facciamo due chiacchiere?'],
    ['update', 'Question', 'If we were to offer you the role, could you start in January? Just planning ahead.']
  ] as const)('%s: %s', (category, subject, text) => {
    expect(classifyMessage(mail(subject, text, PERSON), { relatedToApplication: true }).category).toBe(category)
  })
})

describe('no job step, however job-like (held-out-6 safety misses, in other words)', () => {
  const invite = (summary: string) => ({ method: 'REQUEST', summary, uid: 'x@test', start: '2026-11-19T15:00:00Z', attendees: [] })
  it('calls a dentist or a workshop invite unrelated, even when the mail mentions an interview', () => {
    const dentist = {
      ...mail(
        'Your check-up has moved',
        "We've moved your appointment so it doesn't clash with your interview: Thursday at 3pm with Dr Mensah.",
        'desk@smiles.example'
      ),
      hasCalendarInvite: true,
      calendar: invite('Dental check-up (Dr Mensah)')
    }
    const result = classifyMessage(dentist, { relatedToApplication: false })
    expect(result.category).toBe('unrelated')
    const workshop = {
      ...mail(
        'Je aanmelding: workshop solliciteren',
        'Je bent aangemeld voor de gratis workshop "Solliciteren en het gesprek" in de bibliotheek.',
        'info@bieb.example'
      ),
      hasCalendarInvite: true,
      calendar: invite('Workshop solliciteren en het gesprek')
    }
    expect(classifyMessage(workshop, { relatedToApplication: false }).category).toBe('unrelated')
  })

  it("calls a GP surgery's or clinic's booked appointment with an invite unrelated, even when it mentions a job interview", () => {
    for (const [title, sender] of [
      ['Nurse appointment - Riverside Surgery', 'bookings@riverside-surgery.example'],
      ['Blood test at Eastgate Clinic', 'noreply@eastgate-clinic.example'],
      ['Hygienist appointment', 'reception@brightsmile.example']
    ]) {
      const booked = {
        ...mail(
          'Your appointment is booked',
          'Your appointment is booked for Monday at 9:10. If you cannot come, for instance because of a job interview, please rebook online.',
          sender
        ),
        hasCalendarInvite: true,
        calendar: invite(title)
      }
      expect(classifyMessage(booked, { relatedToApplication: false }).category, title).toBe('unrelated')
    }
    const interview = {
      ...mail('Interview', 'We look forward to meeting you on Monday at 10am at the practice.', 'manager@riverside-surgery.example'),
      hasCalendarInvite: true,
      calendar: invite('Interview: Surgery Receptionist')
    }
    expect(classifyMessage(interview, { relatedToApplication: false }).category).toBe('interview_request')
  })

  it('calls a volunteering application unrelated, not an acknowledgement to track', () => {
    for (const [subject, text] of [
      [
        'Thanks for signing up',
        'Thanks for signing up to volunteer at the winter shelter. We have received your application and will call you.'
      ],
      ['Solicitud recibida', 'Gracias por tu solicitud de voluntariado para la campaña de Navidad. Hemos recibido tu solicitud.']
    ])
      expect(classifyMessage(mail(subject, text, 'team@charity.example'), { relatedToApplication: false }).category).toBe('unrelated')
  })

  it("reads an Italian Outlook reply's 'R:' subject as a reply: the offer it repeats is not news", () => {
    const result = classifyMessage(
      mail('R: Proposta di assunzione', 'Va benissimo il 16. Il consulente prepara il contratto e glielo mando entro venerdì.', PERSON),
      { relatedToApplication: true }
    )
    expect(result.category).not.toBe('offer')
  })
})

describe('an invite whose title names a job with a clinic word in it', () => {
  it.each(['Interview: Dental Nurse', 'Call – Training Coordinator', 'Gespräch mit Dr. Weber (Praxis)'])(
    '"%s" stays an interview',
    (summary) => {
      const message = {
        ...mail('Invitation', 'Please find the invitation attached.', PERSON),
        hasCalendarInvite: true,
        calendar: { method: 'REQUEST', summary, uid: 'u@test', start: '2026-11-19T15:00:00Z', attendees: [] }
      }
      expect(classifyMessage(message, { relatedToApplication: true }).category).toBe('interview_request')
    }
  )
})

describe('an invitation the e2e screenshot showed as an update', () => {
  it('reads "Could you meet the team next Tuesday?" as an interview request', () => {
    expect(
      classifyMessage(mail('Next steps with the team', 'Could you meet the team next Tuesday?', PERSON), { relatedToApplication: true })
        .category
    ).toBe('interview_request')
  })
})
