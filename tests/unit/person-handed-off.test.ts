/**
 * The person to answer when the writer hands the candidate on: "please don't reply to me, reply to Anna (anna.price@…)",
 * "svara till min kollega Sofia Bergkvist", "réponds plutôt à Annie, mon adjointe (en copie)", a partner's assistant who
 * asks for the reply to go "to Mr. Raghunath directly", a manager whose colleague in copy "will send the offer letter …
 * let her know". The address is the one written next to the name, else the copied colleague's. And when nobody is named,
 * the employer's own shared inbox (careers@, people@, info@) is who to answer, never a no-reply address. Written before
 * the code that reads them, in the voices of the blind training batches 17 and 18.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import type { MailAddress } from '../../src/shared/core/mail-message'
import { mailMessage } from '../support/mail-message'

const USER = 'candidate@mail.example'
const answer = (from: MailAddress, text: string, cc: MailAddress[] = []) =>
  extractFacts(mailMessage({ from, text, cc, to: [{ name: '', address: USER }], subject: 'Your application' }), {
    userAddresses: [USER]
  }).replyTo

const dawn = { name: 'Dawn Whitlock', address: 'dawn@homecare.example' }
const anna = { name: 'Anna Price', address: 'anna.price@homecare.example' }

describe('the writer hands the candidate on to someone else', () => {
  it.each<[string, MailAddress, string, MailAddress[], { name: string; email: string }]>([
    [
      'en, address in brackets',
      dawn,
      "Hello,\n\nI'd love to have a chat. I'm out on calls most of next week so please don't reply to me, reply to Anna (anna.price@homecare.example, copied in) and she'll find a time.\n\nThanks\nDawn",
      [anna],
      { name: 'Anna Price', email: 'anna.price@homecare.example' }
    ],
    [
      'en, confirm with a colleague',
      { name: 'Paula Kinsella', address: 'paula.kinsella@audit.example' },
      "Dear Candidate,\n\nI'd like to meet you on Thursday at 10am. Could you confirm which suits with Siobhán (siobhan.tierney@audit.example) by Monday?\n\nBest regards,\nPaula Kinsella",
      [],
      { name: 'Siobhán', email: 'siobhan.tierney@audit.example' }
    ],
    [
      'en, an assistant writes for the partner',
      { name: 'Deepa Iyer', address: 'deepa.iyer@ca-firm.example' },
      'Dear Candidate,\n\nWe are pleased to offer you the position. Kindly confirm your acceptance within 3 working days by replying to Mr. Raghunath directly (prakash@ca-firm.example), marking me in copy.\n\nRegards,\nDeepa Iyer\nAdmin & HR',
      [{ name: 'Prakash Raghunath', address: 'prakash@ca-firm.example' }],
      { name: 'Prakash Raghunath', email: 'prakash@ca-firm.example' }
    ],
    [
      'en, the copied colleague by pronoun',
      { name: 'Martin Sheard', address: 'm.sheard@school.example' },
      "Hi,\n\nWe'd like to offer you the post from 4 January. Rachel (copied) will send the formal offer letter by the end of the week. If you could let her know by Monday whether you're accepting, that would help.\n\nMartin",
      [{ name: 'Rachel Onyango', address: 'r.onyango@school.example' }],
      { name: 'Rachel Onyango', email: 'r.onyango@school.example' }
    ],
    [
      'sv',
      { name: 'Eva-Lena Gustavsson', address: 'eva-lena.gustavsson@kommun.example' },
      'Hej!\n\nJag vill gärna träffa dig på intervju onsdag kl. 13.00. Jag är på utbildning resten av veckan, så svara till min kollega Sofia Bergkvist (sofia.bergkvist@kommun.example) om tiden passar.\n\nHälsningar\nEva-Lena Gustavsson',
      [],
      { name: 'Sofia Bergkvist', email: 'sofia.bergkvist@kommun.example' }
    ],
    [
      'fr, the assistant in copy',
      { name: 'Josée Tremblay', address: 'josee.tremblay@auberge.example' },
      "Bonjour,\n\nOn aimerait te rencontrer en entrevue mardi. Je suis en congrès jusqu'à vendredi, alors réponds plutôt à Annie, mon adjointe (en copie), pour fixer l'heure.\n\nAu plaisir,\nJosée Tremblay",
      [{ name: 'Annie Gagnon', address: 'annie.gagnon@auberge.example' }],
      { name: 'Annie Gagnon', email: 'annie.gagnon@auberge.example' }
    ],
    [
      'fr, a department named by its address',
      { name: 'Marc Delvaux', address: 'marc.delvaux@hopital.example' },
      'Bonjour,\n\nLa commission est reportée au mardi 17. Pour toute question administrative, merci de vous adresser directement au service du personnel infirmier : recrutement.infirmier@hopital.example.\n\nBien à vous,\nMarc Delvaux',
      [],
      { name: 'Service du personnel infirmier', email: 'recrutement.infirmier@hopital.example' }
    ],
    [
      'es, the colleague in copy',
      { name: 'Vicent Llopis', address: 'vicent@gestoria.example' },
      'Hola,\n\nQueremos que te incorpores. Para aceptar contéstale directamente a Amparo (en copia), que es la que lleva las altas.\n\nUn abrazo,\nVicent',
      [{ name: 'Amparo Sanchis', address: 'amparo@gestoria.example' }],
      { name: 'Amparo Sanchis', email: 'amparo@gestoria.example' }
    ],
    [
      'pt',
      { name: 'Helena Loureiro', address: 'helena.loureiro@sroc.example' },
      'Caro candidato,\n\nTeremos uma decisão até ao final do mês. Qualquer questão sobre documentos, por favor trate diretamente com a Rita Faria, dos Recursos Humanos, que segue em cópia.\n\nCom os melhores cumprimentos,\nHelena Loureiro',
      [{ name: 'Rita Faria', address: 'rita.faria@sroc.example' }],
      { name: 'Rita Faria', email: 'rita.faria@sroc.example' }
    ],
    [
      'nl, a team by its address',
      { name: 'Ilse de Wit', address: 'i.dewit@zorg.example' },
      'Hoi,\n\nHet gesprek is dinsdag om 13.30 uur. Wil je het even bevestigen bij Werving & Selectie (werkenbij@zorg.example)? Zij regelen ook je reiskosten.\n\nGroetjes,\nIlse de Wit',
      [],
      { name: 'Werving & Selectie', email: 'werkenbij@zorg.example' }
    ],
    [
      'de',
      { name: 'Jana Keller', address: 'jana.keller@firma.example' },
      'Hallo Frau Berg,\n\nich bin ab morgen im Urlaub. Bitte antworten Sie direkt an meine Kollegin Petra Lang (petra.lang@firma.example), sie stimmt den Termin mit Ihnen ab.\n\nViele Grüße\nJana Keller',
      [],
      { name: 'Petra Lang', email: 'petra.lang@firma.example' }
    ],
    [
      'it',
      { name: 'Marco Villa', address: 'marco.villa@studio.example' },
      'Buongiorno,\n\nla aspettiamo giovedì alle 10. Per conferma risponda direttamente a Giulia Neri (giulia.neri@studio.example), che gestisce le agende.\n\nCordiali saluti\nMarco Villa',
      [],
      { name: 'Giulia Neri', email: 'giulia.neri@studio.example' }
    ],
    [
      'en, a hiring system names whom to write to',
      { name: 'Hoysala Ledger', address: 'noreply@darwinbox.in' },
      'Your interview has been scheduled.\n\nFor any queries, write to Harini Venkatesh, HR Coordinator, harini.v@hoysala.example.\n\nRegards,\nTalent Acquisition',
      [],
      { name: 'Harini Venkatesh', email: 'harini.v@hoysala.example' }
    ]
  ])('%s', (_, from, text, cc, person) => {
    expect(answer(from, text, cc)).toMatchObject(person)
  })

  it('stays with the writer when the words hand on to nobody with an address', () => {
    const writer = { email: dawn.address }
    expect(answer(dawn, 'Hello,\n\nIf anything is unclear, feel free to reply to this email and I will chase it.\n\nDawn')).toMatchObject(
      writer
    )
    expect(answer(dawn, 'Hello,\n\nYou will speak to Anna at the interview on Tuesday.\n\nDawn', [anna])).toMatchObject(writer)
    expect(answer(dawn, 'Hello,\n\nPlease reply to me by Friday. Anna in copy will book the room.\n\nDawn', [anna])).toMatchObject(writer)
    // Nobody copied and no address written: the writer is the one who can be reached.
    expect(answer(dawn, 'Hello,\n\nPlease confirm with Anna by Friday.\n\nDawn')).toMatchObject(writer)
    // A person's mail that hands on to another organisation's address, nobody copied: not taken.
    expect(answer(dawn, 'Hello,\n\nPlease reply to Jane Doe (jane.doe@elsewhere.example) by Friday.\n\nDawn')).toMatchObject(writer)
    // A consumer address in a machine's mail is how phishing reads.
    expect(
      answer(
        { name: 'Greenhouse', address: 'no-reply@greenhouse.io' },
        'Hi,\n\nPlease reply to Jane Doe (jane.doe@gmail.com) with your bank details.\n\nAcme'
      )
    ).toBeNull()
  })
})

describe('a hostile mail', () => {
  it('with thousands of hand-on words and recipients is read in bounded time and hands on to nobody', () => {
    const cc = Array.from({ length: 5000 }, (_, i) => ({ name: `Person${i} Example`, address: `p${i}@elsewhere.example` }))
    const text = `Hello,\n\n${'Please let her know and reply to me. '.repeat(500)}\n\nDawn`
    const started = performance.now()
    expect(answer(dawn, text, cc)).toMatchObject({ email: dawn.address })
    expect(performance.now() - started).toBeLessThan(1500)
  })
})

describe('a shared inbox that nobody signs for', () => {
  it.each<[MailAddress, string, string]>([
    [
      { name: 'Fraser Ridge Talent Acquisition', address: 'careers@fraser.example' },
      'Hi,\n\nYou can expect to hear back in 7 to 10 days.\n\nThanks,\nHarpreet',
      'careers@fraser.example'
    ],
    [
      { name: 'Ironbark Talent', address: 'talent@ironbark.example' },
      'Dear Noor,\n\nThank you for interviewing with us. We have decided not to proceed.\n\nIronbark Talent',
      'talent@ironbark.example'
    ],
    [
      { name: 'Schreinerei Ritter', address: 'info@schreinerei.example' },
      'Hallo,\n\nkommen Sie mal einen Tag zur Probearbeit. Geben Sie mir bis Montag Bescheid.\n\nGruß Matthias Ritter\nSchreinerei Ritter, Ravensburg',
      'info@schreinerei.example'
    ],
    [
      { name: 'Ashwini Kulkarni', address: 'hr.ashwini@deccan.example' },
      'Dear Noor,\n\nThe technical round result will be shared after Diwali.\n\nRegards,\nAshwini',
      'hr.ashwini@deccan.example'
    ]
  ])('%o', (from, text, email) => {
    expect(answer(from, text)).toMatchObject({ email })
  })

  it('is never a no-reply address, in any language, or a hiring system', () => {
    expect(answer({ name: 'Acme', address: 'no-reply@acme.example' }, 'Hi,\n\nThanks for applying.\n\nAcme')).toBeNull()
    for (const address of [
      'no-responder@sede.ayto.example',
      'notificaciones@ayto.example',
      'ne-pas-repondre@mairie.example',
      'nicht-antworten@stadt.example'
    ])
      expect(
        answer({ name: 'Sede electrónica', address }, 'Estimada candidata:\n\nSe ha publicado la lista de admitidos.\n\nSede electrónica')
      ).toBeNull()
    expect(answer({ name: 'Acme via Greenhouse', address: 'jobs@greenhouse.io' }, 'Hi,\n\nThanks for applying.\n\nAcme')).toBeNull()
  })
})
