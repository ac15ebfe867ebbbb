/**
 * The app is running and watching mail when the command line adds an account to the same
 * data folder (`afterview account add` while the window is open): the app starts
 * syncing it without a restart, and stops when the account is removed there.
 */
import { afterAll, beforeAll, it } from 'vitest'
import { createServices, type AppServices } from '../../src/main/services'
import { createMemorySecretStore } from '../../src/main/secrets'
import { openStore } from '../../src/main/store'
import { parseInput } from '../../src/shared/api'
import { startMailServers, type MailServers } from '../support/mail-servers'
import { makeMessage } from '../support/maildir'
import { tempDataDir } from '../support/temp-dir'
import { filed, waitFor } from './sync-support'
import { loopbackAccount } from '../support/services'

let mail: MailServers
let data: ReturnType<typeof tempDataDir>
let app: AppServices
let cli: AppServices

beforeAll(async () => {
  mail = await startMailServers()
  data = tempDataDir()
  // One keychain, two processes' worth of services on one data folder.
  const secrets = createMemorySecretStore()
  app = createServices({ store: openStore(data.dir), mode: 'desktop', version: 'test', emit: () => {}, mail: { secrets } })
  cli = createServices({ store: openStore(data.dir), mode: 'browser', version: 'test', emit: () => {}, mail: { secrets } })
})
afterAll(async () => {
  await app?.mail.stop()
  app?.dispose()
  cli?.dispose()
  await mail?.stop()
  data?.cleanup()
})

it('picks up an account another process added, and files its mail', async () => {
  const { application } = await app.createApplication(
    parseInput('createApplication', {
      fields: { company: 'Kestrel Harbor', role: 'Data Engineer', companyDomain: 'kestrelharbor.test' }
    })
  )
  app.mail.start()
  const { account } = await cli.addAccount(loopbackAccount(mail))
  await waitFor(() => app.mail.sync.isWatching(account.id), 10_000)

  const id = `<other-process-${Date.now()}@kestrelharbor.test>`
  await mail.deliver(
    'candidate',
    makeMessage({
      from: 'Recruiting <jobs@kestrelharbor.test>',
      to: `candidate@${mail.domain}`,
      subject: 'Your interview at Kestrel Harbor',
      messageId: id,
      body: 'Could you do Tuesday at 10?'
    })
  )
  await waitFor(() => filed(app, application.id).find((m) => m.messageId === id), 10_000)

  await cli.removeAccount({ id: account.id })
  await waitFor(() => !app.mail.sync.isWatching(account.id), 10_000)
}, 40_000)
