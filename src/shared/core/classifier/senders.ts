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
  // Public sector, health and schools: where nurses, teachers and civil servants apply.
  { name: 'NEOGOV', domains: ['governmentjobs.com', 'schooljobs.com', 'neogov.com', 'neogov.net'] },
  { name: 'USA Staffing', domains: ['usastaffing.gov'] },
  { name: 'NHS Jobs', domains: ['jobs.nhs.uk'] },
  { name: 'TRAC', domains: ['trac.jobs'] },
  { name: 'Healthjobsuk', domains: ['healthjobsuk.com'] },
  { name: 'Oleeo', domains: ['oleeo.com', 'tal.net'] },
  { name: 'Frontline AppliTrack', domains: ['applitrack.com'] },
  { name: 'Eteach', domains: ['eteach.com'] },
  { name: 'PageUp', domains: ['pageuppeople.com'] },
  { name: 'Cornerstone', domains: ['csod.com'] },
  { name: 'UKG', domains: ['ultipro.com', 'ukg.com'] },
  { name: 'Tribepad', domains: ['tribepad.com'] },
  // Hiring systems of other countries and of hourly and agency hiring.
  { name: 'Gupy', domains: ['gupy.io'] },
  { name: 'Kenoby', domains: ['kenoby.com'] },
  { name: 'Sólides', domains: ['solides.com.br'] },
  { name: 'InRecruiting', domains: ['inrecruiting.com'] },
  { name: 'Intervieweb', domains: ['intervieweb.it'] },
  { name: 'Flatchr', domains: ['flatchr.io'] },
  { name: 'Taleez', domains: ['taleez.com'] },
  { name: 'DigitalRecruiters', domains: ['digitalrecruiters.com'] },
  { name: 'Talentsoft', domains: ['talentsoft.com', 'talent-soft.com'] },
  { name: 'd.vinci', domains: ['dvinci.de', 'dvinci-hr.com'] },
  { name: 'rexx systems', domains: ['rexx-systems.com'] },
  { name: 'concludis', domains: ['concludis.de'] },
  { name: 'onlyfy', domains: ['onlyfy.com', 'prescreen.io'] },
  { name: 'umantis', domains: ['umantis.com'] },
  { name: 'Bizneo', domains: ['bizneo.com'] },
  { name: 'Factorial', domains: ['factorialhr.com'] },
  { name: 'HiringRoom', domains: ['hiringroom.com'] },
  { name: 'OTYS', domains: ['otys.nl'] },
  { name: 'Carerix', domains: ['carerix.com', 'carerix.net'] },
  { name: 'Jobylon', domains: ['jobylon.com'] },
  { name: 'Varbi', domains: ['varbi.com'] },
  { name: 'ReachMee', domains: ['reachmee.com'] },
  { name: 'Emply', domains: ['emply.com', 'emply.net'] },
  { name: 'HR Manager', domains: ['hr-manager.net'] },
  { name: 'TalentLyft', domains: ['talentlyft.com'] },
  { name: 'Traffit', domains: ['traffit.com'] },
  { name: 'Zoho Recruit', domains: ['zohorecruit.com', 'zohorecruit.eu', 'zohorecruit.in'] },
  { name: 'Darwinbox', domains: ['darwinbox.in', 'darwinbox.com'] },
  { name: 'Keka', domains: ['keka.com'] },
  { name: 'LiveHire', domains: ['livehire.com'] },
  { name: 'JobAdder', domains: ['jobadder.com'] },
  { name: 'Manatal', domains: ['manatal.com'] },
  { name: 'Beamery', domains: ['beamery.com'] },
  { name: 'Eightfold', domains: ['eightfold.ai'] },
  { name: 'Paradox', domains: ['paradox.ai'] },
  { name: 'Harri', domains: ['harri.com'] },
  { name: 'Fountain', domains: ['fountain.com'] },
  { name: 'Workstream', domains: ['workstream.us', 'workstream.is'] },
  { name: 'Hireology', domains: ['hireology.com'] },
  { name: 'ApplicantPro', domains: ['applicantpro.com'] },
  { name: 'ClearCompany', domains: ['clearcompany.com'] },
  { name: 'HireHive', domains: ['hirehive.com'] },
  { name: 'JobDiva', domains: ['jobdiva.com'] },
  { name: 'Ceipal', domains: ['ceipal.com'] },
  { name: 'Recruiterflow', domains: ['recruiterflow.com'] },
  // Video interviews, assessments and pre-employment checks run for an employer.
  { name: 'Spark Hire', domains: ['sparkhire.com'] },
  { name: 'Willo', domains: ['willo.video'] },
  { name: 'Sonru', domains: ['sonru.com'] },
  { name: 'Modern Hire', domains: ['modernhire.com'] },
  { name: 'Saville Assessment', domains: ['savilleassessment.com'] },
  { name: 'Cappfinity', domains: ['cappfinity.com'] },
  { name: 'Sova', domains: ['sovaassessment.com'] },
  { name: 'Thomas International', domains: ['thomas.co'] },
  { name: 'TalentLens', domains: ['talentlens.com'] },
  { name: 'Predictive Index', domains: ['predictiveindex.com'] },
  { name: 'Wonderlic', domains: ['wonderlic.com'] },
  { name: 'Checkr', domains: ['checkr.com'] },
  { name: 'Sterling', domains: ['sterlingcheck.com'] },
  { name: 'HireRight', domains: ['hireright.com'] },
  { name: 'First Advantage', domains: ['fadv.com'] },
  { name: 'Xref', domains: ['xref.com'] },
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
