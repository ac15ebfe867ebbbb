import { UsageError, type Command } from '../command'
import { CATALOG } from '../catalog'
import { readPassword } from '../password'

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export const sync: Command = {
  ...CATALOG.sync,
  async run({ values }, ctx) {
    const api = ctx.api()
    // Watching mail is not a request: the mail host behind the services does it.
    const host = ctx.services().mail
    const { accounts: all } = await api.listAccounts(undefined)
    const key = typeof values.account === 'string' ? values.account.toLowerCase() : undefined
    const chosen = key ? all.filter((a) => a.id === key || a.email === key) : all
    if (all.length === 0) throw new UsageError('No mail account is connected yet. Add one with "afterview account add".')
    if (chosen.length === 0) throw new UsageError(`No connected account is called "${values.account}". See "afterview account list".`)
    // Without a keychain entry, the password comes from AFTERVIEW_PASSWORD or the terminal.
    const secrets = await host.secrets()
    for (const a of chosen) {
      if (a.auth.type === 'oauth2' || a.secretKind !== 'missing' || process.env.AFTERVIEW_PASSWORD) continue // OAuth2: no password; a missing sign-in says "sign in again"
      if (!ctx.io.stdin.isTTY)
        throw new UsageError(`No password is saved for ${a.email}: set AFTERVIEW_PASSWORD or run this in a terminal.`)
      await secrets.set(a.id, await readPassword(ctx.io, `Password for ${a.email}: `))
    }
    const accounts = chosen.map(({ secretKind: _kind, sync: _status, ...account }) => account)
    const json = values.json === true
    const unsubscribe = ctx.hub().subscribe((event, payload) => {
      // On stderr with --json too: a reply in Junk is told once, and stdout is for the filed mail alone.
      if (event === 'notice') ctx.io.err((payload as { message: string }).message)
      if (event === 'syncProgress' && !json) {
        const p = payload as { phase: string; message?: string }
        // An error, or what the sync read around (a folder of the user's own that would not open): said once it ends.
        if ((p.phase.startsWith('status:error') || p.phase === 'status:idle') && p.message) ctx.io.err(p.message)
        else if (p.message && !p.phase.startsWith('status:')) ctx.io.err(p.message)
      }
    })
    host.sync.onFiled((filed) => {
      const m = filed.message
      if (json)
        ctx.io.out(
          JSON.stringify({
            messageId: filed.ref.messageId,
            applicationId: filed.applicationId,
            direction: filed.ref.direction,
            from: filed.ref.from,
            subject: m.subject,
            date: m.date,
            reason: filed.ref.reason
          })
        )
      else
        ctx.io.out(
          `Filed "${m.subject}" (${filed.ref.direction === 'in' ? `from ${filed.ref.from}` : 'sent by you'}) on ${filed.applicationId}: ${filed.ref.reason}`
        )
    })
    host.sync.onSkipped(({ item }) => {
      if (json)
        ctx.io.out(
          JSON.stringify({
            skipped: item.reason,
            messageId: item.messageId,
            from: item.from,
            subject: item.subject.slice(0, 300),
            date: item.date
          })
        )
      else ctx.io.err(`Skipped "${item.subject.slice(0, 120)}" from ${item.from || 'an unknown sender'}: ${item.reason}`)
    })
    if (values.once) {
      const openBefore = new Set((await api.listProposals({ status: 'open' })).proposals.map((p) => p.id))
      const filed = await host.sync.syncOnce(accounts)
      unsubscribe()
      if (json && filed === 0 && ctx.io.outIsTerminal) ctx.io.err('No new messages to file.')
      if (!json) {
        // What the mail proposed (an application to track, a rejection, an interview) waits in Review: say so.
        const fresh = (await api.listProposals({ status: 'open' })).proposals.filter((p) => !openBefore.has(p.id))
        const tracks = fresh.filter((p) => p.kind === 'track_application').length
        const proposed = [
          ...(tracks ? [`${plural(tracks, 'new application')} to track`] : []),
          ...(fresh.length > tracks ? [`${plural(fresh.length - tracks, 'change')} to your applications`] : [])
        ]
        const review = proposed.length ? `; ${proposed.join(' and ')} proposed from your mail, waiting in Review` : ''
        ctx.io.err(`Done: ${plural(filed, 'new message')} filed${review}.`)
      }
      return 0
    }
    host.watching = true
    host.sync.watch(accounts)
    if (!json) ctx.io.err(`Watching ${accounts.map((a) => a.email).join(', ')} for new mail. Press Ctrl+C to stop.`)
    const stop = () => {
      void host.stop().finally(() => {
        ctx.services().dispose()
        process.exit(0)
      })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    return 'keep-running'
  }
}
