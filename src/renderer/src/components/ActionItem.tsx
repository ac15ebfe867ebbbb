/**
 * One planned action: what to do, for which application, when, why, and the three
 * controls. Clicking the title opens the application. A rejection waiting in Review
 * (check_in_review) has one control: "Check in Review", where it is decided.
 */
import type { NextAction } from '../../../shared/core/planner'
import { useActionControls } from '../lib/actions'
import { dueText, formatDateTime, isOverdue } from '../lib/format'
import { hrefTo, navigate } from '../lib/router'
import { SnoozeMenu } from './SnoozeMenu'
import { WriteButton } from '../compose/WriteButton'

interface Props {
  action: NextAction
  now: number
  /** Show company and role (off on the application page, where they are obvious). */
  showCompany?: boolean
  /** Opened through a deep link to this action. */
  highlighted?: boolean
}

export function ActionItem({ action, now, showCompany = true, highlighted }: Props) {
  const controls = useActionControls()
  const overdue = isOverdue(action.dueAt, now)
  const href = hrefTo({ page: 'application', id: action.applicationId })
  return (
    <li
      data-action-key={action.key}
      className={`action${overdue ? ' action-overdue' : ''}${action.dueAt ? '' : ' action-suggestion'}${highlighted ? ' action-highlight' : ''}`}
      aria-label={action.title}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button, a, input, label, [role=menu]'))
          navigate({ page: 'application', id: action.applicationId })
      }}
    >
      <div className="action-main">
        <div className="action-title-row">
          <a className="action-title" href={href}>
            {action.title}
          </a>
          {overdue && <span className="badge badge-overdue">Overdue</span>}
          {action.snoozedUntil && <span className="badge">Snoozed</span>}
        </div>
        {showCompany && (
          <div className="action-company">
            {action.company}
            {action.role && <span className="muted"> · {action.role}</span>}
          </div>
        )}
        <div className="action-reason muted">{action.reason}</div>
      </div>
      <div className="action-side">
        {action.dueAt && (
          <div className={overdue ? 'action-due due-overdue' : 'action-due'} title={formatDateTime(action.dueAt)}>
            {dueText(action.dueAt, now)}
            <span className="action-due-at muted">{formatDateTime(action.dueAt)}</span>
          </div>
        )}
        {action.kind === 'check_in_review' ? (
          <div className="action-buttons">
            <a
              className="btn btn-small btn-primary"
              href={hrefTo({ page: 'review', ...(action.proposalId ? { proposal: action.proposalId } : {}) })}
              aria-label={`Check in Review: ${action.title}`}
            >
              Check in Review
            </a>
          </div>
        ) : (
          <div className="action-buttons">
            <WriteButton action={action} />
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void controls.done(action)}
              aria-label="Mark done"
              title={`Mark done: ${action.title}`}
            >
              Mark done
            </button>
            <SnoozeMenu onSnooze={(until) => void controls.snooze(action, until)} />
            <button type="button" className="btn btn-small btn-quiet" onClick={() => void controls.dismiss(action)}>
              Dismiss
            </button>
          </div>
        )}
      </div>
    </li>
  )
}
