/** How sure the classifier was, for badges: below 0.6 it was a guess (the classifier's LOW_CONFIDENCE). */
export const UNSURE_BELOW = 0.6
export const isUnsure = (confidence: number | undefined): boolean => confidence !== undefined && confidence < UNSURE_BELOW
export const percent = (confidence: number): string => `${Math.round(confidence * 100)} %`
