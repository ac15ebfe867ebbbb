/**
 * What has stalled: each quiet application with one click to follow up (opens the
 * planned follow-up's draft) or to close it.
 */
import { useState } from 'react'
import type { Insights } from '../../../shared/api'
import { stalledWording } from '../../../shared/core/insights'
import { STAGE_LABELS, type Stage } from '../../../shared/model'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText, formatDate } from '../lib/format'
import { hrefTo } from '../lib/router'

const PAGE = 10

export function StalledList({ stalled }: { stalled: Insights['stalled'] }) {
  const toast = useToast()
  const [limit, setLimit] = useState(PAGE)
  const [busy, setBusy] = useState<string>()
  const close = async (id: string, company: string, stage: string) => {
    setBusy(id)
    try {
      await client.setStage({ id, stage: 'closed' })
      toast(`Closed ${company}`, { action: { label: 'Undo', run: () => void client.setStage({ id, stage: stage as Stage }) } })
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    } finally {
      setBusy(undefined)
    }
  }
  const list = stalled.applications
  if (list.length === 0) return <p className="muted">{stalledWording(stalled).note}</p>
  return (
    <>
      <ul className="stalled-list" aria-label="Stalled applications">
        {list.slice(0, limit).map((s) => (
          <li key={s.applicationId} className="stalled-item">
            <div className="stalled-main">
              <a href={hrefTo({ page: 'application', id: s.applicationId })} className="stalled-company">
                {s.company}
              </a>
              {s.role && <span className="muted"> — {s.role}</span>}
              <div className="small muted">
                {STAGE_LABELS[s.stage as Stage] ?? s.stage} · quiet for {s.daysQuiet} days, since {formatDate(s.quietSince)}
              </div>
            </div>
            <div className="button-row">
              {s.followUpKey && (
                <a className="btn btn-small btn-primary" href={hrefTo({ page: 'application', id: s.applicationId, action: s.followUpKey })}>
                  Follow up<span className="visually-hidden"> with {s.company}</span>
                </a>
              )}
              <button
                type="button"
                className="btn btn-small"
                disabled={busy === s.applicationId}
                onClick={() => void close(s.applicationId, s.company, s.stage)}
              >
                Close<span className="visually-hidden"> {s.company}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      {list.length > limit && (
        <button type="button" className="btn btn-quiet" onClick={() => setLimit(limit + 50)}>
          Show {Math.min(50, list.length - limit)} more of {list.length - limit}
        </button>
      )}
    </>
  )
}
