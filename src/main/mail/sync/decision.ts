/**
 * What a mailbox sync has to do, decided from what we stored last time and what the
 * server says now (after EmailEngine's sync-operations.js). Small named predicates, pure:
 *
 *   nothing stored / window widened   -> full          (SEARCH SINCE the look-back window)
 *   UIDVALIDITY differs               -> reseed        (UIDs mean nothing any more: scan the
 *                                                       window again; filing dedupes by Message-ID)
 *   UIDNEXT went back                 -> reseed        (the same: a server restored from a backup)
 *   UIDNEXT and HIGHESTMODSEQ same    -> nothing       (no command needed)
 *   otherwise                         -> new-messages  (UID FETCH stored.uidNext:*)
 *
 * Flag changes and expunges do not matter to Afterview (a filed message stays filed),
 * so a MODSEQ change without new UIDs only moves the stored HIGHESTMODSEQ forward.
 */

export interface StoredMailbox {
  uidValidity: bigint
  uidNext: number
  highestModseq?: bigint
  /** Start of the window this state covers (epoch ms). */
  since: number
}

export interface ServerMailbox {
  uidValidity: bigint
  uidNext: number
  highestModseq?: bigint
  exists: number
}

export type SyncDecision =
  | { kind: 'full'; why: string }
  | { kind: 'reseed'; why: string }
  | { kind: 'nothing'; why: string }
  | { kind: 'new-messages'; fromUid: number; why: string }

export const neverSynced = (stored: StoredMailbox | undefined): stored is undefined => stored === undefined

/** The user asked to look further back than the stored state covers. */
export const windowWidened = (stored: StoredMailbox, since: number): boolean => since < stored.since

export const uidValidityChanged = (stored: StoredMailbox, server: ServerMailbox): boolean => stored.uidValidity !== server.uidValidity

/** Same UIDNEXT and, where the server has CONDSTORE, the same HIGHESTMODSEQ. */
export const nothingChanged = (stored: StoredMailbox, server: ServerMailbox): boolean =>
  stored.uidNext === server.uidNext &&
  (server.highestModseq === undefined || stored.highestModseq === undefined || stored.highestModseq === server.highestModseq)

/**
 * The server's UIDNEXT is below the one stored: RFC 3501 forbids it under one UIDVALIDITY, but a
 * server restored from a backup (or a mailbox moved) does it. Its new mail then has UIDs the sync
 * took for seen: taken for "nothing new", every reply that came before the server passed the
 * stored number was never read. Its UIDs mean nothing any more, as after a UIDVALIDITY change.
 */
export const uidNextWentBack = (stored: StoredMailbox, server: ServerMailbox): boolean => server.uidNext < stored.uidNext

/** New mail can only have UIDs at or above the stored UIDNEXT. */
export const hasNewUids = (stored: StoredMailbox, server: ServerMailbox): boolean => server.uidNext > stored.uidNext

export function decideSync(stored: StoredMailbox | undefined, server: ServerMailbox, since: number): SyncDecision {
  if (neverSynced(stored)) return { kind: 'full', why: 'first scan of this mailbox' }
  if (uidValidityChanged(stored, server))
    return { kind: 'reseed', why: `UIDVALIDITY changed from ${stored.uidValidity} to ${server.uidValidity}` }
  if (uidNextWentBack(stored, server))
    return { kind: 'reseed', why: `UIDNEXT went back from ${stored.uidNext} to ${server.uidNext} (a server restored from a backup?)` }
  if (windowWidened(stored, since)) return { kind: 'full', why: 'the look-back window was widened' }
  if (nothingChanged(stored, server)) return { kind: 'nothing', why: 'UIDNEXT and HIGHESTMODSEQ unchanged' }
  if (!hasNewUids(stored, server)) return { kind: 'nothing', why: 'only flags changed or messages were removed' }
  return { kind: 'new-messages', fromUid: stored.uidNext, why: `new UIDs from ${stored.uidNext}` }
}

/** Compresses sorted UIDs into an IMAP sequence set: 1:5,9,12:14. */
export function uidSet(uids: number[]): string {
  return uidRuns(uids).join(',')
}

/**
 * The same set as uidSet, cut into commands of at most `maxLength` characters. A first scan
 * asks for every message of the look-back window, and each mail deleted or moved out of it
 * splits a run: in a big mailbox of someone who deletes a lot the set grew past what a server
 * takes on one line (Dovecot: "Too long argument", about 64 KB; RFC 7162 advises 8 KB), the scan
 * failed at every pass, and nothing in that mailbox was ever filed.
 */
export function uidSets(uids: number[], maxLength = 8000): string[] {
  return joined(uidRuns(uids), maxLength)
}

/** Runs ("12:14") joined into sets of at most `maxLength` characters. */
function joined(runs: string[], maxLength: number): string[] {
  const sets: string[] = []
  let current = ''
  for (const run of runs) {
    if (current && current.length + 1 + run.length > maxLength) {
      sets.push(current)
      current = ''
    }
    current = current ? `${current},${run}` : run
  }
  if (current) sets.push(current)
  return sets
}

/** "1:3", "5", "9", "12:14": the runs of consecutive UIDs, in order. */
function uidRuns(uids: number[]): string[] {
  if (uids.length === 0) return []
  const sorted = [...uids].sort((a, b) => a - b)
  const parts: string[] = []
  let start = sorted[0]!
  let prev = start
  for (let i = 1; i <= sorted.length; i++) {
    const uid = sorted[i]
    if (uid === prev + 1) {
      prev = uid
      continue
    }
    if (uid === prev) continue
    parts.push(start === prev ? `${start}` : `${start}:${prev}`)
    if (uid !== undefined) {
      start = uid
      prev = uid
    }
  }
  return parts
}

/** Reconnect delay: exponential from 1 s, capped at 60 s, with ±30 % jitter. */
export function backoffDelay(attempt: number, random: () => number = Math.random, baseMs = 1000, capMs = 60_000): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt))
  return Math.round(exp * (0.7 + 0.6 * random()))
}

/** The highest UID there can be (RFC 9051: a 32-bit number). */
export const MAX_UID = 4_294_967_295

/**
 * `ranges` without the UIDs in `skip` (messages the server could not send: unreadable.ts), as
 * UID sets of at most `maxLength` characters. With anything to skip, a `*` becomes MAX_UID:
 * `N:*` asks for the highest message even when it is below N, and that could be the very
 * message skipped; `N:4294967295` asks only for what is there. Without, ranges come back as they were.
 */
export function withoutUids(ranges: string[], skip: ReadonlySet<number>, maxLength = 8000): string[] {
  if (!skip.size) return ranges
  const runs: Array<[number, number]> = []
  let touched = false
  for (const range of ranges)
    for (const part of range.split(',')) {
      const [a, b = a] = part.split(':')
      const from = Number(a)
      const to = b === '*' ? MAX_UID : Number(b)
      const [lo, hi] = from <= to ? [from, to] : [to, from]
      const inside = [...skip].filter((u) => u >= lo && u <= hi).sort((x, y) => x - y)
      if (inside.length || b === '*') touched = true
      let start = lo
      for (const u of inside) {
        if (u > start) runs.push([start, u - 1])
        start = u + 1
      }
      if (start <= hi) runs.push([start, hi])
    }
  if (!touched) return ranges
  return joined(
    runs.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}:${hi}`)),
    maxLength
  )
}
