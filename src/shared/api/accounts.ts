/**
 * Mail accounts and mail sync: add, test, edit, remove accounts; sync now; open a filed
 * message in full. Passwords go in with addAccount/updateAccount and are never returned.
 */
import { z } from 'zod'
import { AccountFields, AccountFieldsPatch, Fingerprint256, type AccountPreset, type AccountView, type ConnectionReport } from '../accounts'
import type { Discovery } from '../autoconfig'
import { Id } from '../model'
import { method, none } from './contract'

export const Password = z.string().min(1, 'is empty').max(1000, 'is too long')

export interface AccountList {
  accounts: AccountView[]
  /** Where passwords are kept, and a notice when that is memory only. */
  secretStore: { kind: 'keychain' | 'safeStorage' | 'memory'; notice?: string }
}

export interface AddAccountResult {
  account: AccountView
  report?: ConnectionReport
}

/** A filed message opened in full: plain text always; sanitized HTML when the mail had some. */
export interface MessageContent {
  messageId: string
  subject: string
  from: string
  to: string[]
  date: string
  text: string
  /** The account it was read from. */
  accountId?: string
}

export const accountsApi = {
  listAccounts: method(none)<AccountList>(),
  getAccountPresets: method(none)<AccountPreset[]>(),
  /** Finds the servers from the address alone (presets, autoconfig, MX, SRV, common names); says how. */
  discoverAccount: method(
    z.object({ email: z.string().trim().toLowerCase().email('is not an email address like you@example.com') }).strict()
  )<Discovery>(),
  /** Tests the connection first (unless skipTest) and refuses to save an account that cannot sign in. */
  addAccount: method(
    z
      .object({
        fields: AccountFields,
        password: Password,
        skipTest: z.boolean().optional(),
        /** The fingerprint the user agreed to trust (shown by testAccount); must match what the server shows now. */
        trustCertificate: Fingerprint256.optional()
      })
      .strict()
  )<AddAccountResult>(),
  updateAccount: method(
    z.object({ id: Id, fields: AccountFieldsPatch, password: Password.optional(), trustCertificate: Fingerprint256.optional() }).strict()
  )<AccountView>(),
  removeAccount: method(z.object({ id: Id }).strict())<{ removed: true }>(),
  /** Test a saved account (id) or one being typed in (fields + password). */
  testAccount: method(
    z.union([
      z.object({ id: Id, password: Password.optional() }).strict(),
      z.object({ fields: AccountFields, password: Password }).strict()
    ])
  )<ConnectionReport>(),
  syncNow: method(z.object({ id: Id.optional() }).strict().optional())<{ started: string[] }>(),
  getMessage: method(z.object({ applicationId: Id, messageId: z.string().min(1).max(1000) }).strict())<MessageContent>()
} as const
