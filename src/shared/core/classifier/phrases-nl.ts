/** Dutch phrasing of hiring mail (je and u forms). Weights as in phrases-en.ts. */
import { definePhrases } from './types'

export const DUTCH_PHRASES = definePhrases('nl', {
  rejection: [
    [4, 'niet verder (?:gaan |kunnen gaan )?met (?:je|jouw|uw) (?:sollicitatie|kandidatuur|procedure)'],
    [3.5, 'gekozen voor (?:een )?(?:andere )?(?:kandida(?:at|ten)|sollicitant(?:en)?)'],
    [
      4,
      '(?:gaan|kunnen) (?:we |wij )?(?:helaas )?niet (?:verder )?(?:met je|met uw|door met)|(?:je|u) (?:bent|bent helaas) (?:helaas )?niet (?:geselecteerd|door)'
    ],
    [
      4,
      '(?:de )?voorkeur (?:gegeven )?(?:aan|voor) (?:een )?andere (?:kandida|sollicitant)\\p{L}*|(?:gekozen|besloten) (?:voor|om) (?:een )?andere (?:kandida|sollicitant)\\p{L}*'
    ],
    [3, 'afwijzing'],
    [
      4,
      '(?:sollicitatie|kandidatuur) niet verder in behandeling|(?:gekozen|gaan verder) (?:voor|met) (?:een )?andere (?:kandida(?:at|ten)|sollicitant(?:en)?)'
    ],
    [4, '(?:helaas )?(?:kunnen|moeten) we je (?:de functie )?(?:deze keer )?(?:niet aanbieden|helaas laten weten)'],
    [4, 'de functie (?:deze keer )?niet (?:aan)?bieden|vacature is (?:ingevuld|vervuld|gesloten)'],
    [0.8, 'helaas|jammer genoeg'],
    [1.5, 'wensen je (?:veel succes|het beste)']
  ],
  offer: [
    [3.5, '(?:jij bent|je bent|u bent) (?:precies )?de (?:persoon|kandidaat) die we zochten'],
    [1, 'gefeliciteerd|proficiat', 'none'],
    [
      4,
      '(?:bieden|bied) (?:we |wij |ik )?(?:je|jou|u) (?:graag )?(?:de|een) (?:functie|baan|positie|vaste aanstelling|arbeidsovereenkomst|contract)'
    ],
    [4, '(?:de|een) (?:functie|baan|positie|arbeidsovereenkomst|contract)(?: [\\p{L}-]+){0,3} aan (?:te )?bieden'],
    [3.5, '(?:willen|graag) (?:je|jou|u) (?:graag )?aannemen|(?:je|jou|u) (?:willen|graag) aannemen|je bent onze nieuwe'],
    [
      4,
      '(?:willen|wij willen|we willen) (?:je|u) (?:graag )?(?:een )?(?:aanbod|contract|arbeidsovereenkomst|de baan|de functie|de positie)|je bent aangenomen'
    ],
    [2, 'welkom (?:in|bij) (?:het|ons) team'],
    [
      4,
      '(?:willen|wij willen) je (?:graag )?de functie [\\p{L}-]+(?: [\\p{L}-]+){0,3} aanbieden|(?:graag|blij) (?:een )?aanbod (?:doen|te doen)'
    ],
    [3.5, 'arbeidsvoorwaardenvoorstel|arbeidsovereenkomst|aanbodbrief|contractvoorstel'],
    [1.2, 'salaris|startdatum', 'negation']
  ],
  interview_request: [
    [
      4,
      '(?:willen|zouden|wil) (?:we |wij |ik )?(?:je|u) (?:graag )?(?:uitnodigen|spreken|ontmoeten|leren kennen)|uitnodigen voor (?:een |het )?(?:\\p{L}+ ){0,2}(?:gesprek|kennismaking|interview)'
    ],
    [2.5, 'wanneer (?:schikt|past) het|wanneer (?:heb je|hebt u|heeft u) tijd'],
    [
      4,
      '(?:nodigen|nodig) (?:we |wij )?je (?:graag )?uit voor (?:een |het )?(?:[\\p{L}-]+ ){0,2}(?:gesprek|sollicitatiegesprek|kennismaking|videocall)'
    ],
    [
      3,
      '(?:heb je|hebt u|heeft u) tijd voor (?:een|het) (?:gesprek|videocall|kennismaking)|uitnodiging (?:voor (?:een )?)?(?:gesprek|kennismaking)',
      'both'
    ],
    [2.5, 'ik stel voor', 'none'],
    [0.8, 'sollicitatiegesprek|gesprek', 'none']
  ],
  assessment: [
    [3.5, '(?:technische|online|korte) (?:toets|test|opdracht)|thuisopdracht|case-?opdracht'],
    [3.5, 'casus|capaciteitentest|assessment|(?:schriftelijke|praktijk)opdracht|online test|proefopdracht']
  ],
  acknowledgement: [
    [
      2.5,
      '(?:bekijken|beoordelen|bestuderen) (?:je|uw) (?:sollicitatie|cv|gegevens|profiel)|(?:je|uw) (?:sollicitatie|cv) (?:zorgvuldig |goed )?(?:bekijken|beoordelen|bestuderen)|reactie op (?:de|onze) vacature'
    ],
    [
      4,
      '(?:bevestigen|bevestig) (?:we |wij |ik )?(?:hierbij )?(?:de )?ontvangst|sollicitatie is (?:goed |in goede orde )?(?:bij ons )?(?:aangekomen|binnengekomen|ontvangen)'
    ],
    [4, '(?:gegevens|sollicitatie|cv|brief|reactie) (?:\\p{L}+ ){0,2}(?:goed|in goede orde) ontvangen'],
    [2.5, '(?:dank|bedankt) (?:je |u )?(?:wel )?voor (?:je|jouw|uw) (?:sollicitatie|interesse)'],
    [
      4,
      '(?:we|wij) hebben (?:je|uw) (?:sollicitatie|cv|brief|reactie) (?:\\p{L}+ ){0,3}ontvangen|bedankt voor (?:je|uw) (?:sollicitatie|interesse)'
    ],
    [4, '(?:je|uw) sollicitatie (?:is binnen|is ontvangen|hebben we ontvangen)|in goede orde ontvangen|sollicitatie ontvangen'],
    [2.5, 'bedankt voor je sollicitatie|(?:je|uw) (?:brief en cv|cv) (?:zijn|is) binnen|bevestiging van je sollicitatie']
  ],
  update: [
    [2.5, '(?:korte |kleine )?update over (?:je|jouw|uw|de) (?:sollicitatie|procedure)'],
    [2.5, 'duurt (?:helaas )?(?:iets|wat|even|nog) langer|(?:spreken|zien) (?:\\p{L}+ ){0,3}nog (?:een paar |enkele |andere )?kandida'],
    [
      2.5,
      '(?:dank|bedankt) (?:je |u )?(?:wel )?voor (?:je|jouw|uw|de|het) (?:\\p{L}+ )?(?:mail|e-mail|bericht|berichtje|reactie|vraag|geduld)'
    ],
    [2.5, '(?:nog )?(?:volop )?in de race|nog in beeld'],
    [2, '(?:verwachten|hopen|denken) (?:\\p{L}+ ){0,4}(?:een )?(?:besluit|beslissing)|(?:houd|houden) (?:je|u) op de hoogte'],
    [2.5, 'nog (?:geen|steeds in) (?:definitief besluit|beeld|behandeling)|(?:we|wij) (?:ronden|zijn) (?:de laatste gesprekken|nog bezig)'],
    [1.5, 'referenties|vertraging']
  ],
  unrelated: [
    [3, 'factuur|betaalbewijs|je bestelling|uw bestelling|kaartje|instapkaart|aanslag|gemeentelijke belastingen|afschrijving'],
    [3.5, 'bevestig je e-?mailadres|wachtwoord (?:is )?(?:gewijzigd|opnieuw ingesteld)|reset je wachtwoord']
  ]
})
