// Over 300 lines: hand-written mail in seven languages, one case a line; data, not logic.
/**
 * The classifier on mail written here in English, German, Spanish, French, Dutch, Portuguese
 * and Italian, in the many ways each step is said (not the corpus's wording): what each
 * category looks like, offers phrased every which way, updates in a thread whose subject names an
 * earlier step, and unrelated mail that uses job words (appointments, friends, tickets).
 */
import { describe, expect, it } from 'vitest'
import type { MailMessage } from '../../src/shared/core/mail-message'
// The phrase layer: what the rules know of each sentence. The text model's second opinion on filed mail is measured on
// whole mails (mail-corpus.test.ts) and pinned in classifier-second-opinion.test.ts.
import { byRules as classifyMessage } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string): MailMessage =>
  mailMessage({ date: '2026-11-10T09:00:00Z', dateOffsetMinutes: 60, from: { name: 'Dana', address: 'dana@acme.example' }, subject, text })
type C = MessageCategory

/** [language, category, subject, body]: mail filed on an application. */
const STEPS: Array<[string, C, string, string]> = [
  // English
  [
    'en',
    'acknowledgement',
    'Your application',
    'Hi Jordan,\n\nThanks for applying for the Analyst role. This email confirms we have your application, and our team will review it shortly.\n\nBest,\nTalent team'
  ],
  [
    'en',
    'acknowledgement',
    'Application update',
    'Dear Jordan,\n\nWe are writing to confirm that your application for the Analyst position has been successfully submitted. A member of our team will be in touch if your profile is shortlisted.\n\nRegards'
  ],
  [
    'en',
    'interview_request',
    'Next steps',
    'Hi Jordan,\n\nThe hiring team enjoyed reading your application and would like to meet you. Could you let me know when you are free for a 45-minute video call next week?\n\nBest,\nDana'
  ],
  [
    'en',
    'interview_request',
    'Interview',
    'Dear Jordan,\n\nWe are pleased to invite you to interview for the position of Staff Nurse. Please use the link below to book a slot that suits you.\n\nKind regards'
  ],
  [
    'en',
    'assessment',
    'Next step',
    'Hi Jordan,\n\nAs the next stage, we ask all shortlisted candidates to complete a short written exercise. You will find the brief attached; please send your answers within five days.\n\nThanks,\nDana'
  ],
  [
    'en',
    'rejection',
    'Your application',
    'Dear Jordan,\n\nThank you for your interest. After reviewing all applications, we will not be taking your application further at this stage.\n\nBest wishes'
  ],
  [
    'en',
    'rejection',
    'Outcome',
    'Hi Jordan,\n\nThanks again for your time last week. I am afraid we have decided to go with another applicant for this role.\n\nAll the best,\nDana'
  ],
  [
    'en',
    'rejection',
    'Update',
    'Dear Jordan,\n\nUnfortunately you have not been shortlisted for interview on this occasion.\n\nKind regards'
  ],
  [
    'en',
    'offer',
    'Good news',
    'Hi Jordan,\n\nI am delighted to let you know that we would like to offer you the role of Analyst. The written offer with salary and start date is attached.\n\nBest,\nDana'
  ],
  [
    'en',
    'offer',
    'Offer',
    'Dear Jordan,\n\nFollowing your interview, I am pleased to confirm that you have been successful and we would like to offer you the post.\n\nKind regards'
  ],
  [
    'en',
    'update',
    'Re: Thank you',
    'Hi Jordan,\n\nGreat to hear from you! We are still speaking with a few candidates and I will be in touch soon.\n\nBest,\nDana'
  ],
  [
    'en',
    'update',
    'Re: Interview',
    'Hi Jordan,\n\nThanks for reaching out. No news yet on our side, the panel is meeting on Thursday.\n\nDana'
  ],
  // German
  [
    'de',
    'acknowledgement',
    'Ihre Bewerbung',
    'Sehr geehrte/r Jordan,\n\nwir haben Ihre Bewerbungsunterlagen erhalten und bedanken uns für Ihr Interesse. Wir prüfen Ihre Unterlagen und melden uns.\n\nMit freundlichen Grüßen'
  ],
  [
    'de',
    'acknowledgement',
    'Bewerbung',
    'Hallo Jordan,\n\nvielen Dank für deine Bewerbung! Sie ist bei uns eingegangen und wird nun von unserem Team gesichtet.\n\nViele Grüße'
  ],
  [
    'de',
    'interview_request',
    'Ihre Bewerbung',
    'Sehr geehrte/r Jordan,\n\nwir würden Sie gerne zu einem persönlichen Gespräch einladen. Bitte teilen Sie uns mit, welcher der folgenden Termine Ihnen passt.\n\nMit freundlichen Grüßen'
  ],
  [
    'de',
    'interview_request',
    'Gespräch',
    'Hallo Jordan,\n\nwir möchten Sie gern näher kennenlernen. Hätten Sie nächste Woche Zeit für ein Videotelefonat?\n\nBeste Grüße'
  ],
  [
    'de',
    'assessment',
    'Nächster Schritt',
    'Hallo Jordan,\n\nals nächsten Schritt bitten wir Sie, eine kurze Arbeitsprobe zu erstellen. Die Aufgabenstellung finden Sie im Anhang.\n\nViele Grüße'
  ],
  [
    'de',
    'rejection',
    'Ihre Bewerbung',
    'Sehr geehrte/r Jordan,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.\n\nMit freundlichen Grüßen'
  ],
  [
    'de',
    'rejection',
    'Absage',
    'Hallo Jordan,\n\nnach sorgfältiger Prüfung haben wir uns entschieden, mit anderen Kandidat:innen weiterzumachen.\n\nViele Grüße'
  ],
  [
    'de',
    'rejection',
    'Rückmeldung',
    'Sehr geehrte/r Jordan,\n\nwir haben uns nach langer Überlegung gegen eine Zusammenarbeit entschieden.\n\nMit freundlichen Grüßen'
  ],
  [
    'de',
    'offer',
    'Gute Nachrichten',
    'Hallo Jordan,\n\nwir freuen uns sehr, Ihnen mitteilen zu können, dass wir Ihnen die Stelle anbieten möchten. Den Vertragsentwurf schicke ich Ihnen heute noch.\n\nBeste Grüße'
  ],
  [
    'de',
    'update',
    'AW: Danke',
    'Hallo Jordan,\n\nschön von Ihnen zu hören! Wir führen noch Gespräche und melden uns, sobald wir mehr wissen.\n\nViele Grüße'
  ],
  // Spanish
  [
    'es',
    'acknowledgement',
    'Tu candidatura',
    'Hola Jordan:\n\nte confirmamos que hemos recibido tu CV para el puesto de Contable. Lo revisaremos con atención.\n\nUn saludo'
  ],
  [
    'es',
    'interview_request',
    'Entrevista',
    'Hola Jordan:\n\nnos gustaría conocerte en persona. ¿Tendrías disponibilidad el jueves por la mañana para una entrevista?\n\nUn saludo'
  ],
  [
    'es',
    'interview_request',
    'Tu candidatura',
    'Estimado/a Jordan:\n\nqueremos invitarte a una entrevista con el equipo. ¿Qué día te viene mejor?\n\nSaludos'
  ],
  [
    'es',
    'assessment',
    'Siguiente paso',
    'Hola Jordan:\n\nel siguiente paso es un ejercicio práctico que puedes hacer desde casa. Te adjunto el enunciado.\n\nSaludos'
  ],
  [
    'es',
    'rejection',
    'Tu candidatura',
    'Hola Jordan:\n\nte agradecemos mucho tu interés, pero en esta ocasión hemos decidido no seguir adelante con tu candidatura.\n\nUn saludo'
  ],
  [
    'es',
    'rejection',
    'Proceso',
    'Estimado/a Jordan:\n\nlamentamos comunicarte que el proceso ha concluido y no has resultado seleccionado.\n\nAtentamente'
  ],
  [
    'es',
    'offer',
    'Buenas noticias',
    'Hola Jordan:\n\n¡enhorabuena! Nos complace ofrecerte el puesto de Contable. Te adjuntamos la oferta con las condiciones.\n\nUn abrazo'
  ],
  [
    'es',
    'update',
    'RE: Gracias',
    'Hola Jordan:\n\ngracias por escribir. Todavía estamos valorando candidaturas; te diré algo pronto.\n\nUn saludo'
  ],
  // French
  [
    'fr',
    'acknowledgement',
    'Votre candidature',
    'Bonjour Jordan,\n\nNous vous confirmons la bonne réception de votre candidature au poste de Comptable. Elle sera examinée avec attention.\n\nCordialement'
  ],
  [
    'fr',
    'interview_request',
    'Entretien',
    "Bonjour Jordan,\n\nVotre profil a retenu notre attention et nous aimerions échanger avec vous lors d'un entretien. Quelles sont vos disponibilités ?\n\nCordialement"
  ],
  [
    'fr',
    'assessment',
    'Étape suivante',
    'Bonjour Jordan,\n\nLa prochaine étape consiste en un test technique à réaliser en ligne.\n\nCordialement'
  ],
  [
    'fr',
    'rejection',
    'Votre candidature',
    "Bonjour Jordan,\n\nNous avons le regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement"
  ],
  [
    'fr',
    'rejection',
    'Réponse',
    'Bonjour Jordan,\n\nAprès étude de votre dossier, nous ne pouvons malheureusement pas donner une suite favorable à votre candidature.\n\nBien cordialement'
  ],
  [
    'fr',
    'offer',
    'Bonne nouvelle',
    "Bonjour Jordan,\n\nJ'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste. Vous trouverez notre proposition en pièce jointe.\n\nCordialement"
  ],
  [
    'fr',
    'update',
    'RE: Merci',
    'Bonjour Jordan,\n\nMerci pour votre message. Le processus est toujours en cours et je reviens vers vous dès que possible.\n\nCordialement'
  ],
  // Dutch
  [
    'nl',
    'acknowledgement',
    'Je sollicitatie',
    'Beste Jordan,\n\nDank voor je sollicitatie. We hebben je gegevens goed ontvangen en nemen ze in behandeling.\n\nMet vriendelijke groet'
  ],
  [
    'nl',
    'interview_request',
    'Gesprek',
    'Beste Jordan,\n\nWe willen graag met je kennismaken. Zou je volgende week tijd hebben voor een gesprek?\n\nGroet'
  ],
  ['nl', 'assessment', 'Volgende stap', 'Beste Jordan,\n\nDe volgende stap is een online assessment dat je thuis kunt maken.\n\nGroet'],
  [
    'nl',
    'rejection',
    'Je sollicitatie',
    'Beste Jordan,\n\nHelaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.\n\nMet vriendelijke groet'
  ],
  [
    'nl',
    'rejection',
    'Terugkoppeling',
    'Beste Jordan,\n\nNa zorgvuldige afweging hebben we gekozen voor een kandidaat met meer ervaring.\n\nGroet'
  ],
  [
    'nl',
    'offer',
    'Goed nieuws',
    'Beste Jordan,\n\nWe zijn blij je te laten weten dat we je de functie willen aanbieden. Het contractvoorstel volgt vandaag.\n\nGroet'
  ],
  [
    'nl',
    'update',
    'Re: Bedankt',
    'Hoi Jordan,\n\nFijn dat je even mailt. We zijn nog in gesprek met andere kandidaten en laten snel iets weten.\n\nGroet'
  ],
  // Portuguese
  [
    'pt',
    'acknowledgement',
    'Sua candidatura',
    'Olá Jordan,\n\nRecebemos a sua inscrição para a vaga de Auditor. Vamos analisar o seu perfil com atenção.\n\nAtenciosamente'
  ],
  [
    'pt',
    'interview_request',
    'Entrevista',
    'Olá Jordan,\n\nGostaríamos de agendar uma entrevista com você. Qual seria o melhor horário?\n\nAbraços'
  ],
  ['pt', 'assessment', 'Próxima etapa', 'Olá Jordan,\n\nA próxima etapa é um teste online na nossa plataforma.\n\nAtenciosamente'],
  [
    'pt',
    'rejection',
    'Sua candidatura',
    'Olá Jordan,\n\nAgradecemos o seu interesse, mas infelizmente decidimos seguir com outro candidato.\n\nAtenciosamente'
  ],
  ['pt', 'rejection', 'Retorno', 'Olá Jordan,\n\nInfelizmente o seu perfil não foi selecionado para as próximas etapas.\n\nAtenciosamente'],
  [
    'pt',
    'offer',
    'Boas notícias',
    'Olá Jordan,\n\nTemos o prazer de lhe oferecer a posição de Auditor. Segue em anexo a proposta.\n\nAtenciosamente'
  ],
  [
    'pt',
    'update',
    'RE: Obrigado',
    'Olá Jordan,\n\nObrigada pelo contato! Ainda estamos avaliando os candidatos e retorno em breve.\n\nAbraço'
  ],
  // Italian
  [
    'it',
    'acknowledgement',
    'La tua candidatura',
    'Ciao Jordan,\n\nabbiamo ricevuto il tuo CV per la posizione di Contabile. Lo valuteremo con attenzione.\n\nCordiali saluti'
  ],
  [
    'it',
    'interview_request',
    'Colloquio',
    'Gentile Jordan,\n\nvorremmo invitarti a un colloquio conoscitivo. Quando saresti disponibile?\n\nCordiali saluti'
  ],
  ['it', 'assessment', 'Prossimo passo', 'Ciao Jordan,\n\nil prossimo passo è una prova tecnica da svolgere online.\n\nSaluti'],
  [
    'it',
    'rejection',
    'La tua candidatura',
    'Gentile Jordan,\n\npurtroppo abbiamo deciso di non proseguire con la tua candidatura.\n\nCordiali saluti'
  ],
  [
    'it',
    'rejection',
    'Esito',
    'Gentile Jordan,\n\nti ringraziamo per il tempo dedicato, ma abbiamo scelto un altro candidato.\n\nCordiali saluti'
  ],
  [
    'it',
    'offer',
    'Buone notizie',
    'Ciao Jordan,\n\nsiamo felici di offrirti il ruolo di Contabile. In allegato trovi la proposta.\n\nA presto'
  ],
  [
    'it',
    'update',
    'R: Grazie',
    'Ciao Jordan,\n\ngrazie per avermi scritto. Stiamo ancora valutando i profili e ti aggiorno presto.\n\nCiao'
  ]
]

/** [language, category, sentence]: offers and acknowledgements said in many ways. */
const SAID_MANY_WAYS: Array<[string, C, string]> = [
  ['it', 'acknowledgement', 'La tua candidatura è stata inviata con successo.'],
  ['it', 'acknowledgement', 'Valuteremo con attenzione il tuo profilo.'],
  ['nl', 'acknowledgement', 'We gaan je sollicitatie zorgvuldig bekijken.'],
  ['pt', 'acknowledgement', 'Vamos analisar a sua candidatura com atenção.'],
  ['it', 'update', 'Ti scrivo solo per un aggiornamento sulla tua candidatura: stiamo ancora valutando.'],
  ['nl', 'update', 'Een korte update over je sollicitatie: we zijn nog bezig.'],
  ['en', 'offer', 'We are thrilled to offer you the position of Senior Analyst, starting January 4.'],
  ['en', 'offer', 'On behalf of the whole team, it is my pleasure to offer you the role.'],
  ['en', 'offer', 'I am happy to confirm that we want you on the team! Your contract is attached.'],
  ['en', 'offer', 'Congratulations! The panel was unanimous and we would love for you to join us as our new accountant.'],
  ['en', 'offer', 'Please find attached your offer letter. We would be delighted if you accepted by Friday.'],
  ['en', 'offer', 'I have great news: the board approved your appointment as Head Teacher.'],
  ['de', 'offer', 'Wir freuen uns, Ihnen die Position als Buchhalterin anbieten zu können.'],
  ['de', 'offer', 'Herzlichen Glückwunsch! Wir möchten Sie gerne einstellen und senden Ihnen anbei den Arbeitsvertrag.'],
  ['de', 'offer', 'Ich freue mich, Ihnen mitteilen zu dürfen, dass wir uns für Sie entschieden haben.'],
  ['de', 'offer', 'Gerne bieten wir Ihnen die Stelle zum 1. Februar an.'],
  ['de', 'offer', 'Wir haben uns für Sie entschieden und würden Sie gern in unserem Team sehen.'],
  ['es', 'offer', 'Nos alegra comunicarte que has sido seleccionada para el puesto. Te adjunto la propuesta.'],
  ['es', 'offer', '¡Enhorabuena! Queremos que te incorpores al equipo el 1 de febrero.'],
  ['es', 'offer', 'Tengo el placer de ofrecerte el puesto de enfermera en nuestra unidad.'],
  ['es', 'offer', 'Hemos decidido contar contigo para el puesto. Adjuntamos la carta de oferta.'],
  ['es', 'offer', 'Te confirmo que el puesto es tuyo si lo quieres.'],
  ['fr', 'offer', 'Nous avons le plaisir de vous informer que votre candidature a été retenue pour le poste.'],
  ['fr', 'offer', 'Félicitations ! Nous souhaitons vous accueillir dans notre équipe à partir du 4 janvier.'],
  ['fr', 'offer', "Je suis ravie de vous proposer le poste d'infirmier. Vous trouverez ci-joint la promesse d'embauche."],
  ['fr', 'offer', 'Nous avons décidé de vous embaucher et vous adressons notre proposition de contrat.'],
  ['fr', 'offer', "C'est avec plaisir que nous vous offrons le poste."],
  ['nl', 'offer', 'Gefeliciteerd! We bieden je graag de functie van docent aan.'],
  ['nl', 'offer', 'Met veel plezier laten we je weten dat we je willen aannemen.'],
  ['nl', 'offer', 'We hebben besloten jou de baan aan te bieden. In de bijlage vind je het aanbod.'],
  ['nl', 'offer', 'We zijn verheugd je een arbeidsovereenkomst aan te bieden.'],
  ['nl', 'offer', 'Goed nieuws: je bent onze nieuwe controller! Het contract volgt.'],
  ['pt', 'offer', 'Temos o prazer de informar que você foi aprovado para a vaga de Auditor.'],
  ['pt', 'offer', 'Parabéns! Gostaríamos de lhe fazer uma proposta para a vaga.'],
  ['pt', 'offer', 'É com muita alegria que lhe oferecemos a posição de professor.'],
  ['pt', 'offer', 'Queremos muito contar com você na nossa equipe. Segue em anexo a proposta de trabalho.'],
  ['pt', 'offer', 'Fico feliz em comunicar que a vaga é sua.'],
  ['it', 'offer', 'Siamo lieti di comunicarti che sei stato selezionato per la posizione.'],
  ['it', 'offer', 'Congratulazioni! Vorremmo offrirti il ruolo di infermiere a partire da gennaio.'],
  ['it', 'offer', 'Ho il piacere di proporti un contratto a tempo indeterminato.'],
  ['it', 'offer', "Abbiamo deciso di offrirti la posizione. In allegato trovi la lettera d'offerta."],
  ['it', 'offer', 'Saremmo felici di averti nel nostro team: ti inviamo la nostra proposta.'],
  // ack variants
  ['en', 'acknowledgement', 'Thank you for your interest in joining us. This message confirms receipt of your application.'],
  ['en', 'acknowledgement', 'Your application has been received and is now under review.'],
  ['de', 'acknowledgement', 'Hiermit bestätigen wir den Erhalt Ihrer Bewerbung.'],
  ['de', 'acknowledgement', 'Ihre Bewerbung liegt uns vor und wird derzeit geprüft.'],
  ['es', 'acknowledgement', 'Acusamos recibo de tu candidatura. Nuestro equipo la revisará.'],
  ['es', 'acknowledgement', 'Tu solicitud se ha registrado correctamente.'],
  ['fr', 'acknowledgement', 'Nous avons bien reçu votre dossier de candidature et vous en remercions.'],
  ['fr', 'acknowledgement', 'Votre candidature a bien été enregistrée.'],
  ['nl', 'acknowledgement', 'Hierbij bevestigen we de ontvangst van je sollicitatie.'],
  ['nl', 'acknowledgement', 'Je sollicitatie is goed bij ons aangekomen.'],
  ['pt', 'acknowledgement', 'A sua candidatura foi submetida com sucesso.'],
  ['pt', 'acknowledgement', 'Agradecemos o envio do seu currículo.'],
  ['it', 'acknowledgement', 'Ti confermiamo di aver ricevuto la tua candidatura.'],
  ['it', 'acknowledgement', 'Grazie per averci inviato il tuo curriculum.'],
  ['it', 'acknowledgement', 'La tua candidatura è stata inoltrata correttamente.']
]

/** [language, category, subject, sentence, filed on an application]. */
const CONTEXT: Array<[string, C, string, string, boolean]> = [
  // updates mentioning interviews, in reply threads
  [
    'en',
    'update',
    'Re: Interview invitation',
    'Thanks so much for your kind words after the interview. We are wrapping up the last conversations this week and I will update you by Friday.',
    true
  ],
  [
    'en',
    'update',
    'Re: Your interview on Tuesday',
    'Thank you for the follow-up. The hiring manager has been travelling, so the decision will take a little longer.',
    true
  ],
  [
    'de',
    'update',
    'AW: Einladung zum Vorstellungsgespräch',
    'Vielen Dank für Ihre Nachricht nach dem Gespräch. Wir sprechen diese Woche noch mit zwei weiteren Personen und melden uns danach.',
    true
  ],
  [
    'de',
    'update',
    'AW: Ihr Interview',
    'Danke für Ihre Geduld. Das Gespräch mit der Geschäftsführung hat sich leider verschoben, wir melden uns nächste Woche.',
    true
  ],
  [
    'es',
    'update',
    'RE: Invitación a entrevista',
    'Muchas gracias por tu mensaje tras la entrevista. Aún estamos entrevistando a otras personas y te escribiré la semana que viene.',
    true
  ],
  [
    'fr',
    'update',
    'RE: Invitation à un entretien',
    'Merci beaucoup pour votre message suite à notre entretien. Nous rencontrons encore deux candidats et reviendrons vers vous la semaine prochaine.',
    true
  ],
  [
    'nl',
    'update',
    'Re: Uitnodiging sollicitatiegesprek',
    'Dank voor je bericht na het gesprek. We spreken deze week nog een paar kandidaten en laten volgende week iets weten.',
    true
  ],
  [
    'pt',
    'update',
    'RE: Convite para entrevista',
    'Muito obrigado pela mensagem após a entrevista. Ainda estamos conversando com outros candidatos e daremos retorno na próxima semana.',
    true
  ],
  [
    'it',
    'update',
    'R: Invito a colloquio',
    'Grazie mille per il messaggio dopo il colloquio. Stiamo ancora incontrando altri candidati e ti faremo sapere la prossima settimana.',
    true
  ],
  [
    'it',
    'update',
    'R: Colloquio',
    'Ciao Jordan, il colloquio con il direttore è stato spostato, quindi i tempi si allungano di qualche giorno.',
    true
  ],
  ['pt', 'update', 'RE: Entrevista', 'Olá Jordan, o processo atrasou um pouco porque a diretora esteve de férias.', true],
  ['nl', 'update', 'Re: Gesprek', 'Hoi Jordan, het duurt iets langer dan gepland omdat de manager ziek is.', true],
  ['fr', 'update', 'RE: Entretien', 'Bonjour Jordan, le processus prend un peu plus de temps que prévu, merci de votre patience.', true],
  ['es', 'update', 'RE: Entrevista', 'Hola Jordan, el proceso se ha retrasado un poco por las vacaciones del equipo.', true],
  ['de', 'update', 'AW: Gespräch', 'Hallo Jordan, der Prozess dauert leider etwas länger als geplant.', true],
  // unrelated
  [
    'en',
    'unrelated',
    'Your appointment reminder',
    'This is a reminder of your dental check-up on Thursday at 10:00. Reply YES to confirm your appointment.',
    false
  ],
  [
    'de',
    'unrelated',
    'Terminerinnerung',
    'Wir erinnern Sie an Ihren Termin in unserer Zahnarztpraxis am Donnerstag um 10 Uhr. Bitte sagen Sie ab, falls Sie verhindert sind.',
    false
  ],
  [
    'es',
    'unrelated',
    'Recordatorio de cita',
    'Le recordamos su cita en la clínica dental el jueves a las 10:00. Si no puede asistir, por favor avísenos.',
    false
  ],
  [
    'fr',
    'unrelated',
    'Rappel de rendez-vous',
    "Nous vous rappelons votre rendez-vous chez le dentiste jeudi à 10h. En cas d'empêchement, merci de nous prévenir.",
    false
  ],
  ['nl', 'unrelated', 'Herinnering afspraak', 'Dit is een herinnering aan je afspraak bij de tandarts op donderdag om 10:00 uur.', false],
  [
    'pt',
    'unrelated',
    'Lembrete de consulta',
    'Lembramos a sua consulta no dentista na quinta-feira às 10h. Caso não possa comparecer, avise-nos.',
    false
  ],
  ['it', 'unrelated', 'Promemoria appuntamento', 'Ti ricordiamo il tuo appuntamento dal dentista giovedì alle 10:00.', false],
  ['en', 'unrelated', 'How did it go?!', 'Hey! How did the interview go? Fingers crossed they make you an offer. Drinks on Friday?', false],
  [
    'de',
    'unrelated',
    'Und?',
    'Hey, wie lief das Vorstellungsgespräch? Ich drück dir die Daumen für die Zusage! Sag Bescheid bis Freitag wegen Kino.',
    false
  ],
  ['es', 'unrelated', '¿Qué tal?', '¡Hola! ¿Qué tal la entrevista? Seguro que te hacen una oferta. ¿Cenamos el viernes?', false],
  ['fr', 'unrelated', 'Alors ?', "Coucou ! Alors, cet entretien ? J'espère qu'ils vont te faire une offre. On se voit vendredi ?", false],
  ['nl', 'unrelated', 'En?', 'Hoi! Hoe ging het sollicitatiegesprek? Ik hoop dat je een aanbod krijgt. Borrel vrijdag?', false],
  ['pt', 'unrelated', 'E aí?', 'Oi! Como foi a entrevista? Tomara que te façam uma proposta. Vamos jantar na sexta?', false],
  ['it', 'unrelated', 'Allora?', "Ciao! Com'è andato il colloquio? Spero che ti facciano una proposta. Aperitivo venerdì?", false],
  [
    'en',
    'unrelated',
    'Your trip to Leeds',
    'Your e-ticket for the 08:15 train to Leeds on Thursday is attached. Booking reference ABC123.',
    false
  ],
  [
    'de',
    'unrelated',
    'Ihre Fahrkarte',
    'Ihre Fahrkarte für die Fahrt nach Hamburg am Donnerstag finden Sie im Anhang. Auftragsnummer 12345.',
    false
  ],
  ['fr', 'unrelated', 'Votre billet', 'Votre billet de train pour Lyon jeudi est en pièce jointe. Référence de réservation ABC123.', false],
  ['nl', 'unrelated', 'Je treinkaartje', 'Je e-ticket voor de trein naar Utrecht op donderdag zit in de bijlage.', false],
  ['it', 'unrelated', 'Il tuo biglietto', 'In allegato il biglietto del treno per Milano di giovedì. Codice prenotazione ABC123.', false],
  ['pt', 'unrelated', 'Seu bilhete', 'Segue o seu bilhete de comboio para o Porto na quinta-feira. Código de reserva ABC123.', false],
  ['es', 'unrelated', 'Tu billete', 'Adjuntamos tu billete de tren a Sevilla para el jueves. Localizador ABC123.', false]
]

const MORE_OFFERS: string[] = [
  'Abbiamo deciso di offrirti la posizione di contabile.',
  'Sono lieta di comunicarti che vogliamo assumerti a tempo indeterminato.',
  'In allegato trovi la nostra proposta contrattuale: ti chiediamo di restituirla firmata entro venerdì.',
  "Ti confermiamo l'assunzione a partire dal 1° febbraio.",
  "Siamo lieti di farti un'offerta per il ruolo di docente.",
  'La commissione ti ha scelto: il posto è tuo!',
  'Nos complace informarte de que el comité te ha elegido para la plaza.',
  'Le ofrecemos un contrato indefinido a partir de enero.',
  'Nous vous proposons un CDI à compter du 4 janvier.',
  'Tenho o prazer de lhe oferecer o cargo de professor.',
  'Wir bieten Ihnen gerne eine unbefristete Festanstellung an.',
  "We'd love to have you join the team as our new nurse — the formal paperwork follows.",
  'The committee has approved your hiring; HR will send the contract.'
]

describe('what a mail is, in seven languages', () => {
  it.each(STEPS)('%s %s: %s', (_language, category, subject, text) => {
    expect(classifyMessage(mail(subject, text), { direction: 'in', relatedToApplication: true }).category).toBe(category)
  })

  it.each(SAID_MANY_WAYS)('%s %s: %s', (_language, category, text) => {
    expect(
      classifyMessage(mail('Update', `Hello Jordan,\n\n${text}\n\nDana`), { direction: 'in', relatedToApplication: true }).category
    ).toBe(category)
  })

  it.each(CONTEXT)('%s %s (%s): %s', (_language, category, subject, text, related) => {
    const result = classifyMessage(mail(subject, `Hi,\n\n${text}\n\nDana`), { direction: 'in', relatedToApplication: related })
    expect(result.category).toBe(category)
  })

  it.each(MORE_OFFERS)('an offer: %s', (text) => {
    const result = classifyMessage(mail('Aggiornamento', `Ciao Jordan,\n\n${text}\n\nDana`), {
      direction: 'in',
      relatedToApplication: true
    })
    expect(result.category).toBe('offer')
    expect(result.evidence).toBeTruthy()
  })

  it('a friend hoping for an offer is not an offer, and a friend asking about the interview is not job mail', () => {
    const friend = (text: string) => classifyMessage(mail('How did it go?', text), { direction: 'in', relatedToApplication: false })
    expect(friend('Hey! How did the interview go? Fingers crossed they make you an offer. Drinks on Friday?').category).toBe('unrelated')
    expect(friend('Hey, wie lief das Vorstellungsgespräch? Ich drück dir die Daumen für die Zusage!').category).toBe('unrelated')
  })
})
