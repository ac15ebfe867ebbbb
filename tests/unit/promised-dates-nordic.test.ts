/**
 * Promised dates in Danish, Norwegian and Finnish (issue 11, helper dates11, 5 Dec 2026): the cause found in the
 * blind-written training batch 20, where every Danish, Norwegian and Finnish promise was read as no timeline at all.
 * Written here in new sentences (none is a corpus sentence), each window set before the run. Against one mail:
 * Thursday, Nov 5 2026, 10:00 +01:00. This week = 2..8 Nov; next week = 9..15 Nov; the week after = 16..22 Nov.
 */
import { describe, expect, it } from 'vitest'
import { extractFacts } from '../../src/shared/core/facts'
import { checkRespondBy, replyMail } from '../support/promised-dates'

const check = checkRespondBy

describe('Danish: "inden for 10 dage", "i løbet af uge 47", "senest fredag", "i slutningen af næste uge"', () => {
  check([
    ['Vi vender tilbage med et svar inden for 10 dage.', '2026-11-15', '2026-11-15'],
    ['Vi giver dig besked i løbet af uge 47.', '2026-11-20', '2026-11-20'],
    ['Du får svar senest fredag.', '2026-11-06', '2026-11-06'],
    ['Vi regner med at give dig svar i slutningen af næste uge.', '2026-11-13', '2026-11-13'],
    ['Du hører fra mig inden udgangen af måneden.', '2026-11-30', '2026-11-30'],
    ['Du får besked om fire uger.', '2026-12-03', '2026-12-03']
  ])
})

describe('Norwegian: "innen utgangen av neste uke", "i løpet av uke 48", "senest tirsdag", "innen tre uker"', () => {
  check([
    ['Du får tilbakemelding fra oss innen utgangen av neste uke.', '2026-11-13', '2026-11-13'],
    ['Vi gir deg svar i løpet av uke 48.', '2026-11-27', '2026-11-27'],
    ['Du hører fra meg senest tirsdag.', '2026-11-10', '2026-11-10'],
    ['Vi tar kontakt med deg innen tre uker.', '2026-11-26', '2026-11-26'],
    ['Du får svar i begynnelsen av desember.', '2026-12-01', '2026-12-10']
  ])
})

describe('Finnish: the part after the month or week ("joulukuun alussa", "ensi viikon lopussa"), "perjantaihin mennessä"', () => {
  check([
    ['Ilmoitamme valinnasta joulukuun alussa.', '2026-12-01', '2026-12-10'],
    ['Saat vastauksen ensi viikon lopussa.', '2026-11-13', '2026-11-13'],
    ['Kerromme päätöksestä perjantaihin mennessä.', '2026-11-06', '2026-11-06'],
    ['Ilmoitamme tuloksista viikolla 48.', '2026-11-27', '2026-11-27'],
    ['Palaamme asiaan kahden viikon kuluessa.', '2026-11-19', '2026-11-19'],
    ['Ilmoitamme päätöksestä joulukuun puolivälissä.', '2026-12-15', '2026-12-15']
  ])
})

/** One test per sentence: the candidate's deadline read from the reply. */
function checkDeadline(cases: Array<[text: string, deadline: string | null, respondBy: string | null]>): void {
  it.each(cases)('%s', (text, deadline, respondBy) => {
    const facts = extractFacts(replyMail(text))
    expect(facts.candidateDeadline).toBe(deadline)
    expect(facts.respondBy).toBe(respondBy)
  })
}

describe('the candidate asked to answer by a day in Danish, Norwegian, Finnish and Swedish: a deadline, not a promise', () => {
  checkDeadline([
    ['Bekræft venligst senest onsdag, om tidspunktet passer.', '2026-11-11', null],
    ['Vi trenger ditt svar innen mandag.', '2026-11-09', null],
    ['Kerrothan torstaihin mennessä, sopiiko aika.', '2026-11-12', null],
    ['Jag behöver ditt svar senast tisdag 10/11.', '2026-11-10', null],
    ['Du bedes sende den underskrevne kontrakt senest 13.11.', '2026-11-13', null]
  ])
})

describe('a day.month date then a capitalised "we"/"I" ends the sentence: the ask and the promise are read apart', () => {
  checkDeadline([
    ['Du bedes bekræfte tiden senest mandag d. 16.11. Vi giver alle svar i løbet af uge 48.', '2026-11-16', '2026-11-27'],
    ['Bitte bestätigen Sie den Termin bis 12.11. Wir melden uns danach bis Ende November.', '2026-11-12', '2026-11-30']
  ])
})
