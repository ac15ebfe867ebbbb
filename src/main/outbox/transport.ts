/**
 * The wire side of sending: build the message once, hand that exact raw message to SMTP,
 * file the same bytes in the Sent folder, and look a Message-ID up there.
 */
// nodemailer loads when a message is sent, not when a process that never sends starts (issue 14).
import type { ImapFlow } from 'imapflow'
import { closeImap } from '../mail/imap'
import type SMTPConnection from 'nodemailer/lib/smtp-connection'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'

export interface Composed {
  from: { name: string; address: string }
  to: string[]
  cc: string[]
  subject: string
  body: string
  messageId: string
  inReplyTo?: string
  references: string[]
  date: Date
}

/** The message as it will travel: built exactly once per outbox record. */
export async function buildRaw(m: Composed): Promise<Buffer> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer')
  const composer = new MailComposer({
    from: m.from.name ? { name: m.from.name, address: m.from.address } : m.from.address,
    to: m.to,
    cc: m.cc.length ? m.cc : undefined,
    subject: m.subject,
    text: m.body,
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    references: m.references.length ? m.references : undefined,
    date: m.date,
    headers: { 'X-Mailer': 'Afterview' }
  })
  return composer.compile().build()
}

export type SmtpOutcome =
  /** `refused`: recipients the server turned away while it took the message for the others. */
  | { kind: 'accepted'; response: string; refused: { address: string; said: string }[] }
  /** The server said no: nothing went out. */
  | { kind: 'refused'; error: unknown; permanent: boolean; phase: 'connect' | 'login' | 'send' }
  /** The connection broke while or after the message was handed over: it may have gone out. */
  | { kind: 'uncertain'; error: unknown }

/**
 * Hands the raw message to the SMTP server. Connecting and logging in are done step by
 * step, so a broken connection is told apart: before the message was handed over it is a
 * plain failure (nothing went out); once the message was being handed over, without a
 * reply, the server may have accepted it — the outcome is uncertain.
 */
/** SMTPConnection wants an XOAuth2 token holder for OAuth2 accounts (what nodemailer's transport builds itself). */
async function loginCredentials(
  auth: NonNullable<SMTPTransport.Options['auth']>
): Promise<SMTPConnection.AuthenticationCredentials | SMTPConnection.AuthenticationOAuth2> {
  if (auth.type === 'OAuth2' || auth.type === 'oauth2' || auth.type === 'OAUTH2') {
    const { default: XOAuth2 } = await import('nodemailer/lib/xoauth2')
    const user = auth.user ?? ''
    return {
      user,
      method: 'XOAUTH2',
      oauth2: new XOAuth2({ user, accessToken: (auth as { accessToken?: string }).accessToken })
    } as unknown as SMTPConnection.AuthenticationOAuth2
  }
  return auth as SMTPConnection.AuthenticationCredentials
}

export async function smtpSendRaw(
  options: SMTPTransport.Options,
  envelope: { from: string; to: string[] },
  raw: Buffer
): Promise<SmtpOutcome> {
  const { auth, ...connectionOptions } = options
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection')
  const connection = new SMTPConnection(connectionOptions as SMTPConnection.Options)
  connection.on('error', () => undefined)
  let phase: 'connect' | 'login' | 'send' = 'connect'
  try {
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject)
      connection.connect(() => {
        connection.off('error', reject)
        resolve()
      })
    })
    phase = 'login'
    if (auth) {
      const credentials = await loginCredentials(auth)
      await new Promise<void>((resolve, reject) => connection.login(credentials, (err) => (err ? reject(err) : resolve())))
    }
    phase = 'send'
    const info = await new Promise<SMTPConnection.SentMessageInfo>((resolve, reject) => {
      const onClose = () => reject(Object.assign(new Error('Connection closed unexpectedly'), { code: 'ECONNECTION' }))
      connection.once('end', onClose)
      connection.send(envelope, raw, (err, result) => {
        connection.off('end', onClose)
        if (err) reject(err)
        else resolve(result)
      })
    })
    const errors = (info as { rejectedErrors?: { recipient?: string; response?: string; message?: string }[] }).rejectedErrors ?? []
    const refused = (info.rejected ?? []).map((address) => {
      const error = errors.find((e) => e.recipient === String(address))
      return { address: String(address), said: (error?.response ?? error?.message ?? '').replace(/\s+/g, ' ').slice(0, 200) }
    })
    return { kind: 'accepted', response: String(info.response ?? ''), refused }
  } catch (error) {
    const e = error as { responseCode?: number }
    if (typeof e.responseCode === 'number' && e.responseCode >= 400) {
      return { kind: 'refused', error, permanent: e.responseCode >= 500, phase }
    }
    return phase === 'send' ? { kind: 'uncertain', error } : { kind: 'refused', error, permanent: false, phase }
  } finally {
    try {
      connection.quit()
    } catch {
      /* already closed */
    }
    connection.close()
  }
}

export interface SentFolderInfo {
  /** The provider files sent mail itself (Gmail): do not append. */
  providerFiles: boolean
  path?: string
}

/** Opens a connected IMAP client for the account (openImap: the one way, with its reconnect and OAuth2 renewal rules). */
export type ImapOpener = () => Promise<ImapFlow>

async function withImap<T>(open: ImapOpener, fn: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await open()
  try {
    return await fn(client)
  } finally {
    await closeImap(client)
  }
}

async function sentFolder(client: ImapFlow, known?: string): Promise<SentFolderInfo> {
  const providerFiles = client.capabilities.has('X-GM-EXT-1')
  const folders = await client.list()
  const path =
    folders.find((f) => f.specialUse === '\\Sent')?.path ??
    (known && folders.some((f) => f.path === known) ? known : undefined) ??
    folders.find((f) => /^(sent|sent items|sent messages|gesendet)$/i.test(f.name))?.path
  return { providerFiles, path }
}

async function searchMessageId(client: ImapFlow, path: string, messageId: string): Promise<boolean> {
  const lock = await client.getMailboxLock(path, { readOnly: true })
  try {
    const uids = await client.search({ header: { 'message-id': messageId } }, { uid: true })
    return Array.isArray(uids) && uids.length > 0
  } finally {
    lock.release()
  }
}

/** Is a message with this Message-ID in the Sent folder? (undefined: there is no Sent folder) */
export async function findInSent(options: ImapOpener, messageId: string, known?: string): Promise<boolean | undefined> {
  return withImap(options, async (client) => {
    const info = await sentFolder(client, known)
    return info.path ? searchMessageId(client, info.path, messageId) : undefined
  })
}

/**
 * Files the sent message in \Sent with \Seen, unless the provider does it itself or it is
 * already there (never two copies).
 */
export async function fileInSent(
  options: ImapOpener,
  raw: Buffer,
  messageId: string,
  known?: string
): Promise<'appended' | 'provider' | 'found' | 'missing'> {
  return withImap(options, async (client) => {
    const info = await sentFolder(client, known)
    if (info.providerFiles) return 'provider'
    if (!info.path) return 'missing'
    if (await searchMessageId(client, info.path, messageId)) return 'found'
    await client.append(info.path, raw, ['\\Seen'])
    return 'appended'
  })
}
