/**
 * Mail that answers mail read in the same pass. The matcher follows a thread only to mail
 * already filed, and a pass matches every header before it files any: a colleague of the
 * interviewer answering in her thread from a personal address, both mails new since the last
 * sync (the laptop was shut overnight, or the first sync), left the colleague's reply
 * unmatched, and the pass moved past it for good. Such mail is read with the candidates
 * instead, and matched once what it answers is filed (SyncPass.fileRead).
 */
import { messageIdKey, type MailMessage } from '../../../shared/core/mail-message'

export class ThreadFollowers {
  /** The ids of the mail this pass reads: candidates, and the followers among the rest. */
  private readonly ids = new Set<string>()

  /** A mail the pass will read, and may file. */
  candidate(header: MailMessage): void {
    this.ids.add(messageIdKey(header.messageId))
  }

  /**
   * Whether a mail the pass would leave out answers a mail it reads (mail comes in the order it arrived, so a reply
   * after what it answers; a chain of replies is followed whole); if so, it is read too. Mail that answers nothing the
   * pass reads is left out as before, so a first scan reads no more than the threads of the mail it files.
   */
  follows(header: MailMessage): boolean {
    if (this.ids.size === 0) return false
    const answers = (id: string | undefined) => id !== undefined && this.ids.has(messageIdKey(id))
    if (!answers(header.inReplyTo) && !header.references.some(answers)) return false
    this.candidate(header)
    return true
  }
}
