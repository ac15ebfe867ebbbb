/**
 * What the sidebar's foot says of the user's mail (src/renderer/src/lib/mail-status.ts): watched and when last
 * checked; being read; a refused sign-in or certificate, which only the user can mend (with what to do); a server
 * out of reach (since when, trying again). The worst account speaks for all.
 */
import { describe, expect, it } from 'vitest'
import type { AccountView, SyncView } from '../../src/shared/accounts'
import { accountBadgeOf, mailStatusOf } from '../../src/renderer/src/lib/mail-status'

const at = (iso: string) => `at ${iso.slice(11, 16)}`
function account(email: string, sync: Partial<SyncView>, auth: 'password' | 'oauth2' = 'password'): AccountView {
  return {
    email,
    auth: auth === 'password' ? { type: 'password' } : { type: 'oauth2' },
    secretKind: 'keychain',
    sync: { state: 'watching', filed: 0, ...sync }
  } as AccountView
}

describe('the mail status in the sidebar', () => {
  it('asks for a mailbox when there is none', () => {
    expect(mailStatusOf([], at)).toMatchObject({ tone: 'none', title: 'No mailbox connected', link: 'Connect your mailbox' })
  })

  it('says the mail is watched, and when the account checked longest ago was checked', () => {
    const accounts = [
      account('a@example.com', { lastSyncAt: '2026-12-07T09:05:00Z' }),
      account('b@example.com', { lastSyncAt: '2026-12-07T08:59:00Z' })
    ]
    expect(mailStatusOf(accounts, at)).toEqual({ tone: 'ok', title: 'Watching your mail', detail: 'Checked at 08:59' })
  })

  it('says the mail is being read during a first scan, and checked without a watch (no desktop app)', () => {
    expect(mailStatusOf([account('a@example.com', { state: 'syncing' })], at)).toEqual({ tone: 'busy', title: 'Reading your mail…' })
    expect(mailStatusOf([account('a@example.com', { state: 'idle', lastSyncAt: '2026-12-07T09:05:00Z' })], at)).toEqual({
      tone: 'idle',
      title: 'Mail checked',
      detail: 'Checked at 09:05'
    })
  })

  it('says a refused sign-in first, whose account, and what to do for a password or a sign-in', () => {
    const accounts = [
      account('ok@example.com', { lastSyncAt: '2026-12-07T09:05:00Z' }),
      account('down@example.com', { state: 'error', problem: 'connection', troubleSince: '2026-12-07T08:00:00Z' }),
      account('me@example.com', { state: 'syncing', problem: 'sign-in', troubleSince: '2026-12-07T08:30:00Z' })
    ]
    expect(mailStatusOf(accounts, at)).toEqual({
      tone: 'problem',
      title: 'Cannot sign in to your mail',
      detail: 'me@example.com: replies are not being read.',
      link: 'Enter your password again'
    })
    const google = account('me@gmail.com', { state: 'error', problem: 'sign-in' }, 'oauth2')
    expect(mailStatusOf([google], at)).toMatchObject({ detail: 'Replies are not being read.', link: 'Sign in again' })
    expect(mailStatusOf([account('me@example.com', { state: 'error', problem: 'settings' })], at)).toMatchObject({
      tone: 'problem',
      title: 'Cannot connect safely to your mail'
    })
  })

  it('says a server out of reach calmly, since when, while it tries again (also while a try is under way)', () => {
    const down = account('me@example.com', { state: 'syncing', problem: 'connection', troubleSince: '2026-12-07T08:00:00Z' })
    expect(mailStatusOf([down], at)).toEqual({
      tone: 'warn',
      title: 'Cannot reach your mail server',
      detail: 'Trying again since 08:00.',
      link: 'Details'
    })
  })
})

describe("the badge on an account's card in Settings", () => {
  it('says "Trying again", calmly, all the while a server out of reach is tried again, not "Syncing…" beside a red error', () => {
    // The retry flips the state between syncing and error; the problem stays until a pass works.
    for (const state of ['syncing', 'error'] as const)
      expect(accountBadgeOf({ state, filed: 0, problem: 'connection', message: 'Nothing answered' })).toEqual({
        label: 'Trying again',
        tone: 'warn',
        calm: true
      })
  })

  it('says what only the user can mend as an alert', () => {
    expect(accountBadgeOf({ state: 'error', filed: 0, problem: 'sign-in' })).toEqual({
      label: 'Cannot sign in',
      tone: 'problem',
      calm: false
    })
    expect(accountBadgeOf({ state: 'error', filed: 0, problem: 'settings' })).toMatchObject({
      label: 'Cannot connect safely',
      calm: false
    })
    expect(accountBadgeOf({ state: 'error', filed: 0 })).toMatchObject({ label: 'Problem', calm: false })
  })

  it('keeps anything else the sync says an alert: a folder the server would not open while the inbox is watched', () => {
    expect(accountBadgeOf({ state: 'watching', filed: 0, message: 'Afterview could not read your Sent folder' }).calm).toBe(false)
  })

  it('tells a first read from a check, and says when the mail is watched', () => {
    expect(accountBadgeOf({ state: 'syncing', filed: 0 }).label).toBe('Reading your mail…')
    expect(accountBadgeOf({ state: 'syncing', filed: 3, lastSyncAt: '2026-12-07T09:05:00Z' }).label).toBe('Checking…')
    expect(accountBadgeOf({ state: 'watching', filed: 3 })).toEqual({ label: 'Watching for new mail', tone: 'ok', calm: false })
    expect(accountBadgeOf({ state: 'idle', filed: 0 }).label).toBe('Not watching')
  })
})
