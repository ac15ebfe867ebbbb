import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FETCH_HEADERS, headerMessage, parseHeaderBlock } from '../../src/main/mail/sync/header-message'
import { parseMessage } from '../../src/main/mail/parse-message'
import { CORPUS_DIR } from '../fixtures/mail/load-applications'
import { looksJobRelated } from '../../src/shared/core/classifier/job-related'
import { isAutomatic, snippetOf } from '../../src/main/mail/sync/filing'
import addressparser from 'nodemailer/lib/addressparser'
import libmime from 'libmime'

/** What the scan fetches of a mail: its UID, arrival date and the asked header fields, as the server sends them. */
const fetched = (headers: string, internalDate = new Date('2026-11-20T10:00:00Z')) => ({
  uid: 7,
  internalDate,
  headers: Buffer.from(headers)
})
const DANA = [
  'From: Dana Whitfield <Dana@Kestrel.test>',
  'To: me@x.test',
  'Reply-To: Dana Whitfield <Dana@Kestrel.test>',
  'Subject: Re:  Interview   on Tuesday',
  'Date: Fri, 20 Nov 2026 09:59:00 +0000',
  'Message-ID: <ABC@Kestrel.test>',
  'In-Reply-To: <thanks-1@me.test>'
].join('\r\n')

describe('what the scan reads without a body', () => {
  it('builds the matcher’s view of a mail from envelope and headers', () => {
    const m = headerMessage(fetched(`${DANA}\r\nReferences: <a@x.test>\r\n <thanks-1@me.test>\r\nAuto-Submitted: auto-replied\r\n\r\n`))
    expect(m).toMatchObject({
      messageId: '<ABC@Kestrel.test>',
      inReplyTo: '<thanks-1@me.test>',
      references: ['<a@x.test>', '<thanks-1@me.test>'],
      subject: 'Re: Interview on Tuesday',
      from: { name: 'Dana Whitfield', address: 'dana@kestrel.test' },
      text: '',
      date: '2026-11-20T09:59:00.000Z'
    })
    expect(m.replyTo).toBeUndefined()
    expect(m.headers['auto-submitted']).toBe('auto-replied')
    expect(isAutomatic(m)).toBe(true)
  })
  it('gives a stable id to mail without a Message-ID and falls back to the arrival date', () => {
    const m = headerMessage(fetched('From: a@x.test\r\nSubject: hi\r\n\r\n'))
    expect(m.messageId).toMatch(/^<uid-7-\d+@afterview\.invalid>$/)
    expect(m.date).toBe('2026-11-20T10:00:00.000Z')
  })
  it('unfolds header lines and keeps the first of repeated headers', () => {
    expect(parseHeaderBlock('X-A: one\r\n two\r\nX-A: three\r\n\r\n')).toEqual({ 'x-a': 'one two' })
  })
  it('fetches bodies only for mail that looks job-related', () => {
    const base = headerMessage(fetched(`${DANA}\r\n\r\n`))
    expect(looksJobRelated({ ...base, subject: 'Lunch on Friday?', from: { name: 'A', address: 'a@example.org' } })).toBe(false)
    expect(looksJobRelated({ ...base, subject: 'Thanks for applying', from: { name: 'Acme', address: 'no-reply@greenhouse.io' } })).toBe(
      true
    )
    expect(looksJobRelated({ ...base, subject: 'Your application', from: { name: 'A', address: 'a@example.org' } })).toBe(true)
    expect(
      looksJobRelated({
        ...base,
        subject: 'New jobs: 10 roles for you',
        from: { name: 'A', address: 'a@example.org' },
        headers: { 'list-id': '<jobs.list>' }
      })
    ).toBe(false)
  })
  it('makes a short snippet without quoted text', () => {
    expect(snippetOf('Sounds good!\n> On Tue you wrote:\n> old text\nSee you', 100)).toBe('Sounds good! See you')
    expect(snippetOf('x'.repeat(300), 50)).toHaveLength(50)
  })
})

describe('the header fields read as a whole mail is read', () => {
  it('decodes encoded names and subjects, and flattens address groups', () => {
    const m = headerMessage(
      fetched(
        [
          'From: =?UTF-8?Q?Tom=C3=A1s_Garc=C3=ADa?= <Tomas@Vientos.test>',
          'To: "Whitfield, Dana" <dana@kestrel.test>, Panel: ana@x.test, =?ISO-8859-1?Q?J=F6rg?= <jorg@x.test>;',
          'Cc: undisclosed-recipients:;',
          'Subject: =?UTF-8?B?RW50cmV2aXN0YSBwYXJhIGVsIHB1ZXN0bw==?=',
          '  =?UTF-8?Q?_de_dise=C3=B1o?=',
          'Date: Tue, 3 Nov 2026 18:05:00 -0600 (CST)',
          '',
          ''
        ].join('\r\n')
      )
    )
    expect(m.from).toEqual({ name: 'Tomás García', address: 'tomas@vientos.test' })
    expect(m.to).toEqual([
      { name: 'Whitfield, Dana', address: 'dana@kestrel.test' },
      { name: '', address: 'ana@x.test' },
      { name: 'Jörg', address: 'jorg@x.test' }
    ])
    expect(m.cc).toEqual([])
    expect(m.subject).toBe('Entrevista para el puesto de diseño')
    expect(m.date).toBe('2026-11-04T00:05:00.000Z')
  })

  it('reads a hostile field in bounded time', () => {
    const started = performance.now()
    for (const from of [`a${' '.repeat(200_000)}x`, `${'a@'.repeat(100_000)} `, `"${'x'.repeat(200_000)}`, `${'<'.repeat(100_000)}a@b`])
      headerMessage(fetched(`From: ${from}\r\nTo: ${from}\r\nSubject: hi\r\n\r\n`))
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('keeps a broken encoded word or date as written, never failing the scan', () => {
    const m = headerMessage(fetched('From: =?UTF-8?Q?broken <b@x.test>\r\nSubject: =?X-UNKNOWN?Q?caf=E9?=\r\nDate: someday\r\n\r\n'))
    expect(m.from.address).toBe('b@x.test')
    expect(m.subject).toContain('caf')
    expect(m.date).toBe('2026-11-20T10:00:00.000Z') // the arrival date
  })

  // parseHeaderBlock reads the block in one pass (issue 14); it must read every block as unfolding it all, then
  // splitting it into lines, did: the header blocks of the corpus and blocks shaped to catch each shortcut.
  it('reads a header block as unfolding the whole of it and splitting it into lines does', () => {
    const former = (block: string): Record<string, string> => {
      const out: Record<string, string> = {}
      if (block.length <= 2) return out
      for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
        const colon = line.indexOf(':')
        if (colon <= 0) continue
        const name = line.slice(0, colon).trim().toLowerCase()
        if (!(name in out)) out[name] = line.slice(colon + 1).trim()
      }
      return out
    }
    const blocks = [
      'Subject: one\r\n\t two\r\n  three\r\nFrom: a@x.test\r\n\r\n',
      'Subject\r\n : folded before the colon\r\nTo: b@x.test\r\n',
      'Sub\r\n ject: a name folded in two\r\n\r\n',
      'no colon here\r\nanother line without\r\nTo: c@x.test\r\n: empty name\r\n\r\n',
      'From: a@x.test\nTo: lone line feeds\n\tfolded\n\n',
      'From: a@x.test\r\r\nSubject: carriage returns\r doubled\r\n',
      ' Leading: space first\r\nFrom: x\r\n',
      'From: last line without a break',
      'X-A: 1\r\nX-A: 2\r\nx-a: 3\r\nConstructor: c\r\n__proto__: p\r\n\r\n',
      'Subject: ends folded\r\n \r\n',
      'A: \r\nB:\r\n\r\n'
    ]
    const files = corpusFiles()
    for (const file of files)
      blocks.push(headerFields(readFileSync(file, 'utf8')), `${readFileSync(file, 'utf8').split(/\r?\n\r?\n/)[0]}\r\n\r\n`)
    const differ = blocks.filter((block) => JSON.stringify(parseHeaderBlock(block)) !== JSON.stringify(former(block)))
    expect(differ).toEqual([])
  })

  it('reads one mailbox, its name plain, quoted or encoded, as the full address parser does', () => {
    const viaParser = (value: string) =>
      addressparser(value, { flatten: true })
        .map((a) => ({ name: libmime.decodeWords(a.name ?? '').trim(), address: (a.address ?? '').trim().toLowerCase() }))
        .filter((a) => a.name !== '' || a.address !== '')
    for (const value of [
      'Dana Whitfield <Dana@Kestrel.test>',
      '"Dana Whitfield" <dana@kestrel.test>',
      '"Whitfield, Dana" <dana@kestrel.test>',
      '"Dana (HR)"<dana@kestrel.test>',
      '""  <dana@kestrel.test>',
      '"  spaced  name  " <dana@kestrel.test>',
      '=?UTF-8?B?VG9tw6FzIEJlbGw=?= <tomas@tracked1.test>',
      '=?UTF-8?Q?Tom=C3=A1s_Garc=C3=ADa?= <Tomas@Vientos.test>',
      '"=?UTF-8?Q?Tom=C3=A1s?=" <tomas@vientos.test>',
      '=?UTF-8?Q?Whitfield,_Dana?= <dana@kestrel.test>',
      '"Dana \\"Dee\\" Whitfield" <dana@kestrel.test>',
      'dana@kestrel.test',
      '<dana@kestrel.test>'
    ]) {
      const m = headerMessage(fetched(`From: ${value}\r\nTo: ${value}\r\nSubject: hi\r\n\r\n`))
      expect({ value, from: [m.from], to: m.to }).toEqual({ value, from: viaParser(value).slice(0, 1), to: viaParser(value) })
    }
  })

  // The scan's view must agree with the body's (parse-message.ts, mailparser): matching by headers and by the whole mail
  // then say the same. Every mail of the labelled corpus but the sealed held-out batches, whose texts nobody reads.
  it('agrees with the whole mail parsed on every mail of the labelled corpus', async () => {
    const files = corpusFiles()
    expect(files.length).toBeGreaterThan(1000)
    const differ: string[] = []
    for (const file of files) {
      const raw = readFileSync(file)
      const whole = await parseMessage(raw)
      const scanned = headerMessage(fetched(headerFields(raw.toString('utf8'))))
      const view = (m: typeof whole) => ({
        from: m.from,
        to: m.to,
        cc: m.cc,
        replyTo: m.replyTo,
        subject: m.subject,
        messageId: m.messageId.includes('afterview.invalid') ? 'none' : m.messageId,
        inReplyTo: m.inReplyTo,
        references: m.references,
        date: m.date
      })
      try {
        expect(view(scanned)).toEqual(view(whole))
      } catch (error) {
        differ.push(`${file.slice(CORPUS_DIR.length)}: ${(error as Error).message.split('\n').slice(0, 12).join(' ')}`)
      }
    }
    expect(differ).toEqual([])
  })
})

/** Every mail of the labelled corpus but the sealed held-out batches, whose texts nobody reads. */
function corpusFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) {
        if (!/^held-?out/.test(name)) walk(path)
      } else if (name.endsWith('.eml')) files.push(path)
    }
  }
  walk(CORPUS_DIR)
  return files
}

/** The asked fields of a raw mail's header, with their folded lines, as IMAP's BODY[HEADER.FIELDS (…)] returns them. */
function headerFields(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!
  const wanted = new Set(FETCH_HEADERS)
  const out: string[] = []
  let keep = false
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line)) {
      if (keep) out.push(line)
      continue
    }
    keep = wanted.has(line.slice(0, line.indexOf(':')).trim().toLowerCase())
    if (keep) out.push(line)
  }
  return `${out.join('\r\n')}\r\n\r\n`
}
