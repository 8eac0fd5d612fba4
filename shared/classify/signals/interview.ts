import type { PhraseRule, Reroute } from '../phrase-rule.ts';

/** Meetings an invitation can be for; "call" and "chat" count, tests and assessments do not. */
const MEETING =
  '(?:interviews?|zoom|teams call|google meet|phone screen(?:ing)?|screening call|(?:phone|video|zoom|teams|intro(?:ductory)?|quick|short|brief|initial|follow-up|discovery|first|technical)? ?(?:call|chat|conversation)|meet(?:ing)?(?! (?:the|our|your) (?:requirements|criteria|needs|qualifications|minimum))|on-?site|in-person|panel|video conference|(?:[a-z-]+ ){0,2}round|(?:office |campus |site )?visit|come (?:in|by|into)|stop by|tour|day with (?:us|the team)|shadow(?:ing)? day)';

/** A day or clock time as a proposal names it ("this Thursday", "tomorrow", "3pm", "11:15"). */
const DAY_OR_TIME = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m|p\\.m)|\\d{1,2}:\\d{2})';

/**
 * The same as people type it on a phone too: "tmrw", "thurs", "wed", "9.30am", "13.00". Used only
 * where a slot is put or held, so a short day word is not read as anything else.
 */
const SHORT_DAY_OR_TIME =
  '(?:mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs?)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|tomorrow|tmrw?|tmw|today|\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m|p\\.m)|\\d{1,2}[:.]\\d{2})';
/** A clock time alone ("10:30", "3pm", "9.30am"): what turns a day into a slot. */
const CLOCK_TIME = '(?:\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m|p\\.m)|\\d{1,2}[:.]\\d{2})\\b';

/** A meeting named as a noun ("the final round", "the interview", "a call"). */
const MEETING_NOUN = '(?:interview|call|chat|meeting|round|conversation|session|screen|onsite|on-site|panel|visit)';

/** "If selected, we will contact you to schedule an interview": a receipt talking about later. */
const CONDITIONAL: Reroute = { tag: 'confirmation:conditional-interview', kind: 'confirmation', weight: 2 };
/** "We are unable to invite you to an interview": a decision against the candidate. */
const NEGATED: Reroute = { tag: 'rejection:negated-interview', kind: 'rejection', weight: 4 };

const guarded = { whenNegated: NEGATED, whenConditional: CONDITIONAL } as const;

/** Work done as the interview (shops, kitchens, trades): a trial shift, a working interview, a shadow day. */
const TRIAL_WORK = '(?:trial (?:shift|day|session)|working interview|shadow(?:ing)? (?:shift|day))s?';

/**
 * Trial work put to the candidate: asked for ("can you do a trial shift Saturday?", "we'd like to book
 * you in for a working interview") or fixed to a day or hour ("your trial day is Thursday at 9"). The dated form
 * needs "is"/"will be", so thanks for one already done ("thanks for the trial shift today") is not it.
 * A negation is dropped, not read as a decline: "we don't do trial shifts" declines nothing.
 */
const TRIAL_WORK_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:do|doing|book you (?:in )?for|pencil you in for|fit you in for|set up|arrange|invite you (?:to|for)|free for|available for|up for|fancy|have you in for)\\s+(?:an?|the|your)\\s+(?:[a-z-]+\\s+)?${TRIAL_WORK}\\b`,
  ),
  new RegExp(`\\b(?:your|the) ${TRIAL_WORK} (?:is|will be|'s) (?:on |at |this |next )?${SHORT_DAY_OR_TIME}\\b`),
];

export const INTERVIEW_RULES: readonly PhraseRule[] = [
  {
    tag: 'interview:invite',
    kind: 'interview',
    weight: 5,
    pattern: new RegExp(`\\b(?:invite|inviting|invitation|invited)\\b[^.;]{0,40}?\\b${MEETING}`),
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:schedule',
    kind: 'interview',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:schedule|scheduling|set up|setup|arrange|arranging|book|booking|coordinate|coordinating|line up|find a time for|organi[sz]e|reschedule|rescheduling|hop on|jump on|get on)\\b[^.;]{0,40}?\\b${MEETING}`,
    ),
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:next-round',
    kind: 'interview',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:like|likes|happy|pleased|excited|delighted|glad|want|wants|wish|wishes|decided|chosen) to (?:move|moving|proceed|advance|progress|invite)\\b[^.;]{0,40}?\\b(?:forward with (?:you|your)\\b(?! (?:other|another))|(?:forward |ahead )?with (?:an? |the |your )?(?:[a-z-]+ ){0,2}?${MEETING}|(?:to )?the next (?:step|round|stage)|with (?:you|your (?:application|candidacy))\\b)`,
    ),
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:selected-for-interview',
    kind: 'interview',
    weight: 5,
    pattern:
      /\b(?:you (?:have|'ve) been|you are|you're|been) (?:selected|shortlisted|short-listed|chosen|invited)\b[^.;]{0,30}?\b(?:interview|next (?:round|stage|step)|call|meet)/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:availability',
    kind: 'interview',
    weight: 3,
    pattern:
      /\b(?:your availability|availabilit(?:y|ies) (?:for|this|next)|(?:times?|slots?|days?|dates?|windows?) (?:that |which )?(?:works?|suits?|fits?|are convenient|is convenient)(?: best)?(?: for)? you|(?:share|send|give|suggest|propose|provide|offer) (?:me |us )?(?:a few|some|two|three|several|\d|your|any) (?:\w+ )?(?:times|slots|dates|windows|options)|when (?:are|would) you (?:be )?(?:available|free)|let (?:me|us) know (?:when|what time|which (?:time|slot|day)|a (?:time|day)|your avail|if (?:any of )?these (?:times|slots))|what (?:days?|times?) (?:work|suit)|(?:are|would) you (?:be )?(?:available|free) (?:for|on|to|this|next|tomorrow|monday|tuesday|wednesday|thursday|friday|at)|(?:do|does|would) (?:any of )?(?:these|the following) (?:times?|slots?|days?|dates?)|(?:confirm|let (?:me|us) know) (?:if |whether |that )?(?:this|that|the) (?:time|date|slot|day)s? (?:works?|suits?|is convenient))\b/,
    where: 'body',
    ...guarded,
  },
  {
    // A request to the candidate about talking: "please send me a time when I can call you", "let me
    // know a good time to call". The same family as the questions read in call-question.ts.
    tag: 'interview:call-request',
    kind: 'interview',
    weight: 4,
    pattern:
      /^(?:please|kindly)\b[^.;!?]{0,60}?\b(?:call|ring|phone|talk|speak|chat)\b|\blet (?:me|us) know\b[^.;!?]{0,40}?\b(?:to|for|can|could) (?:a |an )?(?:(?:quick|short|brief|phone) )?(?:call|ring|phone|talk|speak|chat)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // One slot put to the candidate: "does this Thursday at 3pm (your time) work?", "let's plan on
    // Wednesday the 18th at 11:15". A receipt never names a day for the candidate.
    tag: 'interview:proposed-time',
    kind: 'interview',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:does|would|will|can|could|is)\\b[^.;?]{0,30}?\\b${DAY_OR_TIME}\\b[^.;?]{0,40}?\\b(?:work|works|suit|suits|be (?:ok|okay|possible|convenient|good))\\b|\\b(?:let's|lets|let us)\\s+(?:plan|pencil|book|aim|say|lock|go)\\b[^.;?]{0,20}?\\b${DAY_OR_TIME}\\b|\\b(?:locking|locked|pencil+ing|pencil+ed|holding|booking|booked)\\s+(?:in\\s+|you in\\s+(?:for\\s+)?)${DAY_OR_TIME}\\b`,
    ),
    where: 'body',
    ...guarded,
  },
  {
    // A slot stated as settled or put to the candidate, in any register: "tmrw 2pm MT still good?",
    // "next wk tues 10am CT is locked in", "confirming tmr (thurs) 11:30am", "put you down for fri
    // 2pm-ish", "the interview with our CPO is on Wednesday", "we'd like to do the final round this
    // Thursday", "we'd love to host you for the onsite round on Tuesday". A receipt names no slot.
    tag: 'interview:slot-put',
    kind: 'interview',
    weight: 4,
    // "works for me" is the candidate accepting (see voice.ts), not the employer putting a slot.
    pattern: new RegExp(
      `\\b${SHORT_DAY_OR_TIME}\\b[^.;?!\\n]{0,40}?\\b(?:still (?:good|ok|okay|on|work|works)|works?(?! for (?:me|us)\\b)|(?:is |are )?(?:locked in|confirmed|booked|set))\\b`,
    ),
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:slot-set',
    kind: 'interview',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:confirming|put you down for|(?:pencil+ed|booked|slotted) you in for|host you for|(?:i|we|she|he|they) can do|see you (?:on|at|this|next))\\b[^.;?!\\n]{0,30}?\\b${SHORT_DAY_OR_TIME}\\b` +
        `|\\b${MEETING_NOUN}\\b[^.;?!]{0,50}?\\b(?:is|will be) (?:on|at|set for|scheduled for|booked for|planned for) (?:this |next )?${SHORT_DAY_OR_TIME}\\b` +
        `|\\b(?:like|love|want) to (?:do|have|hold|run) (?:the|a|an|your) (?:[a-z-]+ ){0,2}?${MEETING_NOUN}\\b[^.;?!]{0,40}?\\b(?:on |this |next )${SHORT_DAY_OR_TIME}\\b` +
        `|\\b(?:meet|see) you\\b[^.;?!]{0,60}?\\b(?:on|this|next) ${SHORT_DAY_OR_TIME}\\b`,
    ),
    where: 'body',
    ...guarded,
  },
  // Slots settled in few words: "you're confirmed for the final round", "confirmed for tmrw 9am",
  // "it's set for Thursday", "let's do tomorrow at 4:15". Separate patterns only so that each stays
  // provably linear (test/hardening/redos.test.ts) and keeps a selective gate.
  ...[
    new RegExp(`\\b(?:you(?:'re| are)|you(?:'ve| have) been) (?:all )?(?:confirmed|booked|scheduled|set) (?:in )?for (?:the|a|an|your) (?:[a-z-]+ ){0,2}?${MEETING_NOUN}\\b`),
    new RegExp(`\\bconfirmed for (?:this |next )?${SHORT_DAY_OR_TIME}\\b|\\bit(?:'s| is| has been) (?:set|booked|scheduled|locked in|pencil+ed in) for (?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    new RegExp(`\\b(?:let's|lets|let us) (?:do|say|make it|go with|go for|meet|talk|speak|chat|catch up|aim for)\\b[^.;?!\\n]{0,20}?\\b${SHORT_DAY_OR_TIME}\\b`),
    // "locked in: this Thursday", "booked in for next Monday at 3", "got you down for tomorrow at 10".
    new RegExp(`\\b(?:locked|booked|pencil+ed) in\\s?[:,-]?\\s(?:for )?(?:this |next )?${SHORT_DAY_OR_TIME}\\b|\\b(?:got|have|has|had|put) you down for (?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    // "looking forward to Friday at 11", "look forward to seeing you tmrw": the slot is taken as held.
    new RegExp(`\\blook(?:ing)? forward to (?:(?:seeing|meeting|speaking with|talking with|chatting with) you |(?:our|the|your) (?:[a-z-]+ )?${MEETING_NOUN} )?(?:on |this |next )?${SHORT_DAY_OR_TIME}\\b`),
    // "I've booked Thursday at 4pm with me and our lead", "I'll call you tomorrow at 10:30", "we'll meet
    // on Monday at 15:00 at our office": the writer fixing a slot with the candidate.
    new RegExp(`\\b(?:i|we)(?:'ve| have) (?:booked|scheduled|set up|arranged|blocked|reserved) (?:us |you )?(?:in )?(?:for )?(?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    new RegExp(`\\b(?:i|we)(?:'ll| will) (?:meet|see) (?:you )?(?:on |at )?(?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    new RegExp(`\\b(?:i|we)(?:'ll| will) (?:call|ring|phone) (?:you )?(?:on |at )?(?:this |next )?(?:${SHORT_DAY_OR_TIME} )?(?:at )?${CLOCK_TIME}`),
    // "Interviews will take place on Tuesday 24/11", "the panel will be held on Monday": the day set.
    new RegExp(`\\b(?:interviews?|panels?|rounds?|sessions?|meetings?) (?:will take place|takes place|will be held|are being held|is being held) (?:on|at) (?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    // "I put Friday at noon on my calendar", "pencilled Tue 3pm into the diary": held by the writer.
    new RegExp(`\\b(?:put|pencil+ed|added|booked|blocked)\\s+(?:(?:this|next)\\s+)?${SHORT_DAY_OR_TIME}(?:,? (?:at )?${SHORT_DAY_OR_TIME})?\\b[^.;?!]{0,30}?\\b(?:on|in|into) (?:my|our|the) (?:calendar|diary)\\b`),
  ].map((pattern): PhraseRule => ({ tag: 'interview:slot-set', kind: 'interview', weight: 4, pattern, where: 'body', ...guarded })),
  {
    // A meeting already arranged, moved by the writer: "we've moved your interview from Tue 3pm to
    // Wed 11am", "I've pushed our call back to Friday", "we need to move your onsite". A receipt never moves anything.
    tag: 'interview:rescheduled',
    kind: 'interview',
    weight: 5,
    pattern:
      /\b(?:moved|rescheduled|shifted|pushed|bumped|brought|switched|(?:need|needs|have|had|want) to (?:move|reschedule|shift|push)|(?:can|could|may|shall) (?:we|i) (?:move|push|shift|bump|reschedule)) (?:back |forward |up )?(?:your|ur|the|our) (?:[a-z-]+ )?(?:[a-z-]+ )?(?:interview|call|chat|meeting|round|screen|onsite|on-site|session|panel)\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: CONDITIONAL,
  },
  {
    // The stage ahead stated as a meeting: "next step is a tech interview with me", "the next stage
    // will be a call with our founder". "Would be" is left to the selection conditions (context.ts).
    tag: 'interview:next-step-meeting',
    kind: 'interview',
    weight: 4,
    pattern:
      /\bnext (?:step|stage)s? (?:is|will be|'s|for you is|for you will be) (?:(?:an?|the|your) )?(?:[a-z0-9-]+ ){0,3}?(?:interview|call|chat|conversation|meeting|screen|onsite|on-site|panel)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // "We'd like to move you to the technical interview": the next round named as a destination.
    tag: 'interview:next-round',
    kind: 'interview',
    weight: 4,
    pattern: /\b(?:like|love|want|happy|pleased|decided) to (?:move|progress|advance) you (?:on )?to (?:the|a|an|your) (?:[a-z-]+ )?(?:interview|round|stage)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // A list of slots put to the candidate: "please choose one of the following slots", "pick one of
    // these times", "select any of the dates below".
    tag: 'interview:availability',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:choose|pick|select|reply with)\b[^.;:]{0,12}?\b(?:of )?(?:the following|these|the) (?:times|slots|time ?slots|dates)\b/,
    where: 'body',
    ...guarded,
  },
  ...TRIAL_WORK_PATTERNS.map(
    (pattern): PhraseRule => ({ tag: 'interview:come-in', kind: 'interview', weight: 4, pattern, where: 'body', whenNegated: 'drop', whenConditional: CONDITIONAL }),
  ),
  {
    // The invitation as an errand, with no meeting noun: "come meet the team!", "pop in and meet
    // everyone on Friday", "swing by to meet our founders". Only the team or everyone: "stop by to meet
    // our engineers" (at a fair's booth) or "meet us" invites a crowd, not the candidate.
    tag: 'interview:come-in',
    kind: 'interview',
    weight: 4,
    pattern: /\b(?:come|pop|swing|stop|drop) (?:(?:in|by|over|down|along|round) )?(?:and |to )?meet (?:everyone|(?:the rest of |some of )?(?:the|our|my) (?:[a-z-]+ )?(?:team|founders?|crew|gang))\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: CONDITIONAL,
  },
  {
    // Asked straight out, without a "would you like": "come in for a trial shift on Saturday", "come
    // by for a chat tomorrow". A negation ("no need to come in for an interview") is not a decline.
    tag: 'interview:come-in',
    kind: 'interview',
    weight: 4,
    pattern: /\bcome (?:in|by|over|down|along) for (?:an? |the |your )?(?:[a-z-]+ )?(?:trial shift|trial day|trial|working interview|interview|chat)\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: CONDITIONAL,
  },
  {
    // A selection day in person ("invite you to our Assessment Centre", "attend the superday"): the
    // employer meets the candidate, whatever tests the day holds (see decide.ts).
    tag: 'interview:assessment-centre',
    kind: 'interview',
    weight: 6,
    pattern: /\b(?:invite|inviting|invited|invitation|attend|attending|join us)\b[^.;]{0,40}?\b(?:assessment (?:centre|center|day)|super ?day|selection day)s?\b/,
    where: 'body',
    ...guarded,
  },
  {
    // Asked in few words: "send me 2-3 times next week", "want to have 45 min call with you".
    tag: 'interview:availability',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:send|share|give|suggest) (?:me|us) \d(?: ?- ?\d)? (?:times|slots|dates|options)\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:speak-with-you',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:like|love|want|keen|happy|eager|glad) to have (?:an? )?(?:\d+[- ]?min(?:ute)?s? |(?:quick|short|brief|phone|video|first) )(?:call|chat|conversation)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // Asked to come to the workplace itself: "come by the workshop", "come down to the garage".
    tag: 'interview:come-in',
    kind: 'interview',
    weight: 4,
    pattern:
      /\bcome (?:in(?:to)?|by|down to|over to|round to|out to) (?:the|our|my) (?:workshop|factory|kitchen|restaurant|bakery|salon|garage|yard|depot|clinic|gallery|showroom|branch)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // The same family in the words people use when they ask in person: "when suits you?", "what's a
    // good time to call?", "do you have 15 minutes tomorrow?", "are you around for a quick chat?".
    // A separate rule only so that each keeps a selective gate (see literal-gate.ts).
    tag: 'interview:availability',
    kind: 'interview',
    weight: 3,
    pattern:
      /\bwhen (?:suits|works|would suit|would work|is (?:a )?(?:good|best|convenient))\b|\b(?:good|best|convenient|suitable) (?:time|day|number|moment)s? (?:and (?:time|number) )?(?:to|for) (?:a |an )?(?:(?:quick|short|brief|phone|video) )?(?:call|reach|talk|speak|chat|phone|ring|catch up|connect)\b|\bdo you have (?:(?:a (?:few|couple(?: of)?|spare)|\d+|some|fifteen|ten|twenty|thirty) (?:\w+ )?(?:minutes|mins|moments)|(?:some |any )?time (?:to|for|this|next|on|tomorrow))\b|\b(?:are|would) you (?:be )?around (?:for|on|to|this|next|tomorrow|monday|tuesday|wednesday|thursday|friday|at)\b|\bwhen (?:are|would) you (?:be )?around\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:booking-link',
    kind: 'interview',
    weight: 3,
    pattern:
      /\bcalendly\.|\bgoodtime\.io\b|\b(?:grab|book|pick|find|take|snag) (?:a |some |an? )?(?:\d+ ?(?:mins?|minutes)|time|slot|time ?slot|spot)\b[^.;]{0,20}?\b(?:on|in|from) (?:my|our) (?:calendar|diary|schedule)\b|\b(?:select|pick|choose|book|grab|reserve) (?:a|your|an|the)? ?(?:preferred )?(?:time|slot|time ?slot)\b|\bself-schedul/,
    where: 'body',
    whenConditional: CONDITIONAL,
  },
  {
    // The same with the slot's length: "choose a 45-minute slot with our hiring team".
    tag: 'interview:booking-link',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:select|pick|choose|book|grab|reserve) (?:a|your|an|the) \d{1,3}[- ]?min(?:ute)?s? (?:time ?)?slot\b/,
    where: 'body',
    whenConditional: CONDITIONAL,
  },
  {
    // A calendar tool's note that the candidate booked a slot ("A new event has been scheduled"):
    // its form's questions ("which role are you interested in?") are not a recruiter's pitch.
    tag: 'interview:event-booked',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:a )?new event (?:has been|was) (?:scheduled|booked)\b|\bevent (?:has been|was) (?:scheduled|booked|confirmed)\b/,
    where: 'body',
    whenNegated: 'drop',
  },
  {
    tag: 'interview:confirmed',
    kind: 'interview',
    weight: 5,
    pattern:
      /\b(?:interview|call|meeting|screen)\b[^.;]{0,40}?\b(?:is|has been|was|have been) (?:confirmed|scheduled|booked|set|rescheduled|moved)\b|\b(?:confirm(?:ing)?|confirmation of|reminder (?:of|about|for)) (?:your|the|our) [^.;]{0,30}?\binterview\b|\byou (?:have|'ve got|are scheduled for|'re scheduled for|are booked for) (?:an?|your) (?:[a-z-]+ ){0,2}?interview\b|\blook(?:ing)? forward to (?:speaking|talking|meeting|chatting|seeing) (?:with )?you (?:on|at|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // The same family where a person says a time is held for the candidate: "I've pencilled you in",
    // "I was able to secure 4-5 pm on Monday for a video interview", "you'll be meeting Gwen Harcourt".
    // A separate rule only so that each keeps a selective gate (see literal-gate.ts).
    tag: 'interview:confirmed',
    kind: 'interview',
    weight: 5,
    pattern:
      /\b(?:pencil+ed|booked|slotted|put) you in\b|\b(?:secured|booked|locked in|reserved|set aside|blocked (?:out|off)?)\b[^.;]{0,40}?\bfor (?:a|an|your|the) (?:[a-z-]+ ){0,2}?(?:interview|call|meeting|conversation|chat)\b|\b(?:booked|scheduled|arranged|lined up|locked in|pencil+ed in) (?:us |you )?(?:a|an|your|the) (?:[a-z0-9-]+ ){0,2}?(?:interview|call|meeting|conversation|chat|screen)\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:confirmed',
    kind: 'interview',
    weight: 5,
    pattern:
      /\byou(?:'ll| will|'d| would) (?:be )?(?:meeting|meet|speaking|talking|interviewing)(?: with)? (?!(?:the|our|your|all|these|any|those) (?:requirements|criteria|needs|qualifications|minimum|deadline|standards?|bar|expectations))[a-z]/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:come-in',
    kind: 'interview',
    weight: 4,
    pattern:
      /\b(?:like|love|want|invite|ask)\b[^.;]{0,12}? (?:(?:you |to have you |to get you |to bring you |is to have you )?(?:to )?(?:come (?:in|by|into|to|out|over|down)|visit|stop by|join us (?:for|at|in))|to (?:get|have|bring) you in)\b[^.;]{0,50}?\b(?:interview|office|campus|headquarters|location|site|plant|store|shop|studio|lab|warehouse|meet|chat|talk|conversation|team)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // A round as the place the candidate is brought: "we'd love to bring you in for the final round",
    // "we'd like to have you in (virtually) for the last stage".
    tag: 'interview:come-in',
    kind: 'interview',
    weight: 4,
    pattern: /\b(?:bring|have|get) you (?:in|back|over)(?: \(?[a-z-]+\)?)? for (?:the|a|an|your) (?:[a-z-]+ )?(?:round|stage)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // "we would like to interview you", "we'd love to interview you next week": the invitation in one verb.
    tag: 'interview:invite',
    kind: 'interview',
    weight: 5,
    pattern: /\b(?:like|love|want|keen|pleased|happy|glad) to interview you\b/,
    where: 'body',
    ...guarded,
  },
  {
    // A named meeting fixed or asked for in other words: "let's lock in your chat with her at 3", "I'd
    // love to do a quick 20-minute phone screen", "we'd like to have a short video interview with you",
    // "let's do a call, the three of us".
    tag: 'interview:schedule',
    kind: 'interview',
    weight: 4,
    pattern:
      /\b(?:lock|pencil|firm) in (?:your|the|our|a|an) (?:[a-z-]+ )?(?:call|chat|conversation|interview|meeting|screen)\b|\b(?:like|love|want|keen|happy|glad) to (?:do|have|set up|book|grab) an? (?:[a-z0-9-]+ ){0,3}?(?:screen|interview|call|chat|conversation)\b|\b(?:let's|lets|let us) (?:do|have|set up|book|grab) an? (?:[a-z0-9-]+ ){0,3}?(?:screen|interview|call|chat|conversation)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // Asked back or asked over in person: "I'd like you back in for a second chat", "can you come in
    // tomorrow at noon for an interview?", "could you pop by the office for a chat on Monday?".
    tag: 'interview:come-in',
    kind: 'interview',
    weight: 4,
    pattern:
      /\b(?:like|love|want|keen|invite|ask)\b[^.;]{0,20}? (?:you|to have you|to get you|to bring you) back (?:in|over|on-?site|to (?:the|our) (?:office|site|studio|store|shop))\b|\b(?:can|could|would) you (?:come|pop|stop|swing) (?:in|by|over|down|round)\b[^.;?!]{0,40}?\bfor (?:an? |the |your )?(?:[a-z-]+ )?(?:interview|chat|meeting|conversation|trial shift|trial)\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:dated',
    kind: 'interview',
    weight: 3,
    pattern:
      /\binterview\b[^.;]{0,30}?\b(?:on|at|for) (?:(?:this|next) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}(?:[:/.]\d{1,2}|\s?(?:am|pm))|date\b|time\b|\[|\{)/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:speak-with-you',
    kind: 'interview',
    weight: 3,
    pattern:
      /\b(?:like|love|want|keen|happy|eager|glad) (?:you )?to (?:speak|talk|chat|meet|connect|have a (?:call|chat|conversation)|have (?:a |an )?(?:meeting|call|chat|conversation) with you|learn more about you|get to know you|call you|phone you|ring you|give you a (?:call|ring|buzz)|(?:do|have|set up|book|grab) an? (?:[a-z-]+ )?(?:call|chat))\b/,
    where: 'body',
    ...guarded,
  },
  {
    // The same wish said impersonally: "would be great to chat about the role", "it'd be good to talk more".
    tag: 'interview:speak-with-you',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:would|'d) be (?:great|good|nice|lovely) to (?:have a (?:call|chat|conversation)|chat|talk|speak) (?:about|with you|more|further)\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:meeting-link',
    kind: 'interview',
    weight: 2,
    pattern:
      /\bzoom\.us\/[jw]\/|\bmeet\.google\.com\/|\bteams\.microsoft\.com\/l\/meetup|\bwebex\.com\/(?:meet|join)|\b(?:meeting|conference) id\b|\bpasscode\b|\bdial-?in\b/,
    where: 'body',
    whenConditional: 'drop',
  },
  {
    tag: 'interview:format',
    kind: 'interview',
    weight: 2,
    pattern:
      /\b(?:phone|video|virtual|zoom|teams|technical|tech|on-?site|in-person|panel|final|behaviou?ral|hr|recruiter|initial|introductory|first|second|third|1st|2nd|3rd|next|follow-up|hiring manager) (?:round )?(?:interview|screen|screening)\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'interview:when-where',
    kind: 'interview',
    weight: 2,
    pattern:
      /\binterview (?:date|time|details|agenda|logistics|schedule|itinerary|location|type|format|link)\b|\b(?:interviewers?|meeting (?:link|location|room)|date (?:and|&|\/) ?time|dial-in)\s*:\s*\S/,
    where: 'body',
    whenConditional: 'drop',
  },
  {
    // A promise to phone on a day, without a time ("I'll ring you on Monday about the post"): the
    // writer will be in touch, which a receipt also says. Weaker than a slot held at a clock time.
    tag: 'interview:call-promised',
    kind: 'interview',
    weight: 3,
    pattern: new RegExp(`\\b(?:i|we)(?:'ll| will) (?:call|ring|phone) (?:you )?(?:on |at )?(?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    where: 'body',
    ...guarded,
  },
  {
    // A presentation asked of the candidate is a meeting with the people who decide: "we'd like you
    // to present a short case study to the panel", "we invite you to give a 10-minute presentation",
    // "we'd love you to walk us through your portfolio".
    tag: 'interview:presentation',
    kind: 'interview',
    weight: 4,
    pattern: /\b(?:like|love|want|ask|invite|invited|inviting) (?:you )?to present\b/,
    where: 'body',
    ...guarded,
  },
  // The same asked as a talk or a walk-through; separate patterns only so that each stays provably
  // linear (test/hardening/redos.test.ts).
  ...[
    /\b(?:like|love|want|ask|invite|invited|inviting) (?:you )?to (?:give|deliver|prepare) (?:us |the panel |the team )?(?:a|an|your) (?:short |brief |\d+[- ]?min(?:ute)?s? )?presentation\b/,
    /\b(?:like|love|want|ask|invite|invited|inviting) (?:you )?to (?:walk|talk) (?:us|the team|the panel|the group) through\b/,
  ].map((pattern): PhraseRule => ({ tag: 'interview:presentation', kind: 'interview', weight: 4, pattern, where: 'body', ...guarded })),
  {
    // A conversation already arranged, named with its day or time: "the Zoom details for our
    // conversation tomorrow at 9:30", "please confirm your attendance for the video call on Monday".
    // Not after "thanks for" or "after": that names a meeting already held.
    tag: 'interview:meeting-dated',
    kind: 'interview',
    weight: 3,
    pattern: new RegExp(
      `(?<!\\b(?:thanks for|thank you for|after|following|during|since|about) )\\b(?:our|your|the) (?:(?:video|phone|zoom|teams|intro|introductory|first|follow-up|quick|short) )?(?:call|chat|conversation|meeting) (?:with [a-z]+ (?:[a-z]+ )?)?(?:tomorrow|today|(?:on |this |next )(?:mon|tues|wednes|thurs|fri|satur|sun)day|at ${CLOCK_TIME})`,
    ),
    where: 'body',
    ...guarded,
  },
  {
    // Slots listed and put to the candidate in few words: "could you do one of these?", "just reply
    // with the one that works", "would either of those suit?".
    tag: 'interview:availability',
    kind: 'interview',
    weight: 3,
    pattern:
      /\b(?:could|can|would) you do (?:one|any|either) of (?:these|those|the following)\b|\breply with (?:the )?(?:one|slot|time|day|option) that (?:works|suits)\b|\bwould (?:either|any|one) of (?:these|those) (?:work|suit)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // Progress told as a place reached: "you're through to the next stage", "you have made it through
    // to the final round".
    tag: 'interview:next-round',
    kind: 'interview',
    weight: 4,
    pattern: /\byou(?:'re| are|'ve| have)? (?:now )?(?:made it |got |gone |going )?through to (?:the|our) (?:next|second|third|final|last) (?:stage|round|step)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // Shortlisting stated as done: "you have been shortlisted" (a condition, "if shortlisted", is not).
    tag: 'interview:shortlisted',
    kind: 'interview',
    weight: 3,
    pattern: /\byou(?:'ve| have) (?:now )?been (?:shortlisted|short-listed)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // A slot given to the candidate as theirs: "your time is 11:15", "your slot will be at 2pm".
    tag: 'interview:slot-set',
    kind: 'interview',
    weight: 4,
    pattern: new RegExp(`\\byour (?:time|slot|time slot|appointment) (?:is|will be) (?:at )?${CLOCK_TIME}`),
    where: 'body',
    ...guarded,
  },
  {
    // A meeting wanted with the candidate: "the CTO wants a quick video call with you".
    tag: 'interview:speak-with-you',
    kind: 'interview',
    weight: 3,
    pattern: /\b(?:wants?|would like|'d like) (?:a|an) (?:quick |short |brief )?(?:video |phone |zoom )?(?:call|chat|conversation) with you\b/,
    where: 'body',
    ...guarded,
  },
  {
    // The next step named as a meeting: "next up is a 45-minute session with two analysts".
    tag: 'interview:next-step-meeting',
    kind: 'interview',
    weight: 4,
    pattern: /\bnext up (?:is|will be|'s) (?:an?|the|your) (?:[a-z0-9-]+ ){0,3}?(?:interview|call|chat|conversation|meeting|screen|session|panel)\b/,
    where: 'body',
    ...guarded,
  },
  {
    // An invitation sent for a slot: "I've sent an invite for Tuesday 10am".
    tag: 'interview:slot-set',
    kind: 'interview',
    weight: 4,
    pattern: new RegExp(`\\b(?:sent|sending|send) (?:you )?(?:an|the|a calendar) invite (?:for|on) (?:this |next )?${SHORT_DAY_OR_TIME}\\b`),
    where: 'body',
    ...guarded,
  },
  {
    // The wish to go on, said without a stage word: "we'd love to take things further", "we'd like to
    // take your application forward".
    tag: 'interview:next-round',
    kind: 'interview',
    weight: 4,
    pattern:
      /\b(?:like|love|want|keen|happy|pleased|delighted|glad) to take (?:things|this|it|your application|your candidacy|the conversation) (?:further|forward)\b/,
    where: 'body',
    ...guarded,
  },
  {
    tag: 'subject:interview',
    kind: 'interview',
    weight: 3,
    pattern:
      /\binterview(?:s|ing)?\b(?![^|]{0,30}\b(?:feedback|outcome|result|decision|status|update)\b)(?! (?:skills|tips|techniques|prep|preparation|practice|workshop|masterclass|webinar|coaching|advice))|\b(?:phone|video) screen\b|^(?:invitation|updated invitation|confirmed|new event|rescheduled):|\bschedul(?:e|ing)\b|\bavailability\b|\bmeeting request\b|\blet's (?:chat|talk|connect)\b/,
    where: 'subject',
  },
];
