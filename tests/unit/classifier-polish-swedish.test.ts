/**
 * Polish and Swedish hiring mail (job seekers in Poland and Sweden, and Poles and Swedes applying abroad). The text model
 * had seen three such mails (training-16) and the rules none, so a Polish rejection read as an update. These sentences
 * were written for this test before the phrases that read them, in the registers of a warehouse, a hospital, a school,
 * a municipality and an accounting firm; each is a mail filed on its application.
 */
import { describe, expect, it } from 'vitest'
import { byRules } from '../../src/shared/core/classifier'
import type { MessageCategory } from '../../src/shared/model'
import { mailMessage } from '../support/mail-message'

const mail = (subject: string, text: string) =>
  mailMessage({ date: '2026-11-10T09:00:00Z', from: { name: 'Rekrutacja', address: 'hr@employer.example' }, subject, text })

const POLISH: Array<[MessageCategory, string, string]> = [
  [
    'acknowledgement',
    'Potwierdzenie otrzymania aplikacji',
    'Dzień dobry, dziękujemy za przesłanie aplikacji na stanowisko magazyniera. Otrzymaliśmy Pani CV i skontaktujemy się tylko z wybranymi osobami.'
  ],
  [
    'acknowledgement',
    'Twoja aplikacja',
    'Cześć Anna, potwierdzamy otrzymanie Twojego zgłoszenia na stanowisko księgowej. Odezwiemy się w ciągu dwóch tygodni.'
  ],
  [
    'interview_request',
    'Zaproszenie na rozmowę',
    'Dzień dobry, zapraszamy Panią na rozmowę kwalifikacyjną w czwartek 19 listopada o godzinie 10:00 w naszym biurze przy ul. Długiej 5. Proszę o potwierdzenie.'
  ],
  [
    'interview_request',
    'Rozmowa rekrutacyjna',
    'Pani Anno, chcielibyśmy zaprosić Panią na spotkanie rekrutacyjne. Czy pasowałby Pani wtorek o 14:00?'
  ],
  [
    'assessment',
    'Zadanie rekrutacyjne',
    'Dzień dobry, kolejnym etapem jest zadanie rekrutacyjne. Prosimy o wykonanie testu kompetencyjnego do piątku, link poniżej.'
  ],
  [
    'rejection',
    'Informacja o rekrutacji',
    'Dzień dobry, dziękujemy za udział w rekrutacji. Niestety zdecydowaliśmy się kontynuować proces z innym kandydatem. Życzymy powodzenia.'
  ],
  ['rejection', 'Odpowiedź', 'Pani Anno, po analizie zgłoszeń informujemy, że nie została Pani zakwalifikowana do kolejnego etapu.'],
  [
    'offer',
    'Oferta pracy',
    'Pani Anno, z przyjemnością chcielibyśmy zaproponować Pani zatrudnienie na stanowisku pielęgniarki od 1 grudnia. Umowę o pracę prześlemy w przyszłym tygodniu.'
  ],
  [
    'update',
    'Status rekrutacji',
    'Dzień dobry, chciałam tylko dać znać, że proces rekrutacji przedłuża się, ponieważ dyrektor jest na urlopie. Wrócę do Pani z decyzją w przyszłym tygodniu.'
  ]
]

const SWEDISH: Array<[MessageCategory, string, string]> = [
  [
    'acknowledgement',
    'Tack för din ansökan',
    'Hej Anna! Tack för din ansökan till tjänsten som undersköterska. Vi har tagit emot din ansökan och återkommer efter sista ansökningsdag.'
  ],
  [
    'interview_request',
    'Inbjudan till intervju',
    'Hej Anna, vi vill gärna bjuda in dig till en intervju på torsdag den 19 november kl. 10.00 på kommunhuset. Passar det?'
  ],
  ['interview_request', 'Intervju', 'Hej! Välkommen på anställningsintervju hos oss nästa vecka. Kan du tisdag eller onsdag eftermiddag?'],
  [
    'assessment',
    'Arbetsprov',
    'Hej Anna, nästa steg i rekryteringen är ett arbetsprov. Du får länken till testet i ett separat mejl och behöver genomföra det senast fredag.'
  ],
  [
    'rejection',
    'Angående din ansökan',
    'Hej Anna, tack för ditt intresse. Vi har valt att gå vidare med andra kandidater vars erfarenhet bättre matchar tjänsten. Lycka till i ditt fortsatta sökande.'
  ],
  ['rejection', 'Besked', 'Hej, tjänsten är nu tillsatt och du har tyvärr inte gått vidare i processen.'],
  [
    'offer',
    'Erbjudande',
    'Hej Anna! Vi vill gärna erbjuda dig tjänsten som lärare i matematik från januari. Anställningsavtalet skickas till dig i veckan.'
  ],
  ['update', 'Rekryteringen', 'Hej Anna, rekryteringen har dragit ut på tiden eftersom rektorn är sjuk. Vi hör av oss så fort vi vet mer.']
]

describe('Polish and Swedish hiring mail', () => {
  it.each([...POLISH.map((c) => ['pl', ...c] as const), ...SWEDISH.map((c) => ['sv', ...c] as const)])(
    '%s %s: %s',
    (_, category, subject, text) => {
      const result = byRules(mail(subject, text), { relatedToApplication: true, timeZone: 'Europe/Warsaw' })
      expect(result.category, result.reasons.join('; ')).toBe(category)
    }
  )
})
