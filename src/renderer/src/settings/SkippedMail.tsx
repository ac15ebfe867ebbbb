/**
 * Mail that matched an application but was not filed, with the reason in plain words:
 * nothing is dropped without the user being able to see it.
 */
import type { SkippedMailItem } from '../../../shared/accounts'
import { safeSender } from '../../../shared/core/safe-sender'
import { formatDateTime } from '../lib/format'

export function SkippedMail({ items }: { items: SkippedMailItem[] }) {
  if (!items.length) return null
  return (
    <details className="skipped-mail small">
      <summary>
        {items.length} message{items.length === 1 ? ' was' : 's were'} not filed — see why
      </summary>
      <ul aria-label="Messages not filed">
        {items.slice(0, 50).map((i) => (
          <li key={`${i.messageId}|${i.at}`}>
            <strong>{i.subject.slice(0, 120) || '(no subject)'}</strong> from {safeSender(i.from).label || 'unknown sender'}
            {i.date && <> · {formatDateTime(i.date)}</>}: <span className="muted">{i.reason}</span>
          </li>
        ))}
      </ul>
      {items.length > 50 && <p className="muted">…and {items.length - 50} more.</p>}
    </details>
  )
}
