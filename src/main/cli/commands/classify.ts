/**
 * `afterview classify` and `afterview explain`: which application a mail belongs to and what
 * it means, against the stored applications, changing nothing. How a user answers "why did
 * it think this was a rejection?", and how we measure.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ClassifiedMail } from '../../../shared/api'
import type { Classification } from '../../../shared/core/classifier'
import type { ProposedChange } from '../../../shared/core/consequences'
import { factsForOutput, NO_FACTS, type ExtractedFacts } from '../../../shared/core/facts'
import type { MessageMatch } from '../../../shared/core/matcher'
import { UsageError, type CliContext, type Command } from '../command'
import { CATALOG } from '../catalog'

interface Outcome {
  file: string
  application?: NonNullable<ClassifiedMail['application']>
  match: MessageMatch | null
  result: Classification
  proposals: ProposedChange[]
  /** What the mail said about what happens next (nothing for your own, unrelated or automatic mail). */
  facts: ExtractedFacts
}

const CATEGORY_WORDS: Record<Classification['category'], string> = {
  acknowledgement: 'an automatic acknowledgement of your application',
  interview_request: 'an interview request',
  assessment: 'an assessment (a test or take-home task)',
  rejection: 'a rejection',
  offer: 'an offer',
  update: 'an update on the process',
  unrelated: 'not about your applications'
}

const PROPOSAL_WORDS: Record<ProposedChange['kind'], (p: ProposedChange) => string> = {
  track_application: (p) => `track this application (${[p.fields.role, p.fields.company].filter(Boolean).join(' at ')})`,
  close_application: () => 'close the application as Rejected, with a gracious reply',
  move_to_offer: () => 'move the application to Offer',
  add_interview: (p) => `add an interview on ${p.fields.startsAt} (${p.fields.durationMinutes} min)`,
  move_interview: (p) => `move the interview of ${p.fields.previousStartsAt} to ${p.fields.startsAt}`,
  add_contact: (p) => `add ${p.fields.contact?.name ?? 'the writer'} <${p.fields.contact?.email ?? ''}> as a contact`
}

/** Reads the files here and asks the API what each means (through the same dispatch as the window). */
async function classifyFiles(files: string[], ctx: CliContext, me: string[]): Promise<Array<Outcome | { file: string; error: string }>> {
  const unreadable = new Map<string, string>()
  const messages: Array<{ name: string; emlBase64: string }> = []
  for (const file of files) {
    try {
      messages.push({ name: file, emlBase64: (await readFile(file)).toString('base64') })
    } catch (error) {
      unreadable.set(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message)
    }
  }
  const classified = messages.length ? await ctx.api().classifyMail({ messages, ...(me.length ? { me } : {}) }) : []
  const byName = new Map(classified.map((c) => [c.name, c]))
  return files.map((file) => {
    const c = byName.get(file)
    if (!c || c.error || !c.result) return { file, error: unreadable.get(file) ?? c?.error ?? 'it could not be read' }
    return {
      file,
      application: c.application,
      match: c.match ?? null,
      result: c.result,
      proposals: c.proposals ?? [],
      facts: c.facts ?? NO_FACTS
    }
  })
}

export const classify: Command = {
  ...CATALOG.classify,
  async run({ values, positionals }, ctx) {
    if (!positionals.length) throw new UsageError('Which mail? Give one or more .eml files.')
    const results = await classifyFiles(positionals, ctx, (values.me as string[] | undefined) ?? [])
    let failed = 0
    for (const r of results) {
      if ('error' in r) {
        failed++
        if (values.json) ctx.io.out(JSON.stringify({ file: r.file, error: r.error }))
        else ctx.io.err(`${r.file}: could not be read: ${r.error}`)
        continue
      }
      if (values.json) {
        ctx.io.out(
          JSON.stringify({
            file: r.file,
            applicationId: r.match?.applicationId ?? null,
            category: r.result.category,
            confidence: r.result.confidence,
            lowConfidence: r.result.lowConfidence,
            reasons: r.result.reasons,
            facts: factsForOutput(r.facts)
          })
        )
      } else {
        const where = r.application ? `${r.application.company}${r.application.role ? ` — ${r.application.role}` : ''}` : 'no application'
        ctx.io.out(
          `${basename(r.file)}: ${r.result.category} (${r.result.confidence.toFixed(2)}${r.result.lowConfidence ? ', not sure' : ''}) — ${where}`
        )
      }
    }
    return failed ? 1 : 0
  }
}

export const explain: Command = {
  ...CATALOG.explain,
  async run({ values, positionals }, ctx) {
    if (!positionals.length) throw new UsageError('Which mail? Give a .eml file.')
    const results = await classifyFiles(positionals, ctx, (values.me as string[] | undefined) ?? [])
    let failed = 0
    for (const r of results) {
      if ('error' in r) {
        failed++
        ctx.io.err(`${r.file}: could not be read: ${r.error}`)
        continue
      }
      ctx.io.out(explanation(r, results.length > 1))
    }
    return failed ? 1 : 0
  }
}

export function explanation(r: Outcome, named: boolean): string {
  const where =
    r.application && r.match
      ? `Filed on ${r.application.company}${r.application.role ? ` — ${r.application.role}` : ''} because ${r.match.reason}`
      : 'Not filed on any application: nothing in it points to one you track'
  if (r.match?.direction === 'out') return `${named ? `${basename(r.file)}: ` : ''}${where}. You sent this message.`
  const { category, confidence, lowConfidence, reasons, evidence } = r.result
  const quoted = reasons.filter((x) => x.startsWith('"'))
  const other = reasons.filter((x) => !x.startsWith('"'))
  const because = [...other, ...(quoted.length ? [`it says ${quoted.join(', ')}`] : [])]
  const why = because.length ? ` because ${because.join('; ')}` : ''
  const sure = lowConfidence ? ' — not sure, please look' : ''
  const looks = category === 'unrelated' ? 'this is not about your applications' : `this looks like ${CATEGORY_WORDS[category]}`
  const lines = [`${named ? `${basename(r.file)}: ` : ''}${where}; ${looks} (confidence ${confidence.toFixed(2)})${sure}${why}.`]
  if (evidence && !reasons.some((x) => x.includes(evidence))) lines.push(`The sentence that decided it: "${evidence}"`)
  if (r.result.automatic && category !== 'acknowledgement')
    lines.push('It was written by a machine: it does not count as an answer and cancels no follow-up.')
  if (category !== 'unrelated' && !(r.result.automatic && category !== 'acknowledgement')) lines.push(...factLines(r.facts))
  for (const p of r.proposals)
    lines.push(
      `Afterview would propose: ${PROPOSAL_WORDS[p.kind](p)}${p.kind === 'close_application' || p.kind === 'move_to_offer' ? ' (always waits for you)' : ''}.`
    )
  return lines.join('\n')
}

const day = (iso: string): string => {
  const d = new Date(`${iso}T12:00:00Z`)
  return d.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })
}

/** The facts in plain words: what they promised, what they asked of you, who to answer. */
function factLines(f: ExtractedFacts): string[] {
  const lines: string[] = []
  if (f.respondBy) lines.push(`They said you will hear back by ${day(f.respondBy)}: "${f.evidence}"`)
  else lines.push('They gave no timeline for when you will hear back.')
  if (f.candidateDeadline) lines.push(`They asked you to act by ${day(f.candidateDeadline)}: "${f.deadlineEvidence}"`)
  if (f.nextStep) lines.push(`The next step they named: ${f.nextStep} ("${f.nextStepEvidence}").`)
  if (f.replyTo)
    lines.push(
      `Answer ${f.replyTo.name ? `${f.replyTo.name} <${f.replyTo.email}>` : f.replyTo.email}${f.replyTo.title ? `, ${f.replyTo.title}` : ''}.`
    )
  return lines
}
