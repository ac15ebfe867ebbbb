/**
 * Promised dates, round 11 (issue 11, helper dates11, 5 Dec 2026): one group per cause found in the blind-written
 * training batch 20, each written here in new sentences (none is a corpus sentence) in several languages, with its
 * window set before the run. Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov; the week after = 16..22 Nov.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { checkRespondBy } from '../support/promised-dates'
import { mailMessage } from '../support/mail-message'

const check = checkRespondBy

describe('a day-month date with a dash after a limit word ("vóór 18-11"); "1-2 weken" stays a span', () => {
  check([
    ['Je hoort uiterlijk 18-11 van ons.', '2026-11-18', '2026-11-18'],
    ['Na het gesprek hoor je vóór 20-11 of je door bent.', '2026-11-20', '2026-11-20'],
    ['Binnen 1-2 weken hoor je van ons.', '2026-11-19', '2026-11-19']
  ])
})

describe('a weekday followed by its date ("Mittwoch, 18.11.", "quarta que vem, dia 18"): the date says which', () => {
  check([
    ['Ich melde mich bis Mittwoch, 18.11., mit einem Termin.', '2026-11-18', '2026-11-18'],
    ['Vi vender tilbage onsdag 18.11. med en afklaring.', '2026-11-18', '2026-11-18'],
    ['Te dou retorno na quarta que vem, dia 18.', '2026-11-18', '2026-11-18'],
    ['Te aviso el jueves que viene, día 19.', '2026-11-19', '2026-11-19'],
    ['Sie hören am Montag bis 18:00 Uhr von uns.', '2026-11-09', '2026-11-09']
  ])
})

describe('the results made known on a day ("los resultados se darán a conocer", "i risultati", "de resultaten")', () => {
  check([
    ['Los resultados se darán a conocer el viernes 13.', '2026-11-13', '2026-11-13'],
    ['I risultati saranno comunicati entro venerdì 13 novembre.', '2026-11-13', '2026-11-13'],
    ['De resultaten volgen uiterlijk vrijdag 13 november.', '2026-11-13', '2026-11-13']
  ])
})

describe('"have something for you by…": a promise of an answer', () => {
  check([
    ['Hope to have something for you by the end of the month.', '2026-11-30', '2026-11-30'],
    ['We should have something to share with you by Friday.', '2026-11-06', '2026-11-06']
  ])
})

describe('an on-call allowance and a start date are no promise', () => {
  check([
    ['Pay is £28,000 plus an on-call allowance, start date 11 January.', null, null],
    ['Vi kan meddela att vi erbjuder dig tjänsten med start 11 januari.', null, null],
    ['Wir freuen uns, Ihnen mitzuteilen, dass Sie die Stelle bekommen, Arbeitsbeginn am 1. Februar.', null, null]
  ])
})

describe('French "je vous rappelle d\'ici lundi" is a call back; "je vous rappelle que…" a reminder', () => {
  check([
    ["Je vous rappelle d'ici lundi pour vous dire où nous en sommes.", '2026-11-09', '2026-11-09'],
    ['Je vous rappelle que le dossier complet est à envoyer avant vendredi.', null, null]
  ])
})

describe('"te confirmo si", "ti confermo se", "I\'ll confirm whether": confirming whether is a promise', () => {
  check([
    ['Antes del viernes te confirmo si seguimos adelante.', '2026-11-06', '2026-11-06'],
    ['Ti confermo entro lunedì se andiamo avanti.', '2026-11-09', '2026-11-09'],
    ['Te confirmo até segunda se avançamos.', '2026-11-09', '2026-11-09']
  ])
})

describe('"we will telephone", "à ce moment-là", "el lunes o el martes", "between Christmas and New Year", Sinterklaas', () => {
  check([
    ['We will telephone the successful applicant by Wednesday.', '2026-11-11', '2026-11-11'],
    ['Le jury se réunit le mardi 10 novembre ; vous aurez notre réponse à ce moment-là.', '2026-11-10', '2026-11-10'],
    ['Te diremos algo el lunes o el martes.', '2026-11-10', '2026-11-10'],
    ['Vous aurez une réponse le lundi ou le mardi.', '2026-11-10', '2026-11-10'],
    ['I will be back to you between Christmas and New Year.', '2026-12-31', '2026-12-31'],
    ['Nous vous répondrons entre Noël et le Nouvel An.', '2026-12-31', '2026-12-31'],
    ['Te contestamos entre Navidad y Año Nuevo.', '2026-12-31', '2026-12-31'],
    ['Ik laat het je weten in de week na Sinterklaas.', '2026-12-07', '2026-12-11'],
    ['Je hoort voor Sinterklaas van ons.', '2026-12-04', '2026-12-04']
  ])
})

describe('a Portuguese Outlook quote ("Enviada em:") is not the writer\'s own promise', () => {
  it('reads the promise above the quote only', () => {
    const facts = extractFacts(
      mailMessage({
        date: '2026-11-05T09:00:00Z',
        dateOffsetMinutes: -180,
        from: { name: 'Rui Paiva', address: 'rui.paiva@employer.example' },
        subject: 'RE: Vaga',
        text:
          'Bom dia,\n\nObrigado pela conversa. Te retorno na sexta.\n\nAtt.,\nRui\n\n' +
          'De: candidate@mail.example\nEnviada em: quarta-feira, 4 de novembro de 2026 18:02\nPara: Rui Paiva\nAssunto: Vaga\n\n' +
          'Rui, fico no aguardo do retorno até terça.'
      })
    )
    expect(facts.respondBy).toBe('2026-11-06')
  })
})
