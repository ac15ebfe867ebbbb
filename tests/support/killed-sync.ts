/**
 * `afterview sync --once` (the built CLI) killed at a chosen moment, as the laptop's lid or a crash kills it; and the
 * big INBOX such a kill lands in the middle of. Only the child started here is killed, by its own pid.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { makeMessage, seedMaildir } from './maildir'
import type { MailWorld } from './services'

const BIN = join(__dirname, '..', '..', 'bin', 'afterview.js')

/**
 * Runs `afterview sync --once` on the world's data folder (`--json`: its filed lines on stdout; else its progress on
 * stderr) and SIGKILLs it at the first line of `stream` that `killWhen` picks (never, when none does).
 */
export function syncKilledWhen(
  w: MailWorld,
  killWhen: (line: string) => boolean,
  { stream = 'stdout' }: { stream?: 'stdout' | 'stderr' } = {}
): Promise<{ killed: boolean; lines: string[] }> {
  return new Promise((resolve) => {
    const args = [BIN, 'sync', '--once', ...(stream === 'stdout' ? ['--json'] : []), '--data-dir', w.data.dir]
    const child = spawn(process.execPath, args, {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', AFTERVIEW_PASSWORD: w.mail.password },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let killed = false
    let buffered = ''
    const lines: string[] = []
    child[stream].on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      // Progress lines end in a line break or a carriage return (a terminal's progress bar).
      for (let cut = buffered.search(/[\r\n]/); cut >= 0; cut = buffered.search(/[\r\n]/)) {
        const line = buffered.slice(0, cut)
        buffered = buffered.slice(cut + 1)
        lines.push(line)
        if (!killed && killWhen(line)) {
          killed = true
          child.kill('SIGKILL')
        }
      }
    })
    ;(stream === 'stdout' ? child.stderr : child.stdout).resume()
    child.on('exit', () => resolve({ killed, lines }))
  })
}

/**
 * Dana's invitation (Acme Robotics) and after it `many` updates from Filler Corp's recruiting address, an hour old:
 * an INBOX of more than one slice of bodies (FETCH_SLICE = 1000) with the invitation in the first. Returns its id.
 */
export async function invitationAmongMany(w: MailWorld, t: number, many: number): Promise<string> {
  const me = `candidate@${w.mail.domain}`
  const invitation = `<invite-${t}@acmerobotics.test>`
  await seedMaildir(w.mail, 'candidate', [
    {
      raw: makeMessage({
        from: { name: 'Dana Whitfield', address: 'dana@acmerobotics.test' },
        to: me,
        subject: 'Interview next week',
        messageId: invitation,
        date: new Date(t),
        body: 'Could you come in on Tuesday at 10:00 for the on-site interview?'
      }),
      date: new Date(t)
    },
    ...Array.from({ length: many }, (_, k) => ({
      raw: makeMessage({
        from: { name: 'Filler Recruiting', address: 'jobs@fillercorp.test' },
        to: me,
        subject: `Your application, update ${k}`,
        messageId: `<filler-${k}-${t}@fillercorp.test>`,
        date: new Date(t + 1000 + k * 1000),
        body: `Update number ${k} on your application.`
      }),
      date: new Date(t + 1000 + k * 1000)
    }))
  ])
  return invitation
}

/**
 * The hiring manager's answer to the invitation from her own mailbox (Priya Raman, Dana copied), read on the phone and
 * archived there: it matches Acme Robotics only by its thread. Returns its id.
 */
export async function archivedReplyTo(w: MailWorld, invitation: string, t: number): Promise<string> {
  const reply = `<reply-${t}@mail.test>`
  await seedMaildir(
    w.mail,
    'candidate',
    [
      {
        raw: makeMessage({
          from: { name: 'Priya Raman', address: 'priya.raman@mail.test' },
          to: `candidate@${w.mail.domain}`,
          cc: 'dana@acmerobotics.test',
          subject: 'Re: Interview next week',
          messageId: reply,
          inReplyTo: invitation,
          date: new Date(t + 500),
          body: 'Small change: we will meet in room 4B on the second floor, not the lobby.'
        }),
        date: new Date(t + 500),
        seen: true
      }
    ],
    { mailbox: 'Archive' }
  )
  return reply
}
