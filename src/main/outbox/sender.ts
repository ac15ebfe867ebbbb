// Over 300 lines: the idempotent send is one state machine (claim, SMTP, Sent copy, settle, recover); split it only along those states.
/**
 * The outbox state machine: queued → sending → sent | failed | unknown, plus scheduled and
 * overdue-needs-confirmation. The outbox record (one per draft and Message-ID) is the lock:
 * it is written before the first SMTP attempt, and only a record in an allowed state may
 * move to 'sending' — checked under the record's file lock, against what is on disk, so
 * a double click, two windows, or the CLI and the app at once never send twice.
 */
import type { Draft, OutboxRecord, OutboxState, SendResult } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import { resolveTimeZone } from '../../shared/core/time'
import { namedByContacts } from '../../shared/core/address'
import { describeMailError } from '../mail/connection'
import { presetOf } from '../../shared/accounts'
import type { Store } from '../store'
import { cannotSend, describeDraft, findDraft, fresh, getApplication } from './drafts'
import type { MailAccess } from './mail-access'
import { recordOnApplication } from './record'
import { shortDayTime } from './schedule'
import { buildRaw, fileInSent, findInSent, smtpSendRaw, type SmtpOutcome } from './transport'

export interface SenderDeps {
  store: Store
  mail: MailAccess
  now: () => number
  changed: (applicationIds?: string[]) => void
}

/** A scheduled send more than this late is not sent without asking. */
export const LATE_AFTER_MS = 5 * 60_000

class AlreadyClaimed extends Error {
  constructor(readonly record: OutboxRecord) {
    super('claimed')
  }
}

const clock = (deps: SenderDeps, ms: number) =>
  shortDayTime(ms, resolveTimeZone(deps.store.settings.current.planner.timeZone)).replace(/^\w+ /, '')
const strip = (r: OutboxRecord): OutboxRecord => ({ ...r, raw: undefined })
const iso = (deps: SenderDeps) => new Date(deps.now()).toISOString()

/** "The outgoing mail server refused dana@acme.test (it said: "550 5.1.1 No such user"), so that address did not get it. …" */
function refusedRecipients(refused: { address: string; said: string }[]): string {
  // Three named with the server's words, the rest counted: the sentence is stored (2,000 characters at most).
  const named = refused.slice(0, 3).map((r) => (r.said ? `${r.address} (it said: "${r.said.slice(0, 200)}")` : r.address))
  const who = [...named, ...(refused.length > 3 ? [`${refused.length - 3} more`] : [])].join(', ')
  return `The outgoing mail server refused ${who}, so ${refused.length > 1 ? 'those addresses' : 'that address'} did not get it. Check the address and send it again.`
}

export function sentMessage(deps: SenderDeps, r: OutboxRecord): string {
  const at = r.sentAt ? ` at ${clock(deps, Date.parse(r.sentAt))}` : ''
  const copy =
    r.sentCopy === 'appended' || r.sentCopy === 'found'
      ? ' — a copy is in your Sent folder.'
      : r.sentCopy === 'provider'
        ? ' — your provider keeps the copy in your Sent folder.'
        : r.sentCopy === 'missing'
          ? ' — your mailbox has no Sent folder, so no copy was filed.'
          : '.'
  return `Sent the ${r.what}${at}${copy}${r.notDelivered ? ` ${r.notDelivered}` : ''}`
}

export function uncertainQuestion(r: OutboxRecord): string {
  return `We don't know whether your ${r.what} went out: the connection to the mail server broke while it was being sent, and it is not in your Sent folder. Check with the recipient or your other mail apps, then choose "Send again" or "It was sent".`
}

/** What the user should hear about a record as it stands now. */
export function describeRecord(deps: SenderDeps, r: OutboxRecord): string {
  const tz = resolveTimeZone(deps.store.settings.current.planner.timeZone)
  switch (r.state) {
    case 'sent':
      return sentMessage(deps, r)
    case 'sending':
      return `Your ${r.what} is being sent right now (maybe from another window or the command line). It will not be sent twice.`
    case 'unknown':
      return r.message ?? uncertainQuestion(r)
    case 'scheduled':
      return `Your ${r.what} will go out ${shortDayTime(Date.parse(r.sendAt!), tz)}.`
    case 'overdue-needs-confirmation':
      return `This ${r.what} was scheduled for ${shortDayTime(Date.parse(r.sendAt!), tz)} and hasn't gone out. Send now, edit it, or cancel?`
    case 'failed':
      return r.message ?? `Your ${r.what} was not sent. Your draft is kept.`
    case 'queued':
      return `Your ${r.what} is waiting to be sent.`
  }
}

/** The record for a draft, created in state `initial` if there is none yet. */
async function ensureRecord(deps: SenderDeps, draft: Draft, initial: OutboxState, sendAt?: string): Promise<OutboxRecord> {
  const existing = deps.store.outbox.get(draft.id)
  if (existing) return existing
  const account = deps.mail.accounts().find((a) => a.id === draft.accountId)!
  const app = deps.store.applications.get(draft.applicationId)
  const record: OutboxRecord = {
    id: draft.id,
    applicationId: draft.applicationId,
    actionKey: draft.actionKey,
    actionKind: draft.actionKind,
    accountId: account.id,
    messageId: draft.messageId,
    from: account.email,
    to: draft.to,
    cc: draft.cc,
    subject: draft.subject,
    what: describeDraft(app, draft.actionKind, draft.to),
    state: initial,
    sendAt,
    attempts: 0,
    recorded: false,
    createdAt: iso(deps),
    updatedAt: iso(deps)
  }
  try {
    return await deps.store.outbox.create(record)
  } catch (error) {
    if (error instanceof AfterviewError && error.code === 'conflict') return deps.store.outbox.get(draft.id) ?? record
    throw error
  }
}

export async function composeRaw(deps: SenderDeps, draft: Draft): Promise<Buffer> {
  const account = deps.mail.accounts().find((a) => a.id === draft.accountId)!
  const name = account.displayName || deps.store.settings.current.userName
  // Recipients by name when they are the application's contacts: "Dana Whitfield <dana@…>".
  const contacts = deps.store.applications.get(draft.applicationId)?.contacts ?? []
  const named = (list: string[]) => list.map((address) => namedByContacts(contacts, address))
  return buildRaw({
    from: { name, address: account.email },
    to: named(draft.to),
    cc: named(draft.cc),
    subject: draft.subject,
    body: draft.body,
    messageId: draft.messageId,
    inReplyTo: draft.inReplyTo,
    references: draft.references,
    date: new Date(deps.now())
  })
}

/**
 * Moves the record to 'sending' if its state allows it (under the file lock, from disk).
 * Otherwise (someone else holds it, or it is past that point) returns the record as it
 * stands on disk in `current`.
 */
async function claim(
  deps: SenderDeps,
  id: string,
  from: readonly OutboxState[],
  raw?: Buffer,
  draft?: Draft
): Promise<{ claimed?: OutboxRecord; current?: OutboxRecord }> {
  try {
    return {
      claimed: await deps.store.outbox.update(id, (r) => {
        if (!from.includes(r.state)) throw new AlreadyClaimed(r)
        const next: OutboxRecord = {
          ...r,
          state: 'sending',
          senderPid: process.pid,
          attempts: r.attempts + 1,
          message: undefined,
          errorCode: undefined,
          notDelivered: undefined,
          refused: undefined,
          updatedAt: iso(deps)
        }
        if (raw) next.raw = raw.toString('base64')
        if (draft) Object.assign(next, asWritten(deps, draft))
        return next
      })
    }
  } catch (error) {
    if (error instanceof AlreadyClaimed) return { current: error.record }
    if (error instanceof AfterviewError && error.code === 'not_found') return {}
    throw error
  }
}

/**
 * What a send takes from the draft as it is now: recipients, subject, and the account it goes from. A send that
 * failed keeps its record; when the user then chose another account in "From", the retry went out through the old
 * account's server under the new address, or, with the old account removed, stuck as "being sent" for good.
 */
function asWritten(deps: SenderDeps, draft: Draft): Partial<OutboxRecord> {
  const account = deps.mail.accounts().find((a) => a.id === draft.accountId)
  return {
    to: draft.to,
    cc: draft.cc,
    subject: draft.subject,
    ...(account ? { accountId: account.id, from: account.email } : {}),
    what: describeDraft(deps.store.applications.get(draft.applicationId), draft.actionKind, draft.to)
  }
}

async function setState(deps: SenderDeps, id: string, patch: Partial<OutboxRecord>): Promise<OutboxRecord> {
  const r = await deps.store.outbox.update(id, (r) => ({ ...r, ...patch, updatedAt: iso(deps) }))
  deps.changed([r.applicationId])
  return r
}

/** Files the sent mail's copy in Sent; undefined when that failed (retried at the next start). */
async function fileCopyInSent(deps: SenderDeps, r: OutboxRecord): Promise<OutboxRecord['sentCopy']> {
  if (!r.raw) return undefined
  try {
    return await fileInSent(
      await deps.mail.imap(r.accountId),
      Buffer.from(r.raw, 'base64'),
      r.messageId,
      deps.mail.accounts().find((a) => a.id === r.accountId)?.sentFolder
    )
  } catch {
    return undefined
  }
}

/** After SMTP accepted: the Sent copy and the application's timeline. Safe to repeat. */
export async function finishSent(deps: SenderDeps, record: OutboxRecord): Promise<OutboxRecord> {
  let r = record
  if (!r.sentCopy && r.raw) {
    const copy = await fileCopyInSent(deps, r) // the mail went out; a copy not filed now is filed at the next start
    if (copy) r = await setState(deps, r.id, { sentCopy: copy }).catch(() => r)
  }
  if (!r.recorded) {
    await recordOnApplication(deps, r)
    r = await setState(deps, r.id, { recorded: true })
    await deps.store.drafts.remove(r.id)
  }
  return r
}

/** Why the server said no, in plain words. */
async function explainRefusal(
  outcome: Extract<SmtpOutcome, { kind: 'refused' }>,
  account: ReturnType<MailAccess['account']>
): Promise<AfterviewError> {
  if (outcome.error instanceof AfterviewError) return outcome.error
  const e = outcome.error as { responseCode?: number; response?: string }
  if (outcome.phase === 'send' && e.responseCode) {
    const said = (e.response ?? String(e.responseCode)).replace(/\s+/g, ' ').slice(0, 200)
    return new AfterviewError(
      'mail_send',
      outcome.permanent
        ? `the outgoing mail server refused it (it said: "${said}"). Check the recipients' addresses; if it keeps happening, your provider may be limiting what you send.`
        : `the outgoing mail server could not take it right now (it said: "${said}"). Try again in a few minutes.`
    )
  }
  const explained = (await describeMailError(outcome.error, { account, which: 'smtp', preset: presetOf(account.preset) })).error
  return new AfterviewError(explained.code, explained.message.charAt(0).toLowerCase() + explained.message.slice(1))
}

async function runSend(deps: SenderDeps, claimed: OutboxRecord): Promise<SendResult> {
  const raw = Buffer.from(claimed.raw!, 'base64')
  let account: ReturnType<MailAccess['account']>
  try {
    account = deps.mail.account(claimed.accountId)
  } catch (error) {
    // Claimed but not sendable (its account was removed): failed, not "being sent" for good.
    const message = `Your ${claimed.what} was not sent: ${(error as Error).message} Your draft is kept.`
    await setState(deps, claimed.id, { state: 'failed', message, errorCode: 'invalid_input' })
    throw new AfterviewError('invalid_input', message)
  }
  let outcome: SmtpOutcome
  try {
    outcome = await smtpSendRaw(await deps.mail.smtp(claimed.accountId), { from: account.email, to: [...claimed.to, ...claimed.cc] }, raw)
  } catch (error) {
    outcome = { kind: 'refused', error, permanent: false, phase: 'connect' }
  }
  if (outcome.kind === 'accepted') {
    // Taken for some recipients and turned away for others (a mistyped address): sent, and the user is told who did not get it.
    const refused = new Set(outcome.refused.map((r) => r.address.toLowerCase()))
    const partly = refused.size
      ? {
          notDelivered: refusedRecipients(outcome.refused),
          refused: [...refused].slice(0, 100),
          what: describeDraft(
            deps.store.applications.get(claimed.applicationId),
            claimed.actionKind,
            [...claimed.to, ...claimed.cc].filter((a) => !refused.has(a.toLowerCase()))
          )
        }
      : {}
    return noteSent(deps, claimed, { state: 'sent', sentAt: iso(deps), ...partly })
  }
  if (outcome.kind === 'refused') {
    const explained = await explainRefusal(outcome, account)
    const message = `Your ${claimed.what} was not sent: ${explained.message} Your draft is kept.`
    await setState(deps, claimed.id, { state: 'failed', message, errorCode: explained.code })
    throw new AfterviewError(explained.code, message)
  }
  return settleUncertain(deps, claimed)
}

/**
 * The server took the mail: that is what the user hears, whatever fails after it. Before, a failed write of 'sent'
 * (a full disk, another process holding the lock) reached the user as an error, and the record stayed 'being sent'
 * (then at the next start "we don't know whether it went out", and "Send again" sent a second copy).
 */
async function noteSent(deps: SenderDeps, claimed: OutboxRecord, patch: Partial<OutboxRecord>): Promise<SendResult> {
  let sent: OutboxRecord
  try {
    sent = await setState(deps, claimed.id, patch)
  } catch (error) {
    // The Sent copy is what the next start finds the mail by, and then settles it as sent without asking.
    const copy = await fileCopyInSent(deps, claimed)
    const what = patch.what ?? claimed.what
    return {
      record: strip({ ...claimed, ...patch, sentCopy: copy }),
      message: `Sent the ${what}, but Afterview could not note that it did (${(error as Error).message}). It will not be sent again: Afterview finishes noting it at its next start.`
    }
  }
  try {
    sent = await finishSent(deps, sent)
  } catch {
    /* the Sent copy and the timeline are finished at the next start (recoverOutbox) */
  }
  return { record: strip(sent), message: sentMessage(deps, sent) }
}

/** The outcome is unknown: look in the Sent folder; if it is not there, ask the user. */
export async function settleUncertain(deps: SenderDeps, record: OutboxRecord): Promise<SendResult> {
  let found: boolean | undefined
  try {
    found = await findInSent(
      await deps.mail.imap(record.accountId),
      record.messageId,
      deps.mail.accounts().find((a) => a.id === record.accountId)?.sentFolder
    )
  } catch {
    found = undefined
  }
  if (found) {
    const sent = await finishSent(
      deps,
      await setState(deps, record.id, { state: 'sent', sentAt: record.sentAt ?? iso(deps), sentCopy: 'found', message: undefined })
    )
    return { record: strip(sent), message: sentMessage(deps, sent) }
  }
  // Only a send still in the air becomes a question: another process may have settled it meanwhile.
  const r = await deps.store.outbox.update(record.id, (cur) =>
    cur.state === 'sending' ? { ...cur, state: 'unknown', message: uncertainQuestion(cur), updatedAt: iso(deps) } : cur
  )
  deps.changed([r.applicationId])
  return { record: strip(r), message: describeRecord(deps, r) }
}

/** Send a draft now. `from` lists the states the user's click may take the record out of. */
export async function sendDraftNow(
  deps: SenderDeps,
  draftId: string,
  from: readonly OutboxState[] = ['queued', 'failed', 'scheduled']
): Promise<SendResult> {
  const existing = fresh(deps.store.outbox, draftId)
  if (existing && !from.includes(existing.state)) return { record: strip(existing), message: describeRecord(deps, existing) }
  const draft = findDraft(deps.store, draftId)
  const why = cannotSend(draft, deps.mail)
  if (why) throw new AfterviewError('invalid_input', why)
  getApplication(deps.store, draft.applicationId)
  const raw = await composeRaw(deps, draft)
  await ensureRecord(deps, draft, 'queued')
  const { claimed, current } = await claim(deps, draftId, from, raw, draft)
  if (!claimed) {
    if (!current) throw new AfterviewError('not_found', 'That send was called off in another window. Your draft is kept.')
    return { record: strip(current), message: describeRecord(deps, current) }
  }
  return runSend(deps, claimed)
}

/** "Send again" after an unknown outcome: the same raw message, same Message-ID. */
export async function sendAgain(deps: SenderDeps, id: string): Promise<SendResult> {
  const { claimed, current } = await claim(deps, id, ['unknown'])
  if (!claimed)
    return { record: current && strip(current), message: current ? describeRecord(deps, current) : 'That send no longer exists.' }
  return runSend(deps, claimed)
}

export async function scheduleDraft(deps: SenderDeps, draftId: string, sendAt: number): Promise<SendResult> {
  const draft = findDraft(deps.store, draftId)
  const why = cannotSend(draft, deps.mail)
  if (why) throw new AfterviewError('invalid_input', why)
  if (sendAt <= deps.now())
    throw new AfterviewError('invalid_input', 'That time has already passed. Pick a time in the future, or press Send.')
  await ensureRecord(deps, draft, 'scheduled', new Date(sendAt).toISOString())
  try {
    const r = await deps.store.outbox.update(draftId, (r) => {
      if (!['queued', 'failed', 'scheduled', 'overdue-needs-confirmation'].includes(r.state)) throw new AlreadyClaimed(r)
      return {
        ...r,
        ...asWritten(deps, draft),
        state: 'scheduled',
        sendAt: new Date(sendAt).toISOString(),
        updatedAt: iso(deps)
      }
    })
    deps.changed([r.applicationId])
    return { record: strip(r), message: describeRecord(deps, r) }
  } catch (error) {
    if (error instanceof AlreadyClaimed) return { record: strip(error.record), message: describeRecord(deps, error.record) }
    throw error
  }
}
