import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two test files at once even on two cores (vitest's default is one fewer than the cores: one at a time there):
    // the files mostly wait on Dovecot, SMTP and timers, so the stage took 630 s alone and 339 s two at a time, all
    // passing. CI runs on two cores. Elsewhere the default stands.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // electron-store imports `electron`: processed by vitest, so a test's vi.mock('electron') reaches it.
    server: { deps: { inline: ['electron-store'] } }
  }
})
