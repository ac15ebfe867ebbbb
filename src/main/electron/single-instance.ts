/**
 * One Afterview at a time: a second launch hands its command line (maybe a deep link)
 * to the first and quits; the first shows its window.
 */
import type { App } from 'electron'

/** False when another instance runs: this one is quitting and must set nothing up. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  onSecondLaunch: (argv: string[]) => void
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', (_event, argv) => onSecondLaunch(argv))
  return true
}
