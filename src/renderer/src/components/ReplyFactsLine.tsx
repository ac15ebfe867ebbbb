/**
 * What a reply said, under the mail on the timeline: "They said: by Fri, Dec 4 — change",
 * what they asked of you and by when, the next step, with the sentence that says it. The
 * user can change the date or dismiss the facts; the plan follows their word. "No timeline" is
 * said only where a timeline was to be expected: under a decision (a rejection) or a mail that
 * asks for an answer (an invitation, a test, an offer, a moved interview) it would read as a
 * reason to wait. Under a mail whose text Afterview could not read (no facts), the user who read
 * it elsewhere can still give the date they promised.
 */
import { useState, type FormEvent } from 'react'
import type { ReplyFacts } from '../../../shared/model'
import { client } from '../api-client'
import { errorText, formatDate } from '../lib/format'

export function ReplyFactsLine({
  applicationId,
  eventId,
  facts,
  noTimelineExpected = false,
  textUnread = false
}: {
  applicationId: string
  eventId: string
  /** Absent: the mail's text was not read, so nothing is claimed; the user can add the date. */
  facts?: ReplyFacts
  /** A rejection, or a mail that asks for an answer: "no timeline" is not worth saying. */
  noTimelineExpected?: boolean
  /** The mail's text was not read: a date there is the user's own, not a correction of anything. */
  textUnread?: boolean
}) {
  const [editing, setEditing] = useState(false)
  const [date, setDate] = useState(facts?.respondBy ?? '')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const save = async (change: { respondBy?: string | null; dismissed?: boolean }) => {
    setBusy(true)
    try {
      await client.correctReplyFacts({ applicationId, eventId, ...change })
      setEditing(false)
      setError(undefined)
    } catch (err) {
      setError(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void save({ respondBy: date === '' ? null : date })
  }
  const form = (
    <form className="reply-facts-edit" onSubmit={submit}>
      <label htmlFor={`respond-by-${eventId}`}>They promised an answer by</label>
      <input id={`respond-by-${eventId}`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <button type="submit" className="btn btn-small" disabled={busy}>
        Save
      </button>
      <button type="button" className="btn btn-small btn-quiet" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  )
  const failed = error && (
    <p className="field-error" role="alert">
      {error}
    </p>
  )
  if (!facts) {
    return (
      <div className="reply-facts small" aria-label="What they said">
        {editing ? (
          form
        ) : (
          <div>
            Did it say when you will hear back?{' '}
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Add the date
            </button>
          </div>
        )}
        {failed}
      </div>
    )
  }
  if (facts.dismissed) {
    return (
      <div className="reply-facts small muted">
        {textUnread ? 'You dismissed the date you gave.' : 'You dismissed what Afterview read in this mail.'}{' '}
        <button type="button" className="link-button" disabled={busy} onClick={() => void save({ dismissed: false })}>
          Bring it back
        </button>
      </div>
    )
  }
  const said = facts.respondBy ? `by ${formatDate(facts.respondBy)}` : 'no timeline'
  const showSaid = !noTimelineExpected || !!facts.respondBy || facts.source === 'user'
  if (!showSaid && !facts.candidateDeadline && !facts.nextStep && !facts.replyTo) return null
  return (
    <div className="reply-facts small" aria-label="What they said">
      {editing
        ? form
        : showSaid && (
            <div>
              <strong>They said: {said}</strong>
              {facts.source === 'user' && <span className="muted"> {textUnread ? '(the date you gave)' : '(your correction)'}</span>}
              {' — '}
              <button type="button" className="link-button" onClick={() => setEditing(true)}>
                change
              </button>
              {' · '}
              <button type="button" className="link-button" disabled={busy} onClick={() => void save({ dismissed: true })}>
                dismiss
              </button>
              {facts.evidence && facts.source !== 'user' && facts.respondBy && <div className="muted">“{facts.evidence}”</div>}
            </div>
          )}
      {facts.candidateDeadline && (
        <div>
          They asked you to act by <strong>{formatDate(facts.candidateDeadline)}</strong>
          {facts.deadlineEvidence ? <span className="muted">: “{facts.deadlineEvidence}”</span> : null}
        </div>
      )}
      {facts.nextStep && <div>Next step: {facts.nextStep}</div>}
      {facts.replyTo && (
        <div className="muted">
          Answer {facts.replyTo.name || facts.replyTo.email}
          {facts.replyTo.title ? `, ${facts.replyTo.title}` : ''}
        </div>
      )}
      {failed}
    </div>
  )
}
