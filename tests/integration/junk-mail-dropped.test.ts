/**
 * The connection dropping during the Junk look (found by a review of 8ec43904) (after the INBOX was read). Real Dovecot behind a
 * plain-text TCP proxy that cuts the connection when the client opens Junk.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import { tapProxy } from '../support/tap-proxy'
import type { AppServices } from '../../src/main/services'
import { trackAcme } from './junk-world'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let phases: Array<{ phase: string; message?: string }>
let proxy: Awaited<ReturnType<typeof tapProxy>>
/** How often the proxy dropped the connection as the client opened Junk (EXAMINE or SELECT). */
let cuts = 0

beforeEach(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  phases = []
  cuts = 0
  proxy = await tapProxy(mail.imap.port, {
    up: (chunk) => !(/(EXAMINE|SELECT) "?Junk"?/i.test(chunk.toString('latin1')) && ++cuts)
  })
  services = servicesIn(data.dir, {
    emit: ((event: string, payload: { phase: string; message?: string }) => {
      if (event === 'syncProgress') phases.push(payload)
    }) as never
  })
}, 120_000)
afterEach(async () => {
  await services?.mail.stop()
  services?.dispose()
  await proxy?.close()
  await mail?.stop()
  data?.cleanup()
})

const t = Date.now()
const msg = (id: string, subject: string) =>
  makeMessage({
    from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
    to: `candidate@${mail.domain}`,
    subject,
    messageId: id,
    date: new Date(t - 60_000),
    body: 'Could you come in on Tuesday at 10:00?'
  })

it('while watching, a connection dropped during the Junk look does not put the account in error (the INBOX was read)', async () => {
  const acme = await trackAcme(services)
  const c = await mail.imapClient('candidate')
  await c.append('INBOX', msg(`<inbox-${t}@acmerobotics.test>`, 'Next steps'))
  await c.append('Junk', msg(`<junk-${t}@acmerobotics.test>`, 'Interview next week'))
  await c.logout()
  const input = loopbackAccount(mail)
  const { account } = await services.addAccount(
    parseInput('addAccount', {
      ...input,
      fields: { ...input.fields, imap: { host: '127.0.0.1', port: proxy.port, security: 'none' } }
    })
  )
  services.mail.watching = true
  services.mail.sync.watch([account])
  await new Promise((r) => setTimeout(r, 8_000))
  expect(cuts).toBeGreaterThan(0) // the Junk look was cut
  const filed = services.mail.ctx.store.applications.get(acme)?.events.flatMap((e) => (e.message ? [e.message.messageId] : []))
  expect(filed).toContain(`<inbox-${t}@acmerobotics.test>`) // the INBOX was read
  expect(phases.filter((p) => p.phase === 'status:error')).toEqual([])
}, 120_000)
