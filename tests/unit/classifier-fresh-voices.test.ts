/**
 * Over 300 lines: one list of hand-written messages, kept whole so the first-contact figure above stays checkable.
 *
 * Fresh voices (issue 11): 81 messages written on 5 Dec 2026 before any rule was changed for them, in seven languages
 * and the registers of a pharmacy, a primary school, a care home, the civil-service sift, a ward, a kitchen, a practice
 * manager, a Kita, a town hall, a Brazilian retailer and an Italian concorso.
 * First contact: 68/81 (84 %). Two of the misses were a trial shift and a Probearbeitstag written as assessments; the
 * project files a trial shift as an interview step, so they were relabelled (70/81 by that convention). The 11 real
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
 */
import { describe, expect, it } from 'vitest'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { classifyMessage } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'

const mail = (subject: string, text: string, from: string): MailMessage => ({
  messageId: '<fresh@test>',
  references: [],
  date: '2026-11-12T10:00:00Z',
  dateOffsetMinutes: 60,
  from: { name: from.split('@')[0] ?? '', address: from },
  to: [],
  cc: [],
  subject,
  text,
  headers: {},
  hasCalendarInvite: false
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
    'interview_request',
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
    'interview_request',
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

describe('fresh voices, written before the rules that read them', () => {
  it.each([...FRESH, ...ROUND_2])('%s: %s', (category, subject, text, from, filed) => {
    const result = classifyMessage(mail(subject, text, from), { relatedToApplication: filed })
    expect(category.split('|')).toContain(result.category)
  })
})
