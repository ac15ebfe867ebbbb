/**
 * "Open in full" for a message filed on the timeline: fetched from the mailbox on demand
 * and shown as plain text (never HTML: no remote images, scripts or styles can run).
 * Web addresses in the text are listed as links that open in the system browser
 * (target=_blank goes through the window-open handler, http(s) only).
 */
import { useEffect, useState } from 'react'
import { SenderLine } from './SenderLine'
import type { MessageContent } from '../../../shared/api'
import { client } from '../api-client'
import { errorText, formatDateTime } from '../lib/format'
import { Dialog } from './Dialog'

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]+/g

/** The text split into plain runs and http(s) links. */
export function linkify(text: string): Array<{ text: string; href?: string }> {
  const parts: Array<{ text: string; href?: string }> = []
  let last = 0
  for (const m of text.matchAll(URL_RE)) {
    const at = m.index ?? 0
    if (at > last) parts.push({ text: text.slice(last, at) })
    parts.push({ text: m[0], href: m[0] })
    last = at + m[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

export function MessageView({ applicationId, messageId, onClose }: { applicationId: string; messageId: string; onClose: () => void }) {
  const [message, setMessage] = useState<MessageContent>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    let live = true
    client.getMessage({ applicationId, messageId }).then(
      (m) => live && setMessage(m),
      (e: unknown) => live && setError(errorText(e))
    )
    return () => {
      live = false
    }
  }, [applicationId, messageId])
  return (
    <Dialog title={message?.subject || 'Message'} onClose={onClose} wide>
      {!message && !error && <p className="muted">Fetching the message from your mailbox…</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {message && (
        <article className="message-full">
          <dl className="message-headers small">
            <dt>From</dt>
            <dd>
              <SenderLine from={message.from} prefix="" />
            </dd>
            {message.to.length > 0 && (
              <>
                <dt>To</dt>
                <dd>{message.to.join(', ')}</dd>
              </>
            )}
            <dt>Date</dt>
            <dd>
              <time dateTime={message.date}>{formatDateTime(message.date)}</time>
            </dd>
          </dl>
          <div className="message-body pre-line">
            {linkify(message.text).map((p, i) =>
              p.href ? (
                <a key={i} href={p.href} target="_blank" rel="noopener noreferrer">
                  {p.text}
                </a>
              ) : (
                <span key={i}>{p.text}</span>
              )
            )}
          </div>
        </article>
      )}
    </Dialog>
  )
}

/** A button for a timeline message that opens it in full. */
export function OpenMessageButton({ applicationId, messageId }: { applicationId: string; messageId: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="btn btn-link small" onClick={() => setOpen(true)}>
        Open in full
      </button>
      {open && <MessageView applicationId={applicationId} messageId={messageId} onClose={() => setOpen(false)} />}
    </>
  )
}
