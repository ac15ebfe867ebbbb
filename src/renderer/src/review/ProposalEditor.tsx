/**
 * Edit before accepting: the fields that make sense for the proposal (company, role and date
 * of a new application; the time and length of an interview; whether to draft a reply).
 */
import { useState, type FormEvent } from 'react'
import type { ProposalFields, ProposalView } from '../../../shared/api'
import { Field } from '../components/Field'
import { fromLocalInput, toLocalInput } from '../lib/format'

interface Props {
  proposal: ProposalView
  busy: boolean
  onSave: (fields: Partial<ProposalFields>) => void
  onCancel: () => void
}

export function ProposalEditor({ proposal: p, busy, onSave, onCancel }: Props) {
  const f = p.fields
  const [company, setCompany] = useState(f.company ?? '')
  const [role, setRole] = useState(f.role ?? '')
  const [appliedAt, setAppliedAt] = useState(f.appliedAt ?? '')
  const [startsAt, setStartsAt] = useState(f.startsAt ? toLocalInput(f.startsAt) : '')
  const [minutes, setMinutes] = useState(String(f.durationMinutes ?? 60))
  const [offerReply, setOfferReply] = useState(f.offerReply !== false)
  const [newApplication, setNewApplication] = useState(f.newApplication === true)
  const [problem, setProblem] = useState<string>()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (p.kind === 'track_application') {
      if (!company.trim()) return setProblem('Company is empty: say which company this application is with.')
      return onSave({
        company: company.trim(),
        role: role.trim(),
        ...(appliedAt ? { appliedAt } : {}),
        ...(newApplication ? { newApplication } : {})
      })
    }
    if (p.kind === 'close_application') return onSave({ offerReply })
    const iso = fromLocalInput(startsAt)
    const duration = Number(minutes)
    if (!iso) return setProblem('Enter when the interview starts.')
    if (!Number.isInteger(duration) || duration < 1 || duration > 1440)
      return setProblem('The length is a number of minutes between 1 and 1440.')
    onSave({ startsAt: iso, durationMinutes: duration })
  }

  return (
    <form className="proposal-editor" onSubmit={submit} aria-label="Edit before accepting">
      {p.kind === 'track_application' && (
        <div className="form-grid">
          <Field label="Company">
            <input value={company} onChange={(e) => setCompany(e.target.value)} required />
          </Field>
          <Field label="Role">
            <input value={role} onChange={(e) => setRole(e.target.value)} />
          </Field>
          <Field label="Applied on">
            <input type="date" value={appliedAt} onChange={(e) => setAppliedAt(e.target.value)} />
          </Field>
          <label className="checkbox">
            <input type="checkbox" checked={newApplication} onChange={(e) => setNewApplication(e.target.checked)} /> Track as a separate
            application, even if this company and role are already tracked
          </label>
        </div>
      )}
      {p.kind === 'close_application' && (
        <label className="checkbox">
          <input type="checkbox" checked={offerReply} onChange={(e) => setOfferReply(e.target.checked)} /> Draft a short, gracious reply
        </label>
      )}
      {(p.kind === 'add_interview' || p.kind === 'move_interview') && (
        <div className="form-grid">
          <Field label="Starts">
            <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} required />
          </Field>
          <Field label="Length (minutes)">
            <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </Field>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Accept with these changes
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
