/**
 * Sending when things go wrong, against the real test Dovecot + SMTP: the server drops the
 * connection after DATA, the server refuses, the process dies between SMTP accepting and the
 * outbox update. Each ends with exactly one mail delivered and the user told the truth.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { composeRaw } from '../../src/main/outbox/sender'
import { createMailAccess } from '../../src/main/outbox/mail-access'
import { fileInSent, smtpSendRaw } from '../../src/main/outbox/transport'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { countInFolder, deliveredWith, openServices, setUp } from './send-fixture'

let mail: MailServers
beforeAll(async () => {
  mail = await startMailServers()
})
afterAll(async () => {
  await mail?.stop()
})

/** Opens the app again on the same data folder, as after a crash, and lets the outbox settle what it left. */
async function restart(env: Awaited<ReturnType<typeof setUp>>) {
  const restarted = openServices(env.dir, env.clock, env.secrets)
  const runtime = restarted.startOutbox({ tickMs: 60_000 })
  const report = await runtime.recovered
  runtime.stop()
  return { restarted, report }
}

async function draftFor(env: Awaited<ReturnType<typeof setUp>>) {
  return (await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))).draft
}

describe('the SMTP server drops the connection after DATA', () => {
  it('says it does not know, never resends by itself, and "It was sent" files the copy once', async () => {
    const env = await setUp(mail)
    try {
      const draft = await draftFor(env)
      mail.smtp.failNext('drop')
      const result = await env.services.sendDraft(parseInput('sendDraft', { draftId: draft.id }))
      expect(result.record?.state).toBe('unknown')
      expect(result.message).toMatch(/^We don't know whether your thank-you to Dana went out/)
      expect(result.message).toContain('"Send again" or "It was sent"')
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      expect(await countInFolder(mail, 'candidate', 'Sent', draft.messageId)).toBe(0)
      expect((await env.services.listOutbox(undefined)).map((r) => r.state)).toEqual(['unknown'])

      const again = await env.services.sendDraft(parseInput('sendDraft', { draftId: draft.id }))
      expect(again.record?.state).toBe('unknown')
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)

      const settled = await env.services.resolveSend(parseInput('resolveSend', { draftId: draft.id, choice: 'was_sent' }))
      expect(settled.record?.state).toBe('sent')
      expect(settled.message).toMatch(/^Sent the thank-you to Dana .*a copy is in your Sent folder\.$/)
      expect(await countInFolder(mail, 'candidate', 'Sent', draft.messageId)).toBe(1)
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      const detail = await env.services.getApplication(parseInput('getApplication', { id: env.applicationId }))
      expect(detail.application.actions[env.thankYouKey]?.status).toBe('done')
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })
})

describe('the SMTP server refuses the message', () => {
  it('explains it in plain words, keeps the draft, and a later Send delivers exactly one', async () => {
    const env = await setUp(mail)
    try {
      const draft = await draftFor(env)
      mail.smtp.failNext({ afterData: 'reject', code: 554, message: 'Message rejected as spam' })
      const error = await env.services.sendDraft(parseInput('sendDraft', { draftId: draft.id })).then(
        () => undefined,
        (e: { code: string; message: string }) => e
      )
      expect(error?.code).toBe('mail_send')
      expect(error?.message).toContain('the outgoing mail server refused it (it said: "554 Message rejected as spam")')
      expect(error?.message).toMatch(/^Your thank-you to Dana was not sent: /)
      expect(error?.message).toContain('Your draft is kept.')
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(0)
      const kept = await env.services.getDraft(parseInput('getDraft', { draftId: draft.id }))
      expect(kept.draft.body).toBe(draft.body)
      expect(kept.outbox?.state).toBe('failed')

      const retry = await env.services.sendDraft(parseInput('sendDraft', { draftId: draft.id }))
      expect(retry.record?.state).toBe('sent')
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
    } finally {
      env.services.dispose()
      env.cleanup()
    }
  })
})

describe('the process dies between SMTP accepting and the outbox update', () => {
  /** What a crash leaves behind: the record still says 'sending' though the server took the mail. */
  async function crashAfterAccept(env: Awaited<ReturnType<typeof setUp>>, { deliver, fileCopy }: { deliver: boolean; fileCopy: boolean }) {
    const draft = await draftFor(env)
    const store = env.services.mail.ctx.store
    const access = createMailAccess(store, env.services.mail.secretFor)
    const deps = { store, mail: access, now: () => env.clock.now, changed: () => {} }
    const raw = await composeRaw(deps, draft)
    const iso = new Date(env.clock.now).toISOString()
    await store.outbox.create({
      id: draft.id,
      applicationId: draft.applicationId,
      actionKey: draft.actionKey,
      actionKind: draft.actionKind,
      accountId: draft.accountId!,
      messageId: draft.messageId,
      from: `candidate@${mail.domain}`,
      to: draft.to,
      cc: [],
      subject: draft.subject,
      what: 'thank-you to Dana',
      state: 'sending',
      raw: raw.toString('base64'),
      attempts: 1,
      recorded: false,
      createdAt: iso,
      updatedAt: iso
    })
    if (deliver)
      expect((await smtpSendRaw(await access.smtp(draft.accountId!), { from: `candidate@${mail.domain}`, to: draft.to }, raw)).kind).toBe(
        'accepted'
      )
    if (fileCopy) expect(await fileInSent(await access.imap(draft.accountId!), raw, draft.messageId)).toBe('appended')
    env.services.dispose()
    return draft
  }

  it('on restart, a mail not in Sent is asked about, and "It was sent" leaves exactly one delivered', async () => {
    const env = await setUp(mail)
    const draft = await crashAfterAccept(env, { deliver: true, fileCopy: false })
    const { restarted, report } = await restart(env)
    try {
      expect(report.questions).toHaveLength(1)
      expect(report.questions[0]).toMatch(/^We don't know whether your thank-you to Dana went out/)
      const view = await restarted.getDraft(parseInput('getDraft', { draftId: draft.id }))
      expect(view.outbox?.state).toBe('unknown')
      await restarted.resolveSend(parseInput('resolveSend', { draftId: draft.id, choice: 'was_sent' }))
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      expect(await countInFolder(mail, 'candidate', 'Sent', draft.messageId)).toBe(1)
    } finally {
      restarted.dispose()
      env.cleanup()
    }
  })

  it('on restart, a mail found in Sent is settled as sent without asking or resending', async () => {
    const env = await setUp(mail)
    const draft = await crashAfterAccept(env, { deliver: true, fileCopy: true })
    const { restarted, report } = await restart(env)
    try {
      expect(report.questions).toEqual([])
      expect(report.settled[0]).toMatch(/^Sent the thank-you to Dana/)
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      expect(await countInFolder(mail, 'candidate', 'Sent', draft.messageId)).toBe(1)
      const detail = await restarted.getApplication(parseInput('getApplication', { id: env.applicationId }))
      expect(detail.application.actions[env.thankYouKey]?.status).toBe('done')
    } finally {
      restarted.dispose()
      env.cleanup()
    }
  })

  it('when it never reached the server, "Send again" sends the same message once', async () => {
    const env = await setUp(mail)
    const draft = await crashAfterAccept(env, { deliver: false, fileCopy: false })
    const { restarted, report } = await restart(env)
    try {
      expect(report.questions).toHaveLength(1)
      const result = await restarted.resolveSend(parseInput('resolveSend', { draftId: draft.id, choice: 'send_again' }))
      expect(result.record?.state).toBe('sent')
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      expect(await countInFolder(mail, 'interviewer', 'INBOX', draft.messageId)).toBe(1)
    } finally {
      restarted.dispose()
      env.cleanup()
    }
  })

  it('killed for real (SIGKILL) after the server accepted, before it heard so: asked on restart, never resent', async () => {
    const env = await setUp(mail)
    const draft = await draftFor(env)
    env.services.dispose()
    let onHold!: () => void
    const held = new Promise<void>((resolve) => (onHold = resolve))
    mail.smtp.failNext({ afterData: 'hold', onHold })
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../support/send-child.ts'), env.dir, draft.id, draft.accountId!, String(env.clock.now)],
      {
        env: { ...process.env, AFTERVIEW_TEST_PASSWORD: mail.password },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    await Promise.race([
      held,
      exited.then(() => {
        throw new Error(`the sender ended before the server held its reply:\n${output}`)
      })
    ])
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)

    const { restarted, report } = await restart(env)
    try {
      expect(report.questions).toHaveLength(1)
      expect(report.questions[0]).toMatch(/^We don't know whether your thank-you to Dana went out/)
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      await restarted.resolveSend(parseInput('resolveSend', { draftId: draft.id, choice: 'was_sent' }))
      expect(deliveredWith(mail, draft.messageId)).toHaveLength(1)
      expect(await countInFolder(mail, 'candidate', 'Sent', draft.messageId)).toBe(1)
    } finally {
      restarted.dispose()
      env.cleanup()
    }
  }, 60_000)
})
