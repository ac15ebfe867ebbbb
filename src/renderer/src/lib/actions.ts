/**
 * Done / snooze / dismiss for a planned action, with an undo toast after "Mark done"
 * and "Dismiss". Errors are shown in plain words; nothing is lost.
 */
import { useCallback } from 'react'
import type { NextAction } from '../../../shared/core/planner'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText, formatDateTime } from './format'

export function useActionControls() {
  const toast = useToast()
  const set = useCallback(async (action: NextAction, status: 'done' | 'dismissed' | 'snoozed' | 'open', until?: string) => {
    await client.setActionState({ applicationId: action.applicationId, key: action.key, status, ...(until ? { until } : {}) })
  }, [])
  const undo = useCallback(
    (action: NextAction) => ({
      label: 'Undo',
      run: () => {
        set(action, 'open').catch((e: unknown) => toast(errorText(e), { tone: 'error' }))
      }
    }),
    [set, toast]
  )

  const run = useCallback(
    async (action: NextAction, status: 'done' | 'dismissed' | 'snoozed', until?: string) => {
      try {
        await set(action, status, until)
        const message =
          status === 'done'
            ? `Marked done: ${action.title}`
            : status === 'dismissed'
              ? `Dismissed: ${action.title}`
              : `Snoozed until ${formatDateTime(until!)}`
        toast(message, { action: undo(action) })
      } catch (e) {
        toast(errorText(e), { tone: 'error' })
      }
    },
    [set, toast, undo]
  )

  return {
    done: (a: NextAction) => run(a, 'done'),
    dismiss: (a: NextAction) => run(a, 'dismissed'),
    snooze: (a: NextAction, until: string) => run(a, 'snoozed', until)
  }
}
