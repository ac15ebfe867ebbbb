/**
 * The people at this application: add, edit, remove (name, email, title).
 */
import { useState, type FormEvent } from 'react'
import type { Application, Contact } from '../../../shared/model'
import { client } from '../api-client'
import { errorText } from '../lib/format'
import { ConfirmDialog, Dialog } from './Dialog'
import { Field } from './Field'
import { useToast } from './Toasts'

export function ContactsSection({ application: app }: { application: Application }) {
  const [editing, setEditing] = useState<Contact | 'new'>()
  const [removing, setRemoving] = useState<Contact>()
  const toast = useToast()
  const remove = async (c: Contact) => {
    setRemoving(undefined)
    try {
      await client.removeContact({ applicationId: app.id, contactId: c.id })
      toast(`Removed ${c.name}`)
    } catch (e) {
      toast(errorText(e), { tone: 'error' })
    }
  }
  return (
    <section className="card" aria-labelledby="contacts-heading">
      <header className="card-header">
        <h2 id="contacts-heading">Contacts</h2>
        <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
          Add contact
        </button>
      </header>
      {app.contacts.length === 0 ? (
        <p className="muted">No one yet. Add the recruiter or the people you met, so Afterview can recognise their replies.</p>
      ) : (
        <ul className="plain-list" aria-label="Contacts">
          {app.contacts.map((c) => (
            <li key={c.id} className="contact">
              <div>
                <div className="contact-name">
                  {c.name}
                  {c.title && <span className="muted"> · {c.title}</span>}
                </div>
                {c.email && <div className="muted small">{c.email}</div>}
              </div>
              <div className="button-row">
                <button type="button" className="btn btn-small btn-quiet" aria-label={`Edit ${c.name}`} onClick={() => setEditing(c)}>
                  Edit
                </button>
                <button type="button" className="btn btn-small btn-quiet" aria-label={`Remove ${c.name}`} onClick={() => setRemoving(c)}>
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ContactForm applicationId={app.id} contact={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          message="They will no longer be listed on this application or its interviews."
          confirmLabel="Remove"
          danger
          onConfirm={() => void remove(removing)}
          onClose={() => setRemoving(undefined)}
        />
      )}
    </section>
  )
}

interface FormProps {
  applicationId: string
  contact?: Contact
  onClose: () => void
  /** Called with the new contact's id after saving (used by "add person" in the interview form). */
  onSaved?: (contactId: string | undefined) => void
}

export function ContactForm({ applicationId, contact, onClose, onSaved }: FormProps) {
  const [name, setName] = useState(contact?.name ?? '')
  const [email, setEmail] = useState(contact?.email ?? '')
  const [title, setTitle] = useState(contact?.title ?? '')
  const [error, setError] = useState<string>()
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    e.stopPropagation()
    if (!name.trim()) return setError('Please enter a name.')
    try {
      const detail = await client.saveContact({
        applicationId,
        ...(contact ? { contactId: contact.id } : {}),
        contact: { name: name.trim(), ...(email.trim() ? { email: email.trim() } : {}), ...(title.trim() ? { title: title.trim() } : {}) }
      })
      onSaved?.(contact?.id ?? detail.application.contacts.at(-1)?.id)
      onClose()
    } catch (err) {
      setError(errorText(err))
    }
  }
  return (
    <Dialog title={contact ? `Edit ${contact.name}` : 'Add contact'} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label="Name">
          <input value={name} onChange={(e) => setName(e.target.value)} autoFocus autoComplete="off" />
        </Field>
        <Field label="Email">
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Title" hint="e.g. Recruiter, Engineering Manager">
          <input value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
        </Field>
        {error && (
          <p className="form-error" role="alert">
            {error}
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
    </Dialog>
  )
}
