/**
 * Add or edit an interview: when (local time), how long, what kind, who was there,
 * what was discussed, and whether they said when you would hear back.
 */
import { useState, type FormEvent } from 'react'
import { INTERVIEW_KINDS, type Application, type Interview } from '../../../shared/model'
import { client } from '../api-client'
import { errorText, fromLocalInput, toLocalInput } from '../lib/format'
import { ContactForm } from './ContactsSection'
import { Dialog } from './Dialog'
import { Field } from './Field'

const KIND_LABELS: Record<(typeof INTERVIEW_KINDS)[number], string> = { phone: 'Phone', video: 'Video', onsite: 'On site', other: 'Other' }
export const interviewKindLabel = (k: Interview['kind']) => KIND_LABELS[k]

interface Props {
  application: Application
  interview?: Interview
  onClose: () => void
}

export function InterviewForm({ application: app, interview, onClose }: Props) {
  const [startsAt, setStartsAt] = useState(interview ? toLocalInput(interview.startsAt) : '')
  const [duration, setDuration] = useState(String(interview?.durationMinutes ?? 45))
  const [kind, setKind] = useState<Interview['kind']>(interview?.kind ?? 'video')
  const [contactIds, setContactIds] = useState<string[]>(interview?.contactIds ?? [])
  const [topics, setTopics] = useState(interview?.topics ?? '')
  const [timelineGiven, setTimelineGiven] = useState(interview?.timelineGiven ?? false)
  const [expected, setExpected] = useState(interview?.expectedResponseBy ?? '')
  const [errors, setErrors] = useState<{ startsAt?: string; duration?: string; form?: string }>({})
  const [addingPerson, setAddingPerson] = useState(false)

  const toggle = (id: string) => setContactIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const at = fromLocalInput(startsAt)
    const minutes = Number(duration)
    const problems = {
      startsAt: at ? undefined : 'Please choose the date and time it started.',
      duration: Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440 ? undefined : 'Enter the length in whole minutes, e.g. 45.'
    }
    if (problems.startsAt || problems.duration) return setErrors(problems)
    try {
      await client.saveInterview({
        applicationId: app.id,
        ...(interview ? { interviewId: interview.id } : {}),
        interview: {
          startsAt: at!,
          durationMinutes: minutes,
          kind,
          contactIds,
          topics,
          timelineGiven,
          ...(timelineGiven && expected ? { expectedResponseBy: expected } : {})
        }
      })
      onClose()
    } catch (err) {
      setErrors({ form: errorText(err) })
    }
  }

  return (
    <Dialog title={interview ? 'Edit interview' : 'Add interview'} onClose={onClose} wide>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid form-grid-3">
          <Field label="Starts at" error={errors.startsAt}>
            <input type="datetime-local" value={startsAt} onChange={(e) => setStartsAt(e.target.value)} autoFocus />
          </Field>
          <Field label="Duration (minutes)" error={errors.duration}>
            <input type="number" min={1} max={1440} step={5} value={duration} onChange={(e) => setDuration(e.target.value)} />
          </Field>
          <Field label="Kind">
            <select value={kind} onChange={(e) => setKind(e.target.value as Interview['kind'])}>
              {INTERVIEW_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="fieldset">
          <legend>Interviewers</legend>
          {app.contacts.length === 0 && <p className="muted small">No contacts yet. Add the people you met.</p>}
          <div className="checkbox-grid">
            {app.contacts.map((c) => (
              <label key={c.id} className="checkbox">
                <input type="checkbox" checked={contactIds.includes(c.id)} onChange={() => toggle(c.id)} />
                <span>
                  {c.name}
                  {c.title && <span className="muted"> · {c.title}</span>}
                </span>
              </label>
            ))}
          </div>
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setAddingPerson(true)}>
            + Add person
          </button>
        </fieldset>
        <Field label="Topics discussed" hint="What you talked about, and anything left open you could clarify in your thank-you.">
          <textarea rows={3} value={topics} onChange={(e) => setTopics(e.target.value)} />
        </Field>
        <div className="timeline-given">
          <label className="checkbox">
            <input type="checkbox" checked={timelineGiven} onChange={(e) => setTimelineGiven(e.target.checked)} />
            <span>They told me when I'd hear back</span>
          </label>
          {timelineGiven && (
            <Field label="Hear back by">
              <input type="date" value={expected} onChange={(e) => setExpected(e.target.value)} />
            </Field>
          )}
        </div>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            Save
          </button>
        </div>
      </form>
      {addingPerson && (
        <ContactForm
          applicationId={app.id}
          onClose={() => setAddingPerson(false)}
          onSaved={(id) => id && setContactIds((ids) => [...ids, id])}
        />
      )}
    </Dialog>
  )
}
