/**
 * A meeting and a day in one sentence ("un colloquio giovedì alle 15", "a call with our CTO on Thursday",
 * "een videocall donderdag"): it supports an invitation but never decides alone ("how did the interview go
 * on Tuesday?"). Read in code rather than as one large pattern: one scan for a weekday, then only the
 * sentences that hold one are taken apart (a regex of forty meeting words times forty days was the
 * classifier's slowest phrase).
 */
import type { Hit } from './score'
import { STAGE_ENDED, THANKS_FOR } from './types'

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean))

const DAYS = words(`
monday tuesday wednesday thursday friday saturday mon tue tues wed thu thurs fri tomorrow
montag dienstag mittwoch donnerstag freitag samstag morgen
lunes martes miércoles jueves viernes sábado mañana
lundi mardi mercredi jeudi vendredi samedi demain
maandag dinsdag woensdag donderdag vrijdag zaterdag
segunda terça quarta quinta sexta amanhã
lunedì martedì mercoledì giovedì venerdì sabato domani
`)
const MEETINGS = words(`
interview chat conversation coffee videocall
colloquio chiamata videochiamata incontro
entrevista llamada videollamada reunión
conversa reunião chamada videochamada papo
gesprek kennismaking videogesprek
gespräch vorstellungsgespräch telefonat kennenlernen
entretien échange rendez-vous visio
`)
/** "phone call", "una call", "a call with": a call that is a meeting, not "I'll call you". */
const CALL_BEFORE = words(`phone video quick short intro una een uma a`)
const REACH = 8
const SOMEONE_ELSES =
  /(?<![\p{L}])(?:(?:we've got|we have|we still have|we've still got|there's|there is) (?:one|two|three|a few|a couple of|another)(?: more)? interviews?|(?:tenemos|nos queda[n]?) (?:una|dos|tres) entrevistas? más|nous avons encore (?:un|deux|trois) entretiens?|wir haben noch (?:ein|zwei|drei) gespräche?|abbiamo ancora (?:un|due|tre) colloqui?|we hebben nog (?:één|een|twee|drie) gesprek(?:ken)?|temos mais (?:uma|duas|três) entrevistas?|another candidate|other candidates?|the other (?:candidate|applicant)s?|otr[oa]s? candidat[oa]s?|los demás candidatos|autres? candidat(?:e|s|es)?|anderen? (?:bewerber|kandidat)\p{L}*|andere kandida(?:at|ten)|outr[oa]s? candidat[oa]s?|altr[oi] candidat[oi])(?![\p{L}])/iu
const THANKS_FOR_SENTENCE = new RegExp(THANKS_FOR, 'iu')
const ENDED = new RegExp(STAGE_ENDED, 'iu')

let dayWord: RegExp | undefined
const namesADay = (text: string): boolean =>
  (dayWord ??= new RegExp(`(?<![\\p{L}])(?:${[...DAYS].join('|')})(?![\\p{L}])`, 'iu')).test(text)

export function meetingOnADay(own: string): Hit | undefined {
  if (!namesADay(own)) return undefined
  for (const sentence of own.split(/(?<=[.!?])\s+|\n/)) {
    // "Thanks for coming in on Thursday", "merci d'être passée jeudi pour l'entretien": a meeting already held.
    // "Nos queda una última entrevista con otro candidato el lunes": someone else's meeting.
    // "La segunda fase (prueba y entrevista) terminó el jueves": a stage that has ended.
    if (!namesADay(sentence) || THANKS_FOR_SENTENCE.test(sentence) || SOMEONE_ELSES.test(sentence) || ENDED.test(sentence)) continue
    const tokens = sentence.toLowerCase().split(/[^\p{L}-]+/u)
    for (let d = 0; d < tokens.length; d++) {
      if (!DAYS.has(tokens[d])) continue
      for (let i = Math.max(0, d - REACH); i <= Math.min(tokens.length - 1, d + REACH); i++) {
        const t = tokens[i]
        const meeting = MEETINGS.has(t) || (t === 'call' && (CALL_BEFORE.has(tokens[i - 1]) || tokens[i + 1] === 'with'))
        if (!meeting) continue
        const quote = `${tokens[Math.min(i, d)]} … ${tokens[Math.max(i, d)]}`
        return { category: 'interview_request', weight: 2.4, quote, sentence: sentence.trim(), decisive: false }
      }
    }
  }
  return undefined
}
