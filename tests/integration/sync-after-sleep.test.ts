/**
 * The laptop sleeps while Afterview watches the INBOX (IDLE) and wakes on another network: the server dropped the old
 * connection meanwhile, and nothing tells this end (its FIN never came; after the wake, a packet on the old
 * connection is answered with a reset). A reply that arrives after the wake should be noticed within seconds, as the
 * README promises of replies. Without anything written on the dead connection, a reply waited five minutes, while the
 * status said "watching". Real Dovecot, behind a TCP proxy that plays the network.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { AccountSync } from '../../src/main/mail/sync/account-sync'
import { loopbackAccount, startMailWorld, type MailWorld } from '../support/services'
import { waitFor } from './sync-support'

/** A TCP proxy to `target` whose connections open at the time of sleep() go silent, as after a suspend. */
async function sleepyNetwork(target: number) {
  const open = new Set<{ client: Socket; upstream: Socket; asleep: boolean }>()
  const server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1')
    const pair = { client, upstream, asleep: false }
    open.add(pair)
    client.on('data', (chunk) => {
      // After the wake, what the client sends on a connection the server forgot is answered with a reset.
      if (pair.asleep) client.resetAndDestroy()
      else upstream.write(chunk)
    })
    upstream.on('data', (chunk) => void (pair.asleep || client.write(chunk)))
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => void (pair.asleep || client.destroy()))
    client.on('error', () => undefined)
    upstream.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    /** Suspend: the server side times the session out; this side hears nothing of it. */
    sleep() {
      for (const pair of open) {
        pair.asleep = true
        pair.upstream.destroy()
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of open) pair.client.destroy()
        server.close(() => resolve())
      })
  }
}

let w: MailWorld
let network: Awaited<ReturnType<typeof sleepyNetwork>>
beforeEach(async () => {
  w = await startMailWorld()
  network = await sleepyNetwork(w.mail.imap.port)
}, 120_000)
afterEach(async () => {
  await w?.close()
  await network?.close()
})

/** The account behind the sleepy network, watched by its own AccountSync, IDLE restarted every `maxIdleTime` ms. */
async function watchedThroughNetwork(maxIdleTime?: number) {
  const input = loopbackAccount(w.mail)
  const { account } = await w.services.addAccount(
    parseInput('addAccount', { ...input, fields: { ...input.fields, imap: { ...input.fields.imap, port: network.port } } })
  )
  const sync = new AccountSync(account, {
    store: w.services.mail.ctx.store,
    filer: w.services.mail.sync.filer,
    secret: async () => w.mail.password,
    ...(maxIdleTime ? { tuning: { maxIdleTime } } : {})
  })
  const watching = sync.watch()
  await waitFor(() => sync.status.state === 'watching', 15_000)
  await new Promise((r) => setTimeout(r, 1000)) // IDLE under way
  return { sync, stop: async () => (await sync.stop(), await watching) }
}

async function sleepThenDeliver(): Promise<{ id: string; delivered: number }> {
  network.sleep()
  await new Promise((r) => setTimeout(r, 2000)) // asleep (timers stand still in a real suspend)
  // Awake. Dana's invitation comes in.
  const id = `<after-wake-${Date.now()}@acmerobotics.test>`
  await w.mail.deliver(
    'candidate',
    makeMessage({
      from: 'Dana Whitfield <dana@acmerobotics.test>',
      to: `candidate@${w.mail.domain}`,
      subject: 'Interview',
      messageId: id,
      body: 'Tuesday at 10?'
    })
  )
  return { id, delivered: Date.now() }
}

it('a reply that arrives after the laptop wakes is filed once IDLE is started again, which finds the connection dead', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const watched = await watchedThroughNetwork(4_000) // two minutes in the app: imapClientOptions
  try {
    const { id, delivered } = await sleepThenDeliver()
    const filed = await waitFor(() => w.filedOn(acme).some((m) => m.messageId === id), 20_000).catch(() => false)
    // And watching again: the pass that filed it ends a moment later (it looks at Junk last).
    const state = filed
      ? await waitFor(() => watched.sync.status.state === 'watching', 5_000).then(
          () => 'watching',
          () => watched.sync.status.state
        )
      : undefined
    expect({ filed, state }, `${Math.round((Date.now() - delivered) / 1000)} s after delivery`).toEqual({
      filed: true,
      state: 'watching'
    })
  } finally {
    await watched.stop()
  }
}, 120_000)

it('a reply that arrives after the laptop wakes is filed at once when waking checks mail (the desktop app: wake.ts)', async () => {
  const acme = await w.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acmerobotics.test' })
  const watched = await watchedThroughNetwork() // IDLE restarted every two minutes: not within this test
  try {
    const { id } = await sleepThenDeliver()
    watched.sync.nudge() // what "Check mail now" does, and waking
    expect(await waitFor(() => w.filedOn(acme).some((m) => m.messageId === id), 15_000).catch(() => false)).toBe(true)
  } finally {
    await watched.stop()
  }
}, 120_000)
