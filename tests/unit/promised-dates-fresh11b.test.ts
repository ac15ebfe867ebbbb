/**
 * Promised dates, round 11b (issue 11, helper dates11, 5 Dec 2026): the second group of causes found in training-20,
 * written here in new sentences (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00,
 * unless a group says otherwise. This week = 2..8 Nov; next week = 9..15 Nov; the week after = 16..22 Nov.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { checkRespondBy, replyMail } from '../support/promised-dates'

const check = checkRespondBy

describe('a month that has just passed, named without a year, is the past (a broken promise), not next year', () => {
  check([
    ["I'm sorry we didn't get back to you by the end of September as promised.", null, null],
    [
      'Apologies that we missed the end of October we had promised. You will hear from me by Friday 13th at the latest.',
      '2026-11-13',
      '2026-11-13'
    ],
    ['We will decide in early January.', '2027-01-01', '2027-01-10']
  ])
})

describe('"the week after half-term", "the week after Sinterklaas": the week after the break or holiday itself', () => {
  check(
    [
      ['I will be in touch with all applicants in the week after half term.', '2026-11-06', '2026-11-06'],
      ['We will let you know during the week after half-term.', '2026-11-06', '2026-11-06']
    ],
    '2026-10-21T09:00:00Z',
    60
  )
})

describe('keeping or deleting the documents after some months is no promise of an answer', () => {
  check([
    ['Ihre Unterlagen löschen wir nach sechs Monaten gemäß DSGVO.', null, null],
    ['We will delete your application data after 6 months.', null, null],
    ['Conservaremos su currículum durante 12 meses.', null, null]
  ])
})

/** One test per sentence: the candidate's deadline read from the reply. */
function checkDeadline(cases: Array<[text: string, deadline: string | null]>): void {
  it.each(cases)('%s', (text, deadline) => {
    expect(extractFacts(replyMail(text)).candidateDeadline).toBe(deadline)
  })
}

describe('an invitation to a day is no deadline; the day the candidate must answer by is', () => {
  checkDeadline([
    ['Por favor, te invitamos a una entrevista el miércoles 18 de noviembre. Confírmame antes del lunes.', '2026-11-09'],
    ['Per favore, ti invitiamo a un colloquio mercoledì 18 novembre.', null],
    ['Ik nodig je uit voor een gesprek op woensdag 18 november. Laat je me uiterlijk maandag weten of dat lukt?', '2026-11-09'],
    ['Wir laden Sie gern am Mittwoch, 18. November, zum Gespräch ein. Geben Sie mir bitte bis Montag Bescheid.', '2026-11-09']
  ])
})

describe('"mañana o pasado", "Monday or Tuesday" as the candidate\'s limit: the range\'s end', () => {
  checkDeadline([
    ['Confírmame mañana o pasado si te viene bien, por favor.', '2026-11-07'],
    ['Please let me know on Monday or Tuesday whether that suits you.', '2026-11-10']
  ])
})

describe('"we need … from you" by a day: the candidate\'s deadline', () => {
  checkDeadline([
    ['Für den Vertrag brauche ich bis zum 20. November noch folgende Unterlagen von Ihnen.', '2026-11-20'],
    ['Vi trenger svar fra deg innen mandag.', '2026-11-09']
  ])
})

describe('"you have until … to", "masz 48 godzin", "è invitata a comunicare … entro": the candidate\'s limit', () => {
  checkDeadline([
    ['Você tem até 10/11 às 23h59 para realizá-lo.', '2026-11-10'],
    ['Tienes hasta el 10/11 para hacerla.', '2026-11-10'],
    ['Masz 48 godzin na przesłanie rozwiązania.', '2026-11-07'],
    ['Masz na to 48 godzin od otrzymania maila.', '2026-11-07'],
    ['La S.V. è invitata a comunicare la propria disponibilità entro lunedì 9 novembre.', '2026-11-09'],
    ['Vous êtes invité à confirmer votre présence avant le 9 novembre.', '2026-11-09']
  ])
})

describe('"that week", "the week after" count from the event named before, not from the candidate\'s limit between', () => {
  check([
    [
      'We would like to see you for an assessment day on Wednesday 18 November. Please confirm by Monday 9 November. We will let everyone know by the end of that week.',
      '2026-11-20',
      '2026-11-20'
    ],
    [
      'A entrevista é na quarta-feira, dia 18. Confirme até dia 10/11, por favor. Daremos uma resposta na semana seguinte.',
      '2026-11-23',
      '2026-11-27'
    ],
    ['Please send the exercise back by Friday 13 November. We will get back to you the week after.', '2026-11-16', '2026-11-20']
  ])
})
