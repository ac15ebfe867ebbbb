/**
 * A small RFC 4180 CSV reader and writer: quoted fields, doubled quotes, line breaks
 * inside quotes, comma / semicolon / tab separators (spreadsheets in many locales save
 * with semicolons), a UTF-8 byte-order mark. Each row remembers its line number.
 */

export interface CsvRow {
  /** 1-based line number where the row starts in the file. */
  line: number
  cells: string[]
}

export class CsvError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`)
  }
}

function detectSeparator(firstLine: string): string {
  const counts = [',', ';', '\t'].map((sep) => ({ sep, n: firstLine.split(sep).length - 1 }))
  counts.sort((a, b) => b.n - a.n)
  return counts[0].n > 0 ? counts[0].sep : ','
}

export function parseCsv(input: string): CsvRow[] {
  const text = input.replace(/^\uFEFF/, '')
  const firstLineEnd = text.search(/\r?\n/)
  const sep = detectSeparator(firstLineEnd < 0 ? text : text.slice(0, firstLineEnd))
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let quoted = false
  let quoteLine = 0
  let i = 0
  const endRow = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells })
    cells = []
    cell = ''
  }
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      if (ch === '\n') line++
      cell += ch
      i++
      continue
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true
      quoteLine = line
      cell = ''
      i++
    } else if (ch === sep) {
      cells.push(cell)
      cell = ''
      i++
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
    } else {
      cell += ch
      i++
    }
  }
  if (quoted) throw new CsvError(quoteLine, 'a quoted field is never closed (a " is missing)')
  if (cell !== '' || cells.length) endRow()
  return rows
}

function quote(value: string, sep: string): string {
  return /["\r\n]/.test(value) || value.includes(sep) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function writeCsv(header: string[], rows: string[][], sep = ','): string {
  return [header, ...rows].map((r) => r.map((v) => quote(v, sep)).join(sep)).join('\r\n') + '\r\n'
}
