/**
 * Promised dates, round 15 (issue 11, helper dates15): phrasings behind the last training misses, written anew in
 * several languages (none is a corpus sentence). Against one mail: Thursday, Nov 5 2026, 10:00 +01:00.
 * This week = 2..8 Nov; next week = 9..15 Nov; ISO week 47 = 16..22 Nov.
 */
import { describe } from 'vitest'
import { checkRespondBy as check } from '../support/promised-dates'

describe('a count "after the advert closes on 13 November" starts on that day; the day itself is not the promise', () => {
  check([
    [
      'Screening is normally finished within 10 business days after the advert closes on November 13, and you will be notified of the outcome by email.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'La revisión termina en 10 días hábiles desde el cierre de la convocatoria el 13 de noviembre, y te avisaremos del resultado por correo.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      'Die Prüfung dauert 10 Arbeitstage nach Ende der Ausschreibung am 13. November, und Sie werden per E-Mail benachrichtigt.',
      '2026-11-27',
      '2026-11-27'
    ],
    [
      "L'examen des dossiers prend 10 jours ouvrés après la clôture de l'annonce le 13 novembre, et vous serez informé du résultat par courriel.",
      '2026-11-27',
      '2026-11-27'
    ]
  ])
})
