/**
 * Is there somewhere for a tray icon to appear? Windows and macOS always have one. On
 * Linux it depends on the desktop: KDE, Xfce, Cinnamon, MATE and Ubuntu's GNOME (with its
 * AppIndicator extension) show tray icons; stock GNOME does not, and an app that hides
 * there on close leaves the user no way back. Electron's tray speaks StatusNotifierItem,
 * so the best test is whether a StatusNotifierWatcher owns its name on the session bus.
 */
import { execFile } from 'node:child_process'

/** Desktops whose panel shows tray icons even if D-Bus cannot be asked (Ubuntu's GNOME has the AppIndicator extension). */
const XEMBED_PANELS = /xfce|mate|cinnamon|lxde|lxqt|budgie|kde|unity|pantheon|enlightenment|deepin|ubuntu/i

/** Without asking D-Bus: a guess from the desktop's name. */
export function guessTrayHost(platform: NodeJS.Platform, env: NodeJS.ProcessEnv = process.env): boolean {
  if (platform !== 'linux') return true
  const desktop = `${env.XDG_CURRENT_DESKTOP ?? ''}:${env.DESKTOP_SESSION ?? ''}`
  if (XEMBED_PANELS.test(desktop)) return true
  if (/gnome/i.test(desktop)) return false
  return !!desktop.replace(/:/g, '') // an unknown desktop: assume it has a tray; none at all (a bare X session): no
}

export type RunCommand = (file: string, args: string[]) => Promise<string>

const run: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 2000 }, (error, stdout) => (error ? reject(error) : resolve(String(stdout))))
  })

/** Asks the session bus whether a StatusNotifierWatcher is there; undefined when it cannot ask. */
export async function statusNotifierWatcher(exec: RunCommand = run): Promise<boolean | undefined> {
  try {
    const out = await exec('gdbus', [
      'call',
      '--session',
      '--dest',
      'org.freedesktop.DBus',
      '--object-path',
      '/org/freedesktop/DBus',
      '--method',
      'org.freedesktop.DBus.NameHasOwner',
      'org.kde.StatusNotifierWatcher'
    ])
    return /\btrue\b/.test(out)
  } catch {
    /* no gdbus: try dbus-send */
  }
  try {
    const out = await exec('dbus-send', [
      '--session',
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.kde.StatusNotifierWatcher'
    ])
    return /boolean true/.test(out)
  } catch {
    return undefined
  }
}

/** The answer: a StatusNotifierWatcher, else a desktop known for its tray. */
export async function detectTrayHost(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exec: RunCommand = run
): Promise<boolean> {
  if (platform !== 'linux') return true
  const watcher = await statusNotifierWatcher(exec)
  if (watcher) return true
  return guessTrayHost(platform, env)
}
