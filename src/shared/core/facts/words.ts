// Over 300 lines: word tables for seven languages (weekdays, months, units, cues); data, not logic.
/**
 * The words that say when, in English, German, Spanish, French, Dutch, Portuguese and
 * Italian: looked up one token at a time (a Map hit each), never scanned for.
 */
import { addPolishAndSwedish } from './words-pl-sv'
import { addDanishNorwegianFinnish } from './words-nordic'

const table = <T>(rows: Record<string, T>): Map<string, T> => new Map(Object.entries(rows))
const spread = <T>(groups: Array<[T, string]>): Map<string, T> => {
  const out = new Map<string, T>()
  for (const [value, words] of groups) for (const w of words.split(' ')) out.set(w, value)
  return out
}

/** 0 = Sunday … 6 = Saturday. Portuguese "segunda"…"sexta" need "-feira" or a cue (they also mean "second"…"sixth"). */
export const WEEKDAYS = spread<number>([
  [1, 'monday mon montag lunes lundi maandag lunedì lunedi'],
  [2, 'tuesday tue tues dienstag martes mardi dinsdag martedì martedi terça terca'],
  [3, 'wednesday wed mittwoch miércoles miercoles mercredi woensdag mercoledì mercoledi quarta'],
  [4, 'thursday thu thurs donnerstag jueves jeudi donderdag giovedì giovedi quinta'],
  [5, 'friday fri freitag viernes vendredi vrijdag venerdì venerdi sexta'],
  [6, 'saturday samstag sonnabend sábado sabado samedi zaterdag sabato'],
  [0, 'sunday sonntag domingo dimanche zondag domenica']
])
export const AMBIGUOUS_WEEKDAYS = new Set(['segunda', 'terça', 'terca', 'quarta', 'quinta', 'sexta', 'mon', 'wed', 'sat', 'sun'])
WEEKDAYS.set('segunda', 1)

/** 1 = January … 12 = December. "may", "march", "mars" and friends need a cue or a day number beside them. */
export const MONTHS = spread<number>([
  [1, 'january jan januar jänner enero janvier januari janeiro gennaio janv ene gen jän'],
  [2, 'february feb februar febrero février fevrier februari fevereiro febbraio févr fevr fev'],
  [3, 'march mar märz maerz marzo mars maart março marco mrt'],
  [4, 'april apr abril avril aprile avr abr'],
  [5, 'may mai mayo mei maio maggio'],
  [6, 'june jun juni junio juin junho giugno giu'],
  [7, 'july jul juli julio juillet julho luglio juil lug'],
  [8, 'august aug agosto août aout augustus'],
  [9, 'september sep sept septiembre septembre setembro settembre'],
  [10, 'october oct oktober octubre octobre outubro ottobre okt ott'],
  [11, 'november nov noviembre novembre novembro'],
  [12, 'december dec dezember diciembre décembre decembre dezembro dicembre déc dic dez']
])
export const AMBIGUOUS_MONTHS = new Set([
  'may',
  'mar',
  'march',
  'mai',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'dec',
  'jan',
  'feb',
  'apr',
  'oct',
  'nov',
  'marco'
])

export type Unit = 'hour' | 'day' | 'business_day' | 'week' | 'month'
export const UNITS = spread<Unit>([
  ['hour', 'hour hours hrs h stunde stunden hora horas heure heures uur uren ora ore'],
  ['day', 'day days tag tage tagen día días dia dias jour jours dag dagen giorno giorni'],
  ['business_day', 'werktag werktage werktagen arbeitstag arbeitstage arbeitstagen werkdag werkdagen'],
  ['week', 'week weeks woche wochen folgewoche semana semanas semaine semaines weken settimana settimane'],
  ['month', 'month months monat monate monaten monats mes meses mois maand maanden mês mese mesi']
])
/** "business days", "días hábiles", "jours ouvrés", "dias úteis", "giorni lavorativi". */
export const BUSINESS = new Set([
  'business',
  'working',
  'work',
  'hábiles',
  'habiles',
  'laborables',
  'ouvrés',
  'ouvres',
  'ouvrables',
  'úteis',
  'uteis',
  'lavorativi',
  'feriali'
])

export const NUMBERS = table<number>({
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  einen: 1,
  un: 1,
  una: 1,
  uno: 1,
  une: 1,
  een: 1,
  um: 1,
  uma: 1,
  two: 2,
  zwei: 2,
  dos: 2,
  deux: 2,
  twee: 2,
  dois: 2,
  duas: 2,
  due: 2,
  three: 3,
  drei: 3,
  tres: 3,
  trois: 3,
  drie: 3,
  três: 3,
  tre: 3,
  four: 4,
  vier: 4,
  cuatro: 4,
  quatre: 4,
  quatro: 4,
  quattro: 4,
  five: 5,
  fünf: 5,
  funf: 5,
  cinco: 5,
  cinq: 5,
  vijf: 5,
  cinque: 5,
  six: 6,
  sechs: 6,
  seis: 6,
  zes: 6,
  sei: 6,
  seven: 7,
  sieben: 7,
  siete: 7,
  sept: 7,
  zeven: 7,
  sete: 7,
  sette: 7,
  eight: 8,
  acht: 8,
  ocho: 8,
  huit: 8,
  oito: 8,
  otto: 8,
  nine: 9,
  neun: 9,
  nueve: 9,
  neuf: 9,
  negen: 9,
  nove: 9,
  ten: 10,
  zehn: 10,
  diez: 10,
  dix: 10,
  tien: 10,
  dez: 10,
  dieci: 10,
  eleven: 11,
  elf: 11,
  once: 11,
  onze: 11,
  undici: 11,
  thirteen: 13,
  dreizehn: 13,
  trece: 13,
  treize: 13,
  dertien: 13,
  treze: 13,
  tredici: 13,
  eighteen: 18,
  achtzehn: 18,
  dieciocho: 18,
  achttien: 18,
  dezoito: 18,
  diciotto: 18,
  forty: 40,
  vierzig: 40,
  cuarenta: 40,
  quarante: 40,
  veertig: 40,
  quarenta: 40,
  quaranta: 40,
  sixty: 60,
  sechzig: 60,
  sesenta: 60,
  soixante: 60,
  zestig: 60,
  sessenta: 60,
  sessanta: 60,
  veintiuno: 21,
  veintiún: 21,
  ventuno: 21,
  eins: 1,
  twelve: 12,
  zwölf: 12,
  doce: 12,
  douze: 12,
  twaalf: 12,
  dodici: 12,
  fourteen: 14,
  vierzehn: 14,
  catorce: 14,
  quatorze: 14,
  veertien: 14,
  quattordici: 14,
  fifteen: 15,
  fünfzehn: 15,
  quince: 15,
  quinze: 15,
  vijftien: 15,
  quindici: 15,
  twenty: 20,
  zwanzig: 20,
  veinte: 20,
  vingt: 20,
  twintig: 20,
  vinte: 20,
  venti: 20,
  thirty: 30,
  dreißig: 30,
  treinta: 30,
  trente: 30,
  dertig: 30,
  trinta: 30,
  trenta: 30,
  couple: 2,
  num: 1,
  numa: 1,
  dizaine: 10,
  decina: 10,
  huitaine: 8,
  quindicina: 15,
  vintina: 20,
  paar: 3,
  few: 3,
  several: 5,
  einigen: 3,
  einige: 3,
  unos: 3,
  algunos: 3,
  algunas: 3,
  quelques: 3,
  enkele: 3,
  alguns: 3,
  algumas: 3,
  poucos: 3,
  qualche: 3,
  alcuni: 3,
  pochi: 3,
  // "w ciągu kilku dni", "om några dagar", "om nogle dage", "om noen dager", "muutaman päivän kuluessa".
  kilku: 3,
  kilka: 3,
  paru: 3,
  några: 3,
  nogle: 3,
  noen: 3,
  muutaman: 3,
  muutama: 3
})
/** Words between a number and its unit that change nothing ("a couple of days", "un paio di giorni"). */
export const FILLER = new Set(['of', 'the', 'more', 'next', 'paio', 'di', 'de', 'more', 'extra', 'further', 'weitere', 'weiteren'])

/** Next week / next month. */
export const NEXT = new Set([
  'next',
  'following',
  'coming',
  'nächste',
  'nächsten',
  'nächster',
  'naechste',
  'naechsten',
  'kommende',
  'kommenden',
  'kommender',
  'folgenden',
  'próxima',
  'próximo',
  'proxima',
  'proximo',
  'próximas',
  'próximos',
  'viene',
  'prochaine',
  'prochain',
  'prochaines',
  'prochains',
  'volgende',
  'komende',
  'vem',
  'prossima',
  'prossimo',
  'prossime',
  'prossimi',
  'entrante'
])
export const THIS = new Set([
  'this',
  'diese',
  'dieser',
  'diesen',
  'diesem',
  'esta',
  'este',
  'cette',
  'ce',
  'deze',
  'dit',
  'nesta',
  'neste',
  'questa',
  'questo',
  'current'
])
export const AFTER_NEXT = new Set(['übernächste', 'übernächsten', 'uebernaechste'])
/** Where in a week or month. */
export type Part = 'early' | 'mid' | 'late'
export const PARTS = spread<Part>([
  [
    'early',
    'early beginning start anfang beginn principios principio inicio comienzo começo comeco rentrée début debut begin início inicio inizio primi'
  ],
  ['mid', 'mid middle mitte mediados mi milieu midden halverwege half medio meados meio metà meta'],
  ['late', 'end late later ende finales final fin fine eind einde fim finale fines']
])

export const TODAY = new Set(['today', 'tonight', 'eod', 'cob', 'heute', 'hoy', 'hui', 'vandaag', 'hoje', 'oggi'])
export const TOMORROW = new Set(['tomorrow', 'morgen', 'mañana', 'manana', 'demain', 'amanhã', 'amanha', 'domani'])
export const DAY_AFTER_TOMORROW = new Set(['übermorgen', 'overmorgen', 'dopodomani'])

export const HOLIDAYS = new Set([
  'holidays',
  'holiday',
  'christmas',
  'xmas',
  'feiertagen',
  'feiertage',
  'weihnachten',
  'fiestas',
  'navidad',
  'vacaciones',
  'fêtes',
  'fetes',
  'noël',
  'noel',
  'feestdagen',
  'kerst',
  'festas',
  'natal',
  'feste',
  'natale',
  'vacanze',
  'vakantie',
  'ferien',
  'vacances',
  'férias',
  'ferias',
  'festività',
  'festivita',
  'kerstmis',
  'kerstdagen',
  'kerstvakantie',
  'navidades',
  'weihnachtsfeiertagen',
  'weihnachtsfeiertage',
  'jahreswechsel',
  'jaarwisseling',
  'capodanno',
  'réveillon',
  'feriados',
  'feriado',
  'weihnachtsferien',
  'winterferien',
  'natalizia',
  'natalizie',
  'reyes',
  'epifania',
  'epifanía',
  'befana',
  'driekoningen'
])
export const SUMMER = new Set([
  'summer',
  'sommer',
  'sommerferien',
  'verano',
  'été',
  'ete',
  'zomer',
  'zomervakantie',
  'verão',
  'verao',
  'estate'
])
export const AFTER = new Set([
  'tras',
  'vuelta',
  'regreso',
  'rientro',
  'after',
  'nach',
  'después',
  'despues',
  'après',
  'apres',
  // "au retour des vacances": after them.
  'retour',
  'na',
  'depois',
  'dopo',
  'following',
  'após',
  'apos',
  'passadas',
  'passate',
  'terminadas',
  'terminate'
])
export const BEFORE = new Set(['before', 'vor', 'antes', 'avant', 'voor', 'vóór', 'prima'])
/** Year-end: "by the end of the year", "Ende des Jahres", "fin de año", "fin d'année", "einde van het jaar", "fim do ano", "fine anno". */
export const YEAR = new Set(['year', 'jahres', 'jahr', 'jahresende', 'año', 'ano', 'année', 'annee', 'jaar', 'anno', 'jaareinde'])
export const NEW = new Set(['new', 'neuen', 'nuevo', 'nouvelle', 'nieuwe', 'novo', 'nuovo'])

/** Words that say a time is the end of a window (stay as the end), or that it is in the past (not a promise). */
export const PAST = new Set([
  'ago',
  'vor',
  'hace',
  'geleden',
  'há',
  'fa',
  'last',
  'letzte',
  'letzten',
  'letzter',
  'pasada',
  'pasado',
  'dernière',
  'dernier',
  'vorige',
  'afgelopen',
  'passada',
  'passado',
  'scorsa',
  'scorso'
])

/** The weekend: "before the weekend" is Friday. */
export const WEEKEND = new Set(['weekend', 'weekends', 'wochenende'])
/** Words that make a day number a week: "the week of the 30th", "la semaine du 30 novembre". */
export const WEEK_WORDS = new Set(['week', 'woche', 'semana', 'semaine', 'settimana'])

/** The Polish and Swedish, then the Danish, Norwegian and Finnish words, added once to the tables above. */
const tables = {
  weekdays: WEEKDAYS,
  months: MONTHS,
  ambiguousMonths: AMBIGUOUS_MONTHS,
  units: UNITS,
  business: BUSINESS,
  numbers: NUMBERS,
  next: NEXT,
  this: THIS,
  parts: PARTS,
  today: TODAY,
  tomorrow: TOMORROW,
  weekWords: WEEK_WORDS
}
addPolishAndSwedish(tables)
addDanishNorwegianFinnish(tables)
