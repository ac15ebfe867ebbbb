/**
 * A separate process that sends one draft, so a test can kill it for real (SIGKILL)
 * while the SMTP server holds its reply: `tsx send-child.ts DATA_DIR DRAFT_ID ACCOUNT_ID NOW_MS`
 * with the account's password in AFTERVIEW_TEST_PASSWORD.
 */
import { parseInput } from '../../src/shared/api'
import { createMemorySecretStore } from '../../src/main/secrets'
import { createServices } from '../../src/main/services'
import { openStore } from '../../src/main/store'

async function main(): Promise<void> {
  const [dataDir, draftId, accountId, nowMs] = process.argv.slice(2)
  const secrets = createMemorySecretStore()
  await secrets.set(accountId, process.env.AFTERVIEW_TEST_PASSWORD ?? '')
  const services = createServices({
    store: openStore(dataDir),
    mode: 'browser',
    version: 'test',
    now: () => Number(nowMs),
    emit: () => {},
    mail: { secrets }
  })
  await services.sendDraft(parseInput('sendDraft', { draftId }))
  process.stdout.write('sent\n')
  services.dispose()
}

main().catch((error) => {
  process.stderr.write(String(error))
  process.exit(1)
})
