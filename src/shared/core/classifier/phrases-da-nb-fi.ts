/**
 * Danish, Norwegian and Finnish phrasing of hiring mail, as phrases-pl-sv.ts does for Polish and Swedish: read on every
 * mail, gated by their words; weights as in phrases-en.ts. Danish and Norwegian share most words ("ansøgning"/"søknad",
 * "samtale", "stilling"), so one pattern often covers both. Only the plain shapes of each step, not every voice.
 */
import { definePhrases } from './types'

const danishNorwegian = definePhrases('any', {
  acknowledgement: [
    // As English "thank you for your application": a hint, since people who answer by hand say it too.
    [2.5, 'tak for din ansøgning|takk for (?:din )?søknad(?:en)?(?: din)?'],
    [4, '(?:vi har|har vi) (?:nu )?(?:modtaget|mottatt|fået|fått) (?:din|jeres) (?:ansøgning|søknad)']
  ],
  interview_request: [
    [
      4,
      '(?:vil|ville) (?:gerne|gjerne) (?:invitere|indkalde|innkalle) (?:dig|deg) til (?:en )?(?:samtale|jobsamtale|jobbintervju|intervju)'
    ],
    [4, '(?:invitere|indkalde|innkalle)r? (?:dig|deg) til (?:en |et )?(?:samtale|jobsamtale|jobbintervju|intervju|ansættelsessamtale)'],
    [3, 'jobsamtale|ansættelsessamtale|jobbintervju']
  ],
  assessment: [[4, 'arbejdsprøve|arbeidsprøve|personlighedstest|personlighetstest|logisk test|case-opgave|caseoppgave']],
  rejection: [
    [4, '(?:valgt|besluttet) at (?:tage|ansætte|gå videre med|ta|ansette) (?:en )?(?:anden|annen|andre|en lærling|en kandidat)'],
    [4, '(?:du er|du blev|du ble) (?:desværre |dessverre )?ikke (?:gået|gått) videre', 'none'],
    [4, 'stillingen er (?:nu |nå )?(?:blevet |blitt )?besat|stillingen er (?:nu |nå )?(?:blevet |blitt )?besatt'],
    [2.5, 'held og lykke (?:med|fremover)|lykke til (?:videre|fremover|med)'],
    [0.8, 'desværre|dessverre|beklager']
  ],
  offer: [
    [
      4,
      '(?:vil|ville) (?:gerne |gjerne )?tilbyde? (?:dig|deg) (?:en |et )?(?:fast |midlertidig )?(?:stilling|job|jobb|ansættelse|ansettelse)'
    ],
    [4, '(?:har gleden av|glæde at|glede av) (?:å |at )?tilby(?:de)? (?:dig|deg)'],
    [4, 'ansættelseskontrakt|arbeidskontrakt|ansettelseskontrakt']
  ]
})

const finnish = definePhrases('any', {
  acknowledgement: [
    [2.5, 'kiitos hakemuksestasi|kiitos (?:kun )?(?:hait|haitte)'],
    [4, '(?:olemme )?vastaanottaneet hakemuksesi|hakemuksesi on vastaanotettu']
  ],
  interview_request: [
    [4, '(?:kutsua|kutsumme|kutsun) (?:sinut )?(?:haastatteluun|työhaastatteluun)'],
    [4, 'haluaisimme (?:jutella|keskustella) (?:lisää|kanssasi)|sopisiko (?:sinulle )?(?:jokin )?(?:näistä )?(?:ajoista|aika)'],
    [3, 'työhaastattelu\\p{L}*']
  ],
  rejection: [
    [4, 'valinta ei (?:tällä kertaa )?kohdistunut sinuun', 'none'],
    [4, 'olemme valinneet (?:tehtävään )?(?:toisen|toisen hakijan|toisen henkilön)'],
    [4, '(?:tehtävään |paikkaan )?on valittu toinen (?:hakija|henkilö)'],
    [0.8, 'valitettavasti']
  ],
  offer: [
    [4, '(?:haluan|haluaisin|haluamme|haluaisimme) tarjota (?:sinulle )?(?:[\\p{L}-]+ )?(?:paikkaa|tehtävää|työpaikkaa|vakituista|työtä)']
  ]
})

export const DANISH_NORWEGIAN_FINNISH_PHRASES = [...danishNorwegian, ...finnish]
