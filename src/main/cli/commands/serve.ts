import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { startReminders } from '../../reminders/runtime'
import { isCalendarFeedToken } from '../../calendar/feed-token'
import { UsageError, type Command } from '../command'
import { CATALOG } from '../catalog'

/** The built window: out/renderer next to out/main (this code may sit in out/main/chunks). */
export const rendererDir = () =>
  [join(__dirname, '..', 'renderer'), join(__dirname, '..', '..', 'renderer')].find((d) => existsSync(join(d, 'index.html'))) ??
  join(__dirname, '..', 'renderer')

export const serve: Command = {
  ...CATALOG.serve,
  async run({ values }, ctx) {
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 1 to 65535, not "${values.port}"`)
    const dir = rendererDir()
    if (!existsSync(join(dir, 'index.html'))) {
      ctx.io.err('The window has not been built yet. Run: npm run build')
      return 1
    }
    const services = ctx.services()
    const status = await ctx.api().getStatus(undefined)
    for (const w of status.warnings) ctx.io.err(`Warning: ${w}`)
    // The web server (node:http) loads with this command, not with every command (issue 14).
    const { startBrowserServer } = await import('../../server/http-bridge')
    let server
    try {
      server = await startBrowserServer({
        services,
        hub: ctx.hub(),
        rendererDir: dir,
        port,
        calendarFeed: { isToken: (t) => isCalendarFeedToken(ctx.dataDir, t), ics: () => services.calendar() }
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        ctx.io.err(`Port ${port} is already in use. Pick another with --port, or leave it out to use a free one.`)
        return 1
      }
      throw error
    }
    // Reminders fall due in this process too; the open tab shows them as web notifications.
    const reminders = startReminders({ services, hub: ctx.hub(), dataDir: ctx.dataDir, deliver: (n) => ctx.hub().emit('remindersDue', n) })
    services.mail.start() // mail accounts are synced and watched (IDLE) while browser mode runs
    const outbox = services.startOutbox() // scheduled sends go out from here; a late one is asked about first
    ctx.io.out(`Afterview is running in browser mode. Open this address (it contains your private access token):`)
    ctx.io.out(`  ${server.url}`)
    ctx.io.out(`Data: ${ctx.dataDir}`)
    ctx.io.out('Press Ctrl+C to stop.')
    const stop = () => {
      reminders.stop()
      outbox.stop()
      void server.close().then(() => {
        services.dispose()
        process.exit(0)
      })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return 'keep-running'
  }
}
