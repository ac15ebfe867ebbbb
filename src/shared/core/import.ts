/**
 * Turns an import file (JSON or CSV) into applications, or into the list of every problem
 * in it, each with its line, its column or field, and what to write instead. Pure: ids,
 * the clock and the CSV reader (a maintained parser, on the main side) are passed in. All
 * or nothing: if any entry is wrong, nothing is returned to save. The format is read from
 * the content, whatever the file is called.
 */
import type { Application } from '../model'
import { labelOf, plainIssue, sentence } from '../plain-issues'
import { ImportProblems, ImportedApplication, checkDuplicateIds, toApplication, type ImportOptions } from './import-application'
import { parseCsvImport } from './import-csv'

export { normalizeDate } from './import-dates'
export { ImportProblems, stageFromWord, type CsvReader, type CsvRow, type ImportOptions } from './import-application'
export { parseCsvImport } from './import-csv'

/** JSON when the content starts like JSON, CSV otherwise: the file name may mislead (a CSV saved as .txt). */
export function detectFormat(content: string): 'json' | 'csv' {
  const first = content
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0)
  return first === '{' || first === '[' ? 'json' : 'csv'
}

export function parseImport(content: string, options: ImportOptions): Application[] {
  return detectFormat(content) === 'json' ? parseJsonImport(content, options) : parseCsvImport(content, options)
}

// ---- JSON ----

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index)
  const line = before.split('\n').length
  return { line, column: index - before.lastIndexOf('\n') }
}

/** Where each application object starts: the objects directly inside the top-level list or "applications". */
function applicationLines(text: string): number[] {
  const lines: number[] = []
  const stack: string[] = []
  let line = 1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') line++
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
      continue
    }
    if (ch === '"') inString = true
    else if (ch === '{' || ch === '[') {
      const inList = (stack.length === 1 && stack[0] === '[') || (stack.length === 2 && stack[0] === '{' && stack[1] === '[')
      if (ch === '{' && inList) lines.push(line)
      stack.push(ch)
    } else if (ch === '}' || ch === ']') stack.pop()
  }
  return lines
}

/** JSON.parse's complaint, said plainly, with where it is and what usually causes it. */
function brokenJson(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message)
  const atEnd = /end of JSON/.test(error.message) || (!!position && Number(position[1]) >= text.trimEnd().length)
  const where = position && !atEnd ? lineAndColumn(text, Number(position[1])) : undefined
  const at = where ? `line ${where.line}, column ${where.column}` : atEnd ? 'at the end of the file' : 'somewhere in the file'
  const hint = atEnd
    ? 'the file stops too early: a closing } or ] is missing'
    : /property name/.test(error.message)
      ? 'a name in quotes is expected here: look for a comma before } or ], or a name without "double quotes"'
      : /after (property value|array element)/.test(error.message)
        ? 'a comma is missing between two values'
        : 'this is not valid JSON here: check the quotes and commas around it'
  return `${at}: ${hint}.`
}

export function parseJsonImport(text: string, options: ImportOptions): Application[] {
  let data: unknown
  const clean = text.replace(/^\uFEFF/, '')
  try {
    data = JSON.parse(clean)
  } catch (error) {
    throw new ImportProblems([`The file is not valid JSON: ${brokenJson(clean, error as Error)}`])
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { applications?: unknown }).applications)
      ? (data as { applications: unknown[] }).applications
      : undefined
  if (!list) throw new ImportProblems(['The JSON file must contain {"applications": [ … ]} (or a list of applications).'])
  const lines = applicationLines(clean)
  const problems: string[] = []
  let ambiguousDates = false
  const apps: Application[] = []
  list.forEach((raw, index) => {
    const where = `${lines.length === list.length ? `line ${lines[index]}, ` : ''}application ${index + 1}`
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${where}: each application must be an object like {"company": "Acme"}`)
      return
    }
    const parsed = ImportedApplication.safeParse(raw, { error: plainIssue })
    if (!parsed.success) {
      // Every problem of the entry, each with the field in words: "Company is required".
      for (const issue of parsed.error.issues)
        problems.push(`${where}: ${sentence(issue.path, issue.message)} (field "${issue.path.join('.') || labelOf([])}")`)
      return
    }
    const named = `${where} (${parsed.data.company})`
    const app = toApplication(parsed.data, options, (field, message, ambiguous) => {
      ambiguousDates ||= !!ambiguous
      problems.push(`${named}, field "${field}": ${message}`)
    })
    if (app) apps.push(app)
  })
  checkDuplicateIds(apps, problems)
  if (problems.length) throw new ImportProblems(problems, ambiguousDates)
  return apps
}
