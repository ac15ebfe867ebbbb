/**
 * Bodies of the scan's candidates, fetched and parsed while the header fetch still streams.
 * imapflow runs one command at a time per connection, so a big scan opens a second
 * connection on the same mailbox (read-only, same UIDVALIDITY) and fetches the candidates
 * found so far in batches on it. Whatever it could not fetch (no second connection, an error,
 * the tail of the scan) is fetched afterwards on the scan's own connection, as before.
 */
import type { FetchMessageObject, ImapFlow } from 'imapflow'
import type { MailMessage } from '../../../shared/core/mail-message'
import { parseMessage } from '../parse-message'
import { uidSet } from './decision'

export const BODY_MAX_BYTES = 512 * 1024
/** Candidates fetched per batch on the second connection. */
const BATCH = 25

export interface BodyCandidate {
  uid: number
  header: MailMessage
}

export class BodyFetcher {
  /** The parsed message per UID; undefined when the source could not be parsed (the header stands in). */
  private readonly parsed = new Map<number, Promise<MailMessage | undefined>>()
  private readonly waiting: BodyCandidate[] = []
  private second?: ImapFlow
  private opening?: Promise<void>
  private inFlight?: Promise<void>
  private aborted = false
  private finishing = false

  /**
   * `openSecond`: a second connection with `path` selected read-only, or nothing when it
   * would not help (small scans) — then every body is fetched after the scan.
   */
  constructor(private readonly openSecond?: () => Promise<ImapFlow | undefined>) {
    if (openSecond) {
      this.opening = openSecond().then(
        (client) => {
          if (this.aborted) return client?.close()
          this.second = client
          this.pump()
        },
        () => undefined
      )
    }
  }

  /** Parses `source` now (in the background); the result is taken by message(). */
  parse(candidate: BodyCandidate, source: Buffer): void {
    this.parsed.set(candidate.uid, parseMessage(source, { receivedAt: new Date(candidate.header.date) }).catch(() => undefined))
  }

  /** A candidate found by the scan: its body is fetched on the second connection when one is open. */
  add(candidate: BodyCandidate): void {
    if (!this.openSecond) return
    this.waiting.push(candidate)
    if (this.waiting.length >= BATCH) this.pump()
  }

  private pump(): void {
    const client = this.second
    if (!client || this.inFlight || this.finishing || this.waiting.length === 0) return
    const batch = this.waiting.splice(0, this.waiting.length)
    this.inFlight = this.fetchOn(client, batch)
      .catch(() => {
        // The second connection failed: its candidates are fetched after the scan instead.
        this.second = undefined
        client.close()
      })
      .finally(() => {
        this.inFlight = undefined
        if (this.waiting.length >= BATCH) this.pump()
      })
  }

  /** Fetches the sources of `batch` and starts parsing each as it arrives. */
  private async fetchOn(client: ImapFlow, batch: BodyCandidate[]): Promise<void> {
    const byUid = new Map(batch.map((c) => [c.uid, c]))
    for await (const fetched of client.fetch(uidSet(batch.map((c) => c.uid)), { uid: true, source: { maxLength: BODY_MAX_BYTES } }, { uid: true }) as AsyncIterable<FetchMessageObject>) {
      const candidate = byUid.get(fetched.uid)
      if (candidate && fetched.source) this.parse(candidate, fetched.source)
    }
  }

  /**
   * After the scan: waits for the second connection, fetches on `client` what is still
   * missing, then returns each candidate's parsed message (undefined: no body, use the header).
   */
  async finish(client: ImapFlow, candidates: BodyCandidate[]): Promise<Array<MailMessage | undefined>> {
    // A second connection still opening is not waited for: the scan's own is free now.
    this.finishing = true
    while (this.inFlight) await this.inFlight
    const second = this.second
    this.second = undefined
    this.abort() // one still opening closes itself
    const closing = second ? second.logout().catch(() => second.close()) : Promise.resolve()
    const missing = candidates.filter((c) => !this.parsed.has(c.uid))
    if (missing.length) {
      const byUid = new Map(missing.map((c) => [c.uid, c]))
      for await (const fetched of client.fetch(uidSet(missing.map((c) => c.uid)), { uid: true, source: { maxLength: BODY_MAX_BYTES } }, { uid: true }) as AsyncIterable<FetchMessageObject>) {
        const candidate = byUid.get(fetched.uid)
        if (candidate && fetched.source) this.parse(candidate, fetched.source)
      }
    }
    const messages = await Promise.all(candidates.map((c) => this.parsed.get(c.uid)))
    await closing
    return messages
  }

  /** Closes the second connection (also one that is still opening). */
  abort(): void {
    this.aborted = true
    this.second?.close()
    this.second = undefined
  }
}
