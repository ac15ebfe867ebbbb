/**
 * What a mail means for an application: acknowledgement, interview request, assessment,
 * rejection, offer, update, or unrelated. Reads what the sender wrote (quotes and signatures
 * cut, forwards unwrapped), says why, and says when it is unsure rather than guessing.
 */
import type { MailMessage } from '../mail-message'
import { automaticSignals, outOfOfficeWording } from './auto-reply'
import { jobProcessEvidence } from './job-evidence'
import { statedTime } from './proposed-time'
import { combinedRejection } from './combine'
import { meetingOnADay } from './meeting-day'
import { someoneElseChosen } from './someone-else'
import { confidenceOf, findPhrases, tally, type Hit } from './score'
import { attachmentSaying, preparedMail } from './text'
import type { Classification, ClassifyOptions, MessageCategory } from './types'
import { A_NAME, LOW_CONFIDENCE, quote } from './names'
import { secondOpinion } from './second-opinion'
import { changesAnInterview } from './concepts-changes'
import { changesATest } from './concepts-tests'
import { confirmsAnInterview } from './concepts-around-interview'

export type { Classification, ClassifyOptions } from './types'

export { LOW_CONFIDENCE } from './names'
export { preparePhrases } from './score'
export { prepareTextModel, textModelReady } from './text-model'
const GUARDED: readonly MessageCategory[] = ['rejection', 'offer']
/** What is read of a mail: hiring news sits near the top (text.ts reads the first 20,000 characters); a 2 MB newsletter need not be read to the end. */
const MAX_OWN_CHARS = 6_000

const decisiveHitsOf = (hits: readonly Hit[], category: MessageCategory): Hit[] => hits.filter((h) => h.category === category && h.decisive)

/**
 * An appointment that is no job step, named in a calendar invite's title: the dentist, the GP surgery or clinic, the
 * optician's eye test (held-out-11's one safety failure, opened alone), a workshop on applying.
 */
const NOT_A_JOB_STEP =
  /(?<![\p{L}])(?:dental|dentist|check-?up|doctor|dr\.? |gp|surgery|clinic|practice nurse|nurse appointment|hygienist|physio\p{L}*|optician|opticians|opticien|optiker|óptica|ottico|optometrist|eye (?:test|exam\p{L}*)|sight test|hearing test|oogmeting|sehtest|vaccinations?|bloods|blood test|haircut|vet|zahnarzt|arzt|tandarts|huisarts|dentista|médico|médecin|dentiste|medico|workshop|webinar|cursus|course|training|masterclass|seminar|taller|atelier|corso|curso)(?![\p{L}])/iu

/** A title that names a step all the same: "Interview: Dental Nurse", "Gespräch mit Dr. Weber", "Training Coordinator – call". */
const A_JOB_STEP =
  /(?<![\p{L}])(?:interview|call|chat|screen(?:ing)?|panel|assessment|trial|shift|selection|gespräch|vorstellungsgespräch|kennenlernen|entrevista|entretien|colloquio|gesprek|sollicitatie\p{L}*|conversa|hospitation|meelopen)(?![\p{L}])/iu

/** A school's meeting with a pupil's parents, whatever it is called ("Parent-Teacher Interview"): never a job step. */
const PARENTS_MEETING =
  /(?<![\p{L}])(?:parents?['’]?[- ]teacher|parents?['’]? (?:evening|conference|meeting)|elternsprechtag|elterngespräch|elternabend|parents?-professeurs?|réunion (?:de |des )?parents|oudergesprek|ouderavond|tien-?minutengesprek|10-minutengesprek|reunión de (?:padres|familias)|tutoría|colloquio (?:con i )?genitori|ricevimento (?:dei )?genitori|reunião de (?:pais|encarregados))(?![\p{L}])/iu

function calendarHit(message: MailMessage): Hit | undefined {
  const invite = message.calendar
  if (!invite) return undefined
  const what = invite.summary ? `calendar invite "${invite.summary.slice(0, 80)}"` : 'calendar invite'
  const sentence = `${what} (METHOD:${invite.method || 'none'})`
  const title = invite.summary ?? ''
  if (invite.method !== 'CANCEL' && (PARENTS_MEETING.test(title) || (NOT_A_JOB_STEP.test(title) && !A_JOB_STEP.test(title))))
    return { category: 'unrelated', weight: 4, quote: `${what}: an appointment, not a job step`, sentence, decisive: true }
  if (invite.method === 'CANCEL') return { category: 'update', weight: 4, quote: `cancelled ${what}`, sentence, decisive: true }
  if (invite.method === 'REPLY') return { category: 'update', weight: 3, quote: `answer to ${what}`, sentence, decisive: true }
  return {
    category: 'interview_request',
    weight: invite.method === 'REQUEST' ? 4.5 : 2,
    quote: sentence,
    sentence,
    decisive: invite.method === 'REQUEST'
  }
}

/**
 * What `message` is: the rules decide, and where they are unsure of mail filed on an application, the text model
 * trained on the corpus may read it otherwise (second-opinion.ts), never with a sure confidence.
 */
export function classifyMessage(message: MailMessage, options: ClassifyOptions = {}): Classification {
  const ruled = byRules(message, options)
  return options.relatedToApplication && options.direction !== 'out' ? secondOpinion(ruled, message) : ruled
}

/** The rules alone, without the text model's second opinion (for tests and measurements). */
export function byRules(message: MailMessage, options: ClassifyOptions = {}): Classification {
  if (options.direction === 'out') {
    return { category: 'update', confidence: 1, lowConfidence: false, automatic: false, reasons: ['you sent this message'] }
  }
  const { subject, body } = preparedMail(message)
  const own = body.own.slice(0, MAX_OWN_CHARS)
  const signals = automaticSignals(message)
  const unread = (message.attachments ?? []).flatMap((file) =>
    file.skipped ? [`did not read the attached ${file.filename}: ${file.skipped}`] : []
  )
  // A school's parents' evening in the subject ("Parent-Teacher Interviews - bookings now open"): no job step, whatever
  // its body calls the meeting. Only on mail filed nowhere: a teacher's application may name parents' evenings.
  if (!options.relatedToApplication && PARENTS_MEETING.test(subject.text))
    return {
      category: 'unrelated',
      confidence: 0.9,
      lowConfidence: false,
      automatic: !!(signals.generated || signals.bulk),
      reasons: [`a school's meeting with parents, not a job step: ${quote(subject.text.slice(0, 80))}`]
    }
  const hits: Hit[] = []
  findPhrases(own, 1, hits)
  findPhrases(subject.text, subject.isReply ? 0.35 : 1, hits)
  // A meeting and a day: only where no invitation phrase has spoken already, or been undone by its context ("poi ti scrivo
  // per fissare il colloquio, entro giovedì"): it would count the same words twice.
  const meeting = hits.some((h) => h.category === 'interview_request' && (h.weight >= 1.5 || (h.strong && h.discounted)))
    ? undefined
    : meetingOnADay(own)
  if (meeting) hits.push(meeting)
  const invite = calendarHit(message)
  if (invite) hits.push(invite)
  const stated = statedTime(own, message.date, { offsetMinutes: message.dateOffsetMinutes, timeZone: options.timeZone })
  if (stated) hits.push({ category: 'interview_request', weight: 1.5, quote: stated.words, sentence: stated.words, decisive: false })
  if (signals.bulk)
    hits.push({ category: 'unrelated', weight: /job board/.test(signals.bulk) ? 5 : 3, quote: signals.bulk, sentence: '', decisive: true })
  // Someone else was chosen, in words no phrase knows: only when no clear phrase has already said what this is.
  if (!hits.some((h) => h.decisive && h.weight >= 3.5 && h.category !== 'unrelated')) {
    const elsewhere = someoneElseChosen(own)
    if (elsewhere) hits.push(elsewhere)
  }
  // A mail that moves an interview or test already arranged names that step and its new time: those words are the change,
  // not a second reading, so they count half against it.
  const changeStated = hits.some((h) => h.category === 'update' && h.weight >= 5)
  const changing = changeStated && changesAnInterview(own)
  // A meeting agreed on the phone and confirmed here: its invitation words count for half, a test's or an offer's do not.
  const confirming = changeStated && !changing && confirmsAnInterview(own)
  if (changing || (changeStated && changesATest(own)))
    for (const h of hits)
      if ((h.category === 'interview_request' || h.category === 'assessment') && !h.quote.startsWith('calendar invite')) h.weight /= 2
  if (confirming) for (const h of hits) if (h.category === 'interview_request' && !h.quote.startsWith('calendar invite')) h.weight /= 2
  const combined = signals.bulk ? undefined : combinedRejection(hits)
  if (combined) hits.push(combined)

  const result = tally(hits, { automatic: !!(signals.generated || signals.bulk) })
  const ooo = signals.autoReply ?? (outOfOfficeWording(own) ? `out-of-office wording ${quote(outOfOfficeWording(own) ?? '')}` : undefined)
  if (ooo && !(result.hasDecisive('acknowledgement') && result.ranked[0] === 'acknowledgement')) {
    const decisiveElsewhere =
      !signals.autoReply && result.ranked.some((c) => c !== 'unrelated' && result.hasDecisive(c) && (result.totals.get(c) ?? 0) >= 4)
    if (!decisiveElsewhere)
      return {
        category: 'unrelated',
        confidence: signals.autoReply ? 0.95 : 0.8,
        lowConfidence: false,
        automatic: true,
        reasons: [`automatic reply: ${ooo}`]
      }
  }

  let ranked = result.ranked
  const demoted: string[] = []
  if (ranked.length > 0 && GUARDED.includes(ranked[0]) && !result.hasDecisive(ranked[0])) {
    demoted.push(`not called ${A_NAME[ranked[0]]}: no clear wording for it`)
    ranked = [...ranked.slice(1), ranked[0]]
  }
  // "Got your take-home, thanks": every word of the step speaks of it as done, so it asks for nothing.
  // (A reply's subject, "Re: Take-home", only repeats what the candidate wrote: it weighs under 1.5.)
  const behind = (c: MessageCategory | undefined): boolean =>
    !!c &&
    result.hitsOf(c).some((h) => h.discounted === 'a step already done') &&
    result.hitsOf(c).every((h) => h.discounted === 'a step already done' || h.weight < 1.5)
  if (behind(ranked[0])) demoted.push(`not called ${A_NAME[ranked[0]]}: a step already done`)
  const winner = ranked[0]
  const top = winner ? (result.totals.get(winner) ?? 0) : 0
  // A reply's subject alone ("Re: prueba técnica", under 1.5) repeats the thread; it says nothing new of a filed mail.
  const weak = top < 1 || (options.relatedToApplication && top < 1.5)
  if (!winner || weak || (GUARDED.includes(winner) && !result.hasDecisive(winner)) || behind(winner)) {
    const category: MessageCategory = options.relatedToApplication ? 'update' : 'unrelated'
    const hint = winner ? result.hitsOf(winner)[0] : undefined
    return {
      category,
      confidence: 0.4,
      lowConfidence: true,
      automatic: category === 'unrelated' && !!(signals.generated || signals.bulk),
      reasons: [
        options.relatedToApplication ? 'no clear wording: filed as an update' : 'nothing in it about an application',
        ...demoted,
        ...(hint ? [`weak hint: ${quote(hint.quote)}`] : []),
        ...unread
      ]
    }
  }

  // Matched no application: a job-process label needs positive evidence, not only job-like words or an invite.
  let untrackedDecision = false
  if (!options.relatedToApplication && winner !== 'unrelated') {
    const evidence = jobProcessEvidence(
      message,
      own,
      subject.text,
      !!signals.bulk || !!message.headers['list-id'] || !!message.headers['list-unsubscribe']
    )
    // Recruiting words alone ("how did the interview go?") with no clear wording of a step: a friend or a newsletter talking about it.
    const onlyTalk = !evidence.bySystem && !result.hasDecisive(winner)
    // A rejection or offer about no tracked application, and not from a hiring system: maybe a digest talking about someone's.
    untrackedDecision = !evidence.bySystem && GUARDED.includes(winner)
    if (!evidence.found || onlyTalk) {
      const hint = result.hitsOf(winner)[0]
      return {
        category: 'unrelated',
        confidence: 0.7,
        lowConfidence: false,
        automatic: !!(signals.generated || signals.bulk),
        reasons: [
          `${onlyTalk && evidence.found ? `only talk about a job process (${evidence.found}), no clear wording of a step` : 'nothing says this is about a job process (no hiring system, no recruiting words of the sender)'}: not called ${A_NAME[winner]}`,
          ...(hint ? [`weak hint: ${quote(hint.quote)}`] : [])
        ]
      }
    }
  }

  const runnerUp = ranked.slice(1).reduce((max, c) => Math.max(max, result.totals.get(c) ?? 0), 0)
  let confidence = confidenceOf(top, runnerUp)
  if (untrackedDecision) confidence = Math.min(confidence, 0.75)
  const decisive = result.hitsOf(winner)
  // No one phrase decides: a guess, unless several point the same way on mail filed on an application.
  if (!result.hasDecisive(winner)) confidence = Math.min(confidence, options.relatedToApplication && top >= 3 ? 0.65 : 0.55)
  // Soft signs added up (combine.ts): a fair reading, never a sure one.
  if (decisiveHitsOf(hits, winner).every((h) => h.combined)) confidence = Math.min(confidence, 0.7)
  if (GUARDED.includes(winner) && ranked.slice(1).some((c) => GUARDED.includes(c) && result.hasDecisive(c)))
    confidence = Math.min(confidence, 0.5)
  const inFile = (h: Hit): string => {
    const file = attachmentSaying(body, h.sentence)
    return file ? ` in the attached ${file}` : ''
  }
  const reasons = [
    ...new Map(
      decisive.map((h) => [
        h.quote.toLowerCase(),
        h.sentence === '' || h.quote.includes('calendar invite') ? h.quote : `${quote(h.quote)}${inFile(h)}`
      ])
    ).values()
  ].slice(0, 3)
  const ignored = hits.filter((h) => h.discounted && h.strong && GUARDED.includes(h.category)).sort((a, b) => b.weight - a.weight)[0]
  if (ignored) reasons.push(`ignored ${quote(ignored.quote)} (${ignored.discounted})`)
  if (body.forwarded) reasons.push('read the forwarded message')
  reasons.push(...unread)
  reasons.push(...demoted)

  // A change to an interview already arranged is an update, and the new time it gives is still read (to move the interview).
  const changesInterview = winner === 'update' && changing
  const confirmsInterview = winner === 'update' && confirming
  const proposedTime =
    winner !== 'interview_request' && !changesInterview && !confirmsInterview
      ? undefined
      : message.calendar?.method === 'REQUEST' && message.calendar.start?.includes('T')
        ? message.calendar.start
        : stated?.at
  return {
    category: winner,
    confidence,
    lowConfidence: confidence < LOW_CONFIDENCE,
    automatic: winner === 'acknowledgement' || (winner === 'unrelated' && !!(signals.generated || signals.bulk)),
    reasons,
    ...(decisive[0]?.sentence
      ? { evidence: `${decisive[0].sentence}${inFile(decisive[0]) ? ` (${inFile(decisive[0]).trim()})` : ''}` }
      : {}),
    ...(proposedTime ? { proposedTime } : {}),
    ...(changesInterview ? { changesInterview } : {}),
    ...(confirmsInterview ? { confirmsInterview } : {})
  }
}
