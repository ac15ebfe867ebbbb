/**
 * Rejections and offers by concept rather than by stock phrase (issue 11): a decision about someone
 * else or not you ("the post has been offered to another applicant", "nos hemos decantado por un perfil",
 * "besloten een andere kandidaat aan te nemen"), a closed or filled post, "not taken forward"; an
 * appointment, a contract sent, "we want you", a conditional offer. Parts may stand a few words apart.
 * Written from how hospitals, schools, councils, founders and agencies say it; English here, the other six
 * languages in concepts-decisions-more.ts.
 */
import { OTHER_LANGUAGE_DECISIONS } from './concepts-decisions-more'
import { definePhrases, type Phrase } from './types'

const NOT =
  "(?:(?:won't|will not|wouldn't|would not) be able to|not|won't|wouldn't|can't|cannot|aren't|isn't|haven't|hasn't|wasn't|weren't|will not|would not|are not|have not|has not|was not|were not|unable to|not able to|not in a position to)"
/** Who the decision went to, when it is not the reader. */
const OTHER_EN =
  '(?:another|other|a different|an internal|an external|someone|somebody|one of (?:the|our) other|one of our (?:existing|current|own)|an existing|a current|a member of (?:our|the) (?:existing )?(?:staff|team)|a candidate whose|candidates whose|an applicant whose|applicants whose|a colleague|a person whose)'
const POST_EN = '(?:post|position|role|job|place|vacancy|opening|posting|contract|appointment|opportunity|offer)'
const PERSON_EN =
  '(?:candidates?|applicants?|person|people|individuals?|profiles?|nurses?|teachers?|colleagues?|professionals?|engineers?|developers?|designers?|analysts?|hire|finalists?|guy|lad|fella|chap|woman|man|girl|locum)'
const W = "(?:[\\w'&()/-]+ )" // one English word and its space

const english = definePhrases('en', {
  rejection: [
    // "the Board has recommended another candidate for appointment to the post".
    [4, `(?:recommended|nominated|put forward|shortlisted only) ${OTHER_EN} ${PERSON_EN}`],
    // "I've given the job to a young fella", "we've offered the post to…" (never to you); "we're promoting from within".
    [
      4,
      `(?:give|giving|given|gave|offer|offering|offered|award|awarding|awarded|hand|handing|handed) (?:the|this|that) ${POST_EN} to (?:a|an|another|someone|somebody|one|the other|our|one of)(?![\\w'])`
    ],
    // "I've taken on a young fella who's done a year at college", "we've gone with a driver who already holds the C1".
    [
      4,
      `(?:taken|took|taking|take) on (?:a |an |another |someone|somebody)(?:[\\w'-]+ ){0,3}(?:who|${PERSON_EN}|lad|fella|guy|girl|woman|man|apprentice|driver|chef|assistant)(?![\\w'])`
    ],
    [4, "(?:gone|went|going) (?:ahead )?with (?:a|an|another) (?:[\\w'-]+ ){0,2}[\\w'-]+ who"],
    [
      3.5,
      "(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:it's|it is|you're|you are|this is|that's|you'd be|you would be) (?:quite |really |exactly )?(?:the right|a (?:good|great|strong))(?: [\\w-]+)? (?:fit|match)"
    ],
    [4, "(?:position|role|job|post|vacancy|place)'s (?:now |already )?been (?:filled|taken)"],
    [
      4,
      "(?:did not|didn't|do not|does not|don't|doesn't) (?:meet|reach|achieve) (?:the )?(?:threshold|standard|benchmark|pass mark|required (?:level|standard|score)|minimum)"
    ],
    // "I'm going to keep looking", "we'll continue our search", "we will be re-advertising the post".
    [
      3.5,
      "(?:going to|gonna|we'll|i'll|we will|i will|decided to|have to|need to|'re going to) (?:keep|continue) (?:looking|searching|our search|the search|recruiting|advertising)(?! (?:out )?for (?:you|something|other|roles|opportunities|positions|jobs))|(?:re-?advertis(?:e|ing)|re-?open(?:ing)?) the (?:post|position|role|vacancy)"
    ],
    [4, '(?:promot(?:e|ed|ing)|fill(?:ed|ing)? (?:it|the (?:role|post|position))) (?:from )?(?:within|internally)'],
    [
      3.5,
      '(?:hold|holding) off (?:on )?(?:hiring|recruiting|filling)|(?:decided|had) to (?:pause|postpone|freeze) (?:the )?(?:hire|hiring|recruitment|search)'
    ],
    [4, `${NOT} (?:be )?(?:progressing|progress|taking|moving|advancing|proceeding with) your (?:application|candidacy|cv|resume)`],
    [4, '(?:decided|chosen|going|opted|agreed) to (?:hire|recruit|appoint|fill (?:the|this) (?:role|position|post|vacancy)) internally'],
    [4, `${POST_EN} (?:[\\w-]+ ){0,5}(?:is|has) (?:now )?no longer (?:available|open|being (?:recruited|advertised|filled))`],
    [4, "(?:wasn't|was not|isn't|is not|has not been|hasn't been) in your favou?r"],
    [
      4,
      `(?:another|other|a different) (?:[\\w-]+ ){0,2}${PERSON_EN} (?:has|have|was|were) (?:been |now been )?(?:selected|chosen|appointed|hired|offered)`
    ],
    [
      3.5,
      "(?:profile|experience|background|skills|qualifications) (?:[\\w-]+ ){0,2}(?:doesn't|does not|didn't|did not|don't|do not) (?:quite |fully )?(?:match|fit|meet|align)"
    ],
    [
      4,
      `${POST_EN} ${W}{0,4}(?:will be|is|has been|has|was)(?: now| actually| already| since| unfortunately)? (?:going|gone|given|offered|awarded) to ${OTHER_EN}`
    ],
    [4, `${NOT} (?:going to |be )?(?:make|making|extend|extending) (?:you )?(?:an? )?offer`],
    [
      4,
      "(?:did not|didn't|will not|won't|could not|couldn't|have not|haven't) (?:shortlist|select|progress|invite|choose|take forward|move forward with) you"
    ],
    [
      4,
      '(?:found|identified|hired|recruited|appointed|chosen) (?:someone|somebody|a candidate|the right (?:person|candidate)|our (?:new|next) [\\w-]+|a suitable candidate|the successful candidate|the person we)',
      'both'
    ],
    [
      4,
      "(?:we've|we have|have now|we) (?:now |already )?(?:hired|filled|recruited|appointed) (?:for )?(?:the|this|that) (?:[\\w-]+ ){0,3}(?:role|position|post|job|vacancy)",
      'both'
    ],
    [3.5, 'clos(?:e|ed|ing) (?:out |off )?your (?:application|candidacy)'],
    [
      3.5,
      "(?:isn't|is not|wasn't|was not|aren't|are not|not) (?:be )?(?:quite |really |exactly |necessarily )?(?:the right |a (?:good |strong |great |close )?|the best )(?:fit|match)"
    ],
    [
      4,
      `(?:went|gone|going|go|opted|settled) (?:ahead |forward )?(?:with|for) (?:someone|somebody|${OTHER_EN} (?:[\\w-]+ ){0,2}${PERSON_EN})`
    ],
    [
      4,
      '(?:application|candidacy|candidature) (?:[\\w-]+ ){0,8}(?:has been|was|have been|is) (?:declined|rejected|turned down)|(?:declined|rejected) your application'
    ],
    [
      4,
      `${NOT} (?:be |been |being )?(?:take|carry|put|progress|move|advance) (?:your application |your candidacy |you |it |this )(?:any )?(?:forward|further|through|to (?:the )?(?:next|interview))`
    ],
    [4, `${NOT} (?:be |been )progressed(?! to (?:the )?(?:next|interview))`],
    [
      4,
      '(?:decided|chosen|opted|elected|agreed) (?:not to|to not) (?:offer|appoint|hire|invite|shortlist|take|select|recommend|interview)'
    ],
    [
      3.5,
      "(?:we're|we are|we'll|we will|going to|decided to|have to|'ll|gonna) pass(?= on (?:this|your|you|it)| for now| this time| at this (?:time|stage)| ?[.,;!-])"
    ],
    [
      4,
      'status (?:[\\w-]+ ){0,8}(?:changed to|updated to|is now|is)[: ]+(?:not selected|not shortlisted|unsuccessful|rejected|declined|not progressed|no longer (?:under|in) consideration)'
    ],
    [
      4,
      `(?:chosen|selected|picked|hired|appointed|gone for|went for|gone with|went with|offered (?:it|the job|the post|the role) to) (?:another|a different|an internal|an external|one of the other) (?:[\\w-]+ ){0,2}${PERSON_EN}`
    ],
    [
      4,
      "(?:have|has|we've) (?:now )?appointed to (?:this|the) (?:[\\w-]+ ){0,3}(?:post|position|role|vacancy)|(?:post|position|vacancy) has (?:now )?been appointed to|an appointment has (?:now )?been made"
    ],
    [3.5, "(?:it's|it is) a no from (?:us|me|the team)|(?:we'll|we will|going to|decided to) pass on (?:your|this|moving)"],
    [3.5, '(?:felt|decided|thought) (?:that )?(?:other|the other|another) (?:candidates?|applicants?) (?:had|have|has|were|was|brought)'],
    [4, `(?:offered|given|awarded) (?:the|this|that) ${W}{0,4}${POST_EN} to ${OTHER_EN}`],
    [4, `${POST_EN} ${W}{0,4}(?:has|have) (?:now |already )?been (?:offered|given|awarded) to ${OTHER_EN}`],
    [
      4,
      `(?:decided|chosen|chose|opted|elected|agreed|made the decision|made a decision) ${W}{0,3}to (?:appoint|hire|offer|select|progress|proceed|go|move|continue|recruit|take on|focus on|pursue|move forward|interview|shortlist) ${W}{0,3}(?:with )?${OTHER_EN}`
    ],
    [
      4,
      `(?:went|gone|going|go|proceeded|proceeding) (?:ahead |forward )?with (?:someone|somebody|another (?:candidate|applicant|person)|a different (?:candidate|applicant|person)|an internal (?:candidate|applicant)|a candidate (?:who|whose|with)|the other (?:candidate|applicant))`
    ],
    [3.5, '(?:go|going|gone|went|head|heading|take|taking|took) (?:in )?a different direction'],
    [4, `${NOT} (?:be )?(?:offering|offer) you (?:a |the |this |that )?${W}{0,3}(?:post|position|role|job|place|contract|appointment)`],
    [
      4,
      `${NOT} (?:been |be |being )?(?:taken|taking|carried|carrying|put|putting|progressed|progressing|moved|moving) (?:your application |you |it )?(?:forward|further|through)`
    ],
    [4, `${NOT} (?:be )?invit\\w* you (?:to|for) (?:an? |the )?(?:interview|next|second|final|assessment)`],
    [
      3.5,
      `(?:posting|vacancy|position|post|role|job|opening|requisition)\\b[^.\\n]{0,80}? (?:is|has) (?:now )?(?:been )?(?:closed|filled)(?! (?:on|at|until|for applications on))`
    ],
    [
      4,
      'recommendation (?:for|to) (?:hire|appoint)(?:ment)? has been made|(?:successful|preferred) candidate has (?:been (?:appointed|selected|identified)|accepted)'
    ],
    [
      2,
      "(?:panel|committee|board|team|client|school|hiring manager) (?:has|have|'s) (?:now )?(?:made|reached) (?:its|their|a|the) (?:final )?decision",
      'none'
    ]
  ],
  offer: [
    // "I'm delighted to send on your contract of employment", "please find attached your offer letter".
    [
      4,
      '(?:send|sending|sent|attach|attached|attaching|enclose|enclosed|enclosing) (?:on |over |you )?(?:your|the) (?:contract of employment|employment contract|offer letter|letter of offer)'
    ],
    [4, 'bring you (?:on board|onboard|aboard|on|into the team)(?! (?:for|to) (?:a|an|the) (?:call|chat|interview|meeting))'],
    [4, '(?:excited|delighted|pleased|happy|thrilled) to welcome you (?:to the team|aboard|on board|as (?:our|a|the))'],
    [3, 'your (?:first (?:day|shift)|start date|starting date) (?:will be|is|at|with us)'],
    [
      4,
      '(?:love|like|want|delighted|thrilled|excited|pleased) (?:for )?you to (?:come on board|come aboard|join (?:us|the team|our team)(?! for| on (?:a|the) call| at)|start (?:on|in|with us|from)|be part of (?:the|our) team)'
    ],
    [4, '(?:to|will|would|shall) appoint you(?! to (?:the|a|our) (?:panel|interview|shortlist))'],
    [4, "you(?:'ve| have) been successful(?= ?[.,!;]| and (?:we|i)| for the (?:post|position|role|job)| on this occasion)"],
    [4, '(?:contract|offer letter|letter of (?:appointment|offer))(?: of employment)? (?:is|are) (?:attached|enclosed)'],
    [4, "you(?:'ve| have)? got the (?:job|role|position|place|post)|(?:job|role|position|post|place)(?: is|'s) (?:all )?yours"],
    [4, `offer you (?:the|a|this|our) ${W}{0,5}(?:post|position|role|job|place|contract|appointment)`],
    [4, '(?:confirm|confirming) (?:our|my|the|your) (?:verbal |formal |written |conditional )?offer'],
    [
      4,
      `(?:decision|decided|pleased|delighted|happy|glad|able) to appoint you|appoint you (?:to|as) (?:the|our|a) ${W}{0,3}(?:post|position|role)|appointment to the post of`
    ],
    [
      4,
      `(?:please find|attached (?:is|are|please find)?|enclosed (?:is|are|please find)?|i(?:'ve| have) attached|here(?:'s| is)) (?:attached |enclosed )?your (?:${W}){0,2}(?:contract|offer letter|letter of (?:offer|appointment)|employment contract)`
    ],
    [
      3.5,
      '(?:we|they|the client|the team|the school|the board) (?:really |all )?(?:want|wants) you(?:[!.]| to (?:join|start|come and (?:join|build|work)|be (?:part|our)))'
    ],
    [
      2,
      'subject to (?:satisfactory |two |the )?(?:references|pre-employment checks|(?:an )?(?:enhanced )?dbs|occupational health|right to work|registration|background checks?|medical)',
      'none'
    ],
    [2, 'sign and return', 'negation']
  ]
})

export const DECISION_CONCEPTS: readonly Phrase[] = [...english, ...OTHER_LANGUAGE_DECISIONS]
