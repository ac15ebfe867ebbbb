/**
 * Steps said in the writer's own words, found on the blind training batches 17 and 18 (issue 11): an agency whose client
 * "quiere entrevistarte", Québec's "te rencontrer en entrevue", a teacher's "lezione simulata" or "mock lesson", a
 * technical exam sent to fill in, a rejection that only says others were invited ("dat wij u niet uitnodigen voor een
 * gesprek", "unfortunately you are not one of them"), and the checks before hiring that a screening firm or a county
 * sends: a background screening, an Enhanced DBS application, references to name, an exam passed and a list to wait on.
 * Those are updates: the rules knew none of them, and the text model read them as an acknowledgement or a test.
 */
import { definePhrases, type Phrase } from './types'

const english = definePhrases('en', {
  rejection: [
    [4, "(?:unfortunately|sadly|regrettably),? (?:you are|you're) not (?:one of (?:them|those)|among them|on (?:the|our) shortlist)"]
  ],
  assessment: [
    [4, '(?:teach|deliver|give|plan) a (?:\\d+[- ]minute )?(?:mock|model) lesson|mock lesson|teaching (?:demonstration|demo)'],
    // A work trial in a tradesman's words: "come out with me and the lads Wednesday, see how you get on? Paid day obviously."
    [3.5, '(?:come (?:out|in|along|down)|join (?:me|us))[^.!?\\n]{0,80}?see how (?:you|it) (?:get|gets|go|goes) on|paid (?:trial )?day']
  ],
  // A college place and a flat, with a job's words ("pleased to make you an offer", "proceed with another applicant"):
  // each row counts once, so a second sign is what outweighs the three or four phrases of an offer or a rejection.
  unrelated: [
    [
      8,
      'offer you a place on:?\\s+(?:the\\s+|our\\s+)?(?:[\\w-]+\\s+){0,6}(?:course|diploma|degree|module|certificate)|places? on (?:the|our) (?:[\\w-]+ ){0,4}(?:course|diploma|degree)'
    ],
    [4, 'student finance|learning grant|tuition fees?|(?:attending|after) the viewing'],
    [4, 'welcom\\w* you to the (?:college|university|course)|admissions (?:team|office)']
  ],
  update: [
    [
      4,
      '(?:dbs|background|criminal record|police) (?:screening|application|disclosure|vetting)|enhanced dbs|reference (?:survey|questionnaire)|(?:contact (?:information|details) for|enter|nominate) (?:at least )?(?:\\d+|two|three|four|five) (?:professional )?references|references will be (?:asked|contacted|sent)'
    ],
    [
      4,
      '(?:you )?(?:have )?passed the (?:[\\w-]+ ){0,3}(?:examination|exam)|(?:placed|put|remain|kept) on the (?:[\\w-]+ ){0,2}(?:eligible|eligibility|reserve) list|eligible list'
    ]
  ]
})

const dutch = definePhrases('nl', {
  rejection: [
    [
      4,
      '(?:u|je|jou) (?:\\p{L}+ ){0,2}niet (?:uitnodigen|uit te nodigen|uitgenodigd) (?:voor|op|tot) (?:een|het|de) (?:\\p{L}+ )?(?:gesprek|sollicitatiegesprek|selectiegesprek|kennismakingsgesprek)',
      'none'
    ]
  ]
})

const spanish = definePhrases('es', {
  interview_request: [
    [4, '(?:quiere|quieren|queremos|querría|querríamos|quisiera|quisiéramos|gustaría|desea|deseamos) entrevistar(?:te|le|la|lo|les|os)']
  ],
  assessment: [
    [4, '(?:te|le|les) (?:compartimos|enviamos|adjuntamos|mandamos|hacemos llegar) (?:el|la) (?:examen|prueba|ejercicio|caso práctico)']
  ]
})

const french = definePhrases('fr', {
  assessment: [[3.5, "(?:viens|venez) (?:faire|passer) une journée[^.!?\\n]{0,60}?(?:voir comment|à l'essai)|journée (?:est )?payée"]],
  interview_request: [
    [4, '(?:aimerai\\p{L}*|voudrai\\p{L}*|souhait\\p{L}*|désir\\p{L}*) (?:te|vous) rencontrer en (?:entrevue|entretien)']
  ],
  // Tutoiement, as in Québec: "Nous avons bien reçu ta candidature".
  acknowledgement: [
    [4, '(?:nous )?avons bien reçu ta (?:candidature|demande|cv)|ta candidature (?:a bien été|a été) (?:reçue|enregistrée)']
  ]
})

const italian = definePhrases('it', { assessment: [[4, 'lezione (?:simulata|dimostrativa)']] })
const portuguese = definePhrases('pt', { assessment: [[4, 'aula (?:simulada|teste|de demonstração)|aula-teste']] })

export const OWN_WORDS_CONCEPTS: readonly Phrase[] = [...english, ...dutch, ...spanish, ...french, ...italian, ...portuguese]
