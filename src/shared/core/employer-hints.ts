/**
 * Weaker signs of which employer a mail is about, for mail no full company name matched: the employer's own word
 * ("Brisamar" in "Brisamar Boutique Nerja", for the tracked "Hoteles Brisamar"), and a role title named in full
 * ("Koordynator zmiany magazynowej" in a job board's subject). The user types an employer one way ("Ville de
 * Saint-Gildas", "Ballyowen Dairy Co-op"); its portal, its group or its manager writes another ("Mairie de
 * Saint-Gildas-sur-Loire", "Ballyowen Co-operative Society Ltd", "Lab. Analisi Bellavista").
 *
 * An employer's own word is the first of its name that is no kind of organisation ("Hotel", "Klinikum", "Council",
 * "Universitet") and belongs to no other tracked employer; it counts only written with a capital, as names are
 * ("the lamplight" is not The Lamplight Hotel). Alone it is a weak sign (a place, a first name, another company's
 * name may share it): the matcher asks for a second one. Pure; built once per matcher.
 */
import { canonicalName, companyKey, employerName, withoutLegalForm } from './company-names'
import { termSearch } from './term-search'

/** What the hints read of an item: the employer and the role as the user typed them. */
export interface HintedApplication {
  company: string
  role: string
}

export interface EmployerHints<T> {
  /** Every employer's own word, canonical (for a cheap first look at a header). */
  ownWords: ReadonlySet<string>
  /** Per employer whose own word `text` writes capitalised, its items (in order of first mention), with the word; words
   *  in `except` (the sender's own name: "Lucía" signing her mail is not Clínica Santa Lucía) do not count. */
  ownWordsIn(text: string, except?: string): Array<{ items: T[]; word: string }>
  /** Items whose role title `text` names in full (titles of six letters or more), with the title as typed. */
  rolesIn(text: string): Array<{ items: T[]; role: string }>
}

/** Words of organisations, places and titles in the languages the classifier reads: no employer's own. */
const GENERIC = new Set(
  `group groupe grupo gruppo groep gruppe holding holdings hotel hotels hoteles hotell albergo hostel resort hospital
  hospitals hopital ospedale hospitalet sjukhus szpital klinik klinikum kliniken clinic clinica clinique kliniek
  klinika laboratorio laboratoire laboratory laboratories labor labo zorggroep zorgcentrum health healthcare
  services service servicios servizi solutions partners partner company compagnie compania cabinet kanzlei
  mairie ville city county council comune gemeente gemeinde kommun stadt stadtwerke region regione provincia
  provincie landkreis school schools schule scuola escuela escola college colegio collège university universitet
  universite universidad universita universiteit uniwersytet academy academie trust foundation fundacion fondazione
  fundacao stichting stiftung verein association associazione asociacion society sociedad societe societa
  cooperative cooperativa national nationale international global limited saint sainte santa santo north south
  east west northern southern royal general central centre center centro zentrum centrum residence residencia
  residenza institut institute instituto istituto institutionen institution department departement ministry
  ministerio ministero office agency agencia agenzia bureau studio studios consulting consultants solicitors
  lawyers avocats abogados advocaten accountants industries industrie logistics logistik transport transports
  construction constructions builders homes property properties engineering systems technologies technology
  foods restaurant restaurants brasserie bakery boulangerie pharmacy pharmacie farmacia apotheke apotek dental
  medical medica medico boutique practice praxis surgery nursing elderly education educacion istruzione onderwijs
  bildung utbildning energy electric electrical retail stores store market markets supermarket district
  borough municipal municipality county's community communities public magazyny magazyn spolka`.split(/\s+/)
)

/** Between words. */
const WORD_BREAK = /[^\p{L}\p{N}]+/u

/** The words of a text as written: its runs of letters and digits. */
export const wordsIn = (text: string): string[] => text.split(WORD_BREAK).filter((w) => w !== '')

export function employerHints<T>(items: readonly T[], describe: (item: T) => HintedApplication): EmployerHints<T> {
  // Its own word: the first of its name that is no kind of organisation ("Brisamar" of Hoteles Brisamar, "Gildas" of
  // Ville de Saint-Gildas). A word two employers share belongs to neither.
  const owners = new Map<string, Map<string, T[]>>()
  for (const item of items) {
    const { company } = describe(item)
    const word = wordsIn(canonicalName(withoutLegalForm(employerName(company)))).find(
      (w) => w.length >= 5 && !GENERIC.has(w) && !/^\d+$/.test(w)
    )
    if (!word) continue
    const key = companyKey(company)
    const byKey = owners.get(word) ?? new Map<string, T[]>()
    byKey.set(key, [...(byKey.get(key) ?? []), item])
    owners.set(word, byKey)
  }
  for (const item of items) {
    // ...and a word that is any other employer's later word is not distinctive either ("Harbour" of Harbour Freight
    // when Kestrel Harbour is tracked too).
    const { company } = describe(item)
    for (const w of wordsIn(canonicalName(withoutLegalForm(employerName(company)))).slice(1)) {
      const byKey = owners.get(w)
      if (byKey && !byKey.has(companyKey(company))) byKey.set(companyKey(company), [])
    }
  }
  const ownWord = new Map<string, T[]>()
  for (const [word, byKey] of owners) if (byKey.size === 1) ownWord.set(word, [...byKey.values()][0])

  const byRole = new Map<string, T[]>()
  for (const item of items) {
    const role = canonicalName(describe(item).role).trim()
    if (role.length >= 6) byRole.set(role, [...(byRole.get(role) ?? []), item])
  }
  const rolesIn = termSearch([...byRole.keys()])

  return {
    ownWords: new Set(ownWord.keys()),
    ownWordsIn(text, except = '') {
      const found: Array<{ items: T[]; word: string }> = []
      if (ownWord.size === 0) return found
      const excluded = new Set(wordsIn(canonicalName(except)))
      for (const token of wordsIn(text)) {
        if (token.length < 5 || token[0] === token[0].toLowerCase()) continue
        const word = canonicalName(token)
        if (excluded.has(word)) continue
        const owned = ownWord.get(word)
        if (owned && !found.some((f) => f.items === owned)) found.push({ items: owned, word: token })
      }
      return found
    },
    rolesIn(text) {
      const found: Array<{ items: T[]; role: string }> = []
      if (byRole.size === 0 || text === '') return found
      for (const role of rolesIn(canonicalName(text))) {
        const owned = byRole.get(role)
        if (owned && !found.some((f) => f.items === owned)) found.push({ items: owned, role: describe(owned[0]).role })
      }
      return found
    }
  }
}
