import { describe, expect, it } from 'vitest'
import { parseCsv, writeCsv } from '../../src/shared/core/csv'
import { ImportProblems, normalizeDate, parseCsvImport, parseJsonImport } from '../../src/shared/core/import'

let n = 0
const options = { now: Date.parse('2026-11-20T10:00:00Z'), newId: (p: string) => `${p}${++n}` }

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
    expect(app.contacts[0]).toMatchObject({ name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com', title: 'Engineering Manager' })
    expect(app.interviews[0]).toMatchObject({ startsAt: '2026-11-18T15:00:00.000Z', durationMinutes: 45, contactIds: [app.contacts[0].id] })
    expect(app.sentMessageIds).toEqual(['<thanks-acme-1@mail.candidate.example>'])
  })

  it('ignores fields it does not know', () => {
    const [app] = parseJsonImport('{"applications":[{"company":"Kestrel","salary":"120k","recruiterMood":"great"}]}', options)
    expect(app.company).toBe('Kestrel')
    expect(app).not.toHaveProperty('salary')
  })

  it('names the line and field of a bad value, and imports nothing', () => {
    const text = '{"applications":[\n{"company":"Good Co","appliedAt":"2026-10-02"},\n{"company":"Bad Co",\n "appliedAt":"13/13/2026"}\n]}'
    const list = problems(() => parseJsonImport(text, options))
    expect(list).toHaveLength(1)
    expect(list[0]).toMatch(/application 2 \(line 3\) \(Bad Co\), field appliedAt: "13\/13\/2026"/)
  })

  it('says where the JSON is broken', () => {
    const list = problems(() => parseJsonImport('{"applications":[\n{"company": "A",}\n]}', options))
    expect(list[0]).toMatch(/not valid JSON \(line 2\)/)
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
    const csv = 'Company Name;Job Title;Date Applied;Status;Recruiter;E-mail;Comments\r\n"Acme; Robotics";Engineer;2026-10-02;Phone screen;Dana Whitfield;DANA@acme.com;"said ""soon"""\r\n'
    const [app] = parseCsvImport(csv, options)
    expect(app).toMatchObject({ company: 'Acme; Robotics', role: 'Engineer', appliedAt: '2026-10-02', stage: 'interviewing', notes: 'said "soon"' })
    expect(app.contacts[0]).toMatchObject({ name: 'Dana Whitfield', email: 'dana@acme.com' })
  })

  it('names the line and the column of a bad cell, and imports nothing', () => {
    const csv = 'company,role,applied date,status\nAcme,Engineer,2026-10-02,applied\nKestrel,PM,03/04/2026,applied\nNorthwind,,2026-10-05,maybe\n'
    const list = problems(() => parseCsvImport(csv, options))
    expect(list).toEqual([
      'line 3, column "applied date": "03/04/2026" could be day/month or month/day; write it as YYYY-MM-DD',
      'line 4, column "status": "maybe" is not a stage Afterview knows (applied, interviewing, offer, rejected, …)'
    ])
  })

  it('explains a missing company column', () => {
    expect(problems(() => parseCsvImport('name,date\nA,2026-01-01\n', options))[0]).toMatch(/no "company" column was found \(columns: "name", "date"\)/)
  })

  it('keeps line numbers right across line breaks inside quotes', () => {
    const rows = parseCsv('a,b\n"multi\nline",x\nlast,y\n')
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4])
    expect(rows[1].cells[0]).toBe('multi\nline')
  })

  it('round-trips what it writes', () => {
    const text = writeCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', ' padded ']])
    expect(parseCsv(text).map((r) => r.cells)).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['line\nbreak', ' padded ']])
  })
})

describe('dates', () => {
  it('accepts unambiguous forms and refuses ambiguous ones', () => {
    expect(normalizeDate('2026-10-2')).toBe('2026-10-02')
    expect(normalizeDate('Oct 2, 2026')).toBe('2026-10-02')
    expect(normalizeDate('2 October 2026')).toBe('2026-10-02')
    expect(normalizeDate('2026-02-30')).toEqual({ error: '"2026-02-30" is not a real date' })
    expect(normalizeDate('10/02/2026')).toHaveProperty('error')
  })
})
