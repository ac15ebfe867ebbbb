/**
 * The labelled mail corpus: every .eml in tests/fixtures/mail is parsed, matched and
 * classified in the order it arrived, and compared with labels.json. Prints per-category
 * precision and recall; fails below the accuracy we reached, and on any wrong
 * high-confidence rejection or offer. The holdout directories were written after tuning, one
 * batch at a time; tests/fixtures/mail/README.md records each batch's first result.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MESSAGE_CATEGORIES, type MessageCategory } from '../../src/shared/model'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { createMatcher, type MessageMatch } from '../../src/shared/core/matcher'
import { classifyMessage, type Classification } from '../../src/shared/core/classifier'
import { parseMessage } from '../../src/main/mail/parse-message'
import { CORPUS_DIR, USER_ADDRESS, loadApplications } from '../fixtures/mail/load-applications'

interface Label {
  applicationId: string | null
  category: MessageCategory
  note: string
}

interface Outcome {
  file: string
  label: Label
  message: MailMessage
  match: MessageMatch | null
  result: Classification
  outgoing: boolean
}

/** Set a little under what the corpus reaches (100 % and 100 % when written), so honest rule changes have room. */
const THRESHOLDS = { application: 0.97, category: 0.95, heldOutApplication: 0.9, heldOutCategory: 0.85 }

function emlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) return emlFiles(dir, path)
    return entry.name.endsWith('.eml') ? [path] : []
  })
}

const percent = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`)

function report(title: string, outcomes: Outcome[]): { application: number; category: number; wrongSure: Outcome[] } {
  const incoming = outcomes.filter((o) => !o.outgoing)
  const rightApp = outcomes.filter((o) => (o.match?.applicationId ?? null) === o.label.applicationId).length
  const rightCategory = incoming.filter((o) => o.result.category === o.label.category).length
  const lines = [`\n${title}: ${outcomes.length} messages (${incoming.length} incoming)`, 'category            precision  recall   n']
  for (const category of MESSAGE_CATEGORIES) {
    const predicted = incoming.filter((o) => o.result.category === category)
    const actual = incoming.filter((o) => o.label.category === category)
    const correct = predicted.filter((o) => o.label.category === category).length
    lines.push(`${category.padEnd(20)}${percent(correct, predicted.length)}    ${percent(correct, actual.length)}  ${actual.length}`)
  }
  lines.push(`right application   ${percent(rightApp, outcomes.length)} (${rightApp}/${outcomes.length})`)
  lines.push(`right category      ${percent(rightCategory, incoming.length)} (${rightCategory}/${incoming.length}, incoming mail)`)
  const lowConfidence = incoming.filter((o) => o.result.lowConfidence).length
  lines.push(`low confidence      ${percent(lowConfidence, incoming.length)} (${lowConfidence}, said so instead of guessing)`)
  const wrongSure = incoming.filter((o) => (o.result.category === 'rejection' || o.result.category === 'offer') && !o.result.lowConfidence && o.label.category !== o.result.category)
  lines.push(`wrong sure rejection/offer: ${wrongSure.length}`)
  for (const o of outcomes) {
    const appWrong = (o.match?.applicationId ?? null) !== o.label.applicationId
    const categoryWrong = !o.outgoing && o.result.category !== o.label.category
    if (!appWrong && !categoryWrong) continue
    lines.push(`  ✗ ${o.file}: app ${o.match?.applicationId ?? 'null'} (want ${o.label.applicationId ?? 'null'}${o.match ? `; ${o.match.reason}` : ''}), ` + `category ${o.result.category} ${o.result.confidence} (want ${o.label.category}) [${o.result.reasons.join('; ')}]`)
  }
  console.log(lines.join('\n'))
  return { application: rightApp / outcomes.length, category: rightCategory / Math.max(1, incoming.length), wrongSure }
}

describe('the labelled mail corpus', () => {
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Record<string, Label>
  const files = emlFiles(CORPUS_DIR)
  let outcomes: Outcome[] = []

  beforeAll(async () => {
    const parsed = await Promise.all(files.map(async (file) => ({ file, message: await parseMessage(readFileSync(join(CORPUS_DIR, file))) })))
    parsed.sort((a, b) => a.message.date.localeCompare(b.message.date))
    const knownMessageIds = new Map<string, string>()
    const matcher = createMatcher(loadApplications(), { userAddresses: [USER_ADDRESS], knownMessageIds })
    outcomes = parsed.map(({ file, message }) => {
      const match = matcher.match(message)
      if (match) knownMessageIds.set(message.messageId, match.applicationId)
      const outgoing = message.from.address === USER_ADDRESS
      const result = classifyMessage(message, { direction: outgoing ? 'out' : 'in', relatedToApplication: !!match && match.strength !== 'ats', timeZone: 'America/Los_Angeles' })
      return { file, label: labels[file], message, match, result, outgoing }
    })
  })

  it('has a label for every message and at least 90 messages', () => {
    expect(files.length).toBeGreaterThanOrEqual(90)
    expect(files.filter((f) => !labels[f])).toEqual([])
  })

  it('files mail on the right application and says what it is', () => {
    const tuned = report('Corpus (written before and during tuning)', outcomes.filter((o) => !o.file.startsWith('holdout')))
    expect(tuned.application).toBeGreaterThanOrEqual(THRESHOLDS.application)
    expect(tuned.category).toBeGreaterThanOrEqual(THRESHOLDS.category)
  })

  it('does about as well on the held-out mail written after tuning', () => {
    const heldOut = outcomes.filter((o) => o.file.startsWith('holdout'))
    const batches = [...new Set(heldOut.map((o) => o.file.split('/')[0]))].sort()
    for (const batch of batches) report(`Held-out batch ${batch}/ (written after tuning)`, heldOut.filter((o) => o.file.startsWith(`${batch}/`)))
    if (heldOut.length === 0) return
    const result = report('All held-out mail', heldOut)
    expect(result.application).toBeGreaterThanOrEqual(THRESHOLDS.heldOutApplication)
    expect(result.category).toBeGreaterThanOrEqual(THRESHOLDS.heldOutCategory)
  })

  it('never calls something a rejection or an offer with confidence when it is not one', () => {
    const wrong = outcomes.filter((o) => !o.outgoing && (o.result.category === 'rejection' || o.result.category === 'offer') && !o.result.lowConfidence && o.label.category !== o.result.category)
    expect(wrong.map((o) => `${o.file}: ${o.result.category} ${o.result.confidence}`)).toEqual([])
  })

  it('marks the candidate’s own mail as outgoing', () => {
    const outgoing = outcomes.filter((o) => o.outgoing && o.match)
    expect(outgoing.length).toBeGreaterThan(0)
    expect(outgoing.filter((o) => o.match?.direction !== 'out').map((o) => o.file)).toEqual([])
  })
})
