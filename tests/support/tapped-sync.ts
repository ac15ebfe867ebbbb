/**
 * An AccountSync whose IMAP connections let a test see, or hold, each command: its name and its first argument's value
 * (the mailbox, for STATUS, EXAMINE, SELECT), before it is sent and after it is answered. Real connections to the
 * test's Dovecot; only the sync's own calls pass through here.
 */
import type { ImapFlow } from 'imapflow'
import type { AccountSync } from '../../src/main/mail/sync/account-sync'
import { openImap } from '../../src/main/mail/imap'

export interface CommandTap {
  /** Before the command is sent (awaited: a promise holds it there). */
  before?(command: string, mailbox: string): void | Promise<void>
  /** Once it is answered (awaited: a promise holds its caller there). */
  after?(command: string, mailbox: string): void | Promise<void>
  /** Each new connection, logged in, before the sync uses it. */
  opened?(client: ImapFlow): void
}

type Exec = (command: unknown, ...rest: unknown[]) => Promise<unknown>

/** Makes `sync` connect with `password` through `tap`; returns `sync`. */
export function tapCommands(sync: AccountSync, password: string, tap: CommandTap): AccountSync {
  sync.connect = async (): Promise<ImapFlow> => {
    const client = (await openImap(sync.account, { secret: async () => password })) as ImapFlow & { exec: Exec }
    tap.opened?.(client)
    const exec = client.exec.bind(client)
    // Sent at once when nothing holds it (as without the tap: a command a microtask late changes what a test times).
    client.exec = (command: unknown, ...rest: unknown[]) => {
      const mailbox = String((rest[0] as Array<{ value?: unknown }> | undefined)?.[0]?.value ?? '')
      const held = tap.before?.(String(command), mailbox)
      const sent = held ? held.then(() => exec(command, ...rest)) : exec(command, ...rest)
      const after = tap.after
      return after ? sent.then(async (result) => (await after(String(command), mailbox), result)) : sent
    }
    return client
  }
  return sync
}

/** For tapCommands: each command's name into `commands` (STATUS with its mailbox; LOGOUT left out). */
export const recordCommands = (commands: string[]): CommandTap => ({
  before: (command, mailbox) => {
    if (command === 'STATUS') commands.push(`STATUS ${mailbox}`)
    else if (command !== 'LOGOUT') commands.push(command)
  }
})
