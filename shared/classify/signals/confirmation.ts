import type { PhraseRule } from '../phrase-rule.ts';

/** What a receipt is about: the candidate's application, not an order or an assessment. */
const APPLICATION = '(?:job |online |recent |employment )?(?:application|applications|resume|résumé|cv|candidacy|profile)';

/**
 * What a person sends beside the documents ("your note and resume", "your email and CV"): named
 * first, the receipt is still of the documents.
 */
const COVERING = '(?:note|email|e-mail|message|letter|mail|details)';

/**
 * Documents a candidate sends in: thanked for by name, they mean the application reached someone.
 * "Application" itself is left to the thanks-for-applying family, so one thank-you counts once.
 */
const DOCUMENT = '(?:cv|resume|résumé|portfolio|cover letter|work samples?|writing samples?)';

/**
 * What a portal or a person says it has, beside the application itself: "your submission has been
 * logged", "your materials have reached us", "this confirms we hold your application form".
 */
const RECEIVED_THING = '(?:submission|materials|documents|paperwork|application form)';

/**
 * The documents are in hand and going somewhere: "received with thanks", "I have passed it on to the
 * hiring manager", "I'll go through it with the team". One family written as four rules only so that
 * each keeps a selective gate (see literal-gate.ts); the tag counts once.
 */
const IN_HAND_PATTERNS: readonly RegExp[] = [
  // the documents arrived: "received with thanks", "it's landed with me", "I have it and …"
  new RegExp("\\b(?:received with thanks|safely received|(?:it|this|they|your [a-z]+)(?: has| have|'s) (?:landed|arrived|come through|reached (?:me|us)|gone (?:over |across |through )?to (?:the|our|my) (?:client|employer|hiring|team))|(?:i|we) (?:have|'ve) (?:got |received )?(?:it|them) (?:here|now|on file|and)\\b)"),
  // and are being passed on: "I have forwarded your CV to the head of finance"
  new RegExp('\\b(?:pass|passed|passing|forward|forwarded|forwarding|share|shared|sharing|send|sent|sending|hand|handed|circulate|circulated|put|get|submit|submitted|present|presented)\\s+(?:it|them|this|your (?:cv|resume|résumé|profile|application|details|portfolio))\\s+(?:on |along |over |through |forward )?(?:to|with|in front of)\\s+(?:the|my|our|a|his|her|their)\\b[^.;!?]{0,25}?\\b(?:team|manager|lead|panel|colleagues?|partners?|director|founders?|boss|recruiters?|committee|head|department|people|ceo|cto|coo|cfo|client|employer)\\b'),
  // or promised on in a few words, the way a busy owner types: "will pass to chef Tuesday", "I'll
  // forward to the manager", "gonna show it to the owner". The person is named by role, so a bare
  // "I'll send it to you" is not a receipt.
  new RegExp("(?:\\bwill|'ll|\\bgoing to|\\bgonna)\\s+(?:pass|forward|hand|show|give|send)\\s+(?:(?:it|this|them|these|your (?:cv|resume|résumé|details|application))\\s+)?(?:on\\s+|along\\s+|over\\s+)?to\\s+(?:(?:the|my|our|his|her)\\s+)?(?:[a-z-]+\\s+)?(?:chef|manager|owner|boss|supervisor|gm|hr|foreman|director|founders?|partners?|team)\\b"),
  // or to someone by name: "passing your CV to Ines (our design lead)" (done or under way, never an
  // instruction: "send your CV to jobs@…" asks the candidate to do it)
  new RegExp('\\b(?:passing|passed|forwarding|forwarded|sharing|shared|handing|handed|circulating|circulated)\\s+(?:your (?:cv|resume|résumé|profile|portfolio|application|details)|(?:it|them) (?:on|along))\\s+(?:on |along |over |across )?(?:to|with)\\s+[a-z]'),
  // an agency presenting the candidate: "I have put you forward to Harlow Foods"
  new RegExp('\\b(?:put|putting) you forward\\b|\\b(?:submitted|presented|introduced) you to\\b'),
  // or said in a word by the person who has them: "thanks Sam - received", "got it, thanks!", "I confirm
  // receipt", "your application for the Lead role is in"
  new RegExp("^(?:thanks|thank you|many thanks|cheers)\\b[^.;!?]{0,20}?[-–—,:]\\s*(?:received|got it|all received)\\b|^(?:got it|received|all received)\\s?[,!-]+\\s?(?:thanks|thank you|many thanks|cheers)\\b"),
  new RegExp('\\b(?:confirm|confirming|acknowledge|acknowledging) (?:the )?receipt\\b'),
  new RegExp("\\byour (?:job |online )?(?:application|cv|resume|résumé|candidacy)\\b[^.;!?]{0,60}?\\b(?:is|'s) (?:now )?in(?:(?=\\W*$|[,.!:;)-])| and\\b| with (?:us|me|the team)\\b)"),
  // or has reached the person who decides: "your application is with the hiring manager now", "your
  // CV's now with our design lead"
  new RegExp("\\byour (?:job |online )?(?:application|cv|resume|résumé|candidacy|profile)(?: is|'s) (?:now )?with (?:the|our|my) (?:[a-z-]+ ){0,2}?(?:manager|team|panel|recruiters?|client|director|lead|partners?|committee|owner|boss|head|founders?)\\b"),
  // or arrived, said in passing: "it landed safely, thanks", "they came through fine"
  /\b(?:it|they|this|your [a-z]+) (?:landed|arrived|came through|got through) (?:safely|fine|ok|okay|safe and sound|in one piece|with (?:me|us))\b/,
  // or papers with the people who choose: "your papers are with the selection panel"
  /\byour (?:papers|documents|materials|details) (?:are|have gone) (?:now )?(?:with|to) (?:the|our) (?:[a-z-]+ )?(?:panel|team|manager|committee|recruiters?)\b/,
  // or taken on by the writer: "noted with thanks", "I'll run it past the CTO"
  /\bnoted with thanks\b|\breceived and noted\b/,
  /\b(?:run|running|ran) (?:it|them|this|your (?:cv|application|resume|profile)) (?:past|by) (?:the|our|my)\b/,
  // or seen arriving: "we've seen your application come in", "spotted your CV come through"
  /\b(?:seen|spotted|noticed) your (?:job |online )?(?:application|cv|resume) (?:come in|come through|arrive|land)\b/,
  // or given a number: "your application reference is 7781"
  /\byour application (?:reference|ref|number|id)(?: number)? is\b/,
  // or is waiting its turn: "you're in the queue", "your CV is in the pile"
  /\b(?:you(?:'re| are)|your (?:application|cv|resume|profile)(?: is|'s)) (?:now )?in the (?:queue|pile|stack)\b/,
  // or read by the writer: "I'll go through it with the team", "we'll have a look"
  new RegExp("\\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| am| are)\\s+(?:now\\s+)?(?:(?:review|reviewing|read|reading|look(?:ing)? (?:at|over|through)|go(?:ing)? (?:through|over)|discuss|discussing)\\s+(?:it|them|this|these)\\b|(?:have|take) a (?:proper |closer |good |quick )?(?:read|look)\\b)"),
];

/**
 * The same receipt in a person's words, beside the main pattern below so each stays provably linear
 * (test/hardening/redos.test.ts): "got your note and resume", "thank you for your email and CV",
 * "I've got your details", "your CV arrived fine", "your application for … — … — has been received".
 */
const RECEIVED_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:received|got|have|has) (?:(?:both|all|now) )?(?:your|ur) ${COVERING} (?:and|&) (?:your )?${APPLICATION}\\b`),
  new RegExp(`\\bfor (?:your|the) ${COVERING} (?:and|&) (?:your |the )?${DOCUMENT}\\b`),
  /\b(?:got|have)\s+your\s+(?:details|documents|materials|information)\b/,
  /\byour (?:cv|resume|résumé|documents|application|papers|portfolio) (?:is |are |was |were |has |have )?(?:arrived|landed|come through)\b/,
  /\byour (?:job |online )?application\b[^.;]{60,110}?\b(?:has been|was|is) (?:successfully )?received\b/,
  // named by what was sent rather than "application": "your submission has been logged", "your
  // materials for the role have reached us", "this confirms we hold your application form"
  new RegExp(`\\byour ${RECEIVED_THING}\\b[^.;]{0,60}?\\b(?:has been|was|have been|were) (?:successfully )?(?:received|recorded|logged)\\b`),
  new RegExp(`\\byour (?:${APPLICATION}|${RECEIVED_THING})\\b[^.;]{0,60}?\\b(?:has|have|had) (?:now |safely |successfully )?(?:reached (?:us|me|our|the)|arrived|landed|come through)\\b`),
  new RegExp(`\\b(?:we|i) (?:now |currently )?hold (?:your|the) ${APPLICATION}\\b(?! (?:on file|in our))`),
  // a portal's status line: "Status: New", "Status: Application received"
  /\bstatus ?: ?(?:new|received|submitted|applied|application received)\b/,
];

export const CONFIRMATION_RULES: readonly PhraseRule[] = [
  ...RECEIVED_PATTERNS.map(
    (pattern): PhraseRule => ({ tag: 'confirmation:received', kind: 'confirmation', weight: 4, pattern, where: 'body', whenNegated: 'drop' }),
  ),
  {
    tag: 'confirmation:received',
    kind: 'confirmation',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:received|receiving|got|recei?pt of|reception of|acknowledge|acknowledging|have|has)\\b[^.;]{0,20}?\\b(?:your|ur|the)\\s+(?:${APPLICATION}|candidature)\\b|\\b(?:your|the)\\s+${APPLICATION}\\b[^.;]{0,60}?\\b(?:has been|was|is|have been|were|had been)\\s+(?:successfully\\s+)?(?:received|submitted|sent|delivered|completed|complete|recorded|logged|forwarded|shared)\\b|\\b(?:received|recei?pt of)\\s+(?:your|the)\\s+(?:information|details|materials|documents)\\b|\\bapplication (?:received|submitted|complete|confirmation|acknowledg\\w*)\\b|\\bstatus\\b[^.;]{0,160}?\\b(?:updated|changed|set) to:?\\s+(?:received|submitted|application received)\\b`,
    ),
    where: 'body',
    whenNegated: 'drop',
  },
  {
    tag: 'confirmation:thanks-for-applying',
    kind: 'confirmation',
    weight: 4,
    pattern:
      /\b(?:thank(?:s| you)|cheers)\b[^.;]{0,25}?\bfor (?:applying|(?:throwing|putting|tossing) your (?:hat|name) (?:in|into|forward)|your (?:recent |online |job )?(?:application|submission|applying)|(?:submitting|sending(?: over| in| through)?|forwarding) (?:your|an|the) application|(?:your )?(?:interest (?:and|&) )?(?:application|applying))\b/,
    where: 'body',
  },
  {
    tag: 'confirmation:interest',
    kind: 'confirmation',
    weight: 1,
    pattern: /\bthank(?:s| you)\b[^.;]{0,15}?\bfor (?:your|expressing) interest\b/,
    where: 'body',
  },
  {
    tag: 'confirmation:under-review',
    kind: 'confirmation',
    weight: 3,
    pattern: new RegExp(
      `\\b(?:will|'ll|are|is|am|currently|now|be|being)\\s+(?:(?:now|currently|carefully|closely|still|actively|continuing to|continue to|in the process of)\\s+)*(?:review|reviewing|reviewed|evaluate|evaluating|evaluated|assess|assessing|considered|consider|considering|look(?:ing)? (?:at|over|through)|go(?:ing)? through)\\b\\s+(?:(?:your|all|the|each|every|our)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:applications?|resumes?|cvs?|candidacy|candidates?|applicants?|qualifications|experience|background|profiles?|materials|skills)\\b|\\b(?:under|in) (?:review|consideration)\\b|\\b${APPLICATION}\\b[^.;]{0,20}?\\b(?:is being|will be) (?:reviewed|considered|evaluated)\\b`,
    ),
    where: 'body',
    whenNegated: 'drop',
  },
  {
    // A person, not a portal, saying the documents reached them: "thanks for sending your CV over",
    // "appreciate you forwarding your portfolio", "thanks for the resume!". The sending verb is what
    // makes generic nouns ("your details") count; a named document counts on its own.
    tag: 'confirmation:materials-thanks',
    kind: 'confirmation',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:thank(?:s| you)|cheers|appreciate (?:you|it|that|your)?)\\b[^.;!?]{0,20}?(?:\\b(?:sending|forwarding|sharing|submitting|passing|getting|emailing|dropping|uploading)\\b[^.;!?]{0,20}?(?:\\b(?:your|the|those|these)\\s+(?:[a-z-]+\\s+)?(?:${DOCUMENT}|details|information|materials|documents|info)|\\b(?:it|this|them|these) (?:over|through|across|in|along)\\b)|\\bfor (?:your|the)\\s+(?:updated |latest |full |revised )?${DOCUMENT})\\b`,
    ),
    where: 'body',
  },
  ...IN_HAND_PATTERNS.map(
    (pattern): PhraseRule => ({ tag: 'confirmation:in-hand', kind: 'confirmation', weight: 3, pattern, where: 'body', whenNegated: 'drop' }),
  ),
  {
    tag: 'confirmation:will-be-in-touch',
    kind: 'confirmation',
    weight: 2,
    pattern:
      /\b(?:will|'ll|shall|going to)\b[^.;]{0,30}?\b(?:be in touch|be in contact|get in touch|contact you|reach out|get back to you|follow up|let you know|notify you|update you|hear from (?:us|me|our))\b/,
    where: 'body',
  },
  {
    tag: 'confirmation:application-sent',
    kind: 'confirmation',
    weight: 4,
    pattern:
      /\byour application (?:was|has been) (?:sent|submitted|delivered|forwarded|shared)\b|\byou(?:'ve| have)? (?:successfully )?(?:applied|submitted (?:an|your|the) application)\b[^.;]{0,15}?\b(?:to|for|at)\b/,
    where: 'body',
    whenNegated: 'drop',
  },
  {
    tag: 'subject:application-received',
    kind: 'confirmation',
    weight: 3,
    pattern:
      /\bapplication (?:received|submitted|confirmation|complete|acknowledg\w*|sent)\b|\bthank(?:s| you) for (?:applying|your application|submitting)\b|\b(?:we(?:'ve| have)? )?received your application\b|\byour application (?:was|has been) (?:sent|submitted|received)\b|\bapplied (?:to|for)\b|\bapplication to\b/,
    where: 'subject',
  },
];
