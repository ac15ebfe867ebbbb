/**
 * The demo employer of `npm run mail:dev` (Acme Robotics) as an import file, so the demo
 * tells the whole story: the mailbox holds its mail, this file holds the application it
 * belongs to. Dates are relative to now, like the demo mailbox's. `afterview import --demo`
 * imports it; `npm run mail:dev` also writes it next to its servers and prints the path.
 */
export const DEMO_FILE_NAME = 'afterview-demo.json'

export const DEMO_EMPLOYER = {
  company: 'Acme Robotics',
  domain: 'acmerobotics.com',
  role: 'Senior Robotics Software Engineer',
  interviewer: { name: 'Dana Whitfield', email: 'dana.whitfield@acmerobotics.com', title: 'Engineering Manager, Motion Planning' },
  recruiter: { name: 'Priya Raman', email: 'priya.raman@acmerobotics.com', title: 'Recruiting Coordinator' }
} as const

/** `days` before `now`, at hour:minute UTC: the same moments the demo mailbox uses. */
export function demoDaysAgo(now: number, days: number, hour: number, minute = 0): Date {
  const d = new Date(now - days * 86_400_000)
  d.setUTCHours(hour, minute, 0, 0)
  return d
}

/** The demo moments: applied 12 days ago, onsite interview 3 days ago at 15:00 UTC. */
export const demoMoments = (now: number) => ({ applied: demoDaysAgo(now, 12, 14, 5), interview: demoDaysAgo(now, 3, 15, 0) })

export function demoImport({ now }: { now: number }): string {
  const { applied, interview } = demoMoments(now)
  const e = DEMO_EMPLOYER
  return `${JSON.stringify(
    {
      applications: [
        {
          id: 'demo-acme-robotics',
          company: e.company,
          role: e.role,
          companyDomain: e.domain,
          appliedAt: applied.toISOString().slice(0, 10),
          status: 'interviewing',
          source: 'Afterview demo',
          contacts: [
            { name: e.interviewer.name, email: e.interviewer.email, title: e.interviewer.title },
            { name: e.recruiter.name, email: e.recruiter.email, title: e.recruiter.title }
          ],
          interviews: [{ at: interview.toISOString(), durationMinutes: 60, kind: 'onsite', with: [e.interviewer.name] }]
        }
      ]
    },
    null,
    2
  )}\n`
}
