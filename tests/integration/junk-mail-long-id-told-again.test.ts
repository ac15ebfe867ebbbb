/**
 * Found by a review of 3018daa3: a mail in Junk with a Message-ID over 1000 characters is kept under its id cut to 1000, but looked up under its
 * whole id: each time all of Junk is matched again (an application added or changed), in a new process (the app
 * restarted, `afterview sync`), it is told again. Real Dovecot.
 */
import { afterEach, beforeEach, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { makeMessage } from '../support/maildir'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { loopbackAccount, servicesIn } from '../support/services'
import { tempDataDir } from '../support/temp-dir'
import type { AppServices } from '../../src/main/services'
import { createMemorySecretStore } from '../../src/main/secrets'
import { trackAcme } from './junk-world'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let services: AppServices | undefined
let notices: string[]
let secrets: ReturnType<typeof createMemorySecretStore>

const open = () =>
  servicesIn(data.dir, {
    mail: { secrets },
    emit: ((event: string, payload: { message?: string }) => {
      if (event === 'notice' && payload.message) notices.push(payload.message)
    }) as never
  })

beforeEach(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  notices = []
  secrets = createMemorySecretStore()
}, 120_000)
afterEach(async () => {
  await services?.mail.stop()
  services?.dispose()
  await mail?.stop()
  data?.cleanup()
})

const t = Date.now()

it.each([
  ['an over-long', 1100],
  ['(control) a normal', 10]
])(
  'a mail in Junk with %s Message-ID is told once, not again after an application is added',
  async (_what, length) => {
    services = open()
    await trackAcme(services)
    await mail.appendTo(
      'candidate',
      'Junk',
      makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: `candidate@${mail.domain}`,
        subject: 'Interview next week',
        messageId: `<${'x'.repeat(length)}-${t}@acmerobotics.test>`,
        date: new Date(t - 60_000),
        body: 'Could you come in on Tuesday at 10:00?'
      })
    )
    const { account } = await services.addAccount(loopbackAccount(mail))
    await services.mail.sync.syncOnce([account])
    expect(notices).toHaveLength(1)
    await services.mail.stop()
    services.dispose()
    // The app restarts; the user adds another application; the next sync.
    services = open()
    await services.createApplication(parseInput('createApplication', { fields: { company: 'Globex', role: 'Engineer' } }))
    await services.mail.sync.syncOnce([services.mail.ctx.store.accounts.get(account.id)!])
    expect(notices.filter((m) => m.includes('Junk folder'))).toHaveLength(1)
  },
  120_000
)
