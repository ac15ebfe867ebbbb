/**
 * The main process's built files (out/main: the CLI, the Electron main, their chunks) hold
 * ASCII only. A source file with one character outside it is kept by V8 in two bytes per
 * character, and read from disk by a slower path: the 2.9 MB chunk of the store, the services
 * and the classifier took 7.5 ms to read against 2.6, and about 40 ms more of every
 * `sync --once` to load (issue 14). electron.vite.config.ts escapes such characters
 * (output.charset) and keeps only the licences among the comments.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuiltApp } from '../support/built-app'

const root = join(__dirname, '..', '..')
const outMain = join(root, 'out', 'main')

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []
  )
}

beforeAll(() => requireBuiltApp())

describe('the built main process', () => {
  it('is written in ASCII only, so V8 keeps it in one byte per character', () => {
    const files = builtFiles(outMain)
    expect(files.some((f) => /chunks\/data-dir-/.test(f))).toBe(true)
    const outside = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const at = text.search(/[\u0080-\uffff]/)
      if (at === -1) return []
      const line = text.slice(0, at).split('\n').length
      return [`${relative(root, file)}:${line}: ${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}`]
    })
    expect(outside).toEqual([])
  })
})
