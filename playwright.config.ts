import { defineConfig } from '@playwright/test'

/** End-to-end tests drive the real UI in Debian's Chromium against browser mode. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // Two at a time (the CI machine has two cores). Tests share no port, folder or server; each mailbox has its own address
  // and so its own keychain entry (mailDomainFor in tests/e2e/fixtures.ts). Files run whole in one worker, in order.
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.AFTERVIEW_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic'
      ]
    }
  }
})
