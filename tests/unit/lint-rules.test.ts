/**
 * The lint enforces the architecture (eslint.config.mjs): these cases put a forbidden import
 * where a newcomer might write one and check that `npm run lint` would refuse it, with the
 * rule's plain-words reason, while the same import in an allowed place passes.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

/** Lints `code` as if it were saved at `filePath` (nothing is written). */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

describe('the pure core (src/shared)', { timeout: 60_000 }, () => {
  it('refuses an import of electron, naming the boundary', async () => {
    const found = await problems(
      'src/shared/core/boundary-probe.ts',
      "import { app } from 'electron'\nexport const version = app.getVersion()\n"
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^no-restricted-imports: 'electron' import is restricted/)
    expect(found[0]).toContain('src/shared is the pure core')
  })

  it.each([
    ["import { readFileSync } from 'node:fs'", 'node:fs'],
    ["import { join } from 'path'", 'path'],
    ["import { ImapFlow } from 'imapflow'", 'imapflow'],
    ["import { createTransport } from 'nodemailer'", 'nodemailer'],
    ["import { simpleParser } from 'mailparser'", 'mailparser'],
    ["import MailComposer from 'nodemailer/lib/mail-composer'", 'nodemailer/lib/mail-composer']
  ])('refuses %s', async (line, name) => {
    const found = await problems(
      'src/shared/api/boundary-probe.ts',
      `${line}\nexport const used = [${line.match(/import \{? ?(\w+)/)![1]}]\n`
    )
    expect(found).toEqual([expect.stringContaining(`'${name}' import is restricted`)])
  })

  it('refuses an import of src/main or src/renderer, even of a type', async () => {
    expect(
      await problems('src/shared/core/boundary-probe.ts', "import type { Store } from '../../main/store'\nexport type S = Store\n")
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/shared may not import src\/main/)])
    expect(await problems('src/shared/boundary-probe.ts', "import { App } from '../renderer/src/App'\nexport const A = App\n")).toEqual([
      expect.stringContaining('src/shared may not import src/renderer')
    ])
  })

  it('lets the core import zod and its own modules', async () => {
    expect(
      await problems(
        'src/shared/core/boundary-probe.ts',
        "import { z } from 'zod'\nimport { Id } from '../model'\nexport const Thing = z.object({ id: Id })\n"
      )
    ).toEqual([])
  })

  it('the same electron import passes in src/main', async () => {
    expect(
      await problems('src/main/electron/boundary-probe.ts', "import { app } from 'electron'\nexport const version = app.getVersion()\n")
    ).toEqual([])
  })
})

describe('the window, the preload and the floors of src/main', { timeout: 60_000 }, () => {
  it('src/renderer may not import src/main', async () => {
    expect(
      await problems('src/renderer/src/boundary-probe.ts', "import { openStore } from '../../main/store'\nexport const open = openStore\n")
    ).toEqual([expect.stringContaining('src/renderer may not import src/main')])
  })

  it('src/preload may import only electron and src/shared', async () => {
    const code =
      "import { contextBridge } from 'electron'\nimport { z } from 'zod'\nimport { API_CHANNELS } from '../shared/api'\nexport const used = [contextBridge, z, API_CHANNELS]\n"
    expect(await problems('src/preload/boundary-probe.ts', code)).toEqual([
      expect.stringContaining('The preload is sandboxed: it may import only electron and src/shared.')
    ])
  })

  it('a lower room of src/main may not import a higher one', async () => {
    expect(
      await problems(
        'src/main/store/boundary-probe.ts',
        "import { SyncManager } from '../mail/sync/manager'\nexport const M = SyncManager\n"
      )
    ).toEqual([expect.stringContaining('src/main/{store, secrets, log.ts} may not import a room above it')])
    expect(
      await problems('src/main/review/boundary-probe.ts', "import { createServices } from '../services'\nexport const s = createServices\n")
    ).toEqual([expect.stringContaining('src/main/{review} may not import a room above it')])
    // Downward is the normal direction.
    expect(
      await problems('src/main/services/boundary-probe.ts', "import { openStore } from '../store'\nexport const open = openStore\n")
    ).toEqual([])
  })
})

describe('one plan everywhere', { timeout: 60_000 }, () => {
  it('src/main plans through store/plans.ts, which knows what waits in Review', async () => {
    expect(
      await problems(
        'src/main/services/boundary-probe.ts',
        "import { nextActions } from '../../shared/core/planner'\nexport const plan = nextActions\n"
      )
    ).toEqual([expect.stringContaining('Plan through store/plans.ts')])
    expect(
      await problems(
        'src/main/services/boundary-probe.ts',
        "import { plansOf } from '../store/plans'\nimport { MAIL_ACTION_KINDS } from '../../shared/core/planner'\nexport const used = [plansOf, MAIL_ACTION_KINDS]\n"
      )
    ).toEqual([])
  })
})

describe('import circles', { timeout: 60_000 }, () => {
  it('ESLint refuses two modules that import each other', async () => {
    const checker = new ESLint({ cwd: root, ignore: false })
    const [result] = await checker.lintFiles(['tests/fixtures/lint/value-cycle/a.ts'])
    expect(result.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle'])
  })

  it('the cycle check of `npm run lint` also refuses a circle through types only', () => {
    const madge = join(root, 'node_modules', '.bin', 'madge')
    const run = spawnSync(madge, ['--circular', '--no-spinner', '--no-color', '--extensions', 'ts,tsx', 'tests/fixtures/lint'], {
      cwd: root,
      encoding: 'utf8'
    })
    const said = `${run.stdout}${run.stderr}`
    expect(run.status).toBe(1)
    expect(said).toContain('Found 2 circular dependencies')
    expect(said).toMatch(/type-cycle\/(picker|store)\.ts > type-cycle\/(store|picker)\.ts/)
    expect(said).toMatch(/value-cycle\/a\.ts > value-cycle\/b\.ts/)
  })
})
