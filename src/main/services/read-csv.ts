/**
 * Reads an import's CSV with csv-parse (a maintained RFC 4180 parser: quotes, doubled
 * quotes, line breaks inside quotes, a byte-order mark) and keeps each record's first
 * line, so every problem can name it. Comma, semicolon and tab separators are told apart
 * from the first row (spreadsheets in many locales save with semicolons). Lives on the
 * main side: csv-parse works on Node's Buffer, which the pure core does not have.
 */
import { CsvError, parse } from 'csv-parse/sync'
import { ImportProblems, type CsvRow } from '../../shared/core/import'

/** The separator the header row uses most: , ; or tab. */
function separatorOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: firstLine.split(sep).length - 1 }))
  counts.sort((a, b) => b.n - a.n)
  return counts[0].n > 0 ? counts[0].sep : ','
}

export function readCsv(input: string): CsvRow[] {
  // One kind of line break, so line numbers count what a text editor shows.
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const delimiter = separatorOf(text.split('\n', 1)[0] ?? '')
  let records: Array<{ record: string[]; raw: string }>
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, raw: true }) as never
  } catch (error) {
    if (error instanceof CsvError) throw new ImportProblems([plainCsvError(error, text)])
    throw error
  }
  const rows: CsvRow[] = []
  let line = 1
  for (const { record, raw } of records) {
    const leading = /^\n*/.exec(raw)![0].length // skipped empty lines before the record
    line += leading
    rows.push({ line, cells: record })
    line += (raw.slice(leading).replace(/\n$/, '').match(/\n/g)?.length ?? 0) + 1
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''))
}

/** csv-parse's errors said plainly, with the line where the trouble starts. */
function plainCsvError(error: CsvError, text: string): string {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = quoteLine(text)
    return `${line ? `line ${line}: ` : ''}a quoted value is never closed: a " is missing at its end (or a " inside a value must be written twice, "")`
  }
  const line = (error as CsvError & { lines?: number }).lines
  return `${line ? `line ${line}: ` : ''}this is not readable as CSV (${error.message.replace(/^[^:]*:\s*/, '')})`
}

/** The line of the quote that opens the value left open: the last opening quote outside a closed value. */
function quoteLine(text: string): number | undefined {
  let quoted = false
  let openedAt = 0
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') line++
    if (ch !== '"') continue
    if (quoted && text[i + 1] === '"') i++
    else if (quoted) quoted = false
    else if (i === 0 || /[,;\t\n]/.test(text[i - 1])) {
      quoted = true
      openedAt = line
    }
  }
  return quoted ? openedAt : undefined
}
