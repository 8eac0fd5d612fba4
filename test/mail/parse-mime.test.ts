import { describe, expect, it } from 'vitest';
import { MailParseError } from '../../shared/mail/index.ts';
import { parseMime } from '../../shared/mail/parse-mime.ts';

function mime(...lines: (string | Buffer)[]): Buffer {
  return Buffer.concat(lines.map((line) => Buffer.concat([typeof line === 'string' ? Buffer.from(line, 'utf8') : line, Buffer.from('\r\n')])));
}

const HEADERS = ['From: Dana Reyes <dana@harbor.example>', 'To: sam@example.net', 'Subject: Interview', 'MIME-Version: 1.0'];
const SCHEDULE_HTML = '<p>Your interview is booked.</p><table><tr><td>When</td><td>Tuesday, 17 November 2026, 3:45 PM GMT</td></tr></table>';

// postal-mime fills in whichever of text and HTML a message lacks; the reader must still take the
// sender's own text part, and convert HTML itself (table rows as "Label: value") when there is none.
describe('parseMime: which body it reads', () => {
  it('takes the text part of a text + HTML message, not the HTML', async () => {
    const layer = await parseMime(
      mime(
        ...HEADERS,
        'Content-Type: multipart/alternative; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Plain words from Dana.',
        '--b',
        'Content-Type: text/html; charset=utf-8',
        '',
        `<p>HTML words from Dana.</p>`,
        '--b--',
      ),
    );
    expect(layer.text.trim()).toBe('Plain words from Dana.');
  });

  it('converts an HTML-only message with the project converter, so a table row stays "Label: value"', async () => {
    const layer = await parseMime(mime(...HEADERS, 'Content-Type: text/html; charset=utf-8', '', SCHEDULE_HTML));
    expect(layer.text.split('\n')).toContain('When: Tuesday, 17 November 2026, 3:45 PM GMT');
  });

  it('converts the HTML when the text part is empty', async () => {
    const layer = await parseMime(
      mime(
        ...HEADERS,
        'Content-Type: multipart/alternative; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        ' ',
        '--b',
        'Content-Type:',
        ' text/html; charset=utf-8',
        '',
        SCHEDULE_HTML,
        '--b--',
      ),
    );
    expect(layer.text.split('\n')).toContain('When: Tuesday, 17 November 2026, 3:45 PM GMT');
  });

  it('gives a text-only message no HTML flavour, whatever the text says', async () => {
    const layer = await parseMime(mime(...HEADERS, 'Content-Type: text/plain', '', 'Copied from Word: xmlns:o="urn:schemas-microsoft-com:office:office"'));
    expect(layer.htmlFlavor).toBeNull();
  });
});

describe('parseMime: windows-1252 (Node decodes bytes 0x80-0x9F as C1 controls)', () => {
  it('reads smart quotes, dashes and the euro sign in a body, a subject and a display name', async () => {
    const layer = await parseMime(
      mime(
        'From: =?windows-1252?Q?Ren=E9e_=93RJ=94_Doe?= <renee@bank.example>',
        'Subject: =?iso-8859-1?Q?Offer_=96_=8045,000?=',
        'Content-Type: text/plain; charset=windows-1252',
        'Content-Transfer-Encoding: 8bit',
        '',
        Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x97, 0x20, 0x80, 0x35, 0x20, 0x92]),
      ),
    );
    expect(layer.text.trim()).toBe('“Hi” — €5 ’');
    expect(layer.subject).toBe('Offer – €45,000');
    expect(layer.from?.name).toBe('Renée “RJ” Doe');
  });
});

describe('parseMime: limits', () => {
  it('refuses more MIME parts than the limit with a MailParseError that names it', async () => {
    const parts = Array.from({ length: 600 }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}`);
    const raw = mime(...HEADERS, 'Content-Type: multipart/mixed; boundary="b"', '', ...parts, '--b--');
    await expect(parseMime(raw)).rejects.toThrow(new MailParseError('MIME structure could not be read: it has more than 500 MIME parts'));
  });

  it('keeps an attached message as raw bytes for its own parse, and a calendar part as text', async () => {
    const inner = 'From: Dana <dana@harbor.example>\r\nSubject: Original\r\n\r\nOriginal body';
    const layer = await parseMime(
      mime(
        ...HEADERS,
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'See below.',
        '--b',
        'Content-Type: message/rfc822',
        'Content-Disposition: inline',
        '',
        inner,
        '--b',
        'Content-Type: text/calendar; charset=utf-8; method=REQUEST',
        'Content-Disposition: attachment; filename="invite.ics"',
        '',
        'BEGIN:VCALENDAR\r\nSUMMARY:Interview – Dana\r\nEND:VCALENDAR',
        '--b--',
      ),
    );
    expect(layer.text.trim()).toBe('See below.');
    expect(layer.attachedMessages.map((bytes) => bytes.toString('utf8').trim())).toEqual([inner]);
    expect(layer.calendars).toEqual([{ filename: 'invite.ics', content: expect.stringContaining('SUMMARY:Interview – Dana') as unknown }]);
  });
});
