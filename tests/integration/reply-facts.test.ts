/**
 * What a reply says drives the plan, through the real Dovecot and the built CLI: Dana writes
 * "you should hear from Priya about next steps by Friday" → `afterview due --json` shows the
 * follow-up due the business day after that Friday, quoting her sentence; Lee writes back
 * without any timeline → "ask about next steps". The follow-up's draft goes to Dana by
 * name and address, threaded to her mail with its Message-ID as she wrote it. HackerRank's
 * automatic invitation ("complete it by Friday") becomes "Complete the assessment before Fri",
 * due the day before, with no draft to its no-reply address.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInput } from '../../src/shared/api'
import { type AppServices } from '../../src/main/services'
import { seedMaildir } from '../support/maildir'
import { startMailWorld, type MailWorld } from '../support/services'
import { requireBuiltApp } from '../support/built-app'

const root = join(__dirname, '..', '..')
const DAY = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

// Last week's Monday, 10:00 in New York (-05:00 in winter, -04:00 in summer: the header says which).
const mondayUtc = (() => {
  const today = new Date()
  const d = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return d - (((new Date(d).getUTCDay() + 6) % 7) + 7) * DAY
})()
const offsetHours = -Number(
  new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'shortOffset' })
    .formatToParts(new Date(mondayUtc + 15 * 3_600_000))
    .find((p) => p.type === 'timeZoneName')!
    .value.replace('GMT', '') || '0'
)
const sentAt = new Date(mondayUtc + (10 + offsetHours) * 3_600_000)
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const friday = ymd(mondayUtc + 4 * DAY)
const nextMonday = mondayUtc + 7 * DAY

function raw(o: { from: string; subject: string; messageId: string; inReplyTo?: string; body: string; headers?: string[] }): string {
  const d = new Date(sentAt.getTime() - offsetHours * 3_600_000)
  const date = `Mon, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 10:00:00 -0${offsetHours}00`
  return [
    `From: ${o.from}`,
    'To: candidate@afterview.test',
    `Subject: ${o.subject}`,
    `Date: ${date}`,
    `Message-ID: ${o.messageId}`,
    ...(o.inReplyTo ? [`In-Reply-To: ${o.inReplyTo}`, `References: ${o.inReplyTo}`] : []),
    ...(o.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    o.body,
    ''
  ].join('\r\n')
}

let world: MailWorld
let services: AppServices
let acme = ''
let globex = ''
let initech = ''

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'afterview.js'), ...args, '--data-dir', world.data.dir],
      { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      }
    )
  })
}

beforeAll(async () => {
  requireBuiltApp() // built once by `npm test`: a build here emptied out/ under the CLI of files running beside it
  world = await startMailWorld()
  services = world.services
  await services.updateSettings(parseInput('updateSettings', { planner: { timeZone: 'America/New_York' } }))
  acme = await world.track({ company: 'Acme Robotics', role: 'Engineer', companyDomain: 'acme.test', stage: 'interviewing' })
  globex = await world.track({ company: 'Globex', role: 'Analyst', companyDomain: 'globex.test', stage: 'interviewing' })
  initech = await world.track({ company: 'Initech', role: 'Payroll Analyst', companyDomain: 'initech.test', stage: 'applied' })
  await seedMaildir(world.mail, 'candidate', [
    {
      raw: raw({
        from: 'HackerRank <noreply@hackerrank.com>',
        subject: 'Initech has invited you to a test',
        messageId: '<invite-7731@hackerrank.com>',
        headers: ['Auto-Submitted: auto-generated'],
        body: 'Hi Sam,\n\nInitech has invited you to take the Payroll Analyst assessment on HackerRank. The test takes about 60 minutes.\n\nPlease complete it by Friday.\n\nStart the test: https://www.hackerrank.com/tests/abc123\n\nThe HackerRank Team\n'
      }),
      date: sentAt
    },
    {
      raw: raw({
        from: 'Dana Whitfield <dana@acme.test>',
        subject: 'Re: Thank you',
        messageId: '<Reply-Dana.42@Mail.Acme.test>',
        body: 'Hi Sam,\n\nThanks for the kind note! You should hear from Priya about next steps by Friday.\n\nBest,\nDana Whitfield\nEngineering Manager\n'
      }),
      date: sentAt
    },
    {
      raw: raw({
        from: 'Lee Park <lee@globex.test>',
        subject: 'Re: Thank you',
        messageId: '<reply-lee@globex.test>',
        body: 'Hi Sam,\n\nThank you for your note, it was great meeting you too.\n\nLee'
      }),
      date: sentAt
    }
  ])
  await world.connectAndSync()
}, 180_000)
afterAll(() => world?.close())

describe('a reply’s promised date and its absence (real Dovecot, built CLI)', () => {
  it('stores what Dana said on the filed message', () => {
    const reply = services.mail.ctx.store.applications.get(acme)!.events.find((e) => e.message)?.message
    expect(reply?.facts).toMatchObject({
      timelineGiven: true,
      respondBy: friday,
      evidence: 'You should hear from Priya about next steps by Friday.',
      replyTo: { name: 'Dana Whitfield', email: 'dana@acme.test', title: 'Engineering Manager' }
    })
  })

  it('`afterview due --json` shows the follow-up due the business day after that Friday, quoting her', async () => {
    const run = await cli(['due', '--json', '--at', new Date(mondayUtc + DAY + 12 * 3_600_000).toISOString()])
    expect(run.code).toBe(0)
    const actions = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { applicationId: string; kind: string; dueAt: string; reason: string; title: string; key: string })
    const followUp = actions.find((a) => a.applicationId === acme)
    expect(followUp).toMatchObject({ kind: 'follow_up', title: 'Follow up with Dana' })
    // Monday after that Friday, 09:00 in New York.
    expect(ymd(Date.parse(followUp!.dueAt))).toBe(ymd(nextMonday))
    expect(
      new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }).format(
        new Date(followUp!.dueAt)
      )
    ).toBe('09')
    expect(followUp!.reason).toContain('"You should hear from Priya about next steps by Friday."')
    const ask = actions.find((a) => a.applicationId === globex)
    expect(ask).toMatchObject({ kind: 'ask_next_steps', title: 'Ask Lee about next steps' })
  })

  it('an automatic test invitation becomes "complete the assessment" due the day before its deadline, with nothing to write', async () => {
    const run = await cli(['due', '--json', '--at', new Date(mondayUtc + DAY + 12 * 3_600_000).toISOString()])
    const actions = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { applicationId: string; kind: string; dueAt: string; reason: string; title: string; key: string })
      .filter((a) => a.applicationId === initech)
    expect(actions.map((a) => a.kind)).toEqual(['complete_step'])
    expect(actions[0].title).toMatch(/^Complete the assessment before Fri, /)
    expect(ymd(Date.parse(actions[0].dueAt))).toBe(ymd(mondayUtc + 3 * DAY)) // Thursday, the business day before
    expect(actions[0].reason).toContain('"Please complete it by Friday."')
    const tuesday = await services.getOverview({ at: new Date(mondayUtc + DAY).toISOString() })
    const step = tuesday.actions.find((a) => a.applicationId === initech)
    expect(step?.to).toBeUndefined()
    // After its deadline day the step leaves the plan.
    const after = await services.getOverview({ at: new Date(nextMonday + 12 * 3_600_000).toISOString() })
    expect(after.actions.filter((a) => a.applicationId === initech).map((a) => a.kind)).not.toContain('complete_step')
  })

  it('the follow-up’s draft goes to Dana by name, threaded to her mail as she wrote its Message-ID', async () => {
    const { actions } = await services.getOverview({ at: new Date(mondayUtc + DAY).toISOString() })
    const action = actions.find((a) => a.applicationId === acme)!
    const view = await services.openDraft(parseInput('openDraft', { applicationId: acme, actionKey: action.key }))
    expect(view.draft.to).toEqual(['dana@acme.test'])
    expect(view.recipients).toEqual([{ name: 'Dana Whitfield', email: 'dana@acme.test', title: 'Engineering Manager' }])
    expect(view.draft.inReplyTo).toBe('<Reply-Dana.42@Mail.Acme.test>')
    expect(view.draft.references).toEqual(['<Reply-Dana.42@Mail.Acme.test>'])
  })
})
