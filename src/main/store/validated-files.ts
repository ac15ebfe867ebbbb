/**
 * Which document files this build of Afterview has validated already, so opening the data
 * folder does not validate every unchanged file again: at 50 applications with 5,000
 * timeline events zod takes ~40 ms of a 300 ms `afterview sync --once` (issue 14).
 *
 * Per document folder, a list in the user's cache folder (never in the data folder, which
 * holds only the user's data) names the build and a SHA-1 of each file that passed
 * validation and came out of it unchanged (zod returned exactly what the file holds, so
 * reading it as it is gives the same document). A file whose SHA-1 is listed is used as
 * read; any other — edited by hand, damaged, written by another build or an older format —
 * is validated as always. A new build lists nothing. Losing or damaging the list only
 * costs a validation; it is rewritten, never fsynced. A process that read only some files
 * (a sync filing on a few applications) keeps the others listed, and drops what it replaced.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { PRIVATE_FILE_MODE } from './private-files'

export interface ValidatedOptions {
  /** The running build (build-id.ts). */
  buildId: string
  /** A private folder for the lists (user-cache.ts). */
  cacheDir: string
}

/** Lists not rewritten for this long are removed when a new one is made (their folder may be gone). */
const FORGET_AFTER_MS = 30 * 86_400_000
const SWEEP_EVERY_MS = 86_400_000

export const contentHash = (raw: string): string => createHash('sha1').update(raw).digest('base64')

export class ValidatedFiles {
  private readonly path: string
  private readonly folder: string
  private known?: Set<string>
  /** What the folder holds now and is known valid: written back when it differs from `known`. */
  private readonly current = new Set<string>()
  /** begin() ran: `current` is the whole folder, not only the files this process read or wrote. */
  private complete = false
  /** Contents this process replaced: a list kept without a full load leaves them out. */
  private readonly replaced = new Set<string>()

  /** `folder`: the document folder; `cacheDir`: where the lists are kept. */
  constructor(
    folder: string,
    cacheDir: string,
    private readonly buildId: string
  ) {
    this.folder = resolve(folder)
    this.path = join(cacheDir, `${createHash('sha1').update(this.folder).digest('hex')}.txt`)
  }

  private get header(): string {
    return `afterview ${this.buildId} ${this.folder}`
  }

  private read(): Set<string> {
    if (this.known) return this.known
    this.known = new Set()
    try {
      const [head, ...hashes] = readFileSync(this.path, 'utf8').split('\n')
      if (head === this.header) for (const h of hashes) if (h) this.known.add(h)
    } catch {
      // none yet, or unreadable: everything is validated
    }
    return this.known
  }

  /** A full load starts: what the folder holds is counted afresh. */
  begin(): void {
    this.current.clear()
    this.complete = true
  }

  /** A file with this content was validated by this build. */
  has(hash: string): boolean {
    const yes = this.read().has(hash)
    if (yes) this.current.add(hash)
    return yes
  }

  /** This content was validated now and came out unchanged. */
  add(hash: string): void {
    this.current.add(hash)
    // Read alone (not in a full load, which keeps its list when it ends): kept at exit, or the next process validates it again.
    if (!this.complete) saveSoon(this)
  }

  /**
   * This build wrote a file with this content, which validation would return unchanged: the
   * next process reads it without validating. Kept with the list soon after, and at exit.
   */
  vouch(hash: string): void {
    this.current.add(hash)
    saveSoon(this)
  }

  /** A file with this content was replaced by this process (written anew): it is no longer in the folder. */
  replace(hash: string): void {
    this.current.delete(hash)
    this.replaced.add(hash)
  }

  /** Keeps the list to the files there are (after a full load), or adds what this process saw, when it changed. */
  save(): void {
    forgetSaving(this)
    const known = this.read()
    // Without a full load, this process saw only the files it read or wrote (a sync filing on a few applications):
    // the list keeps what it held of the others.
    if (!this.complete) for (const h of known) if (!this.replaced.has(h)) this.current.add(h)
    if (known.size === this.current.size && [...this.current].every((h) => known.has(h))) return
    const temp = `${this.path}.${process.pid}.tmp`
    if (!existsSync(this.path)) forgetOldLists(dirname(this.path))
    try {
      writeFileSync(temp, [this.header, ...this.current, ''].join('\n'), { mode: PRIVATE_FILE_MODE })
      renameSync(temp, this.path)
      this.known = new Set(this.current)
    } catch {
      try {
        unlinkSync(temp)
      } catch {
        // nothing was written
      }
    }
  }
}

/** A file kept when it changed: soon after (saveSoon), or when the process exits (keepAtExit). */
export interface KeptFile {
  save(): void
}

/** Kept by the timer, and at exit. */
const unsaved = new Set<KeptFile>()
/** Kept at exit (or when the store closes) only. */
const atExit = new Set<KeptFile>()
let saveTimer: NodeJS.Timeout | undefined
let savesAtExit = false
const saveAll = () => {
  for (const list of [...unsaved, ...atExit]) list.save()
}
/** Keeps every list (and the application digests) changed now (the store does when it closes). */
export const saveValidatedLists = (): void => saveAll()

/** `list` was kept meanwhile: not again at the timer or at exit. */
export const forgetSaving = (list: KeptFile): void => {
  unsaved.delete(list)
  atExit.delete(list)
}

function saveWhenExiting(): void {
  if (savesAtExit) return
  savesAtExit = true
  process.once('exit', saveAll)
}

/** Keeps `list` when the process exits, or the store closes (saveValidatedLists). */
export function keepAtExit(list: KeptFile): void {
  atExit.add(list)
  saveWhenExiting()
}

/** A second after the first change (a first scan writes hundreds of files), or when the process exits. */
function saveSoon(list: KeptFile): void {
  unsaved.add(list)
  saveWhenExiting()
  saveTimer ??= setTimeout(() => {
    saveTimer = undefined
    for (const soon of [...unsaved]) soon.save()
  }, 1000).unref()
}

/**
 * Removes lists not rewritten for a month: a data folder in use rewrites its lists whenever a document changes. At most
 * once a day (a stamp file's age says when it last ran): every new data folder asked for it, and a cache holding thousands
 * of lists (a test machine's) cost a first scan hundreds of milliseconds of stat calls.
 */
function forgetOldLists(dir: string): void {
  const stamp = join(dir, 'swept')
  try {
    if (Date.now() - statSync(stamp).mtimeMs < SWEEP_EVERY_MS) return
  } catch {
    // never swept
  }
  try {
    writeFileSync(stamp, '', { mode: PRIVATE_FILE_MODE })
    const before = Date.now() - FORGET_AFTER_MS
    for (const name of readdirSync(dir)) {
      const file = join(dir, name)
      if (name.endsWith('.txt') && statSync(file).mtimeMs < before) unlinkSync(file)
    }
  } catch {
    // kept for now
  }
}
