/**
 * Where Afterview keeps its data: the same folder the Electron app uses as userData
 * (`~/.config/Afterview` on Linux, `~/Library/Application Support/Afterview` on macOS,
 * `%APPDATA%\Afterview` on Windows), unless `--data-dir` or AFTERVIEW_DATA_DIR says otherwise.
 */
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_DIR_NAME = 'Afterview'

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = homedir()
): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME)
}

export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag || env.AFTERVIEW_DATA_DIR
  return chosen ? resolve(chosen) : defaultDataDir(process.platform, env)
}
