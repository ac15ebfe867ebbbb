import { LOW_CONFIDENCE } from '../../../shared/core/classifier/names'

/**
 * How sure the classifier was, for badges: only a guess (below the classifier's LOW_CONFIDENCE) is worth a word.
 * A sure reading says nothing: a percentage on every card is noise, and "93 %" means little to anyone.
 */
export const isUnsure = (confidence: number | undefined): boolean => confidence !== undefined && confidence < LOW_CONFIDENCE
