/**
 * Editing where a mail account connects (server, port, security, user name) without
 * typing the password again must not carry the saved password to the new place: it is
 * forgotten, "Test connection" sends nothing to the new server, and the account asks
 * for the password. Uses the system keychain when this run has one (npm test), else the
 * in-memory store.
 */
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices, type AppServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { loadKeytar } from '../../src/main/secrets'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { tempDataDir } from '../support/temp-dir'
import { loopbackAccount } from '../support/services'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices
/** A server at the new address that speaks just enough IMAP for a client to try to log in. */
let newHost: Server
let received = ''
const savedEnv = process.env.AFTERVIEW_PASSWORD

beforeAll(async () => {
  delete process.env.AFTERVIEW_PASSWORD
  mail = await startMailServers()
  data = tempDataDir()
  services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', emit: () => {} })
  newHost = createServer((socket) => {
    socket.write('* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n')
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1')
      for (const line of chunk.toString('latin1').split('\r\n').filter(Boolean)) {
        const [tag, command] = line.split(' ')
        if (command?.toUpperCase() === 'CAPABILITY') socket.write(`* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n${tag} OK done\r\n`)
        else if (tag) socket.write(`${tag} NO not here\r\n`)
      }
    })
  })
  await new Promise<void>((resolve) => newHost.listen(0, '127.0.0.1', resolve))
})
afterAll(async () => {
  if (savedEnv !== undefined) process.env.AFTERVIEW_PASSWORD = savedEnv
  services?.dispose()
  await mail?.stop()
  await new Promise((resolve) => newHost?.close(resolve))
  data?.cleanup()
})

describe('moving a mail account to another server', () => {
  it('forgets the saved password, sends it nowhere, and asks for it again', async () => {
    const { account } = await services.addAccount(loopbackAccount(mail, { email: `moved@${mail.domain}` }))
    const secrets = await services.mail.secrets()
    // The system keychain when this run has one (npm test starts gnome-keyring), else memory.
    expect(secrets.kind).toBe(process.env.DBUS_SESSION_BUS_ADDRESS && (await loadKeytar()) ? 'keychain' : 'memory')
    expect(await secrets.get(account.id)).toBe(mail.password)

    // A harmless edit keeps it.
    await services.updateAccount(parseInput('updateAccount', { id: account.id, fields: { displayName: 'Job search' } }))
    expect(await secrets.get(account.id)).toBe(mail.password)

    const port = (newHost.address() as AddressInfo).port
    const moved = await services.updateAccount(
      parseInput('updateAccount', {
        id: account.id,
        fields: { allowSelfSigned: false, imap: { host: '127.0.0.1', port, security: 'none' } }
      })
    )
    expect(await secrets.get(account.id)).toBeUndefined()
    expect(moved.secretKind).toBe('missing')

    const tried = await services.testAccount({ id: account.id }).then(
      () => undefined,
      (e: { code: string; message: string }) => e
    )
    expect(tried?.code).toBe('mail_auth')
    expect(tried?.message).toMatch(/No password is saved/)
    expect(received).not.toContain(mail.password)

    // The user types it again: saved, for the new place.
    const back = await services.updateAccount(parseInput('updateAccount', { id: account.id, fields: {}, password: 'for-the-new-server' }))
    expect(back.secretKind).not.toBe('missing')
    expect(await secrets.get(account.id)).toBe('for-the-new-server')
    await services.removeAccount({ id: account.id })
  })
})
