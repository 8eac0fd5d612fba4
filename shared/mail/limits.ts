/**
 * Every bound the mail reader enforces, in one place. Inbound mail is attacker-controlled: these keep
 * one hostile message from exhausting the parser Lambda's memory or time.
 */

/** Largest raw message SES can deliver through the S3 action (40 MB); anything bigger is not SES mail. */
export const MAX_RAW_BYTES = 40 * 1024 * 1024;

/**
 * The message's header block, and the header blocks of all its MIME parts together (the parser
 * counts each line as at least 64 bytes): protects against megabyte header lines and endless folding.
 */
export const MAX_HEADER_BLOCK_BYTES = 256 * 1024;

/** MIME parts in one message: protects against part bombs (thousands of tiny nested parts). */
export const MAX_MIME_PARTS = 500;

/** How deep multiparts may nest: real mail nests a few levels; this bounds the parser's recursion. */
export const MAX_MIME_DEPTH = 50;

/** HTML converted to text per body: html-to-text is the slowest step; larger HTML is cut, not refused. */
export const MAX_HTML_CHARS = 2 * 1024 * 1024;

/** Element nesting html-to-text follows: protects its recursion from deeply nested markup. */
export const MAX_HTML_DEPTH = 200;

/** Body text kept per message: bounds the line scans here and the classifier's regexes downstream. */
export const MAX_BODY_TEXT_CHARS = 1_000_000;

/** Forward layers peeled (inline and attached message/rfc822 alike): bounds recursion on nested forwards. */
export const MAX_FORWARD_DEPTH = 8;

/** Lines read as a forwarded header block after a marker: a real block has fewer than ten. */
export const MAX_FORWARD_HEADER_LINES = 40;

/** Characters kept of one forwarded header value: bounds the address and date scans on it. */
export const MAX_FORWARD_HEADER_VALUE_CHARS = 2_000;

/** Calendar parts kept per message, and the size of each: invites are a few kilobytes. */
export const MAX_CALENDAR_PARTS = 10;
export const MAX_CALENDAR_BYTES = 512 * 1024;
