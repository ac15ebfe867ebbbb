/**
 * Planner defaults: when thank-yous and follow-ups fall due.
 */
import { useEffect, useState, type FormEvent } from 'react'
import type { PlannerSettings } from '../../../shared/model'
import { Field } from '../components/Field'
import { useToast } from '../components/Toasts'
import { useSettings } from './useSettings'

type NumberKey =
  | 'thankYouWithinHours'
  | 'followUpAfterBusinessDays'
  | 'applicationFollowUpAfterBusinessDays'
  | 'answerWithinBusinessDays'
  | 'followUpsBeforeClosing'
const NUMBERS: Array<{ key: NumberKey; label: string; hint: string }> = [
  { key: 'thankYouWithinHours', label: 'Send a thank-you within (hours)', hint: 'After each interview ends.' },
  { key: 'followUpAfterBusinessDays', label: 'Follow up after silence of (business days)', hint: 'When they gave no date for an answer.' },
  {
    key: 'applicationFollowUpAfterBusinessDays',
    label: 'Follow up on an application after (business days)',
    hint: 'When nobody has answered since you applied.'
  },
  {
    key: 'answerWithinBusinessDays',
    label: 'Answer their questions within (business days)',
    hint: 'Interview requests, assessments, offers.'
  },
  {
    key: 'followUpsBeforeClosing',
    label: 'Follow-ups before suggesting to close',
    hint: 'Unanswered follow-ups after which Afterview suggests moving on.'
  }
]

export function PlannerSection() {
  const { settings, error, save } = useSettings()
  const toast = useToast()
  const [form, setForm] = useState<PlannerSettings>()
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>()
  useEffect(() => {
    if (!settings) return
    setForm(settings.planner)
    setNumbers(Object.fromEntries(NUMBERS.map(({ key }) => [key, String(settings.planner[key])])) as Record<NumberKey, string>)
  }, [settings])
  if (!form || !numbers) return <p className="muted">{error ?? 'Loading…'}</p>

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const planner = { ...form, ...Object.fromEntries(NUMBERS.map(({ key }) => [key, Number(numbers[key])])) }
    if (await save({ planner })) toast('Follow-up settings saved')
  }
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <div className="form-grid">
        {NUMBERS.map(({ key, label, hint }) => (
          <Field key={key} label={label} hint={hint}>
            <input type="number" min={0} value={numbers[key]} onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })} />
          </Field>
        ))}
        <Field label="Time zone" hint="Used for business days and due times. Leave empty to use this computer's.">
          <input
            list="time-zones"
            value={form.timeZone}
            placeholder={Intl.DateTimeFormat().resolvedOptions().timeZone}
            onChange={(e) => setForm({ ...form, timeZone: e.target.value })}
          />
        </Field>
      </div>
      <datalist id="time-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.followUpAfterAutoAcknowledgement}
          onChange={(e) => setForm({ ...form, followUpAfterAutoAcknowledgement: e.target.checked })}
        />
        <span>Follow up when only an automatic acknowledgement came</span>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn-primary">
          Save
        </button>
      </div>
    </form>
  )
}
