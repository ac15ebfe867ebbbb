/**
 * The bodies of a slice of scanned mail, read into MailMessages with mailparser as the FETCH
 * streams them (issue 14).
 */
import type { MailMessage } from '../../../shared/core/mail-message'
import { parseMessage } from '../parse-message'

/** A mail's body is read to this many bytes (its made-up Message-ID, for a mail without one, is of these). */
export const BODY_MAX_BYTES = 512 * 1024

/**
 * Bodies parsed at once: mailparser streams each mail through several event-loop turns, so
 * one at a time leaves the CPU idle between them (1,000 short mails: 470 ms one by one,
 * 150 ms sixteen at a time, about 110 ms thirty-two or more; more would hold more bodies at once).
 */
const PARSE_AT_ONCE = 32

/**
 * Mail fetched and not yet parsed, at most (bytes): beyond it the fetch waits for the parser.
 * imapflow reads the server's next answer only when the loop asks for it, so the server waits
 * too. Without this a slice's bodies piled up faster than they were parsed. A first scan of
 * 100,000 messages whose 5,000 tracked mails were HTML with a logo (about 75 KB each, as
 * recruiters' mail is) peaked at 320 MB, against 140 while it read the headers; with it, 270.
 * The rest is V8 collecting that much more garbage, not mail kept: 2 or 16 MB here gave 262
 * and 282, and parsing 8 at once instead of 32 changed nothing.
 */
export const UNPARSED_MAX_BYTES = 8 * 1024 * 1024

/**
 * Each candidate's mail, read from its body where there is one (in candidate order); an
 * unreadable body leaves its headers. Bodies are parsed as they arrive, PARSE_AT_ONCE at a
 * time, while the server is still reading the next ones from its disk: waiting for the whole
 * slice first left this process idle for that time (a first scan of 20,000 messages: about
 * 130 ms for the 1,000 bodies of tracked senders, five times that at 100,000).
 */
/*
 * Measured and dropped (speed13, 20,000 and 100,000 messages, 2 cores, paired with the build before): reading the
 * bodies on a worker_thread (started once a scan found 200 candidates, each body copied over and the MailMessage
 * cloned back), with this thread classifying each header-matched mail as soon as it was read. No wall-time gain beyond
 * the noise, about 0.2-0.35 s more CPU at 20,000 (3.2-3.4 against 2.9-3.1 s) and 0.6-0.9 s more at 100,000, and
 * peak RSS 256 MB against 228 at 100,000 (over the 250 MB target). Parsing alone on the thread gained nothing either:
 * this thread waited for the slice's bodies, then classified. A second thread pays only with a free core, which
 * Dovecot and the garbage collector's threads take during a first scan.
 */
export class BodyParser {
  private readonly out: MailMessage[]
  /** Where each UID stands in the candidates (the same UID twice: both read from its body). */
  private readonly indexOf = new Map<number, number[]>()
  private readonly waiting: Array<{ k: number; source: Buffer } | undefined> = []
  private taken = 0
  private running = 0
  /** Bytes of mail added and not parsed yet (waiting, or being parsed). */
  private unparsedBytes = 0
  /** UIDs whose mail came cut at `cutAt` bytes (the fetch's limit). */
  readonly cut = new Set<number>()
  /** UIDs whose mail the fetch sent (readFrom): what a failed FETCH had sent before it failed. */
  readonly received = new Set<number>()
  private roomWaiters: Array<() => void> = []
  private finished?: () => void

  constructor(
    private readonly candidates: ReadonlyArray<{ uid: number; header: MailMessage }>,
    /** The most the fetch takes of one mail: a source this long was cut there. */
    private readonly cutAt = Infinity
  ) {
    this.out = candidates.map((c) => c.header)
    candidates.forEach((c, k) => {
      const at = this.indexOf.get(c.uid)
      if (at) at.push(k)
      else this.indexOf.set(c.uid, [k])
    })
  }

  add(uid: number, source: Buffer): void {
    const at = this.indexOf.get(uid)
    if (!at) return
    this.indexOf.delete(uid) // a UID the server sends twice is read once
    if (source.length >= this.cutAt) this.cut.add(uid)
    for (const k of at) this.waiting.push({ k, source })
    this.unparsedBytes += source.length * at.length
    this.next()
  }

  /** Bytes of mail added and not parsed yet. */
  get unparsed(): number {
    return this.unparsedBytes
  }

  /**
   * Adds each fetched body as it comes, taking the next only while less than
   * UNPARSED_MAX_BYTES wait to be parsed; resolves when every body is read.
   */
  async readFrom(fetched: AsyncIterable<{ uid: number; source?: Buffer }>): Promise<MailMessage[]> {
    for await (const { uid, source } of fetched) {
      if (source) {
        this.received.add(uid)
        this.add(uid, source)
      }
      if (this.unparsedBytes >= UNPARSED_MAX_BYTES) await new Promise<void>((resolve) => this.roomWaiters.push(resolve))
    }
    return this.done()
  }

  private next(): void {
    while (this.running < PARSE_AT_ONCE && this.taken < this.waiting.length) {
      const { k, source } = this.waiting[this.taken]!
      this.waiting[this.taken++] = undefined // the source is not kept once read
      this.running++
      void parseMessage(source, { receivedAt: new Date(this.candidates[k]!.header.date) })
        .then(
          (message) => void (this.out[k] = message),
          () => undefined // unreadable body: filed from its headers
        )
        .finally(() => {
          this.running--
          this.unparsedBytes -= source.length
          if (this.unparsedBytes < UNPARSED_MAX_BYTES) for (const resolve of this.roomWaiters.splice(0)) resolve()
          this.next()
        })
    }
    if (this.running === 0 && this.taken === this.waiting.length) this.finished?.()
  }

  /** Resolves when every body added so far is read. */
  done(): Promise<MailMessage[]> {
    return new Promise((resolve) => {
      this.finished = () => resolve(this.out)
      this.next()
    })
  }
}
