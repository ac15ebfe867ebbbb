/**
 * What the Junk look costs a pass when Junk holds thousands of spam mails and changes (new spam
 * arrives, or a reply is filed and so an application changed). Real Dovecot behind a counting plain-text proxy.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import { tapProxy } from '../support/tap-proxy'
import type { AppServices } from '../../src/main/services'
import { trackAcme } from './junk-world'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let proxy: Awaited<ReturnType<typeof tapProxy>>
/** What the server sent through the proxy (bytes). */
let down = 0

beforeEach(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  down = 0
  proxy = await tapProxy(mail.imap.port, { down: (chunk) => void (down += chunk.length) })
  services = servicesIn(data.dir)
}, 120_000)
afterEach(async () => {
  await services?.mail.stop()
  services?.dispose()
  await proxy?.close()
  await mail?.stop()
  data?.cleanup()
})

const now = Date.now()
const spam = (i: number) => {
  const date = new Date(now - 86_400_000 + i * 1000)
  return {
    raw: makeMessage({
      from: { name: `Prize Desk ${i}`, address: `winner${i}@lottery${i % 50}.example` },
      to: 'candidate@example.test',
      subject: `You have won ${i}`,
      messageId: `<spam-${i}-${now}@lottery.example>`,
      date,
      body: 'Claim your prize now.'
    }),
    date
  }
}

it('one new spam mail in a Junk of 3,000 does not make the pass read every header of Junk again', async () => {
  await trackAcme(services)
  await seedMaildir(
    mail,
    'candidate',
    Array.from({ length: 3000 }, (_, i) => spam(i)),
    { mailbox: 'Junk' }
  )
  const input = loopbackAccount(mail)
  const { account } = await services.addAccount(
    parseInput('addAccount', { ...input, fields: { ...input.fields, imap: { host: '127.0.0.1', port: proxy.port, security: 'none' } } })
  )
  await services.mail.sync.syncOnce([account])
  let before = down
  let t0 = Date.now()
  await services.mail.sync.syncOnce([account])
  const quiet = { bytes: down - before, ms: Date.now() - t0 }

  const c = await mail.imapClient('candidate')
  await c.append('Junk', spam(99_999).raw)
  await c.logout()
  before = down
  t0 = Date.now()
  await services.mail.sync.syncOnce([account])
  const oneSpam = { bytes: down - before, ms: Date.now() - t0 }
  console.log('no change:', quiet, 'one new spam in Junk:', oneSpam)
  // One new mail's headers are a few hundred bytes; the pass re-reads the last 2,000 mails' headers instead.
  expect(oneSpam.bytes).toBeLessThan(quiet.bytes + 50_000)
}, 180_000)
