/**
 * What the Junk look costs a pass when Junk holds thousands of spam mails and changes (new spam
 * arrives, or a reply is filed and so an application changed). Real Dovecot behind a counting plain-text proxy.
 */
import { connect as tcpConnect, createServer, type AddressInfo, type Socket } from 'node:net'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage, seedMaildir } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import type { AppServices } from '../../src/main/services'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
let proxy: { port: number; down: number; close: () => Promise<void> }

async function countingProxy(target: number): Promise<typeof proxy> {
  const sockets = new Set<Socket>()
  const state = { down: 0 }
  const server = createServer((client) => {
    const upstream = tcpConnect(target, '127.0.0.1')
    sockets.add(client).add(upstream)
    client.on('data', (chunk) => upstream.write(chunk))
    upstream.on('data', (chunk) => {
      state.down += chunk.length
      if (client.writable) client.write(chunk)
    })
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
    client.on('error', () => undefined)
    upstream.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    get down() {
      return state.down
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}

beforeEach(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  proxy = await countingProxy(mail.imap.port)
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
  await services.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' },
      contacts: [{ name: 'Dana Whitfield', email: 'dana@acmerobotics.test' }]
    })
  )
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
  let before = proxy.down
  let t0 = Date.now()
  await services.mail.sync.syncOnce([account])
  const quiet = { bytes: proxy.down - before, ms: Date.now() - t0 }

  const c = await mail.imapClient('candidate')
  await c.append('Junk', spam(99_999).raw)
  await c.logout()
  before = proxy.down
  t0 = Date.now()
  await services.mail.sync.syncOnce([account])
  const oneSpam = { bytes: proxy.down - before, ms: Date.now() - t0 }
  console.log('no change:', quiet, 'one new spam in Junk:', oneSpam)
  // One new mail's headers are a few hundred bytes; the pass re-reads the last 2,000 mails' headers instead.
  expect(oneSpam.bytes).toBeLessThan(quiet.bytes + 50_000)
}, 180_000)
