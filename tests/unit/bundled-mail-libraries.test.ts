/**
 * imapflow and mailparser are bundled into the built app, with the packages they load at
 * start-up but Afterview does not use (pino, socks, html-to-text, linkify-it) loaded on first
 * use instead (issue 14). The bundled copies behave as the packages do, stand-ins included:
 * mailparser's text-to-HTML links (linkify-it) and HTML-to-text, imapflow's default logger (pino),
 * and libmime's double-byte charset table, built at the first mail that needs it.
 * Needs `npm run build` (npm test does it first).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ImapFlow as PackagedImapFlow } from 'imapflow'
import { simpleParser as packagedParser } from 'mailparser'
import iconv from 'iconv-lite'
import { requireBuiltApp } from '../support/built-app'

const chunks = join(__dirname, '..', '..', 'out', 'main', 'chunks')

/** The built chunk that exports `name` (rolldown names chunks after their content). */
function builtExport<T>(name: string): T {
  for (const file of readdirSync(chunks)) {
    if (!readFileSync(join(chunks, file), 'utf8').includes(`exports.${name} = `)) continue
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(join(chunks, file)) as Record<string, T>)[name]!
  }
  throw new Error(`No built chunk exports ${name}.`)
}

beforeAll(() => requireBuiltApp())

const mail = [
  'From: Dana <dana@example.org>',
  'To: me@example.org',
  'Subject: Links',
  'Content-Type: multipart/alternative; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'See https://jobs.example.org/apply?id=1 or careers.acme.jobs, write to hiring@example.org, @afterview on www.example.com.',
  '--b',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Hello <b>there</b></p>',
  '--b--',
  ''
].join('\r\n')
const htmlOnly = [
  'From: a@example.org',
  'Subject: HTML',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<h1>Interview</h1><p>Tuesday <i>at</i> 10</p>'
].join('\r\n')

describe('the bundled mail libraries', () => {
  it('parse mail as mailparser does, with links found and HTML turned into text when asked', async () => {
    const simpleParser = builtExport<typeof packagedParser>('simpleParser')
    for (const raw of [mail, htmlOnly]) {
      const built = await simpleParser(raw)
      const packaged = await packagedParser(raw)
      expect(built.textAsHtml).toBe(packaged.textAsHtml)
      expect(built.text).toBe(packaged.text)
      expect(built.html).toBe(packaged.html)
      expect(built.subject).toBe(packaged.subject)
    }
    expect((await simpleParser(mail)).textAsHtml).toContain('<a href="http://careers.acme.jobs">')
    expect((await simpleParser(htmlOnly)).text).toContain('Tuesday at 10')
  })

  it('read mail in double-byte and other charsets as mailparser does (its GBK table is built on first use)', async () => {
    const simpleParser = builtExport<typeof packagedParser>('simpleParser')
    const texts: Array<[string, string]> = [
      ['gbk', '感谢您参加面试，我们将在周五前回复您。'],
      ['big5', '感謝您參加面試，我們將在週五前回覆您。'],
      ['shift_jis', '面接にお越しいただきありがとうございました。'],
      ['iso-8859-1', 'Merci pour l’entretien, réponse avant vendredi.'.replace('’', "'")]
    ]
    for (const [charset, text] of texts) {
      const raw = Buffer.concat([
        Buffer.from(
          `From: Dana <dana@example.org>\r\nSubject: =?utf-8?Q?Re=3A_interview?=\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`
        ),
        iconv.encode(text, charset)
      ])
      const built = await simpleParser(raw)
      expect(built.text?.trim()).toBe(text)
      expect(built.text).toBe((await packagedParser(raw)).text)
    }
  })

  it('give imapflow its default logger when none is chosen, as the package does', () => {
    const ImapFlow = builtExport<typeof PackagedImapFlow>('ImapFlow')
    const options = { host: '127.0.0.1', port: 1, auth: { user: 'u', pass: 'p' } }
    const built = new ImapFlow(options) as unknown as { log: Record<string, unknown> }
    const packaged = new PackagedImapFlow(options) as unknown as { log: Record<string, unknown> }
    expect(typeof built.log.info).toBe('function')
    expect(Object.keys(built.log).sort()).toEqual(Object.keys(packaged.log).sort())
  })
})
