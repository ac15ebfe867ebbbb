/**
 * Polish and Swedish phrasing of hiring mail (Pani/Pan and ty forms; du and ni). Read on every mail like the other
 * language tables, gated by their words; weights as in phrases-en.ts. Polish "nie" is already a negation word (score.ts),
 * so phrases that carry their own "nie" say so ('none').
 */
import { definePhrases } from './types'

const polish = definePhrases('any', {
  acknowledgement: [
    [4, 'dziękujemy za (?:przesłanie |złożenie |nadesłanie )?(?:aplikacji|zgłoszenia|cv|dokumentów|kandydatury)'],
    [4, '(?:otrzymaliśmy|potwierdzamy otrzymanie) (?:\\p{L}+ )?(?:aplikacj\\p{L}*|zgłoszeni\\p{L}*|cv|dokument\\p{L}*|kandydatur\\p{L}*)'],
    [3, 'skontaktujemy się (?:tylko )?z (?:wybranymi|wybranymi osobami|wybranymi kandydatami)']
  ],
  interview_request: [
    [4, 'zaprasza(?:my|m) (?:\\p{L}+ )?na (?:rozmowę|spotkanie)(?: kwalifikacyjn\\p{L}*| rekrutacyjn\\p{L}*)?'],
    [4, '(?:chcielibyśmy|chciałabym|chciałbym) (?:\\p{L}+ )?zaprosić (?:\\p{L}+ )?na (?:rozmowę|spotkanie)'],
    [3, '(?:rozmow|spotkani)\\p{L}* (?:kwalifikacyjn|rekrutacyjn)\\p{L}*'],
    [2.5, 'czy (?:pasowałby|pasowałaby|pasuje|odpowiada) (?:pani|panu|ci|wam)']
  ],
  assessment: [
    [4, '(?:zadani|test)\\p{L}* (?:rekrutacyjn|kompetencyjn|praktyczn|wiedzy)\\p{L}*'],
    [4, '(?:prosimy o|proszę o) (?:wykonanie|rozwiązanie) (?:\\p{L}+ )?(?:testu|zadania)'],
    [3.5, 'dzień próbny|dniówk\\p{L}* próbn\\p{L}*']
  ],
  rejection: [
    [4, 'nie (?:zostałaś|zostałeś|została|został) (?:pani |pan )?(?:wybran|zakwalifikowan)\\p{L}*', 'none'],
    [4, '(?:zdecydowaliśmy się|postanowiliśmy) (?:\\p{L}+ ){0,3}(?:z |na )?(?:inn\\p{L}* (?:kandydat|osob)\\p{L}*)'],
    [4, 'nie (?:będziemy|możemy) (?:dalej )?kontynuować (?:procesu|rekrutacji|współpracy)', 'none'],
    // "tym razem nie będziemy kontynuować", "zaprosić na rozmowę osoby z dłuższym doświadczeniem": others go on.
    [4, 'tym razem nie (?:będziemy|możemy) (?:dalej )?kontynuować', 'none'],
    [
      4,
      'zaprosić (?:na rozmowę |do (?:kolejnego|dalszego|następnego) etapu )?(?:osoby|inn\\p{L}* (?:kandydat|osob)\\p{L}*|kandydatów) z (?:dłuższym|większym|szerszym|bardziej)'
    ],
    [4, 'stanowisko (?:zostało )?(?:już )?obsadzone|wybraliśmy inn\\p{L}* (?:kandydat|osob)\\p{L}*'],
    [4, '(?:zdecydowaliśmy się|postanowiliśmy) (?:zatrudnić|wybrać|przyjąć) (?:\\p{L}+ )?(?:osobę|kandydat\\p{L}*|kogoś)'],
    [2.5, '(?:pani|pana|twoje) cv (?:zostanie|pozostanie) w (?:naszej )?bazie'],
    [0.8, 'niestety']
  ],
  offer: [
    [
      4,
      '(?:chcielibyśmy|mamy przyjemność|z przyjemnością) (?:\\p{L}+ ){0,2}(?:zaproponować|złożyć|przedstawić) (?:\\p{L}+ )?(?:ofertę|pracę|zatrudnienie|stanowisko)'
    ],
    [4, 'ofert\\p{L}* (?:pracy|zatrudnienia)|umow\\p{L}* o pracę'],
    [2.5, '(?:witamy|zapraszamy) (?:w|do) (?:naszym |naszego )?zespo\\p{L}*']
  ],
  update: [[3, '(?:proces rekrutacji|rekrutacja) (?:\\p{L}+ )?(?:przedłuża się|się przedłuża|trwa dłużej|jest w toku)']]
})

const swedish = definePhrases('any', {
  acknowledgement: [
    [4, 'tack för (?:din|er) ansökan'],
    [
      4,
      '(?:vi har|har vi) (?:tagit emot|mottagit|fått) (?:din|er) ansökan|(?:din|er) ansökan (?:har kommit in|är mottagen|har registrerats)'
    ]
  ],
  interview_request: [
    [4, '(?:vill|skulle vilja) (?:gärna )?(?:bjuda in|kalla) (?:dig|er) till (?:en )?(?:intervju|anställningsintervju|samtal|träff)'],
    [4, 'välkommen (?:på|till) (?:en )?(?:intervju|anställningsintervju)'],
    [3, 'anställningsintervju|intervju (?:på|den) (?:måndag|tisdag|onsdag|torsdag|fredag)'],
    [4.5, '(?:vill|skulle vilja) (?:gärna )?träffa dig (?:för|på|till) (?:en )?(?:intervju|anställningsintervju)']
  ],
  assessment: [
    [4, 'arbetsprov|personlighetstest|logiktest|färdighetstest|provdag|provjobba'],
    [3.5, '(?:genomföra|göra) (?:ett |en |några )?(?:test|tester|prov)']
  ],
  rejection: [
    [
      4,
      '(?:valt|beslutat) att (?:gå vidare med|anställa|gå vidare i processen med) (?:en )?(?:annan|andra) (?:kandidat\\p{L}*|sökande|person)'
    ],
    [4, 'du (?:har )?(?:tyvärr )?inte (?:gått vidare|blivit utvald|valts ut)|inte (?:att )?gå vidare med (?:din|er) ansökan', 'none'],
    [4, 'tjänsten är (?:nu )?(?:redan )?tillsatt'],
    // "vi har gått vidare med andra sökande", "tyvärr är du inte en av dem".
    [4, '(?:har|hade) (?:nu )?gått vidare med (?:andra|en annan) (?:sökande|kandidat\\p{L}*|person\\p{L}*)'],
    // "vi kommer inte att gå vidare med din ansökan": the reader is not taken on.
    [4, 'kommer inte att gå vidare med (?:din|er) ansökan', 'none'],
    [4, '(?:tyvärr|dessvärre) (?:är du|blev du) inte (?:en av (?:dem|de utvalda)|bland (?:dem|de utvalda))', 'none'],
    [0.8, 'tyvärr|beklagar']
  ],
  offer: [
    [4, '(?:vill|vi vill) (?:gärna )?erbjuda dig (?:tjänsten|anställning|jobbet|en anställning|en tjänst)'],
    [4, 'erbjudande om anställning|anställningsavtal\\p{L}*'],
    [4, '(?:vi vill|vill vi) (?:gärna )?anställa dig'],
    [2.5, 'välkommen till (?:oss|teamet|vårt team)']
  ],
  update: [[3, 'rekryteringen (?:har )?(?:dragit ut på tiden|är försenad|pågår fortfarande|tar längre tid)']]
})

export const POLISH_SWEDISH_PHRASES = [...polish, ...swedish]
