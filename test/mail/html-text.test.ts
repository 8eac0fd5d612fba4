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
});
