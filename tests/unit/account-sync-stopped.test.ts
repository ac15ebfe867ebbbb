/**
 * A look still running when the account was stopped (removed in Settings, its password changed, the app quitting)
 * asks for retroactive filing as it ends: the stopped account opens no new connection for it.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import type { Account } from '../../src/shared/accounts'
import { AccountSync } from '../../src/main/mail/sync/account-sync'

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

const account = { id: 'acct-1', email: 'jordan@mail.example' } as Account
const syncOf = () => {
  const sync = new AccountSync(account, { store: {} as never, filer: {} as never, secret: async () => 'secret', headerIndex: false })
  const filing = vi.spyOn(sync, 'fileEarlier').mockResolvedValue(0)
  return { sync, filing }
}

it('files earlier mail soon while watching, and not once stopped', async () => {
  const watching = syncOf()
  watching.sync.watching = true
  watching.sync.fileEarlierSoon()
  await vi.advanceTimersByTimeAsync(200)
  expect(watching.filing).toHaveBeenCalledTimes(1)

  // Asked after stop() (the look ended after it): nothing.
  const stopped = syncOf()
  stopped.sync.watching = true
  await stopped.sync.stop()
  stopped.sync.fileEarlierSoon()
  await vi.advanceTimersByTimeAsync(200)
  expect(stopped.filing).not.toHaveBeenCalled()

  // Asked just before stop(), which came while the timer waited: nothing either.
  const between = syncOf()
  between.sync.watching = true
  between.sync.fileEarlierSoon()
  between.sync.watching = false
  await vi.advanceTimersByTimeAsync(200)
  expect(between.filing).not.toHaveBeenCalled()
})
