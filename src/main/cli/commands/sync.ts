import { UsageError, type Command } from '../command'
import { readPassword } from '../password'

export const sync: Command = {
  name: 'sync',
  summary: 'read your mailbox and file replies on applications (keeps watching unless --once)',
  usage: 'afterview sync [--once] [--json] [--account ID|EMAIL] [--data-dir DIR]',
  options: { once: { type: 'boolean' }, json: { type: 'boolean' }, account: { type: 'string' } },
  async run({ values }, ctx) {
    const services = ctx.services()
    const host = services.mail
    const all = host.ctx.store.accounts.all()
    const key = typeof values.account === 'string' ? values.account.toLowerCase() : undefined
    const accounts = key ? all.filter((a) => a.id === key || a.email === key) : all
    if (all.length === 0) throw new UsageError('No mail account is connected yet. Add one with "afterview account add".')
    if (accounts.length === 0) throw new UsageError(`No connected account is called "${values.account}".`)
    // Without a keychain entry, the password comes from AFTERVIEW_PASSWORD or the terminal.
    const secrets = await host.secrets()
    for (const a of accounts) {
      if (a.auth.type === 'oauth2' || (await secrets.get(a.id)) || process.env.AFTERVIEW_PASSWORD) continue // OAuth2: no password; a missing sign-in says "sign in again"
      if (!ctx.io.stdin.isTTY) throw new UsageError(`No password is saved for ${a.email}: set AFTERVIEW_PASSWORD or run this in a terminal.`)
      await secrets.set(a.id, await readPassword(ctx.io, `Password for ${a.email}: `))
    }
    const json = values.json === true
    const unsubscribe = ctx.hub().subscribe((event, payload) => {
      if (event === 'notice' && !json) ctx.io.err((payload as { message: string }).message)
      if (event === 'syncProgress' && !json) {
        const p = payload as { phase: string; message?: string }
        if (p.phase.startsWith('status:error') && p.message) ctx.io.err(p.message)
        else if (p.message && !p.phase.startsWith('status:')) ctx.io.err(p.message)
      }
    })
    host.sync.onFiled((filed) => {
      const m = filed.message
      if (json) ctx.io.out(JSON.stringify({ messageId: filed.ref.messageId, applicationId: filed.applicationId, direction: filed.ref.direction, from: filed.ref.from, subject: m.subject, date: m.date, reason: filed.ref.reason }))
      else ctx.io.out(`Filed "${m.subject}" (${filed.ref.direction === 'in' ? `from ${filed.ref.from}` : 'sent by you'}) on ${filed.applicationId}: ${filed.ref.reason}`)
    })
    host.sync.onSkipped(({ item }) => {
      if (json) ctx.io.out(JSON.stringify({ skipped: item.reason, messageId: item.messageId, from: item.from, subject: item.subject.slice(0, 300), date: item.date }))
      else ctx.io.err(`Skipped "${item.subject.slice(0, 120)}" from ${item.from}: ${item.reason}`)
    })
    if (values.once) {
      const filed = await host.sync.syncOnce(accounts)
      unsubscribe()
      if (!json) ctx.io.err(`Done: ${filed} new message${filed === 1 ? '' : 's'} filed.`)
      return 0
    }
    host.watching = true
    host.sync.watch(accounts)
    if (!json) ctx.io.err(`Watching ${accounts.map((a) => a.email).join(', ')} for new mail. Press Ctrl+C to stop.`)
    const stop = () => {
      void host.stop().finally(() => {
        services.dispose()
        process.exit(0)
      })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return 'keep-running'
  }
}
