/**
 * Follow-up templates: parsing the template files, filling placeholders, previewing.
 * Pure: the main process reads the files and passes their text in.
 *
 * Syntax (a small, mustache-like subset):
 *   {{firstName}}                 a value; left as `{{firstName}}` when unknown
 *   {{#topics}} … {{/topics}}     kept only when `topics` has a value
 *   {{^topics}} … {{/topics}}     kept only when `topics` has none
 * A value that stays unknown is shown in the preview as a marker ("[first name?]") and
 * makes the draft unsendable until the user fills it in or deletes it.
 */
import type { Application, Contact, Interview, Settings } from '../model'
import type { MailActionKind, NextAction } from './planner'
import { callName } from './call-name'
import { resolveTimeZone } from './time'

export interface Template {
  id: string
  kind: MailActionKind
  /** "Thank-you after an interview" */
  name: string
  subject: string
  body: string
  /** A default shipped in resources/templates (the user may override it with the same id). */
  builtIn?: boolean
}

/** The placeholders a template may use, with the words shown when one is missing. */
export const PLACEHOLDERS = {
  firstName: 'first name',
  fullName: 'their name',
  company: 'company',
  role: 'role',
  interviewDay: 'interview day',
  topics: 'what you discussed',
  myName: 'your name',
  signature: 'your signature',
  availability: 'your availability',
  theirSubject: 'their subject'
} as const
export type PlaceholderName = keyof typeof PLACEHOLDERS
export type TemplateValues = Partial<Record<PlaceholderName | string, string>>

const TOKEN = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g
const SECTION = /\{\{([#^])\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/g

const has = (values: TemplateValues, name: string) => (values[name] ?? '').trim() !== ''

export function labelOf(name: string): string {
  return (PLACEHOLDERS as Record<string, string>)[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** The marker a missing value shows as: "[first name?]". */
export function markerOf(name: string): string {
  return `[${labelOf(name)}?]`
}

export interface Rendered {
  text: string
  /** Placeholders left unresolved, in order of first appearance. */
  missing: string[]
}

/** Fills a template: sections first, then values; unknown values stay as `{{name}}`. */
export function renderTemplate(template: string, values: TemplateValues): Rendered {
  let text = template
  for (let guard = 0; guard < 5 && SECTION.test(text); guard++) {
    SECTION.lastIndex = 0
    text = text.replace(SECTION, (_m, mode: string, name: string, inner: string) => (has(values, name) === (mode === '#') ? inner : ''))
  }
  SECTION.lastIndex = 0
  text = text.replace(TOKEN, (whole, name: string) => (has(values, name) ? values[name]!.trim() : whole))
  // A section that dropped out may leave a run of blank lines behind.
  text = text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  return { text, missing: unresolved(text) }
}

/** Placeholders still present in a text, each once, in order. */
export function unresolved(text: string): string[] {
  const seen: string[] = []
  for (const m of text.matchAll(TOKEN)) if (!seen.includes(m[1])) seen.push(m[1])
  return seen
}

export type PreviewPart = { text: string } | { missing: string; marker: string }

/** A text split into plain runs and missing-value markers, for highlighting. */
export function previewParts(text: string): PreviewPart[] {
  const parts: PreviewPart[] = []
  let last = 0
  for (const m of text.matchAll(TOKEN)) {
    if (m.index! > last) parts.push({ text: text.slice(last, m.index) })
    parts.push({ missing: m[1], marker: markerOf(m[1]) })
    last = m.index! + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

/** The text as the preview shows it: every missing value as its marker. */
export function previewText(text: string): string {
  return previewParts(text)
    .map((p) => ('text' in p ? p.text : p.marker))
    .join('')
}

const MARKER = /\[([a-z][a-z ]*)\?\]/g

/** The text as the compose field shows it: `{{firstName}}` becomes "[first name?]", never raw template syntax. */
export function toEditable(text: string): string {
  return text.replace(TOKEN, (_m, name: string) => markerOf(name))
}

/** The reverse of toEditable: a marker left in the text stays a missing value, so it can never be sent. */
export function fromEditable(text: string): string {
  return text.replace(MARKER, (whole, label: string) => {
    const known = Object.entries(PLACEHOLDERS).find(([, l]) => l === label)?.[0]
    const name = known ?? label.replace(/ ([a-z])/g, (_x, c: string) => c.toUpperCase())
    return labelOf(name) === label ? `{{${name}}}` : whole
  })
}

/** Puts `value` wherever the placeholder `name` is missing. */
export function fillPlaceholder(text: string, name: string, value: string): string {
  return text.replace(TOKEN, (whole, n: string) => (n === name ? value : whole))
}

/**
 * Why a draft cannot be sent yet, in plain words, or undefined when it can.
 * Never lets `{{firstName}}` (or its marker) reach a recipient.
 */
export function unsendableReason(subject: string, body: string): string | undefined {
  const missing = unresolved(`${subject}\n${body}`)
  if (missing.length) {
    const list = missing.map(markerOf).join(', ')
    return `Fill in ${missing.map(labelOf).join(', ')} first — ${missing.length === 1 ? 'it is' : 'they are'} still shown as ${list}.`
  }
  if (!body.trim()) return 'The message is empty.'
  if (!subject.trim()) return 'Add a subject first.'
  return undefined
}

/** "Re: …", without stacking "Re: Re:". */
export function replySubject(subject: string): string {
  const s = subject.trim()
  return /^(re|aw|sv|antw)\s*:/i.test(s) ? s : `Re: ${s}`
}

/**
 * Parses a template file: a header block between `---` lines (id, kind, name, subject),
 * then the body. Throws a plain-words Error when a field is missing.
 */
export function parseTemplateFile(raw: string, fallbackId: string): Template {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw.replace(/^\uFEFF/, ''))
  if (!m) throw new Error(`Template ${fallbackId} has no header (a block between --- lines).`)
  const header: Record<string, string> = {}
  for (const line of m[1].split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) header[line.slice(0, i).trim()] = line.slice(i + 1).trim()
  }
  for (const field of ['kind', 'name', 'subject']) {
    if (!header[field]) throw new Error(`Template ${fallbackId} has no ${field}.`)
  }
  return {
    id: header.id || fallbackId,
    kind: header.kind as MailActionKind,
    name: header.name,
    subject: header.subject,
    body: m[2].trim() + '\n',
    builtIn: true
  }
}

/** The template used for an action kind: the user's own first, else the built-in one. */
export function templateFor(kind: MailActionKind, templates: readonly Template[]): Template | undefined {
  const forKind = templates.filter((t) => t.kind === kind)
  return forKind.find((t) => !t.builtIn) ?? forKind[0]
}

export interface ValueSources {
  application: Application
  action: Pick<NextAction, 'kind' | 'contactIds' | 'interviewId' | 'asksNextSteps'>
  settings: Pick<Settings, 'userName' | 'signature' | 'planner'>
  /** Subject of the message being answered, when any. */
  theirSubject?: string
}

/** Everything Afterview knows for the placeholders of one action. Unknown ones are left out. */
/**
 * The first line of the interview's notes as words for a sentence: "night shifts, precepting new grads, 12-hour
 * schedule" reads "night shifts, precepting new grads and 12-hour schedule". Capitals stay as typed (a name, "Excel").
 */
export function topicsPhrase(notes: string): string | undefined {
  const items = (notes.split(/\r?\n/)[0] ?? '')
    .split(/[,;]/)
    .map((t) => t.trim().replace(/[.\s]+$/, ''))
    .filter((t) => t !== '')
  if (items.length === 0) return undefined
  if (items.length === 1) return items[0]
  const last = items[items.length - 1]!.replace(/^(?:and|&)\s+/i, '')
  return `${items.slice(0, -1).join(', ')} and ${last}`
}

export function templateValues({ application, action, settings, theirSubject }: ValueSources): TemplateValues {
  const tz = resolveTimeZone(settings.planner.timeZone)
  const contacts = action.contactIds.map((id) => application.contacts.find((c) => c.id === id)).filter((c): c is Contact => !!c)
  const interview: Interview | undefined = application.interviews.find((i) => i.id === action.interviewId)
  const firstNames = contacts.map((c) => callName(c.name, application.company)).filter(Boolean)
  const values: TemplateValues = {
    firstName: firstNames.length > 1 ? `${firstNames.slice(0, -1).join(', ')} and ${firstNames[firstNames.length - 1]}` : firstNames[0],
    fullName: contacts[0]?.name,
    company: application.company,
    role: application.role || undefined,
    interviewDay: interview ? weekdayName(Date.parse(interview.startsAt), tz) : undefined,
    topics: interview?.topics ? topicsPhrase(interview.topics) : undefined,
    myName: settings.userName || undefined,
    signature: settings.signature || settings.userName || undefined,
    theirSubject,
    asksNextSteps: action.kind === 'thank_you' && action.asksNextSteps ? 'yes' : undefined
  }
  for (const key of Object.keys(values)) if (!values[key]) delete values[key]
  return values
}

/** "Tuesday" — the day an interview was on, in the user's zone. */
function weekdayName(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long' }).format(new Date(ms))
}
