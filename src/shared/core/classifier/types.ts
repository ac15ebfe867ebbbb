import type { MessageCategory } from '../../model'
import { keyGroupsOf, requiredKeys } from './prefilter'

export type { MessageCategory }

export interface ClassifyOptions {
  /** The matcher filed it on an application (thread, contact or domain): unexplained mail is then an update, not unrelated. */
  relatedToApplication?: boolean
  /** 'out' when the user sent it: their own mail is not sorted into employer categories. */
  direction?: 'in' | 'out'
  /** IANA zone for times written without one ("at 3 pm") when the mail's Date header has no offset either. */
  timeZone?: string
}

export interface Classification {
  category: MessageCategory
  /** 0..1; below 0.6 the result is a guess and says so with lowConfidence. */
  confidence: number
  lowConfidence: boolean
  /** Written by a machine, not by a person for this candidate: auto-replies, out-of-office, acknowledgements. */
  automatic: boolean
  /** What decided it, quoted from the mail: phrases and headers. */
  reasons: string[]
  /** The sentence that decided it. */
  evidence?: string
  /** ISO instant of the interview, when clearly stated or from a calendar invite. */
  proposedTime?: string
  /** An update that changes an interview already arranged (moved, postponed, held elsewhere): concepts-changes.ts. */
  changesInterview?: boolean
  /** An update that confirms a meeting arranged outside mail (on the phone): the interview it names belongs on the calendar. */
  confirmsInterview?: boolean
}

/**
 * How a phrase can be undone by its context.
 * 'negation': "not an offer"; 'hypothesis': "if we extend an offer"; 'both'; 'none'.
 */
export type ContextCheck = 'negation' | 'hypothesis' | 'both' | 'none'

export interface Phrase {
  category: MessageCategory
  pattern: RegExp
  /**
   * The same pattern without case folding, for a text already in lower case (the sources are lower case): the same
   * matches at the same places wherever lower-casing keeps the text's length, and much cheaper to run than Unicode
   * case-insensitive matching (classifier/score.ts).
   */
  lowerPattern: RegExp
  /** 4 decides on its own, 2.5 strong, 1.5 supporting, 0.8 a hint. */
  weight: number
  check: ContextCheck
  language: 'en' | 'de' | 'es' | 'fr' | 'nl' | 'pt' | 'it' | 'any'
  /** Lower-case strings of which one must occur for the pattern to match (requiredKeys; the gates read keyGroups, the tests compare both); null: always try it. */
  keys: string[] | null
  /** Groups of such strings, one of each group must occur (prefilter.ts: requiredKeyGroups); null: always try it. */
  keyGroups: string[][] | null
}

/** Weights from which a phrase counts as decisive (rejection and offer need one to be trusted). */
export const DECISIVE_WEIGHT = 2.5
/** "Thanks for coming in", "bedankt om … langs te komen", "merci d'être passée": a step already done, in seven languages. */
export const THANKS_FOR =
  "thank(?:s| you)(?: so much| again| very much)? for|(?:vielen|herzlichen|besten|lieben|tausend) dank(?: nochmals| auch)? für|danke(?: nochmals| schön| sehr)? für|vielen dank,? dass|gracias(?: de nuevo| otra vez| a ti| a usted| a vosotros)? por|bedankt (?:om|voor)|dank (?:je|u) (?:wel )?voor|merci (?:encore )?(?:pour|de (?:votre|vos|ta|tes)|d'(?:avoir|être|etre))|(?:nous vous remercions|je vous remercie|je te remercie) (?:pour|de)|obrigad[oa] (?:por|pela|pelo)|grazie (?:per|di)|(?:la |ti |vi )?ringrazi\\p{L}* (?:ancora |nuovamente |di nuovo )?(?:per|della|di)"

/** A stage that has ended: "zakończył się", "took place", "fand statt", "terminó", "a eu lieu", "is afgerond", "si è conclusa". */
export const STAGE_ENDED =
  "(?<![\\p{L}])(?:zakończył\\p{L}* się|odbył\\p{L}* się|took place|(?:has|have) (?:now )?(?:ended|concluded|finished)|fand(?:en)? (?:\\p{L}+ )?statt|(?:ist|sind) (?:nun )?abgeschlossen|terminó|finalizó|concluyó|se celebró|(?:ha|han) (?:finalizado|concluido|terminado)|a eu lieu|ont eu lieu|s'est (?:terminée?|achevée?|déroulée?)|(?:heeft|hebben) plaatsgevonden|(?:is|zijn) afgerond|terminou|decorreu|foi concluída|si è (?:conclus[oa]|svolt[oa])|si sono (?:conclus|svolt)[ei])(?![\\p{L}])"

const DEFAULT_CHECK: Record<MessageCategory, ContextCheck> = {
  acknowledgement: 'none',
  interview_request: 'negation',
  assessment: 'negation',
  rejection: 'hypothesis',
  offer: 'both',
  update: 'none',
  unrelated: 'none'
}

export type Row = readonly [weight: number, source: string, check?: ContextCheck]

const definedSources: string[] = []

/**
 * A phrase as a whole-words pattern (no letter or digit just before or after it) that asks
 * the phrase alone first, on each new text (lastIndex 0): where the phrase does not occur at
 * all, it cannot occur as whole words, and the full pattern is never compiled. Compiling a
 * pattern with the Unicode letter classes of the word checks costs about ten times the phrase
 * alone (~0.8 against ~0.1 ms), and most phrases the prefilter lets through are not in the
 * mail (issue 14). What it matches is exactly what the full pattern matches.
 */
class WholeWordsPattern extends RegExp {
  private alone?: RegExp
  constructor(
    private readonly phrase: string,
    private readonly foldCase = true
  ) {
    super(`(?<![\\p{L}\\p{N}])(?:${phrase})(?![\\p{L}\\p{N}])`, foldCase ? 'giu' : 'gu')
  }
  override exec(text: string): RegExpExecArray | null {
    if (this.lastIndex === 0 && !(this.alone ??= new RegExp(this.phrase, this.foldCase ? 'iu' : 'u')).test(text)) return null
    return super.exec(text)
  }
}

/** The source of every phrase defined so far (the build works out their keys: prefilter.ts). */
export function definedPhraseSources(): readonly string[] {
  return definedSources
}

/**
 * One test of a text against any of the rows' sources, as whole words and case-insensitively, compiled on first use:
 * "does the sender change an interview" (concepts-changes.ts), "… a test" (concepts-tests.ts), "… confirm a meeting
 * agreed on the phone" (concepts-around-interview.ts).
 */
export function anyRow(rows: readonly (readonly Row[])[]): (text: string) => boolean {
  let pattern: RegExp | undefined
  return (text) =>
    (pattern ??= new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${rows
        .flat()
        .map(([, source]) => source)
        .join('|')})(?![\\p{L}\\p{N}])`,
      'iu'
    )).test(text)
}

/**
 * A language's phrase table. Sources are regular expressions written in lower case with
 * single spaces (the text is folded to single spaces); they match case-insensitively and
 * whole words only. Each pattern and its keys are compiled once, on first use, not when the
 * module loads: a process that classifies nothing (`afterview --help`) does not pay for them.
 */
export function definePhrases(language: Phrase['language'], table: Partial<Record<MessageCategory, readonly Row[]>>): Phrase[] {
  const out: Phrase[] = []
  for (const [category, rows] of Object.entries(table) as [MessageCategory, readonly Row[]][]) {
    for (const [weight, source, check] of rows) {
      definedSources.push(source)
      let pattern: RegExp | undefined
      let lowerPattern: RegExp | undefined
      let keys: string[] | null | undefined
      let keyGroups: string[][] | null | undefined
      out.push({
        category,
        weight,
        check: check ?? DEFAULT_CHECK[category],
        language,
        get pattern() {
          return (pattern ??= new WholeWordsPattern(source))
        },
        get lowerPattern() {
          return (lowerPattern ??= new WholeWordsPattern(source, false))
        },
        get keys() {
          return keys === undefined ? (keys = requiredKeys(source)) : keys
        },
        get keyGroups() {
          return keyGroups === undefined ? (keyGroups = keyGroupsOf(source)) : keyGroups
        }
      })
    }
  }
  return out
}
