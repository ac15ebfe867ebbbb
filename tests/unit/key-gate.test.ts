/**
 * The classifier's key gate (classifier/key-gate.ts): a phrase opens exactly when each of its groups of keys has a key
 * in the text. Keys sharing their first three characters ("inter", "interview", "intern") and keys of three characters
 * are where a shortcut on the fourth character could go wrong, so they are tested against a plain substring search.
 */
import { describe, expect, it } from 'vitest'
import { createOpeningGate } from '../../src/shared/core/classifier/key-gate'

const PHRASES: (string[][] | null)[] = [
  [['interview']],
  [['intern', 'internship']],
  [['int']],
  [['inter'], ['view']],
  [['offer', 'offered']],
  null,
  [['résumé', 'résumés']],
  [['ende', 'endet'], ['woche']]
]

const expected = (text: string): number[] =>
  PHRASES.flatMap((groups, phrase) => (groups === null || groups.every((keys) => keys.some((k) => text.includes(k))) ? [phrase] : []))

describe('the key gate', () => {
  const gate = createOpeningGate(PHRASES)
  it.each([
    'we would like to interview you',
    'an internship in the summer',
    'int',
    'in',
    '',
    'inter',
    'a view of the interval',
    'the role was offered to someone else',
    'bis ende der woche',
    'ende',
    'votre résumé',
    'interinterninterview',
    'xinte'
  ])('opens the phrases whose keys are in %j, and only those', (text) => {
    expect(gate(text)).toEqual(expected(text))
  })
})
