/**
 * Add or edit an application. What the user typed stays in the form when the service
 * refuses it; the reason is shown above the buttons in plain words.
 */
import { useState, type FormEvent } from 'react'
import type { ApplicationFields } from '../../../shared/model'
import { STAGES, type Application } from '../../../shared/model'
import { SOURCE_SUGGESTIONS } from '../../../shared/core/insights/sources'
import { client } from '../api-client'
import { errorText, fieldErrors, stageLabel, todayDate } from '../lib/format'
import { navigate } from '../lib/router'
import { Dialog } from './Dialog'
import { Field } from './Field'
import { useToast } from './Toasts'

interface Props {
  application?: Application
  onClose: () => void
}

type Form = Record<
  | 'company'
  | 'role'
  | 'companyDomain'
  | 'jobUrl'
  | 'source'
  | 'appliedAt'
  | 'stage'
  | 'expectedResponseBy'
  | 'notes'
  | 'contactName'
  | 'contactEmail'
  | 'contactTitle',
  string
>

export function ApplicationForm({ application: app, onClose }: Props) {
  const toast = useToast()
  const [form, setForm] = useState<Form>({
    company: app?.company ?? '',
    role: app?.role ?? '',
    companyDomain: app?.companyDomain ?? '',
    jobUrl: app?.jobUrl ?? '',
    source: app?.source ?? '',
    appliedAt: app ? (app.appliedAt ?? '') : todayDate(),
    stage: app?.stage ?? 'applied',
    expectedResponseBy: app?.expectedResponseBy ?? '',
    notes: app?.notes ?? '',
    contactName: '',
    contactEmail: '',
    contactTitle: ''
  })
  const [error, setError] = useState<string>()
  const [problems, setProblems] = useState<Record<string, string>>({})
  const problem = (key: string) => (problems[key] ? `${problems[key]}.` : undefined)
  const [companyMissing, setCompanyMissing] = useState(false)
  const [saving, setSaving] = useState(false)
  const bind = (key: keyof Form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value })
  })

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!form.company.trim()) {
      setCompanyMissing(true)
      return
    }
    setCompanyMissing(false)
    const optional = (v: string) => (v.trim() ? v.trim() : undefined)
    const fields: ApplicationFields = {
      company: form.company.trim(),
      role: form.role.trim(),
      stage: form.stage as ApplicationFields['stage'],
      notes: form.notes,
      ...(optional(form.companyDomain) || app?.companyDomain ? { companyDomain: form.companyDomain.trim() } : {}),
      ...(optional(form.jobUrl) || app?.jobUrl ? { jobUrl: form.jobUrl.trim() } : {}),
      ...(optional(form.source) || app?.source ? { source: form.source.trim() } : {}),
      ...(optional(form.appliedAt) ? { appliedAt: form.appliedAt } : {}),
      ...(optional(form.expectedResponseBy) ? { expectedResponseBy: form.expectedResponseBy } : {})
    }
    setSaving(true)
    try {
      if (app) {
        await client.updateApplication({ id: app.id, fields })
        toast('Saved')
      } else {
        const contacts = form.contactName.trim()
          ? [
              {
                name: form.contactName.trim(),
                ...(optional(form.contactEmail) ? { email: form.contactEmail.trim() } : {}),
                ...(optional(form.contactTitle) ? { title: form.contactTitle.trim() } : {})
              }
            ]
          : undefined
        const created = await client.createApplication({ fields, ...(contacts ? { contacts } : {}) })
        toast(`Added ${created.application.company}`)
        navigate({ page: 'application', id: created.application.id })
      }
      onClose()
    } catch (err) {
      setError(errorText(err))
      setProblems(fieldErrors(err))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Dialog title={app ? `Edit ${app.company}` : 'Add application'} onClose={onClose} wide>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <Field label="Company" error={companyMissing ? 'Please enter the company name.' : problem('company')}>
            <input {...bind('company')} required autoFocus autoComplete="off" />
          </Field>
          <Field label="Role" error={problem('role')}>
            <input {...bind('role')} placeholder="e.g. Data Engineer" autoComplete="off" />
          </Field>
          <Field
            label="Company domain"
            error={problem('companyDomain')}
            hint="The part after @ in their email addresses, e.g. acmerobotics.com — used to recognise their replies."
          >
            <input {...bind('companyDomain')} placeholder="acmerobotics.com" autoComplete="off" />
          </Field>
          <Field label="Job URL" error={problem('jobUrl')}>
            <input {...bind('jobUrl')} type="url" placeholder="https://…" autoComplete="off" />
          </Field>
          <Field
            label="Source"
            error={problem('source')}
            hint="Where you found it: a job board, a referral, a recruiter, their website… (Insights compares them)"
          >
            <input {...bind('source')} autoComplete="off" list="source-suggestions" />
          </Field>
          <datalist id="source-suggestions">
            {SOURCE_SUGGESTIONS.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <Field label="Stage">
            <select {...bind('stage')}>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(s)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Applied on" error={problem('appliedAt')}>
            <input {...bind('appliedAt')} type="date" />
          </Field>
          <Field label="Expected response by" error={problem('expectedResponseBy')} hint="When they said you would hear back, if they did.">
            <input {...bind('expectedResponseBy')} type="date" />
          </Field>
          <Field label="Notes" className="span-2">
            <textarea {...bind('notes')} rows={3} />
          </Field>
        </div>
        {!app && (
          <fieldset className="fieldset">
            <legend>First contact (optional)</legend>
            <div className="form-grid form-grid-3">
              <Field label="Contact name" error={problem('contacts.0.name')}>
                <input {...bind('contactName')} autoComplete="off" />
              </Field>
              <Field label="Contact email" error={problem('contacts.0.email')}>
                <input {...bind('contactEmail')} type="email" autoComplete="off" />
              </Field>
              <Field label="Contact title">
                <input {...bind('contactTitle')} placeholder="Recruiter" autoComplete="off" />
              </Field>
            </div>
          </fieldset>
        )}
        {error && (
          <p className="form-error" role="alert">
            {Object.keys(problems).length
              ? `Nothing was saved yet: please fix the ${Object.keys(problems).length > 1 ? 'fields' : 'field'} marked in red.`
              : error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  )
}
