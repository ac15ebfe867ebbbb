#!/usr/bin/env node
/**
 * What a bare IMAP client process pays to see new mail, step by step (issue 14): the least
 * any `sync --once` after a delivery can take on this server. Load imapflow, connect and log
 * in, EXAMINE INBOX, UID FETCH the last FLOOR_NEW messages (headers and source, not parsed),
 * log out. Beside each step's time, the time Dovecot itself reports in its answer to the
 * EXAMINE ("Examine completed (0.230 + 0.000 + 0.229 secs)"): after a delivery into a maildir
 * INBOX, Dovecot takes the new files in on the next access, and that is what the EXAMINE waits
 * for. Prints one JSON line. Same environment as sync-floor.mjs (FLOOR_HOST, FLOOR_PORT,
 * FLOOR_USER, FLOOR_PASS, FLOOR_CA, FLOOR_NEW).
 *
 * FLOOR_STATUS_FIRST=1: a STATUS of the INBOX before the EXAMINE, as `sync --once` asks (a
 * STATUS answers "nothing new" far faster than an EXAMINE), with Dovecot's own time for each.
 * A maildir that changed within the last second or so is read again at every access, so
 * right after a delivery both commands wait for it, not only the first.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const env = process.env
const ms = (t) => Math.round(performance.now() - t)
const steps = { node: Math.round(performance.now()) } // from the process's start to this line
let t = performance.now()
// Its CommonJS build, as a bundled client loads it: importing its ES module build takes about twice as long here.
const { ImapFlow } = createRequire(import.meta.url)('imapflow')
steps.load = ms(t)
const client = new ImapFlow({
  host: env.FLOOR_HOST,
  port: Number(env.FLOOR_PORT),
  secure: false,
  logger: false,
  auth: { user: env.FLOOR_USER, pass: env.FLOOR_PASS },
  tls: { ca: [readFileSync(env.FLOOR_CA, 'utf8')], servername: 'localhost' }
})
t = performance.now()
await client.connect()
steps.login = ms(t)
const reported = {}
client.socket.on('data', (chunk) => {
  for (const said of chunk.toString('latin1').matchAll(/(Examine|Status) completed \(([\d.]+)/g))
    reported[said[1]] = Math.round(Number(said[2]) * 1000)
})
if (env.FLOOR_STATUS_FIRST === '1') {
  t = performance.now()
  await client.status('INBOX', { uidNext: true, uidValidity: true, highestModseq: true, messages: true })
  steps.status = ms(t)
  steps.statusByDovecot = reported.Status
}
t = performance.now()
const lock = await client.getMailboxLock('INBOX', { readOnly: true })
steps.examine = ms(t)
steps.examineByDovecot = reported.Examine
try {
  t = performance.now()
  let fetched = 0
  const from = Math.max(1, client.mailbox.uidNext - Number(env.FLOOR_NEW ?? 10))
  for await (const m of client.fetch(
    `${from}:*`,
    { uid: true, internalDate: true, headers: ['from', 'subject'], source: true },
    { uid: true }
  ))
    fetched += m.source ? 1 : 0
  steps.fetch = ms(t)
  steps.fetched = fetched
} finally {
  lock.release()
}
t = performance.now()
await client.logout()
steps.logout = ms(t)
steps.total = Math.round(performance.now())
process.stdout.write(`${JSON.stringify(steps)}\n`)
