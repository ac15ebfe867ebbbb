/**
 * A compact local index of the headers the scan already reads (per account and mailbox):
 * what the matcher needs — Message-ID, In-Reply-To, References, from, to, cc, subject,
 * date, the bulk/automatic headers — and the UID. Retroactive filing matches it against an
 * application added later, without downloading the mailbox again.
 *
 * One JSON-lines file per mailbox in `mail-index/`: a first line naming the mailbox and
 * its UIDVALIDITY, then one line per message. A full scan rewrites it, written as it goes
 * (50,000 entries held until the end of a scan kept the strings imapflow decoded them from
 * alive: 80 MB of a 100,000-message first scan); new mail is appended.
 */
import {
  appendFileSync,
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { basename, join } from 'node:path'
import { pidAlive } from '../../store/file-lock'
import type { MailMessage } from '../../../shared/core/mail-message'
import { DAY } from '../../../shared/core/time'
import { clampSubject } from './message-ref'
import { MAILBOX_ROLES, type MailboxRole } from '../../store/sync-state'

/** One message: short keys keep the file small. */
export interface IndexEntry {
  u: number
  i: string
  r?: string
  f?: string[]
  a: string
  n?: string
  t?: string[]
  c?: string[]
  y?: string
  s: string
  d: string
  /** When the server received it (INTERNALDATE), only where that is more than a day after `d` (a sender's clock off). */
  g?: string
  h?: Record<string, string>
}

export interface MailboxIndex {
  path: string
  uidValidity: string
  entries: IndexEntry[]
}

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s)

/** `receivedAt`: the server's INTERNALDATE, which the look-back window goes by, as the scan's SEARCH SINCE does. */
export function entryOf(uid: number, m: MailMessage, receivedAt?: Date | string): IndexEntry {
  const e: IndexEntry = { u: uid, i: m.messageId, a: cut(m.from.address, 320), s: clampSubject(m.subject), d: m.date }
  const received = receivedAt === undefined ? NaN : new Date(receivedAt).getTime()
  if (received - Date.parse(m.date) > DAY) e.g = new Date(received).toISOString()
  if (m.inReplyTo) e.r = cut(m.inReplyTo, 1000)
  if (m.references.length) e.f = m.references.slice(-30).map((x) => cut(x, 1000))
  if (m.from.name) e.n = cut(m.from.name, 100)
  if (m.to.length) e.t = m.to.slice(0, 20).map((a) => a.address)
  if (m.cc.length) e.c = m.cc.slice(0, 20).map((a) => a.address)
  if (m.replyTo) e.y = m.replyTo.address
  for (const _ in m.headers) {
    e.h = m.headers
    break
  }
  return e
}

export function messageOf(e: IndexEntry): MailMessage {
  return {
    messageId: e.i,
    ...(e.r ? { inReplyTo: e.r } : {}),
    references: e.f ?? [],
    date: e.d,
    from: { name: e.n ?? '', address: e.a },
    to: (e.t ?? []).map((address) => ({ name: '', address })),
    cc: (e.c ?? []).map((address) => ({ name: '', address })),
    ...(e.y ? { replyTo: { name: '', address: e.y } } : {}),
    subject: e.s,
    text: '',
    headers: e.h ?? {},
    hasCalendarInvite: false
  }
}

export interface IndexRewrite {
  add(entry: IndexEntry): void
  commit(): void
  abort(): void
}

export class HeaderIndex {
  private readonly boxes = new Map<MailboxRole, MailboxIndex | null>()
  /** The file each of `boxes` was read from (size, mtime, inode): another process appends to it, or rewrites it. */
  private readonly stamps = new Map<MailboxRole, string>()
  private readonly dir: string

  constructor(
    dataDir: string,
    private readonly accountId: string
  ) {
    this.dir = join(dataDir, 'mail-index')
  }

  private file(role: MailboxRole): string {
    return join(this.dir, `${encodeURIComponent(this.accountId)}.${role}.jsonl`)
  }

  /** The index of one mailbox (read from disk once); undefined when there is none or it is damaged. */
  get(role: MailboxRole): MailboxIndex | undefined {
    this.dropIfChanged(role)
    if (!this.boxes.has(role)) {
      const stamp = this.stampOf(role)
      this.boxes.set(role, this.read(role))
      this.stamps.set(role, stamp)
    }
    return this.boxes.get(role) ?? undefined
  }

  private stampOf(role: MailboxRole): string {
    try {
      const st = statSync(this.file(role))
      return `${st.size}:${st.mtimeMs}:${st.ino}`
    } catch {
      return ''
    }
  }

  /** What this process holds of `role` is dropped when another process wrote the file since it was read. */
  private dropIfChanged(role: MailboxRole): void {
    if (this.boxes.has(role) && this.stamps.get(role) !== this.stampOf(role)) {
      this.boxes.delete(role)
      this.stamps.delete(role)
    }
  }

  /** Which mailbox and UIDVALIDITY an index holds, without reading its entries (a pass with nothing new needs only this). */
  head(role: MailboxRole): { path: string; uidValidity: string } | undefined {
    this.dropIfChanged(role)
    const box = this.boxes.get(role)
    if (box !== undefined) return box ?? undefined
    let fd: number | undefined
    try {
      fd = openSync(this.file(role), 'r')
      const buffer = Buffer.alloc(16_384) // the first line: a mailbox path (at most 1,000 characters, JSON-escaped) and a number
      const text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0))
      const end = text.indexOf('\n')
      const head = JSON.parse(end < 0 ? text : text.slice(0, end)) as { path?: unknown; uidValidity?: unknown }
      return typeof head.path === 'string' && typeof head.uidValidity === 'string'
        ? { path: head.path, uidValidity: head.uidValidity }
        : undefined
    } catch {
      return undefined
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }

  /** Deletes one mailbox's index (a folder of the user's own no longer read). */
  forget(role: MailboxRole): void {
    this.boxes.delete(role)
    this.stamps.delete(role)
    rmSync(this.file(role), { force: true })
  }

  private read(role: MailboxRole): MailboxIndex | null {
    let text: string
    try {
      text = readFileSync(this.file(role), 'utf8')
    } catch {
      return null
    }
    const lines = text.split('\n')
    try {
      const head = JSON.parse(lines[0]!) as { path: string; uidValidity: string }
      const entries: IndexEntry[] = []
      const seen = new Set<number>()
      for (let k = 1; k < lines.length; k++) {
        if (!lines[k]) continue
        try {
          const entry = JSON.parse(lines[k]!) as IndexEntry
          if (seen.has(entry.u)) continue // appended again after a pass that came back for a message
          seen.add(entry.u)
          entries.push(entry)
        } catch {
          // a line cut off by a crash: the next full scan rewrites the file
        }
      }
      return { path: head.path, uidValidity: head.uidValidity, entries }
    } catch {
      return null
    }
  }

  /**
   * What identified the applications when earlier mail was last matched against the whole
   * index (retroactive filing). New mail is matched as it is scanned, so while this stays the
   * same, matching the index again finds nothing new: a process that starts does not repeat it.
   */
  matchedFor(): { stamp: string; files?: string; threadsAgain?: true } | undefined {
    try {
      const text = readFileSync(join(this.dir, `${encodeURIComponent(this.accountId)}.matched`), 'utf8')
      const cut = text.indexOf('\n')
      const stamp = cut < 0 ? text : text.slice(0, cut)
      const again = stamp.startsWith(THREADS_AGAIN)
      return {
        stamp: again ? stamp.slice(THREADS_AGAIN.length) : stamp,
        ...(cut < 0 ? {} : { files: text.slice(cut + 1) }),
        ...(again ? { threadsAgain: true as const } : {})
      }
    } catch {
      return undefined
    }
  }

  /**
   * Matched for its stamp but for threads: mail filed since (from Sent) may be what a reply in the index answers. The
   * next retroactive filing matches again, for threads only (threadsAgain), unless what identifies an application changed.
   */
  matchThreadsAgain(): void {
    const matched = this.matchedFor()
    if (!matched?.threadsAgain) this.setMatchedFor(`${THREADS_AGAIN}${matched?.stamp ?? ''}`)
  }

  /** `files`: the applications' files (DocumentCollection.fingerprint) the stamp was worked out from; while they stay the same, so does the stamp. */
  setMatchedFor(stamp: string, files?: string): void {
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 })
      const text = files === undefined ? stamp : `${stamp}\n${files}`
      writeFileSync(join(this.dir, `${encodeURIComponent(this.accountId)}.matched`), text, { mode: 0o600 })
    } catch {
      // only an optimisation: the next pass matches again
    }
  }

  /**
   * A full scan's new index of a mailbox, written as entries come: commit() puts it in place
   * of the old one, abort() (the scan failed) leaves the old one. Read back when next needed.
   */
  rewrite(role: MailboxRole, path: string, uidValidity: string): IndexRewrite {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
    // A file of this scan's own: two scans at once (the app and `afterview sync`) wrote into one, and the first to finish
    // put the mix of both in place, the other then writing on into it.
    const tmp = `${this.file(role)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
    this.sweepLeftovers(role)
    const fd = openSync(tmp, 'w', 0o600)
    let pending = `${JSON.stringify({ path, uidValidity })}\n`
    const flush = () => {
      if (pending) writeSync(fd, pending)
      pending = ''
    }
    let open = true
    const close = () => {
      if (!open) return false
      open = false
      try {
        flush()
      } finally {
        closeSync(fd)
      }
      return true
    }
    return {
      add: (entry) => {
        pending += `${JSON.stringify(entry)}\n`
        // Written every 16 KB, not 256: text waiting here outlives the young generation's collections, each of which
        // moved it to the old one (a first scan of 100,000 messages: 100 -> 92 MB promoted, scavenges 490 -> 420 ms).
        if (pending.length > 16 * 1024) flush()
      },
      commit: () => {
        if (!close()) return
        renameSync(tmp, this.file(role))
        this.boxes.delete(role)
      },
      abort: () => {
        try {
          close()
        } finally {
          rmSync(tmp, { force: true })
        }
      }
    }
  }

  /** Temporary files of scans whose process is gone (ended mid-scan): removed, not left to pile up. */
  private sweepLeftovers(role: MailboxRole): void {
    const prefix = `${basename(this.file(role))}.`
    for (const name of readdirSync(this.dir)) {
      const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length).split('.')[0]) : NaN
      if (Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid)) rmSync(join(this.dir, name), { force: true })
    }
  }

  /**
   * New mail in a mailbox already indexed with this UIDVALIDITY; otherwise nothing (the next
   * full scan writes it). Reads only the file's first line when the entries are not loaded
   * (an incremental sync in a new process): a UID indexed twice is read once (read()).
   */
  append(role: MailboxRole, path: string, uidValidity: string, entries: IndexEntry[]): void {
    if (!entries.length) return
    this.dropIfChanged(role)
    const loaded = this.boxes.get(role)
    const head = loaded === undefined ? this.head(role) : (loaded ?? undefined)
    if (!head || head.path !== path || head.uidValidity !== uidValidity) return
    const known = new Set(loaded?.entries.map((e) => e.u))
    const fresh = entries.filter((e) => !known.has(e.u))
    if (!fresh.length) return
    const text = fresh.map((e) => `${JSON.stringify(e)}\n`).join('')
    const before = loaded ? statSync(this.file(role), { throwIfNoEntry: false })?.size : undefined
    appendFileSync(this.file(role), text)
    if (!loaded) return
    loaded.entries.push(...fresh)
    // This process's own append, and no other process's meanwhile: what it holds is the file still.
    const stamp = this.stampOf(role)
    if (before !== undefined && Number(stamp.split(':')[0]) === before + Buffer.byteLength(text)) this.stamps.set(role, stamp)
    else {
      this.boxes.delete(role)
      this.stamps.delete(role)
    }
  }
}

/** How the matched file marks a stamp matched but for threads (matchThreadsAgain). */
const THREADS_AGAIN = 'threads:'

/** Deletes an account's header index (the account was removed: its headers are not kept). */
export function removeHeaderIndex(dataDir: string, accountId: string, roles: readonly MailboxRole[] = MAILBOX_ROLES): void {
  for (const role of roles) rmSync(join(dataDir, 'mail-index', `${encodeURIComponent(accountId)}.${role}.jsonl`), { force: true })
  rmSync(join(dataDir, 'mail-index', `${encodeURIComponent(accountId)}.matched`), { force: true })
}
