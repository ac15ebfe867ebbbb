/**
 * The compose view for one planned action: From, To (with the application's contacts
 * offered), Cc, Subject, body, a live preview where missing values stand out, and
 * Send / Send this morning, tomorrow or Monday at 9:00 / Send later…. Saved as the user types.
 */
import { useState } from 'react'
import { fillPlaceholder, fromEditable, markerOf, toEditable, unresolved } from '../../../shared/core/templates'
import { formatAddress, parseAddressList } from '../../../shared/core/address'
import { Dialog } from '../components/Dialog'
import { Field } from '../components/Field'
import { fromLocalInput, toLocalInput } from '../lib/format'
import { hrefTo } from '../lib/router'
import { OutboxStatus } from './OutboxStatus'
import { FillIns } from './FillIns'
import { Preview } from './Preview'
import { useDraft, type Fields } from './useDraft'
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
        {d.error ? (
          <p className="form-error" role="alert">
            {d.error}
          </p>
        ) : (
          <p className="muted">Opening the draft…</p>
        )}
      </Dialog>
    )
  }

  const state = view.outbox?.state
  const editable = !state || state === 'failed' || state === 'queued'
  const problems = fieldProblems(fields, view.cannotSend)
  const to = parseAddressList(fields.to).addresses.map((a) => a.address)
  const offered = view.contacts.filter((c) => !to.includes(c.email.toLowerCase()))
  const named = (view.recipients ?? []).filter((r) => to.includes(r.email.toLowerCase()))
  const localProblem = Object.values(problems).find(Boolean)
  // What only main knows (e.g. the account was removed), once what is shown is saved.
  const blocked = localProblem ?? (d.saveState === 'saved' ? view.cannotSend : undefined)
  const missing = unresolved(fromEditable(`${fields.subject}\n${fields.body}`))
  const fill = (name: string, value: string) =>
    d.change({
      subject: toEditable(fillPlaceholder(fromEditable(fields.subject), name, value)),
      body: toEditable(fillPlaceholder(fromEditable(fields.body), name, value))
    })
  const sent = state === 'sent'

  return (
    <Dialog title={view.title} onClose={onClose} wide>
      <div className="compose" aria-busy={!!d.busy}>
        <p className="small muted compose-company">
          {view.company}
          {view.draft.inReplyTo && view.draft.threadOption?.messageId !== view.draft.inReplyTo ? ' · a reply in their thread' : ''}
        </p>
        {view.outbox && state !== 'failed' && (
          <OutboxStatus
            record={view.outbox}
            message={d.result?.message}
            busy={!!d.busy}
            onResolve={(c) => void d.resolve(c)}
            onCancelScheduled={() => void d.cancelScheduled()}
          />
        )}
        {state === 'failed' && !d.error && view.outbox?.message && (
          <p className="form-error" role="alert">
            {view.outbox.message}
          </p>
        )}
        {sent && (
          <p className={`compose-result${(d.result?.record ?? view.outbox)?.notDelivered ? ' compose-result-partial' : ''}`} role="status">
            {d.result?.message ?? 'Sent.'}
          </p>
        )}

        {!sent && !editable && <Preview subject={fromEditable(fields.subject)} body={fromEditable(fields.body)} />}
        {!sent && editable && (
          <form
            className="compose-form"
            onSubmit={(e) => {
              e.preventDefault()
              void d.send()
            }}
          >
            <fieldset disabled={!!d.busy} className="compose-fields">
              {view.senders.length ? (
                <Field label="From" error={problems.from}>
                  <select value={fields.accountId ?? ''} onChange={(e) => d.change({ accountId: e.target.value || undefined })}>
                    {!fields.accountId && <option value="">Choose an account</option>}
                    {view.senders.map((s) => (
                      <option key={s.accountId} value={s.accountId}>
                        {formatAddress({ name: s.name, address: s.address })}
                      </option>
                    ))}
                  </select>
                </Field>
              ) : (
                <p className="compose-warning">
                  To send from your own address, <a href={hrefTo({ page: 'settings', section: 'mail' })}>add your mail account</a> first.
                  Your draft is kept meanwhile.
                </p>
              )}
              <Field
                label="To"
                hint={
                  // Nothing typed yet is no mistake: say whom to write to, not an error in red (the UX review saw one before a key was pressed).
                  !fields.to.trim() && !offered.length
                    ? `Afterview does not know whom to write to${view.company ? ` at ${view.company}` : ''} yet: add the address from the job posting or their last mail, e.g. name@example.com.`
                    : offered.length
                      ? fields.to.trim()
                        ? undefined
                        : 'Pick one of their contacts below, or type an address.'
                      : 'Separate addresses with commas, e.g. Dana Whitfield <dana@example.com>, sam@example.com.'
                }
                error={fields.to.trim() ? problems.to : undefined}
              >
                <input
                  type="text"
                  value={fields.to}
                  onChange={(e) => d.change({ to: e.target.value })}
                  autoComplete="off"
                  spellCheck={false}
                />
              </Field>
              {named.length > 0 && (
                <p className="small muted compose-recipients" aria-label="Recipients by name">
                  {named.map((r) => `${r.name}${r.title ? ` (${r.title})` : ''}`).join(', ')}
                </p>
              )}
              {offered.length > 0 && (
                <div className="compose-suggestions" aria-label="Contacts of this application">
                  {offered.map((c) => (
                    <button
                      key={c.email}
                      type="button"
                      className="btn btn-small btn-quiet"
                      onClick={() =>
                        d.change({ to: [fields.to.trim(), formatAddress({ name: c.name, address: c.email })].filter(Boolean).join(', ') })
                      }
                    >
                      + {formatAddress({ name: c.name, address: c.email })}
                    </button>
                  ))}
                </div>
              )}
              <Field label="Cc" error={problems.cc}>
                <input
                  type="text"
                  value={fields.cc}
                  onChange={(e) => d.change({ cc: e.target.value })}
                  autoComplete="off"
                  spellCheck={false}
                />
              </Field>
              {view.draft.threadOption && (
                <label className="compose-check">
                  <input
                    type="checkbox"
                    checked={view.draft.inReplyTo === view.draft.threadOption.messageId}
                    onChange={(e) => void d.useThread(e.target.checked)}
                  />
                  Reply in the interview's thread ("{view.draft.threadOption.subject}") instead of starting a new one
                </label>
              )}
              <Field label="Subject" error={problems.subject}>
                <input type="text" value={fields.subject} onChange={(e) => d.change({ subject: e.target.value })} />
              </Field>
              <Field label="Message" error={problems.body}>
                <textarea rows={10} value={fields.body} onChange={(e) => d.change({ body: e.target.value })} />
              </Field>
              <FillIns missing={missing} onFill={fill} />
              {view.draft.actionKind === 'thank_you' && !fields.body.includes(CLARIFY_LINE) && (
                <button
                  type="button"
                  className="btn-link compose-clarify"
                  onClick={() => d.change({ body: fields.body.replace(/\n\n(Thank you again)/, `\n\n${CLARIFY_LINE}\n\n$1`) })}
                >
                  + Add a line to clarify something the interview left open
                </button>
              )}
            </fieldset>

            {d.error && (
              <p className="form-error" role="alert">
                {d.error}
              </p>
            )}
            {blocked && !localProblem && !d.error && (
              <p className="compose-blocked" role="status">
                {blocked}
              </p>
            )}

            {
              <div className="compose-actions">
                <button type="submit" className="btn btn-primary" disabled={!!blocked || !!d.busy}>
                  {d.busy === 'sending' ? 'Sending…' : 'Send'}
                </button>
                <button type="button" className="btn" disabled={!!blocked || !!d.busy} onClick={() => void d.schedule(view.nextMorning)}>
                  {view.nextMorningLabel}
                </button>
                <button
                  type="button"
                  className="btn btn-quiet"
                  disabled={!!blocked || !!d.busy}
                  onClick={() => {
                    setLater(!later)
                    setLaterAt(toLocalInput(view.nextMorning))
                  }}
                >
                  Send later…
                </button>
                <span className="compose-saved muted small" aria-live="polite">
                  {d.saveState === 'saving' ? 'Saving…' : d.saveState === 'saved' ? 'Saved' : d.saveState === 'error' ? 'Not saved' : ''}
                </span>
                <button
                  type="button"
                  className="btn btn-quiet btn-danger-text compose-discard"
                  disabled={!!d.busy}
                  onClick={() => void d.discard().then(onClose)}
                >
                  Discard draft
                </button>
              </div>
            }
            {later && (
              <div className="compose-later">
                <Field label="Send at" hint="In your time zone. If Afterview is not running then, it asks before sending late.">
                  <input type="datetime-local" value={laterAt} onChange={(e) => setLaterAt(e.target.value)} />
                </Field>
                <button
                  type="button"
                  className="btn"
                  disabled={!laterAt || !!d.busy}
                  onClick={() => {
                    const at = fromLocalInput(laterAt)
                    if (at) void d.schedule(at).then(() => setLater(false))
                  }}
                >
                  Schedule
                </button>
              </div>
            )}
            <Preview subject={fromEditable(fields.subject)} body={fromEditable(fields.body)} />
          </form>
        )}
        {(sent || state === 'scheduled') && (
          <div className="compose-actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Close
            </button>
          </div>
        )}
      </div>
    </Dialog>
  )
}

/** What keeps each field from being sent, in plain words, shown next to that field. */
function fieldProblems(fields: Fields, cannotSend: string | undefined): Partial<Record<'from' | 'to' | 'cc' | 'subject' | 'body', string>> {
  const list = (text: string, name: string, required: boolean) => {
    const { addresses, invalid } = parseAddressList(text)
    if (invalid.length)
      return `${invalid.map((p) => `"${p}"`).join(', ')} ${invalid.length === 1 ? 'is not an e-mail address' : 'are not e-mail addresses'}. Write ${name} as name@example.com or Dana Whitfield <dana@example.com>.`
    return required && !addresses.length ? 'Add at least one recipient.' : undefined
  }
  const missing = unresolved(fromEditable(`${fields.subject}\n${fields.body}`))
  return {
    from: fields.accountId ? undefined : (cannotSend ?? 'Choose the account to send from.'),
    to: list(fields.to, 'each address', true),
    cc: list(fields.cc, 'each address', false),
    subject: fields.subject.trim() ? undefined : 'Add a subject first.',
    body: missing.length
      ? `Fill in ${missing.map(markerOf).join(', ')} first (use the buttons below), or delete ${missing.length === 1 ? 'it' : 'them'}.`
      : fields.body.trim()
        ? undefined
        : 'The message is empty.'
  }
}
