/**
 * Mail in Junk is told once (found by a review of 0d241976): not twice in the start-up banner for the same reply in two
 * accounts, not again once moved out of Junk and back; and (controls) the app and `afterview sync` looking at once tell
 * it once, and mail deleted from Junk leaves the Settings list and the banner. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { makeMessage } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import type { AppServices } from '../../src/main/services'
import { createMemorySecretStore } from '../../src/main/secrets'
import { trackAcme } from './junk-world'

let secrets: ReturnType<typeof createMemorySecretStore>

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let others: AppServices[]
let notices: string[]

const open = () =>
  servicesIn(data.dir, {
    mail: { secrets },
    emit: ((event: string, payload: { message?: string }) => {
      if (event === 'notice' && payload.message) notices.push(payload.message)
    }) as never
  })

beforeEach(async () => {
  mail = await startMailServers({ users: ['jobs'] })
  data = tempDataDir()
  notices = []
  others = []
  secrets = createMemorySecretStore()
  services = open()
}, 120_000)
afterEach(async () => {
  for (const s of [services, ...others]) {
    await s?.mail.stop()
    s?.dispose()
  }
  await mail?.stop()
  data?.cleanup()
})

const t = Date.now()
const reply = `<reply-${t}@acmerobotics.test>`
const fromDana = () =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}`,
    subject: 'Interview next week',
    messageId: reply,
    date: new Date(t - 60_000),
    body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
  })
async function imap<T>(user: string, f: (c: Awaited<ReturnType<MailServers['imapClient']>>) => Promise<T>): Promise<T> {
  const c = await mail.imapClient(user)
  try {
    return await f(c)
  } finally {
    await c.logout()
  }
}
const intoJunk = (user = 'candidate') => imap(user, (c) => c.append('Junk', fromDana()))
const track = async (s = services) => await trackAcme(s)
const connect = async (user = 'candidate') => (await services.addAccount(loopbackAccount(mail, { user }))).account
const junkWarnings = async (s = services) => (await s.getStatus(undefined)).warnings.filter((w) => w.includes('Junk folder'))

it('the same reply in the Junk folder of two accounts is shown once in the banner of a window opened later (getStatus)', async () => {
  await track()
  await intoJunk()
  await intoJunk('jobs')
  const a = await connect()
  const b = await connect('jobs')
  await services.mail.sync.syncOnce([a, b])
  expect(notices.filter((m) => m.includes('Interview next week'))).toHaveLength(1) // told once (held up)
  // The user closes the window (tray) and opens it again within the day: the Banner asks getStatus.
  expect(await junkWarnings()).toHaveLength(1)
}, 120_000)

it('a reply in Junk, moved to Trash and back to Junk, is not told again (`afterview sync` afterwards)', async () => {
  await track()
  await intoJunk()
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(notices).toHaveLength(1)
  await imap('candidate', async (c) => {
    await c.mailboxOpen('Junk')
    await c.messageMove('1:*', 'Trash')
  })
  await services.mail.sync.syncOnce([account])
  await imap('candidate', async (c) => {
    await c.mailboxOpen('Trash')
    await c.messageMove('1:*', 'Junk')
  })
  // another process (the CLI) looks next
  await services.mail.stop()
  services.dispose()
  const cli = open()
  others.push(cli)
  await cli.mail.sync.syncOnce([account])
  expect(notices.filter((m) => m.includes('Interview next week'))).toHaveLength(1)
}, 120_000)

it('the app and `afterview sync` looking at Junk at the same time tell the reply once', async () => {
  await track()
  await intoJunk()
  const account = await connect()
  const cli = open()
  others.push(cli)
  await Promise.all([services.mail.sync.syncOnce([account]), cli.mail.sync.syncOnce([account])])
  expect(notices.filter((m) => m.includes('Interview next week'))).toHaveLength(1)
}, 120_000)

it('a reply deleted from Junk leaves the Settings list and the start-up banner', async () => {
  await track()
  await intoJunk()
  const account = await connect()
  await services.mail.sync.syncOnce([account])
  expect(await junkWarnings()).toHaveLength(1)
  await imap('candidate', async (c) => {
    await c.mailboxOpen('Junk')
    await c.messageDelete('1:*')
  })
  await services.mail.sync.syncOnce([account])
  const view = (await services.listAccounts(undefined)).accounts.find((a) => a.id === account.id)!
  expect({ listed: view.skipped ?? [], warnings: await junkWarnings() }).toEqual({ listed: [], warnings: [] })
}, 120_000)
