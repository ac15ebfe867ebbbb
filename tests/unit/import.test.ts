import { describe, expect, it } from 'vitest'
import { writeCsv } from '../../src/shared/core/csv'
import {
  ImportProblems,
  detectFormat,
  normalizeDate,
  parseCsvImport,
  parseImport,
  parseJsonImport,
  type ImportOptions
} from '../../src/shared/core/import'
import { readCsv } from '../../src/main/services/read-csv'

let n = 0
const options: ImportOptions = { now: Date.parse('2026-11-20T10:00:00Z'), newId: (p: string) => `${p}${++n}`, readCsv }

const ISSUE_EXAMPLE = `{"applications":[{"id":"acme-swe","company":"Acme Robotics","role":"Senior Software Engineer","companyDomain":"acmerobotics.com","appliedAt":"2026-10-02","status":"interviewing","contacts":[{"name":"Dana Whitfield","email":"dana.whitfield@acmerobotics.com","role":"Engineering Manager"}],"interviews":[{"at":"2026-11-18T15:00:00Z","durationMinutes":45,"with":["Dana Whitfield"]}],"sentMessageIds":["<thanks-acme-1@mail.candidate.example>"]}]}`

function problems(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof ImportProblems) return error.problems
    throw error
  }
  throw new Error('expected the import to be refused')
}

describe('JSON import', () => {
  it('reads the documented shape, keeps ids and links interviewers by name', () => {
    const [app] = parseJsonImport(ISSUE_EXAMPLE, options)
    expect(app.id).toBe('acme-swe')
    expect(app.stage).toBe('interviewing')
    expect(app.contacts[0]).toMatchObject({
      name: 'Dana Whitfield',
      email: 'dana.whitfield@acmerobotics.com',
      title: 'Engineering Manager'
    })
    expect(app.interviews[0]).toMatchObject({ startsAt: '2026-11-18T15:00:00.000Z', durationMinutes: 45, contactIds: [app.contacts[0].id] })
    expect(app.sentMessageIds).toEqual(['<thanks-acme-1@mail.candidate.example>'])
  })

  it('ignores fields it does not know', () => {
    const [app] = parseJsonImport('{"applications":[{"company":"Kestrel","salary":"120k","recruiterMood":"great"}]}', options)
    expect(app.company).toBe('Kestrel')
    expect(app).not.toHaveProperty('salary')
  })

  it('lists every problem of every entry at once, each with its line, in plain words', () => {
    const text =
      '{"applications":[\n{"company":"Good Co","appliedAt":"2026-10-02"},\n{"company":"Bad Co",\n "appliedAt":"13/13/2026"},\n{"role":"PM", "contacts":[{"email":"x@y.z"}]},\n{"company":"Third","status":"maybe"}\n]}'
    const list = problems(() => parseJsonImport(text, options))
    expect(list).toEqual([
      'line 3, application 2 (Bad Co), field "appliedAt": "13/13/2026" is not a date: neither 13 nor 13 is a month; write it like 2026-11-22',
      'line 5, application 3: Company is required (field "company")',
      'line 5, application 3: Name of contact 1 is required (field "contacts.0.name")',
      'line 6, application 4 (Third), field "status": "maybe" is not a stage Afterview knows (applied, interviewing, offer, rejected, …)'
    ])
    expect(list.join('\n')).not.toMatch(/Invalid input|expected string|received undefined/)
  })

  it('says where the JSON is broken and what usually causes it', () => {
    const list = problems(() => parseJsonImport('{"applications":[\n{"company": "A",}\n]}', options))
    expect(list).toEqual([
      'The file is not valid JSON: line 2, column 17: a name in quotes is expected here: look for a comma before } or ], or a name without "double quotes".'
    ])
    expect(problems(() => parseJsonImport('{"applications":[{"company":"A"}', options))[0]).toMatch(
      /at the end of the file: the file stops too early/
    )
  })

  it('refuses a file without applications', () => {
    expect(problems(() => parseJsonImport('{"jobs":[]}', options))[0]).toMatch(/must contain \{"applications"/)
  })

  it('refuses an id used twice', () => {
    expect(problems(() => parseJsonImport('[{"id":"a","company":"A"},{"id":"a","company":"B"}]', options))[0]).toMatch(/"a" is used twice/)
  })
})

describe('CSV import', () => {
  it('reads a spreadsheet with common column names, in any case', () => {
    const csv =
      'Company Name;Job Title;Date Applied;Status;Recruiter;E-mail;Comments\r\n"Acme; Robotics";Engineer;2026-10-02;Phone screen;Dana Whitfield;DANA@acme.com;"said ""soon"""\r\n'
    const [app] = parseCsvImport(csv, options)
    expect(app).toMatchObject({
      company: 'Acme; Robotics',
      role: 'Engineer',
      appliedAt: '2026-10-02',
      stage: 'interviewing',
      notes: 'said "soon"'
    })
    expect(app.contacts[0]).toMatchObject({ name: 'Dana Whitfield', email: 'dana@acme.com' })
  })

  it('lists every problem at once with its line and column, short rows included, and imports nothing', () => {
    const csv =
      'company,role,applied date,status\nAcme,Engineer,2026-10-02,applied\nKestrel,PM,03/04/2026,applied\nNorthwind,,2026-10-05,maybe\nGlobex,Designer\n,Tester,2026-10-06,applied\n'
    const list = problems(() => parseCsvImport(csv, options))
    expect(list).toEqual([
      'line 3, column "applied date": "03/04/2026" could be 3 April 2026 or March 4, 2026: write it as 2026-04-03 or 2026-03-04, or say whether your dates put the day or the month first',
      'line 4, column "status": "maybe" is not a stage Afterview knows (applied, interviewing, offer, rejected, …)',
      'line 5: this row has 2 cells but the first row names 4 columns: a separator is missing, or a value that contains one needs "double quotes"',
      'line 6, column "company": the company is empty: fill it in, or delete the row'
    ])
  })

  it('reads a date that could be either order by the date order it is given', () => {
    const csv = 'company,applied date\nKestrel,03/04/2026\n'
    expect(parseCsvImport(csv, { ...options, dateOrder: 'day-first' })[0].appliedAt).toBe('2026-04-03')
    expect(parseCsvImport(csv, { ...options, dateOrder: 'month-first' })[0].appliedAt).toBe('2026-03-04')
  })

  it('explains a missing company column', () => {
    expect(problems(() => parseCsvImport('name,date\nA,2026-01-01\n', options))[0]).toMatch(
      /no "company" column was found \(columns: "name", "date"\)/
    )
  })

  it('names the line of a quote that is never closed', () => {
    expect(problems(() => parseCsvImport('company,notes\nAcme,fine\nKestrel,"never closed\nNorthwind,x\n', options))).toEqual([
      'line 3: a quoted value is never closed: a " is missing at its end (or a " inside a value must be written twice, "")'
    ])
  })

  it('keeps line numbers right across line breaks inside quotes, CRLF and blank lines', () => {
    const rows = readCsv('a,b\r\n"multi\r\nline",x\r\n\r\nlast,y\r\n')
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5])
    expect(rows[1].cells[0]).toBe('multi\nline')
    const list = problems(() => parseCsvImport('company,applied\n"Acme\nRobotics",2026-01-01\n\nKestrel,someday\n', options))
    expect(list).toEqual(['line 5, column "applied": "someday" is not a date Afterview can read: write it like 2026-11-22 or Nov 22, 2026'])
  })

  it('reads tab-separated files and a byte-order mark, and keeps commas inside semicolon files', () => {
    expect(readCsv('\uFEFFcompany\trole\nAcme, Inc\tEngineer\n')).toEqual([
      { line: 1, cells: ['company', 'role'] },
      { line: 2, cells: ['Acme, Inc', 'Engineer'] }
    ])
    expect(parseCsvImport('Company;Notes\nAcme;first, second\n', options)[0]).toMatchObject({ company: 'Acme', notes: 'first, second' })
  })

  it('round-trips what it writes', () => {
    const text = writeCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        ['line\nbreak', ' padded ']
      ]
    )
    expect(readCsv(text).map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', ' padded ']
    ])
  })
})

describe('format from the content', () => {
  it('reads a CSV saved as .txt, and JSON whatever it is called', () => {
    expect(detectFormat('\uFEFF  {"applications":[]}')).toBe('json')
    expect(detectFormat('[{"company":"A"}]')).toBe('json')
    expect(detectFormat('company,role\nAcme,Engineer\n')).toBe('csv')
    const [app] = parseImport('company,role\nAcme,Engineer\n', options)
    expect(app).toMatchObject({ company: 'Acme', role: 'Engineer' })
    expect(parseImport('[{"company":"Kestrel"}]', options)[0].company).toBe('Kestrel')
  })
})

describe('dates', () => {
  it('accepts unambiguous forms in any common style', () => {
    expect(normalizeDate('2026-10-2')).toBe('2026-10-02')
    expect(normalizeDate('2026/11/22')).toBe('2026-11-22')
    expect(normalizeDate('11/22/2026')).toBe('2026-11-22')
    expect(normalizeDate('22/11/2026')).toBe('2026-11-22')
    expect(normalizeDate('22.11.2026')).toBe('2026-11-22')
    expect(normalizeDate('03.04.2026')).toBe('2026-04-03')
    expect(normalizeDate('Nov 22, 2026')).toBe('2026-11-22')
    expect(normalizeDate('November 22nd 2026')).toBe('2026-11-22')
    expect(normalizeDate('Sun, Nov 22, 2026')).toBe('2026-11-22')
    expect(normalizeDate('22 November 2026')).toBe('2026-11-22')
    expect(normalizeDate('22-Nov-2026')).toBe('2026-11-22')
    expect(normalizeDate('Sept 3, 2026')).toBe('2026-09-03')
    expect(normalizeDate('04/04/2026')).toBe('2026-04-04')
  })

  it('follows the date order for ambiguous dates, and without one names both readings', () => {
    expect(normalizeDate('10/02/2026', 'month-first')).toBe('2026-10-02')
    expect(normalizeDate('10/02/2026', 'day-first')).toBe('2026-02-10')
    expect(normalizeDate('10/02/2026')).toEqual({
      error: expect.stringMatching(/could be 10 February 2026 or October 2, 2026: write it as 2026-02-10 or 2026-10-02/),
      ambiguous: true
    })
  })

  it('refuses what is no date, in plain words', () => {
    expect(normalizeDate('2026-02-30')).toEqual({ error: '"2026-02-30" is not a real date' })
    expect(normalizeDate('31/02/2026')).toEqual({ error: '"31/02/2026" is not a real date' })
    expect(normalizeDate('next week')).toEqual({
      error: '"next week" is not a date Afterview can read: write it like 2026-11-22 or Nov 22, 2026'
    })
  })
})
