import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../shared/mail/html-text.ts';

describe('htmlToPlainText', () => {
  it('reads a key-value table row as one "Label: value" line, as a person sees it', () => {
    const html =
      '<table><tr><td><p>Your call is booked.</p><table>' +
      '<tr><td><b>When</b></td><td>Tuesday, 17 November 2026</td></tr>' +
      '<tr><th>Start time:</th><td>3:45 PM GMT</td></tr>' +
      '<tr><td>Call type</td><td>Phone</td><td>30 min</td></tr>' +
      '</table></td></tr></table>';
    const lines = htmlToPlainText(html).split('\n');
    expect(lines).toContain('When: Tuesday, 17 November 2026');
    expect(lines).toContain('Start time: 3:45 PM GMT');
    expect(lines).toContain('Call type | Phone | 30 min');
  });

  it('keeps layout rows, whose cells hold paragraphs, as separate blocks', () => {
    const html = '<table><tr><td><p>Thanks for applying to Saltmarsh Labs.</p></td><td><p>We review every application by hand.</p></td></tr></table>';
    const text = htmlToPlainText(html);
    expect(text).toContain('Thanks for applying to Saltmarsh Labs.\n');
    expect(text).not.toContain('Labs.: We');
  });

  it("writes a logo's alt text as Gmail writes an image, and drops other images", () => {
    const html =
      '<div><img src="https://cdn.example/brand/logo-dark.png" alt="Pellucid Optics"><h2>Your call is booked</h2>' +
      '<p>Hi Sam <img src="https://cdn.example/emoji/wave.png" alt="wave"></p>' +
      '<img src="https://cdn.example/pixel.gif" alt=""><img src="https://cdn.example/badge.png" alt="Marrow Studio logo"></div>';
    const lines = htmlToPlainText(html).split('\n');
    expect(lines[0]).toBe('[image: Pellucid Optics]');
    expect(lines).toContain('[image: Marrow Studio logo]');
    expect(lines.join('\n')).not.toContain('wave');
    expect(lines).toContain('Hi Sam');
  });

  it('drops struck-through text, which a reschedule uses for the time that no longer holds', () => {
    for (const tag of ['s', 'strike', 'del']) {
      const html = `<p>Your new time:</p><p><${tag}>Mon, Nov 9 at 9:00 AM EST</${tag}><br><b>Tue, Nov 10 at 2:30 PM EST</b></p>`;
      const text = htmlToPlainText(html);
      expect(text, tag).toContain('Tue, Nov 10 at 2:30 PM EST');
      expect(text, tag).not.toContain('Nov 9');
    }
  });
});

