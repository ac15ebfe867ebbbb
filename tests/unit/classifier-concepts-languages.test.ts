/**
 * The concept rules (issue 11) on mail in German, Spanish, Portuguese, French, Dutch and Italian, written
 * here before the rules that read them (47 of 75 right at first, where English sets were at 82 %: "die
 * Auswahl ist auf eine andere Person gefallen", "la posición se la hemos dado a otra persona", "decidimos
 * não seguir com você", "le poste a finalement été pourvu en interne", "niet met je verder", "andare avanti
 * con un altro candidato"; offers, invitations, tests and acknowledgements likewise), and mail about no job.
 */
import { describe, expect, it } from 'vitest'
import type { MailMessage } from '../../src/shared/core/mail-message'
// The phrase layer: what the rules know of each sentence. The text model's second opinion on filed mail is measured on
// whole mails (mail-corpus.test.ts) and pinned in classifier-second-opinion.test.ts.
import { byRules as classifyMessage } from '../../src/shared/core/classifier'
import { languagesOf } from '../../src/shared/core/classifier/language'
import type { MessageCategory } from '../../src/shared/model'

const mail = (text: string, subject: string): MailMessage => ({
  messageId: '<m@test>',
  references: [],
  date: '2026-11-10T09:00:00Z',
  dateOffsetMinutes: 60,
  from: { name: 'Hiring', address: 'hiring@employer.example' },
  to: [],
  cc: [],
  subject,
  text,
  headers: {},
  hasCalendarInvite: false
})

/** [category, subject, the sender's words, filed on an application?]. */
const MAIL: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Ihre Bewerbung bei der Stadtverwaltung',
    'Sehr geehrte Frau Ellis,\n\ndas Stellenbesetzungsverfahren ist abgeschlossen. Die Auswahl ist auf eine andere Person gefallen.\n\nMit freundlichen Grüßen',
    true
  ],
  ['rejection', 'Absage', 'Hallo Jordan, leider hat es diesmal nicht geklappt. Wir haben uns für ein anderes Profil entschieden.', true],
  ['rejection', 'Ihre Bewerbung', 'Wir haben Ihre Unterlagen geprüft und können Ihnen zu unserem Bedauern keine Stelle anbieten.', true],
  ['rejection', 'Rückmeldung', 'Nach den Gesprächen ist unsere Wahl auf einen Bewerber mit mehr Berufserfahrung gefallen.', true],
  ['rejection', 'Bewerbung', 'Die ausgeschriebene Stelle konnte bereits intern nachbesetzt werden.', true],
  ['rejection', 'Ihre Bewerbung', 'Wir werden Ihre Bewerbung nicht weiter verfolgen.', true],
  [
    'rejection',
    'Candidatura',
    'Estimada Jordan: tras valorar su candidatura, le comunicamos que no ha sido elegida para continuar en el proceso.',
    true
  ],
  [
    'rejection',
    'Resultado',
    'Hola Jordan, te agradecemos mucho el tiempo. Al final la posición se la hemos dado a otra persona del sector.',
    true
  ],
  ['rejection', 'Proceso', 'Finalmente hemos cubierto la vacante. Gracias por tu interés y mucha suerte.', true],
  ['rejection', 'Tu candidatura', 'Tu candidatura no ha prosperado en esta ocasión.', true],
  ['rejection', 'Candidatura', 'Lamentamos informarte de que hemos seleccionado a un candidato cuyo perfil se adapta mejor.', true],
  ['rejection', 'Processo seletivo', 'Olá Jordan, agradecemos sua participação. Optamos por outro perfil para esta vaga.', true],
  ['rejection', 'Candidatura', 'A vaga já foi preenchida internamente.', true],
  ['rejection', 'Retorno', 'Oi Jordan, obrigado pela conversa! Infelizmente decidimos não seguir com você nesse momento.', true],
  ['rejection', 'Candidatura', 'Não foi possível avançar com a sua candidatura.', true],
  ['rejection', 'Candidatura', 'Informamos que a sua candidatura não foi retida.', true],
  ['rejection', 'Candidature', 'Madame, le poste a finalement été pourvu en interne.', true],
  ['rejection', 'Suite à votre entretien', 'Bonjour Jordan, après réflexion nous avons choisi de ne pas donner suite.', true],
  ['rejection', 'Candidature', "Votre candidature n'a malheureusement pas été retenue à l'issue des entretiens.", true],
  ['rejection', 'Candidature', 'Nous avons pris la décision de travailler avec un autre candidat.', true],
  ['rejection', 'Sollicitatie', 'Beste Jordan, na overleg hebben we gekozen voor iemand met meer ervaring in het onderwijs.', true],
  ['rejection', 'Sollicitatie', 'Je bent niet door naar de volgende ronde.', true],
  ['rejection', 'Sollicitatie', 'Helaas moeten we je laten weten dat we niet met je verder gaan.', true],
  [
    'rejection',
    'Candidatura',
    'Gentile Jordan, la ringraziamo ma abbiamo individuato un profilo più in linea con le nostre esigenze.',
    true
  ],
  ['rejection', 'Candidatura', 'Ciao Jordan, purtroppo abbiamo deciso di andare avanti con un altro candidato.', true],
  ['rejection', 'Candidatura', 'La posizione è stata chiusa.', true],
  [
    'offer',
    'Zusage',
    'Liebe Frau Ellis, wir möchten Sie herzlich in unserem Team begrüßen und freuen uns auf Ihren Start am 1. Februar.',
    true
  ],
  ['offer', 'Arbeitsvertrag', 'Anbei übersenden wir Ihnen den Arbeitsvertrag mit der Bitte um Unterschrift.', true],
  ['offer', 'Gute Nachrichten', 'Wir haben uns für Sie entschieden! Wann könnten Sie anfangen?', true],
  ['offer', 'Oferta de empleo', 'Nos complace comunicarte que has sido seleccionada para el puesto de enfermera.', true],
  ['offer', 'Contratación', 'Te adjunto la propuesta de contrato; si estás de acuerdo, empiezas el 11 de enero.', true],
  ['offer', 'Proposta', 'É com muita alegria que te convidamos para fazer parte do nosso time!', true],
  ['offer', 'Proposta', 'Você foi escolhida para a vaga! Segue a proposta em anexo.', true],
  ['offer', 'Offre', 'Nous sommes heureux de vous annoncer que vous avez été retenue pour le poste.', true],
  ['offer', 'Contrat', 'Vous trouverez ci-joint votre contrat de travail à nous retourner signé.', true],
  ['offer', 'Aanbod', 'Goed nieuws: we willen je de functie aanbieden!', true],
  ['offer', 'Contract', 'In de bijlage vind je je arbeidsovereenkomst; wil je die getekend terugsturen?', true],
  ['offer', 'Offerta', 'Sei stata selezionata! Ti invieremo la lettera di assunzione in settimana.', true],
  ['offer', 'Contratto', 'In allegato trovi il contratto da firmare e restituire entro venerdì.', true],
  [
    'interview_request',
    'Einladung',
    'Wir würden uns freuen, Sie am Donnerstag, 19.11., um 10 Uhr zu einem Vorstellungsgespräch begrüßen zu dürfen.',
    true
  ],
  ['interview_request', 'Termin', 'Hast du nächste Woche Zeit für ein kurzes Kennenlernen per Video?', true],
  ['interview_request', 'Entrevista', 'Le convocamos a una entrevista presencial el lunes 16 a las 11:00.', true],
  ['interview_request', 'Entrevista', '¿Cuándo tendrías un hueco para una llamada esta semana?', true],
  ['interview_request', 'Entrevista', 'Gostaríamos de agendar uma entrevista com você. Qual o melhor horário?', true],
  ['interview_request', 'Entrevista', 'Vamos marcar uma call rápida amanhã às 14h?', true],
  ['interview_request', 'Entretien', 'Je vous propose de nous rencontrer mardi prochain à 10h dans nos locaux.', true],
  ['interview_request', 'Entretien', 'Pouvons-nous échanger par téléphone demain matin ?', true],
  ['interview_request', 'Gesprek', 'Kunnen we volgende week een moment plannen voor een gesprek?', true],
  ['interview_request', 'Gesprek', 'Ben je donderdag om 14.00 uur beschikbaar voor een videocall?', true],
  ['interview_request', 'Colloquio', 'Vorremmo fissare un colloquio conoscitivo la prossima settimana.', true],
  ['interview_request', 'Colloquio', "Sei libero martedì per una call di mezz'ora?", true],
  ['assessment', 'Test', 'Im nächsten Schritt bitten wir Sie, einen Online-Persönlichkeitstest auszufüllen.', true],
  ['assessment', 'Prueba', 'La siguiente fase consiste en una prueba de nivel de inglés online.', true],
  ['assessment', 'Teste', 'A próxima fase é uma prova prática de redação.', true],
  ['assessment', 'Test', 'Merci de réaliser le test technique disponible via le lien ci-dessous avant vendredi.', true],
  ['assessment', 'Opdracht', 'Als tweede stap vragen we je om een korte praktijkcase uit te werken.', true],
  ['assessment', 'Test', 'Ti chiediamo di completare un test attitudinale online entro giovedì.', true],
  ['acknowledgement', 'Bewerbungseingang', 'Ihre Unterlagen haben wir erhalten und leiten sie an die Fachabteilung weiter.', true],
  ['acknowledgement', 'Candidatura', 'Te confirmamos que tu candidatura ha quedado registrada.', true],
  ['acknowledgement', 'Candidatura', 'Confirmamos o recebimento do seu currículo.', true],
  ['acknowledgement', 'Candidature', 'Votre candidature a bien été enregistrée.', true],
  ['acknowledgement', 'Sollicitatie', 'Dank voor je reactie op onze vacature, we hebben je cv ontvangen.', true],
  ['acknowledgement', 'Candidatura', 'La tua candidatura è stata ricevuta correttamente.', true],
  ['update', 'Re: Bewerbung', 'Vielen Dank für Ihre Geduld. Die Gespräche laufen noch, wir melden uns Ende des Monats.', true],
  ['update', 'Re: candidatura', 'Seguimos con el proceso y te diremos algo la semana que viene.', true],
  ['update', 'Re: processo', 'O processo ainda está em andamento; damos notícias em breve.', true],
  ['update', 'Re: candidature', 'Le recrutement est toujours en cours, nous reviendrons vers vous rapidement.', true],
  ['update', 'Re: sollicitatie', 'De procedure loopt nog; je hoort van ons.', true],
  ['update', 'Re: candidatura', 'La selezione è ancora in corso, ti faremo sapere presto.', true],
  ['unrelated', 'Termin', 'Ihr Termin beim Bürgeramt am 12.11. um 9:30 ist bestätigt.', false],
  ['unrelated', 'Pedido', 'Tu pedido ha sido enviado.', false],
  ['unrelated', 'Oi', 'E aí, te chamaram pra entrevista? Me conta!', false],
  ['unrelated', 'Rendez-vous', 'Votre rendez-vous chez le dentiste est confirmé pour jeudi à 15h.', false],
  ['unrelated', 'Afspraak', 'Je afspraak bij de kapper staat voor vrijdag 14.00 uur.', false],
  ['unrelated', 'Ciao', "Allora, com'è andato il colloquio? Ti hanno offerto il posto?", false]
]

/**
 * A second set, shorter sentences, written after the first was fixed (36 of 69 right at first: "another
 * candidate was selected for the position" read as an offer in Spanish and Italian, profiles that do not
 * fit, a first working day, "bieten wir Ihnen … an", "zullen we even bellen?", shop offers).
 */
const SHORT: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Ihre Bewerbung',
    'Guten Tag Frau Ellis, wir bedanken uns für Ihr Interesse. Leider müssen wir Ihnen eine Absage erteilen.',
    true
  ],
  ['rejection', 'Bewerbung Erzieherin', 'Hallo Jordan, wir haben uns für eine Kandidatin aus der Region entschieden. Alles Gute!', true],
  ['rejection', 'Ihre Bewerbung', 'Ihr Profil passt leider nicht zu den Anforderungen der Stelle.', true],
  ['rejection', 'Rückmeldung', 'Wir möchten Ihnen mitteilen, dass wir die Zusammenarbeit nicht fortsetzen möchten.', true],
  ['rejection', 'Ihre Bewerbung', 'Die Stelle wird nicht mehr besetzt, das Projekt wurde gestoppt.', true],
  ['rejection', 'Candidatura', 'Tras la entrevista, el equipo ha decidido no continuar con tu candidatura.', true],
  ['rejection', 'Candidatura', 'Tu perfil no encaja con lo que buscamos en este momento.', true],
  ['rejection', 'Candidatura', 'La plaza ha quedado desierta para otro candidato interno.', true],
  ['rejection', 'Candidatura', 'Lamentablemente, otra persona ha sido seleccionada para el puesto.', true],
  ['rejection', 'Candidatura', 'Infelizmente outra pessoa foi selecionada para a vaga.', true],
  ['rejection', 'Candidatura', 'Seu perfil não se encaixa no momento, mas vamos manter seu currículo.', true],
  ['rejection', 'Candidatura', 'Agradecemos o seu interesse, mas decidimos avançar com candidatos com mais experiência.', true],
  ['rejection', 'Candidature', 'Nous avons retenu une personne en interne.', true],
  ['rejection', 'Candidature', 'Votre profil ne correspond pas à nos attentes pour ce poste.', true],
  ['rejection', 'Candidature', 'Un autre candidat a été retenu.', true],
  ['rejection', 'Sollicitatie', 'Een andere kandidaat is aangenomen.', true],
  ['rejection', 'Sollicitatie', 'Je profiel past niet bij wat we zoeken.', true],
  ['rejection', 'Sollicitatie', 'We hebben de functie aan een interne kandidaat gegeven.', true],
  ['rejection', 'Candidatura', 'Un altro candidato è stato selezionato per la posizione.', true],
  ['rejection', 'Candidatura', 'Il tuo profilo non è in linea con quanto cerchiamo.', true],
  ['rejection', 'Candidatura', 'Abbiamo coperto la posizione internamente.', true],
  ['offer', 'Angebot', 'Gerne bieten wir Ihnen einen unbefristeten Vertrag als Pflegefachkraft an.', true],
  ['offer', 'Willkommen', 'Herzlich willkommen bei uns! Ihr erster Arbeitstag ist der 4. Januar.', true],
  ['offer', 'Oferta', 'Te ofrecemos un contrato indefinido como técnico contable a partir de enero.', true],
  ['offer', 'Bienvenida', '¡Bienvenida al equipo! Tu primer día será el lunes 11 de enero.', true],
  ['offer', 'Proposta', 'Temos uma proposta para você: contrato CLT, início em janeiro.', true],
  ['offer', 'Boas-vindas', 'Seja bem-vinda à equipe! Seu primeiro dia será 4 de janeiro.', true],
  ['offer', 'Offre', 'Nous vous proposons un CDI à temps plein à compter de janvier.', true],
  ['offer', 'Bienvenue', "Bienvenue dans l'équipe ! Votre premier jour sera le 4 janvier.", true],
  ['offer', 'Aanbod', 'We bieden je een vast contract aan per 1 januari.', true],
  ['offer', 'Welkom', 'Welkom bij het team! Je eerste werkdag is 4 januari.', true],
  ['offer', 'Offerta', 'Ti offriamo un contratto a tempo indeterminato da gennaio.', true],
  ['offer', 'Benvenuta', 'Benvenuta nel team! Il tuo primo giorno sarà il 4 gennaio.', true],
  ['interview_request', 'Gespräch', 'Wie sieht es bei Ihnen am Mittwochvormittag für ein Telefonat aus?', true],
  ['interview_request', 'Gespräch', 'Wir möchten Sie gerne zu einem zweiten Gespräch einladen.', true],
  ['interview_request', 'Entrevista', '¿Podemos hablar mañana a las 12 por teléfono?', true],
  ['interview_request', 'Entrevista', 'Te proponemos una entrevista el jueves a las 10.', true],
  ['interview_request', 'Entrevista', 'Podemos conversar amanhã às 10h por vídeo?', true],
  ['interview_request', 'Entrevista', 'Te convidamos para uma entrevista presencial na segunda às 9h.', true],
  ['interview_request', 'Entretien', 'Je souhaiterais vous appeler demain pour en discuter.', true],
  ['interview_request', 'Entretien', 'Nous vous invitons à un second entretien avec la directrice.', true],
  ['interview_request', 'Gesprek', 'Zullen we morgen even bellen?', true],
  ['interview_request', 'Gesprek', 'We nodigen je uit voor een tweede gesprek met de directeur.', true],
  ['interview_request', 'Colloquio', 'Possiamo sentirci domani alle 11 al telefono?', true],
  ['interview_request', 'Colloquio', 'Ti invitiamo a un secondo colloquio con la direttrice.', true],
  ['assessment', 'Test', 'Bitte absolvieren Sie vorab einen kurzen Sprachtest.', true],
  ['assessment', 'Prueba', 'Te enviamos un caso práctico para resolver en 3 días.', true],
  ['assessment', 'Teste', 'Enviamos um teste de lógica para você realizar até sexta.', true],
  ['assessment', 'Test', 'Nous vous envoyons un exercice pratique à réaliser chez vous.', true],
  ['assessment', 'Test', 'We sturen je een online test die je deze week moet maken.', true],
  ['assessment', 'Test', 'Ti inviamo un esercizio pratico da svolgere a casa.', true],
  ['acknowledgement', 'Bewerbung', 'Herzlichen Dank für Ihre Bewerbung, wir prüfen diese und melden uns.', true],
  ['acknowledgement', 'Candidatura', 'Muchas gracias por enviarnos tu candidatura; la estudiaremos con atención.', true],
  ['acknowledgement', 'Candidatura', 'Obrigado pela sua candidatura, vamos analisá-la com atenção.', true],
  ['acknowledgement', 'Candidature', "Merci pour votre candidature, nous l'étudions avec attention.", true],
  ['acknowledgement', 'Sollicitatie', 'Bedankt voor je sollicitatie, we bekijken hem zo snel mogelijk.', true],
  ['acknowledgement', 'Candidatura', 'Grazie per la tua candidatura, la valuteremo con attenzione.', true],
  ['update', 'Re: Bewerbung', 'Wir haben Ihre Nachfrage erhalten; die Entscheidung steht noch aus.', true],
  ['update', 'Re: candidatura', 'Aún no tenemos una decisión, te escribo en cuanto la tenga.', true],
  ['update', 'Re: candidatura', 'Ainda não temos uma decisão, te aviso assim que tiver.', true],
  ['update', 'Re: candidature', "Nous n'avons pas encore de décision, je reviens vers vous dès que possible.", true],
  ['update', 'Re: sollicitatie', 'We hebben nog geen besluit genomen, ik laat het je weten.', true],
  ['update', 'Re: candidatura', 'Non abbiamo ancora deciso, ti faccio sapere appena possibile.', true],
  ['unrelated', 'Angebot', 'Ihr persönliches Angebot: 20 % auf alle Winterjacken!', false],
  ['unrelated', 'Oferta', 'Aprovecha nuestra oferta: 2x1 en entradas de cine.', false],
  ['unrelated', 'Proposta', 'Temos uma proposta especial para você: 50% de desconto.', false],
  ['unrelated', 'Offre', 'Profitez de notre offre spéciale Black Friday.', false],
  ['unrelated', 'Aanbieding', "Onze aanbieding van de week: 2 pizza's voor 15 euro.", false],
  ['unrelated', 'Offerta', 'Offerta esclusiva per te: spedizione gratuita.', false]
]

/**
 * Agencies writing for a client, and civil-service competitions (21 of 38 right at first; "no vamos a poder
 * ofrecerte el puesto" read as a sure offer, because a Spanish "no" three words back no longer negated).
 */
const AGENCIES_AND_COMPETITIONS: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Ihre Bewerbung über unser Portal',
    'Sehr geehrte Frau Ellis, nach intensiver Prüfung Ihrer Unterlagen haben wir entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.',
    true
  ],
  [
    'rejection',
    'Feedback vom Kunden',
    'Hallo Jordan, mein Kunde hat sich leider für einen anderen Kandidaten entschieden. Ich melde mich, sobald ich etwas Passendes habe.',
    true
  ],
  [
    'rejection',
    'Auswahlverfahren',
    'Wir bedauern, Ihnen mitteilen zu müssen, dass Sie im Auswahlverfahren nicht berücksichtigt werden konnten.',
    true
  ],
  ['rejection', 'Oposición', 'Publicada la lista de aprobados, no figura usted entre las personas que han superado el ejercicio.', true],
  [
    'rejection',
    'Feedback cliente',
    'Hola Jordan, el cliente ha preferido seguir con otro perfil más senior. Te aviso si sale algo nuevo.',
    true
  ],
  ['rejection', 'Candidatura', 'Te escribo para decirte que no vamos a poder ofrecerte el puesto.', true],
  [
    'rejection',
    'Retour client',
    "Bonjour Jordan, mon client a préféré un autre profil. Je reviens vers vous dès qu'une nouvelle mission se présente.",
    true
  ],
  ['rejection', 'Concours', "Nous vous informons que vous n'êtes pas admis(e) à l'épreuve orale.", true],
  [
    'rejection',
    'Terugkoppeling',
    'Hoi Jordan, de opdrachtgever heeft gekozen voor een andere kandidaat. Ik houd je op de hoogte van nieuwe vacatures.',
    true
  ],
  ['rejection', 'Sollicitatie', 'Wij hebben besloten je niet uit te nodigen voor een gesprek.', true],
  ['rejection', 'Feedback do cliente', 'Olá Jordan, o cliente optou por outro candidato. Te aviso se surgir algo.', true],
  ['rejection', 'Concurso', 'Informamos que não foi admitido à fase seguinte do concurso.', true],
  ['rejection', 'Feedback cliente', 'Ciao Jordan, il cliente ha preferito un altro profilo. Ti aggiorno se esce qualcosa di nuovo.', true],
  ['rejection', 'Concorso', 'La informiamo che non è stata ammessa alla prova orale.', true],
  ['offer', 'Zusage vom Kunden', 'Hallo Jordan, super Nachrichten: Der Kunde möchte Sie einstellen! Das Angebot kommt morgen.', true],
  ['offer', 'Buenas noticias', '¡El cliente quiere contratarte! Te paso los detalles de la oferta esta tarde.', true],
  ['offer', 'Bonne nouvelle', 'Le client souhaite vous recruter ! Je vous envoie la proposition demain.', true],
  ['offer', 'Goed nieuws', 'De opdrachtgever wil je graag aannemen! Het aanbod volgt morgen.', true],
  ['offer', 'Boa notícia', 'O cliente quer te contratar! Te mando a proposta amanhã.', true],
  ['offer', 'Ottime notizie', 'Il cliente vuole assumerti! Ti mando la proposta domani.', true],
  ['interview_request', 'Vorstellung beim Kunden', 'Der Kunde möchte Sie gern kennenlernen. Passt Ihnen Dienstag um 11 Uhr?', true],
  ['interview_request', 'Entretien client', 'Le client souhaite vous rencontrer mardi à 14h dans ses locaux.', true],
  ['interview_request', 'Gesprek', 'De opdrachtgever wil je graag spreken, kan je dinsdag om 10 uur?', true],
  ['interview_request', 'Entrevista', 'O cliente quer conhecer você. Pode na terça às 10h?', true],
  ['interview_request', 'Colloquio', 'Il cliente vorrebbe conoscerti martedì alle 10, ti va bene?', true],
  ['acknowledgement', 'Ihre Bewerbung', 'Vielen Dank! Ihre Bewerbung ist vollständig bei uns eingegangen und wird nun geprüft.', true],
  ['acknowledgement', 'Solicitud', 'Su solicitud de admisión al proceso ha sido registrada con el número 2231.', true],
  ['acknowledgement', 'Candidature', 'Votre dossier a bien été reçu et sera examiné par le jury.', true],
  ['acknowledgement', 'Sollicitatie', 'Je sollicitatie is bij ons binnen; je hoort binnen twee weken van ons.', true],
  ['acknowledgement', 'Candidatura', 'Recebemos a sua inscrição no concurso.', true],
  ['acknowledgement', 'Domanda', 'La sua domanda di partecipazione è stata acquisita.', true],
  ['update', 'Re: Stand', 'Der Kunde ist diese Woche im Urlaub, ich melde mich nächste Woche mit Feedback.', true],
  ['update', 'Re: Estado', 'El cliente todavía no ha decidido; te digo algo el lunes.', true],
  ['update', 'Re: Point', "Le client n'a pas encore tranché, je vous tiens au courant.", true],
  ['update', 'Re: stand', 'De opdrachtgever heeft nog geen beslissing genomen.', true],
  ['update', 'Re: status', 'O cliente ainda não decidiu, te aviso na segunda.', true],
  ['update', 'Re: stato', 'Il cliente non ha ancora deciso, ti aggiorno lunedì.', true]
]

/** A refused offer, in seven languages: a rejection, never an offer (8 of 17 right at first, none read as an offer). */
const REFUSED_OFFERS: Array<[string, string]> = [
  ['Update', 'We are not able to offer you the role.'],
  ['Update', "We can't offer you the position at this time."],
  ['Update', "Unfortunately we won't be making you an offer."],
  ['Bewerbung', 'Wir können Ihnen die Stelle leider nicht anbieten.'],
  ['Bewerbung', 'Ein Angebot können wir Ihnen leider nicht machen.'],
  ['Candidatura', 'No podemos ofrecerte el puesto.'],
  ['Candidatura', 'No te vamos a hacer una oferta.'],
  ['Candidature', 'Nous ne pouvons pas vous proposer le poste.'],
  ['Candidature', "Nous n'allons pas vous faire d'offre."],
  ['Sollicitatie', 'We kunnen je de functie niet aanbieden.'],
  ['Sollicitatie', 'We gaan je geen aanbod doen.'],
  ['Candidatura', 'Não podemos oferecer-lhe a vaga.'],
  ['Candidatura', 'Não vamos fazer uma proposta.'],
  ['Candidatura', 'Non possiamo offrirti il ruolo.'],
  ['Candidatura', "Non ti faremo un'offerta."],
  ['Candidature', "Nous n'avons pas pu donner suite à votre candidature."],
  ['Candidature', "Nous n'avons pas retenu votre candidature."]
]

/** One hiring system's templates translated into six languages (26 of 30 right at first). */
const TEMPLATES: Array<[MessageCategory, string, string, boolean]> = [
  [
    'rejection',
    'Ihre Bewerbung bei Nordwerk',
    'Sehr geehrte Frau Ellis, vielen Dank für Ihr Interesse an Nordwerk und die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach sorgfältiger Prüfung haben wir uns entschieden, mit Kandidatinnen und Kandidaten fortzufahren, deren Qualifikationen besser zu den Anforderungen passen.',
    true
  ],
  [
    'rejection',
    'Actualización de tu candidatura',
    'Hola Jordan: gracias por tu interés en Nordwerk. Tras revisar tu perfil, hemos decidido avanzar con candidatos cuya experiencia se ajusta más a los requisitos del puesto.',
    true
  ],
  [
    'rejection',
    'Mise à jour de votre candidature',
    "Bonjour Jordan, merci de l'intérêt que vous portez à Nordwerk. Après un examen attentif, nous avons décidé de poursuivre avec des candidats dont le profil correspond davantage aux exigences du poste.",
    true
  ],
  [
    'rejection',
    'Update over je sollicitatie',
    'Hallo Jordan, bedankt voor je interesse in Nordwerk. Na zorgvuldige overweging hebben we besloten verder te gaan met kandidaten wiens profiel beter aansluit bij de functie-eisen.',
    true
  ],
  [
    'rejection',
    'Atualização da sua candidatura',
    'Olá Jordan, obrigado pelo seu interesse na Nordwerk. Após análise cuidadosa, decidimos prosseguir com candidatos cujo perfil está mais alinhado aos requisitos da vaga.',
    true
  ],
  [
    'rejection',
    'Aggiornamento sulla tua candidatura',
    "Ciao Jordan, grazie per l'interesse verso Nordwerk. Dopo un'attenta valutazione, abbiamo deciso di procedere con candidati il cui profilo è più in linea con i requisiti della posizione.",
    true
  ],
  [
    'interview_request',
    'Einladung zum Interview',
    'Hallo Jordan, wir möchten Sie gerne zu einem Interview einladen. Bitte wählen Sie über den folgenden Link einen passenden Termin aus.',
    true
  ],
  [
    'interview_request',
    'Invitación a entrevista',
    'Hola Jordan, nos gustaría invitarte a una entrevista. Por favor, selecciona un horario a través del siguiente enlace.',
    true
  ],
  [
    'interview_request',
    'Invitation à un entretien',
    'Bonjour Jordan, nous aimerions vous inviter à un entretien. Merci de choisir un créneau via le lien ci-dessous.',
    true
  ],
  [
    'interview_request',
    'Uitnodiging voor een gesprek',
    'Hallo Jordan, we nodigen je graag uit voor een gesprek. Kies via onderstaande link een moment dat je uitkomt.',
    true
  ],
  [
    'interview_request',
    'Convite para entrevista',
    'Olá Jordan, gostaríamos de convidá-la para uma entrevista. Escolha um horário pelo link abaixo.',
    true
  ],
  [
    'interview_request',
    'Invito a colloquio',
    'Ciao Jordan, vorremmo invitarti a un colloquio. Scegli un orario tramite il link qui sotto.',
    true
  ],
  [
    'acknowledgement',
    'Wir haben Ihre Bewerbung erhalten',
    'Hallo Jordan, vielen Dank für Ihre Bewerbung als Data Analyst. Unser Team wird Ihre Unterlagen prüfen und sich bei Ihnen melden.',
    true
  ],
  [
    'acknowledgement',
    'Hemos recibido tu candidatura',
    'Hola Jordan, gracias por postularte al puesto de Data Analyst. Nuestro equipo revisará tu perfil y se pondrá en contacto contigo.',
    true
  ],
  [
    'acknowledgement',
    'Nous avons bien reçu votre candidature',
    "Bonjour Jordan, merci d'avoir postulé au poste de Data Analyst. Notre équipe examinera votre profil et reviendra vers vous.",
    true
  ],
  [
    'acknowledgement',
    'We hebben je sollicitatie ontvangen',
    'Hallo Jordan, bedankt voor het solliciteren op de functie Data Analyst. Ons team bekijkt je profiel en neemt contact met je op.',
    true
  ],
  [
    'acknowledgement',
    'Recebemos sua candidatura',
    'Olá Jordan, obrigado por se candidatar à vaga de Data Analyst. Nossa equipe vai analisar seu perfil e entrará em contato.',
    true
  ],
  [
    'acknowledgement',
    'Abbiamo ricevuto la tua candidatura',
    'Ciao Jordan, grazie per esserti candidato alla posizione di Data Analyst. Il nostro team esaminerà il tuo profilo e ti contatterà.',
    true
  ],
  [
    'offer',
    'Ihr Angebot von Nordwerk',
    'Hallo Jordan, wir freuen uns sehr, Ihnen ein Angebot für die Position Data Analyst zu unterbreiten. Das Angebotsschreiben finden Sie im Anhang.',
    true
  ],
  [
    'offer',
    'Tu oferta de Nordwerk',
    'Hola Jordan, estamos encantados de hacerte una oferta para el puesto de Data Analyst. Encontrarás la carta de oferta adjunta.',
    true
  ],
  [
    'offer',
    'Votre offre de Nordwerk',
    "Bonjour Jordan, nous sommes ravis de vous faire une offre pour le poste de Data Analyst. Vous trouverez la lettre d'offre en pièce jointe.",
    true
  ],
  [
    'offer',
    'Je aanbod van Nordwerk',
    'Hallo Jordan, we zijn blij je een aanbod te doen voor de functie Data Analyst. Je vindt de aanbodbrief in de bijlage.',
    true
  ],
  [
    'offer',
    'Sua proposta da Nordwerk',
    'Olá Jordan, temos o prazer de fazer uma proposta para a vaga de Data Analyst. A carta proposta está em anexo.',
    true
  ],
  [
    'offer',
    'La tua offerta da Nordwerk',
    "Ciao Jordan, siamo lieti di farti un'offerta per la posizione di Data Analyst. Trovi la lettera di offerta in allegato.",
    true
  ],
  [
    'assessment',
    'Online-Assessment',
    'Als nächsten Schritt laden wir Sie ein, ein Online-Assessment zu absolvieren. Der Link ist 7 Tage gültig.',
    true
  ],
  [
    'assessment',
    'Evaluación online',
    'Como siguiente paso, te invitamos a completar una evaluación online. El enlace es válido durante 7 días.',
    true
  ],
  [
    'assessment',
    'Évaluation en ligne',
    'Prochaine étape : nous vous invitons à compléter une évaluation en ligne. Le lien est valable 7 jours.',
    true
  ],
  [
    'assessment',
    'Online assessment',
    'Als volgende stap nodigen we je uit om een online assessment te maken. De link is 7 dagen geldig.',
    true
  ],
  [
    'assessment',
    'Avaliação online',
    'Como próximo passo, convidamos você a realizar uma avaliação online. O link é válido por 7 dias.',
    true
  ],
  [
    'assessment',
    'Valutazione online',
    'Come prossimo passo, ti invitiamo a completare una valutazione online. Il link è valido per 7 giorni.',
    true
  ]
]

/** A call at a set time, a visit to the ward or school, thanks for a CV, a delay (11 of 25 right at first). */
const CALLS_VISITS_THANKS: Array<[MessageCategory, string, string, boolean]> = [
  [
    'interview_request',
    'Ihre Bewerbung',
    'Wir würden Sie gerne persönlich kennenlernen und schlagen Donnerstag, den 10.12., um 14 Uhr vor.',
    true
  ],
  [
    'interview_request',
    'Hospitation',
    'Hätten Sie Lust, einen Tag bei uns auf Station zu hospitieren? Nächster Dienstag würde passen.',
    true
  ],
  ['interview_request', 'Termin', 'Ich rufe Sie morgen um 11 Uhr an, wenn es Ihnen passt, um uns kurz auszutauschen.', true],
  ['interview_request', 'Entrevista', 'Te llamo mañana a las 11 para charlar un rato sobre el puesto, ¿te viene bien?', true],
  ['interview_request', 'Entrevista', 'Nos gustaría que vinieras a conocer el centro el martes por la mañana.', true],
  ['interview_request', 'Entretien', 'Je vous appelle demain à 11h pour un premier échange, cela vous convient-il ?', true],
  ['interview_request', 'Entretien', "Seriez-vous d'accord pour venir visiter le service mardi matin ?", true],
  ['interview_request', 'Gesprek', 'Ik bel je morgen om 11 uur voor een kort kennismakingsgesprek, past dat?', true],
  ['interview_request', 'Gesprek', 'Zou je dinsdagochtend een dagje willen meelopen op de afdeling?', true],
  ['interview_request', 'Entrevista', 'Te ligo amanhã às 11h para conversarmos rapidamente, pode ser?', true],
  ['interview_request', 'Entrevista', 'Gostaríamos que viesse conhecer a escola na terça de manhã.', true],
  ['interview_request', 'Colloquio', 'Ti chiamo domani alle 11 per una breve chiacchierata, va bene?', true],
  ['interview_request', 'Colloquio', 'Ti andrebbe di venire a vedere il reparto martedì mattina?', true],
  ['acknowledgement', 'Bewerbung', 'Danke für die Zusendung Ihrer Unterlagen. Wir prüfen alles und kommen dann auf Sie zu.', true],
  ['acknowledgement', 'Candidatura', 'Gracias por hacernos llegar tu CV; lo revisamos y te decimos algo.', true],
  ['acknowledgement', 'Candidature', "Merci pour l'envoi de votre CV, nous revenons vers vous rapidement.", true],
  ['acknowledgement', 'Sollicitatie', 'Dank voor het toesturen van je cv, we komen er snel op terug.', true],
  ['acknowledgement', 'Candidatura', 'Obrigado pelo envio do seu currículo, retornaremos em breve.', true],
  ['acknowledgement', 'Candidatura', "Grazie per l'invio del curriculum, ti faremo sapere al più presto.", true],
  ['update', 'Re: Bewerbung', 'Wir sind leider noch nicht weiter, die Leitung ist diese Woche krank.', true],
  ['update', 'Re: candidatura', 'Perdona la tardanza, todavía estamos cerrando el proceso.', true],
  ['update', 'Re: candidature', 'Désolée pour le délai, nous finalisons encore les entretiens.', true],
  ['update', 'Re: sollicitatie', 'Sorry voor de vertraging, we ronden de gesprekken deze week af.', true],
  ['update', 'Re: candidatura', 'Desculpe a demora, ainda estamos finalizando o processo.', true],
  ['update', 'Re: candidatura', 'Scusa il ritardo, stiamo ancora chiudendo le selezioni.', true]
]

describe('concept rules beyond English', () => {
  it.each(REFUSED_OFFERS)('a refused offer is a rejection: %s / %s', (subject, text) => {
    expect(classifyMessage(mail(text, subject), { relatedToApplication: true }).category).toBe('rejection')
  })

  it('never reads a refused offer as an offer', () => {
    const result = classifyMessage(mail('Te escribo para decirte que no vamos a poder ofrecerte el puesto.', 'Candidatura'), {
      relatedToApplication: true
    })
    expect(result.category).toBe('rejection')
  })

  it.each([...MAIL, ...SHORT, ...AGENCIES_AND_COMPETITIONS, ...TEMPLATES, ...CALLS_VISITS_THANKS])(
    '%s: %s / %s',
    (category, subject, text, filed) => {
      const result = classifyMessage(mail(text, subject), { relatedToApplication: filed })
      expect(result.category).toBe(category)
      if (category !== 'update' && category !== 'unrelated') expect(result.lowConfidence).toBe(false)
      if (category === 'rejection' || category === 'offer') expect(result.evidence ?? '').not.toBe('')
    }
  )

  it('reads a long mail in its own language and English, and a short one in all seven', () => {
    const german =
      'Sehr geehrte Frau Ellis, vielen Dank für Ihre Bewerbung und das freundliche Gespräch mit uns. Wir haben uns die Entscheidung nicht leicht gemacht und möchten Ihnen heute mitteilen, wie es weitergeht. Die Stelle wird zum ersten Februar besetzt, und wir melden uns bei Ihnen, sobald der Vertrag bei uns vorliegt und die Unterlagen vollständig sind. Bis dahin wünschen wir Ihnen eine gute Zeit und danken Ihnen für Ihre Geduld mit uns in den letzten Wochen und für Ihr Interesse an der Arbeit in unserem Team.'
    expect([...languagesOf(german.toLowerCase())].sort()).toEqual(['de', 'en'])
    expect(languagesOf('gracias, recibido').size).toBe(7)
    const mixed =
      'Hola Jordan, thanks for the chat! Te escribo para contarte que el equipo quiere seguir con tu candidatura and we would like to meet again next week.'
    expect(languagesOf(mixed.toLowerCase()).has('es')).toBe(true)
  })
})
