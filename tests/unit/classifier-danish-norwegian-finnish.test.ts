/**
 * Danish, Norwegian and Finnish hiring mail (issue 11, helper dates11): training-20 held a dozen, and the rules read
 * none of them (a Danish interview invitation, a Norwegian offer, a Finnish interview request filed as updates). These
 * sentences were written for this test before the phrases that read them, in other words than the corpus mail; each
 * is a mail filed on its application. And a Swedish "kommer inte att gå vidare med din ansökan".
 */
import { describe, expect, it } from 'vitest'
import { byRules } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string) =>
  mailMessage({ date: '2026-11-10T09:00:00Z', from: { name: 'Rekruttering', address: 'hr@employer.example' }, subject, text })

const CASES: Array<[string, MessageCategory, string, string]> = [
  [
    'da',
    'acknowledgement',
    'Din ansøgning',
    'Kære Anna. Tak for din ansøgning til stillingen som pædagog. Vi har modtaget din ansøgning og vender tilbage efter ansøgningsfristen.'
  ],
  [
    'da',
    'interview_request',
    'Samtale',
    'Hej Anna, vi vil gerne invitere dig til en samtale onsdag den 18. november kl. 10 på kontoret. Passer det?'
  ],
  [
    'da',
    'rejection',
    'Vedrørende din ansøgning',
    'Hej Anna, tak for din interesse. Vi har valgt at ansætte en anden kandidat. Held og lykke fremover.'
  ],
  [
    'da',
    'offer',
    'Tilbud',
    'Hej Anna! Vi vil gerne tilbyde dig en fast stilling som tømrerlærling fra 1. januar. Kontrakten kommer med posten.'
  ],
  [
    'nb',
    'acknowledgement',
    'Søknad mottatt',
    'Hei Anna, takk for søknaden din. Vi har mottatt søknaden og tar kontakt etter søknadsfristen.'
  ],
  [
    'nb',
    'interview_request',
    'Intervju',
    'Hei Anna, vi vil gjerne innkalle deg til et jobbintervju tirsdag 17. november kl. 13 hos oss i Tromsø.'
  ],
  ['nb', 'offer', 'Tilbud om stilling', 'Hei Anna! Jeg har gleden av å tilby deg stillingen som barnehagelærer i 100 % fra januar.'],
  [
    'fi',
    'acknowledgement',
    'Hakemuksesi',
    'Hei Anna, kiitos hakemuksestasi. Olemme vastaanottaneet hakemuksesi ja palaamme asiaan haun päätyttyä.'
  ],
  [
    'fi',
    'interview_request',
    'Haastattelu',
    'Hei Anna, haluaisimme kutsua sinut haastatteluun ensi viikolla. Sopisiko sinulle tiistai kello 10?'
  ],
  ['fi', 'rejection', 'Hakemuksesi', 'Hei Anna, kiitos kiinnostuksestasi. Valitettavasti valinta ei tällä kertaa kohdistunut sinuun.'],
  [
    'sv',
    'rejection',
    'Din ansökan',
    'Hej Anna, tack för ditt intresse. Vi kommer inte att gå vidare med din ansökan i den här rekryteringen.'
  ]
]

describe('Danish, Norwegian and Finnish hiring mail', () => {
  it.each(CASES)('%s %s: %s', (_, category, subject, text) => {
    const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Copenhagen' })
    expect(result.category, result.reasons.join('; ')).toBe(category)
  })
})
