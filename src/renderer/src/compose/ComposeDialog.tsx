/**
 * The compose view for one planned action: From, To (with the application's contacts
 * offered), Cc, Subject, body, a live preview where missing values stand out, and
 * Send / Send tomorrow at 9:00 / Send later…. Saved as the user types.
 */
import { useState } from 'react'
import { unsendableReason } from '../../../shared/core/templates'
import { Dialog } from '../components/Dialog'
import { Field } from '../components/Field'
import { fromLocalInput, toLocalInput } from '../lib/format'
import { hrefTo } from '../lib/router'
import { OutboxStatus } from './OutboxStatus'
import { Preview } from './Preview'
import { splitAddresses, useDraft } from './useDraft'
import './compose.css'

const CLARIFY_LINE = 'One thing I would like to add to our conversation: '

export function ComposeDialog({ applicationId, actionKey, onClose }: { applicationId: string; actionKey: string; onClose: () => void }) {
  const d = useDraft(applicationId, actionKey)
  const [later, setLater] = useState(false)
  const [laterAt, setLaterAt] = useState('')
  const { view, fields } = d

  if (!view || !fields) {
    return (
      <Dialog title="Draft" onClose={onClose} wide>
        {d.error ? <p className="form-error" role="alert">{d.error}</p> : <p className="muted">Opening the draft…</p>}
      </Dialog>
    )
  }

  const state = view.outbox?.state
  const editable = !state || state === 'failed' || state === 'queued'
  const to = splitAddresses(fields.to)
  const offered = view.contacts.filter((c) => !to.includes(c.email))
  const named = (view.recipients ?? []).filter((r) => to.includes(r.email))
  const localProblem = !fields.accountId ? view.cannotSend : to.length === 0 ? 'Add at least one recipient.' : unsendableReason(fields.subject, fields.body)
  const blocked = localProblem ?? (d.saveState === 'saved' ? view.cannotSend : undefined)
  const sent = state === 'sent'

  return (
    <Dialog title={view.title} onClose={onClose} wide>
      <div className="compose" aria-busy={!!d.busy}>
        <p className="small muted compose-company">{view.company}{view.draft.inReplyTo && view.draft.threadOption?.messageId !== view.draft.inReplyTo ? ' · a reply in their thread' : ''}</p>
        {view.outbox && state !== 'failed' && <OutboxStatus record={view.outbox} message={d.result?.message} busy={!!d.busy} onResolve={(c) => void d.resolve(c)} onCancelScheduled={() => void d.cancelScheduled()} />}
        {state === 'failed' && !d.error && view.outbox?.message && <p className="form-error" role="alert">{view.outbox.message}</p>}
        {sent && <p className="compose-result" role="status">{d.result?.message ?? 'Sent.'}</p>}

        {!sent && !editable && <Preview subject={fields.subject} body={fields.body} />}
        {!sent && editable && (
          <form className="compose-form" onSubmit={(e) => { e.preventDefault(); void d.send() }}>
            <fieldset disabled={!!d.busy} className="compose-fields">
              {view.senders.length ? (
                <Field label="From">
                  <select value={fields.accountId ?? ''} onChange={(e) => d.change({ accountId: e.target.value || undefined })}>
                    {!fields.accountId && <option value="">Choose an account</option>}
                    {view.senders.map((s) => <option key={s.accountId} value={s.accountId}>{s.address}</option>)}
                  </select>
                </Field>
              ) : (
                <p className="compose-warning">To send from your own address, <a href={hrefTo({ page: 'settings', section: 'mail' })}>add your mail account</a> first. Your draft is kept meanwhile.</p>
              )}
              <Field label="To" hint={offered.length ? undefined : 'Separate addresses with commas.'}>
                <input type="text" value={fields.to} onChange={(e) => d.change({ to: e.target.value })} autoComplete="off" spellCheck={false} />
              </Field>
              {named.length > 0 && (
                <p className="small muted compose-recipients" aria-label="Recipients by name">
                  {named.map((r) => `${r.name}${r.title ? ` (${r.title})` : ''}`).join(', ')}
                </p>
              )}
              {offered.length > 0 && (
                <div className="compose-suggestions" aria-label="Contacts of this application">
                  {offered.map((c) => (
                    <button key={c.email} type="button" className="btn btn-small btn-quiet" onClick={() => d.change({ to: [...to, c.email].join(', ') })}>+ {c.name} &lt;{c.email}&gt;</button>
                  ))}
                </div>
              )}
              <Field label="Cc">
                <input type="text" value={fields.cc} onChange={(e) => d.change({ cc: e.target.value })} autoComplete="off" spellCheck={false} />
              </Field>
              {view.draft.threadOption && (
                <label className="compose-check">
                  <input type="checkbox" checked={view.draft.inReplyTo === view.draft.threadOption.messageId} onChange={(e) => void d.useThread(e.target.checked)} />
                  Reply in the interview's thread ("{view.draft.threadOption.subject}") instead of starting a new one
                </label>
              )}
              <Field label="Subject">
                <input type="text" value={fields.subject} onChange={(e) => d.change({ subject: e.target.value })} />
              </Field>
              <Field label="Message">
                <textarea rows={10} value={fields.body} onChange={(e) => d.change({ body: e.target.value })} />
              </Field>
              {view.draft.actionKind === 'thank_you' && !fields.body.includes(CLARIFY_LINE) && (
                <button type="button" className="btn-link compose-clarify" onClick={() => d.change({ body: fields.body.replace(/\n\n(Thank you again)/, `\n\n${CLARIFY_LINE}\n\n$1`) })}>
                  + Add a line to clarify something the interview left open
                </button>
              )}
            </fieldset>

            {d.error && <p className="form-error" role="alert">{d.error}</p>}
            {blocked && !d.error && <p className="compose-blocked" role="status">{blocked}</p>}

            {(
              <div className="compose-actions">
                <button type="submit" className="btn btn-primary" disabled={!!blocked || !!d.busy}>{d.busy === 'sending' ? 'Sending…' : 'Send'}</button>
                <button type="button" className="btn" disabled={!!blocked || !!d.busy} onClick={() => void d.schedule('next-morning')}>{view.nextMorningLabel}</button>
                <button type="button" className="btn btn-quiet" disabled={!!blocked || !!d.busy} onClick={() => { setLater(!later); setLaterAt(toLocalInput(view.nextMorning)) }}>Send later…</button>
                <span className="compose-saved muted small" aria-live="polite">{d.saveState === 'saving' ? 'Saving…' : d.saveState === 'saved' ? 'Saved' : d.saveState === 'error' ? 'Not saved' : ''}</span>
                <button type="button" className="btn btn-quiet btn-danger-text compose-discard" disabled={!!d.busy} onClick={() => void d.discard().then(onClose)}>Discard draft</button>
              </div>
            )}
            {later && (
              <div className="compose-later">
                <Field label="Send at" hint="In your time zone. If Afterview is not running then, it asks before sending late.">
                  <input type="datetime-local" value={laterAt} onChange={(e) => setLaterAt(e.target.value)} />
                </Field>
                <button type="button" className="btn" disabled={!laterAt || !!d.busy} onClick={() => { const at = fromLocalInput(laterAt); if (at) void d.schedule(at).then(() => setLater(false)) }}>Schedule</button>
              </div>
            )}
            <Preview subject={fields.subject} body={fields.body} />
          </form>
        )}
        {(sent || state === 'scheduled') && <div className="compose-actions"><button type="button" className="btn btn-primary" onClick={onClose}>Close</button></div>}
      </div>
    </Dialog>
  )
}
