/**
 * "Write" on a planned action that is a mail: opens its draft (the route
 * `#/application/<id>?action=<key>` opens the compose view).
 */
import { useState } from 'react'
import type { NextAction } from '../../../shared/core/planner'
import { hrefTo, navigate } from '../lib/router'
import { ComposeDialog } from './ComposeDialog'

export const WRITABLE: ReadonlySet<NextAction['kind']> = new Set([
  'thank_you',
  'ask_next_steps',
  'follow_up',
  'application_follow_up',
  'answer',
  'close_out'
])

export function WriteButton({ action }: { action: NextAction }) {
  if (!WRITABLE.has(action.kind)) return null
  return (
    <a
      className="btn btn-small btn-primary"
      href={hrefTo({ page: 'application', id: action.applicationId, action: action.key })}
      aria-label={`Write: ${action.title}`}
    >
      Write
    </a>
  )
}

/** The compose view, when the route `#/application/<id>?action=<key>` names a writable action. */
export function ComposeForRoute({
  applicationId,
  actionKey,
  actions
}: {
  applicationId: string
  actionKey?: string
  actions: NextAction[]
}) {
  const action = actionKey ? actions.find((a) => a.key === actionKey) : undefined
  // A mail no longer planned may still have its draft: accepting a rejection in Review drafts the close-out reply,
  // then closing the application ends planning ("Write the reply"). openDraft finds it, or says why there is none.
  const unplanned = !action && !!actionKey && WRITABLE.has(actionKey.split(':')[0] as NextAction['kind'])
  const matched = (action && WRITABLE.has(action.kind)) || unplanned ? actionKey : undefined
  // Stays open after the send marks the action done, so the result can be read.
  const [kept, setKept] = useState(matched)
  if (matched && matched !== kept) setKept(matched)
  if (!actionKey || kept !== actionKey) return null
  return (
    <ComposeDialog
      key={kept}
      applicationId={applicationId}
      actionKey={kept}
      onClose={() => navigate({ page: 'application', id: applicationId })}
    />
  )
}
