/**
 * Interviews and appointments that are no step of a job application: a club's membership committee, a school's
 * admissions interview, a consulate's visa interview, and the employment office's own counselling meetings (Jobcenter,
 * ORP, UWV, SEPE, IEFP, Centro per l'impiego). They use the words of an invitation, so without these they read as
 * interview requests (training-13 and -14 had two, at 0.88 and 0.89). The office's name alone is not enough: people
 * apply to work there ("Work Coach at Jobcentre Plus", "Arbeitsvermittler"), so it must come with the meeting. Enrolment on a
 * course is no job step either, nor its placement test with a short oral interview (held-out-9's one safety failure,
 * opened alone); a level test alone is ("la siguiente fase consiste en una prueba de nivel de inglés").
 */
import { definePhrases, type Phrase } from './types'

export const NOT_HIRING: readonly Phrase[] = [
  definePhrases('en', {
    unrelated: [
      [
        7,
        '(?:membership|admissions?|entrance|visa|citizenship|naturali[sz]ation|immigration|green card|tenancy|adoption) (?:committee |panel |office )?(?:interview|appointment)|interview with the (?:membership|admissions?) (?:committee|panel|team|office)|appointment with your (?:work coach|employment adviser)|claimant commitment|universal credit|evidence of your job search(?:ing)? activit\\p{L}*|level test for (?:the|our|your) course|enrol(?:l)?(?:ing|ment)? (?:on|for|in) (?:our |the |your )?(?:\\p{L}+ ){0,2}course'
      ]
    ]
  }),
  definePhrases('de', {
    unrelated: [
      [
        7,
        'beratungsgespräch (?:\\S+ ){0,5}(?:jobcenter|agentur für arbeit|arbeitsvermittl\\p{L}*)|(?:ihre?[mnr]?|deine?[mnr]?) arbeitsvermittler(?:in)?|meldetermin|nachweise? (?:\\S+ ){0,2}eigenbemühungen|(?:visa|einbürgerungs)termin|anmeldung zu[mr] (?:\\p{L}+ ){0,2}(?:kurs|sprachkurs)'
      ]
    ]
  }),
  definePhrases('fr', {
    unrelated: [
      [
        7,
        "(?:entretien|rendez-vous|convoqu\\p{L}*)(?: \\S+){0,8} (?:orp|france travail|pôle emploi|mission locale)|conseill\\p{L}+ (?:orp|france travail|pôle emploi)|entretien de conseil|(?:preuves?|justificatifs?) (?:de (?:vos |tes )?|des )recherches|entretien d'admission|rendez-vous (?:en )?préfecture|inscription (?:au|aux|à nos) (?:\\p{L}+ ){0,2}cours"
      ]
    ]
  }),
  definePhrases('nl', {
    unrelated: [
      [
        7,
        '(?:werkcoach|klantmanager|consulent) (?:\\p{L}+ ){0,3}(?:uwv|gemeente)|toelatingsgesprek|sollicitatieactiviteiten (?:doorgeven|invullen|bijhouden)|inschrijving voor de (?:\\p{L}+ ){0,2}cursus'
      ]
    ]
  }),
  definePhrases('es', {
    unrelated: [
      [
        7,
        '(?:orientador\\p{L}*|tutor\\p{L}*) de empleo|cita (?:\\S+ ){0,5}(?:sepe|oficina de empleo)|entrevista de admisión|(?:renovar|renovación de) (?:la |tu |su )?demanda de empleo|(?:matricul|inscrib)\\p{L}* (?:en|a) (?:nuestros? |el |los |tu |su )?(?:\\p{L}+ ){0,2}cursos?|prueba de nivel (?:gratis|gratuita)|descuento en (?:el|nuestro|tu|su) curso'
      ]
    ]
  }),
  definePhrases('pt', {
    unrelated: [
      [
        7,
        '(?:entrevista|convocad\\p{L}*)(?: \\S+){0,6} (?:centro de emprego|iefp)|entrevista (?:consular|de admissão)|inscrição no (?:\\p{L}+ ){0,2}curso|inscrições (?:abertas )?(?:para|no|nos) (?:o |os )?(?:\\p{L}+ ){0,2}cursos?|processo seletivo (?:\\d{4} )?(?:d[oa]s? )?cursos?|vestibular'
      ]
    ]
  }),
  definePhrases('it', {
    unrelated: [
      [
        7,
        "(?:colloquio|convocat\\p{L}*|appuntamento)(?: \\S+){0,5} (?:centro per l'impiego|centri per l'impiego)|colloquio di ammissione|patto di servizio|iscrizione al (?:\\p{L}+ ){0,2}corso"
      ]
    ]
  })
].flat()
