import { convert, type HtmlToTextOptions } from 'html-to-text';
import { capHtmlNesting } from './html-nesting.ts';
import { MAX_HTML_CHARS, MAX_HTML_DEPTH } from './limits.ts';

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // Mail HTML lays out with tables: only Thunderbird's forwarded-header table is read as data (one row a
  // line); the rest are containers whose rows and cells are blocks, so text is never wrapped into columns.
  tables: ['.moz-email-headers-table'],
  limits: { maxDepth: MAX_HTML_DEPTH, ellipsis: '…' },
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'table', format: 'table', options: { uppercaseHeaderCells: false, maxColumnWidth: 2000 } },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'block' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
};

/**
 * Plain text of an HTML body, for mail without a text part. Links keep their address (an interview
 * link matters); images are dropped. HTML above the limit is cut first, so huge mail stays cheap.
 */
export function htmlToPlainText(html: string): string {
  const cut = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const text = convert(capHtmlNesting(cut, MAX_HTML_DEPTH), OPTIONS);
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Which Outlook wrote an HTML body, from markup each one leaves: a hint for naming the forward format. */
export function outlookFlavor(html: string): 'outlook-web' | 'outlook-desktop' | null {
  const sample = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  if (/id="?(?:divRplyFwdMsg|appendonsend)/i.test(sample)) return 'outlook-web';
  if (/class="?MsoNormal|urn:schemas-microsoft-com:office:office/i.test(sample)) return 'outlook-desktop';
  return null;
}
