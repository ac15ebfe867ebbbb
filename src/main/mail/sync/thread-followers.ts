/**
 * Mail that answers mail read in the same pass. The matcher follows a thread only to mail
 * already filed, and a pass matches every header before it files any: a colleague of the
 * interviewer answering in her thread from a personal address, both mails new since the last
 * sync (the laptop was shut overnight, or the first sync), left the colleague's reply
 * unmatched, and the pass moved past it for good. Such mail is kept aside here while the pass
 * reads, and matched again once what it answers is filed (SyncPass.fileFollowers).
 */
import { messageIdKey, type MailMessage } from '../../../shared/core/mail-message'

/** What a follower waits with: its UID in the mailbox being read, and its headers. */
export interface Follower {
  uid: number
  header: MailMessage
}

export class ThreadFollowers {
  /** The ids of the mail this pass may file (candidates), and of the followers kept. */
  private readonly ids = new Set<string>()
  readonly kept: Follower[] = []

  /** A mail the pass will read, and may file. */
  candidate(header: MailMessage): void {
    this.ids.add(messageIdKey(header.messageId))
  }

  /**
   * A mail the pass leaves out: kept when it answers a candidate or a follower read before it (mail comes in the
   * order it arrived, so a reply after what it answers; a chain of replies is kept whole). Mail that answers nothing
   * the pass read is forgotten as before, so a first scan keeps no more than the threads of the mail it files.
   */
  leftOut(uid: number, header: MailMessage): void {
    if (this.ids.size === 0) return
    const answers = (id: string | undefined) => id !== undefined && this.ids.has(messageIdKey(id))
    if (!answers(header.inReplyTo) && !header.references.some(answers)) return
    this.kept.push({ uid, header })
    this.ids.add(messageIdKey(header.messageId))
  }
}
