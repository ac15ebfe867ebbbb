/**
 * Starting at login on Linux, where Electron has no login-item API: the freedesktop
 * autostart spec, a `.desktop` file in ~/.config/autostart that runs Afterview with
 * --hidden so it waits in the tray. For the AppImage the command is the AppImage file
 * itself ($APPIMAGE), not the temporary mount it runs from.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface LinuxAutostart {
  set(enabled: boolean): void
}

/** One argument of an Exec line (freedesktop Desktop Entry spec: quoting, and % doubled). */
export function execArgument(arg: string): string {
  const escaped = arg.replace(/%/g, '%%')
  if (!/[\s"'\\`$<>~|&;*?#()]/.test(escaped)) return escaped
  return `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`
}

export function autostartEntry(command: string, hiddenArg: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Afterview',
    'Comment=Follow up after job interviews',
    `Exec=${execArgument(command)} ${hiddenArg}`,
    'Icon=afterview',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    ''
  ].join('\n')
}

export function autostartFile(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'autostart', 'afterview.desktop')
}

export function linuxAutostart(hiddenArg: string, env: NodeJS.ProcessEnv = process.env, execPath = process.execPath): LinuxAutostart {
  const file = autostartFile(env)
  return {
    set(enabled) {
      if (!enabled) return rmSync(file, { force: true })
      mkdirSync(join(file, '..'), { recursive: true })
      writeFileSync(file, autostartEntry(env.APPIMAGE || execPath, hiddenArg), { mode: 0o644 })
    }
  }
}
