/**
 * A company's name the way mail writes it. Hiring systems and people drop the legal form
 * ("Vela Tech" for "Vela Tech S.r.l.", "Harbour Care" for "Harbour Care Pty Ltd"), and spell the rest
 * as their keyboard and habit allow: any case, with or without accents ("Lefèvre", "Lefevre"),
 * German umlauts written out ("Mueller" for "Müller"), a straight or curly apostrophe, "&" or "and",
 * "St." or "St", a hyphen or a comma or a space between words. Names are compared in one canonical spelling, made by the same function on both sides.
 */

const LEGAL_FORM =
  '(?:inc|llc|llp|lp|ltd|limited|incorporated|corp|corporation|co|plc|pty|pvt|pte|private|gmbh|mbh|mbb|ag|kg|ohg|e\\.?\\s?v|se|' +
  's\\.?\\s?a\\.?\\s?s|sas|sarl|s\\.?\\s?a|s\\.?\\s?l\\.?\\s?u|s\\.?\\s?l|s\\.?\\s?r\\.?\\s?l|s\\.?\\s?p\\.?\\s?a|srl|spa|lda|ltda|' +
  'b\\.?\\s?v|n\\.?\\s?v|vof|oy|ab|as|aps|a/s)\\.?'
/** One or more legal forms at the end: ", Inc.", " GmbH & Co. KG", " Pty Ltd", " S.r.l.". */
export const LEGAL_SUFFIX = new RegExp(`(?:[,\\s]+(?:&\\s*co\\.?\\s*)?${LEGAL_FORM})+$`, 'i')

const NON_ASCII = /[^ -~\t\n\r]/
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' }

/** The one spelling names are compared in (apply it to the text searched as well). */
export function canonicalName(text: string): string {
  // Accents only where there are any: most mail is plain ASCII, and NFKD of a long body is the costly step.
  return (
    (NON_ASCII.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text)
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/\b(st|ste|sta|sto|mt|ft)\./g, '$1')
      // "Roussillat-Daumas", "Vandermolen, Ickes & Pike", "The Lamplight Hotel, Ballarat": as with a space.
      .replace(/([\p{L}\p{N}.])[ \t]*[-\u2010\u2011,][ \t]*(?=[\p{L}\p{N}])/gu, '$1 ')
      .replace(/\s+(?:&|and|und|et|y|e|en)\s+/g, ' & ')
      .replace(/\s{2,}|[^\S ]/g, ' ')
  )
}

/** The company without its legal form: "Vela Tech S.r.l." -> "Vela Tech". */
export const withoutLegalForm = (company: string): string => company.trim().replace(LEGAL_SUFFIX, '').trim()

/** The employer without what the user added after its name (a department in brackets, "– Service RH"): mail does not name it so. */
export function employerName(company: string): string {
  return company
    .trim()
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s+[–—-]\s+[^–—-]+$/, '')
    .trim()
}

/** Every canonical spelling a mail may name the company by (at least 3 letters): full, without legal form, umlauts written out. */
export function companySpellings(company: string): string[] {
  const full = company.trim()
  const employer = employerName(full)
  const names = [full, withoutLegalForm(full), ...(employer !== full && employer.length >= 3 ? [employer, withoutLegalForm(employer)] : [])]
  // "Millard County, Ohio", "Institutionen för cellbiologi, Fyrisvalls universitet": each part of two words or more.
  if (full.includes(','))
    for (const part of full.split(',').map((p) => withoutLegalForm(p.trim())))
      if (/\S\s+\S/.test(part) && part.length >= 6) names.push(part)
  for (const name of [...names]) if (/[äöüßÄÖÜ]/.test(name)) names.push(name.replace(/[äöüßÄÖÜ]/g, (c) => UMLAUTS[c] ?? c))
  return [...new Set(names.map((n) => canonicalName(n).trim()).filter((n) => n.length >= 3))]
}

/** One key for "the same company": "Acme Robotics, Inc." and "acme robotics" are one. */
export const companyKey = (company: string): string => canonicalName(withoutLegalForm(company)).trim()
