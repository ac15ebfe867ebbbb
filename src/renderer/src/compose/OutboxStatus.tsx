/**
 * Where a sent or scheduled draft stands, in plain words, with the choices the user has:
 * an uncertain send ("Send again" / "It was sent"), a late scheduled one ("Send now" /
 * "Edit" / "Cancel"), a scheduled one ("Cancel scheduled send").
 */
import type { OutboxRecord } from '../../../shared/api'

type Choice = 'send_again' | 'was_sent' | 'send_now' | 'edit' | 'cancel'

interface Props {
  record: OutboxRecord
  /** The latest words from the services; falls back to the record's own. */
  message?: string
  busy?: boolean
  onResolve: (choice: Choice) => void
  onCancelScheduled?: () => void
}

export function OutboxStatus({ record, message, busy, onResolve, onCancelScheduled }: Props) {
  const text = message ?? record.message ?? ''
  switch (record.state) {
    case 'unknown':
      return (
        <div className="compose-question" role="alert">
          <p>{text}</p>
          <div className="compose-actions">
            <button type="button" className="btn" disabled={busy} onClick={() => onResolve('send_again')}>
              Send again
            </button>
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => onResolve('was_sent')}>
              It was sent
            </button>
          </div>
        </div>
      )
    case 'overdue-needs-confirmation':
      return (
        <div className="compose-question" role="alert">
          <p>{text || `This ${record.what} was scheduled and hasn't gone out.`}</p>
          <div className="compose-actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => onResolve('send_now')}>
              Send now
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => onResolve('edit')}>
              Edit
            </button>
            <button type="button" className="btn btn-quiet" disabled={busy} onClick={() => onResolve('cancel')}>
              Cancel
            </button>
          </div>
        </div>
      )
    case 'scheduled':
      return (
        <div className="compose-scheduled" role="status">
          <p>{text || `Your ${record.what} is scheduled.`}</p>
          {onCancelScheduled && (
            <button type="button" className="btn btn-small" disabled={busy} onClick={onCancelScheduled}>
              Cancel scheduled send
            </button>
          )}
        </div>
      )
    case 'sending':
      return (
        <p className="compose-scheduled" role="status">
          {text || `Your ${record.what} is being sent.`}
        </p>
      )
    default:
      return null
  }
}
