/**
 * A job search with a known history, relative to today, as an Afterview JSON export:
 * replies, interviews, follow-ups, stage histories and sources. Used by the Insights e2e
 * test and the bench (which repeats it to thousands of applications).
 */
const DAY = 86_400_000

export function seedApplications(now = Date.now(), copies = 1): unknown[] {
  const at = (daysAgo: number, hour = 10) => {
    const d = new Date(now - daysAgo * DAY)
    d.setUTCHours(hour, 0, 0, 0)
    return d.toISOString()
  }
  const day = (daysAgo: number) => at(daysAgo).slice(0, 10)
  const reply = (id: string, daysAgo: number, category = 'update') => ({
    id,
    at: at(daysAgo, 9),
    type: 'message',
    text: 'Mail',
    message: { messageId: `<${id}@example.test>`, direction: 'in', from: 'hr@example.test', category }
  })
  const sent = (id: string, daysAgo: number, actionKey: string) => [
    {
      id: `${id}-m`,
      at: at(daysAgo, 8),
      type: 'message',
      text: 'Sent the follow-up',
      actionKey,
      message: { messageId: `<${id}@me.test>`, direction: 'out', to: ['hr@example.test'] }
    },
    { id: `${id}-d`, at: at(daysAgo, 8), type: 'action_done', text: 'Done', actionKey }
  ]
  const history = (...steps: Array<[string, number]>) => steps.map(([stage, daysAgo]) => ({ stage, at: at(daysAgo, 12) }))
  const interview = (id: string, daysAgo: number) => ({
    id,
    startsAt: at(daysAgo, 14),
    durationMinutes: 45,
    kind: 'video',
    contactIds: [],
    topics: '',
    timelineGiven: true
  })
  const base = [
    {
      id: 'acme',
      company: 'Acme Robotics',
      role: 'Firmware Engineer',
      source: 'LinkedIn',
      appliedAt: day(60),
      status: 'offer',
      stageHistory: history(['applied', 60], ['interviewing', 57], ['offer', 30]),
      interviews: [interview('i-a1', 50), interview('i-a2', 43)],
      events: [reply('r-a1', 57, 'interview_request'), reply('r-a2', 30, 'offer')]
    },
    {
      id: 'bluefin',
      company: 'Bluefin Logistics',
      role: 'Platform Engineer',
      source: 'Referral',
      appliedAt: day(45),
      status: 'rejected',
      stageHistory: history(['applied', 45], ['interviewing', 44], ['rejected', 30]),
      interviews: [interview('i-b1', 40)],
      events: [reply('r-b1', 44, 'interview_request'), reply('r-b2', 30, 'rejection')]
    },
    {
      id: 'corvid',
      company: 'Corvid Games',
      role: 'Gameplay Programmer',
      source: 'Recruiter',
      appliedAt: day(40),
      status: 'applied',
      events: [...sent('f-c1', 30, 'application_follow_up')],
      actions: { application_follow_up: { status: 'done', at: at(30, 8) } }
    },
    {
      id: 'delta',
      company: 'Delta Health',
      role: 'Data Engineer',
      appliedAt: day(35),
      status: 'applied',
      events: [...sent('f-d1', 26, 'application_follow_up'), reply('r-d1', 24)],
      actions: { application_follow_up: { status: 'done', at: at(26, 8) } }
    },
    { id: 'elm', company: 'Elm Street Bank', role: 'Analyst', source: 'Indeed', appliedAt: day(28), status: 'applied' },
    {
      id: 'fernwood',
      company: 'Fernwood',
      role: 'Designer',
      source: 'Company website',
      appliedAt: day(25),
      status: 'interviewing',
      stageHistory: history(['applied', 25], ['interviewing', 20]),
      interviews: [interview('i-f1', -3)],
      events: [reply('r-f1', 20, 'interview_request')]
    },
    { id: 'gale', company: 'Gale Labs', role: 'Backend Engineer', source: 'LinkedIn', appliedAt: day(22), status: 'applied' },
    {
      id: 'harbor',
      company: 'Harbor AI',
      role: 'ML Engineer',
      source: 'Referral',
      appliedAt: day(14),
      status: 'interviewing',
      stageHistory: history(['applied', 14], ['interviewing', 10]),
      interviews: [interview('i-h1', 8)],
      events: [reply('r-h1', 10, 'interview_request'), ...sent('f-h1', 7, 'thank_you:i-h1'), reply('r-h2', 5)],
      actions: { 'thank_you:i-h1': { status: 'done', at: at(7, 8) } }
    },
    { id: 'ionic', company: 'Ionic Systems', role: 'SRE', source: 'Indeed', appliedAt: day(10), status: 'applied' },
    {
      id: 'juniper',
      company: 'Juniper',
      role: 'Frontend Engineer',
      source: 'Recruiter',
      appliedAt: day(5),
      status: 'applied',
      events: [reply('r-j1', 3)]
    },
    {
      id: 'kestrel',
      company: 'Kestrel Harbor',
      role: 'Engineer',
      source: 'LinkedIn',
      appliedAt: day(90),
      status: 'rejected',
      stageHistory: history(['applied', 90], ['rejected', 80]),
      events: [reply('r-k1', 80, 'rejection')]
    },
    { id: 'lumen', company: 'Lumen Grove', role: 'Product Designer', status: 'interested' }
  ]
  const out: unknown[] = []
  for (let c = 0; c < copies; c++) {
    for (const a of base) {
      const suffix = copies > 1 ? `-${c}` : ''
      out.push({
        ...a,
        id: `${a.id}${suffix}`,
        company: copies > 1 ? `${a.company} ${c}` : a.company,
        createdAt: at(100),
        events: (('events' in a ? a.events : []) as Array<Record<string, unknown>>).map((e) => ({ ...e, id: `${e.id}${suffix}` }))
      })
    }
  }
  return out
}
