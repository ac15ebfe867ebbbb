// Over 300 lines would be data only: one hand-written case a line.
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
import { classifyMessage } from '../../src/shared/core/classifier'
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
