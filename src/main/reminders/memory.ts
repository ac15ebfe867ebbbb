/**
 * Which reminders were already announced, in `reminders-announced.json` in the data folder,
 * so that a restart does not announce everything again. Losing it only means one repeat.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { AnnouncementMemory } from './scheduler'

export function fileMemory(dataDir: string): AnnouncementMemory {
  const path = join(dataDir, 'reminders-announced.json')
  let cache: Record<string, string> | undefined
  return {
    load() {
      if (cache) return { ...cache }
      try {
        const parsed = JSON.parse(readFileSync(path, 'utf8')) as { announced?: unknown }
        const a = parsed.announced
        cache =
          a && typeof a === 'object'
            ? (Object.fromEntries(Object.entries(a).filter(([, v]) => typeof v === 'string')) as Record<string, string>)
            : {}
      } catch {
        cache = {}
      }
      return { ...cache }
    },
    save(announced) {
      cache = { ...announced }
      try {
        mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
        const tmp = `${path}.${process.pid}.tmp`
        writeFileSync(tmp, JSON.stringify({ version: 1, announced }, null, 1), { mode: 0o600 })
        renameSync(tmp, path)
      } catch {
        /* not fatal: at worst a reminder is announced again after a restart */
      }
    }
  }
}
