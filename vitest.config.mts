import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // electron-store imports `electron`: processed by vitest, so a test's vi.mock('electron') reaches it.
    server: { deps: { inline: ['electron-store'] } }
  }
})
