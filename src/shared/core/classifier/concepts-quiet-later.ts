/**
 * A step whose date is still to come (issue 11, found on training-21): "a data da prova de conhecimentos será oportunamente
 * notificada", "uiterlijk woensdag laat ik je de datum weten", "the date will be confirmed in due course". The step is
 * named but not arranged, so the news is an update: these rows weigh against the named test or round, never decide alone
 * for a rejection or an offer. The same idea in each language where it is natural.
 */
import { definePhrases, type Phrase } from './types'

const LATER: readonly Phrase[] = [
  definePhrases('en', {
    update: [
      [
        4.5,
        '(?:date|dates|time|times)(?: and (?:time|times|venue|place))?(?: \\p{L}+){0,6} will be (?:confirmed|notified|communicated|announced|sent) (?:to you )?(?:in due course|later|separately|at a later date)'
      ]
    ]
  }),
  definePhrases('pt', {
    update: [
      [
        4.5,
        '(?:data|datas|dia)[^.!?\\n]{0,60}? (?:serão|será) (?:oportunamente|posteriormente|mais tarde) (?:notificad|comunicad|informad|divulgad)[oa]s?'
      ]
    ]
  }),
  definePhrases('es', {
    update: [
      [
        4.5,
        '(?:fecha|fechas)[^.!?\\n]{0,60}? (?:se )?(?:le |te )?(?:comunicará|notificará|informará|anunciará)n? (?:más adelante|oportunamente|próximamente)'
      ]
    ]
  }),
  definePhrases('nl', {
    update: [[4.5, '(?:laat ik je|laten we je|laat ik u|laten we u) (?:\\p{L}+ ){0,3}de datum weten|de datum volgt(?: nog| later)?']]
  }),
  definePhrases('de', {
    update: [
      [4.5, 'termin[^.!?\\n]{0,60}? (?:wird|werden) (?:ihnen |dir )?(?:rechtzeitig|noch|gesondert|später) (?:mitgeteilt|bekannt ?gegeben)']
    ]
  }),
  definePhrases('fr', {
    update: [[4.5, 'date[^.!?\\n]{0,60}? (?:vous |te )?sera (?:communiquée|précisée|notifiée) (?:ultérieurement|prochainement|plus tard)']]
  }),
  definePhrases('it', {
    update: [[4.5, 'data[^.!?\\n]{0,60}? (?:sarà|verrà) (?:comunicata|notificata) (?:successivamente|in seguito|più avanti)']]
  })
].flat()

export const STEP_DATE_LATER: readonly Phrase[] = LATER
