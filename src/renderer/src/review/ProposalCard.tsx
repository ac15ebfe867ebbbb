/**
 * One proposed change: what would change, in plain words; what decided it (the sentence, or
 * the header or invite it went by); the mail it came from; Accept, Edit (accept with changes)
 * and Dismiss. Only a guess says how sure it is.
 */
import { useState } from 'react'
import { SenderLine } from '../components/SenderLine'
import type { ProposalFields, ProposalView } from '../../../shared/api'
import { client } from '../api-client'
import { useToast } from '../components/Toasts'
import { errorText, formatDateTime } from '../lib/format'
import { hrefTo, navigate } from '../lib/router'
import { isUnsure } from './confidence'
import { evidenceCaption, evidenceText } from './evidence'
import { ProposalEditor } from './ProposalEditor'

const KIND_TITLES: Record<ProposalView['kind'], string> = {
  track_application: 'Track this application',
  close_application: 'Close this application',
  move_to_offer: 'Move to Offer',
  add_interview: 'Add an interview',
  move_interview: 'Move the interview',
  add_contact: 'Add a contact'
}

const CATEGORY_WORDS: Record<ProposalView['category'], string> = {
  acknowledgement: 'Acknowledgement',
  interview_request: 'Interview request',
  assessment: 'Assessment',
  rejection: 'Rejection',
  offer: 'Offer',
  update: 'Update',
  unrelated: 'Unrelated'
}

const EDITABLE: ReadonlySet<ProposalView['kind']> = new Set(['track_application', 'close_application', 'add_interview', 'move_interview'])

export function ProposalCard({
  proposal: p,
  onDecided,
  highlighted
}: {
  proposal: ProposalView
  onDecided: () => Promise<void> | void
  /** Opened from a link to this proposal (Next up's "Check in Review"). */
  highlighted?: boolean
}) {
  const toast = useToast()
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string>()
  const headingId = `proposal-${p.id}`

  const accept = async (fields?: Partial<ProposalFields>) => {
    setBusy(true)
    setProblem(undefined)
    try {
      const result = await client.acceptProposal({ id: p.id, ...(fields ? { fields } : {}) })
      const draft = result.path.includes('?action=')
      toast(draft ? `Done. A gracious reply is drafted for ${p.applicationLabel}.` : `Done: ${result.proposal.summary}`, {
        action: {
          label: draft ? 'Write the reply' : 'Open',
          run: () => {
            window.location.hash = `#${result.path}`
          }
        }
      })
      setEditing(false)
      await onDecided()
    } catch (e) {
      setProblem(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  const dismiss = async () => {
    setBusy(true)
    try {
      await client.dismissProposal({ id: p.id })
      toast('Dismissed. Nothing was changed.')
      await onDecided()
    } catch (e) {
      setProblem(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <li className={`card proposal proposal-${p.kind}${highlighted ? ' action-highlight' : ''}`} aria-labelledby={headingId}>
      <div className="proposal-head">
        <div>
          <p className="proposal-kind small muted">{KIND_TITLES[p.kind]}</p>
          <h2 id={headingId} className="proposal-summary">
            {p.summary}
          </h2>
        </div>
        <div className="proposal-badges">
          <span className={`badge badge-${p.category}`}>{CATEGORY_WORDS[p.category]}</span>
          {isUnsure(p.confidence) && (
            <span className="badge badge-unsure" title="Afterview is not sure what this mail means: read it before you accept">
              Not sure — please look
            </span>
          )}
        </div>
      </div>
      {p.evidence && (
        <figure className="proposal-evidence">
          <figcaption className="small muted">{evidenceCaption(p.evidence)}</figcaption>
          <blockquote>{evidenceText(p.evidence)}</blockquote>
        </figure>
      )}
      <dl className="proposal-mail small">
        <div>
          <dt>From</dt>
          <dd>
            <SenderLine from={p.message.from} prefix="" />
          </dd>
        </div>
        <div>
          <dt>Subject</dt>
          <dd>{p.message.subject || '(no subject)'}</dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>
            <time dateTime={p.message.date}>{formatDateTime(p.message.date)}</time>
          </dd>
        </div>
        {p.applicationId && (
          <div>
            <dt>Application</dt>
            <dd>
              <a href={hrefTo({ page: 'application', id: p.applicationId })}>{p.applicationLabel}</a>
            </dd>
          </div>
        )}
      </dl>
      {(p.kind === 'close_application' || p.kind === 'move_to_offer') && (
        <p className="small muted">Afterview never does this on its own: it waits for you.</p>
      )}
      {editing ? (
        <ProposalEditor proposal={p} busy={busy} onSave={(fields) => void accept(fields)} onCancel={() => setEditing(false)} />
      ) : (
        <div className="button-row">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void accept()}>
            Accept
          </button>
          {EDITABLE.has(p.kind) && (
            <button type="button" className="btn" disabled={busy} onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          <button type="button" className="btn" disabled={busy} onClick={() => void dismiss()}>
            Dismiss
          </button>
          {p.applicationId && (
            <button type="button" className="btn btn-link" onClick={() => navigate({ page: 'application', id: p.applicationId! })}>
              Open application
            </button>
          )}
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  )
}
