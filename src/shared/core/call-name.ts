/**
 * How a title names, and a draft greets, whoever wrote: a person by their first name ("Dana Whitfield": "Answer
 * Dana", "Hi Dana,"); a shared mailbox, a team or the company by its whole name ("Front Desk", "HR Team", "Harbor
 * Credit Union"): their first word is no one's name ("Ask Front about next steps"). A title keeps its surname ("Dr. Priya Patel": "Dr. Patel").
 */
const NOT_A_PERSON =
  /(?<![\p{L}])(?:desk|office|reception|team|recruiting|recruitment|recruiter|talent|careers|hiring|jobs|hr|human resources|people|admissions|admin|administration|department|payroll|enquiries|inquiries|info|support|staffing|personnel|school|hospital|clinic|practice|services|group|council|trust|university|college|academy|ltd|inc|llc|gmbh)(?![\p{L}])/iu
/** Mr, Mrs, Ms, Dr, Prof and their kin in the users' languages, with or without the full stop. */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|herr|frau|sr|sra|srta|don|doña|mme|mlle|m|dhr|mevr|sig|sig\.ra)\.?$/iu

export function callName(name: string, company?: string): string {
  const whole = name.trim().replace(/\s+/g, ' ')
  if (whole === '') return ''
  if (company && whole.toLowerCase() === company.trim().toLowerCase()) return whole
  // "Dana Whitfield | Talent", "Dana Whitfield (HR)", "Dana Whitfield - Acme": the person is named before the mark.
  const [before, after] = whole.split(/ ?[|(–—] ?| - /)
  // "Whitfield, Dana": surname first.
  const comma = /^([^,]+), ?(\S.*)$/.exec(before!)
  const person = (comma && !NOT_A_PERSON.test(comma[1]!) ? `${comma[2]} ${comma[1]}` : before!).trim() || whole
  if (NOT_A_PERSON.test(person)) return after === undefined ? person : whole
  const words = person.split(' ')
  // "Dr. Priya Patel": "Dr. Patel".
  return HONORIFIC.test(words[0]!) ? (words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : person) : words[0]!
}
