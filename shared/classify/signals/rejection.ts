import type { PhraseRule } from '../phrase-rule.ts';

/**
 * Rejection phrase families. They carry their own negation ("not moving forward"), so a negation in
 * front is not checked; a selection condition ("if you are not selected, …") voids them, because a
 * receipt that explains what happens on a "no" has not said "no". Any `if` before the phrase
 * counts here ("if the job shows as inactive, you were not selected"): rejections state, not suppose.
 */
const decision = { whenConditional: 'drop', condition: 'any' } as const;

const PROGRESS_VERB =
  '(?:move|moving|moved|proceed|proceeding|proceeded|progress|progressing|progressed|advance|advancing|advanced|continue|continuing|continued|go|going|take|taking|taken|pursue|pursuing|pursued)';

export const REJECTION_RULES: readonly PhraseRule[] = [
  {
    tag: 'rejection:not-moving-forward',
    kind: 'rejection',
    weight: 6,
    pattern: new RegExp(
      `(?:\\bnot|n't|\\bunable to|\\bcannot|\\bno longer|\\bdecided against|decision not to|decided not to|chosen not to|elected not to|opted not to)\\s+(?:be\\s+|to\\s+)?(?:able to\\s+)?${PROGRESS_VERB}\\b[^.;]{0,40}?\\b(?:forward|further|ahead|with (?:your|you|the|this)\\b|to the next|your (?:application|candidacy|profile))`,
    ),
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    pattern:
      /\b(?:move|moving|moved|proceed|proceeding|proceeded|go|going|gone|went|pursue|pursuing|pursued|continue|continuing|advance|advancing|decided|chosen|chose|selected|select|selecting|offered|hire|hired|hiring|focus|focusing|extended|identified|filled)\b[^.;]{0,50}?\b(?:(?:other|another|different|alternative|stronger|more (?:qualified|experienced|suitable)|an internal|internal)\s+(?:\w+\s+){0,2}?(?:candidates?|applicants?|individuals?|people|profiles?|finalists?|person)|someone else|somebody else|internally|with (?:a|the) (?:candidate|applicant|person) (?:who|whose|that))\b|\b(?:decided|chosen|chose|opted|going) to (?:offer|give) (?:the|this|that) [^.;]{0,50}?\bto (?:a|an|another|the other) (?:\w+ ){0,2}?(?:candidate|applicant|person)\b|\bnot (?:be )?among (?:the )?(?:\w+ )?(?:candidates|applicants|those|finalists)\b/,
    where: 'body',
    ...decision,
  },
  {
    // No offer, said of the offer itself: "we have decided not to extend an offer", "we won't be making
    // you an offer", "we are not able to offer you the role".
    tag: 'rejection:not-selected',
    kind: 'rejection',
    weight: 6,
    pattern: /(?:\bnot|n't) (?:to |be |be able to |able to )?(?:extend|extending|make|making|offer|offering) (?:you )?(?:an|the|a formal) (?:offer|role|position|job)\b/,
    where: 'body',
    ...decision,
  },
  {
    // The choice told from the other side: "another applicant has been selected", "a different
    // candidate was offered the post", "we've decided to hire someone local". Separate from the rule
    // above only so that each stays provably linear and keeps a selective gate.
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    pattern:
      /\b(?:another|a different|an alternative|other|an internal) (?:\w+ )?(?:candidate|applicant|person|individual)s? (?:has|have|had|was|were) (?:now )?(?:been )?(?:selected|chosen|appointed|hired|offered)\b|\b(?:decided|chosen|chose|opted|going|elected) to (?:hire|appoint|take on|go with|offer (?:it|the (?:role|job|position|post)) to) (?:someone|somebody)\b(?! (?:like you|with your))/,
    where: 'body',
    ...decision,
  },
  {
    // The seat went to someone already inside: "decided to fill the planner position with an internal
    // candidate", "they're filling it internally". Kept apart from the verb list above because "fill
    // the role with a candidate who …" is how an advert talks, not a decline.
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    // The gap may not pass another "fill", which keeps the match provably linear (recheck).
    pattern: /\b(?:fill|filling|filled)\b(?:[^.;](?!\bfill)){0,50}?\b(?:with an? (?:internal|existing)|internally|from within)\b/,
    where: 'body',
    ...decision,
  },
  {
    // The pick told plainly, without "else" or "other": "we ended up going with someone who has run
    // a team", "we've gone with a candidate who", "in the end we went with somebody local".
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    pattern:
      /\b(?:ended up|end up|in the end|finally|we've|we have|we're|we are|we) (?:going|gone|went|go) (?:ahead )?with (?:someone|somebody|a candidate|an applicant|another (?:candidate|applicant|person))\b(?! (?:like you|with your|from (?:our|the) team))/,
    where: 'body',
    ...decision,
  },
  {
    // The pick named by its trade rather than "candidate": "the team has decided to move ahead with
    // another designer", "we chose to go forward with a different engineer". A decision verb must lead,
    // and a next meeting ("another round", "a different time") is not a person.
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    pattern:
      /\b(?:decided|chosen|chose|opted|elected) to (?:move|go|proceed|continue) (?:ahead |forward |on )?with (?:another|a different|an alternative) (?!(?:round|stage|step|interview|call|conversation|chat|meeting|time|date|slot|day|session|week|look|role|position|opportunity|option)s?\b)[a-z-]+\b/,
    where: 'body',
    ...decision,
  },
  {
    // The need stated as settled against the candidate: "after chatting with the team we've decided
    // we really need someone in AEST", "we realised we need someone more senior for this one".
    tag: 'rejection:need-someone-else',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:decided|realised|realized|concluded|agreed)\b (?:that )?(?:we|they|the team) (?:really |actually |ultimately )?(?:need|needs|want|require|requires) (?:someone|somebody|a candidate|a person|more)\b(?! (?:like you|with your|just like))/,
    where: 'body',
    ...decision,
  },
  {
    // The same comparison stated as a choice already made: "we have selected candidates whose
    // experience more closely matches". "Selected candidates" reads as a selection condition in
    // context.ts ("only selected candidates will be contacted"), so this past-tense form carries none.
    tag: 'rejection:closer-match',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:we|i) (?:have|'ve) (?:now )?(?:selected|chosen|identified|shortlisted) (?:other |another )?(?:candidates?|applicants?|individuals?|people|someone|somebody)\b[^.;]{0,60}?\b(?:more closely|most closely|better|more directly|closer|more strongly)\b/,
    where: 'body',
  },
  {
    // The pick named by what was done for it: "we have offered the role to a designer who has more
    // print experience", "we've given the job to one of the other finalists".
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    pattern: /\b(?:we|i)(?:'ve| have)? (?:now |since |already )?(?:offered|given) (?:the|this|that) (?:role|job|position|post|place) to (?:a|an|another|someone|somebody|one of)\b/,
    where: 'body',
    ...decision,
  },
  {
    // The hire itself put off: "we're going to hold off on a junior hire for now".
    tag: 'rejection:hiring-paused',
    kind: 'rejection',
    weight: 5,
    pattern: /\b(?:hold|holding|held) off (?:on|with) (?:a|the|this|that|our|any) (?:[a-z-]+ )?(?:hire|hiring|appointment)\b/,
    where: 'body',
    ...decision,
  },
  {
    // The outcome said of the candidate: "you weren't the successful candidate this time". "Successful
    // candidate" reads as a selection condition in context.ts, so only a supposition just before the
    // statement ("if you were not …") voids it here.
    tag: 'rejection:not-selected',
    kind: 'rejection',
    weight: 6,
    pattern: /(?<!\b(?:if|unless|should|whether|in case) )\byou (?:were|are|was)(?: not|n't) the successful (?:candidate|applicant)\b/,
    where: 'body',
  },
  {
    // The answer given as a word: "it's a no from us this time", "it is a pass for now".
    tag: 'rejection:decided-against',
    kind: 'rejection',
    weight: 6,
    pattern: /\b(?:it's|it is|it's going to be|it will be|that's|that is) a (?:no|pass) (?:from (?:us|me|the team)|for (?:us|me|now|this (?:one|role|time)))\b/,
    where: 'body',
    ...decision,
  },
  {
    // The choice made for others by comparison: "we have decided to pursue candidates whose background
    // more closely matches", "we chose to proceed with applicants who better fit". A decision verb
    // leads and a comparison follows, so no selection condition is read into "candidates who".
    tag: 'rejection:other-candidates',
    kind: 'rejection',
    weight: 6,
    pattern:
      /\b(?:decided|chosen|chose|opted|elected) to (?:pursue|proceed with|move forward with|go forward with|go with|progress|continue with) (?:other |those )?(?:candidates|applicants|individuals|people|profiles) (?:whose|who|that|with)\b[^.;]{0,60}?\b(?:more|better|closer|closely|stronger)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:closer-match',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:candidates?|applicants?|individuals?|someone|profiles?)\b[^.;]{0,60}?\b(?:more closely|most closely|better|more directly|more strongly|closer|more)\b[^.;]{0,15}?\b(?:match|matches|matched|align|aligns|aligned|fit|fits|suit|suited|meet|meets|qualified|relevant|experience)/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:not-selected',
    kind: 'rejection',
    weight: 6,
    pattern:
      /(?:\bnot|n't|\bwere not|\bwas not|\bhave not|\bhas not|\bhad not)\s+(?:been\s+)?(?:selected|chosen|shortlisted|short-listed|successful|invited|approved|accepted)\b|\bunsuccessful\b|(?:\bnot|n't) (?:be )?(?:offering|inviting|scheduling|extending|hiring for|filling|recruiting for)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:regret',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:we|i) (?:must |have to )?regret (?:to|that)\b|\bregret(?:fully|tably)?\b[^.;]{0,40}?\b(?:not|unable|cannot)\b|\b(?:sorry|sad|disappointed) to (?:inform|let you know|tell you|share|report|say)\b[^.;]{0,80}?\b(?:not|unable|no longer|other|another|filled|closed|cancel\w*|hold)\b|\bdisappointing news\b/,
    where: 'body',
    ...decision,
  },
  {
    // "Review continues until the position is filled", "once the role is filled we close the ad": a
    // closing named in a time clause is when something else happens, not news that it closed.
    tag: 'rejection:position-closed',
    kind: 'rejection',
    weight: 6,
    pattern:
      /(?<!\b(?:until|till|once|when|whenever|before|after|unless|by the time) (?:the |this |that |our |a |each |every )?)\b(?:position|role|job|opening|vacancy|requisition|req|posting|search|opportunity)\b[^.;]{0,40}?\b(?:has been|was|is now|have been|is|had been|will be|has|were)\s+(?:\w+\s+)?(?:filled|closed|cancel+ed|put on hold|placed on hold|on hold|withdrawn|eliminated|frozen|paused|removed|no longer (?:available|open|active|being (?:filled|recruited))|been filled)\b|\b(?:we|the team)(?: have| has|'ve) (?:\w+ ){0,2}?(?:filled|hired for|closed|decided to close|cancel+ed) (?:the|this|that|our)\b|\bno longer (?:hiring|recruiting) for\b|\b(?:hiring|recruiting) (?:freeze|has been paused|is paused)\b|\b(?:position|role|job|opening|vacancy|requisition|req|posting|search)\b[^.;]{0,40}?\b(?:(?:will|would|shall|is|was|has|had)(?: not|n't)|won't|isn't|wasn't|hasn't|(?:will|is) no longer)(?: (?:be|been|being))? (?:filled|recruited|opened|reopened|re-?advertised|going ahead|moving forward|proceeding)\b(?! (?:until|till|before|by|for now)\b)|\b(?:remain|remains|go|goes|be left|left|stay|stays|is|was)\s+(?:\w+\s+)?unfilled\b|\bno appointment (?:will be|has been|is being|was|will now be) made\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:no-opening',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:do not|don't|does not|doesn't|did not|didn't) (?:currently )?have (?:a |an |any )?(?:suitable |open |available |matching |current |appropriate )?(?:position|role|opening|vacanc\w+|opportunit\w+|place|match)(?:s|es)?\b|\bno (?:suitable |open |available |matching |current |appropriate )+(?:positions?|roles?|openings?|vacanc\w+|opportunit\w+)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:hiring-paused',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:pause|paused|pausing|freeze|froze|frozen|halt|halted|halting|suspend|suspended|suspending|cancel|cancelled|canceled|cancelling|put on hold|putting on hold|placed on hold|hold off on|holding off on|withdraw|withdrawn|withdrew|withdrawing|shelve|shelved|scrap|scrapped|eliminate|eliminated|eliminating)\b[^.;]{0,25}?\b(?:hiring|recruit\w*|the search|(?:the|this|that|our) (?:role|position|opening|requisition|search|process))\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:unable-to-offer',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:unable|not able|no longer able|cannot|can't|won't be able|will not be able|not in a position) to (?:offer|extend|move|proceed|progress|advance|invite|consider|continue|pursue|shortlist|select|accept|take (?:your|this|things))\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:no-longer-considered',
    kind: 'rejection',
    weight: 6,
    pattern:
      /\bno longer (?:under consideration|being considered|considering|in consideration|in the running|in process|active)\b|\bno further consideration\b|\b(?:not|n't) (?:receive|be given|get) (?:any )?further consideration\b|\b(?:not|won't|will not) be considered (?:further|for (?:this|the))\b|\bremoved from (?:consideration|the process)\b|\bclosed your application\b|\byour application (?:has been|was|is) (?:closed|declined|rejected|archived)\b/,
    where: 'body',
    ...decision,
  },
  {
    // Public-sector portals state the outcome as a status: "Not Referred: … you were not among the
    // best qualified candidates". The words "qualified candidates" would read as a condition, so
    // this statement is not guarded by one.
    tag: 'rejection:not-referred',
    kind: 'rejection',
    weight: 6,
    pattern: /\bnot referred\b(?! (?:by|through|via))|\bnot among the (?:best|most|highest)[ -]qualified\b/,
    where: 'body',
  },
  {
    tag: 'rejection:different-direction',
    kind: 'rejection',
    weight: 5,
    // "We've gone another way with this one", "we're going a different route": the same turn away.
    pattern:
      /\b(?:go|going|gone|went|move|moving|moved|head|heading|take|taking|took) (?:in )?(?:a|another) (?:different )?direction\b|\b(?:going|gone|went|decided to go) (?:a|another) (?:different )?(?:way|route)\b(?! (?:to|of|round|around|home|about)\b)/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:not-a-fit',
    kind: 'rejection',
    weight: 4,
    pattern:
      /\b(?:not|isn't|wasn't|aren't|weren't|is not|was not) (?:quite )?(?:the |a |an )?(?:right |best |strong |good |ideal |close |great )?(?:fit|match)\b|\b(?:does|did|do) not (?:quite )?(?:match|meet|align|fit)\b|\bdon't (?:quite )?(?:match|meet|align|fit)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:decided-against',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:decided|decision|chosen|chose|elected|opted|determined)\s+(?:not to|to not|against)\b|\b(?:decided|going|have|had|need|must|will|'ll|'re going) to (?:decline|pass)\b|\b(?:must|have to|need to|will|'ll) (?:respectfully |regretfully )?decline\b|\bdeclin(?:e|ed|ing) your (?:application|candidacy)\b|\bwill not be (?:proceeding|progressing|moving|continuing|pursuing|taking)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:failed-step',
    kind: 'rejection',
    weight: 5,
    // A score against a bar: "your score did not meet the threshold required to continue", "your
    // result fell below our pass mark".
    pattern:
      /\b(?:did not|didn't|do not|does not|not) (?:pass|meet the (?:passing|minimum|required)|achieve the|clear)\b|\b(?:did not|didn't|does not|not) (?:meet|reach|achieve) (?:the|our) (?:[a-z-]+ )?(?:threshold|pass mark|benchmark|cut-?off|pass score|passing score)\b|\b(?:fell|falls|was|were) below (?:the|our) (?:[a-z-]+ )?(?:threshold|pass mark|benchmark|cut-?off)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:decision-softener',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:this|our|the|my) decision (?:is not|isn't|does not|doesn't|in no way|was not|wasn't|should not|shouldn't)\b[^.;]{0,30}?\b(?:reflect|easy|a reflection|diminish)|\bwould have (?:loved|liked) to\b[^.;]{0,40}?\b(?:add|hire|offer|move forward|bring|work with)\b/,
    where: 'body',
    ...decision,
  },
  {
    // "While your background is impressive, we were looking for someone with …": praise, then the
    // need the candidate did not meet. The contrast is the decline; no explicit "no" is said.
    tag: 'rejection:praise-but',
    kind: 'rejection',
    weight: 5,
    pattern:
      /\b(?:while|although|though|whilst)\b[^.;]{0,80}?\b(?:impressive|strong|great|solid|interesting|excellent|valuable|relevant)\b[^.;]{0,60}?\b(?:looking for|seeking|needed|need|require|required|prefer|preferred|went with|chose)\b[^.;]{0,20}?\b(?:someone|somebody|a candidate|candidates|an applicant|a person|a profile|more|deeper|stronger)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:keep-searching',
    kind: 'rejection',
    weight: 5,
    pattern: /\b(?:keep|continue|continuing|resume) (?:looking|searching|our search|the search|with our search)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:unfortunately',
    kind: 'rejection',
    weight: 2,
    pattern: /\bunfortunately\b|\bafter (?:careful|much|thorough|thoughtful|further) (?:consideration|review|deliberation|thought)\b|\b(?:difficult|tough|hard) decision\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:well-wishes',
    kind: 'rejection',
    weight: 3,
    pattern:
      /\b(?:wish|wishing|best of luck|good luck|best wishes|every success|all the best)\b[^.;]{0,50}?\b(?:search|future|endeavou?rs?|career|journey|pursuits|next (?:step|role|opportunity))\b|\bencourage you to (?:apply|keep an eye|check|visit|look)\b[^.;]{0,40}?\b(?:future|other|again)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'rejection:one-word',
    kind: 'rejection',
    weight: 6,
    pattern: /^\W*(?:regrets?|rejected|declined|unsuccessful|not selected|no thanks?|no thank you|sorry,? not (?:this time|selected))\W*$/,
    where: 'body',
  },
  {
    tag: 'rejection:kept-on-file',
    kind: 'rejection',
    weight: 2,
    pattern: /\b(?:keep|kept|retain|hold|store|save)\b[^.;]{0,30}?\b(?:on file|in (?:our|mind)|in our (?:database|system|talent (?:pool|network|community)))\b[^.;]{0,40}?\b(?:future|other|upcoming|new)\b/,
    where: 'body',
    ...decision,
  },
  {
    tag: 'subject:rejection',
    kind: 'rejection',
    weight: 3,
    pattern: /\b(?:unsuccessful|regret|rejected|rejection|not selected|not moving forward|(?:position|role|job|vacancy|requisition|opening|posting) (?:has been |was |is )?(?:filled|closed|cancel+ed|withdrawn|on hold|not filled)|application (?:closed|declined))\b/,
    where: 'subject',
  },
];
