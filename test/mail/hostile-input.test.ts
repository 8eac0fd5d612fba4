import { describe, expect, it } from 'vitest';
import { MAX_FORWARD_DEPTH, MAX_RAW_BYTES, MailParseError, readMail } from '../../shared/mail/index.ts';

const options = { timeZone: 'UTC' };

function mime(...lines: string[]): Buffer {
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

describe('input that is not an email is refused with a specific MailParseError', () => {
  it('refuses an empty file', async () => {
    await expect(readMail(new Uint8Array(0), options)).rejects.toThrow(new MailParseError('empty input: there are no bytes to read as an email'));
  });

  it('refuses PNG bytes as binary data', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expect(readMail(png, options)).rejects.toThrow(/NUL bytes/);
    await expect(readMail(png, options)).rejects.toBeInstanceOf(MailParseError);
  });

  it('refuses plain text that has no header block', async () => {
    await expect(readMail(Buffer.from('hello\n'), options)).rejects.toThrow(/does not start with an email header line/);
  });

  it('refuses a header-like block without any email header', async () => {
    await expect(readMail(Buffer.from('Note: buy milk\nTodo: call back\n\nlater'), options)).rejects.toThrow(/none of From, To, Date/);
  });

  it('refuses a message above the SES size limit before parsing it', async () => {
    const huge = Buffer.alloc(MAX_RAW_BYTES + 1, 0x61);
    huge.write('From: a@b.example\r\n\r\n');
    await expect(readMail(huge, options)).rejects.toThrow(/above the 41943040-byte limit/);
  });

  it('refuses a top-level header block larger than the header limit', async () => {
    const raw = Buffer.from(`From: a@b.example\r\nSubject: ${'x'.repeat(300_000)}\r\n\r\nbody`);
    await expect(readMail(raw, options)).rejects.toThrow(/header block is larger than/);
  });

  it('refuses a nested part whose headers exceed the header limit', async () => {
    const raw = mime(
      'From: a@b.example',
      'Content-Type: multipart/mixed; boundary="q"',
      '',
      '--q',
      `X-Padding: ${'a'.repeat(300_000)}`,
      'Content-Type: text/plain',
      '',
      'hi',
      '--q--',
    );
    await expect(readMail(raw, options)).rejects.toThrow(/headers of its MIME parts together are larger than 262144 bytes/);
  });

  it('refuses a part bomb of deeply nested multiparts', async () => {
    let body = '';
    let closing = '';
    for (let i = 0; i < 2000; i++) {
      body += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
      closing = `--b${i}--\r\n${closing}`;
    }
    const raw = Buffer.from(`From: a@b.example\r\nSubject: deep\r\n${body}Content-Type: text/plain\r\n\r\ndeep\r\n${closing}`);
    await expect(readMail(raw, options)).rejects.toThrow(/MIME parts are nested more than 50 deep/);
  });

  it('rejects an unknown time zone instead of guessing', async () => {
    await expect(readMail(mime('From: a@b.example', '', 'hi'), { timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
  });
});

describe('hostile but readable mail is read safely', () => {
  it('stops peeling attached messages at the depth limit', async () => {
    let message = mime('From: Origin <origin@deep.example>', 'Subject: the real one', 'Message-ID: <origin@deep.example>', '', 'innermost');
    for (let layer = 0; layer < MAX_FORWARD_DEPTH + 5; layer++) {
      message = Buffer.concat([
        mime(
          `From: layer${layer}@relay.example`,
          `Subject: Fwd: layer ${layer}`,
          `Message-ID: <layer${layer}@relay.example>`,
          `Content-Type: multipart/mixed; boundary="L${layer}"`,
          '',
          `--L${layer}`,
          'Content-Type: text/plain',
          '',
          `note ${layer}`,
          `--L${layer}`,
          'Content-Type: message/rfc822',
          'Content-Disposition: attachment; filename="fwd.eml"',
          '',
          '',
        ),
        message,
        Buffer.from(`\r\n--L${layer}--\r\n`),
      ]);
    }
    const mail = await readMail(message, options);
    expect(mail.depth).toBe(MAX_FORWARD_DEPTH);
    expect(mail.notes).toHaveLength(MAX_FORWARD_DEPTH);
    // The outermost layers are peeled first; what is left below the limit is not read further.
    expect(mail.notes[0]).toBe(`note ${MAX_FORWARD_DEPTH + 4}`);
    expect(mail.original.subject).toBe(`Fwd: layer 4`);
    expect(mail.forwardFormat).toBe('rfc822-attachment');
  });

  it('keeps __proto__ and constructor header names as data, never as object keys', async () => {
    const raw = mime(
      'From: a@b.example',
      '__proto__: {"polluted": true}',
      'constructor: hijacked',
      'Subject: Fwd: offer',
      '',
      '---------- Forwarded message ---------',
      'From: Jane Roe <jane@c.example>',
      '__proto__: polluted',
      'Subject: Inner subject',
      '',
      'body text',
    );
    const mail = await readMail(raw, options);
    expect(mail.original.from).toEqual({ name: 'Jane Roe', address: 'jane@c.example' });
    expect(mail.original.subject).toBe('Inner subject');
    expect(mail.original.text).toBe('body text');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(mail.original)).toBe(Object.prototype);
  });

  it('drops NUL bytes from body text', async () => {
    const mail = await readMail(mime('From: a@b.example', 'Subject: x', '', 'hel\0lo wor\0ld'), options);
    expect(mail.original.text).toBe('hello world');
  });

  it('still reads a body in an unknown charset instead of failing the message', async () => {
    const raw = Buffer.concat([
      mime('From: a@b.example', 'Subject: x', 'Content-Type: text/plain; charset=x-unknown-42', '', ''),
      Buffer.from('Interview on Monday caf\xe9', 'latin1'),
    ]);
    const mail = await readMail(raw, options);
    expect(mail.original.text).toContain('Interview on Monday caf');
  });

  it('accepts a message saved from an mbox file, skipping the "From " separator line', async () => {
    const mail = await readMail(mime('From jane@c.example Mon Nov 16 10:03:00 2026', 'From: Jane <jane@c.example>', 'Subject: hi', '', 'body'), options);
    expect(mail.original.from).toEqual({ name: 'Jane', address: 'jane@c.example' });
    expect(mail.original.subject).toBe('hi');
  });
});
