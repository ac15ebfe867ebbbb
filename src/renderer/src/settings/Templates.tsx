/**
 * Settings → Templates: the drafts Afterview starts from, one per kind of follow-up. Edit a
 * built-in one (Reset brings it back) or add your own; yours is used for its kind first.
 */
import { useEffect, useState } from 'react'
import type { TemplateView } from '../../../shared/api'
import { MAIL_ACTION_KINDS, type MailActionKind } from '../../../shared/core/planner'
import { PLACEHOLDERS } from '../../../shared/core/templates'
import { client } from '../api-client'
import { Field } from '../components/Field'
import { useToast } from '../components/Toasts'
import { errorText } from '../lib/format'
import { Preview } from '../compose/Preview'
import '../compose/compose.css'

const KIND_LABELS: Record<MailActionKind, string> = {
  thank_you: 'Thank-you after an interview',
  ask_next_steps: 'Asking about next steps',
  follow_up: 'Second follow-up',
  application_follow_up: 'Following up on an application',
  answer: 'Answering a message',
  close_out: 'Reply to a decision'
}

type Editing = { id?: string; kind: MailActionKind; name: string; subject: string; body: string }

export function TemplatesSection() {
  const [templates, setTemplates] = useState<TemplateView[]>()
  const [editing, setEditing] = useState<Editing>()
  const [error, setError] = useState<string>()
  const toast = useToast()
  useEffect(() => {
    client.listTemplates(undefined).then(setTemplates, (e: unknown) => setError(errorText(e)))
  }, [])
  const act = async (work: () => Promise<TemplateView[]>, done: string) => {
    try {
      setTemplates(await work())
      setEditing(undefined)
      setError(undefined)
      toast(done)
    } catch (e) {
      setError(errorText(e))
    }
  }
  if (!templates) return <p className="muted">{error ?? 'Loading…'}</p>

  if (editing) {
    return (
      <form
        className="templates-editor"
        onSubmit={(e) => {
          e.preventDefault()
          void act(() => client.saveTemplate(editing), 'Template saved')
        }}
      >
        <Field label="Name">
          <input value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
        </Field>
        <Field label="Used for">
          <select value={editing.kind} onChange={(e) => setEditing({ ...editing, kind: e.target.value as MailActionKind })}>
            {MAIL_ACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Subject">
          <input value={editing.subject} onChange={(e) => setEditing({ ...editing, subject: e.target.value })} />
        </Field>
        <Field
          label="Message"
          hint={`Placeholders: ${Object.keys(PLACEHOLDERS)
            .map((p) => `{{${p}}}`)
            .join(' ')}. {{#topics}}…{{/topics}} keeps a part only when the value is known.`}
        >
          <textarea value={editing.body} onChange={(e) => setEditing({ ...editing, body: e.target.value })} />
        </Field>
        <Preview subject={editing.subject} body={editing.body} />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="btn btn-primary">
            Save template
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setEditing(undefined)}>
            Cancel
          </button>
        </div>
      </form>
    )
  }

  return (
    <div className="templates">
      <ul className="templates-list">
        {templates.map((t) => (
          <li key={t.id}>
            <div>
              <strong>{t.name}</strong>
              <div className="small muted">
                {KIND_LABELS[t.kind]}
                {t.builtIn ? (t.customized ? ' · built-in, changed by you' : ' · built-in') : ' · yours'}
              </div>
            </div>
            <div className="button-row">
              <button
                type="button"
                className="btn btn-small"
                onClick={() => setEditing({ id: t.id, kind: t.kind, name: t.name, subject: t.subject, body: t.body })}
              >
                Edit
              </button>
              {(t.customized || !t.builtIn) && (
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  onClick={() => void act(() => client.removeTemplate({ id: t.id }), t.builtIn ? 'Template reset' : 'Template deleted')}
                >
                  {t.builtIn ? 'Reset' : 'Delete'}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="btn"
          onClick={() =>
            setEditing({ kind: 'thank_you', name: '', subject: '', body: 'Hi {{firstName}},\n\n\n\nBest regards,\n{{signature}}\n' })
          }
        >
          Add a template
        </button>
      </div>
    </div>
  )
}
