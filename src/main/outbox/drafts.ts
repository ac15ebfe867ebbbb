/**
 * Drafts: a planned action turned into a ready mail (From, To, Cc, Subject, body, the
 * message it answers), filled from its template. The Message-ID is fixed here, once.
 */
import { randomUUID } from 'node:crypto'
import type { Draft, DraftView } from '../../shared/api'
import { AfterviewError } from '../../shared/api'
import type { Application, MessageRef } from '../../shared/model'
import { MAIL_ACTION_KINDS, type MailActionKind, type NextAction } from '../../shared/core/planner'
import { renderTemplate, replySubject, templateFor, templateValues, unsendableReason } from '../../shared/core/templates'
import { resolveTimeZone } from '../../shared/core/time'
import { addressOf, deliveredAddresses, isAddress } from '../../shared/core/address'
import { writtenIdOf } from '../../shared/core/mail-message'
import type { Store } from '../store'
import { plansOf } from '../store/plans'
import type { MailAccess } from './mail-access'
import { nextBusinessMorning } from './schedule'
import { templatesForDrafting } from './templates'

export interface DraftDeps {
  store: Store
  mail: MailAccess
  now: () => number
}

const isMailAction = (a: NextAction): a is NextAction & { kind: MailActionKind } =>
  (MAIL_ACTION_KINDS as readonly string[]).includes(a.kind)

const KIND_WORDS: Record<Draft['actionKind'], string> = {
  thank_you: 'thank-you',
  ask_next_steps: 'next-steps question',
  follow_up: 'follow-up',
  application_follow_up: 'application follow-up',
  answer: 'reply',
  close_out: 'reply'
}

/**
 * Who an answer to an unverified sender goes to: the person the user last wrote to about this
 * application (and whom the mail reached), else its first contact with an address (the user may still pick the stranger).
 */
function knownContact(app: Application): string[] {
  // Someone the mail reached: not an address the outgoing server refused (a typo).
  let written: string | undefined
  for (let i = app.events.length - 1; i >= 0 && !written; i--) {
    const m = app.events[i]!.message
    if (m?.direction === 'out') written = deliveredAddresses(m).find(isAddress)
  }
  const contact = app.contacts.find((c) => c.email)?.email?.toLowerCase()
  return [written ?? contact].filter((e): e is string => !!e && isAddress(e))
}

/** References for an answer: their chain as written, then their own Message-ID. */
function referencesOf(m: MessageRef): string[] {
  const own = writtenIdOf(m)
  const chain = m.references?.length ? m.references : m.inReplyTo ? [m.inReplyTo] : []
  return [...chain.filter((r) => r !== own), own].slice(-20)
}

function messageEvent(app: Application, messageId: string): MessageRef | undefined {
  return app.events.find((e) => e.message?.messageId === messageId)?.message
}

export function getApplication(store: Store, id: string): Application {
  const app = store.applications.get(id)
  if (!app) throw new AfterviewError('not_found', 'That application no longer exists. It may have been deleted in another window.')
  return app
}

/**
 * A document as its file is now: another process (the CLI, another window) may have written, created or removed it
 * since. What the outbox decides from it (already sent? being sent?) must not come from an older copy held here.
 */
export function fresh<T extends { id: string }>(collection: { current(id: string): T | undefined }, id: string): T | undefined {
  return collection.current(id)
}

export function findDraft(store: Store, id: string): Draft {
  const draft = fresh(store.drafts, id)
  if (!draft) throw new AfterviewError('not_found', 'That draft no longer exists: it was sent or discarded, maybe in another window.')
  return draft
}

/** "thank-you to Dana" */
export function describeDraft(app: Application | undefined, kind: Draft['actionKind'], to: string[]): string {
  const all = to.map((address) => app?.contacts.find((c) => c.email === address)?.name.split(/\s+/)[0] ?? address)
  // A mail to many ("Dana, Sam and 7 others") is said short: the sentence is stored (500 characters at most).
  const names = all.length > 3 ? [...all.slice(0, 2), `${all.length - 2} others`] : all
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]
  const said = `${KIND_WORDS[kind]}${who ? ` to ${who}` : ''}`
  return said.length > 500 ? `${said.slice(0, 499)}…` : said
}

/**
 * Opens the draft for an action: the one being written, or a new one from its template. `except`: a proposal being
 * accepted, planned as decided (the close-out a confirmed rejection brings: store/plans.ts).
 */
export async function openDraft(
  deps: DraftDeps,
  applicationId: string,
  actionKey: string,
  options: { except?: string } = {}
): Promise<Draft> {
  const { store, mail } = deps
  const existing = store.drafts
    .all()
    .find((d) => d.applicationId === applicationId && d.actionKey === actionKey && store.outbox.get(d.id)?.state !== 'sent')
  if (existing) return existing
  const app = getApplication(store, applicationId)
  const settings = store.settings.current
  const action: NextAction | undefined = plansOf(store, options)
    .of(app, deps.now())
    .find((a) => a.key === actionKey)
  if (!action)
    throw new AfterviewError(
      'not_found',
      'This follow-up is no longer planned — it may have been done, dismissed, or made moot by a reply.'
    )
  if (!isMailAction(action))
    throw new AfterviewError(
      'invalid_input',
      `"${action.title}" is done outside Afterview (from the link in their mail): there is no mail to write.`
    )
  const answered = action.replyToMessageId ? messageEvent(app, action.replyToMessageId) : undefined
  const template = templateFor(action.kind, templatesForDrafting(store))
  const account = mail.accounts()[0]
  const domain = account?.email.split('@')[1] ?? 'afterview.invalid'
  const interview = app.interviews.find((i) => i.id === action.interviewId)
  const to = recipientsFor(app, action, answered, interview)
  // Placeholders about "them" follow the people the draft goes to; "me" falls back to the account's name.
  const contactIds = action.contactIds.length
    ? action.contactIds
    : to.map((a) => app.contacts.find((c) => c.email?.toLowerCase() === a)?.id).filter((id): id is string => !!id)
  const values = templateValues({
    application: app,
    action: { ...action, contactIds },
    settings: { ...settings, userName: settings.userName || account?.displayName || '' },
    theirSubject: answered?.subject || undefined
  })
  // The interview's thread, offered for a thank-you: the last message exchanged before it ended.
  const thread =
    interview && !answered
      ? [...app.events]
          .reverse()
          .find(
            (e) =>
              e.message && !e.message.automatic && Date.parse(e.at) <= Date.parse(interview.startsAt) + interview.durationMinutes * 60_000
          )?.message
      : undefined
  const iso = new Date(deps.now()).toISOString()
  const draft: Draft = {
    id: `d-${randomUUID().slice(0, 12)}`,
    applicationId,
    actionKey,
    actionKind: action.kind,
    templateId: template?.id,
    accountId: account?.id,
    to,
    cc: [],
    subject: answered ? replySubject(answered.subject || app.company) : renderTemplate(template?.subject ?? '', values).text,
    body: template ? renderTemplate(template.body, values).text + '\n' : '',
    messageId: `<${randomUUID()}@${domain}>`,
    // Threaded to their message as they wrote its Message-ID (servers compare these case-sensitively).
    inReplyTo: answered ? writtenIdOf(answered) : undefined,
    references: answered ? referencesOf(answered) : [],
    threadOption: thread
      ? { messageId: writtenIdOf(thread), subject: thread.subject, references: thread.inReplyTo ? [thread.inReplyTo] : [] }
      : undefined,
    createdAt: iso,
    updatedAt: iso
  }
  return store.drafts.create(draft)
}

/**
 * Who a new draft goes to, first that gives someone: the action's contacts; the sender of
 * the mail it answers; the interview's people; whoever last wrote from the company (not an
 * automatic reply); the application's first contact with an address.
 */
export function recipientsFor(
  app: Application,
  action: Pick<NextAction, 'contactIds' | 'to'>,
  answered: MessageRef | undefined,
  interview: Application['interviews'][number] | undefined
): string[] {
  const emailOf = (id: string) => app.contacts.find((c) => c.id === id)?.email?.toLowerCase()
  const present = (list: Array<string | undefined>) => [...new Set(list.filter((e): e is string => !!e && isAddress(e)))]
  // The person who last wrote (read from their mail) comes first.
  const writer = present([action.to?.email.toLowerCase()])
  if (writer.length) return writer
  const fromContacts = present(action.contactIds.map(emailOf))
  if (fromContacts.length) return fromContacts
  if (answered?.direction === 'in') return answered.unverifiedSender ? knownContact(app) : present([addressOf(answered.from)])
  const fromInterview = present((interview?.contactIds ?? []).map(emailOf))
  if (fromInterview.length) return fromInterview
  const lastWrote = [...app.events]
    .reverse()
    .find((e) => e.message?.direction === 'in' && !e.message.automatic && !e.message.unverifiedSender)?.message
  if (lastWrote) return present([addressOf(lastWrote.from)])
  return present([app.contacts.find((c) => c.email)?.email?.toLowerCase()])
}

/** Applies the user's edits; `useThread` moves a thank-you into the interview's thread or out of it. */
export function applyPatch(
  draft: Draft,
  patch: Partial<Pick<Draft, 'accountId' | 'to' | 'cc' | 'subject' | 'body'>> & { useThread?: boolean },
  ownSubject: () => string,
  now: number
): Draft {
  const { useThread, ...fields } = patch
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
  const next: Draft = { ...draft, ...defined, updatedAt: new Date(now).toISOString() }
  if (useThread === true && draft.threadOption) {
    next.inReplyTo = draft.threadOption.messageId
    next.references = [...draft.threadOption.references, draft.threadOption.messageId]
    next.subject = replySubject(draft.threadOption.subject)
  } else if (useThread === false && draft.inReplyTo && draft.threadOption?.messageId === draft.inReplyTo) {
    next.inReplyTo = undefined
    next.references = []
    next.subject = ownSubject()
  }
  return next
}

/** Why this draft cannot go out yet, in plain words. */
export function cannotSend(draft: Draft, mail: MailAccess): string | undefined {
  if (!draft.accountId || !mail.accounts().some((a) => a.id === draft.accountId)) {
    return mail.accounts().length
      ? 'Choose the account to send from.'
      : 'Add your mail account first (Settings → Accounts) to send from your own address.'
  }
  if (!draft.to.length) return 'Add at least one recipient.'
  return unsendableReason(draft.subject, draft.body)
}

export function draftView(deps: DraftDeps, draft: Draft): DraftView {
  const { store, mail } = deps
  const app = store.applications.get(draft.applicationId)
  const senders = mail
    .accounts()
    .map((a) => ({ accountId: a.id, address: a.email, name: a.displayName || store.settings.current.userName || '' }))
  const record = store.outbox.get(draft.id)
  const tz = resolveTimeZone(store.settings.current.planner.timeZone)
  const morning = nextBusinessMorning(deps.now(), tz)
  const planned = app
    ? plansOf(store)
        .of(app, deps.now())
        .find((a) => a.key === draft.actionKey)
    : undefined
  const what = describeDraft(app, draft.actionKind, draft.to)
  return {
    draft,
    outbox: record ? { ...record, raw: undefined } : undefined,
    from: senders.find((s) => s.accountId === draft.accountId),
    senders,
    contacts: (app?.contacts ?? []).filter((c) => !!c.email).map((c) => ({ name: c.name, email: c.email! })),
    recipients: app ? recipientsOf(app, draft.to) : [],
    company: app?.company ?? '',
    title: planned?.title ?? `Send the ${what}`,
    cannotSend: cannotSend(draft, mail),
    nextMorning: new Date(morning.at).toISOString(),
    nextMorningLabel: morning.label
  }
}

/** Names for addresses: a contact, else the person a filed mail named (its signature or From), newest first. */
export function recipientsOf(app: Application, addresses: readonly string[]): Array<{ name: string; email: string; title?: string }> {
  const out: Array<{ name: string; email: string; title?: string }> = []
  for (const email of addresses) {
    const contact = app.contacts.find((c) => c.email === email)
    const said = [...app.events].reverse().find((e) => e.message?.direction === 'in' && e.message.facts?.replyTo?.email === email)?.message
      ?.facts?.replyTo
    if (contact) {
      const title = contact.title ?? said?.title
      out.push({ name: contact.name, email, ...(title ? { title } : {}) })
      continue
    }
    for (let i = app.events.length - 1; i >= 0; i--) {
      const m = app.events[i].message
      if (!m || m.direction !== 'in') continue
      const person = m.facts?.replyTo
      if (person?.email === email && person.name) {
        out.push({ name: person.name, email, ...(person.title ? { title: person.title } : {}) })
        break
      }
      const from = /^\s*"?([^"<]+?)"?\s*<([^>]+)>/.exec(m.from)
      if (from && from[2].trim().toLowerCase() === email) {
        out.push({ name: from[1].trim(), email })
        break
      }
    }
  }
  return out
}
