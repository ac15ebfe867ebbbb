/**
 * Add a note to the application's timeline. The text stays if saving fails.
 */
import { useState, type FormEvent } from 'react'
import { client } from '../api-client'
import { errorText } from '../lib/format'

export function NoteForm({ applicationId }: { applicationId: string }) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!text.trim()) return setError('Write something first.')
    setSaving(true)
    try {
      await client.addNote({ applicationId, text })
      setText('')
      setError(undefined)
    } catch (err) {
      setError(errorText(err))
    } finally {
      setSaving(false)
    }
  }
  return (
    <section className="card">
      <header className="card-header">
        <h2 id="note-heading">Add a note</h2>
      </header>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="note-text" className="visually-hidden">
          Note
        </label>
        <textarea
          id="note-text"
          rows={3}
          value={text}
          placeholder="What happened, what you learned, what to mention next time…"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void submit(e)
          }}
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="btn" disabled={saving}>
            Add note
          </button>
        </div>
      </form>
    </section>
  )
}
