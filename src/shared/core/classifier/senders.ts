// Over 300 lines: plain data, one hiring system, job board or mail provider per line; the code is the last 30 lines.
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
  { name: 'SIMO (CNSC)', domains: ['cnsc.gov.co'] },
  { name: 'NHS Jobs', domains: ['jobs.nhs.uk'] },
  { name: 'TRAC', domains: ['trac.jobs'] },
  { name: 'myjobscotland', domains: ['myjobscotland.gov.uk'] },
  // Northern Ireland's health and social care trusts.
  { name: 'HSC Recruit', domains: ['hscrecruit.com'] },
  // Italy's public-competition portals: inPA for the public administration, iscrizioneconcorsi for health trusts.
  { name: 'inPA', domains: ['inpa.gov.it'] },
  { name: 'ISCRIZIONECONCORSI', domains: ['iscrizioneconcorsi.it'] },
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
  { name: 'Webcruiter', domains: ['webcruiter.no', 'webcruiter.com'] },
  // Finland's municipalities and wellbeing services counties.
  { name: 'Kuntarekry', domains: ['kuntarekry.fi'] },
  { name: 'Jobnorge', domains: ['jobnorge.no'] },
  { name: 'TalentLyft', domains: ['talentlyft.com'] },
  { name: 'Traffit', domains: ['traffit.com'] },
  { name: 'Zoho Recruit', domains: ['zohorecruit.com', 'zohorecruit.eu', 'zohorecruit.in'] },
  { name: 'Employment Hero', domains: ['employmenthero.com'] },
  { name: 'Dayforce', domains: ['dayforcehcm.com'] },
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
  { name: 'Evalart', domains: ['evalart.com'] },
  { name: 'AssessFirst', domains: ['assessfirst.com'] },
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
  'hired.com',
  // Boards of other countries and fields (teaching, health, public sector).
  'reed.co.uk',
  'totaljobs.com',
  'cv-library.co.uk',
  'jobsite.co.uk',
  'guardianjobs.co.uk',
  'seek.com.au',
  'seek.co.nz',
  'jora.com',
  'naukri.com',
  'foundit.in',
  'shine.com',
  'jobbank.gc.ca',
  'workopolis.com',
  'talent.com',
  'jooble.org',
  'adzuna.com',
  'adzuna.co.uk',
  'higheredjobs.com',
  'arbeitsagentur.de',
  'stellenanzeigen.de',
  'karriere.at',
  'jobs.at',
  'jobscout24.ch',
  'apec.fr',
  'francetravail.fr',
  'pole-emploi.fr',
  'cadremploi.fr',
  'hellowork.com',
  'regionsjob.com',
  'jobteaser.com',
  'indeed.fr',
  'indeed.de',
  'indeed.es',
  'indeed.it',
  'indeed.nl',
  'indeed.co.uk',
  'indeed.com.br',
  'infojobs.it',
  'infojobs.com.br',
  'computrabajo.com',
  'bumeran.com',
  'occ.com.mx',
  'zonajobs.com.ar',
  'catho.com.br',
  'vagas.com.br',
  'net-empregos.com',
  'nationalevacaturebank.nl',
  'intermediair.nl',
  'jobat.be',
  'stepstone.be',
  'stepstone.nl',
  'stepstone.at',
  'monster.de',
  'monster.fr',
  'monster.co.uk'
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
  'mail.com',
  // Outside the US: a contact writing from their provider's address must not make that provider a company.
  ...['hotmail', 'outlook', 'live', 'yahoo', 'msn'].flatMap((p) =>
    ['co.uk', 'fr', 'de', 'es', 'it', 'nl', 'be', 'pt', 'ch', 'at', 'ie', 'ca', 'com.au', 'com.br', 'com.mx', 'com.ar', 'co.in', 'in'].map(
      (tld) => `${p}.${tld}`
    )
  ),
  'gmx.at',
  'gmx.ch',
  'gmx.fr',
  'gmx.com',
  'freenet.de',
  'arcor.de',
  'posteo.de',
  'mailbox.org',
  'bluewin.ch',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'laposte.net',
  'neuf.fr',
  'libero.it',
  'virgilio.it',
  'tiscali.it',
  'alice.it',
  'tim.it',
  'fastwebnet.it',
  'email.it',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'hetnet.nl',
  'xs4all.nl',
  'telenet.be',
  'skynet.be',
  'proximus.be',
  'sapo.pt',
  'netcabo.pt',
  'telefonica.net',
  'movistar.es',
  'terra.es',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'globo.com',
  'prodigy.net.mx',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'talktalk.net',
  'ntlworld.com',
  'eircom.net',
  'bigpond.com',
  'bigpond.net.au',
  'optusnet.com.au',
  'iinet.net.au',
  'xtra.co.nz',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'telus.net',
  'videotron.ca',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'cox.net',
  'charter.net',
  'rediffmail.com',
  'sify.com',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'mail.ru',
  'yandex.ru',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl'
])

/**
 * Domains many employers share: one NHS address domain for every trust, one domain for a state's
 * teachers, a government's umbrella domain. A contact there names a person, never the company by domain.
 */
export const SHARED_ORG_DOMAINS: ReadonlySet<string> = new Set([
  'nhs.net',
  'nhs.uk',
  'hscni.net',
  'nhs.scot',
  'wales.nhs.uk',
  'gov.uk',
  'gov.scot',
  'gov.wales',
  'gov.ie',
  'hse.ie',
  'gov.au',
  'det.nsw.edu.au',
  'education.vic.gov.au',
  'eq.edu.au',
  'gc.ca',
  'canada.ca',
  'gov.in',
  'nic.in',
  'gouv.fr',
  'education.gouv.fr',
  'bund.de',
  'overheid.nl',
  'gov.br',
  'gov.pt',
  'gob.es',
  'gob.mx',
  'gov.it',
  'istruzione.it',
  'posta.istruzione.it',
  'schools.nyc.gov'
])

/** A domain that is not one company's: consumer mail, or shared by many public employers. */
export const isSharedDomain = (domain: string): boolean => FREE_MAIL_DOMAINS.has(domain) || SHARED_ORG_DOMAINS.has(domain)

/** Local parts that mark marketing and digest mail rather than a hiring conversation. */
export const BULK_LOCAL_PART =
  /^(?:newsletters?|news|marketing|digest|promo(?:tions)?|events?|community|blog|press|updates-noreply|jobalerts?(?:-noreply)?|alerts?|job-?alerts?)(?:[-+.].*)?$/

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

/**
 * A job board writing about the reader's own application ("Votre candidature chez … a bien été envoyée", "Estado actual:
 * Descartado/a", "Tu postulación … fue enviada"), where boards such as Welcome to the Jungle, InfoJobs or Computrabajo also
 * carry the application. Alerts and newsletters speak of jobs, not of "your application".
 */
const YOUR_APPLICATION =
  /(?<![\p{L}])(?:your application|your candidacy|application status|votre candidature|ta candidature|tu candidatura|su candidatura|tu postulación|su postulación|tu inscripción|ihre bewerbung|deine bewerbung|je sollicitatie|uw sollicitatie|sua candidatura|a sua candidatura|la sua candidatura|la tua candidatura|thank you for applying|thanks for applying|you applied|you've applied|candidater chez|avoir candidaté|vous avez postulé|has postulado|te postulaste|dich beworben|sich beworben|je hebt gesolliciteerd|você se candidatou|ti sei candidat[oa])(?![\p{L}])/iu

export function aboutYourApplication(subject: string, text: string): boolean {
  return YOUR_APPLICATION.test(subject) || YOUR_APPLICATION.test(text.slice(0, 1_500))
}
