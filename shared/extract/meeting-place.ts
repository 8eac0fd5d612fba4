import type { InterviewFormat } from '../domain/analysis.ts';

/** Video-meeting hosts: a link to one of these makes the interview a video call. */
const CONFERENCE_LINK = /https?:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|bluejeans\.com|chime\.aws|gotomeet\.me|gotomeeting\.com|meet\.jit\.si|around\.co|hirevue\.com)\/[^\s<>"')\]]*/i;

export function findConferenceLink(text: string): string | null {
  return CONFERENCE_LINK.exec(text)?.[0].replace(/[.,;:]+$/, '') ?? null;
}

const PHONE = /\b(?:phone (?:screen|interview|call)|by phone|over the phone|call you (?:at|on)|we will call you|will call you|telephone interview|phone number)\b/i;
const ONSITE = /\b(?:on-?site|in[- ]person|at our (?:office|offices|headquarters|hq)|come (?:in|to our office)|visit our office|reception|parking)\b/i;
const VIDEO = /\b(?:video (?:call|interview|conference)|zoom|google meet|microsoft teams|teams meeting|webex|video link)\b/i;

/** Format from wording when there is no conference link. */
export function formatFromText(text: string, hasPhysicalLocation: boolean): InterviewFormat {
  if (VIDEO.test(text)) return 'video';
  if (PHONE.test(text)) return 'phone';
  if (ONSITE.test(text) || hasPhysicalLocation) return 'onsite';
  return 'unknown';
}

/** "Location: 1 Main St, Springfield" / "Address: …" / "Where: …". */
export function findLocationLine(text: string): string | null {
  const match = /^[ \t]*(?:location|address|where|venue)[ \t]*:[ \t]*(.+)$/im.exec(text);
  const value = match?.[1]?.trim() ?? '';
  return value === '' || /^https?:\/\//i.test(value) ? null : value;
}
