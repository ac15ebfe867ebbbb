/**
 * Who sends hiring mail on behalf of employers, and who sends mail that only looks like it.
 * Plain data: add a system by adding a line. Domains match themselves and their subdomains.
 */

export interface SenderSystem {
  name: string
  domains: readonly string[]
}

/** Applicant-tracking systems, scheduling, assessment and e-signature tools that write on behalf of a company. */
export const HIRING_SYSTEMS: readonly SenderSystem[] = [
  { name: 'Greenhouse', domains: ['greenhouse.io', 'greenhouse-mail.io'] },
  { name: 'Lever', domains: ['lever.co', 'hire.lever.co'] },
  { name: 'Workday', domains: ['myworkday.com', 'myworkdayjobs.com', 'workday.com'] },
  { name: 'Ashby', domains: ['ashbyhq.com', 'ashbymail.com'] },
  { name: 'SmartRecruiters', domains: ['smartrecruiters.com', 'smartrecruiters-mail.com'] },
  { name: 'iCIMS', domains: ['icims.com'] },
  { name: 'Workable', domains: ['workable.com', 'workablemail.com'] },
  { name: 'Jobvite', domains: ['jobvite.com'] },
  { name: 'BambooHR', domains: ['bamboohr.com'] },
  { name: 'Teamtailor', domains: ['teamtailor.com', 'teamtailor-mail.com'] },
  { name: 'Recruitee', domains: ['recruitee.com'] },
  { name: 'Personio', domains: ['personio.de', 'personio.com'] },
  { name: 'JazzHR', domains: ['applytojob.com', 'jazzhr.com'] },
  { name: 'Breezy HR', domains: ['breezy.hr', 'breezyhr.com'] },
  { name: 'Taleo', domains: ['taleo.net'] },
  { name: 'SuccessFactors', domains: ['successfactors.com', 'successfactors.eu', 'sapsf.com', 'sapsf.eu'] },
  { name: 'Oracle Recruiting', domains: ['oraclecloud.com'] },
  { name: 'Pinpoint', domains: ['pinpointhq.com'] },
  { name: 'Rippling', domains: ['rippling.com', 'ats.rippling.com'] },
  { name: 'Comeet', domains: ['comeet.co', 'comeet.com'] },
  { name: 'Homerun', domains: ['homerun.co'] },
  { name: 'JOIN', domains: ['join.com'] },
  { name: 'Freshteam', domains: ['freshteam.com'] },
  { name: 'Dover', domains: ['dover.com', 'dover.io'] },
  { name: 'Gem', domains: ['gem.com'] },
  { name: 'Phenom', domains: ['phenompeople.com'] },
  { name: 'Avature', domains: ['avature.net'] },
  { name: 'Softgarden', domains: ['softgarden.io', 'softgarden.de'] },
  { name: 'GoodTime', domains: ['goodtime.io'] },
  { name: 'ModernLoop', domains: ['modernloop.io'] },
  { name: 'Prelude', domains: ['prelude.co'] },
  { name: 'Calendly', domains: ['calendly.com'] },
  { name: 'HackerRank', domains: ['hackerrank.com', 'hackerrankforwork.com'] },
  { name: 'Codility', domains: ['codility.com'] },
  { name: 'CodeSignal', domains: ['codesignal.com'] },
  { name: 'TestGorilla', domains: ['testgorilla.com'] },
  { name: 'Coderbyte', domains: ['coderbyte.com'] },
  { name: 'HackerEarth', domains: ['hackerearth.com'] },
  { name: 'DevSkiller', domains: ['devskiller.com'] },
  { name: 'CoderPad', domains: ['coderpad.io'] },
  { name: 'Qualified', domains: ['qualified.io'] },
  { name: 'Mercer Mettl', domains: ['mettl.com'] },
  { name: 'iMocha', domains: ['imocha.io'] },
  { name: 'Vervoe', domains: ['vervoe.com'] },
  { name: 'Criteria', domains: ['criteriacorp.com'] },
  { name: 'SHL', domains: ['shl.com'] },
  { name: 'Harver', domains: ['harver.com'] },
  { name: 'Pymetrics', domains: ['pymetrics.ai', 'pymetrics.com'] },
  { name: 'Alooba', domains: ['alooba.com'] },
  { name: 'HireVue', domains: ['hirevue.com'] },
  { name: 'Karat', domains: ['karat.com', 'karat.io'] },
  { name: 'DocuSign', domains: ['docusign.net', 'docusign.com'] },
  { name: 'Adobe Acrobat Sign', domains: ['adobesign.com', 'echosign.com'] },
  { name: 'Dropbox Sign', domains: ['hellosign.com'] }
]

/** Job boards and professional networks: their alerts name companies but are never a company's answer. */
export const JOB_BOARD_DOMAINS: readonly string[] = [
  'linkedin.com',
  'indeed.com',
  'indeedmail.com',
  'glassdoor.com',
  'ziprecruiter.com',
  'monster.com',
  'dice.com',
  'stepstone.de',
  'stepstone.com',
  'xing.com',
  'wellfound.com',
  'angel.co',
  'otta.com',
  'welcometothejungle.com',
  'infojobs.net',
  'jobs.ch',
  'simplyhired.com',
  'careerbuilder.com',
  'builtin.com',
  'hired.com'
]

/** Consumer mail providers: never a company's domain, whatever a contact list says. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  't-online.de',
  'fastmail.com',
  'hey.com',
  'zoho.com',
  'yandex.com',
  'mail.com'
])

/** Local parts that mark marketing and digest mail rather than a hiring conversation. */
export const BULK_LOCAL_PART =
  /^(?:newsletters?|news|marketing|digest|promo(?:tions)?|events?|community|blog|press|updates-noreply|jobalerts?(?:-noreply)?|jobs-noreply|alerts?|job-?alerts?)(?:[-+.].*)?$/

/** The domain and each parent domain: a.b.c.com, b.c.com, c.com. */
export function domainAndParents(domain: string): string[] {
  const out: string[] = []
  let rest = domain
  while (rest.includes('.')) {
    out.push(rest)
    rest = rest.slice(rest.indexOf('.') + 1)
  }
  return out
}

const SYSTEM_BY_DOMAIN = new Map(HIRING_SYSTEMS.flatMap((system) => system.domains.map((d) => [d, system] as const)))
const JOB_BOARDS = new Set(JOB_BOARD_DOMAINS)

/** The hiring system a domain belongs to, walking up subdomains (us.greenhouse-mail.io -> Greenhouse). */
export function hiringSystemForDomain(domain: string): SenderSystem | undefined {
  for (const d of domainAndParents(domain)) {
    const system = SYSTEM_BY_DOMAIN.get(d)
    if (system) return system
  }
  return undefined
}

export function isJobBoardDomain(domain: string): boolean {
  return domainAndParents(domain).some((d) => JOB_BOARDS.has(d))
}
