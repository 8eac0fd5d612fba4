import { LIST_ITEM, introLine, sentenceAt, type BodyText } from '../body-text.ts';
import type { Mention } from './mentions.ts';

/**
 * What the words around one time mention say about it, as evidence tags. `for:` tags argue that
 * the mention is the interview's time; `against:` tags rule it out. Each pattern names a general
 * signal (a label, a booking verb, a deadline word), never one email's phrasing.
 */

/**
 * "When:", "📅 When:", "Date/Time:", "Event Date/Time:", "Interview time:", "New time:", "Assessment day:" and
 * their German/Japanese forms; a table row's first cell too ("Interview | Thu 3 Dec | 13:00 PT").
 */
const LABEL = /^\s*(?:[\p{Extended_Pictographic}\uFE0F\u200D]{1,4}\s{0,2})?(?:[\p{L}]{1,14}\s){0,2}(?:when|date|day|time|start|slot|schedule|interview|meeting|appointment|call|termin|datum|uhrzeit|zeit|日時|日程|時間)(?:\s*(?:&|and|\/)\s*(?:time|date))?\s*[:：|]/iu;
/** A label about something other than the meeting ("Reply by date:", "Deadline:"). */
const OTHER_LABEL = /^\s*[^:：\n]{0,30}\b(?:deadline|due|expir\w*|submi\w*|complet\w*|closing|reply|respond|rsvp|sent|received|posted|applied|application|last updated|created)\b/i;
/**
 * A schedule's first row that is the arrival, not the first session: "09:45 – arrive at reception",
 * "9:30 Check-in". A welcome or a coffee is the day's first session.
 */
const ARRIVAL_ROW = /^[\s\-–—:|.]{0,4}(?:please\s)?(?:arrive|arrival|check[- ]?in|sign[- ]?in|report to)\b/i;
/** The end of the meeting, labelled: "End: 11/30/2026 09:15 AM", "Ends" over its time. */
const END_LABEL = /^ ?(?:end|ends|end time|finish(?:es)?|until) ?[:：]? ?$/i;
/** A label or heading alone on its line, with the value on the next ("When:" or "Interview Schedule" above the date). */
const LONE_LABEL = /^\s*(?:[\p{L}]{1,14}\s){0,2}(?:when|date|time|date\s*(?:&|and|\/)\s*time|schedule|itinerary|agenda|details)\s*[:：]?\s*$/iu;

const CONFIRMED = new RegExp([
  String.raw`\b(?:is|has been|have been|are|was|been|is now|'s|’s) (?:all )?(?:re)?(?:scheduled|confirmed|booked|set|arranged|planned|fixed|finali[sz]ed)\b`,
  // "he has blocked this slot for you", "I've held that time".
  String.raw`\b(?:blocked|reserved|held|booked|kept) (?:this|that|the) (?:slot|time|date)\b`,
  // Texting voice too: "i put u in for that".
  String.raw`\b(?:have|got|put|pencil(?:l?ed)?|lock(?:ed)?|book(?:ed)?|slot(?:ted)?|fit(?:ted)?|squeez(?:ed)?) (?:you|u) (?:down|in)\b`,
  // "We've set it for Monday the 16th", "they have set the interview up for …": someone fixed the day.
  String.raw`\b(?:i|we|they|he|she)(?:'ve|’ve| have)? set (?:it|this|that|things|the (?:interview|call|meeting|visit)) (?:up )?(?:for|on)\b`,
  // A first person who booked it: "I've booked", "we were able to secure", "I have reserved".
  String.raw`\b(?:i|we)(?:'ve|’ve|'d|’d|'m|’m|'re|’re)?(?: (?!not\b|never\b)[a-z]{1,12}){0,3} (?:booked|book|booking|reserved|reserve|reserving|blocked|scheduled|scheduling|set up|setting up|arranged|secured|secure|locked in|lock in|locking in|confirmed|grabbed)\b`,
  String.raw`\bconfirm(?:ed|ing|ation)\b(?! (?:your|of your) availability)`,
  // "I wanted to confirm the time for your interview: …", "just to confirm": the sender confirming.
  String.raw`\b(?:to|i|we|just) confirm\b(?! (?:whether|if|which|your availab))`,
  String.raw`\b(?:re)?scheduled (?:for|on|at)\b`,
  String.raw`\bwill (?:take place|be held|start|begin|be (?:on|at))\b`,
  String.raw`\bsee you (?:on|at|then|tomorrow|today)\b`,
  String.raw`\blook(?:ing)? forward to (?:speaking|meeting|talking|seeing|chatting|our|the|your)\b`,
  // "looking forward to Friday at 11": the day itself is looked forward to.
  String.raw`\blook(?:ing)? forward to (?:this |next )?(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|today|tonight)`,
  String.raw`\binvit(?:e|ing) you (?:to|for)\b`,
  // The sender fixes the plan: "let's plan on Wednesday …", "let's say Tuesday at 2pm", "let us lock in …".
  String.raw`\b(?:let(?:'|’)?s|let us) (?:plan (?:on|for)|pencil|schedule|book|say|go with|lock|do|meet)\b`,
  // The sender states the plan: "we'll do it at our space on Tuesday at 4", "I'll hold the call on Friday at 10".
  String.raw`\b(?:we|i)(?:'ll|’ll| will) (?:do|hold|have) (?:it|this|the (?:interview|call|chat|meeting|visit))(?= (?:at|on|in) )`,
  String.raw`\bcalendar invit`,
  String.raw`\b(?:sent|send|sending) (?:you |over )?(?:an? |the )?(?:calendar |meeting )?invit(?:e|ation)\b`,
  String.raw`\b(?:locked in|booked in|on the calendar|in the calendar|on (?:my|our) calendar)\b`,
  String.raw`\b(?:you|we)(?:'re|’re| are) (?:all )?(?:set|booked|confirmed|scheduled|on|good (?:for|to go))\b`,
].join('|'), 'i');
/**
 * An interview noun leading into the time: "a video interview on Tuesday, …", "your call is tomorrow
 * at …", "the panel starts at 0930 …" (a panel only ahead of it: "our panel met on …" is past).
 */
const INTERVIEW_LEADS_TO_TIME = /\b(?:interview|call|meeting|meet|screen|chat|conversation|speak|talk|session|onsite|on-site|round|panel(?=\s(?:starts|begins|will|is|kicks off)\b))\b(?:[^.?!]{0,80}\b(?:on|at|for|is|will be|(?:see|meet|speak (?:to|with)|talk (?:to|with)|call) you))?[\s:–-]{0,3}$/i;
/** An intro line that names the interview the lines under it are about. */
const INTRO_NAMES_INTERVIEW = /\b(?:interviews?|call|meeting|screen|onsite|on-site|round|conversation|visit|assessment)\b/i;
const LINE_INTRODUCES_NEXT = /[:：]\s*$/;
/** A short heading line naming the interview, with no sentence in it ("Onsite Interview", "Your phone screen"). */
const HEADING_NAMES_INTERVIEW = /^[ \t]*(?:[\p{L}'’-]{1,14}[ \t]){0,3}(?:interview|screen|onsite|on-site|round|call)[ \t]*(?:[:：][ \t]*)?$/iu;
/** The same, or a plan to meet ("Lets meet in person about the job."), in the sentence before a fragment. */
const INTRO_NAMES_INTERVIEW_OR_MEETING = /\b(?:interviews?|call|meeting|screen|onsite|on-site|round|conversation|visit|assessment|meet)\b/i;
/** At most this much before the time for its sentence to count as opening with it ("This Thursday at noon"). */
const FRAGMENT_LEAD_CHARS = 5;
/** How far back the sentence before a fragment is read. */
const PREVIOUS_SENTENCE_CHARS = 200;
/** Someone meeting the candidate at the time: "we would love to see you Monday the 9th at …". */
const MEETS_YOU_LEAD = /\b(?:see|meet|speak (?:to|with)|talk (?:to|with)|host|welcome|call) (?:you|u)\s*(?:on|at)?\s*$/i;
/** A reminder: the mail is about an interview already arranged. */
const REMINDER = /\b(?:reminder|remind(?:ing)? you|heads[- ]up|coming up|is (?:tomorrow|today|later today|this)|just a (?:quick )?note that)\b/i;
/**
 * An imperative invitation: "please join us at our office on …", or a sentence that opens with one
 * ("Come down to the depot Friday at 8am", "Pop in on Monday at 2pm").
 */
const PLEASE_COME = /\bplease (?:join|come|attend|meet|report to|dial in|call in)\b|^\s*(?:just )?(?:come|pop|drop|swing|stop) (?:in|down|along|by|over|round|across|into)\b/i;
/** "your 10am interview on Thursday": the interview noun sits inside the mention. */
const NOUN_IN_MENTION = /\b(?:interview|call|screen|meeting|chat|onsite|conversation)\b/i;
const WEEKDAY_BEFORE_DATE = /\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?\s{0,2}[,(]?\s{0,2}$/i;
const POSSESSIVE_LEAD = /\b(?:your|the|our)\s*$/i;
/** An invitation said as a wish: "I'd love for you to come by …", "we would like you to visit …". */
const WISH_TO_HOST = /\b(?:i|we)(?:['’]d| would) (?:love|like) (?:for )?you to (?:come|join|visit|meet|stop|drop|pop)\b/i;
/** A question inviting the candidate to one slot: "could you join us … at 2:30pm?". */
const INVITATION = /\b(?:could|would|can|will) you (?:please )?(?:be able to )?(?:join|come|attend|meet|visit|make it|pop in|drop by)\b|\b(?:join|meet|visit) (?:us|me|the team)\b/i;
/** A new time in a reschedule: "moved to", "the new time is", "rescheduled for". */
const NEW_TIME = /\b(?:new (?:time|date|slot)|moved (?:it )?to|rescheduled (?:it )?(?:to|for)|changed (?:it )?to|push(?:ed)? (?:it )?(?:back )?to|postponed (?:it )?to|updated (?:time|date)|now (?:be|take place|is)|instead)\b/i;
/** The sender asks to move the interview: "could we move …", "would it be possible to push …", "can I shift …". */
const MOVE_ASKED = /\b(?:could|can|would|may|might) (?:we|i|you|it be possible(?: for us)? to) (?:please )?(?:move|shift|push|switch|bump|reschedule|change)\b/i;
/** The far end of a move: "moved your interview from Tuesday at 10am to …". */
const MOVED_TO_LEAD = /\b(?:mov|shift|chang|reschedul|push|postpon|bump)\w{0,4}\b[^.?!]{0,120}\s(?:to|until|till)\s*$/i;
/**
 * The old time in a reschedule, right before the mention: "from Tuesday at 2pm", "originally …",
 * "which was due to take place on …", "which was scheduled for tomorrow, Tuesday …".
 */
const OLD_TIME_LEAD = /\b(?:from|originally|previously|instead of|(?:was|were|had been) (?:(?:originally|previously|initially) )?(?:scheduled|set|booked|planned|arranged|(?:due|meant|supposed) to (?:take place|be held|happen|go ahead|be))(?: for| on| at)?(?: (?:tomorrow|today|this (?:morning|afternoon|evening)),?)?|(?:reschedul|mov|cancel|postpon|push)\w{0,3} (?:your|the|our) (?:\w+ ){0,3}(?:on|at|for|from))\s*$/i;
const OLD_TIME_WORDS = /\b(?:original(?:ly)?|previous(?:ly)?|old) (?:time|date|slot|booking)\b|^\s*(?:previous|original|old|former|was)\s?[:：]\s*$/i;
/** A reschedule's new time labelled on its line: "New: Friday, 13 November …", "Updated:", "Now:". */
const NEW_LABEL = /^\s*(?:new|updated|revised|now)\s?[:：]\s*$/i;
const CANCELLED = /\bcancel(?:l?ed|ling|lation)?\b|\bno longer\b|\bcall(?:ed|ing) off\b/i;
/** Availability asked: the candidate is to say when they can, not to confirm a slot. */
const AVAILABILITY = /\b(?:availab(?:le|ility)|free (?:on|at|for)|convenient|what times?|when (?:are|would) you)\b/i;
/** Options offered: several slots to choose from. */
const CHOICE = /\b(?:(?:some|a few|a couple of|these|the following|several) (?:times|slots|dates|options)|which (?:of (?:these|the following)|time|slot|option|day)|pick|choose|select|would (?:any|either|one) of|slots|options?|alternatively|or (?:another|a different) time|let (?:me|us) know (?:which|what))\b/i;
/**
 * A fallback after one slot: "if it doesn't work, just pick another time", "if not, choose a
 * different slot". What it offers is the way out, not a choice among slots.
 */
const FALLBACK_CLAUSE = /\bif (?:not|(?:it|that|this|the time)\s(?:doesn['’]?t|does not|won['’]?t|will not|can['’]?t)\s(?:work|suit)\b)[^.?!]*/gi;
/** A proposal: a choice unless the sender has already held the one time proposed ("I propose Tuesday …, he has blocked this slot"). */
const PROPOSES = /\b(?:propose|suggest)/i;
/** One time put to the candidate: "does Thursday at 3pm work?", "could you do …". */
const ASKS_IF_IT_WORKS = /\b(?:works? (?:best )?for you|(?:does|would|will) .{0,40}\bwork\b|could you do|can you do|suit you)\b/i;
/**
 * A slot the sender has already pencilled in: a placeholder sent, an invite or link promised,
 * "if not, let me know", "if that's bad, …". The one time asked about then stands unless the candidate objects.
 */
const PENCILLED = /\b(?:placeholder|provisional(?:ly)? (?:booked|held|reserved|pencil(?:l?ed)?)|(?:i|we)(?:'ll|’ll| will| have|'ve|’ve)? (?:send|sent|put|add(?:ed)?|drop(?:ped)?|get|follow up with) (?:you |over )?(?:an? |the )?(?:formal |official |calendar |meeting )?(?:invite|invitation|hold|zoom|meet|teams|link|calendar)|if (?:not|it doesn'?t|that doesn'?t|it does not|that does not|this doesn'?t|(?:that|this|it)(?:'s|’s| is) (?:bad|no good|not good|not possible|a problem|an issue))\b)/i;
/** How far after a question a pencilled cue may stand (the next sentence or two). */
const PENCILLED_AFTER_CHARS = 200;
/** A time already agreed, asked about again: "tmrw 2pm still good?", "are we still on for Thursday?". */
const STILL_ON = /\bstill (?:good|ok|okay|on|works?|happening)\b/i;
/** One slot put forward: "we were thinking Thursday at 2", "I'm hoping for Monday at 10", "how about Tuesday at 9". */
const PROPOSAL_LEAD = /\b(?:we|i)(?:['’](?:re|m|d))?(?: (?:are|were|was|am|had|have been|had been))? (?:thinking(?: of| about)?|hoping for|aiming for|planning (?:on|for))\s?(?:on|at|for)?\s?$|\b(?:how|what) about\s?(?:on\s?)?$/i;
/** The proposer asks whether it suits: "let me know if that suits", "if it doesn't, we'll find another". */
const SUITS_CHECK = /\bif (?:that|this|it|the time)(?: still)? (?:suits|works|is (?:ok|okay|fine|good))\b|\bif (?:that|this|it)(?:'s|’s| is) (?:bad|no good|not good)\b|\bif (?:not|it doesn'?t|that doesn'?t|it does not|that does not|this doesn'?t)\b/i;
/**
 * What follows one slot that is already held: its meeting link to come ("Teams link to follow",
 * "Zoom invite will be sent separately", "ill send a zoom"), or the candidate asked to confirm it ("Pls confirm.").
 */
const SLOT_FOLLOW_UP = /\b(?:i|we)(?:['’]ll|ll| will| am going to| are going to) (?:send|shoot|drop) (?:you |u |over )?(?:an? |the )?(?:calendar |meeting |formal )?(?:invite|invitation|zoom|teams|meet|link)\b|\b(?:link|invite|invitation)s? (?:to follow|(?:will )?comes? separate(?:ly)?|will (?:follow|come|be sent)|(?:(?:is|are) )?coming|(?:is|are) on (?:its|the) way)\b|\b(?:please|pls|plz|kindly) (?:re-?)?confirm\b(?! (?:your |the )?(?:availab|which|whether|if|one|receipt))/i;
/** How far after a proposed slot its "let me know if that suits" may stand (the rest of a short letter). */
const SUITS_AFTER_CHARS = 600;
/** Someone free at the time, put to the candidate: "Lena can do 9am your time", "I can make 3pm". */
const CAN_DO_LEAD = /\bcan (?:do|make|manage)(?:\s(?:on|at))?\s?$/i;
/**
 * The slot agreed in so many words right after it: "Perfect, Friday at 10 works.", "Tuesday 2pm
 * suits us". Not under a question or a condition ("let me know if Friday at 10 works").
 */
const AGREED_AFTER = /^[\s,]{0,2}(?:\(?[A-Z]{2,5}\)? )?(?:(?:works|suits)(?: (?:for |with )?(?:me|us|everyone|the team))?(?: (?:great|perfectly|fine|well))?|it is|(?:is|sounds) (?:perfect|great|fine|good))\s{0,2}[.!]/i;
const CONDITION_LEAD = /\b(?:if|whether|does|would|will|can|could|unless)\b/i;
/** A question offers a time rather than stating one. */
const QUESTION = /\?\s*$/;
/**
 * Two clock times or two days put side by side with "or" ("10:00 or 14:00 on Friday", "Tue or Wed
 * at 2pm"): a choice, even when only one of them could be placed on a day. Not a conversion into
 * another zone ("2pm ET or 11am PT"), whose second clock names its zone.
 */
const ALTERNATIVE_TIMES = /(?:\b\d{1,2}[:.]\d{2}|\b\d{1,2}\s?[ap]\.?m\b\.?|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?|\b\d{1,2})\s{1,2}or\s{1,2}(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?[ap]\.?m\b\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b)(?!\s{0,2}\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AES?T|AEDT|SGT|your time|for you)\b)/i;
/**
 * The sender still has to settle the time: "maybe 3pm", "tentatively looking at", "I need to confirm
 * with the panel first", "once it's locked", "to be confirmed". A hedge keeps the one time from
 * counting as booked; a slot held on purpose ("provisionally booked") is pencilled, not hedged.
 */
const TENTATIVE = /\b(?:tentatively (?:looking|thinking|aiming|planning)|(?:need|have|has|needs) to (?:confirm|check|clear) (?:it |this |that )?with|(?:yet|still) to (?:be )?confirm\w{0,2}|to be confirmed|tbc(?![-\w])|not (?:yet )?(?:confirmed|final(?:i[sz]ed)?|locked)|pending confirmation|subject to (?:confirmation|availability)|once (?:it(?:['’]s| is| has been)|(?:i|we)(?:['’]ve| have)) (?:locked|confirmed|finali[sz]ed))\b/i;
/** A hedge right before the time ("maybe 3pm", "perhaps on Thursday at 2"), not one on a duration ("maybe an hour"). */
const HEDGE_LEAD = /\b(?:maybe|perhaps|possibly|probably)\s{1,2}(?:(?:at|on|around|about)\s{1,2})?$/i;
/** A window to wait in, not a meeting: "sometime between 10am and 2pm", "any time from 9". */
const WAIT_WINDOW = /\b(?:some ?time|any ?time|at some point|somewhere)\s{1,2}(?:on\s{1,2}\S{1,12}\s{1,2})?(?:between|from)\b/i;
/**
 * An event for many, not an interview: a career fair's stand, a webinar, an open day. Its time is
 * the event's, unless the same sentence names an interview ("after the fair, can you interview …").
 */
const GROUP_EVENT = /\b(?:careers? (?:fair|day|event)|job fair|recruitment fair|webinar|open (?:day|evening|house)|(?:our|the|my) (?:stand|booth|stall))\b/i;
/** "e.g. Tuesday at 2pm": an example of an answer, not a time. */
const EXAMPLE_LEAD = /(?:\be\.g\.?|\bfor example|\bfor instance|\bsuch as)\s*,?\s*$/i;
/**
 * A deadline word right before the time: "by Friday at 5pm", "due on …", "expires …"; not the
 * "by" of a visit ("come by tomorrow at 10am", "stop by on Monday").
 */
const DEADLINE_LEAD = /\b(?:(?<!\b(?:come|comes|coming|stop|stopping|drop|dropping|swing|pop|popping) )by|before|until|till|no later than|deadline(?: is)?|due(?: by| on| at)?|expires?(?: on| at)?|closes?(?: on| at)?|ends?(?: on| at)?)\s*(?:the end of\s*)?(?:on\s*)?$/i;
/** The end of an opening window: "between 9am and 5pm on Thursday". */
const WINDOW_LEAD = /\b(?:between|from)\s[^.?!\n]{1,24}\s(?:and|to|until|till|-|–|—)\s*$/i;
/** Written ranges longer than this are opening hours or a day of slots, not one interview. */
const LONGEST_INTERVIEW_MINUTES = 4 * 60;
/** A confirmed onsite may fill a working day; longer is opening hours. */
const LONGEST_ONSITE_MINUTES = 9 * 60;
/** Past-tense words before a time: "thank you for meeting us on Monday at 2pm". */
const PAST_LEAD = /\b(?:thank(?:s| you) for|enjoyed|(?:it )?was (?:great|nice|good|lovely|a pleasure)|following (?:up (?:on|after) )?(?:your|our)|we (?:met|spoke|talked|had)|(?:you|i) (?:met|spoke|interviewed|attended|missed)|yesterday|earlier today|last (?:week|mon|tue|wed|thu|fri))\b/i;
/** Future words between a past cue and the time cancel the cue ("thanks for your time; we'd like to invite you …"). */
const FUTURE_AFTER_PAST = /\b(?:invit|would (?:like|love)|['’]d (?:like|love)|will|next|schedul|confirm|book|join|meet you|look(?:ing)? forward|bring you (?:in|back)|set (?:it |this )?up for)/i;

const SCHEDULING_LINK = /\b(?:calendly\.com|goodtime\.io|greenhouse\.io\/\S{0,80}(?:schedul|availability)|calendar\.app\.google|cal\.com\/|outlook\.office(?:365)?\.com\/(?:owa\/calendar|book)|doodle\.com|youcanbook\.me|calendar\.google\.com\/calendar\/(?:appointments|u\/\d\/appointments)|hire\.lever\.co\/\S{0,80}schedul|savvycal\.com|ashbyhq\.com\/\S{0,80}schedul|modernloop|prelude\.co)/i;
const SCHEDULE_REQUEST = /\b(?:use (?:the|this) link|click (?:the|this|on the) link|(?:book|schedule|select|pick|choose|find) (?:a|your|an?) (?:time|slot|interview time|date)|self-schedul\w*|at your (?:earliest )?convenience|share your availability|send (?:me|us) your availability)\b/i;

/**
 * A scheduling tool's own confirmation (Calendly, Zoom, Google and Outlook invitations, Teams,
 * Greenhouse, GoodTime, Lever, Ashby): its wording marks an event already booked.
 */
const TOOL_CONFIRMATION: readonly (readonly [string, RegExp])[] = [
  ['calendly', /\bA new event has been scheduled\b|\bEvent Type:|\bInvitee:|calendly\.com\/(?:cancellations|reschedulings)/i],
  ['zoom', /\bJoin Zoom Meeting\b|\bis inviting you to a scheduled Zoom meeting\b|\bMeeting ID:/i],
  ['google-calendar', /\bInvitation from Google Calendar\b|\bYou have been invited to the following event\b|\bJoin with Google Meet\b|\bGoogle Meet joining info\b|\bView all guest info\b/i],
  // Booking pages (Microsoft Bookings and the like) head their confirmation so.
  ['booking-page', /\byour (?:booking|appointment) (?:is|has been) confirmed\b/i],
  ['outlook-teams', /\bMicrosoft Teams (?:meeting|Need help)\b|\bJoin the meeting now\b|\bClick here to join the meeting\b/i],
  ['ats-confirmation', /\b(?:greenhouse|goodtime|lever|ashby)\b[\s\S]{0,400}\b(?:confirmed|scheduled)\b|\binterview (?:has been )?(?:confirmed|scheduled)\b/i],
];

/**
 * What a scheduling request's sentence may ask for instead of a time: a change to the one booked
 * ("use the link to request a new time", "to reschedule or cancel") or a reply confirming it
 * ("please confirm at your earliest convenience").
 */
const NOT_A_TIME_REQUEST = /\b(?:reschedul\w*|cancel\w*|(?:request|propose|need) (?:a )?(?:new|different|another) (?:time|date|slot)|make (?:a )?change|change (?:the|your) (?:time|date|slot))\b|\bconfirm(?: (?:receipt|attendance|this|that|it|the (?:time|slot|date|details)|your attendance))?,? (?:at your (?:earliest )?convenience|by (?:replying|reply|return))\b/i;
const SENTENCE_STOP = /[.?!](?:\s|$)|\n\n/;
/** How far each way of a scheduling request its sentence is read. */
const REQUEST_SENTENCE_CHARS = 160;

/** Some sentence asks the candidate to pick or book a time, not to change or confirm the one given. */
function asksToSchedule(body: string): boolean {
  // SCHEDULE_REQUEST has no g flag (its recheck verdict is kept per flags): each request is found in the rest.
  for (let from = 0; ;) {
    const found = SCHEDULE_REQUEST.exec(body.slice(from));
    if (!found) return false;
    const at = from + found.index;
    from = at + found[0].length;
    const before = body.slice(Math.max(0, at - REQUEST_SENTENCE_CHARS), at);
    const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n\n')) + 1;
    const after = body.slice(at, at + REQUEST_SENTENCE_CHARS);
    const stop = after.search(SENTENCE_STOP);
    const sentence = `${before.slice(start)}${stop < 0 ? after : after.slice(0, stop)}`.replace(/\s+/g, ' ');
    if (!NOT_A_TIME_REQUEST.test(sentence) || AVAILABILITY.test(sentence)) return true;
  }
}

/** The tools whose confirmation wording the body has; a confirmed interview counts as an ATS's own confirmation. */
function toolsConfirming(body: string): string[] {
  const tools = TOOL_CONFIRMATION.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
  return !tools.includes('ats-confirmation') && namesInterviewConfirmed(body) ? [...tools, 'ats-confirmation'] : tools;
}

/** "Your interview with the Payments team at Acme is confirmed": the interview named, then confirmed in its sentence. */
const YOUR_INTERVIEW_WITH = /\byour interview (?:with|for) /gi;
const IS_CONFIRMED = /^[^.?!\n]{0,100}? (?:is|has been) (?:now )?(?:confirmed|scheduled|booked)\b/i;

function namesInterviewConfirmed(body: string): boolean {
  for (const match of body.matchAll(YOUR_INTERVIEW_WITH)) {
    if (IS_CONFIRMED.test(body.slice(match.index + match[0].length - 1, match.index + match[0].length + 120))) return true;
  }
  return false;
}

export interface MessageContext {
  readonly text: BodyText;
  readonly subject: string;
  /** Tool names whose confirmation wording appears in the body. */
  readonly tools: readonly string[];
  readonly schedulingLink: boolean;
  readonly schedulingRequest: boolean;
  readonly subjectConfirms: boolean;
  readonly subjectReminder: boolean;
  readonly subjectCancels: boolean;
}

export function readMessageContext(text: BodyText, subject: string): MessageContext {
  const body = text.text;
  return {
    text,
    subject,
    tools: toolsConfirming(body),
    schedulingLink: SCHEDULING_LINK.test(body),
    schedulingRequest: asksToSchedule(body),
    subjectConfirms: /\b(?:confirmed|confirmation|scheduled|booked|invitation|invite|updated invitation)\b/i.test(subject),
    subjectReminder: /\breminder\b/i.test(subject),
    subjectCancels: /\bcancel(?:l?ed|lation)\b/i.test(subject),
  };
}

export interface MentionContext {
  /** Start of the sentence holding the mention: two mentions in one sentence are a choice or a move. */
  readonly sentence: number;
  /** The mention is an item of a list (one of several options, unless a label says otherwise). */
  readonly listed: boolean;
  readonly tags: readonly string[];
}

/** Evidence for and against one mention being the interview's time. */
export function readMentionContext(mention: Mention, message: MessageContext, all: readonly Mention[]): MentionContext {
  const { text: body, flowing } = message.text;
  const tags: string[] = [];
  // A mention may end on the stop of its own sentence ("at 10:30 Fri."): the next sentence is not its own.
  const sentence = sentenceAt(flowing, mention.index, flowing[mention.end - 1] === '.' ? mention.end - 1 : mention.end);
  const sentenceText = sentence.text.replace(/\n/g, ' ');
  const line = lineAround(body, mention.index);
  const lineBefore = body.slice(line.start, mention.index);
  // A line that starts with the time is a list item, unless the mail program wrapped a sentence there.
  const wrappedHere = line.start > 0 && flowing.charCodeAt(line.start - 1) !== 10;
  const listed = LIST_ITEM.test(line.text) || (!wrappedHere && line.text.trim().startsWith(mention.text.slice(0, 6)) && !LABEL.test(line.text));
  // chrono may take the preposition into the mention ("on Tuesday, …"): it still leads in.
  const lead = `${flowing.slice(sentence.start, mention.index)}${/^(?:on|at|for)\b/i.exec(mention.text)?.[0] ?? ''}`.replace(/\n/g, ' ');
  // The words just before the time on its own line: a label line above ("Original slot: …") is not its lead.
  // A weekday chrono left out of the mention ("Thursday (11/12) at 4:30pm") belongs to it, not to the lead.
  const lineLead = flowing.slice(Math.max(sentence.start, flowing.lastIndexOf('\n', mention.index - 1) + 1), mention.index).replace(WEEKDAY_BEFORE_DATE, '');
  const near = `${lineLead.slice(-60)}${/^(?:on|at|for)\b/i.exec(mention.text)?.[0] ?? ''}`;
  const intro = listed ? introLine(body, mention.index) : '';
  const labelled = (LABEL.test(lineBefore) && !OTHER_LABEL.test(lineBefore)) || LONE_LABEL.test(previousLine(body, line.start)) || underTableHeading(body, line);
  if (labelled) tags.push('for:label');
  const stillOn = STILL_ON.test(sentenceText);
  const agreed = AGREED_AFTER.test(flowing.slice(mention.end, mention.end + 40)) && !CONDITION_LEAD.test(lead);
  if (CONFIRMED.test(sentenceText) || stillOn || agreed) tags.push('for:confirmed');
  if (CAN_DO_LEAD.test(near)) tags.push('for:pencilled');
  // One slot with its meeting link to come, or put to the candidate to confirm ("Pls confirm.").
  else if (!/\bor\b/i.test(sentenceText) && SLOT_FOLLOW_UP.test(`${sentenceText} ${flowing.slice(sentence.end, sentence.end + PENCILLED_AFTER_CHARS)}`)) tags.push('for:pencilled');
  // A single slot proposed and put to the candidate to accept; "Tuesday or Wednesday at 2" is a choice.
  else if (PROPOSAL_LEAD.test(near) && !/\bor\b/i.test(sentenceText) && SUITS_CHECK.test(`${sentenceText} ${flowing.slice(sentence.end, sentence.end + SUITS_AFTER_CHARS)}`)) tags.push('for:pencilled');
  const nounInside = NOUN_IN_MENTION.test(flowing.slice(mention.index, mention.end)) && POSSESSIVE_LEAD.test(lineLead);
  if (!listed && (INTERVIEW_LEADS_TO_TIME.test(lead) || MEETS_YOU_LEAD.test(near) || nounInside)) tags.push('for:interview-sentence');
  // A fragment opening with the time ("Thu 19th 10h CET, 1 hour.") after the sentence that names the meeting.
  // A wrapped letter may start that sentence on a line of its own: only a bulleted line is a list item here.
  else if (!LIST_ITEM.test(line.text) && lead.trim().length <= FRAGMENT_LEAD_CHARS && INTRO_NAMES_INTERVIEW_OR_MEETING.test(previousSentence(flowing, sentence.start)) && !PAST_LEAD.test(previousSentence(flowing, sentence.start))) tags.push('for:interview-sentence');
  // A time on its own line under "here are the details for your second interview:" (several such lines are a choice),
  // or right under a heading that names it ("Onsite Interview" over "Thu, Dec 10, 2026").
  else if (listed && (introducesInterview(flowing, line.start) || HEADING_NAMES_INTERVIEW.test(previousLine(body, line.start)))) tags.push('for:interview-sentence');
  if ((PLEASE_COME.test(sentenceText) || WISH_TO_HOST.test(sentenceText)) && !QUESTION.test(sentenceText)) tags.push('for:invitation');
  if (REMINDER.test(sentenceText) || message.subjectReminder) tags.push('for:reminder');
  for (const tool of message.tools) tags.push(`for:tool:${tool}`);
  if (message.subjectConfirms) tags.push('for:subject');
  if (NEW_TIME.test(near) || NEW_LABEL.test(lineLead) || MOVED_TO_LEAD.test(lineLead) || (NEW_TIME.test(sentenceText) && sharesSentenceAfterAnother(mention, all, sentence))) tags.push('for:new-time');

  if (CANCELLED.test(sentenceText) || message.subjectCancels) tags.push('against:cancelled');
  if (OLD_TIME_LEAD.test(near) || OLD_TIME_WORDS.test(near)) tags.push('against:old-time');
  if (DEADLINE_LEAD.test(near.slice(-30))) tags.push('against:deadline');
  const lineEnd = flowing.indexOf('\n', mention.end);
  const rowsFollow = mention.evidence.includes('date:agenda-first-row') && all.some((other) => other.evidence.includes('date:agenda-row'));
  if (rowsFollow && ARRIVAL_ROW.test(flowing.slice(mention.end, lineEnd < 0 ? flowing.length : lineEnd))) tags.push('against:arrival');
  if (END_LABEL.test(lineBefore) || (lineBefore.trim() === '' && END_LABEL.test(previousLine(body, line.start)))) tags.push('against:end-time');
  const moved = tags.includes('for:new-time');
  // A day-long onsite ("10:00 AM – 2:30 PM") is one when the mail confirms or labels it.
  const firm = tags.some((tag) => tag === 'for:confirmed' || tag === 'for:label' || tag === 'for:subject' || tag.startsWith('for:tool:'));
  const longRange = mention.rangeMinutes !== null && mention.rangeMinutes > (firm ? LONGEST_ONSITE_MINUTES : LONGEST_INTERVIEW_MINUTES);
  // "moved from Tue 3pm to Wed 11am" reads like a window's end, but is a move.
  if ((WINDOW_LEAD.test(near.slice(-40)) && !moved) || longRange || WAIT_WINDOW.test(sentenceText)) tags.push('against:window');
  if (TENTATIVE.test(sentenceText) || HEDGE_LEAD.test(near.slice(-30)) || HEDGE_LEAD.test(flowing.slice(Math.max(0, mention.index - 30), mention.index))) tags.push('against:tentative');
  if (EXAMPLE_LEAD.test(near.slice(-20))) tags.push('against:example');
  if (GROUP_EVENT.test(sentenceText) && !/\binterview/i.test(sentenceText)) tags.push('against:group-event');
  const pastCue = PAST_LEAD.exec(lead);
  if (pastCue && !FUTURE_AFTER_PAST.test(lead.slice(pastCue.index + pastCue[0].length))) tags.push('against:past');
  const invitation = INVITATION.test(sentenceText);
  const offered = intro !== '' && (CHOICE.test(intro) || PROPOSES.test(intro) || AVAILABILITY.test(intro) || QUESTION.test(intro));
  const choice = CHOICE.test(sentenceText.replace(FALLBACK_CLAUSE, ' ')) || (ALTERNATIVE_TIMES.test(sentenceText) && !moved);
  if (offered || choice || (PROPOSES.test(sentenceText) && !tags.includes('for:confirmed'))) tags.push('against:choice');
  else if (AVAILABILITY.test(sentenceText)) tags.push('against:availability');
  else if (!stillOn && (ASKS_IF_IT_WORKS.test(sentenceText) || QUESTION.test(sentenceText))) {
    // The promise of an invite or the "if not" may close a short letter, after the slot's details.
    const after = flowing.slice(sentence.end, sentence.end + SUITS_AFTER_CHARS);
    // "Could we move your interview from Tuesday at 2pm to Thursday at 11:30?": the one new time of
    // a move the sender asks for stands, as a pencilled slot, until the candidate objects.
    if (PENCILLED.test(`${sentenceText} ${after}`) || (moved && MOVE_ASKED.test(sentenceText) && !/\bor\b/i.test(sentenceText))) tags.push('for:pencilled');
    else tags.push(invitation ? 'for:invitation' : 'against:question');
  }
  if (message.schedulingRequest && !labelled && !tags.includes('for:confirmed') && message.tools.length === 0) tags.push('against:scheduling-request');
  if (mention.unusable) tags.push(`against:${mention.unusable}`);
  return { sentence: sentence.start, listed, tags };
}

/** In "moved from Tuesday at 2pm to Wednesday at 3pm" the later mention is the new time. */
function sharesSentenceAfterAnother(mention: Mention, all: readonly Mention[], sentence: { start: number; end: number }): boolean {
  return all.some((other) => other !== mention && other.index >= sentence.start && other.end <= mention.index);
}

/**
 * The paragraph right above a line ends with a colon and names the interview. The whole paragraph
 * is read: a narrow wrap may leave its last line as little as "Logistics:".
 */
function introducesInterview(flowing: string, lineStart: number): boolean {
  const above = flowing.slice(Math.max(0, lineStart - PREVIOUS_SENTENCE_CHARS), lineStart).trimEnd();
  const paragraph = above.slice(above.lastIndexOf('\n\n') + 1);
  return LINE_INTRODUCES_NEXT.test(paragraph) && INTRO_NAMES_INTERVIEW.test(paragraph);
}

/** The sentence ending right before `start` (up to a paragraph break). */
function previousSentence(flowing: string, start: number): string {
  const before = flowing.slice(Math.max(0, start - PREVIOUS_SENTENCE_CHARS), start).trimEnd();
  const paragraph = before.lastIndexOf('\n\n');
  const body = paragraph >= 0 ? before.slice(paragraph + 2) : before;
  const stop = Math.max(body.slice(0, -1).lastIndexOf('. '), body.slice(0, -1).lastIndexOf('? '), body.slice(0, -1).lastIndexOf('! '), body.lastIndexOf('\n'));
  return stop >= 0 ? body.slice(stop + 1) : body;
}

/** A table row ("| Thu 10 Dec | 10:00 | CET |"): cells between pipes. */
const TABLE_ROW = /^[ \t]*\|(?:[^|\n]*\|){2}/;
/** A table's rule under its heading ("|---|---|"). */
const TABLE_RULE = /^[ \t|:\-–—]*$/;
/** A heading row naming a date or time column. */
const TABLE_HEADING = /\|[ \t]*(?:date|day|time|start|when|slot)(?:[ \t]{0,3}(?:&|and|\/)[ \t]{0,3}(?:date|time))?(?:[ \t]{0,3}\([^()|\n]{0,30}\))?[ \t]*\|/i;

/**
 * The row right under a table's heading (its rule aside) whose columns name the date or the time:
 * the heading labels the row's cells as "Date:" would. Only a table of one row: several rows are options.
 */
function underTableHeading(body: string, line: { start: number; text: string }): boolean {
  if (!TABLE_ROW.test(line.text)) return false;
  const nextStart = line.start + line.text.length + 1;
  const nextEnd = body.indexOf('\n', nextStart);
  if (nextStart < body.length && TABLE_ROW.test(body.slice(nextStart, nextEnd < 0 ? body.length : nextEnd))) return false;
  let above = previousLine(body, line.start);
  let aboveStart = line.start - above.length - 1;
  if (TABLE_RULE.test(above) && above.includes('-')) {
    above = previousLine(body, aboveStart);
    aboveStart -= above.length + 1;
  }
  return TABLE_ROW.test(above) && TABLE_HEADING.test(above);
}

function lineAround(text: string, index: number): { start: number; text: string } {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return { start, text: text.slice(start, end < 0 ? text.length : end) };
}

function previousLine(text: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(start, lineStart - 1);
}
