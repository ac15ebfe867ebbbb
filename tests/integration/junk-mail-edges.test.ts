/**
 * Mail in Junk, told as it should be (found by a review of 8ec43904): still told when no window listened as it was found
 * (the app started hidden at login), past a spam with an endless Message-ID, without the control characters of a
 * hostile subject or name, and once for the same reply in two accounts. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import type { MailServers } from '../support/mail-servers'
import type { AppServices } from '../../src/main/services'
import { fromDana as dana, startJunkWorld, type JunkWorld } from './junk-world'

let w: JunkWorld
let mail: MailServers
let services: AppServices
let notices: string[]
beforeEach(async () => {
  w = await startJunkWorld({ users: ['jobs'] })
  ;({ mail, services, notices } = w)
}, 120_000)
afterEach(() => w?.close())

const t = Date.now()
const reply = `<reply-${t}@acmerobotics.test>`
const fromDana = (over: Parameters<typeof dana>[1] = {}) => dana(mail, { messageId: reply, ...over })
const intoJunk = (raw: string | Buffer, user?: string) => w.intoJunk(raw, user)
const track = () => w.trackAcme()
const connect = (user?: string) => w.connect(user)

it('a reply in Junk found while no window listens (app started hidden / before the window loads) is still told once one does', async () => {
  await track()
  await intoJunk(fromDana())
  const account = await connect()
  w.listening = false // services.mail.start() runs its first pass before any BrowserWindow exists
  await services.mail.sync.syncOnce([account])
  w.listening = true // the window opens; the Banner asks getStatus and listens to 'notice'
  await services.mail.sync.syncOnce([account])
  const shown = [...notices, ...(await services.getStatus(undefined)).warnings].filter((m) => m.includes('Junk folder'))
  expect(shown).toHaveLength(1)
}, 120_000)

it('one spam with an over-long Message-ID forging a contact does not keep the real reply in Junk from being told', async () => {
  await track()
  await intoJunk(fromDana())
  await intoJunk(
    fromDana({
      subject: 'Re: your application',
      messageId: `<${'x'.repeat(1100)}@acmerobotics.test>`,
      body: 'Open the attached offer.'
    })
  )
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(notices).toHaveLength(1)
  expect(notices[0]).toContain('Acme Robotics')
}, 120_000)

it('a notice carries no control characters from the attacker-written subject and sender name (printed raw to a terminal by `afterview sync`)', async () => {
  await track()
  const esc = (s: string) => `=?utf-8?b?${Buffer.from(s).toString('base64')}?=`
  await intoJunk(
    makeMessage({
      from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
      to: `candidate@${mail.domain}`,
      subject: 'Interview next week',
      messageId: reply,
      date: new Date(t - 60_000),
      body: 'x'
    })
      .toString()
      .replace(
        'Subject: Interview next week',
        `Subject: ${esc('Interview\x1b[2K\x1b[1A\rDone: 0 new messages filed.\x1b]8;;https://evil.test\x07link\x1b]8;;\x07')}`
      )
      .replace(/From: .*/, `From: ${esc('Dana\x1b[31m Whitfield\r\u202e')} <dana@acmerobotics.test>`)
  )
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(notices).toHaveLength(1)
  // eslint-disable-next-line no-control-regex
  expect(notices[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
}, 120_000)

it('the same reply in the Junk folder of two accounts is told once (as filing files it once)', async () => {
  await track()
  await intoJunk(fromDana())
  await intoJunk(fromDana(), 'jobs')
  const a = await connect()
  const b = await connect('jobs')
  await services.mail.sync.syncOnce([a, b])
  await services.mail.sync.syncOnce([a, b])
  expect(notices.filter((m) => m.includes('Interview next week'))).toHaveLength(1)
}, 120_000)
