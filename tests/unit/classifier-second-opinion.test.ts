/**
 * The text model's second opinion (classifier/second-opinion.ts): where no phrase made the rules sure of mail
 * filed on an application, a model trained on the labelled corpus reads its words. It may change the category,
 * never to a sure one and never to "unrelated", and it quotes the sentence that decided; sure rules, one-line
 * replies and mail about no application stay the rules' alone. The model file must be what the corpus trains.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { byRules, classifyMessage } from '../../src/shared/core/classifier'
import { RULES_SURE } from '../../src/shared/core/classifier/second-opinion'
import { TRAINED_ON } from '../../src/shared/core/classifier/text-model/weights'
import { bucketOf, bucketsOf, wordsOf } from '../../src/shared/core/classifier/text-model/features'
import type { MailMessage } from '../../src/shared/core/mail-message'
import { parseMessage } from '../../src/main/mail/parse-message'
import { isHeldOut, trainingSet } from '../../scripts/train-text-model'
import { CORPUS_DIR } from '../fixtures/mail/load-applications'
import { mailMessage } from '../support/mail-message'

const filed = { relatedToApplication: true, direction: 'in' as const }
const mail = (subject: string, text: string): MailMessage =>
  mailMessage({ subject, text, from: { name: 'Peter Hallam', address: 'peter.hallam@employer.example' } })

describe('the text model speaks where the rules were unsure', () => {
  // Written for this test before either layer read them; the rules alone filed both as updates.
  it.each([
    [
      'Your application',
      'Dear Jordan,\n\nThe panel met yesterday to go through the applications for the finance officer post. Your name was not among those put forward to the interview stage this time. We had a strong field and the decision was close.\n\nWith best wishes for your search,\nPeter Hallam\nHR Officer'
    ],
    [
      'Re: Sous chef',
      "Hey Jordan,\n\nCheers for coming in for the trial. Honestly you did well but I've decided to give the job to Kev who was already covering the section over summer, seemed fairer to him. Pop in for a pint sometime and good luck mate.\n\nDanny"
    ]
  ])('a rejection without the stock words: %s', (subject, text) => {
    const rules = byRules(mail(subject, text), filed)
    const result = classifyMessage(mail(subject, text), filed)
    expect(rules.category).toBe('update')
    expect(result.category).toBe('rejection')
    expect(result.confidence).toBeLessThan(0.8)
    expect(result.reasons[0]).toMatch(/^its words read like a rejection \(\d+ % by the text model/)
    expect(result.reasons[1]).toBe(`the rules were not sure: they said an update at ${Math.round(rules.confidence * 100)} %`)
    expect(text).toContain(result.evidence)
  })

  it('leaves a sure reading, a one-line reply and mail about no application to the rules', () => {
    const sure = mail(
      'Offer of employment',
      'Dear Jordan, I am delighted to offer you the position of finance officer at a salary of £32,000. Please find the offer letter attached and let us know if you accept. Kind regards, Peter Hallam'
    )
    expect(byRules(sure, filed).confidence).toBeGreaterThanOrEqual(RULES_SURE)
    expect(classifyMessage(sure, filed)).toEqual(byRules(sure, filed))
    const short = mail('Re: Sous chef', "Cheers for the trial. I've given the job to Kev.")
    expect(classifyMessage(short, filed)).toEqual(byRules(short, filed))
    const unmatched = mail(
      'Your application',
      'Dear Jordan,\n\nThe panel met yesterday to go through the applications for the finance officer post. Your name was not among those put forward to the interview stage this time. We had a strong field and the decision was close.'
    )
    expect(classifyMessage(unmatched, { relatedToApplication: false })).toEqual(byRules(unmatched, { relatedToApplication: false }))
  })
})

describe('on the training corpus, filed mail', () => {
  const changed: { file: string; text: string; result: ReturnType<typeof classifyMessage> }[] = []
  beforeAll(async () => {
    for (const { file } of trainingSet().files) {
      const message = await parseMessage(readFileSync(join(CORPUS_DIR, file)))
      const rules = byRules(message, filed)
      const result = classifyMessage(message, filed)
      if (result.category !== rules.category) changed.push({ file, text: message.text, result })
    }
  }, 60_000)

  it('changed by the model is never called unrelated or sure, and quotes a sentence of the mail', () => {
    expect(changed.length).toBeGreaterThan(0)
    for (const { file, result } of changed) {
      expect(result.category, file).not.toBe('unrelated')
      expect(result.confidence, file).toBeLessThan(0.8)
      expect(result.reasons[0], file).toMatch(/text model/)
    }
    expect(
      changed.filter(
        ({ text, result }) =>
          result.evidence && !text.replace(/\s+/g, ' ').replace(/[–—]/g, '-').replace(/[‘’]/g, "'").includes(result.evidence.slice(0, 40))
      )
    ).toEqual([])
  })
})

describe('the words the model reads', () => {
  // What wordsOf() reads in one pass over the characters, said plainly: runs of letters and digits of the folded text.
  const plainly = (text: string): string[] =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !/^\d+$/.test(w))

  it('are the runs of letters and digits, accents folded, on every training mail as it is on disk', () => {
    const files = trainingSet().files
    expect(files.length).toBeGreaterThan(1000)
    const differ = files
      .map(({ file }) => ({ file, raw: readFileSync(join(CORPUS_DIR, file), 'utf8') }))
      .filter(({ raw }) => wordsOf(raw).join(' ') !== plainly(raw).join(' '))
      .map(({ file }) => file)
    expect(differ).toEqual([])
  })

  it('are hashed as the features they stand for, without building them', () => {
    const plainBuckets = (subject: string, own: string): number[] => {
      const features: string[] = ['__bias']
      const said = plainly(subject)
      said.forEach((w, i) => {
        features.push(`s:${w}`)
        if (w.length > 4) features.push(`sp:${w.slice(0, 4)}`)
        if (i + 1 < said.length) features.push(`s:${w} ${said[i + 1]}`)
      })
      const words = plainly(own)
      words.forEach((w, i) => {
        features.push(w)
        if (w.length > 4) features.push(`p:${w.slice(0, 4)}`)
        if (i + 1 < words.length) features.push(`${w} ${words[i + 1]}`)
      })
      return [...new Set(features.map(bucketOf))].sort((a, b) => a - b)
    }
    for (const { file } of trainingSet().files.filter((_, k) => k % 10 === 0)) {
      const raw = readFileSync(join(CORPUS_DIR, file), 'utf8')
      const subject = raw.slice(0, 300)
      expect(
        [...bucketsOf(subject, raw)].sort((a, b) => a - b),
        file
      ).toEqual(plainBuckets(subject, raw))
    }
  })

  it('in any script, beyond the first plane, and around digits', () => {
    for (const text of ['Ça va? Ünïcödé straße', 'Καλημέρα σας — 𝒜𝓁𝒾𝒸ℯ 😀 ok', '２０２６年 面接 12 a1 1a 007', 'ﬁne ǅemal', ''])
      expect(wordsOf(text)).toEqual(plainly(text))
  })
})

describe('the model file', () => {
  it('is what `npm run train:text-model` builds from the corpus as it is now', () => {
    expect(TRAINED_ON.fingerprint, 'the corpus changed: run `npm run train:text-model` and commit weights.ts').toBe(
      trainingSet().fingerprint
    )
  })

  it('was trained on no held-out batch', () => {
    const files = trainingSet().files.map((f) => f.file)
    expect(files.filter(isHeldOut)).toEqual([])
    expect(files.some((f) => f.startsWith('held-out'))).toBe(false)
  })
})
