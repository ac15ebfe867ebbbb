/**
 * Waking from sleep (Electron's powerMonitor, mocked): reminders are planned again and mail is checked at once; the
 * IDLE connection is started again every two minutes, so a dead one is found without the desktop's help too.
 * tests/integration/sync-after-sleep.test.ts shows both on real Dovecot.
 */
import { describe, expect, it } from 'vitest'
import { followWake, type PowerEvents } from '../../src/main/electron/wake'
import { imapClientOptions } from '../../src/main/mail/connection'

function power() {
  const listeners = new Map<string, Array<() => void>>()
  const events: PowerEvents & { emit: (e: string) => void } = {
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    },
    emit: (e) => listeners.get(e)?.forEach((f) => f())
  }
  return events
}

describe('waking from sleep', () => {
  it('plans reminders again and checks mail at once; unlocking the screen only plans again', () => {
    const p = power()
    const calls: string[] = []
    followWake(p, { replan: () => calls.push('replan'), checkMail: () => calls.push('check mail') })
    p.emit('resume')
    expect(calls).toEqual(['replan', 'check mail'])
    p.emit('unlock-screen')
    expect(calls).toEqual(['replan', 'check mail', 'replan'])
  })

  it('starts IDLE again every two minutes, the write that finds a dead connection', () => {
    const account = {
      email: 'jordan@mail.example',
      user: 'jordan',
      imap: { host: '127.0.0.1', port: 993, security: 'tls' as const },
      smtp: { host: '127.0.0.1', port: 465, security: 'tls' as const }
    }
    const options = imapClientOptions(account as Parameters<typeof imapClientOptions>[0], 'secret') as { maxIdleTime?: number }
    expect(options.maxIdleTime).toBe(120_000)
  })
})
