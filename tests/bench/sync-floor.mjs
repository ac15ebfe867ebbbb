#!/usr/bin/env node
/**
 * The floor for a first scan (issue 14): a separate process doing only the work a sync
 * cannot avoid. Connect, fetch envelope and the scan's headers for the look-back window of
 * the INBOX, fetch the full source of the messages from tracked senders, parse each with
 * mailparser. Prints one JSON line with its counts.
 *
 * Input (environment): FLOOR_HOST, FLOOR_PORT, FLOOR_USER, FLOOR_PASS, FLOOR_CA (a PEM
 * file), FLOOR_SINCE (ISO date), FLOOR_SENDERS (a file, one tracked address a line),
 * FLOOR_HEADERS (comma-separated header names, the sync's SCAN_HEADERS).
 *
 * FLOOR_MODE=new: the floor of an incremental sync instead: EXAMINE, then envelope, headers and
 * source of the last FLOOR_NEW messages in one fetch, each parsed. FLOOR_MODE=nothing: the floor
 * of a sync with nothing new: one STATUS of the INBOX.
 */
import { readFileSync } from 'node:fs'
import { ImapFlow } from 'imapflow'
import { simpleParser } from 'mailparser'

const env = process.env
const senders = new Set(
  readFileSync(env.FLOOR_SENDERS, 'utf8')
    .split('\n')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
)
const client = new ImapFlow({
  host: env.FLOOR_HOST,
  port: Number(env.FLOOR_PORT),
  secure: false,
  logger: false,
  auth: { user: env.FLOOR_USER, pass: env.FLOOR_PASS },
  tls: { ca: [readFileSync(env.FLOOR_CA, 'utf8')], servername: 'localhost' }
})
await client.connect()
if (env.FLOOR_MODE === 'nothing' || env.FLOOR_MODE === 'new') {
  let parsed = 0
  if (env.FLOOR_MODE === 'nothing') await client.status('INBOX', { uidNext: true, uidValidity: true, highestModseq: true, messages: true })
  else {
    const lock = await client.getMailboxLock('INBOX', { readOnly: true })
    try {
      const from = Math.max(1, client.mailbox.uidNext - Number(env.FLOOR_NEW ?? 10))
      const headers = env.FLOOR_HEADERS.split(',')
      for await (const m of client.fetch(
        `${from}:*`,
        { uid: true, envelope: true, internalDate: true, headers, source: true },
        { uid: true }
      )) {
        await simpleParser(m.source, { skipImageLinks: true, skipTextToHtml: true })
        parsed++
      }
    } finally {
      lock.release()
    }
  }
  await client.logout()
  process.stdout.write(`${JSON.stringify({ scanned: parsed, parsed })}\n`)
  process.exit(0)
}
const lock = await client.getMailboxLock('INBOX', { readOnly: true })
let scanned = 0
let parsed = 0
try {
  const uids = (await client.search({ since: new Date(env.FLOOR_SINCE) }, { uid: true })) || []
  const wanted = []
  const headers = env.FLOOR_HEADERS.split(',')
  for await (const m of client.fetch(
    uids.length ? `${uids[0]}:${uids[uids.length - 1]}` : '1:0',
    { uid: true, envelope: true, internalDate: true, headers },
    { uid: true }
  )) {
    scanned++
    const from = m.envelope?.from?.[0]?.address?.toLowerCase()
    if (from && senders.has(from)) wanted.push(m.uid)
  }
  if (wanted.length) {
    for await (const m of client.fetch(wanted.join(','), { uid: true, source: true }, { uid: true })) {
      await simpleParser(m.source, { skipImageLinks: true, skipTextToHtml: true })
      parsed++
    }
  }
} finally {
  lock.release()
  await client.logout()
}
process.stdout.write(`${JSON.stringify({ scanned, parsed })}\n`)
