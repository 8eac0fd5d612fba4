/**
 * Clock times written in words ("half past two in the afternoon", "quarter to ten", "three
 * o'clock", "eleven thirty am") rewritten as digits so that the date reader sees a clock time. The
 * rewrite keeps every length: the digits are right-aligned in the words' place ("half past two" →
 * "         2:30"), so an index into the rewritten body is an index into the original, and what
 * follows the time ("in the afternoon", "pm", a zone) still touches it.
 */

const HOURS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const MINUTES: Readonly<Record<string, number>> = {
  'o five': 5, 'oh five': 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, thirty: 30,
  'thirty-five': 35, 'thirty five': 35, forty: 40, 'forty-five': 45, 'forty five': 45, fifty: 50, 'fifty-five': 55, 'fifty five': 55,
};
const HOUR = String.raw`(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})`;
/** What makes a bare "two thirty" or "three" a time of day rather than a count. */
const DAY_PART = String.raw`(?=\s{1,2}(?:[ap]\.?m\b|in the (?:morning|afternoon|evening)|this (?:morning|afternoon|evening)|tomorrow (?:morning|afternoon|evening)))`;

/**
 * "half past two", "quarter past 10", "a quarter to three"; "twenty past four" and "ten to nine"
 * only before a part of the day ("ten to twelve people" is a count).
 */
const PAST_OR_TO = new RegExp(String.raw`\b(?:(half|(?:a )?quarter) (past|after|to|till|before) ${HOUR}\b|(ten|twenty|twenty-five|twenty five|five) (past|after|to|till|before) ${HOUR}\b${DAY_PART})(?: o['’]clock\b)?`, 'gi');
/** "three o'clock", "3 o'clock". */
const OCLOCK = new RegExp(String.raw`\b${HOUR} o['’]clock\b`, 'gi');
/** "eleven thirty am", "two fifteen in the afternoon", "ten forty-five this morning". */
const HOUR_MINUTES = new RegExp(String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (o five|oh five|ten|fifteen|twenty|twenty-five|twenty five|thirty|thirty-five|thirty five|forty|forty-five|forty five|fifty|fifty-five|fifty five)\b${DAY_PART}`, 'gi');
/** "three in the afternoon", "eleven am". */
const HOUR_ALONE = new RegExp(String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b${DAY_PART}`, 'gi');
/** British "half nine" (9:30): half past the spelled hour; not a count ("half nine hours", "half one of them"). */
const HALF_HOUR = /\bhalf (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?! (?:hours?|days?|weeks?|months?|years?|minutes?|times?|people|of)\b)/gi;
/** A cheap test before the rewrites: no spelled-out time without one of these words. */
const HINT = /\b(?:past|after|to|till|before|o['’]clock|morning|afternoon|evening|[ap]\.?m|half)\b/i;

const FRACTIONS: Readonly<Record<string, number>> = { half: 30, quarter: 15, 'a quarter': 15, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25, five: 5 };

/** A part of the day already written after the time. */
const DAY_PART_AFTER = /^\s{0,2}(?:[ap]\.?m\b|in the |this |tomorrow |at night|tonight)/i;
/** Hours a spoken "two o'clock" or "half past four" means in the afternoon: nobody books an interview at 2 a.m. */
const AFTERNOON_HOURS_UP_TO = 6;

export function spelledTimesAsDigits(body: string): string {
  if (!HINT.test(body)) return body;
  return body
    .replace(PAST_OR_TO, (words: string, ...groups: (string | number | undefined)[]) => {
      const at = groups.find((group): group is number => typeof group === 'number') ?? 0;
      const texts = groups.slice(0, 6).map((group) => (typeof group === 'string' ? group : undefined));
      const [fraction = '', direction = '', hourWord = ''] = texts[0] ? texts.slice(0, 3) : texts.slice(3, 6);
      const hour = hourOf(hourWord);
      const minutes = FRACTIONS[fraction.toLowerCase()];
      if (hour === null || minutes === undefined) return words;
      const before = /^(?:to|till|before)$/i.test(direction);
      const [h, m] = before ? [hour === 1 ? 12 : hour - 1, 60 - minutes] : [hour, minutes];
      return rightAligned(spoken(h, m, body.slice(at + words.length)), words);
    })
    .replace(HALF_HOUR, (words: string, hourWord: string, at: number) => {
      const hour = hourOf(hourWord);
      return hour === null ? words : rightAligned(spoken(hour, 30, body.slice(at + words.length)), words);
    })
    .replace(OCLOCK, (words: string, hourWord: string, at: number) => {
      const hour = hourOf(hourWord);
      return hour === null ? words : rightAligned(spoken(hour, 0, body.slice(at + words.length)), words);
    })
    .replace(HOUR_MINUTES, (words: string, hourWord: string, minuteWords: string) => {
      const hour = hourOf(hourWord);
      const minutes = MINUTES[minuteWords.toLowerCase()];
      return hour === null || minutes === undefined ? words : rightAligned(clock(hour, minutes), words);
    })
    .replace(HOUR_ALONE, (words: string, hourWord: string, at: number, whole: string) => {
      // "one in the morning and one in the afternoon" counts sessions: "one" is an hour only before am/pm.
      if (/^one$/i.test(hourWord) && !/^\s{1,2}[ap]\.?m\b/i.test(whole.slice(at + words.length))) return words;
      const hour = hourOf(hourWord);
      // "two" is three letters and "2:00" four: a bare hour is written without minutes when it must fit.
      return hour === null ? words : rightAligned(clock(hour, 0).length <= words.length ? clock(hour, 0) : String(hour), words);
    });
}

function hourOf(word: string): number | null {
  const hour = /^\d+$/.test(word) ? Number(word) : HOURS[word.toLowerCase()];
  return hour !== undefined && hour >= 1 && hour <= 12 ? hour : null;
}

/** A spoken time as digits: an early hour with no part of the day after it is in the afternoon. */
function spoken(hour: number, minutes: number, after: string): string {
  const time = clock(hour, minutes);
  return hour <= AFTERNOON_HOURS_UP_TO && !DAY_PART_AFTER.test(after) ? `${time} pm` : time;
}

function clock(hour: number, minutes: number): string {
  return `${hour}:${String(minutes).padStart(2, '0')}`;
}

/** `digits` in the place of `words`, padded on the left to the same length (never longer). */
function rightAligned(digits: string, words: string): string {
  return digits.length > words.length ? words : digits.padStart(words.length, ' ');
}
