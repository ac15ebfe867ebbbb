/**
 * The "done when", with the built CLI as a user runs it: `afterview account add
 * --oauth generic` against the local OAuth2 server (the test plays the browser with the
 * printed address), then `afterview sync --once --json` — a new process, so it must renew
 * the access token from the refresh token in the keychain — files the interviewer's reply;
 * the outbox sends a thank-you through the test SMTP server with a token; `account remove`
 * deletes the sign-in. No token may show in any output or file of the data folder.
 *
 * The refresh token has to outlive each command, so this needs a real keychain: `npm test`
 * runs everything inside a private D-Bus session with an unlocked gnome-keyring.
 */
import { execFile, spawn } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'
import { openSecretStore } from '../../src/main/secrets'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { startOAuthServer, type OAuthServer } from '../support/oauth-server'
import { makeMessage, seedMaildir } from '../support/maildir'
import { requireBuiltApp } from '../support/built-app'
import { keychainAvailable, needsKeychain } from '../support/keychain'
import { tempDataDir } from '../support/temp-dir'

const root = join(__dirname, '..', '..')
const ACCOUNT_ID = 'acct-candidate-example-test'
let oauth: OAuthServer
let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let applicationId = ''
const replyId = `<oauth-cli-reply-${Date.now()}@kestrelharbor.test>`
const outputs: string[] = []
const cliEnv = () => ({ ...process.env, AFTERVIEW_PASSWORD: '', DISPLAY: '', WAYLAND_DISPLAY: '' })

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', data.dir],
      { env: cliEnv(), timeout: 30_000 },
      (error, stdout, stderr) => {
        outputs.push(stdout, stderr)
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

/** `account add --oauth generic …`, approving the printed address like a user in a browser. */
function addWithOAuth(): ReturnType<typeof approvingSignIn> {
  return approvingSignIn([
    'account',
    'add',
    '--oauth',
    'generic',
    '--email',
    `candidate@${mail.domain}`,
    '--user',
    'candidate',
    '--imap',
    `127.0.0.1:${mail.imap.port}`,
    '--smtp',
    `127.0.0.1:${mail.smtp.port}`,
    '--security',
    'starttls',
    '--allow-self-signed',
    '--issuer',
    oauth.issuerUrl,
    '--client-id',
    'afterview-cli',
    '--scope',
    'openid email offline_access'
  ])
}

/** A command that signs in through the browser, approving the address it prints like a user would. */
function approvingSignIn(
  args: string[]
): Promise<{ code: number; stdout: string; stderr: string; approved: { status: number; text: string } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', data.dir], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let approved: Promise<{ status: number; text: string }> | undefined
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`${args.slice(0, 2).join(' ')} did not finish:\n${stdout}\n${stderr}`))
    }, 30_000)
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
      const url = /^\s+(http:\/\/127\.0\.0\.1:\d+\/authorize\?\S+)$/m.exec(stdout)?.[1]
      if (url && !approved) approved = oauth.approve(url)
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      outputs.push(stdout, stderr)
      if (!approved) return reject(new Error(`no address to open was printed:\n${stdout}\n${stderr}`))
      approved.then((a) => resolve({ code: code ?? 1, stdout, stderr, approved: a }), reject)
    })
  })
}

beforeAll(async () => {
  if (!keychainAvailable) return
  requireBuiltApp()
  oauth = await startOAuthServer({ user: 'candidate', email: 'candidate@example.test' })
  mail = await startMailServers({ oauth2: oauth.mailServerOptions })
  data = tempDataDir('afterview-oauth-cli-')
  const services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', emit: () => {} })
  applicationId = (
    await services.createApplication(
      parseInput('createApplication', {
        fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test', stage: 'interviewing' },
        contacts: [
          { name: 'Dana Whitfield', email: 'dana@kestrelharbor.test' },
          { name: 'Interviewer', email: `interviewer@${mail.domain}` }
        ]
      })
    )
  ).application.id
  services.dispose()
  const date = new Date(Date.now() - 3_600_000)
  await seedMaildir(mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@kestrelharbor.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Next steps for the Data Engineer role',
        messageId: replyId,
        date,
        body: 'We would love to schedule a final interview.'
      }),
      date
    }
  ])
}, 120_000)
afterAll(async () => {
  await mail?.stop()
  await oauth?.stop()
  data?.cleanup()
})

describe('afterview account add --oauth generic, sync and send (built CLI, real keychain)', () => {
  it('prints the address to open, takes the loopback redirect and saves the account', async (ctx) => {
    needsKeychain(ctx)
    const add = await addWithOAuth()
    expect(add.stderr).toBe('')
    expect(add.code).toBe(0)
    expect(add.approved.status).toBe(200)
    expect(add.stdout).toMatch(/open this address in your browser and sign in/)
    expect(add.stdout).toContain(`Signed in with Other OAuth2 provider. Added candidate@${mail.domain} (id ${ACCOUNT_ID}).`)
    expect(add.stdout).toContain(mail.certFingerprint256)
    expect(oauth.tokenRequests.map((r) => r.grantType)).toEqual(['authorization_code'])
    const keychain = await openSecretStore()
    expect(keychain.kind).toBe('keychain')
    expect(await keychain.get(ACCOUNT_ID)).toBe(oauth.issued.refreshTokens.at(-1))
  }, 40_000)

  it('`sync --once --json` renews the access token in a new process and files the reply', async (ctx) => {
    needsKeychain(ctx)
    const run = await cli(['sync', '--once', '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>)
    expect(lines).toEqual([expect.objectContaining({ messageId: replyId, applicationId, direction: 'in' })])
    expect(oauth.tokenRequests.map((r) => r.grantType)).toEqual(['authorization_code', 'refresh_token'])
  }, 40_000)

  it('the outbox sends a thank-you with a token, and it is delivered', async (ctx) => {
    needsKeychain(ctx)
    const services = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', emit: () => {} })
    try {
      await services.updateSettings(parseInput('updateSettings', { userName: 'Zoë Brandt', signature: 'Zoë Brandt' }))
      const contact = services.mail.ctx.store.applications.get(applicationId)!.contacts.find((c) => c.email?.startsWith('interviewer@'))!
      const detail = await services.saveInterview(
        parseInput('saveInterview', {
          applicationId,
          interview: {
            startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
            durationMinutes: 45,
            kind: 'video',
            contactIds: [contact.id],
            topics: 'the pipeline',
            timelineGiven: false
          }
        })
      )
      const thankYou = detail.actions.find((a) => a.kind === 'thank_you')!
      const view = await services.openDraft(parseInput('openDraft', { applicationId, actionKey: thankYou.key }))
      const result = await services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id }))
      expect(result.record?.state).toBe('sent')
      const delivered = mail.smtp.received.filter((m) => m.raw.toString().includes(view.draft.messageId))
      expect(delivered.map((m) => [m.authUser, m.deliveredTo])).toEqual([['candidate', ['interviewer']]])
    } finally {
      services.dispose()
    }
  }, 40_000)

  it('a withdrawn sign-in: `sync --once` says how to sign in again, `account sign-in` does, and the next sync reads the mail', async (ctx) => {
    needsKeychain(ctx)
    oauth.revokeRefreshTokens() // the user removed Afterview's access in their provider's security page
    const refused = await cli(['sync', '--once'])
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain(`afterview account sign-in candidate@${mail.domain}`)
    const before = oauth.tokenRequests.length
    const again = await approvingSignIn(['account', 'sign-in', `candidate@${mail.domain}`])
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)
    expect(again.approved.status).toBe(200)
    expect(again.stdout).toContain(`Signed in again with Other OAuth2 provider: candidate@${mail.domain} is connected.`)
    expect(oauth.tokenRequests.slice(before).map((r) => r.grantType)).toEqual(['authorization_code'])
    expect(await (await openSecretStore()).get(ACCOUNT_ID)).toBe(oauth.issued.refreshTokens.at(-1))
    const read = await cli(['sync', '--once', '--json'])
    expect(read.stderr).toBe('')
    expect(read.code).toBe(0)
  }, 60_000)

  it('no token in any output or file of the data folder; `account remove` deletes the sign-in', async (ctx) => {
    needsKeychain(ctx)
    const remove = await cli(['account', 'remove', `candidate@${mail.domain}`])
    expect(remove.code).toBe(0)
    expect(await (await openSecretStore()).get(ACCOUNT_ID)).toBeUndefined()
    const tokens = [...oauth.issued.accessTokens, ...oauth.issued.refreshTokens]
    const files: string[] = []
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f)
        if (statSync(p).isDirectory()) walk(p)
        else files.push(p)
      }
    }
    walk(data.dir)
    const texts = [...files.map((f) => readFileSync(f, 'utf8')), ...outputs]
    for (const token of tokens) expect(texts.filter((t) => t.includes(token))).toEqual([])
    const started = Date.now()
    const again = await cli([
      'account',
      'add',
      '--oauth',
      'generic',
      '--email',
      'x@example.test',
      '--imap',
      '127.0.0.1:1',
      '--smtp',
      '127.0.0.1:1',
      '--issuer',
      oauth.issuerUrl,
      '--scope',
      'mail'
    ])
    expect(again.code).toBe(1)
    expect(Date.now() - started).toBeLessThan(10_000) // says why and exits, does not hang
    expect(again.stderr).toMatch(/client id is needed/)
  }, 40_000)
})
