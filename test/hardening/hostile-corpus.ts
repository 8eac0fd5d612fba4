/**
 * Hostile and broken inbound mail, generated at run time (nothing large is committed). Every entry
 * comes "from the user" (the envelope and From are allowed), so it reaches the parser instead of
 * being screened out before it. Shared by test/hardening and `npm run reliability`.
 */

/** The forwarding user of every hostile message. */
export const HOSTILE_USER = 'casey.user@example.org';

export interface HostileInput {
  /** Short label for reports; never contains mail content. */
  readonly name: string;
  /** Built lazily: the 35 MB and 10 MB cases should only exist while they are being processed. */
  build(): Buffer;
}

const CRLF = '\r\n';

function lines(...parts: string[]): string {
  return parts.join(CRLF);
}

function headers(subject: string, extra: string[] = []): string[] {
  return [
    `From: Casey User <${HOSTILE_USER}>`,
    'To: jobs@inbox.example',
    `Subject: ${subject}`,
    'Date: Mon, 30 Nov 2026 11:58:00 +0000',
    'MIME-Version: 1.0',
    ...extra,
  ];
}

/** A Gmail-style inline forward block around `inner` text. */
function gmailForward(from: string, subject: string, date: string, body: string): string {
  return lines('---------- Forwarded message ---------', `From: ${from}`, `Date: ${date}`, `Subject: ${subject}`, `To: <${HOSTILE_USER}>`, '', body);
}

const INVITE_BODY = lines(
  'Hi Casey,',
  '',
  'Thank you for applying to the Platform Engineer role at Quillfeather Labs.',
  'We would like to invite you to an interview on Thursday, December 10, 2026 at 2:00 PM CET.',
  '',
  'Best regards,',
  'Rowan Ashby',
  'Talent Team, Quillfeather Labs',
);

function forwardedInvite(subjectPrefix = 'Fwd: ', note = ''): string {
  return lines(
    ...headers(`${subjectPrefix}Interview invitation`, ['Content-Type: text/plain; charset=utf-8']),
    '',
    note,
    '',
    gmailForward('Rowan Ashby <rowan@quillfeather.example>', 'Interview invitation', 'Mon, Nov 30, 2026 at 9:00 AM', INVITE_BODY),
  );
}

/** Deterministic filler bytes (a fixed-seed xorshift), so runs are comparable and nothing is random. */
function fillerBytes(size: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.allocUnsafe(size);
  let x = seed >>> 0;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

function base64Lines(bytes: Buffer): string {
  return (bytes.toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
}

/** Size of the large attachment before base64: about 35 MB once encoded with line breaks. */
export const LARGE_ATTACHMENT_BYTES = 26 * 1024 * 1024;

function largeAttachment(): Buffer {
  const head = lines(
    ...headers('Fwd: Interview invitation', ['Content-Type: multipart/mixed; boundary="big-boundary"']),
    '',
    '--big-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    gmailForward('Rowan Ashby <rowan@quillfeather.example>', 'Interview invitation', 'Mon, Nov 30, 2026 at 9:00 AM', INVITE_BODY),
    '--big-boundary',
    'Content-Type: application/octet-stream; name="portfolio.bin"',
    'Content-Disposition: attachment; filename="portfolio.bin"',
    'Content-Transfer-Encoding: base64',
    '',
    '',
  );
  return Buffer.concat([Buffer.from(head), Buffer.from(base64Lines(fillerBytes(LARGE_ATTACHMENT_BYTES))), Buffer.from(`${CRLF}--big-boundary--${CRLF}`)]);
}

function deepMultipart(depth: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    open += `Content-Type: multipart/mixed; boundary="n${i}"${CRLF}${CRLF}--n${i}${CRLF}`;
    close = `${CRLF}--n${i}--${close}`;
  }
  return `${lines(...headers('Fwd: deep'))}${CRLF}${open}Content-Type: text/plain${CRLF}${CRLF}${INVITE_BODY}${close}${CRLF}`;
}

/** Forwards of forwards, written inline (each layer quotes the previous one below a marker). */
function inlineForwardChain(depth: number): string {
  let body = INVITE_BODY;
  let from = 'Rowan Ashby <rowan@quillfeather.example>';
  for (let layer = 0; layer < depth; layer++) {
    body = gmailForward(from, `${'Fwd: '.repeat(layer)}Interview invitation`, 'Mon, Nov 30, 2026 at 9:00 AM', body);
    from = `Relay ${layer} <relay${layer}@relay.example>`;
    body = `layer ${layer} note${CRLF}${CRLF}${body}`;
  }
  return lines(...headers(`${'Fwd: '.repeat(depth)}Interview invitation`, ['Content-Type: text/plain; charset=utf-8']), '', body);
}

/** Forwards of forwards, each attached as message/rfc822. */
function attachedForwardChain(depth: number): string {
  let message = lines(
    'From: Rowan Ashby <rowan@quillfeather.example>',
    `To: ${HOSTILE_USER}`,
    'Subject: Interview invitation',
    'Date: Mon, 30 Nov 2026 09:00:00 +0000',
    'Message-ID: <invite-chain@quillfeather.example>',
    '',
    INVITE_BODY,
  );
  for (let layer = 0; layer < depth; layer++) {
    const outer = layer === depth - 1 ? headers(`Fwd: layer ${layer}`) : [`From: relay${layer}@relay.example`, `Subject: Fwd: layer ${layer}`];
    message = lines(
      ...outer,
      `Content-Type: multipart/mixed; boundary="L${layer}"`,
      '',
      `--L${layer}`,
      'Content-Type: text/plain',
      '',
      `note ${layer}`,
      `--L${layer}`,
      'Content-Type: message/rfc822',
      '',
      message,
      `--L${layer}--`,
    );
  }
  return message;
}

function htmlBomb(): Buffer {
  const tag = '<div class="x"><span style="color:red">job</span></div>';
  const repeats = Math.ceil((10 * 1024 * 1024) / tag.length);
  const head = lines(...headers('Fwd: Interview invitation', ['Content-Type: text/html; charset=utf-8']), '', '');
  const scripts = '<html><head><script>alert(document.cookie)</script></head><body onload="steal()"><script src="https://evil.example/x.js"></script>';
  return Buffer.concat([Buffer.from(head + scripts), Buffer.from(tag.repeat(repeats)), Buffer.from('</body></html>\r\n')]);
}

function deepHtml(depth: number): string {
  return lines(
    ...headers('Fwd: nested', ['Content-Type: text/html; charset=utf-8']),
    '',
    `<html><body>${'<div>'.repeat(depth)}Interview on Monday${'</div>'.repeat(depth)}<script>while(true){}</script></body></html>`,
  );
}

function calendarMessage(ics: string): string {
  return lines(
    ...headers('Fwd: Invitation: Interview', ['Content-Type: multipart/mixed; boundary="cal"']),
    '',
    '--cal',
    'Content-Type: text/plain; charset=utf-8',
    '',
    gmailForward('Rowan Ashby <rowan@quillfeather.example>', 'Invitation: Interview', 'Mon, Nov 30, 2026 at 9:00 AM', INVITE_BODY),
    '--cal',
    'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
    'Content-Disposition: attachment; filename="invite.ics"',
    '',
    ics,
    '--cal--',
  );
}

const RRULE_ICS = lines(
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//hostile//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:rrule-1@quillfeather.example',
  'DTSTART:20261210T130000Z',
  'DTEND:20261210T140000Z',
  'RRULE:FREQ=SECONDLY;INTERVAL=1',
  'SUMMARY:Interview',
  'ORGANIZER;CN=Rowan Ashby:mailto:rowan@quillfeather.example',
  'END:VEVENT',
  'END:VCALENDAR',
);

const GARBAGE_ICS = lines(
  'BEGIN:VCALENDAR',
  'BEGIN:VEVENT',
  'DTSTART;TZID=Not/AZone:99999999T999999',
  'DTEND:garbage',
  'RRULE:FREQ=NEVER;COUNT=-1;UNTIL=yesterday',
  'ORGANIZER:mailto:',
  ';;;;;:::::',
  'BEGIN:VTIMEZONE',
  'TZID:__proto__',
  'END:VEVENT',
  '\u0000\u0001\u0002',
);

const YEAR_9999_ICS = lines(
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'BEGIN:VEVENT',
  'UID:far@quillfeather.example',
  'DTSTART:99991231T235959Z',
  'DTEND:99991231T235959Z',
  'SUMMARY:Interview',
  'END:VEVENT',
  'END:VCALENDAR',
);

function withDate(date: string, forwardedDate: string, bodyDate: string): string {
  return lines(
    `From: Casey User <${HOSTILE_USER}>`,
    'To: jobs@inbox.example',
    'Subject: Fwd: Interview invitation',
    `Date: ${date}`,
    '',
    gmailForward(
      'Rowan Ashby <rowan@quillfeather.example>',
      'Interview invitation',
      forwardedDate,
      `We would like to invite you to an interview on ${bodyDate} at 10:00 AM. Quillfeather Labs`,
    ),
  );
}

/** Every hostile input, in a fixed order. */
export function hostileCorpus(): HostileInput[] {
  const text = (name: string, build: () => string): HostileInput => ({ name, build: () => Buffer.from(build(), 'utf8') });
  const bytes = (name: string, build: () => Buffer): HostileInput => ({ name, build });
  const full = forwardedInvite();
  return [
    text('truncated MIME: cut inside a part', () => {
      const multipart = calendarMessage(RRULE_ICS);
      return multipart.slice(0, Math.floor(multipart.length * 0.6));
    }),
    text('truncated MIME: cut inside the header block', () => full.slice(0, 60)),
    text('truncated MIME: cut inside a base64 body', () =>
      lines(...headers('Fwd: x', ['Content-Type: text/plain', 'Content-Transfer-Encoding: base64']), '', Buffer.from(INVITE_BODY).toString('base64').slice(0, 41)),
    ),
    text('missing boundary parameter', () =>
      lines(...headers('Fwd: Interview invitation', ['Content-Type: multipart/mixed']), '', '--x', 'Content-Type: text/plain', '', INVITE_BODY, '--x--'),
    ),
    text('declared boundary never appears', () =>
      lines(...headers('Fwd: Interview invitation', ['Content-Type: multipart/alternative; boundary="nowhere"']), '', INVITE_BODY),
    ),
    text('empty boundary and unterminated parts', () =>
      lines(...headers('Fwd: x', ['Content-Type: multipart/mixed; boundary=""']), '', '--', 'Content-Type: text/plain', '', INVITE_BODY),
    ),
    text('1,000-deep multipart nesting', () => deepMultipart(1000)),
    bytes('35 MB attachment', largeAttachment),
    text('1 MB single-line header', () => lines(...headers(`Fwd: ${'x'.repeat(1024 * 1024)}`), '', INVITE_BODY)),
    text('1 MB single-line header in a nested part', () =>
      lines(...headers('Fwd: x', ['Content-Type: multipart/mixed; boundary="q"']), '', '--q', `X-Pad: ${'a'.repeat(1024 * 1024)}`, '', 'hi', '--q--'),
    ),
    text('unknown charset in body and encoded-word', () =>
      lines(...headers('=?x-klingon-42?Q?Interview=20invitation?=', ['Content-Type: text/plain; charset=x-klingon-42']), '', INVITE_BODY),
    ),
    bytes('invalid UTF-8 bytes in headers and body', () =>
      Buffer.concat([
        Buffer.from(lines(...headers('Fwd: Interview '), 'Content-Type: text/plain; charset=utf-8', '', '')),
        Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe]),
        Buffer.from(INVITE_BODY),
      ]),
    ),
    text('broken base64 and quoted-printable encodings', () =>
      lines(
        ...headers('=?utf-8?B?!!!not-base64!!!?=', ['Content-Type: multipart/mixed; boundary="e"']),
        '',
        '--e',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        '@@@@ this is not base64 ==== ***',
        '--e',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'Interview =ZZ on =\r\nMonday =E2=82 =',
        '--e',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: x-uuencode-bogus',
        '',
        INVITE_BODY,
        '--e--',
      ),
    ),
    bytes('NUL bytes in the header block', () => Buffer.from(lines(...headers('Fwd: a\u0000b'), '', INVITE_BODY))),
    bytes('NUL bytes throughout the body', () => {
      const [head = '', ...body] = forwardedInvite().split('\r\n\r\n');
      return Buffer.from(`${head}\r\n\r\n${body.join('\r\n\r\n').replace(/ /g, ' \u0000')}`);
    }),
    text('__proto__ and constructor header names', () =>
      lines(
        `From: ${HOSTILE_USER}`,
        '__proto__: {"isAdmin": true}',
        'constructor: {"prototype": {"polluted": 1}}',
        'prototype: x',
        'hasOwnProperty: nope',
        'toString: nope',
        'Subject: Fwd: Interview invitation',
        'Content-Type: text/plain; charset=utf-8; __proto__=x; constructor=y',
        '',
        '---------- Forwarded message ---------',
        'From: Rowan Ashby <rowan@quillfeather.example>',
        '__proto__: polluted',
        'constructor: polluted',
        'Subject: Interview invitation',
        '',
        INVITE_BODY,
      ),
    ),
    // Tags and values that name Object.prototype members: a plain-object lookup of the tag found
    // `Object.prototype.constructor` and stored a function as the event kind.
    text('override tags named after Object.prototype members', () =>
      forwardedInvite('Fwd: ', '#constructor\n#__proto__ x\n#toString\n#hasOwnProperty\n#valueOf\n#company constructor'),
    ),
    text('forwards of forwards, 20 deep, inline', () => inlineForwardChain(20)),
    text('forwards of forwards, 20 deep, attached', () => attachedForwardChain(20)),
    bytes('HTML with scripts and 10 MB of tags', htmlBomb),
    text('HTML nested 100,000 elements deep', () => deepHtml(100_000)),
    text('dates in the year 9999', () => withDate('Fri, 31 Dec 9999 23:59:59 +0000', 'Fri, Dec 31, 9999 at 11:59 PM', 'December 31, 9999')),
    text('dates in the year 1900', () => withDate('Mon, 1 Jan 1900 00:00:00 +0000', 'Mon, Jan 1, 1900 at 12:00 AM', 'January 1, 1900')),
    text('dates that do not exist', () => withDate('Thu, 31 Feb 2026 25:61:99 +9999', 'Feb 31, 2026 at 99:99 PM', 'February 30, 2026')),
    text('ICS full of garbage', () => calendarMessage(GARBAGE_ICS)),
    text('ICS with an endless RRULE', () => calendarMessage(RRULE_ICS)),
    text('ICS in the year 9999', () => calendarMessage(YEAR_9999_ICS)),
    text('subject with CR/LF in an encoded-word', () =>
      lines(...headers('=?utf-8?Q?Interview=0D=0ABcc:_victim@evil.example=0D=0A?=', ['Content-Type: text/plain; charset=utf-8']), '', full.split('\r\n\r\n').slice(1).join('\r\n\r\n')),
    ),
    text('subject and names with bare CR and forwarded CR/LF', () =>
      lines(
        ...headers('Fwd: Interview\rBcc: victim@evil.example'),
        '',
        '#company Evil\r\nBcc: victim@evil.example',
        '',
        gmailForward('"Rowan\r\nBcc: x@evil.example" <rowan@quillfeather.example>', 'Interview\rinvitation', 'Mon, Nov 30, 2026 at 9:00 AM', INVITE_BODY),
      ),
    ),
    text('override tags carrying markup and injection', () =>
      forwardedInvite('Fwd: ', '#interview\n#company <script>alert(1)</script> Corp\n#role "><img src=x onerror=alert(1)>\n#at 9999-12-31 23:59'),
    ),
    bytes('binary junk after a valid header line', () => Buffer.concat([Buffer.from(`From: ${HOSTILE_USER}\r\n\r\n`), fillerBytes(64 * 1024, 7)])),
    text('only headers, no body', () => lines(...headers('Fwd: Interview invitation'), '')),
  ];
}
