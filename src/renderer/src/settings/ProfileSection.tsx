/**
 * The user's name and signature, used in drafts.
 */
import { useEffect, useState, type FormEvent } from 'react'
import { Field } from '../components/Field'
import { useToast } from '../components/Toasts'
import { useSettings } from './useSettings'

export function ProfileSection() {
  const { settings, error, save } = useSettings()
  const toast = useToast()
  const [userName, setUserName] = useState('')
  const [signature, setSignature] = useState('')
  useEffect(() => {
    if (!settings) return
    setUserName(settings.userName)
    setSignature(settings.signature)
  }, [settings])
  if (!settings) return <p className="muted">{error ?? 'Loading…'}</p>
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (await save({ userName, signature })) toast('Saved')
  }
  return (
    <form className="form" onSubmit={(e) => void submit(e)}>
      <div className="form-grid">
        <Field label="Your name">
          <input value={userName} onChange={(e) => setUserName(e.target.value)} autoComplete="name" />
        </Field>
        <Field label="Signature" className="span-2" hint="Added at the end of your follow-ups.">
          <textarea rows={4} value={signature} onChange={(e) => setSignature(e.target.value)} />
        </Field>
      </div>
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
