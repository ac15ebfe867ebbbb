/**
 * Tests that need a real keychain (a Secret Service over D-Bus). `npm test` always gives
 * them one (a private gnome-keyring, see tests/run.mjs), so there they never skip: a
 * missing keychain fails them. Run alone in a shell without D-Bus they are skipped, counted
 * as skipped, with the reason next to their name.
 */
const underNpmTest = process.env.AFTERVIEW_TEST_INNER === '1'

export const keychainAvailable = underNpmTest || !!process.env.DBUS_SESSION_BUS_ADDRESS

export const NO_KEYCHAIN = 'needs a keychain: this shell has no D-Bus session; `npm test -- unit` or `npm test -- integration` gives it one'

/** First line of a keychain test: skips it, saying why, when this run has no keychain. */
export function needsKeychain(ctx: { skip: (condition: boolean, note?: string) => void }, alsoNeeded = true): void {
  ctx.skip(!keychainAvailable || !alsoNeeded, NO_KEYCHAIN)
}

if (!keychainAvailable) console.warn(`Keychain tests are skipped here: ${NO_KEYCHAIN}.`)
