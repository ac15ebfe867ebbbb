/**
 * An English ordinal that counts something other than days: "4th floor", "2nd round", "3rd year", "5th Avenue". Beside
 * an address or a stage it names no day ("55 Water Street, 4th floor" is no 4 November). Data only.
 */
import { wordSet as words } from './token-sets'

export const COUNTED_NOUNS = words(`
floor floors fl storey story level street st avenue ave road rd place row
round rounds stage interview attempt time times year years grade edition anniversary birthday century percentile
candidate candidates person people shift position
`)

/** The ordinal at `i` is followed by a noun it counts. */
export const countsSomethingElse = (tokens: readonly string[], i: number): boolean => COUNTED_NOUNS.has(tokens[i + 1] ?? '')
