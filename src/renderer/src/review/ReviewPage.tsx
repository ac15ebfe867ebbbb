/**
 * Review: what the mail said, turned into proposed changes the user confirms. Each shows
 * the sentence that decided it, the mail it came from, and Accept / Edit / Dismiss.
 * `#/review?proposal=<id>` (Next up's "Check in Review") scrolls to that one and marks it.
 */
import { useEffect, useState } from 'react'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText } from '../lib/format'
import { ProposalCard } from './ProposalCard'
import { useReviewQueue } from './useReviewQueue'
import './review.css'

export function ReviewPage({ proposal }: { proposal?: string }) {
  const { queue, error, reload } = useReviewQueue()
  const loaded = !!queue
  useEffect(() => {
    if (!loaded || !proposal) return
    document.getElementById(`proposal-${proposal}`)?.closest('li')?.scrollIntoView({ block: 'center' })
  }, [loaded, proposal])
  const toast = useToast()
  const [saving, setSaving] = useState(false)
  const setAutoApply = async (autoApply: boolean) => {
    setSaving(true)
    try {
      await client.setReviewAutoApply({ autoApply })
      await reload()
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    } finally {
      setSaving(false)
    }
  }
  const count = queue?.proposals.length ?? 0
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Review</h1>
          <p className="page-subtitle muted">
            {queue ? (count ? `${count === 1 ? '1 change' : `${count} changes`} proposed from your mail` : 'Nothing waiting') : ' '}
          </p>
        </div>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!queue && !error && <p className="muted">Loading…</p>}
      {queue && count === 0 && (
        <div className="empty empty-small">
          <h2>Nothing to review</h2>
          <p>
            When a reply says something that changes an application — an interview invitation, a decision, an offer — Afterview proposes the
            change here and waits for you to confirm it.
          </p>
        </div>
      )}
      {queue && count > 0 && (
        <ul className="proposal-list" aria-label="Proposed changes">
          {queue.proposals.map((p) => (
            <ProposalCard key={p.id} proposal={p} onDecided={reload} highlighted={p.id === proposal} />
          ))}
        </ul>
      )}
      {queue && (
        <label className="review-auto">
          <input type="checkbox" checked={queue.autoApply} disabled={saving} onChange={(e) => void setAutoApply(e.target.checked)} />
          <span>
            Apply confident, easy-to-undo changes without asking (interviews from calendar invites, applications from their
            acknowledgement).
            <span className="muted"> Rejections and offers always wait for you.</span>
          </span>
        </label>
      )}
    </div>
  )
}
