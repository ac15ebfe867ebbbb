/**
 * What decided a proposal, as the card quotes it, and what to call it. The evidence is a sentence of
 * the mail when the classifier found one; otherwise what it went by: a header line ("From: Front Desk
 * <frontdesk@…>"), a signature, a calendar invite, a phrase. Only a sentence is called one. Pure.
 */

/** 'calendar invite "X" (METHOD:REQUEST)' reads as 'Calendar invite "X"'. */
export const evidenceText = (evidence: string): string =>
  evidence.replace(/\s*\(METHOD:[A-Z-]*\)$/, '').replace(/^calendar invite/, 'Calendar invite')

/** "The sentence that decided it" for a sentence of the mail; "Why" for anything else. */
export function evidenceCaption(evidence: string): string {
  return isSentence(evidence) ? 'The sentence that decided it' : 'Why'
}

// "From: …", "Reply-To: …", "Subject: …": a header line, not a sentence.
const HEADER_LINE = /^[A-Za-z][A-Za-z-]{0,30}:\s/
// Where the sentence was found: "… start on Monday. (in the attached offer.pdf)".
const WHERE = /\s*\(in the attached [^)]*\)$/

/** Starts like a sentence (a letter, a digit, an opening quote of speech) and ends like one (. ! ? …, a closing quote or bracket after it). */
export function isSentence(evidence: string): boolean {
  const text = evidence.trim().replace(WHERE, '')
  if (!text || HEADER_LINE.test(text) || /^calendar invite/i.test(text)) return false
  // A phrase the classifier quoted ("\"offer letter\"") or a reason of its own ("automatic reply: …") is not the mail's sentence.
  if (/^["“]/.test(text) && /["”]$/.test(text)) return false
  return /^[\p{L}\p{N}¡¿]/u.test(text) && /[.!?…。！？]["'”’)\]]*$/u.test(text)
}
