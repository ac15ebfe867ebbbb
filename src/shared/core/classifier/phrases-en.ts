/**
 * English phrasing of hiring mail. Weights: 4 decides alone, 2.5 strong, 1.5 supporting, <1 a hint.
 * Rejection and offer phrases are undone by "if …" (and offers also by "not …") in their sentence.
 */
import { definePhrases } from './types'

const NOT = "(?:not|won't|wouldn't|can't|cannot|aren't|isn't|will not|would not|are not|am not|unable to|not able to)"
const CANDIDATES = '(?:candidates?|applicants?|profiles?|individuals?|person)'

export const ENGLISH_PHRASES = definePhrases('en', {
  rejection: [
    [
      4,
      `(?:decided|decision|chosen|choose|opted|elected) (?:not )?to (?:move|proceed|go|continue|progress|pursue) (?:(?:forward|ahead) )?with (?:other|another|a different|different|more|an internal|a|one) (?:[\\w-]+ ){0,2}${CANDIDATES}`
    ],
    [
      4,
      `(?:move|moving|proceed|proceeding|go|going) (?:forward|ahead) with (?:other |another |a different |different )?${CANDIDATES} (?:whose|who|that|with)`
    ],
    [
      4,
      `${NOT} (?:be )?(?:mov|proceed|progress|advanc|continu|go|tak)\\w* (?:(?:forward|ahead|further) )?with (?:your|you|the next steps?|next steps?)`
    ],
    [
      4,
      `${NOT} (?:be )?(?:progress|advanc|mov|tak|invit)\\w* (?:your (?:application|candidacy|candidature|profile)|you) (?:forward|further|to (?:the )?next)`
    ],
    [3, `${NOT} (?:be )?(?:moving|going) (?:forward|ahead)`],
    [4, 'regret to (?:inform|let you know|tell|advise|say)'],
    [3.5, '(?:sorry|sad|disappointed) to (?:inform you|let you know|tell you|say|share|have to tell you)'],
    [4, `${NOT} (?:be )?(?:offering you|offer you) (?:the |this |a )?(?:post|position|role|job)`],
    [4, `${NOT} (?:be )?(?:taking|moving) your (?:application|candidacy) (?:any )?further`],
    [3.5, '(?:decided|decision) to (?:offer|give) the (?:post|position|role|job) to (?:someone|another|a candidate)'],
    [
      4,
      '(?:position|role|vacancy|opening|job|req(?:uisition)?) (?:has|have) (?:now |already |since |unfortunately )?been (?:filled|closed|cancell?ed|put on hold|withdrawn|paused|eliminated)'
    ],
    [
      4,
      '(?:position|role|vacancy|opening|req(?:uisition)?) (?:is|was) (?:now |currently |unfortunately )?(?:filled|closed|on hold|no longer (?:open|available))'
    ],
    [4, "(?:we've|we have|we) (?:filled|closed|paused) (?:the|this) (?:position|role|opening|search)"],
    [4, '(?:put|placed|putting|placing) (?:the|this) (?:position|role|hiring|search|opening|req(?:uisition)?) on hold'],
    [3.5, 'hiring freeze|no longer hiring for|paus(?:ed|ing) (?:our |all )?hiring'],
    [
      4,
      `(?:selected|chosen|hired|went with|gone with|moved forward with|offered the (?:role|position) to|extended an offer to|made an offer to) (?:another|a different|an internal|other|a) (?:[\\w-]+ )?${CANDIDATES}`
    ],
    [4, `pursue other ${CANDIDATES}`],
    [
      3.5,
      "(?:another|other|a different) (?:candidate|applicant)(?:'s|s')? (?:[\\w-]+ ){0,6}(?:was|were|is|are) (?:a )?(?:closer|better|stronger|more suitable) (?:fit|match)"
    ],
    [
      3.5,
      `${CANDIDATES} (?:(?:whose|with) (?:experience|background|skills|qualifications|profiles?|backgrounds) |who |that )?(?:more closely|better|more directly|most closely|more fully) (?:align|match|fit|meet)\\w*`
    ],
    [
      3.5,
      "(?:were|was|have|has|are) not (?:been )?(?:selected|successful|shortlisted)|(?:weren't|haven't been|hasn't been|wasn't) (?:selected|successful|shortlisted)"
    ],
    [4, '(?:application|candidacy) (?:was|has been|is|were) unsuccessful|unsuccessful (?:on this occasion|this time)'],
    [2.5, "(?:not|isn't|wasn't|is not|was not) (?:the right|a (?:good |strong |great )?)(?:fit|match)"],
    [4, 'unable to (?:offer you|extend (?:you )?an offer|move forward|proceed|progress)'],
    [4, '(?:decided|decision|chosen|chose|opted|elected) (?:not to|to not) (?:proceed|move|continue|progress|pursue|extend|advance)'],
    [
      3.5,
      "(?:will|we'll|i'll|they'll|you'll|he'll|she'll) (?:not|no longer) be (?:considering|considered|pursuing)|no longer (?:being )?considered"
    ],
    [1.5, 'keep your (?:resume|cv|details|information|profile|application) on file'],
    [1.2, 'wish(?:ing)? you (?:the (?:very )?best|all the best|every success|much success|success|luck|the best of luck|good luck)'],
    [1.2, 'after (?:careful|much|thorough|long|serious) (?:consideration|deliberation|review)'],
    [1.2, '(?:difficult|tough|hard) decision'],
    [0.8, 'unfortunately|regrettably|sadly'],
    [1, 'encourage you to (?:apply|keep an eye|check)|future (?:openings|opportunities|roles|positions|vacancies)']
  ],
  offer: [
    [3.5, 'you are (?:exactly )?the (?:person|candidate) we (?:were|have been) looking for'],
    [3.5, '(?:love|like) to have you join|have you join (?:us|the team|our team)(?! for)|approved your (?:hiring|hire)'],
    [
      3.5,
      "(?:would|we'd|i'd|they'd|he'd|she'd) love (?:for )?you to join (?:us|the team|our team)(?! for)|(?:want|like) you (?:on the team|on our team|to join (?:the|our) team)"
    ],
    [4, 'approved your appointment|your appointment as|the (?:job|role|position|post) is yours'],
    [
      4,
      "(?:have|we've|i've|they've) (?:decided|chosen) to (?:hire|appoint|offer) you|you (?:have been|were|are) (?:successful|selected|chosen) for the (?:role|position|post|job)(?! interview)"
    ],
    [
      4.5,
      '(?:pleased|happy|delighted|excited|thrilled|glad) to (?:extend|offer|make|present|send) (?:you )?(?:an? |the |our )?(?:formal |verbal |written |official |conditional )?(?:offer|position|role|job)'
    ],
    [
      4,
      "(?:would|we'd|i'd|they'd|he'd|she'd) like to (?:extend|make|offer) (?:you )?(?:an? |the |our )?(?:formal |verbal |written |official )?(?:offer|position|role|job)"
    ],
    [
      3.5,
      '(?:extend|extending|extended|make|making|send|sending) (?:you )?(?:an? |our )(?:formal |verbal |written |official |conditional )?offer'
    ],
    [4, 'offer you (?:the |a )?(?:position|role|job|post)'],
    [
      4,
      '(?:pleased|happy|delighted|thrilled|glad|excited) to (?:tell you|let you know|inform you|confirm) (?:that )?(?:you (?:got|have got|have been selected for)|we (?:want|would like) (?:you|to offer))'
    ],
    [3, 'offer (?:letter|of employment|package|details|paperwork)|(?:verbal|formal|written|official|conditional|job|employment) offer'],
    [2.5, '(?:accept|sign|countersign|review) (?:and sign )?(?:the|this|your|our) offer'],
    [
      1.2,
      '(?:base salary|annual salary|sign(?:ing|-on) bonus|equity grant|stock options|compensation package|total compensation|start date|relocation package)',
      'negation'
    ],
    [1, 'congratulations', 'none'],
    [2, 'welcome (?:you )?(?:aboard|to the team|on board)', 'negation']
  ],
  interview_request: [
    [
      4,
      '(?:invite|inviting|invitation) (?:you )?(?:to|for) (?:an? |the |your |our )?(?:[\\w-]+ ){0,3}(?:interviews?|conversation|call|chat|meeting|onsite|on-site|round|loop|screen|visit)'
    ],
    [
      3,
      '(?:schedule|set up|arrange|book|organi[sz]e|line up) (?:an? |the |your |some |our )?(?:[\\w-]+ ){0,2}(?:interviews?|calls?|chat|conversation|meeting|time to (?:talk|chat|speak|meet)|screen|onsite|on-site|session)',
      'both'
    ],
    [3, "(?:would|we'd|i'd|they'd|he'd|she'd) (?:love|like) to (?:speak|talk|chat|meet|connect|set up|schedule|invite|have you)", 'both'],
    [2.5, "(?:your|share your|send (?:me|us) your|what is your|what's your|with your|let (?:me|us) know your) availability"],
    [1.5, 'availability', 'none'],
    [2.5, '(?:what|which) (?:times?|days?|dates?|slots?) (?:work|works|would work|suit|are good|is good)'],
    [2.5, '(?:are|would|will) you (?:be )?(?:available|free)'],
    [3, '(?:pick|choose|select|book|grab|find|reserve) (?:a|an|your|the) (?:time|slot|time slot|date|timeslot)'],
    [
      3,
      'scheduling (?:link|page|tool)|self-schedul\\w*|calendly\\.com|goodtime\\.io|app\\.greenhouse\\.io/\\S*schedul\\w*|\\S*schedul\\w*\\.ashbyhq\\.com|meetings\\.hubspot\\.com|calendar\\.app\\.google|cal\\.com/[\\w-]+',
      'none'
    ],
    [3.5, '(?:interview|call|meeting|chat|conversation|onsite|screen) (?:is|has been|was|are) (?:now )?(?:confirmed|scheduled|booked|set)'],
    [2.5, '(?:booking|appointment) (?:is|has been) (?:now )?(?:confirmed|scheduled)'],
    [3, '(?:confirm|confirming|confirmed|confirmation of) (?:your|the|our) (?:interview|call|meeting|time|slot|onsite)'],
    // Moving an interview already arranged is an update now (concepts-changes.ts), as every blind writer files it.
    [
      3,
      'next (?:round|step|stage) (?:is|will be|would be) (?:an? )?(?:[\\w-]+ ){0,2}(?:interview|call|conversation|chat|onsite|on-site|panel|meeting)'
    ],
    [2.5, '(?:move|moving|advance|advancing) (?:you )?(?:forward )?to the (?:next|final) (?:round|stage|step)'],
    [1.5, 'zoom\\.us/j|meet\\.google\\.com|teams\\.microsoft\\.com/l/meetup|webex\\.com/meet', 'none'],
    [
      1.5,
      '(?:phone|video|technical|onsite|on-site|panel|final|first|second|third|hiring manager|virtual) (?:interview|screen|round)',
      'none'
    ],
    [0.6, 'interview', 'none'],
    [1.5, '(?:looking forward to|look forward to) (?:speaking|talking|meeting|chatting)', 'none'],
    [1.5, '(?:calendar|meeting) invit(?:e|ation)', 'none']
  ],
  assessment: [
    [4, 'take[- ]home (?:assignment|exercise|challenge|test|project|task|assessment)'],
    [2.5, 'take[- ]home'],
    [
      3.5,
      '(?:coding|technical|programming|online|skills?|aptitude|cognitive|personality|written|data|troubleshooting|debugging|design) (?:challenge|assessment|exercise|test|task|quiz|evaluation)'
    ],
    [3, '(?:\\d+[- ](?:minute|hour)|short|small|quick|brief) (?:[\\w-]+ ){0,2}(?:exercise|challenge|test|task|assignment|assessment)'],
    [3, 'hackerrank|codility|codesignal|testgorilla|coderbyte|devskiller|hirevue|qualified\\.io'],
    [3, 'case (?:study|exercise|assignment|presentation)'],
    [
      3,
      '(?:complete|finish|submit|start|take) (?:the|this|a|an|your|our) (?:[\\w-]+ ){0,2}(?:assessment|assignment|exercise|test|questionnaire|challenge|task|quiz)'
    ],
    [2, 'questionnaire'],
    // Not a job's own title ("Benefits Assessment Officer", "Assessment Nurse"): training-30.
    [
      1.5,
      'assessment(?! (?:officer|nurse|co-?ordinator|manager|practitioner|worker|team|advis[eo]r|specialist|analyst|assistant|clerk|lead)s?(?![\\p{L}]))'
    ],
    [1.2, 'assignment'],
    [2.5, 'work sample|sample project|trial task|paid trial'],
    [1, '(?:within|in the next|deadline|due (?:by|within)) (?:\\d+|one|two|three|five|seven) (?:days|hours|business days)', 'none']
  ],
  acknowledgement: [
    [
      4,
      "(?:we've|we have|we) (?:successfully )?received your (?:application|resume|cv|submission)|(?:we've|we have) got(?:ten)? your (?:application|resume|cv)"
    ],
    [4, 'your (?:application|submission|resume|cv) (?:for [^.]{1,80} )?(?:has been|was|is) (?:successfully )?(?:received|submitted)'],
    [2.5, 'thank(?:s| you) (?:so much |very much )?for (?:applying|your application|submitting your application|your interest in)'],
    [3, 'application (?:received|confirmation|submitted)'],
    [
      2.5,
      "(?:will|we'll|i'll|they'll|you'll|he'll|she'll) (?:carefully )?(?:review|be reviewing|look (?:at|over)|assess|evaluate) your (?:application|profile|resume|cv|qualifications|background|experience)"
    ],
    [
      2.5,
      "if (?:your|you) (?:experience|qualifications|background|profile|skills|are) (?:a )?(?:match|matches|fit|fits|align|aligns|meet)|if (?:there is|there's) a (?:match|fit)"
    ],
    [1.5, '(?:high|large) (?:volume|number) of (?:applications|applicants)'],
    [
      1.5,
      'this is an automated|automated (?:message|email|response|notification)|do not reply to this (?:email|message)|please do not reply'
    ],
    [2, "(?:will|we'll|i'll|they'll|you'll|he'll|she'll) (?:be in touch|contact you|reach out|get back to you) (?:if|should)"],
    [1.5, '(?:track|check) (?:the status of )?your application']
  ],
  update: [
    [3, '(?:give|provide|send) you (?:a quick |an? |a brief )?(?:quick |brief |short )?update'],
    [2, '(?:update on|status of) your (?:application|candidacy)'],
    [4, '(?:interview|meeting|call|appointment) (?:[\\w-]+ ){0,6}(?:has been|was|is|have been) cancell?ed(?! and (?:re|moved))'],
    [
      3,
      '(?:contacted|in touch|back to you|contact you) (?:again )?with (?:a )?new (?:date|time)|new (?:date|time) (?:will be|is to be|to be) (?:confirmed|arranged|sent|agreed)'
    ],
    [2.5, '(?:still|currently) (?:reviewing|interviewing|evaluating|considering|meeting with|finali[sz]ing|working through|waiting)'],
    [
      2.5,
      '(?:thank you|thanks) (?:so much |very much |again )?for (?:your|the) (?:[\\w-]+ )?(?:note|message|e-?mail|words|follow[- ]up|thank[- ]you|patience|update|reply|check[- ]in|checking in|nudge)|(?:thanks|thank you) for (?:checking|following) (?:in|up)'
    ],
    [
      2,
      '(?:it was|was) (?:great|lovely|a pleasure|nice|good) (?:meeting|to meet|speaking|talking|chatting) (?:with )?you too|enjoyed (?:meeting|speaking|talking|our conversation)(?: with you)? too'
    ],
    [
      2,
      '(?:hope|aim|plan|expect|intend|hoping|aiming|planning|expecting) to (?:make|reach|have|take|finalize|finalise|conclude|complete|wrap up|close) (?:a |the |our )?(?:final )?(?:decision|process|selection|shortlist)'
    ],
    [2.5, '(?:expect|hope) to (?:have|make|share|reach) (?:an? )?(?:update|decision|answer|news|feedback)'],
    [2, '(?:decision|update|feedback|news) (?:by|within|early next|next|later this|by the end of)'],
    [
      1.5,
      "(?:will|we'll|i'll|they'll|you'll|he'll|she'll) (?:be in touch|get back to you|follow up|circle back|update you|let you know|reach out)"
    ],
    [1.2, 'timeline|timeframe'],
    [1.5, 'delay|delayed|taking longer|slower than'],
    [
      3,
      '(?:reference|references) (?:check|contacts?|details)|(?:provide|send|share) (?:us )?(?:two |three |2 |3 )?(?:professional )?references'
    ],
    [2.5, 'background check'],
    [
      2.5,
      '(?:send|provide|share|upload) (?:us |me )?(?:a copy of |copies of )?(?:your )?(?:documents?|transcripts?|diploma|certificates?|portfolio|work permit|passport|writing sample|salary expectations)'
    ],
    [1.5, '(?:hiring manager|team|panel) (?:is|are|has been|have been) (?:out|away|travell?ing|on (?:vacation|leave|holiday|pto))'],
    [2, '(?:apologi[sz]e|sorry) for the (?:delay|wait|silence|slow)'],
    [1.5, 'keep you (?:posted|updated|in the loop)'],
    [2.5, 'still (?:very much )?in (?:the running|consideration|the process)'],
    [2, "(?:you'll|you will|you should|expect to) hear (?:back )?from (?:me|us)"]
  ],
  unrelated: [
    [4, '(?:new |recommended |suggested |top )?jobs? (?:for you|you may (?:be interested in|like)|matching your|that match)'],
    [3.5, 'job alert|jobs alert|(?:based on|matching) your (?:profile|search|preferences|recent search)|your (?:saved|job) search'],
    [1.5, '(?:is|are) hiring'],
    [
      1,
      '(?:apply|view) (?:now|job|all jobs|more jobs)|unsubscribe|manage (?:your )?(?:alerts|preferences|notifications|subscriptions)|email preferences'
    ],
    [2, 'newsletter|(?:view|read) (?:this )?(?:email )?in (?:your )?browser'],
    [
      3,
      '(?:your )?(?:receipt|invoice)(?: from| for| no| number)|(?:paid|payment) (?:with|by) (?:visa|mastercard|card|amex|paypal)|order (?:confirmation|number)|booking (?:reference|number)|(?:your |e-?)tickets?|boarding pass|(?<!\\()(?<!(?:statements?|bills?|letters?|licen[cs]e|passport),? (?:or |and |a |your )?)council tax(?!\\)| (?:officer|team|recovery|assistant|advis[eo]r|inspector|manager|clerk|administrator)s?)|instal?lment of|amount due|direct debit'
    ],
    [3.5, 'came across your (?:profile|linkedin|background|resume|github|cv)'],
    [2.5, '(?:open to|interested in|exploring) (?:new |other |a new )?(?:opportunities|roles|a conversation|hearing more)'],
    [3.5, 'on behalf of (?:my|our|a) client'],
    [1, '(?:exciting|great|unique) (?:opportunity|role|position)'],
    [2, '(?:recruit(?:ment|ing) (?:agency|firm|partner))|headhunt\\w*'],
    [
      3.5,
      'password (?:has been |was )?(?:changed|reset|updated)|reset your password|verify your (?:email|e-mail|account)|(?:verification|sign-in|one-time) (?:code|link|passcode)|confirm your email address|(?:candidate )?account (?:has been |was )?(?:created|activated)'
    ]
  ]
})
