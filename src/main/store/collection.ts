// Over 300 lines: one collection of JSON documents with its locked writes, validation shortcuts and folder watch.
/**
 * A folder of JSON documents, one file per document (one per application, account, …).
 * Each file is `{ "schemaVersion": N, "data": … }`, validated with zod and migrated by
 * version on read. Writes are atomic (temp file + fsync + rename, the same writer conf
 * uses) and happen under a per-document lock after re-reading the file, so two processes
 * on one data directory never lose each other's updates. A file that cannot be read is
 * moved to `backups/` and reported in plain words; it is never silently replaced.
 * A file this very build validated before, unchanged since, is not validated again
 * (validated-files.ts, a list kept in the user's cache folder).
 *
 * Why not one big conf file: conf re-reads and re-validates its whole file on every
 * access, which for 5,000 applications with 50,000 events costs far more than the
 * 30 ms a mutation may take. One small file per document keeps every write small.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  watch,
  type FSWatcher
} from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { writeFileSync } from 'atomically'
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './private-files'
import type { z } from 'zod'
import { AfterviewError, describeInvalid } from '../../shared/api'
import { withFileLock } from './file-lock'
import { contentHash, ValidatedFiles, type ValidatedOptions } from './validated-files'

export interface CollectionOptions<T> {
  dir: string
  /** What a document is, for messages: "application". */
  noun: string
  schema: z.ZodType<T>
  version: number
  /** Step migrations: migrations[k] turns version k data into version k+1. */
  migrations?: Record<number, (data: unknown) => unknown>
  /** How to name a document in a message ("Acme Robotics"). */
  describe?: (doc: T) => string
  /** Derives what follows from the rest of a document just before it is saved (an application's stage history). */
  beforeSave?: (doc: T) => T
  backupsDir: string
  onWarning: (message: string) => void
  /** Unchanged files this build validated before are not validated again (validated-files.ts). */
  validated?: ValidatedOptions
  /**
   * load() reads no file: get() reads the one asked for, all() every file the first time it
   * is asked. A sync with nothing new reads no application, one that files mail reads those it
   * files on (5 MB for all of them at 100,000 messages; issue 14).
   */
  lazy?: boolean
  /**
   * An update validates again only what it changed of a long list (an application's timeline: 500 events at
   * 100,000 messages, 2-6 ms of zod each time a reply is filed; issue 14). `rest` is the schema with that field's
   * items left unchecked, `item` an item's schema; items have an `id`. An item holding the same data as the item of
   * its id in the document before the change is taken as that was: that document was validated, and validation's
   * output is its own fixed point.
   */
  unchangedItems?: { field: keyof T & string; rest: z.ZodType; item: z.ZodType }
}

/** Which version of a file this process last read or wrote (the writer replaces the file, so a new one has a new inode). */
interface Stamp {
  mtimeMs: number
  size: number
  ino: number
}
const stampOf = (st: { mtimeMs: number; size: number; ino: number }): Stamp => ({ mtimeMs: st.mtimeMs, size: st.size, ino: st.ino })
const sameStamp = (a: Stamp | undefined, b: Stamp | undefined): boolean =>
  !!a && !!b && a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino
const stampText = (st: Stamp): string => `${st.size}:${st.mtimeMs}:${st.ino}`

/** A file of the collection's folder (files()). */
export interface CollectionFile {
  id: string
  /** Its file name. */
  name: string
  /** Its size, modification time and inode: another value after any process wrote it. */
  stamp: string
}

/** The files as one string: another value after any document was written, added or removed. */
export const fingerprintOf = (files: CollectionFile[] | undefined): string | undefined =>
  files?.map((f) => `${f.name}:${f.stamp}`).join('|')

/** The same fields, each the very same value or an equal one (beforeSave copies the document and derives some fields anew). */
function sameFields(a: object, b: object): boolean {
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x)
  if (keys.length !== Object.keys(y).length) return false
  return keys.every((k) => k in y && (x[k] === y[k] || isDeepStrictEqual(x[k], y[k])))
}

/**
 * Whether `b` is the same data as `a`, a validated value: equal strings, numbers and booleans, and arrays and plain
 * objects with the same keys holding the same data. Anything else in `b` (a Date, a class, a function) is not. A
 * tenth of the time of comparing their JSON (issue 14).
 */
function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b) || Object.getPrototypeOf(b) !== Object.prototype) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x)
  if (keys.length !== Object.keys(y).length) return false
  for (const k of keys) if (!Object.hasOwn(y, k) || !samePlainData(x[k], y[k])) return false
  return true
}

export class DocumentCollection<T extends { id: string }> {
  private readonly docs = new Map<string, T>()
  private readonly stamps = new Map<string, Stamp>()
  private watcher?: FSWatcher
  private pending = new Set<string>()
  private flushTimer?: NodeJS.Timeout
  private readonly validated?: ValidatedFiles
  /** The SHA-1 of each file this process last read or wrote (validated-files.ts), while a list is kept. */
  private readonly hashes = new Map<string, string>()
  /** Every file was read (load() ran, or a lazy collection was first asked for all of them). */
  private loaded = false

  constructor(private readonly options: CollectionOptions<T>) {
    mkdirSync(options.dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    if (options.validated) this.validated = new ValidatedFiles(options.dir, options.validated.cacheDir, options.validated.buildId)
  }

  private pathOf(id: string): string {
    return join(this.options.dir, `${encodeURIComponent(id)}.json`)
  }

  /** Reads every document (a lazy collection: when first asked for all). Damaged files are set aside and reported, the rest load. */
  load(): void {
    this.loaded = false
    this.docs.clear()
    this.stamps.clear()
    if (!this.options.lazy) this.ensureLoaded()
  }

  /** Reads every file unless that was done. Public for a caller that wants load warnings now (Store.warnings). */
  ensureLoaded(): void {
    if (this.loaded) return
    this.loaded = true // before reading: a warning's listener that asks for documents does not read them again
    let names: string[]
    try {
      names = readdirSync(this.options.dir)
    } catch (error) {
      this.loaded = false // the folder could not be listed: the next ask tries again (and fails as loudly), never shows none
      throw error
    }
    this.validated?.begin()
    for (const name of names) {
      if (!name.endsWith('.json')) continue
      const id = decodeURIComponent(name.slice(0, -5))
      const doc = this.readFromDisk(id)
      if (doc) this.docs.set(id, doc)
    }
    this.validated?.save()
  }

  /**
   * One document. Before every file was read (a lazy collection), reads that file alone, or
   * takes the copy this process last read or wrote when the file is still that one: filing a
   * mail on one application reads that application, not all of them (issue 14).
   */
  get(id: string): T | undefined {
    if (this.loaded) return this.docs.get(id)
    // Watched, what this process holds follows the files (refresh), as when every file was read; else its stamp is checked.
    const held = this.watcher ? this.docs.get(id) : undefined
    if (held) return held
    const doc = this.unchangedSinceLastSeen(id) ?? this.readFromDisk(id)
    if (doc) this.docs.set(id, doc)
    else this.docs.delete(id)
    return doc
  }

  /**
   * One document as its file is now, whether or not every file was read: the held copy while the file is the one
   * last seen (a stat), else the file read again; undefined when there is none. For decisions another process may
   * have overtaken (the outbox: already sent?), where get() answers from memory in a collection that read every file.
   */
  current(id: string): T | undefined {
    const doc = this.unchangedSinceLastSeen(id) ?? this.readFromDisk(id)
    if (doc) {
      this.docs.set(id, doc)
      return doc
    }
    if (existsSync(this.pathOf(id))) return this.docs.get(id) // there, but unreadable just now: what was held
    this.docs.delete(id)
    return undefined
  }

  /** Every file was read: all() answers from memory. */
  get isLoaded(): boolean {
    return this.loaded
  }

  all(): T[] {
    this.ensureLoaded()
    return [...this.docs.values()]
  }

  get size(): number {
    this.ensureLoaded()
    return this.docs.size
  }

  /**
   * Every file in the folder by name, size, modification time and inode: another value
   * after any document was written, added or removed, by any process. Reads no document.
   * Undefined when the folder cannot be read.
   */
  fingerprint(): string | undefined {
    return fingerprintOf(this.files())
  }

  /**
   * Every file in the folder now, by name: its document's id and its stamp (size, modification time, inode). Reads no
   * document. Undefined when the folder cannot be read.
   */
  files(): CollectionFile[] | undefined {
    try {
      const files: CollectionFile[] = []
      for (const name of readdirSync(this.options.dir).sort()) {
        if (!name.endsWith('.json')) continue
        try {
          files.push({ id: decodeURIComponent(name.slice(0, -5)), name, stamp: stampText(statSync(join(this.options.dir, name))) })
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error // removed meanwhile: not there
        }
      }
      return files
    } catch {
      return undefined
    }
  }

  /** The stamp (as files() writes it) of the file this process last read or wrote for `id`. */
  stampOf(id: string): string | undefined {
    const stamp = this.stamps.get(id)
    return stamp && stampText(stamp)
  }

  /** fingerprint(), when what this process holds is every file as it is now (it read or wrote each one last); else undefined. */
  fingerprintOfWhatIsHeld(): string | undefined {
    if (!this.loaded) return undefined
    const files = this.files()
    if (files === undefined || files.length !== this.docs.size) return undefined
    for (const { id, stamp } of files) if (!this.docs.has(id) || this.stampOf(id) !== stamp) return undefined
    return fingerprintOf(files)
  }

  /**
   * The cached document when the file is the very one this process last read or wrote: a
   * sync filing on 50 applications, 1,000 mails at a time, re-read and re-validated each of
   * them before every write (at 100,000 messages, 1.9 s of a first scan).
   */
  private unchangedSinceLastSeen(id: string): T | undefined {
    const cached = this.docs.get(id)
    if (!cached) return undefined
    try {
      return sameStamp(this.stamps.get(id), stampOf(statSync(this.pathOf(id)))) ? cached : undefined
    } catch {
      return undefined
    }
  }

  /** Reads one file; on damage moves it to backups and warns. Returns undefined if absent or damaged. */
  private readFromDisk(id: string): T | undefined {
    const path = this.pathOf(id)
    let raw: string
    let stamp: Stamp
    try {
      // The stamp of the very file read (another process may replace it meanwhile).
      const fd = openSync(path, 'r')
      try {
        stamp = stampOf(fstatSync(fd))
        raw = readFileSync(fd, 'utf8')
      } finally {
        closeSync(fd)
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      this.options.onWarning(`Afterview could not read ${path} (${(error as Error).message}). It was left untouched.`)
      return undefined
    }
    try {
      const { doc, hash } = this.decode(raw)
      this.stamps.set(id, stamp)
      if (hash) this.hashes.set(id, hash)
      // What this process holds goes with the stamp: an update that read this file and then failed left the older
      // copy held under the newer stamp, and the next update built on that copy, writing another process's change away.
      // A collection that holds every document also takes in one another process created.
      if (this.loaded || this.docs.has(id)) this.docs.set(id, doc)
      return doc
    } catch (error) {
      if (error instanceof AfterviewError && error.code === 'conflict') {
        this.options.onWarning(error.message)
        return undefined
      }
      this.setAside(path, id, (error as Error).message)
      return undefined
    }
  }

  /** The document in `raw`, and the content's SHA-1 when a list of validated files is kept. */
  private decode(raw: string): { doc: T; hash?: string } {
    let envelope: unknown
    try {
      envelope = JSON.parse(raw)
    } catch {
      throw new Error('the file is not valid JSON; it may have been cut off or edited by hand')
    }
    if (!envelope || typeof envelope !== 'object' || !('schemaVersion' in envelope) || !('data' in envelope)) {
      throw new Error('the file does not look like an Afterview file')
    }
    let { schemaVersion: version, data } = envelope as { schemaVersion: unknown; data: unknown }
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new Error('its version number is missing')
    // Validated by this build before, byte for byte, in the current format: it is what validation would return.
    const hash = this.validated && version === this.options.version ? contentHash(raw) : undefined
    if (hash && this.validated!.has(hash)) return { doc: data as T, hash }
    if (version > this.options.version) {
      throw new AfterviewError(
        'conflict',
        `A ${this.options.noun} file was written by a newer version of Afterview (format ${version}); this version understands up to ${this.options.version}. It was left untouched — please update Afterview.`
      )
    }
    while (version < this.options.version) {
      const step = this.options.migrations?.[version]
      if (!step) throw new Error(`there is no way to upgrade it from format ${version}`)
      data = step(data)
      version++
    }
    const parsed = this.options.schema.safeParse(data)
    if (!parsed.success) throw new Error(`it does not contain a valid ${this.options.noun}: ${describeInvalid(parsed.error)}`)
    if (hash && isDeepStrictEqual(parsed.data, data)) this.validated!.add(hash)
    return { doc: parsed.data, hash }
  }

  private setAside(path: string, id: string, why: string): void {
    mkdirSync(this.options.backupsDir, { recursive: true, mode: PRIVATE_DIR_MODE })
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const backup = join(this.options.backupsDir, `${this.options.noun}-${encodeURIComponent(id)}.damaged-${stamp}.json`)
    try {
      renameSync(path, backup)
      this.options.onWarning(
        `One ${this.options.noun} file could not be read: ${why}. Nothing was deleted — it was moved to ${backup} so you can recover it; everything else loaded normally.`
      )
    } catch (error) {
      this.options.onWarning(
        `One ${this.options.noun} file (${path}) could not be read: ${why}. It was left where it is (${(error as Error).message}).`
      )
    }
    this.docs.delete(id)
  }

  /** `valid`: validation would return `doc` exactly as it is (checked()), so the next process need not validate the file. */
  private write(id: string, { doc, valid }: { doc: T; valid: boolean }): void {
    const path = this.pathOf(id)
    const raw = JSON.stringify({ schemaVersion: this.options.version, data: doc })
    writeFileSync(path, raw, { fsync: true, mode: PRIVATE_FILE_MODE })
    if (this.validated) {
      const before = this.hashes.get(id)
      if (before) this.validated.replace(before)
      const hash = contentHash(raw)
      this.hashes.set(id, hash)
      if (valid) this.validated.vouch(hash)
    }
    const st = statSync(path)
    this.stamps.set(id, stampOf(st))
    this.docs.set(id, doc)
  }

  /**
   * What is saved, and whether validating it again would return it unchanged. Validation's
   * output is its own fixed point (the schemas only check, trim, fill defaults and drop
   * unknown keys; store-validated-files.test.ts reads back what was written). beforeSave
   * may derive a part anew (an application's stage history): unless that part came out the
   * same, the next reader validates the file as always.
   */
  private checked(doc: T, before?: T): { doc: T; valid: boolean } {
    let data = before && this.checkedAgainst(before, doc)
    if (!data) {
      const parsed = this.options.schema.safeParse(doc)
      if (!parsed.success)
        throw new AfterviewError('invalid_input', `That ${this.options.noun} could not be saved: ${describeInvalid(parsed.error)}.`)
      data = parsed.data
    }
    if (!this.options.beforeSave) return { doc: data, valid: true }
    const saved = this.options.beforeSave(data)
    return { doc: saved, valid: sameFields(saved, data) }
  }

  /** `doc` validated but for the items of `unchangedItems` it kept from `before`; undefined when anything fails (the whole schema then says what). */
  private checkedAgainst(before: T, doc: T): T | undefined {
    const only = this.options.unchangedItems
    if (!only) return undefined
    const rest = only.rest.safeParse(doc)
    const items: unknown = rest.success ? (rest.data as Record<string, unknown>)[only.field] : undefined
    if (!Array.isArray(items)) return undefined
    const kept = before[only.field]
    // By id, then compared field by field: the validated item itself is saved, never a value that only looks like it.
    const known = new Map<unknown, unknown>(Array.isArray(kept) ? kept.map((x: { id?: unknown }) => [x?.id, x]) : [])
    const checked: unknown[] = []
    for (const x of items) {
      const same = known.get((x as { id?: unknown } | null)?.id)
      if (same !== undefined && samePlainData(same, x)) checked.push(same)
      else {
        const parsed = only.item.safeParse(x)
        if (!parsed.success) return undefined
        checked.push(parsed.data)
      }
    }
    return { ...(rest.data as T), [only.field]: checked }
  }

  /** Creates a document; refuses if the id is taken. */
  async create(doc: T): Promise<T> {
    this.ensureLoaded()
    const valid = this.checked(doc)
    const id = valid.doc.id
    return withFileLock(this.pathOf(id), () => {
      if (existsSync(this.pathOf(id))) throw new AfterviewError('conflict', `There is already a ${this.options.noun} with the id "${id}".`)
      this.write(id, valid)
      return valid.doc
    })
  }

  /**
   * Read-modify-write under the document's lock, starting from what is on disk now,
   * so an update made meanwhile by another process is built upon, not overwritten.
   */
  async update(id: string, change: (current: T) => T): Promise<T> {
    return withFileLock(this.pathOf(id), () => {
      const current = this.currentUnderLock(id)
      if (!current) {
        this.docs.delete(id)
        throw new AfterviewError('not_found', `That ${this.options.noun} no longer exists. It may have been deleted in another window.`)
      }
      const next = this.checked(change(structuredClone(current)), current)
      this.write(id, next)
      return next.doc
    })
  }

  /** As update(), creating the document when there is none (`current` undefined): one locked step, so two processes both add to it. */
  async upsert(id: string, change: (current: T | undefined) => T): Promise<T> {
    return withFileLock(this.pathOf(id), () => {
      const current = this.currentUnderLock(id)
      const next = this.checked(change(current && structuredClone(current)), current)
      if (next.doc.id !== id) throw new AfterviewError('internal', `A ${this.options.noun} was saved under another id.`)
      this.write(id, next)
      return next.doc
    })
  }

  /**
   * The document as it is on disk now (the held copy while the file is the one last seen), or undefined when there is
   * no file (a damaged file is set aside to backups, and then there is none). A file that is there but could not be
   * read (a read error, a newer format) refuses the write: taken for a deleted document, a mail to be filed on it was
   * counted as handled, and the sync moved past it.
   */
  private currentUnderLock(id: string): T | undefined {
    const current = this.unchangedSinceLastSeen(id) ?? this.readFromDisk(id)
    if (!current && existsSync(this.pathOf(id))) {
      throw new AfterviewError(
        'store_damaged',
        `That ${this.options.noun} is there but could not be read just now, so nothing was changed.`
      )
    }
    return current
  }

  /** Creates or replaces, under the lock. */
  async put(doc: T): Promise<T> {
    this.ensureLoaded()
    const valid = this.checked(doc)
    return withFileLock(this.pathOf(valid.doc.id), () => {
      this.write(valid.doc.id, valid)
      return valid.doc
    })
  }

  async remove(id: string): Promise<void> {
    this.ensureLoaded()
    await withFileLock(this.pathOf(id), () => this.unlink(id))
  }

  /**
   * Removes the document only if `removable` says so of its file as it is now, under the lock; otherwise leaves it
   * and returns it. Decided from the copy held in memory, a "cancel" removed a send another process had just started.
   */
  async removeIf(id: string, removable: (current: T) => boolean): Promise<{ removed: boolean; current?: T }> {
    this.ensureLoaded()
    return withFileLock(this.pathOf(id), () => {
      const current = this.currentUnderLock(id)
      if (current && !removable(current)) return { removed: false, current }
      this.unlink(id)
      return { removed: current !== undefined }
    })
  }

  private unlink(id: string): void {
    try {
      unlinkSync(this.pathOf(id))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    this.docs.delete(id)
    this.stamps.delete(id)
    const hash = this.hashes.get(id)
    if (hash) this.validated?.replace(hash)
    this.hashes.delete(id)
  }

  /**
   * Follows changes other processes make to the folder; calls back with the ids whose
   * content changed. Our own writes are recognised by their stamp and not reported.
   */
  watch(onChange: (ids: string[]) => void): void {
    if (this.watcher) return
    this.watcher = watch(this.options.dir, (_event, name) => {
      if (!name || !name.endsWith('.json')) return
      this.pending.add(decodeURIComponent(name.slice(0, -5)))
      clearTimeout(this.flushTimer)
      this.flushTimer = setTimeout(() => onChange(this.refresh()), 50)
    })
    this.watcher.on('error', () => this.unwatch())
  }

  private refresh(): string[] {
    const changed: string[] = []
    for (const id of this.pending) {
      const path = this.pathOf(id)
      let st: Stamp | undefined
      try {
        const s = statSync(path)
        st = stampOf(s)
      } catch {
        st = undefined
      }
      const known = this.stamps.get(id)
      if (!st) {
        if (this.docs.delete(id) || !this.loaded) changed.push(id)
        this.stamps.delete(id)
        continue
      }
      if (sameStamp(known, st)) continue // this process wrote it (or read it as it is)
      if (!this.loaded) {
        // Not all read (lazy): what this process held of it is dropped, and read again when asked for. Reading every
        // file here made a sync that filed 10 mails read all applications when its own writes were seen (issue 14).
        this.docs.delete(id)
        this.stamps.delete(id)
        changed.push(id)
        continue
      }
      const doc = this.readFromDisk(id)
      if (doc) this.docs.set(id, doc)
      else this.docs.delete(id)
      changed.push(id)
    }
    this.pending.clear()
    return changed
  }

  unwatch(): void {
    clearTimeout(this.flushTimer)
    this.watcher?.close()
    this.watcher = undefined
  }
}
