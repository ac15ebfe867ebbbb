/**
 * A start-up while another process is sending: the app (or `afterview serve`) starting on the
 * data folder while the CLI, or another window, has a send in the air must leave that send
 * alone. Taken for one a crash left behind, it became "we don't know whether it went out", and
 * "Send again" sent a second copy. Real SMTP (smtp-server, holding its answer) and Dovecot.
 */
import { describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { deliveredWith, openServices, setUp, useMailServers } from './send-fixture'

const servers = useMailServers()

describe('a second process starts while the first is sending', () => {
  it('does not declare the send uncertain, so "Send again" cannot send it twice', async () => {
    const env = await setUp(servers())
    let other: ReturnType<typeof openServices> | undefined
    try {
      const view = await env.services.openDraft(parseInput('openDraft', { applicationId: env.applicationId, actionKey: env.thankYouKey }))
      let onHold!: () => void
      const held = new Promise<void>((resolve) => (onHold = resolve))
      servers().smtp.failNext({ afterData: 'hold', onHold }) // the server has the mail and is slow to say so
      void env.services.sendDraft(parseInput('sendDraft', { draftId: view.draft.id })).catch(() => undefined)
      await held
      // `afterview serve` (or the app) starts on the same data folder meanwhile.
      other = openServices(env.dir, env.clock, env.secrets)
      const runtime = other.startOutbox({ tickMs: 60_000 })
      const report = await runtime.recovered
      runtime.stop()
      const state = other.mail.ctx.store.outbox.current(view.draft.id)?.state
      const question = report.questions[0]
      // The user answers the question it asked.
      const again = await other.resolveSend(parseInput('resolveSend', { draftId: view.draft.id, choice: 'send_again' }))
      expect({ state, question, again: again.record?.state, delivered: deliveredWith(servers(), view.draft.messageId).length }).toEqual({
        state: 'sending',
        question: undefined,
        again: 'sending',
        delivered: 1
      })
    } finally {
      other?.dispose()
      env.services.dispose()
      env.cleanup()
    }
  }, 60_000)
})
