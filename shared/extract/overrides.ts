import { DateTime } from 'luxon';
import type { Overrides } from '../domain/analysis.ts';
import type { EventKind } from '../domain/kinds.ts';
import { casualEnglish } from './time/chrono-english.ts';
import { findStatedZone, offsetMinutesAt } from './zones.ts';

export interface OverrideContext {
  readonly timeZone: string;
  /** Dates like "Dec 3 2pm" in a tag are read relative to this instant. */
  readonly reference: Date;
}

/**
 * Tag → kind. A Map, not an object literal: tags are the user's free text, and `#constructor` must
 * not find `Object.prototype.constructor` (that stored a function as the event kind, which the store
 * could not read back).
 */
const KIND_TAGS: ReadonlyMap<string, EventKind> = new Map([
  ['interview', 'interview'],
  ['rejection', 'rejection'],
  ['rejected', 'rejection'],
  ['applied', 'confirmation'],
  ['confirmation', 'confirmation'],
  ['other', 'other'],
  ['ignore', 'other'],
]);
const VALUE_TAGS = ['company', 'role', 'at'] as const;
type ValueTag = (typeof VALUE_TAGS)[number];
const KNOWN_TAGS = [...KIND_TAGS.keys(), ...VALUE_TAGS].map((tag) => `#${tag}`).join(', ');

/** A tag: `#` at the start or after a space (so "C#" or "Req#12" are not tags), then letters. */
const TAG = /(?<=^|\s)#([A-Za-z][\w-]*)/g;
/** Longest value a tag may carry: protects against a whole pasted paragraph becoming a name. */
const MAX_VALUE_LENGTH = 120;
/** Most problems reported for one note: a pasted hashtag-laden text should not flood the reply. */
const MAX_PROBLEMS = 10;
/** `yyyy-mm-dd hh:mm` / `yyyy-mm-ddThh:mm[:ss]` with an optional offset or Z. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Tags in the user's note win over the machine. Several different kind tags are a conflict:
 * it is reported and the LAST one wins (the user most likely corrected themselves while typing).
 */
export function parseOverrides(note: string, context: OverrideContext): Overrides {
  const problems: string[] = [];
  let kind: EventKind | null = null;
  const values: Partial<Record<ValueTag, string>> = {};
  const seenKinds: string[] = [];

  const tags = [...note.matchAll(TAG)];
  tags.forEach((match, position) => {
    const tag = (match[1] ?? '').toLowerCase();
    const valueStart = match.index + match[0].length;
    const next = tags[position + 1];
    const lineEnd = note.indexOf('\n', valueStart);
    const valueEnd = Math.min(next ? next.index : note.length, lineEnd < 0 ? note.length : lineEnd);
    const value = note.slice(valueStart, valueEnd).replace(/^\s*[:=]?\s*/, '').trim();

    const tagKind = KIND_TAGS.get(tag);
    if (tagKind) {
      if (kind !== null && kind !== tagKind) {
        problems.push(`#${tag} conflicts with the earlier #${seenKinds.at(-1) ?? kind}; using the last one, #${tag} (${tagKind})`);
      }
      kind = tagKind;
      seenKinds.push(tag);
      return;
    }
    if (!(VALUE_TAGS as readonly string[]).includes(tag)) {
      problems.push(`unknown tag #${tag}: known tags are ${KNOWN_TAGS}`);
      return;
    }
    const valueTag = tag as ValueTag;
    if (value === '') {
      problems.push(`#${valueTag} needs a value after it, e.g. ${example(valueTag)}`);
      return;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      problems.push(`#${valueTag} value is longer than ${MAX_VALUE_LENGTH} characters; ignored`);
      return;
    }
    if (values[valueTag] !== undefined && values[valueTag] !== value) {
      problems.push(`#${valueTag} given twice ("${values[valueTag]}" and "${value}"); using the last one`);
    }
    values[valueTag] = value;
  });

  let interviewAt: string | null = null;
  if (values.at !== undefined) {
    const read = readInstant(values.at, context);
    if ('problem' in read) problems.push(read.problem);
    else interviewAt = read.iso;
  }
  return {
    kind,
    // The lookbehinds let a trailing run match only from its first character: without them a
    // value full of spaces is retried from every position (quadratic; recheck flags it).
    company: values.company ? values.company.replace(/(?<![\s,;:!?])[\s,;:!?]+$/, '') : null,
    role: values.role ? values.role.replace(/(?<![\s,.;:!?])[\s,.;:!?]+$/, '') : null,
    interviewAt,
    problems: problems.length > MAX_PROBLEMS ? [...problems.slice(0, MAX_PROBLEMS), `…and ${problems.length - MAX_PROBLEMS} more`] : problems,
  };
}

function example(tag: ValueTag): string {
  return tag === 'company' ? '"#company Acme Corp"' : tag === 'role' ? '"#role Data Engineer"' : '"#at 2026-12-03 14:00"';
}

/** `#at` value: ISO-ish or natural ("Dec 3 2pm"), in the user's zone unless it names one. */
function readInstant(value: string, context: OverrideContext): { iso: string } | { problem: string } {
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second, offset] = iso;
    const zone = offset ? (offset.toUpperCase() === 'Z' ? 'UTC' : `UTC${offset.slice(0, 3)}:${offset.slice(-2)}`) : context.timeZone;
    const time = DateTime.fromObject(
      { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0) },
      { zone },
    );
    if (!time.isValid) return { problem: `#at "${value}" is not a real date and time (${time.invalidExplanation ?? time.invalidReason ?? 'invalid'})` };
    return { iso: time.setZone(context.timeZone).toISO({ suppressMilliseconds: true }) ?? '' };
  }
  const parsed = casualEnglish.parse(value, { instant: context.reference, timezone: offsetMinutesAt(context.reference, context.timeZone) }, { forwardDate: true })[0];
  if (!parsed) return { problem: `#at "${value}" could not be read as a date and time; write it like 2026-12-03 14:00` };
  const { start } = parsed;
  if (!start.isCertain('hour')) return { problem: `#at "${value}" has no time of day; add one, e.g. "${value} 14:00"` };
  const stated = findStatedZone(value.slice(parsed.index));
  const zone = stated?.zone ?? context.timeZone;
  const time = DateTime.fromObject(
    { year: start.get('year') ?? 0, month: start.get('month') ?? 0, day: start.get('day') ?? 0, hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0 },
    { zone },
  );
  if (!time.isValid) return { problem: `#at "${value}" is not a real date and time` };
  return { iso: time.setZone(context.timeZone).toISO({ suppressMilliseconds: true }) ?? '' };
}
