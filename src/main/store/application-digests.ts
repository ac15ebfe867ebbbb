/**
 * What the mail sync needs of every application: the matcher's fields, and of each timeline
 * event its date and, for a filed mail, its Message-ID and thread anchor (MatchableApplication).
 * A process that files 10 new mails reads these digests and the one or two applications it
 * writes, not every application: at 100,000 messages those are 5 MB of JSON, about 50 ms of
 * a 500 ms `afterview sync --once`, growing with every mail filed (issue 14).
 *
 * Kept in the data folder's `mail-index/`, beside the header index it is matched against
 * (it is the user's data: deleting the data folder deletes it), as one file with a line per
 * application file: that file's stamp (size, modification time, inode) and its digest. An
 * entry whose file has another stamp now (written by any process, edited by hand, restored
 * from a backup) is made again from the file; a digest file of another build, damaged or
 * missing, is made again from all of them. Losing it costs one full read. Running from
 * source (no build id: tests), nothing is kept. Where every application is in memory
 * already (the app's window read them), the digests come from there and no file is read
 * or written.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Application } from '../../shared/model'
import type { MatchableApplication, MatchableMessage } from '../../shared/core/message-match'
import { fingerprintOf, type DocumentCollection } from './collection'
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-files'
import { forgetSaving, keepAtExit } from './validated-files'

/** An application as the sync reads it; `updatedAt` tells the matcher's index that it changed. */
export type ApplicationDigest = MatchableApplication & Pick<Application, 'updatedAt'>

/** The format of the digest file: a build that digests differently also has another build id. */
const FORMAT = 1

interface Entry {
  /** The stamp of the file the digest was made from (DocumentCollection.files). */
  stamp: string
  digest: ApplicationDigest
  /** Its line in the digest file, as read: written back as it is (a process filing on two applications makes two). */
  line?: string
}

/**
 * The digest of an application. An incoming mail's snippet is left out: the matcher quotes a
 * snippet only for the user's own mail ("your thank-you of Nov 19"), and the snippets are
 * most of what a digest would otherwise hold.
 */
export function digestOf(app: Application): ApplicationDigest {
  const message = (m: MatchableMessage): MatchableMessage => ({
    messageId: m.messageId,
    direction: m.direction,
    subject: m.subject,
    snippet: m.direction === 'out' ? m.snippet : '',
    from: m.from,
    to: m.to,
    ...(m.notDelivered?.length ? { notDelivered: m.notDelivered } : {}),
    ...(m.unverifiedSender !== undefined ? { unverifiedSender: m.unverifiedSender } : {}),
    ...(m.textUnread ? { textUnread: true } : {})
  })
  return {
    id: app.id,
    company: app.company,
    role: app.role,
    ...(app.companyDomain !== undefined ? { companyDomain: app.companyDomain } : {}),
    stage: app.stage,
    ...(app.appliedAt !== undefined ? { appliedAt: app.appliedAt } : {}),
    contacts: app.contacts,
    sentMessageIds: app.sentMessageIds,
    updatedAt: app.updatedAt,
    interviews: app.interviews.map((i) => ({ startsAt: i.startsAt })),
    events: app.events.map((e) => (e.message ? { at: e.at, message: message(e.message) } : { at: e.at }))
  }
}

const isString = (x: unknown): x is string => typeof x === 'string'
const isMessage = (m: Partial<MatchableMessage> | undefined): boolean =>
  m === undefined ||
  (isString(m.messageId) &&
    isString(m.subject) &&
    isString(m.snippet) &&
    isString(m.from) &&
    Array.isArray(m.to) &&
    m.to.every(isString) &&
    (m.notDelivered === undefined || (Array.isArray(m.notDelivered) && m.notDelivered.every(isString))))

/**
 * A digest as read back has every field the matcher walks, of its type: the file is this
 * build's, in the user's private data folder, but a line edited by hand must not stop the
 * sync (that application is then read from its file). Checked by hand, not by the Application
 * schema: under a millisecond for 5,000 events, where zod takes about 7 µs an event (35 ms),
 * more than reading the digests spares.
 */
function looksRight(digest: unknown): digest is ApplicationDigest {
  const d = digest as Partial<ApplicationDigest> | null
  return (
    isString(d?.id) &&
    isString(d.company) &&
    isString(d.role) &&
    isString(d.updatedAt) &&
    isString(d.stage) &&
    (d.companyDomain === undefined || isString(d.companyDomain)) &&
    (d.appliedAt === undefined || isString(d.appliedAt)) &&
    Array.isArray(d.contacts) &&
    d.contacts.every((c) => isString(c?.name) && (c.email === undefined || isString(c.email))) &&
    Array.isArray(d.sentMessageIds) &&
    d.sentMessageIds.every(isString) &&
    Array.isArray(d.interviews) &&
    d.interviews.every((i) => isString(i?.startsAt)) &&
    Array.isArray(d.events) &&
    d.events.every((e) => isString(e?.at) && isMessage(e.message))
  )
}

export class ApplicationDigests {
  private readonly path?: string
  private readonly header?: string
  /** The digests as last read or made, by application id: undefined until first asked. */
  private entries?: Map<string, Entry>
  /** The applications in memory, each digested once (a written application is a new object). */
  private readonly ofHeld = new WeakMap<Application, ApplicationDigest>()

  /** `path`: the digest file; `buildId`: the running build's (none from source, where nothing is kept). */
  constructor(
    private readonly collection: DocumentCollection<Application>,
    path: string,
    buildId: string | undefined
  ) {
    if (!buildId) return
    this.path = resolve(path)
    this.header = `afterview-digests ${FORMAT} ${buildId}`
  }

  /**
   * Every application's digest, as its file is now: reads only the files written since the
   * digests were kept (by this process or another). Throws as the collection does when its
   * folder cannot be read.
   */
  all(): ApplicationDigest[] {
    if (this.collection.isLoaded) return this.collection.all().map((app) => this.held(app))
    const files = this.collection.files()
    if (!files) return this.collection.all().map((app) => this.held(app)) // fails as loudly as reading them would
    const kept = (this.entries ??= this.read())
    const now = new Map<string, Entry>()
    let changed = kept.size !== files.length
    for (const file of files) {
      let entry = kept.get(file.id)
      if (entry?.stamp !== file.stamp) {
        // The one file (or the copy this process wrote): damaged, it is set aside and reported as by any read.
        const app = this.collection.get(file.id)
        changed = true
        if (!app) continue
        entry = { stamp: this.collection.stampOf(file.id) ?? file.stamp, digest: this.held(app) }
      }
      now.set(file.id, entry)
    }
    this.entries = now
    if (changed && this.path) keepAtExit(this) // not every second of a long first scan: 1.5 MB each time at 100,000 messages
    return [...now.values()].map((e) => e.digest)
  }

  /**
   * The applications' fingerprint (DocumentCollection.fingerprint) when the digests are of every file as it is now,
   * those this process wrote since included; else undefined (another process wrote one). Reads no document.
   */
  fingerprintIfCurrent(): string | undefined {
    if (this.collection.isLoaded) return this.collection.fingerprintOfWhatIsHeld()
    const files = this.collection.files()
    if (!files || !this.entries) return undefined
    // A file changed since is one this process wrote (it holds that very version), or another process did: then no.
    for (const file of files)
      if (this.entries.get(file.id)?.stamp !== file.stamp && this.collection.stampOf(file.id) !== file.stamp) return undefined
    const now = this.all() // takes in what this process wrote, reading no file
    if (now.length !== files.length || files.some((file) => this.entries!.get(file.id)?.stamp !== file.stamp)) return undefined
    return fingerprintOf(files)
  }

  private held(app: Application): ApplicationDigest {
    let digest = this.ofHeld.get(app)
    if (!digest) this.ofHeld.set(app, (digest = digestOf(app)))
    return digest
  }

  /** The digest file: its header line, then a line per application, its file's stamp, a tab and its digest as JSON. */
  private read(): Map<string, Entry> {
    const entries = new Map<string, Entry>()
    if (!this.path) return entries
    let lines: string[]
    try {
      lines = readFileSync(this.path, 'utf8').split('\n')
    } catch {
      return entries // none yet: made from the files
    }
    if (lines[0] !== this.header) return entries
    for (let k = 1; k < lines.length; k++) {
      const line = lines[k]!
      const tab = line.indexOf('\t')
      if (tab <= 0) continue
      try {
        const digest: unknown = JSON.parse(line.slice(tab + 1))
        if (looksRight(digest)) entries.set(digest.id, { stamp: line.slice(0, tab), digest, line })
      } catch {
        // a damaged line: that application is read from its file
      }
    }
    return entries
  }

  /**
   * Writes the digests (at exit, or when the store closes); never fsynced, as losing them costs only a read.
   * The old file is removed before the new one takes its name: ext4 writes out a file renamed over another at once
   * (1 to 7 ms for these 1.4 MB at 100,000 messages, against 0.1), which a file nothing else needs can spare.
   */
  save(): void {
    forgetSaving(this)
    if (!this.path || !this.entries) return
    const temp = `${this.path}.${process.pid}.tmp`
    try {
      const lines = [this.header!]
      for (const entry of this.entries.values()) lines.push((entry.line ??= `${entry.stamp}\t${JSON.stringify(entry.digest)}`))
      // mail-index/ inside the data folder, never the data folder itself: one deleted meanwhile stays deleted.
      if (!existsSync(dirname(temp))) mkdirSync(dirname(temp), { mode: PRIVATE_DIR_MODE })
      writeFileSync(temp, `${lines.join('\n')}\n`, { mode: PRIVATE_FILE_MODE })
      try {
        unlinkSync(this.path)
      } catch {
        // none yet
      }
      renameSync(temp, this.path)
    } catch {
      try {
        unlinkSync(temp)
      } catch {
        // nothing was written
      }
    }
  }
}
