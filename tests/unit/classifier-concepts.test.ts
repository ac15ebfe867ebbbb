// Over 300 lines: hand-written cases, one a line; data, not logic.
/**
 * The concept rules (issue 11) on sentences written here from how people and hiring systems say each
 * step, in seven languages, without the stock words ("unfortunately", "regret", "leider", "pleased to
 * offer"): a decision about someone else, a filled or closed post, "not taken further"; an appointment,
 * a contract sent, a conditional offer; a person asking the candidate to come by; a named kind of test;
 * a short "got it". And what must not decide: the candidate's own words quoted below a reply, a
 * hypothetical, and mail about no job at all.
 */
import { describe, expect, it } from 'vitest'
import type { MailMessage } from '../../src/shared/core/mail-message'
// The phrase layer: what the rules know of each sentence. The text model's second opinion on filed mail is measured on
// whole mails (mail-corpus.test.ts) and pinned in classifier-second-opinion.test.ts.
import { byRules as classifyMessage } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'

const mail = (text: string, subject = 'Re: your application', from = 'hiring@employer.example'): MailMessage => ({
  messageId: '<m@test>',
  references: [],
  date: '2026-11-10T09:00:00Z',
  dateOffsetMinutes: 60,
  from: { name: 'Hiring', address: from },
  to: [],
  cc: [],
  subject,
  text,
  headers: {},
  hasCalendarInvite: false
})

/** [language, category, the sender's words]: mail on a tracked application. */
const CASES: Array<[string, MessageCategory, string]> = [
  // Rejections: someone else, closed, not further.
  ['en', 'rejection', 'Thanks for your patience. The role has now been offered to an internal candidate.'],
  ['en', 'rejection', 'We have made the decision to move ahead with an applicant whose background is closer to the brief.'],
  ['en', 'rejection', 'I wanted to let you know that we went with another candidate for the Year 4 post.'],
  ['en', 'rejection', 'After the assessment centre we will not be taking your application any further.'],
  ['en', 'rejection', "Just a note to say we've given the job to someone from the agency pool."],
  ['en', 'rejection', 'We have decided to head in a different direction with this role.'],
  ['en', 'rejection', 'The vacancy you applied for has been filled and is no longer being advertised.'],
  ['de', 'rejection', 'Wir haben uns nach den Gesprächen für einen Bewerber mit mehr Erfahrung im Controlling entschieden.'],
  ['de', 'rejection', 'Die Stelle wurde inzwischen mit einem internen Kandidaten besetzt.'],
  ['es', 'rejection', 'Finalmente hemos optado por otra candidata con más experiencia en quirófano.'],
  ['es', 'rejection', 'Le comunicamos que la plaza ha sido adjudicada a otro aspirante.'],
  ['fr', 'rejection', "Nous avons porté notre choix sur un autre candidat dont l'expérience correspond davantage au poste."],
  ['fr', 'rejection', 'Nous ne sommes malheureusement pas en mesure de donner suite à votre candidature.'],
  ['nl', 'rejection', 'We hebben gekozen voor een andere kandidaat met meer ervaring in de zorg.'],
  ['nl', 'rejection', 'De commissie heeft besloten een andere sollicitant aan te nemen.'],
  ['pt', 'rejection', 'Decidimos seguir com outro candidato cujo perfil está mais alinhado à vaga.'],
  ['pt', 'rejection', 'A vaga foi preenchida por outra pessoa da nossa equipa.'],
  ['it', 'rejection', 'Abbiamo scelto un altro candidato con più esperienza in reparto.'],
  ['it', 'rejection', "Al termine della selezione la commissione ha individuato un'altra candidata."],
  // Offers without "pleased to offer".
  ['en', 'offer', 'The panel would like to offer you the Band 6 Charge Nurse post, subject to references and a DBS check.'],
  ['en', 'offer', 'I am writing to confirm our verbal offer of the Teaching Assistant role from January.'],
  ['en', 'offer', "Here's your contract for the Junior Planner job - have a read and sign when you're ready."],
  ['en', 'offer', 'Governors have agreed to appoint you to the post of Class Teacher from 4 January.'],
  ['de', 'offer', 'Wir würden uns sehr freuen, wenn Sie ab März unser Team verstärken.'],
  ['de', 'offer', 'Wir möchten Sie gern zum 1. April als Sachbearbeiterin einstellen.'],
  ['es', 'offer', 'Nos encantaría que te incorporaras al equipo en enero; te adjuntamos el contrato.'],
  ['fr', 'offer', 'Nous souhaitons vous recruter en CDI à compter du 4 janvier.'],
  ['nl', 'offer', 'We willen je graag aannemen als verpleegkundige per 1 februari.'],
  ['pt', 'offer', 'Queremos muito contar contigo na equipa a partir de fevereiro.'],
  ['it', 'offer', 'La presa di servizio è fissata per il 7 gennaio presso la sede centrale.'],
  // Interview invitations from people.
  ['en', 'interview_request', 'Could you pop in on Thursday afternoon for a chat with the deputy head?'],
  ['en', 'interview_request', 'Can you do Wednesday at 11? It would be a 30 minute call with our CTO.'],
  ['en', 'interview_request', 'We would like you to attend an interview at the Civic Centre on 3 December at 2pm.'],
  ['de', 'interview_request', 'Wir laden Sie am Montag um 10 Uhr zu einem Vorstellungsgespräch in unsere Praxis ein.'],
  ['es', 'interview_request', 'Le citamos el jueves 12 a las 10:00 en nuestras oficinas para una entrevista.'],
  ['fr', 'interview_request', 'Vous êtes convoqué le 15 décembre à 9h pour un entretien avec le jury.'],
  ['nl', 'interview_request', 'Kun je dinsdag even langskomen? Kom gerust langs op kantoor rond tien uur.'],
  ['pt', 'interview_request', 'Você foi aprovado para a etapa de entrevista, que será na terça às 14h.'],
  ['it', 'interview_request', 'È convocato per il colloquio il giorno 4 dicembre alle ore 10.'],
  // Assessments by kind.
  ['en', 'assessment', 'The next stage is an online numerical reasoning test; please complete it within 48 hours.'],
  ['en', 'assessment', 'Shortlisted nurses sit a drug calculation test before interview.'],
  ['de', 'assessment', 'Als nächsten Schritt bitten wir Sie um einen schriftlichen Test in unserem Haus.'],
  ['fr', 'assessment', 'Nous vous invitons à passer un test de logique en ligne avant le 20 novembre.'],
  ['nl', 'assessment', 'De volgende stap is een schriftelijke opdracht die je thuis maakt.'],
  ['pt', 'assessment', 'A próxima fase é uma prova escrita de conhecimentos específicos.'],
  // Acknowledgements, short and human.
  ['en', 'acknowledgement', 'Got it, thanks! I will pass it on to the head of department.'],
  ['en', 'acknowledgement', 'This confirms that we have received your application for the Porter post.'],
  ['es', 'acknowledgement', 'Recibido. Lo miro con el equipo y te digo.'],
  ['nl', 'acknowledgement', 'Je brief en cv zijn in goede orde aangekomen.'],
  ['it', 'acknowledgement', 'La Sua domanda è stata protocollata con il numero 1234.'],
  // Second wave: the same concepts said other ways.
  ['en', 'rejection', 'Interviews took place on Monday and we have now appointed to this post.'],
  ['en', 'rejection', "Honestly it's a no from us this time, but keep building."],
  ['en', 'rejection', 'The panel felt that other candidates had more recent classroom experience.'],
  ['de', 'rejection', 'Die Wahl fiel am Ende auf eine andere Bewerberin.'],
  ['de', 'rejection', 'Wir haben uns für jemand anderen entschieden.'],
  ['es', 'rejection', 'La elección recayó en otra candidata del proceso.'],
  ['es', 'rejection', 'Hemos cerrado el proceso con otra persona.'],
  ['fr', 'rejection', "Le choix s'est porté sur un autre candidat."],
  ['fr', 'rejection', "Nous avons recruté quelqu'un d'autre pour ce remplacement."],
  ['nl', 'rejection', 'De keuze is uiteindelijk gevallen op een andere kandidaat.'],
  ['pt', 'rejection', 'A escolha recaiu sobre outro candidato.'],
  ['pt', 'rejection', 'Contratamos outra pessoa para a função.'],
  ['it', 'rejection', 'La scelta è ricaduta su un altro profilo.'],
  ['en', 'offer', "Great news - you've got the job! HR will send the paperwork tomorrow."],
  ['de', 'offer', 'Wir möchten Sie gern zum 1. April als Sachbearbeiterin einstellen.'],
  ['de', 'offer', 'Gute Nachrichten: Sie haben die Stelle!'],
  ['es', 'offer', 'Te queremos en el equipo a partir de enero.'],
  ['fr', 'offer', 'Bonne nouvelle : le poste est à vous !'],
  ['nl', 'offer', 'Goed nieuws: de baan is van jou!'],
  ['pt', 'offer', 'Parabéns, você foi contratada! O RH entra em contato amanhã.'],
  ['it', 'offer', 'Ottime notizie: sei stata assunta!'],
  ['en', 'interview_request', "I'd like to invite you in to meet the team next Tuesday morning."],
  ['en', 'interview_request', "We've booked you in for 10am on Friday at the Harbour Street branch."],
  ['de', 'interview_request', 'Kommen Sie doch am Dienstag um 15 Uhr bei uns vorbei.'],
  ['es', 'interview_request', '¿Podrías venir el martes a las 10 a la tienda?'],
  ['fr', 'interview_request', 'Pourriez-vous passer mardi matin à la boutique ?'],
  ['nl', 'interview_request', 'Kun je volgende week langskomen voor een kop koffie?'],
  ['pt', 'interview_request', 'Pode vir aqui na quarta às 10h para conversarmos?'],
  ['it', 'interview_request', 'Potresti passare da noi martedì pomeriggio?'],
  ['de', 'assessment', 'Vor dem Gespräch absolvieren alle Bewerber einen Einstellungstest.'],
  ['es', 'assessment', 'El examen teórico será el 20 de noviembre en el aula 3.'],
  ['fr', 'assessment', "L'épreuve écrite aura lieu le 12 décembre."],
  ['it', 'assessment', 'La prova preselettiva si terrà il 9 dicembre.'],
  ['de', 'acknowledgement', 'Ihre Unterlagen sind vollständig eingegangen.'],
  ['fr', 'acknowledgement', 'Bien reçu, merci. Je transmets au chef de service.'],
  ['pt', 'acknowledgement', 'Recebido! Vou passar para a coordenação.'],
  ['it', 'acknowledgement', 'Ricevuto, grazie. Lo giro alla responsabile.'],
  ['nl', 'acknowledgement', 'Ontvangen, dank je. Ik stuur het door naar de teamleider.']
]

/**
 * [category, subject, the sender's words, filed on an application?]: a second set, written before the rules
 * that read them (68 of 102 right at first; the misses led to the families in concepts-*.ts), kept as a guard.
 */
const PHRASINGS: Array<[MessageCategory, string, string, boolean]> = [
  ['rejection', 'Your application', "I'm afraid we won't be able to move you forward in the process this time.", true],
  ['rejection', 'Application outcome', 'We are not in a position to progress your application further.', true],
  [
    'rejection',
    'Interview outcome',
    "Thank you for coming in. On this occasion you have not been successful, but we'd be glad to offer feedback.",
    true
  ],
  ['rejection', 'Outcome', 'Following interview, we have decided not to offer you the post.', true],
  [
    'rejection',
    'Re: Backend role',
    "Appreciate you taking the time. We're going to pass for now - the team wants someone more senior on infra.",
    true
  ],
  ['rejection', 'Your candidacy', "We've decided to hire someone with more agency experience. It was a really close call.", true],
  ['rejection', 'Update on your application', 'Your application has been reviewed and will not be progressed.', true],
  ['rejection', 'Application status', 'The status of your application for Store Manager has changed to: Not selected.', true],
  [
    'rejection',
    'Vacancy 4471',
    'Thank you for your interest. This vacancy has now closed and the successful candidate has been informed.',
    true
  ],
  [
    'rejection',
    'Re: Teaching post',
    "I'm sorry to say that we've offered the job to one of the other candidates. You were a very close second.",
    true
  ],
  [
    'rejection',
    'Your application',
    "Unfortunately, we've decided to move forward with a candidate who more closely matches our needs.",
    true
  ],
  ['rejection', 'Thank you', "I know this isn't the news you were hoping for, but we've chosen another applicant.", true],
  ['rejection', 'Ward 3', 'The ward manager has chosen another nurse for the night post.', true],
  ['rejection', 'Application', 'We regret that your application has not been shortlisted.', true],
  [
    'rejection',
    'Job application',
    'We have received a high number of applications and unfortunately yours has not been selected for the next stage.',
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung',
    'Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können.',
    true
  ],
  ['rejection', 'Ihre Bewerbung', 'Wir haben die Position inzwischen an eine Kandidatin vergeben, deren Profil besser passt.', true],
  ['rejection', 'Absage', 'Vielen Dank für Ihre Bewerbung. Wir haben uns anders entschieden.', true],
  ['rejection', 'Bewerbung als Erzieherin', 'Die Stelle ist bereits vergeben. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.', true],
  ['rejection', 'Ihre Bewerbung', 'Wir haben eine Bewerberin eingestellt, die bereits in einer Kita gearbeitet hat.', true],
  ['rejection', 'Tu candidatura', 'Tras estudiar tu perfil, hemos decidido seguir con otras candidaturas.', true],
  ['rejection', 'Proceso de selección', 'Te informamos de que no has superado esta fase del proceso.', true],
  ['rejection', 'Proceso de selección', 'Hemos contratado a otra persona para el puesto.', true],
  ['rejection', 'Candidatura', 'El puesto ya ha sido ocupado por otro profesional.', true],
  ['rejection', 'Votre candidature', "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.", true],
  ['rejection', 'Candidature', 'Le poste a été attribué à une autre personne en interne.', true],
  ['rejection', 'Candidature', 'Nous avons décidé de poursuivre avec un autre candidat.', true],
  ['rejection', 'Sollicitatie', 'We hebben besloten om niet verder te gaan met jouw sollicitatie.', true],
  ['rejection', 'Sollicitatie', 'Na de gesprekken is de functie ingevuld door een interne kandidaat.', true],
  ['rejection', 'Sollicitatie', 'We hebben iemand anders aangenomen.', true],
  ['rejection', 'Candidatura', 'A posição já foi ocupada.', true],
  ['rejection', 'Processo seletivo', 'Você não avançou para a próxima etapa do processo.', true],
  ['rejection', 'Candidatura', 'Optámos por avançar com outro candidato.', true],
  ['rejection', 'Candidatura', 'La posizione è stata assegnata a un altro candidato.', true],
  ['rejection', 'Candidatura', 'Abbiamo deciso di non procedere con la tua candidatura.', true],
  ['rejection', 'Candidatura', 'Non sei stato ammesso alla fase successiva.', true],
  ['rejection', 'Selezione', "Abbiamo assunto un'altra persona.", true],
  ['offer', 'Offer', "We'd love for you to come on board as our first designer. Salary 55k, start in January.", true],
  ['offer', 'Good news', 'The school would like to appoint you as Teacher of English from January.', true],
  ['offer', 'Your new role', "I'm delighted to tell you that you've been successful and we'd like you to start on 4 January.", true],
  ['offer', 'Job offer', "Please find your offer letter attached. We'd need your signed copy by Friday.", true],
  ['offer', 'Re: interview', "Everyone loved you and we'd like to make you an offer. Can I call you at 5?", true],
  ['offer', 'Contract', 'Your contract of employment is attached for signature.', true],
  ['offer', 'Offer of employment', 'We are delighted to offer you employment as a Healthcare Assistant on the terms below.', true],
  ['offer', 'Zusage', 'Wir freuen uns, Ihnen eine Zusage für die Stelle als Erzieherin geben zu können.', true],
  [
    'offer',
    'Ihr Vertrag',
    'Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie ein Exemplar unterschrieben zurück.',
    true
  ],
  ['offer', 'Oferta', 'Nos complace ofrecerte el puesto de enfermera en nuestra unidad.', true],
  ['offer', 'Buenas noticias', 'Has sido seleccionada para la plaza. Te enviamos el contrato esta semana.', true],
  ['offer', 'Proposition', "Nous avons le plaisir de vous proposer le poste d'infirmière de jour.", true],
  ['offer', 'Bonne nouvelle', 'Votre candidature a été retenue ! Vous commencez le 4 janvier.', true],
  ['offer', 'Aanbod', 'We bieden je graag de functie van verpleegkundige aan.', true],
  ['offer', 'Goed nieuws', 'Je bent aangenomen! Welkom bij het team.', true],
  ['offer', 'Proposta', 'Temos o prazer de lhe oferecer a vaga de enfermeira.', true],
  ['offer', 'Parabéns', 'Você foi aprovada no processo seletivo e gostaríamos que começasse em janeiro.', true],
  ['offer', 'Proposta', 'Siamo lieti di offrirti il ruolo di infermiera.', true],
  ['offer', 'Buone notizie', 'Abbiamo scelto te! Ti mando il contratto domani.', true],
  ['interview_request', 'Interview', "We'd like to invite you to an interview on Tuesday 17 November at 10am.", true],
  ['interview_request', 'Next steps', 'Are you around Thursday for a quick call with our CTO?', true],
  [
    'interview_request',
    'Re: Application',
    'Could you come in for an interview next week? Monday or Wednesday morning would suit us.',
    true
  ],
  ['interview_request', 'Interview', 'You have been shortlisted for interview. Please bring photo ID.', true],
  ['interview_request', 'Re: role', "Let's grab a coffee - does Friday at 11 at the Kitchen work?", true],
  // A work trial is an assessment (5 Dec 2026: three writers who never saw the rules read it so; it used to count as an interview step).
  ['assessment', 'Trial shift', 'Can you come in for a trial shift on Saturday from 9 to 1?', true],
  ['interview_request', 'Einladung', 'Gerne möchten wir Sie zu einem persönlichen Gespräch einladen.', true],
  ['interview_request', 'Termin', 'Passt Ihnen Donnerstag um 14 Uhr für ein Gespräch?', true],
  ['interview_request', 'Entrevista', '¿Tienes disponibilidad para una videollamada el jueves a las 12?', true],
  ['interview_request', 'Entrevista', 'Nos gustaría conocerte en persona. ¿Te viene bien el martes?', true],
  ['interview_request', 'Entretien', 'Je vous propose un entretien téléphonique jeudi à 10h.', true],
  ['interview_request', 'Gesprek', 'Wil je volgende week op gesprek komen?', true],
  ['interview_request', 'Entrevista', 'Podemos marcar uma entrevista para sexta às 10h?', true],
  ['interview_request', 'Colloquio', 'Ti andrebbe bene un colloquio giovedì alle 15?', true],
  ['assessment', 'Next stage', "As part of the process we'd like you to complete a short coding exercise.", true],
  ['assessment', 'Assessment', 'Please complete the online personality questionnaire by Sunday.', true],
  ['assessment', 'Test', 'You are invited to sit the written test on 20 November at County Hall.', true],
  ['assessment', 'Aufgabe', 'Wir schicken Ihnen eine kleine Fallstudie, die Sie bis Freitag bearbeiten.', true],
  ['assessment', 'Prueba', 'El siguiente paso es una prueba técnica online.', true],
  ['assessment', 'Test', 'Nous vous envoyons un lien vers un test en ligne.', true],
  ['assessment', 'Opdracht', 'We sturen je een case die je thuis uitwerkt.', true],
  ['assessment', 'Teste', 'A próxima etapa é um teste online de lógica.', true],
  ['assessment', 'Test', 'Ti inviamo un test online da completare entro venerdì.', true],
  ['acknowledgement', 'Application received', "Thanks for applying! We've received your application and will review it shortly.", true],
  ['acknowledgement', 'Re: CV', "Thanks Jordan, I've passed your CV to the hiring manager.", true],
  ['acknowledgement', 'Bewerbung', 'Vielen Dank für Ihre Bewerbung, die wir gerne erhalten haben.', true],
  ['acknowledgement', 'Candidatura', 'Hemos recibido tu candidatura correctamente.', true],
  ['acknowledgement', 'Candidature', 'Nous avons bien reçu votre candidature et reviendrons vers vous.', true],
  ['acknowledgement', 'Sollicitatie', 'Hartelijk dank voor je sollicitatie; we hebben deze in goede orde ontvangen.', true],
  ['acknowledgement', 'Candidatura', 'Recebemos a sua candidatura. Obrigado!', true],
  ['acknowledgement', 'Candidatura', 'Abbiamo ricevuto la tua candidatura, grazie!', true],
  ['update', 'Re: Thank you', "Thanks for your note! We're still interviewing and hope to decide by the end of next week.", true],
  ['update', 'Update', "Quick update: the hiring manager is off sick so we're a little behind. I'll be in touch next week.", true],
  ['update', 'Re: Following up', 'No news yet, sorry - the panel meets on Thursday.', true],
  ['update', 'Re: Interview', 'Thanks, Jordan - see you on Tuesday!', true],
  ['update', 'References', 'Could you send me the details of two referees?', true],
  ['update', 'Re: Offer', "Thanks for signing - I've passed it to HR, who will send your induction details.", true],
  ['update', 'Stand', 'Wir sind noch mitten im Auswahlverfahren und melden uns nächste Woche.', true],
  ['update', 'Re: Candidatura', 'Gracias por tu mensaje. Todavía estamos entrevistando.', true],
  ['update', 'Re: candidature', 'Merci pour votre message, nous revenons vers vous la semaine prochaine.', true],
  ['unrelated', 'Your appointment', 'Your appointment is confirmed for Tuesday at 10:30 with Dr Hughes.', false],
  ['unrelated', 'hey', "did you get the job?? they'd be mad not to offer it to you", false],
  ['unrelated', 'Newsletter', 'This week: how to handle a rejection and negotiate an offer. Unsubscribe.', false],
  ['unrelated', 'Order', 'Your order has been dispatched and will arrive Tuesday.', false],
  ['unrelated', 'Council tax', 'Your council tax bill for 2026/27 is attached.', false],
  ['unrelated', 'Flat', 'The landlord decided to go with another applicant.', false],
  ['unrelated', 'good luck!!', 'Good luck with the interview tomorrow! Call me after and tell me everything.', false],
  ['unrelated', 'Re: drinks', 'How did the interview go on Tuesday? Drinks Friday?', false],
  ['unrelated', 'Booking confirmed', 'Your Interview Pod is booked for Thursday 10:00-11:00. Receipt attached.', false],
  ['unrelated', 'Reminder', 'Reminder: your appointment is tomorrow at 9:15. Reply C to cancel.', false],
  ['unrelated', 'Your account', 'This confirms that we have received your request to reset your password.', false],
  ['unrelated', 'Re: CV', "Got it, thanks! I'll have a look at your CV tonight and send comments tomorrow.", false],
  ['unrelated', 'Mentoring', 'Happy to chat on Thursday about your job search - does 5pm work?', false],
  ['unrelated', 'Re: your resume', "Thanks for sending your resume over, I'll pass it on to my cousin at the bank.", false],
  ['unrelated', 'Interview tips webinar', 'Join our free webinar on Tuesday: how to ace your interview.', false]
]

/** A third set, written after the second wave and before the fourth (61 of 84 right at first: "we've found someone" in seven languages, "we've hired for the role", "isn't quite the right match"). */
const MORE_PHRASINGS: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Your application to Pinewood Trust',
    'Dear Jordan,\n\nThank you for your application for the role of Healthcare Assistant. We have reviewed your application against the person specification and, on this occasion, we will not be inviting you for an interview.\n\nWe wish you every success.',
    true
  ],
  [
    'rejection',
    'Application for Teaching Assistant',
    "Hi Jordan,\n\nThanks so much for coming to see us. We've now met all the candidates and have offered the position to someone who has worked with SEN pupils for several years.\n\nThank you again,\nMrs Patel",
    true
  ],
  [
    'rejection',
    'Following up',
    "Hi Jordan - sorry for the radio silence. We've hired for the role now, so I'm closing out your application. Thanks for your patience throughout.",
    true
  ],
  [
    'rejection',
    'Your candidacy at Fieldstone',
    "Hi Jordan, after much discussion the team has decided that your experience isn't quite the right match for what we need right now.",
    true
  ],
  [
    'rejection',
    'Re: Sous Chef',
    "Thanks for doing the trial shift. We've gone for someone with more pastry experience but would happily have you back for events.",
    true
  ],
  [
    'rejection',
    'Outcome of interview',
    "Dear Jordan, thank you for attending the interview for Senior Planner. I'm sorry to tell you that you were not successful on this occasion.",
    true
  ],
  ['rejection', 'Your application status', 'Your application for the position of Accounts Payable Clerk has been declined.', true],
  [
    'rejection',
    'Regarding your application',
    'We have filled this role with an internal transfer. Thanks for your interest in Maple County.',
    true
  ],
  [
    'rejection',
    'Re: Next steps?',
    "I'm sorry Jordan, the client has decided not to progress your CV. They felt the experience was a little light on audit.",
    true
  ],
  ['rejection', 'Your interview', "We really enjoyed meeting you but we won't be moving forward to the next round.", true],
  [
    'rejection',
    'Bewerbung Pflegefachkraft',
    'Sehr geehrte Frau Ellis, wir haben uns entschieden, die Stelle mit einer Kollegin aus dem eigenen Haus zu besetzen.',
    true
  ],
  ['rejection', 'Ihre Bewerbung', 'Hallo Jordan, wir haben inzwischen jemanden gefunden. Danke trotzdem für dein Interesse!', true],
  [
    'rejection',
    'Rückmeldung zu Ihrer Bewerbung',
    'Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass wir uns für eine andere Bewerbung entschieden haben.',
    true
  ],
  [
    'rejection',
    'Tu candidatura',
    'Hola Jordan, finalmente la vacante la ha ocupado una persona del equipo interno. Gracias por tu tiempo.',
    true
  ],
  ['rejection', 'Resultado', 'Te escribimos para comunicarte que no vamos a seguir adelante con tu candidatura.', true],
  ['rejection', 'Proceso', 'Ya hemos encontrado a la persona que buscábamos para el puesto. ¡Gracias por participar!', true],
  ['rejection', 'Votre candidature', 'Bonjour, nous avons trouvé la personne qui correspond au poste. Merci pour votre intérêt.', true],
  ['rejection', 'Suite de votre candidature', 'Après réflexion, nous ne retiendrons pas votre candidature pour ce poste.', true],
  ['rejection', 'Sollicitatie', 'Beste Jordan, we hebben inmiddels een geschikte kandidaat gevonden. Bedankt voor je interesse.', true],
  ['rejection', 'Je sollicitatie', 'We hebben de vacature intern ingevuld.', true],
  ['rejection', 'Candidatura', 'Olá Jordan, já encontramos a pessoa para a vaga. Obrigado pelo interesse!', true],
  ['rejection', 'Processo seletivo', 'Informamos que seu perfil não foi selecionado para continuar no processo.', true],
  ['rejection', 'Candidatura', 'Ciao Jordan, abbiamo già trovato la persona giusta per il ruolo. Grazie comunque!', true],
  ['rejection', 'Esito selezione', 'La informiamo che la Sua candidatura non è stata ritenuta in linea con il profilo ricercato.', true],
  ['offer', 'Welcome!', "Jordan, we're thrilled - the role is yours if you want it. Let's talk start dates.", true],
  ['offer', 'Your offer', 'Attached is your formal offer. Please review and let me know if you have any questions before signing.', true],
  [
    'offer',
    'Staff Nurse - conditional offer',
    'Following your recent interview, we are pleased to make you a conditional offer of employment for the post of Staff Nurse.',
    true
  ],
  [
    'offer',
    'Re: Engineer role',
    "We'd like you on the team! I'll send the contract over this afternoon - 68k, 25 days holiday, start 11 January.",
    true
  ],
  ['offer', 'Next steps', 'Great news: the board approved your hire. HR will reach out with your offer letter.', true],
  ['offer', 'Stellenzusage', 'Wir freuen uns, Ihnen mitteilen zu können, dass Sie die Stelle bekommen.', true],
  ['offer', 'Vertrag', 'Herzlich willkommen im Team! Den Arbeitsvertrag senden wir Ihnen per Post.', true],
  ['offer', 'Incorporación', '¡Enhorabuena! Has sido la persona elegida para el puesto. Te mando el contrato para que lo firmes.', true],
  [
    'offer',
    "Proposition d'embauche",
    "Nous avons le plaisir de vous confirmer votre recrutement en tant qu'infirmière à compter du 4 janvier.",
    true
  ],
  ['offer', 'Goed nieuws', 'Wij zijn blij je te kunnen vertellen dat je de baan hebt!', true],
  ['offer', 'Proposta', 'Olá Jordan, a vaga é sua! Vou te enviar a proposta formal hoje.', true],
  ['offer', 'Assunzione', 'Siamo felici di comunicarti che sei stata scelta per la posizione di infermiera.', true],
  [
    'interview_request',
    'Interview - Healthcare Assistant',
    'We are pleased to invite you to attend an interview on Monday 23 November at 2:30pm at Pinewood House.',
    true
  ],
  [
    'interview_request',
    'Re: Application',
    "Thanks for applying! Are you free for a 20-minute phone screen this week? Here's my calendar: https://calendly.com/amy-recruits/20min",
    true
  ],
  ['interview_request', 'Chat?', 'Hi Jordan, loved your portfolio. Would you be up for a quick video chat on Thursday or Friday?', true],
  ['interview_request', 'Interview', 'Please come to the school office at 9am on Tuesday; you will be met by the deputy head.', true],
  ['interview_request', 'Second interview', 'The team would love to see you again for a second interview with the directors.', true],
  [
    'interview_request',
    'Vorstellungsgespräch',
    'Wir würden Sie gerne am 24.11. um 10 Uhr zu einem Gespräch in unserem Büro begrüßen.',
    true
  ],
  ['interview_request', 'Termin', 'Können Sie am Freitag um 11 Uhr zu uns ins Büro kommen?', true],
  ['interview_request', 'Entrevista', 'Queremos conocerte: ¿podrías venir a una entrevista el lunes a las 9:30?', true],
  ['interview_request', 'Entretien', 'Nous souhaiterions vous recevoir en entretien le mardi 24 novembre à 14h.', true],
  ['interview_request', 'Uitnodiging', 'Graag nodigen we je uit voor een kennismakingsgesprek op woensdag 25 november om 15.00 uur.', true],
  ['interview_request', 'Entrevista', 'Olá Jordan! Queremos te conhecer. Você pode participar de uma entrevista na quinta às 15h?', true],
  ['interview_request', 'Colloquio', 'Ciao Jordan, ci farebbe piacere incontrarti per un colloquio conoscitivo mercoledì alle 11.', true],
  [
    'assessment',
    'Assessment centre',
    'Shortlisted candidates will attend an assessment centre including a group exercise and an in-tray task.',
    true
  ],
  ['assessment', 'Skills test', 'Before we schedule interviews, please complete the typing and Excel skills test at the link below.', true],
  ['assessment', 'Task', "Here's a small design task: redesign our onboarding screen and send it back by Monday.", true],
  ['assessment', 'Test', 'Bitte bearbeiten Sie bis Mittwoch den Online-Test, den Sie per separater Mail erhalten.', true],
  ['assessment', 'Prueba', 'Te enviaremos una prueba práctica que tendrás que entregar en 48 horas.', true],
  ['assessment', 'Exercice', "Nous vous proposons une mise en situation écrite d'une heure.", true],
  ['assessment', 'Assessment', 'Je ontvangt vandaag een link naar de online assessment; rond deze binnen vijf dagen af.', true],
  ['assessment', 'Desafio', 'Segue o desafio técnico; você tem até sexta para entregar.', true],
  ['assessment', 'Prova', 'La prova scritta si terrà il 3 dicembre alle ore 9 presso la sede comunale.', true],
  [
    'acknowledgement',
    'Thanks for your application',
    "Hi Jordan, thanks for your application to Pinewood Trust. We'll be in touch after the closing date.",
    true
  ],
  ['acknowledgement', 'Re: Enquiry', "Thanks Jordan, that's come through fine. I'll share it with the manager on Monday.", true],
  ['acknowledgement', 'Eingangsbestätigung', 'Ihre Bewerbung ist bei uns eingegangen. Wir melden uns in den nächsten zwei Wochen.', true],
  ['acknowledgement', 'Candidatura recibida', 'Tu candidatura ha llegado correctamente. Te contactaremos si tu perfil encaja.', true],
  ['acknowledgement', 'Candidature', 'Merci, votre candidature nous est bien parvenue.', true],
  ['acknowledgement', 'Sollicitatie', 'Je sollicitatie is goed bij ons binnengekomen.', true],
  ['acknowledgement', 'Candidatura', 'Sua candidatura foi recebida com sucesso.', true],
  ['acknowledgement', 'Candidatura', 'Grazie, abbiamo preso in carico la tua candidatura.', true],
  ['update', 'Re: Thank you', "Thanks for the kind note, Jordan. We're finishing interviews this week and will be in touch.", true],
  [
    'update',
    'Update',
    "We've had a few delays on our side - the hiring manager is travelling - but you're still very much in the running.",
    true
  ],
  ['update', 'Re: Checking in', "Hi Jordan, no update yet I'm afraid. I'll chase the client today.", true],
  ['update', 'Documents', 'Could you send a copy of your passport and nursing registration before your start date?', true],
  ['update', 'Re: Interview confirmation', 'Thanks for confirming, see you Tuesday!', true],
  ['update', 'Zwischenstand', 'Wir sind noch in Gesprächen und melden uns bis Ende nächster Woche.', true],
  ['update', 'Re: Seguimiento', 'Gracias por escribir. Seguimos valorando candidaturas y te diremos algo pronto.', true],
  ['update', 'Re: suivi', 'Merci pour votre relance, la décision sera prise la semaine prochaine.', true],
  ['update', 'Stand van zaken', 'We zijn nog met de laatste gesprekken bezig; je hoort volgende week meer.', true],
  ['update', 'Re: Retorno', 'Oi Jordan, ainda estamos finalizando as entrevistas. Te dou um retorno semana que vem.', true],
  ['update', 'Re: aggiornamento', 'Ciao Jordan, siamo ancora in fase di valutazione. Ti aggiorno a breve.', true],
  ['unrelated', 'Your appointment', 'Appointment reminder: Dr Shah, Tuesday 1 Dec 10:20. Reply YES to confirm.', false],
  ['unrelated', "We're hiring!", 'Our library is hiring volunteers for the winter reading programme. Apply at the front desk.', false],
  ['unrelated', 're: job', "omg did you hear back?? if they don't offer you the job they're crazy", false],
  ['unrelated', 'Your order', 'Thank you for your order. We have received your payment and your books will ship tomorrow.', false],
  ['unrelated', 'Jobs for you', '5 new jobs match your search: Staff Nurse, Healthcare Assistant. Apply now.', false],
  ['unrelated', 'Tenancy', 'We have decided to proceed with another applicant for the property.', false],
  ['unrelated', 'Kündigung', 'Hiermit bestätigen wir die Kündigung Ihres Vertrags zum 31.12.', false],
  ['unrelated', 'Tu pedido', 'Hemos recibido tu pedido y está en preparación.', false]
]

/**
 * A fourth set, in full-mail shapes (54 of 66 right at first; the soft signs of a rejection, added up in
 * combine.ts, and "the position will be going to a candidate whose…", "not going to make an offer").
 */
const FULL_MAILS: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Your application - Registered Nurse',
    "Dear Jordan,\n\nThank you for your interest in the Registered Nurse position at Lakeshore Health and for the time you invested in the process.\n\nThe hiring team has completed its review, and the position will be going to a candidate whose experience is more closely aligned with the unit's current needs.\n\nWe encourage you to apply for future openings and wish you the best in your search.",
    true
  ],
  [
    'rejection',
    'Lakeshore Health - application update',
    "Hi Jordan, thanks for your patience. We've concluded the interviews and, on this occasion, you haven't been selected to proceed. We'll keep your details on file.",
    true
  ],
  [
    'rejection',
    'Re: Marketing Lead',
    "Hey Jordan - straight answer: we're not going to make an offer. The team wanted someone with more B2B. Happy to give feedback if useful.",
    true
  ],
  [
    'rejection',
    'Data Analyst',
    "Thanks for your time last week. It was a tough call, but we're going with a candidate who has deeper SQL experience. Best of luck!",
    true
  ],
  [
    'rejection',
    'Your application',
    'Thank you for taking the time to apply. Having reviewed all applications, the panel did not shortlist you for interview on this occasion. We wish you every success.',
    true
  ],
  [
    'rejection',
    'Bewerbung',
    'Vielen Dank für Ihr Interesse. Nach eingehender Prüfung sehen wir leider keine Möglichkeit, Sie im weiteren Prozess zu berücksichtigen. Ihre Unterlagen werden nach sechs Monaten gelöscht.',
    true
  ],
  [
    'rejection',
    'Ihre Bewerbung als Lehrkraft',
    'Liebe Frau Ellis, die Entscheidung ist zugunsten einer Mitbewerberin ausgefallen. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.',
    true
  ],
  [
    'rejection',
    'Proceso de selección',
    'Gracias por tu interés. En esta ocasión tu perfil no se ajusta a lo que buscamos. Guardaremos tus datos para futuras oportunidades. ¡Mucha suerte!',
    true
  ],
  [
    'rejection',
    'Candidatura',
    'Le agradecemos su participación. Lamentamos comunicarle que el proceso ha concluido sin que su candidatura resulte seleccionada.',
    true
  ],
  [
    'rejection',
    'Votre candidature',
    "Merci pour l'intérêt porté à notre clinique. Votre profil ne correspond pas tout à fait à nos besoins actuels. Nous conservons votre CV et vous souhaitons bonne chance dans vos recherches.",
    true
  ],
  ['rejection', 'Candidature', 'Nous sommes désolés de ne pas pouvoir vous proposer ce poste.', true],
  [
    'rejection',
    'Sollicitatie',
    'Bedankt voor je interesse. Je profiel sluit helaas niet goed genoeg aan bij wat we zoeken. We bewaren je gegevens en wensen je veel succes.',
    true
  ],
  ['rejection', 'Sollicitatie', 'We gaan niet met je verder in deze procedure.', true],
  [
    'rejection',
    'Candidatura',
    'Agradecemos seu interesse. Neste momento, seu perfil não está alinhado com a vaga. Seu currículo ficará em nosso banco de talentos. Boa sorte!',
    true
  ],
  ['rejection', 'Candidatura', 'Infelizmente não vamos seguir com a sua candidatura.', true],
  [
    'rejection',
    'Candidatura',
    "Grazie per l'interesse. Il tuo profilo non risponde pienamente alle esigenze della posizione. Conserveremo il tuo curriculum per future opportunità. In bocca al lupo!",
    true
  ],
  ['rejection', 'Selezione', 'Ci dispiace, abbiamo deciso di non proseguire con il tuo profilo.', true],
  [
    'offer',
    'Offer letter',
    'Dear Jordan, further to your interview, I am delighted to enclose your offer letter for the post of Practice Nurse. Please sign and return one copy by 14 December.',
    true
  ],
  [
    'offer',
    'Re: Final round',
    'You nailed it. We want to bring you on - 70k base, options, start when you like. Can we talk tonight?',
    true
  ],
  [
    'offer',
    'Welcome to Brightpath',
    "We're excited to welcome you to Brightpath! Your first day will be Monday 4 January; please bring your ID and bank details.",
    true
  ],
  ['offer', 'Angebot', 'Wir möchten Ihnen die Position als Teamleitung anbieten und freuen uns auf Ihre Zusage.', true],
  ['offer', 'Oferta', 'Queremos ofrecerte la posición de coordinadora. ¿Cuándo podrías incorporarte?', true],
  ['offer', 'Offre', 'Nous serions ravis de vous compter parmi nous à partir de janvier.', true],
  ['offer', 'Aanbod', 'We zouden je graag aannemen als projectleider. Het contract volgt deze week.', true],
  ['offer', 'Proposta', 'Gostaríamos de te fazer uma proposta para a vaga de analista.', true],
  ['offer', 'Offerta', 'Vorremmo proporti un contratto a tempo indeterminato come infermiera.', true],
  [
    'interview_request',
    'Interview invitation',
    'Following your application we would like to invite you for a face-to-face interview. Available slots: Tue 10am, Wed 2pm.',
    true
  ],
  ['interview_request', 'Re: CV', 'Hi Jordan, the manager would like to meet you - is Monday morning OK for you?', true],
  [
    'interview_request',
    'Panel interview',
    'You have been selected for interview. The panel will be held on 2 December at 11:00 at County Hall.',
    true
  ],
  ['interview_request', 'Quick chat', "Hey, any chance you're free for a 15 min call tomorrow?", true],
  [
    'interview_request',
    'Einladung zum Gespräch',
    'Wir möchten Sie gerne persönlich kennenlernen. Hätten Sie am Dienstag um 15 Uhr Zeit?',
    true
  ],
  ['interview_request', 'Entrevista', 'Nos encantaría hablar contigo. ¿Te va bien el miércoles a las 17h?', true],
  ['interview_request', 'Entretien', 'Seriez-vous disponible jeudi à 11h pour un entretien en visio ?', true],
  ['interview_request', 'Gesprek', 'Heb je volgende week dinsdag tijd voor een gesprek?', true],
  ['interview_request', 'Entrevista', 'Você teria disponibilidade para uma conversa na quinta-feira às 10h?', true],
  ['interview_request', 'Colloquio', 'Saresti disponibile per un colloquio venerdì alle 10?', true],
  [
    'assessment',
    'Next step',
    "The next step is a 45-minute online assessment (numerical and logical reasoning). You'll receive the link shortly.",
    true
  ],
  ['assessment', 'Case', 'Please prepare a short case presentation on the attached scenario for your interview.', true],
  ['assessment', 'Aufgabe', 'Als nächsten Schritt schicken wir Ihnen eine kleine Probeaufgabe.', true],
  ['assessment', 'Prueba', 'Como siguiente paso, te pedimos que realices un pequeño ejercicio práctico.', true],
  ['assessment', 'Test', 'Merci de compléter le questionnaire en ligne avant lundi.', true],
  ['assessment', 'Toets', 'Als volgende stap vragen we je een online toets te maken.', true],
  ['assessment', 'Teste', 'Como próxima etapa, pedimos que você faça um teste técnico.', true],
  ['assessment', 'Esercizio', 'Come prossimo passo ti chiediamo di svolgere un piccolo esercizio pratico.', true],
  [
    'acknowledgement',
    'Application received',
    'Thank you for applying for the Porter role. Your application is now with the recruiting manager.',
    true
  ],
  ['acknowledgement', 'Bewerbung', 'Danke, Ihre Bewerbung ist angekommen!', true],
  ['acknowledgement', 'Candidatura', 'Hemos recibido tu CV, muchas gracias. Lo revisaremos en los próximos días.', true],
  ['acknowledgement', 'Candidature', 'Nous accusons réception de votre candidature.', true],
  ['acknowledgement', 'Sollicitatie', 'We hebben je sollicitatie ontvangen en nemen deze in behandeling.', true],
  ['acknowledgement', 'Candidatura', 'Recebemos seu currículo. Obrigado!', true],
  ['acknowledgement', 'Candidatura', 'Ti confermiamo di aver ricevuto la tua candidatura.', true],
  ['update', 'Re: Thanks', "Thank you Jordan, it was lovely to meet you too. We'll be in touch once we've seen everyone.", true],
  ['update', 'Update', "We're still reviewing candidates. Thanks for your patience - we'll be in touch by the end of the month.", true],
  ['update', 'Re: Status?', 'No news yet, sorry. The hiring manager is on leave until Monday.', true],
  ['update', 'Re: Start date', "Great, I've let HR know you can start on the 4th.", true],
  ['update', 'Re: Bewerbung', 'Danke für Ihre Nachfrage, wir sind noch in der Auswahl.', true],
  ['update', 'Re:', 'Gracias por tu paciencia, aún estamos valorando perfiles.', true],
  ['update', 'Re:', 'Merci de votre patience, le processus est toujours en cours.', true],
  ['update', 'Re:', 'Dank voor je geduld, we zijn nog bezig met de selectie.', true],
  ['update', 'Re:', 'Obrigado pela paciência, o processo ainda está em andamento.', true],
  ['update', 'Re:', 'Grazie per la pazienza, la selezione è ancora in corso.', true],
  ['unrelated', 'Your invoice', 'Thank you for your business. Your invoice for November is attached.', false],
  ['unrelated', 'Newsletter', 'Unfortunately we have decided to discontinue our print edition. Thank you for your interest.', false],
  ['unrelated', 'Appointment', "We're sorry, we have to reschedule your appointment to Thursday 3pm.", false],
  [
    'unrelated',
    'Re: sofa',
    'Thanks for your interest in the sofa! Unfortunately someone else has already bought it. Good luck with your search.',
    false
  ]
]

/**
 * A fifth set: mail that uses the words of a decision without being one (26 of 29 right at first: Italian
 * "non" was no negation, "selected a few candidates, including you, for the final panel" is an invitation).
 */
const LOOK_ALIKES: Array<[MessageCategory, string, string, boolean]> = [
  [
    'interview_request',
    'Next round',
    "Great news - we've decided to move you forward to the final round with our VP. Are you free Thursday at 3?",
    true
  ],
  ['interview_request', 'Final round', "We've selected a handful of candidates, including you, for the final panel on 3 December.", true],
  ['offer', 'Decision', "The panel has made its decision and I'm delighted to say we would like to offer you the role.", true],
  [
    'update',
    'Re: Timeline',
    "We're still interviewing a couple of other candidates this week, so a decision will come early next week.",
    true
  ],
  ['update', 'Re: Interview', "We've decided to go with a video format for the interview instead of in person - same time.", true],
  ['update', 'Update', 'Our new Head of Department has now been appointed and will join the panel for your interview.', true],
  ['update', 'Re: Following up', "The position hasn't been filled yet - we're still considering you alongside two others.", true],
  ['update', 'Process', "We've chosen to extend the process by a week as one panel member is ill.", true],
  ['update', 'Re: Start', 'Thanks for accepting! Your contract will follow from HR this week.', true],
  ['update', 'Re: Offer', 'I understand you need time to consider the offer - take the weekend.', true],
  ['update', 'Re: Questions', 'Happy to answer: the team is six people, and the role reports to me.', true],
  ['update', 'References', "We're now taking up your references; once they're back we'll confirm your start date.", true],
  [
    'update',
    'Re: feedback',
    'You asked for feedback after our decision: the panel felt your answers on safeguarding were strong, but others had more leadership experience.',
    true
  ],
  // Moving an arranged interview is an update, as every blind writer files it (classifier-interview-changes.test.ts); the new
  // time still proposes moving the interview and asks for an answer.
  ['update', 'Interview', 'Unfortunately I have to move our interview; could we do Wednesday at 10 instead?', true],
  ['update', 'Re: Interview', "If we decide to go with another candidate, I'll let you know personally.", true],
  ['update', 'Re:', 'We have not yet made a decision and are not in a position to give you a date.', true],
  ['update', 'Re: Bewerbung', 'Wir haben noch keine Entscheidung getroffen und führen weitere Gespräche mit anderen Kandidaten.', true],
  ['update', 'Re: Candidatura', 'Todavía no hemos elegido a nadie; seguimos entrevistando.', true],
  ['update', 'Re: candidature', "Nous n'avons pas encore trouvé la personne et poursuivons les entretiens.", true],
  ['update', 'Re: sollicitatie', 'We hebben nog geen keuze gemaakt en spreken nog met andere kandidaten.', true],
  ['update', 'Re: Candidatura', 'Ainda não encontramos a pessoa ideal; seguimos com as entrevistas.', true],
  ['update', 'Re: Candidatura', 'Non abbiamo ancora trovato la persona giusta, stiamo ancora facendo colloqui.', true],
  ['acknowledgement', 'Application', 'Thank you for your application. We will only contact candidates who have been shortlisted.', true],
  ['unrelated', 'Re: party', 'We ended up going with someone else for the DJ - sorry! See you Saturday.', false],
  ['unrelated', 'Book club', "We've decided to go with a different book this month.", false],
  ['unrelated', 'Tickets', 'Unfortunately your ticket request was unsuccessful this time. Good luck in the next ballot!', false],
  ['unrelated', 'School place', 'We are pleased to offer your child a place at Oakwood Primary from September.', false],
  ['unrelated', 'Mortgage', 'Congratulations! Your mortgage offer is attached. Please sign and return.', false]
]

/**
 * Someone else chosen, said in words no phrase knows (someone-else.ts reads the sentence: another person and a
 * decision, in any order), and its traps: a date chosen for other candidates, the reader selected with others,
 * a question, a hypothesis, a negation, a friend's sister who got a job.
 */
const SOMEONE_ELSE: Array<[MessageCategory, string, string, boolean]> = [
  ['rejection', 'Update', 'In the end the governors appointed a colleague from our partner school.', true],
  ['rejection', 'Re: role', 'Honestly, it came down to two of you and the team picked the other candidate.', true],
  ['rejection', 'Bewerbung', 'Am Ende hat die Schulleitung eine Kollegin aus dem Referendariat eingestellt.', true],
  ['rejection', 'Candidatura', 'Al final el comité ha elegido a una candidata con experiencia en UCI.', true],
  ['rejection', 'Candidatura', 'No fim, a coordenação escolheu uma profissional da casa.', true],
  ['rejection', 'Candidature', 'Finalement, la direction a recruté une collègue déjà en poste.', true],
  ['rejection', 'Sollicitatie', 'Uiteindelijk heeft het team een collega van een andere locatie aangenomen.', true],
  ['rejection', 'Candidatura', 'Alla fine il primario ha scelto una collega di un altro reparto.', true],
  ['update', 'Re: Interview', "We've chosen a date for the other candidates' interviews; yours stays on Tuesday.", true],
  ['interview_request', 'Final round', 'We selected you and two other candidates for the final round on Friday at 2pm.', true],
  ['update', 'Re:', "If we end up choosing someone else, I'll tell you myself.", true],
  ['update', 'Re:', 'Has the panel chosen someone else? No - nothing is decided yet.', true],
  ['update', 'Re:', "We haven't chosen anyone else; you're still our first choice.", true],
  ['unrelated', 'Re: flat', 'The landlord chose another tenant in the end.', false],
  ['unrelated', 'Hi', 'My sister got the job, they picked her over another candidate!', false]
]

/** Hiring systems, schedulers and people in English (25 of 33 right at first: 'hire internally', 'no longer available', 'not in your favour', 'grab 30 mins'). */
const SYSTEMS_AND_PEOPLE: Array<[MessageCategory, string, string, boolean]> = [
  [
    'interview_request',
    'Interview scheduled: Jordan Ellis / Halcyon Bank',
    'Hi Jordan, your interview has been scheduled. Date: Thursday, December 3. Time: 2:00 PM - 3:00 PM GMT. Location: Microsoft Teams (link below). Interviewers: Sam Doyle, Priya Nair.',
    true
  ],
  [
    'interview_request',
    'Please select your interview time',
    'Hi Jordan, Halcyon Bank would like to schedule an interview with you. Please click the link below to choose from the available times.',
    true
  ],
  [
    'interview_request',
    'Invitation: Halcyon Bank interview @ Tue 1 Dec 10:00',
    'You have been invited to the following event. Halcyon Bank interview with Sam Doyle. When: Tue 1 Dec 10:00-11:00.',
    true
  ],
  [
    'interview_request',
    'Shortlisting outcome',
    'Congratulations, you have been shortlisted for interview for the post of Pharmacist. Interviews will take place on 8 December.',
    true
  ],
  [
    'interview_request',
    'NHS Jobs: Invitation to interview',
    'You have been invited to interview for Band 5 Staff Nurse. Please log in to NHS Jobs to book an interview slot.',
    true
  ],
  ['interview_request', 'Re: Application', "Could we set up a time to chat this week? I'm free Wed after 2 or Thu morning.", true],
  ['interview_request', 'Re: role', 'Would love to grab 30 mins with you - what does your week look like?', true],
  [
    'assessment',
    'Complete your assessment for Halcyon Bank',
    'Halcyon Bank has invited you to complete an online assessment. This assessment takes approximately 60 minutes. Please complete it by 6 December.',
    true
  ],
  [
    'assessment',
    'HireVue interview',
    'Halcyon Bank invites you to complete a one-way video interview on HireVue. You will answer 5 questions; please complete within 5 days.',
    true
  ],
  ['assessment', 'Next steps', 'Please complete the situational judgement test; the link expires in 72 hours.', true],
  [
    'acknowledgement',
    'Thank you for applying to Halcyon Bank',
    "Hi Jordan, we've successfully received your application for Graduate Analyst. Our team will review your profile and be in touch if there's a fit.",
    true
  ],
  [
    'acknowledgement',
    'Application submitted',
    'Your application for Pharmacist (Ref 1023) has been submitted successfully. You can track progress in your candidate portal.',
    true
  ],
  ['acknowledgement', 'Re: CV', "Hi Jordan, many thanks - I've got your CV and will have a read this evening.", true],
  ['acknowledgement', "We've got it!", 'Thanks for applying to Brightpath. A real human will read your application this week.', true],
  [
    'rejection',
    'Your application to Halcyon Bank',
    'Hi Jordan, thank you for your interest in Halcyon Bank. After careful review, we have decided to move forward with other candidates for this position. We appreciate your time.',
    true
  ],
  [
    'rejection',
    'Update on your Halcyon Bank application',
    'Thank you for applying. Unfortunately, we will not be progressing your application at this time.',
    true
  ],
  [
    'rejection',
    'NHS Jobs: Application outcome',
    'Thank you for your application for Band 5 Staff Nurse. Unfortunately on this occasion you have not been shortlisted.',
    true
  ],
  [
    'rejection',
    'Re: Designer role',
    'Hi Jordan - I really appreciate your patience. The team has decided to hire internally for this role.',
    true
  ],
  ['rejection', 'Application status update', 'We wanted to let you know that the position you applied for is no longer available.', true],
  [
    'rejection',
    'Re: Interview follow-up',
    "Thanks again for coming in. We've made a decision and it wasn't in your favour this time - sorry.",
    true
  ],
  [
    'offer',
    'Offer of employment - Pharmacist',
    'Dear Jordan, I am pleased to confirm that you have been successful at interview and we would like to offer you the post of Pharmacist.',
    true
  ],
  [
    'offer',
    'Re: Final interview',
    "Jordan, the answer is yes! We want you. Let me know when's good for a call to go through the details.",
    true
  ],
  ['offer', 'Your offer from Brightpath', 'Hi Jordan, your offer letter is ready to review and sign in DocuSign.', true],
  ['offer', 'Conditional offer', 'We are pleased to offer you the position subject to satisfactory pre-employment checks.', true],
  ['update', 'Re: Offer', "Great to hear you've accepted! HR will be in touch about onboarding.", true],
  ['update', 'Re: Interview', 'Just confirming the address: 14 King Street, 3rd floor. See you Tuesday.', true],
  ['update', 'Your candidate account', 'Your profile has been updated.', true],
  [
    'update',
    'Re: Thank you',
    "Lovely to meet you too, Jordan. We're seeing the last candidates on Friday and will update everyone early next week.",
    true
  ],
  ['unrelated', 'Your Uber receipt', 'Thanks for riding with Uber. Total: 23.40. Trip to Halcyon Bank HQ.', false],
  ['unrelated', 'Invitation: Coffee with Mum @ Sat', 'You have been invited to the following event: Coffee with Mum, Sat 10:00.', false],
  ['unrelated', 'LinkedIn', "You appeared in 12 searches this week. See who's looking at your profile.", false],
  ['unrelated', 'Re: reference', 'Hi Jordan, happy to be your referee - good luck with it all!', false]
]

/** Replies in an offer's thread after it was signed: updates, not offers (10 of 14 right at first, none sure). */
const AFTER_THE_OFFER: Array<[MessageCategory, string, string, boolean]> = [
  ['update', 'Re: Your offer letter', "Thanks, I've received the signed copy. See you on the 4th!", true],
  ['update', 'Re: Offer', "Glad you're happy with the offer - we're just waiting on your references now.", true],
  ['update', 'Re: Start date', 'Our offer stands; the only change is that your start date moves to 1 February.', true],
  ['update', 'Re: Interview', 'We went with a different format for interviews this year: a short presentation then questions.', true],
  ['update', 'Re: Thank you', "Thank you! For what it's worth, I thought you were the strongest candidate we saw.", true],
  ['update', 'Re: references', "The references were great, so we've now confirmed your appointment with HR - contract to follow.", true],
  ['update', 'Re: Bewerbung', 'Danke für Ihre Unterschrift, der Vertrag ist jetzt vollständig.', true],
  ['update', 'Re: contrato', 'Recibido el contrato firmado, ¡gracias! Nos vemos el día 11.', true],
  ['update', 'Re: contrat', 'Merci pour le contrat signé, à bientôt !', true],
  ['update', 'Re: contract', 'Dank voor het getekende contract, tot snel!', true],
  ['update', 'Re: contrato', 'Recebemos o contrato assinado, obrigado!', true],
  ['update', 'Re: contratto', 'Grazie per il contratto firmato, a presto!', true]
]

/** Schools, wards, councils and cafés in English (16 of 22 right at first: 'given to one of our existing staff', 'hold off on hiring', 'keen to meet you', 'could you pop over'). */
const SCHOOLS_WARDS_COUNCILS: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Post of Class Teacher',
    'Dear Jordan, thank you for your interest in the post of Class Teacher. The governors met on Monday and, after much deliberation, offered the post to a candidate with experience of Year 6 SATs.',
    true
  ],
  [
    'rejection',
    'Ward Sister interview',
    "Hi Jordan, thanks for interviewing on Friday. I'm sorry to say you weren't the successful candidate this time, but I'd encourage you to apply for the band 6 role we're advertising next month.",
    true
  ],
  [
    'rejection',
    'Job reference 2231',
    'Your application has been considered but we regret you have not been shortlisted for this post.',
    true
  ],
  ['rejection', 'Re: Barista', "Thanks for coming in for the trial! We've decided to go with someone who can do weekend shifts.", true],
  [
    'rejection',
    'Healthcare Assistant',
    'Following your recent interview, I regret to inform you that on this occasion your application has not been successful.',
    true
  ],
  [
    'rejection',
    'Teaching Assistant application',
    'We have now completed the selection process and have appointed a candidate whose experience more closely meets the needs of the class.',
    true
  ],
  [
    'rejection',
    'Re: Junior Developer',
    "Hey Jordan, we've decided to hold off on hiring a junior for now - budget got cut. Sorry to mess you around.",
    true
  ],
  [
    'rejection',
    'Your application',
    "We've reached the end of our process for this role and won't be moving ahead with your application.",
    true
  ],
  ['rejection', 'Re: Nursery practitioner', "I'm sorry, but the room leader role has been given to one of our existing staff.", true],
  [
    'rejection',
    'Administrator vacancy',
    'After reviewing all applications, the panel has decided to offer interviews to other applicants.',
    true
  ],
  ['interview_request', 'Ward Sister', "I'd be keen to meet you - could you pop over to the ward on Wednesday afternoon?", true],
  ['assessment', 'Re: Barista', 'Are you able to come in for a trial shift this Saturday from 8?', true],
  [
    'interview_request',
    'Re: application',
    "Hi Jordan, do you have time for a quick call tomorrow morning? I'd like to tell you more about the role.",
    true
  ],
  [
    'interview_request',
    'Interview arrangements',
    'Your interview will take place at Harbour House on 4 December at 2.15pm. Please arrive 15 minutes early.',
    true
  ],
  [
    'update',
    'Re: Class Teacher',
    'Thank you for your email. Interviews are scheduled for the week of 7 December and candidates will be contacted by the 2nd.',
    true
  ],
  ['update', 'Re: application', "Just to let you know we're still shortlisting - I'll be in touch either way by Friday.", true],
  ['update', 'Re: HCA role', "We've had a huge response so it's taking a little longer than planned. Thanks for bearing with us.", true],
  ['update', 'Re: interview', "The panel has been reduced to two people, and we'll now meet in room 2B.", true],
  ['unrelated', 'Your appointment', "Your blood test appointment at St Cuthbert's is on Tuesday 8 December at 09:10.", false],
  ['unrelated', "Parents' evening", "Parents' evening appointments are now open. Book a slot with your child's teacher.", false],
  ['unrelated', 'Council services', 'Your bin collection day is changing to Thursday from 7 December.', false]
]

/** Mail that must not be called a rejection or an offer with confidence. */
const NOT_DECISIONS: Array<[string, string]> = [
  ['a hypothetical', 'If we decide to go with another candidate, I will tell you straight away.'],
  ['a question', 'Has the post been offered to someone else yet, or is it still open?'],
  ['a wish', 'Fingers crossed they offer you the position on Friday!']
]

describe('concept rules, in seven languages', () => {
  it.each(CASES)('%s %s: %s', (_language, category, text) => {
    const result = classifyMessage(mail(text), { relatedToApplication: true })
    expect(result.category).toBe(category)
    expect(result.lowConfidence).toBe(false)
    // Every decision comes with the sentence that decided it.
    expect(result.evidence ?? '').not.toBe('')
  })

  it.each([
    ...PHRASINGS,
    ...MORE_PHRASINGS,
    ...FULL_MAILS,
    ...LOOK_ALIKES,
    ...SOMEONE_ELSE,
    ...SYSTEMS_AND_PEOPLE,
    ...AFTER_THE_OFFER,
    ...SCHOOLS_WARDS_COUNCILS
  ])('%s: %s / %s', (category, subject, text, filed) => {
    const result = classifyMessage(mail(text, subject), { relatedToApplication: filed })
    expect(result.category).toBe(category)
    if (category !== 'update' && category !== 'unrelated') expect(result.lowConfidence).toBe(false)
  })

  it.each(NOT_DECISIONS)('%s is no sure rejection or offer', (_what, text) => {
    const result = classifyMessage(mail(text), { relatedToApplication: true })
    if (result.category === 'rejection' || result.category === 'offer') expect(result.confidence).toBeLessThan(0.8)
  })

  it('does not decide on the candidate’s words quoted under a reply', () => {
    const text =
      'No decision yet - we are seeing two more people this week.\n\nOn Mon, 9 Nov 2026 at 18:00, Jordan <candidate@mail.example> wrote:\n> If you have decided to go with another candidate, I would appreciate feedback.\n> Thanks for offering me the chance to interview.'
    const result = classifyMessage(mail(text, 'Re: Thank you'), { relatedToApplication: true })
    expect(result.category).toBe('update')
  })

  it('adds up the soft signs of a rejection, but never to a sure one, and not over an acknowledgement', () => {
    const soft =
      'Thank you for your interest in the Porter role. On this occasion we have decided to look elsewhere. We will keep your details on file and wish you every success.'
    const result = classifyMessage(mail(soft), { relatedToApplication: true })
    expect(result.category).toBe('rejection')
    expect(result.confidence).toBeLessThan(0.8)
    expect(result.reasons.join(' ')).toContain('several signs of a rejection')
    const acknowledgement = classifyMessage(
      mail('We have received your application. If you are not shortlisted on this occasion, we will keep your details on file. Good luck!'),
      { relatedToApplication: true }
    )
    expect(acknowledgement.category).toBe('acknowledgement')
    const outcome = classifyMessage(
      mail(
        'Thank you for your interest and for the time you gave us. We will keep your details and wish you the very best with your search.',
        'Outcome of your application'
      ),
      { relatedToApplication: true }
    )
    expect(outcome.category).toBe('rejection')
    expect(outcome.confidence).toBeLessThan(0.8)
    const twoSigns = classifyMessage(mail('Thank you for your interest. We wish you every success.'), { relatedToApplication: true })
    expect(twoSigns.category).not.toBe('rejection')
  })

  it('is never sure of a rejection or offer about no tracked application that no hiring system sent', () => {
    const digest = classifyMessage(
      mail(
        'Congratulations to Maria, who got the job! Unfortunately, Sam went with another candidate.',
        'Your weekly digest',
        'digest@careers-news.example'
      ),
      { relatedToApplication: false }
    )
    if (digest.category === 'rejection' || digest.category === 'offer') expect(digest.confidence).toBeLessThan(0.8)
  })

  it('keeps mail about no job unrelated: a letting agent, a friend', () => {
    const letting = classifyMessage(
      mail('The landlord has decided to go with another applicant who can move in sooner.', 'Flat 2, Mill Lane', 'lettings@agent.example'),
      { relatedToApplication: false }
    )
    expect(letting.category).toBe('unrelated')
    const friend = classifyMessage(
      mail('Did they offer you the job?? We went with someone else for the plumbing in the end.', 'hey', 'pal@gmail.com'),
      {
        relatedToApplication: false
      }
    )
    expect(friend.category).toBe('unrelated')
  })
})
