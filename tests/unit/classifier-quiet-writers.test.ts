/**
 * Quiet writers, found on a blind training batch (training-21, an ordinary month of a job search): mail that never says
 * "interview", "unfortunately" or "offer". Each idea is written here in several languages, in sentences of our own:
 * - an invitation to drop in and meet the people is an interview request;
 * - a post now filled, or another person taken, is a rejection;
 * - a small shop's or a job board's "received" is an acknowledgement;
 * - a test told by its task (cook two dishes, run a group time, a night shadowing, a day working along) is an assessment;
 * - an offer told by its logistics (a start day, pay as agreed) is an offer;
 * - a step named with its date still to come is an update.
 * And what must stay as it was: mail about no application stays unrelated, a hypothesis is no rejection, a first day
 * without pay is never a sure offer.
 */
import { describe, expect, it } from 'vitest'
import { byRules } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string, address = 'owner@smallshop.example') =>
  mailMessage({ date: '2026-10-20T09:00:00Z', from: { name: 'Sam', address }, subject, text })

const CASES: Array<[string, MessageCategory, string, string]> = [
  // Drop in and meet the people.
  ['en', 'interview_request', 'Re: your CV', 'Any chance you could drop round after the lunch rush on Tuesday and meet the owners?'],
  [
    'en',
    'interview_request',
    'Re: application',
    'Please come along to the depot on Monday 9 November at 10h00 to meet our fleet manager and me.'
  ],
  ['es', 'interview_request', 'Re: dependienta', 'Pásate el domingo a media mañana para conocernos.'],
  [
    'pt',
    'interview_request',
    'Re: cozinheiro',
    'Recebi o currículo. Passa por cá na segunda de manhã, pelas 10h, para falarmos com calma.'
  ],
  ['nl', 'interview_request', 'Re: sollicitatie', 'Kun je donderdag even binnenwippen om kennis te maken met het team?'],
  [
    'de',
    'interview_request',
    'Ihre Bewerbung',
    'Ich würde gern in den nächsten Tagen kurz mit Ihnen telefonieren, um ein paar Fragen zu klären.'
  ],
  ['sv', 'interview_request', 'Sv: ansökan', 'Kom förbi verkstaden på tisdag vid 9 så pratar vi lite och du får se hur vi jobbar.'],
  [
    'nb',
    'interview_request',
    'Sv: søknad',
    'Takk for søknaden! Kan du stikke innom butikken på mandag rundt kl. 11? Gi beskjed om det passer.'
  ],
  ['pl', 'interview_request', 'Odp: CV', 'Czy mógłby Pan przyjść w piątek o 9:00 poznać zespół magazynu? Proszę o potwierdzenie.'],
  // A post filled, another person taken.
  ['sv', 'rejection', 'Angående tjänsten', 'Vi vill meddela att tjänsten som undersköterska nu är tillsatt. Tack för ditt intresse.'],
  ['da', 'rejection', 'Din ansøgning', 'Vi har valgt at tilbyde stillingen til en anden kandidat, og vi ønsker dig held og lykke.'],
  ['nb', 'rejection', 'Søknad', 'Stillingen er nå besatt. Takk for at du søkte hos oss.'],
  ['en', 'rejection', 'Your application', 'The remaining weekend posts have been assigned to applicants with longer service.'],
  [
    'en',
    'rejection',
    'Casual roster',
    'Places on the roster went to staff with longer service; your application will not proceed further this round.'
  ],
  ['es', 'rejection', 'Re: auxiliar', 'Te cuento que al final nos quedamos con otra chica que ya conocía la tienda. Mucha suerte.'],
  ['es', 'rejection', 'Puesto de recepción', 'Te aviso de que ya hemos completado la plantilla para esta temporada.'],
  ['pt', 'rejection', 'Vaga', 'No fim ficámos com outra pessoa que já conhecia a casa. Boa sorte!'],
  ['nl', 'rejection', 'Re: vacature', 'We gaan in zee met een kandidaat die hier al stage liep. Veel succes verder!'],
  ['it', 'rejection', 'Candidatura', 'Ti comunico che la posizione di commessa è stata già coperta. Ti auguro il meglio.'],
  [
    'pl',
    'rejection',
    'Informacja o wyniku naboru',
    'Informuję, że w wyniku naboru na stanowisko referenta ds. kadr wybrany został Pan Jan Nowak, zamieszkały w Lipnie.'
  ],
  // Received, in a small shop's or a job board's words.
  ['nl', 'acknowledgement', 'Re: sollicitatie', 'Uw kandidatuur is goed ontvangen, we bekijken alles na de deadline.'],
  ['da', 'acknowledgement', 'Ansøgning', 'Vi har modtaget din ansøgning og vender tilbage efter ansøgningsfristen.'],
  [
    'pl',
    'acknowledgement',
    'Aplikacja wysłana',
    'Twoja aplikacja na stanowisko magazyniera w firmie Trans-Pol (Łódź) została wysłana do pracodawcy.'
  ],
  // A test told by its task.
  [
    'en',
    'assessment',
    'Re: chef de partie',
    'Come in Tuesday at 2, bring your knives. You will cook two dishes of your choice for me and the owner.'
  ],
  ['en', 'assessment', 'Next step', 'Next we would like you to plan and run a short group activity for the toddlers, about ten minutes.'],
  ['de', 'assessment', 'Probe', 'Komm am Freitag um 15 Uhr in die Küche, nimm deine Messer mit. Du kochst zwei Gerichte.'],
  ['fr', 'assessment', 'Suite', 'Je vous propose une journée en doublure avec notre auxiliaire le lundi 9 novembre.'],
  ['nl', 'assessment', 'BSO', 'Ik wil je vragen om een ochtend mee te draaien op de groep, bijvoorbeeld woensdag.'],
  ['pt', 'assessment', 'Re: empregado', 'Gostei da conversa. Vem fazer o almoço de domingo à experiência.'],
  ['es', 'assessment', 'Colegio', 'Le pedimos que prepare una sesión de 15 minutos para un grupo de Infantil.'],
  // A step named, its date still to come: news, not yet the step.
  ['pt', 'update', 'Concurso', 'Foi admitida ao concurso. A data da prova escrita será oportunamente comunicada.'],
  [
    'en',
    'update',
    'Next round',
    'You are through to the final round, a short presentation to the board; the date will be confirmed in due course.'
  ],
  ['es', 'update', 'Proceso', 'Has superado la primera fase. La fecha de la prueba práctica se te comunicará más adelante.'],
  ['nl', 'update', 'Tweede ronde', 'Je gaat door naar de volgende ronde met een praktijkopdracht; de datum volgt nog.'],
  // An offer told by its logistics.
  ['en', 'offer', 'Re: line cook', 'Your start date would be Monday 7 December, £12.50 an hour as we said. Contract to follow.'],
  ['sv', 'offer', 'Hej igen', 'Du kan börja måndag 9 november, lön enligt avtalet vi pratade om. Säg till senast fredag.'],
  ['pt', 'offer', 'Deu certo', 'Deu tudo certo! O seu início seria dia 2/11, salário conforme combinado.'],
  ['es', 'offer', 'Ingreso', 'Te esperamos el lunes 2 para tu ingreso a las 9. Sueldo base como te expliqué.'],
  ['fr', 'offer', 'Bonne nouvelle', "On aimerait t'avoir dans l'équipe. Je peux t'offrir 21 $/h et tu pourrais commencer le lundi 16."]
]

describe('quiet writers: what training-21 taught, in our own sentences', () => {
  it.each(CASES)('%s: %s — %s', (_language, category, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true })
    expect(result.category, result.reasons.join(' | ')).toBe(category)
  })
})

describe('what must stay as it was', () => {
  const notTracked = (subject: string, text: string, address: string) => byRules(mail(subject, text, address), {})

  it('a gym asking to pop in and meet the trainers stays unrelated', () => {
    const result = notTracked(
      'Your free week',
      'Pop in on Thursday and meet the trainers, your first class is free!',
      'hello@fitgym.example'
    )
    expect(result.category === 'unrelated' || result.confidence < 0.8).toBe(true)
  })
  it("a bank's new job offer card stays unrelated", () => {
    const result = notTracked(
      'Got a new job offer?',
      'Congratulations on your new job! Your start date would be a great time to open a salary account.',
      'news@bank.example'
    )
    expect(['offer', 'rejection'].includes(result.category) && result.confidence >= 0.8).toBe(false)
  })
  it('a friend asking how the drop-in went is no interview', () => {
    const result = notTracked(
      'how did it go',
      'Did you swing by the bakery to meet the crew in the end? Tell me everything!',
      'jo@friends.example'
    )
    expect(result.category === 'unrelated' || result.confidence < 0.8).toBe(true)
  })
  it("a school's parent-teacher interviews are no job step, whatever the body calls them", () => {
    const result = byRules(
      mail(
        'Parent-Teacher Interviews: book your slot',
        'Please book a 10-minute interview with your child’s teacher on Tuesday.',
        'office@school.example'
      ),
      {}
    )
    expect(result.category).toBe('unrelated')
  })
  it("a bank's pre-approved card, however it says job offer, is unrelated", () => {
    for (const text of [
      'Congrats on the new job! You are pre-approved for the Cashback Visa card, our best job offer yet. Accept your offer now.',
      '¡Enhorabuena por tu nuevo trabajo! Tienes una tarjeta de crédito preaprobada: acepta tu oferta hoy.'
    ]) {
      const result = notTracked('Your offer', text, 'offers@bank.example')
      expect(result.category, text).toBe('unrelated')
    }
  })
  it('a Norwegian hiring system’s receipt is an acknowledgement, though filed nowhere', () => {
    const result = notTracked(
      'Bekreftelse på mottatt søknad',
      'Takk for din søknad på stillingen som butikkmedarbeider. Vi har mottatt søknaden din og tar kontakt etter søknadsfristen.',
      'noreply@webcruiter.no'
    )
    expect(result.category).toBe('acknowledgement')
  })
  it('an interview with its day stays an interview when only the details follow', () => {
    const text = 'We would like to invite you to interview on Tuesday 3 November at 10:00. Parking details will be sent separately.'
    expect(byRules(mail('Interview', text), { relatedToApplication: true }).category).toBe('interview_request')
  })
  it('a post to be filled later is no rejection', () => {
    for (const text of [
      'När tjänsten är tillsatt meddelar vi alla sökande.',
      'Når stillingen er besatt, får alle søkere beskjed.',
      'If the position has been filled by then, we will keep your CV.'
    ]) {
      const result = byRules(mail('Ansökan', text), { relatedToApplication: true })
      expect(result.category === 'rejection' && result.confidence >= 0.8, text).toBe(false)
    }
  })
  it('a first day alone, without pay, is never a sure offer', () => {
    const result = byRules(mail('Schedule', 'You could start on Monday with the online induction module if you like.'), {
      relatedToApplication: true
    })
    expect(result.category === 'offer' && result.confidence >= 0.8).toBe(false)
  })
})
