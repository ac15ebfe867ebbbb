/**
 * `afterview account sign-in` on a computer with no keychain (an SSH session, a server: where --no-browser is for). The
 * sign-in then lives only as long as the command: it must say so, as `account add --oauth` does, not just "connected".
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { createMemorySecretStore } from '../../src/main/secrets'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { signInRequestFor, startOAuthServer, type OAuthServer } from '../support/oauth-server'
import { requireBuiltApp } from '../support/built-app'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
let oauth: OAuthServer
let mail: MailServers
let data: ReturnType<typeof tempDataDir>

beforeAll(async () => {
  requireBuiltApp()
  oauth = await startOAuthServer({ user: 'candidate', email: 'candidate@example.test' })
  mail = await startMailServers({ oauth2: oauth.mailServerOptions })
  data = tempDataDir('afterview-oauth-cli-nokeychain-')
  const services = createServices({
    store: openStore(data.dir),
    mode: 'browser',
    version: 'test',
    mail: { secrets: createMemorySecretStore() },
    emit: () => {},
    openBrowser: async (url) => void (await oauth.approve(url))
  })
  await services.signInWithOAuth(parseInput('signInWithOAuth', signInRequestFor(mail, oauth, { clientId: 'afterview-cli' })))
  services.dispose()
}, 60_000)
afterAll(async () => {
  await mail?.stop()
  await oauth?.stop()
  data?.cleanup()
})

describe('afterview account sign-in without a keychain', () => {
  it('signs in, and says the sign-in ends with the command', async () => {
    const env = {
      ...process.env,
      AFTERVIEW_PASSWORD: '',
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent'
    }
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [join(root, 'bin', 'afterview.js'), 'account', 'sign-in', '--no-browser', '--data-dir', data.dir],
        {
          env,
          stdio: ['ignore', 'pipe', 'pipe']
        }
      )
      let stdout = ''
      let stderr = ''
      let approving = false
      const timer = setTimeout(() => {
        child.kill('SIGTERM')
        reject(new Error(`did not finish:\n${stdout}\n${stderr}`))
      }, 30_000)
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString()
        const url = /^\s+(http:\/\/127\.0\.0\.1:\d+\/authorize\?\S+)$/m.exec(stdout)?.[1]
        if (url && !approving) {
          approving = true
          void oauth.approve(url)
        }
      })
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('exit', (code) => {
        clearTimeout(timer)
        resolve({ code: code ?? 1, stdout, stderr })
      })
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`candidate@${mail.domain} is connected`)
    expect(run.stderr).toMatch(/No system keychain is available, so this sign-in is kept only until this command ends/)
  }, 40_000)
})
