/**
 * Where an application came from, grouped: the Source field is free text ("LinkedIn",
 * "referred by Sam"), the figures need a handful of groups.
 */

export const SOURCE_SUGGESTIONS = ['Job board', 'Referral', 'Recruiter', 'Company website', 'LinkedIn', 'Indeed'] as const

const GROUPS: Array<[string, RegExp]> = [
  ['Referral', /referr|referred|\bfriend|network|colleague/i],
  ['Recruiter', /recruit|agency|headhunt|sourcer|talent partner/i],
  [
    'Job board',
    /job ?board|jobs? site|linkedin|indeed|glassdoor|stepstone|monster|ziprecruiter|wellfound|angel ?list|otta|welcome to the jungle|xing|infojobs|dice|seek|totaljobs|reed\.co|remote ?ok|we work remotely|hacker ?news|who.?s hiring|job ?fair/i
  ],
  ['Direct', /direct|website|careers?|company (site|page)|their site|cold|applied online|own site/i]
]

export const NOT_RECORDED = 'Not recorded'

/** "Job board", "Referral", "Recruiter", "Direct", "Other", or "Not recorded". */
export function sourceGroup(source: string | undefined): string {
  const text = (source ?? '').trim()
  if (!text) return NOT_RECORDED
  for (const [group, pattern] of GROUPS) if (pattern.test(text)) return group
  return 'Other'
}
