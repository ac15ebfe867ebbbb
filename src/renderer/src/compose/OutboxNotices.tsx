/**
 * Sends that need the user, shown on Next up: a send whose outcome is unknown, a scheduled
 * one that was missed while Afterview was closed, one the server refused.
 */
import { useCallback, useEffect, useState } from 'react'
import type { OutboxRecord } from '../../../shared/api'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText } from '../lib/format'
import { navigate } from '../lib/router'
import { OutboxStatus } from './OutboxStatus'

export function OutboxNotices() {
  const [records, setRecords] = useState<OutboxRecord[]>([])
  const toast = useToast()
  const load = useCallback(() => {
    client.listOutbox(undefined).then(
      (all) => setRecords(all.filter((r) => r.state === 'unknown' || r.state === 'overdue-needs-confirmation' || r.state === 'failed')),
      () => undefined
    )
  }, [])
  useEffect(() => {
    load()
    return client.on('dataChanged', load)
  }, [load])
  if (!records.length) return null
  const resolve = async (r: OutboxRecord, choice: 'send_again' | 'was_sent' | 'send_now' | 'edit' | 'cancel') => {
    try {
      const result = await client.resolveSend({ draftId: r.id, choice })
      toast(result.message)
      if (choice === 'edit') navigate({ page: 'application', id: r.applicationId, action: r.actionKey })
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
    load()
  }
  return (
    <section className="card outbox-notices" aria-label="Sends that need you">
      {records.map((r) =>
        r.state === 'failed' ? (
          <div key={r.id} className="compose-question" role="alert">
            <p>{r.message}</p>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => navigate({ page: 'application', id: r.applicationId, action: r.actionKey })}
            >
              Open draft
            </button>
          </div>
        ) : (
          <OutboxStatus key={r.id} record={r} onResolve={(c) => void resolve(r, c)} />
        )
      )}
    </section>
  )
}
