import { compile, type DomNode, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';
import { capHtmlNesting } from './html-nesting.ts';
import { MAX_HTML_CHARS, MAX_HTML_DEPTH } from './limits.ts';

/** Elements that make a table cell a container rather than one value. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(['table', 'p', 'div', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr']);
/** Longest first cell read as a label ("Date", "Interview time"): longer is prose, not a key. */
const LABEL_MAX_CHARS = 32;
/** Most cells a key-value row has: wider rows are data grids or layout. */
const ROW_MAX_CELLS = 4;

function holdsBlock(node: DomNode, depth = 0): boolean {
  if (depth > 8) return true;
  return (node.children ?? []).some((child) => (child.type === 'tag' && BLOCK_TAGS.has(child.name ?? '')) || holdsBlock(child, depth + 1));
}

function textOf(node: DomNode, depth = 0): string {
  if (node.type === 'text') return node.data ?? '';
  if (depth > 8) return '';
  return (node.children ?? []).map((child) => textOf(child, depth + 1)).join('');
}

/**
 * ATS and scheduling mail lay "Date | Monday, 9 November" out as table rows. A row of a few plain
 * cells is one line ("Date: Monday, 9 November"), as a reader sees it, so a label and its value
 * stay together for the readers; rows holding blocks are layout and stay blocks.
 */
const keyValueRow: FormatCallback = (elem, walk, builder) => {
  const cells = elem.children.filter((child) => child.type === 'tag' && (child.name === 'td' || child.name === 'th'));
  const plain = cells.length >= 2 && cells.length <= ROW_MAX_CELLS && !cells.some((cell) => holdsBlock(cell));
  builder.openBlock({ leadingLineBreaks: 1 });
  if (!plain) {
    walk(elem.children, builder);
    builder.closeBlock({ trailingLineBreaks: 1 });
    return;
  }
  const label = textOf(cells[0]!).replace(/\s+/g, ' ').trim();
  const isLabel = label !== '' && label.length <= LABEL_MAX_CHARS && cells.length === 2;
  for (const [index, cell] of cells.entries()) {
    if (index > 0) builder.addInline(index === 1 && isLabel ? (label.endsWith(':') ? ' ' : ': ') : ' | ');
    walk(cell.children, builder);
  }
  builder.closeBlock({ trailingLineBreaks: 1 });
};

/** An image that is a logo, by what its alt text or address says: "org-logo/…png", alt "Acme logo". */
const LOGO = /logo/i;
/** Longest alt text kept: a logo names an organisation, not a sentence. */
const LOGO_ALT_MAX_CHARS = 60;

/**
 * A logo's alt text names the organisation whose mail it is, often nowhere else in an ATS template.
 * It is written as Gmail's plain text writes an image, "[image: Acme]", so text parts that Gmail
 * made and HTML converted here read alike; other images stay dropped.
 */
const logoImage: FormatCallback = (elem, _walk, builder) => {
  const attribs: Readonly<Record<string, string | undefined>> = (elem as { attribs?: Record<string, string> }).attribs ?? {};
  const alt = (attribs['alt'] ?? '').replace(/\s+/g, ' ').trim();
  const src = attribs['src'] ?? '';
  if (alt === '' || alt.length > LOGO_ALT_MAX_CHARS || !(LOGO.test(alt) || LOGO.test(src))) return;
  builder.openBlock({ leadingLineBreaks: 1 });
  builder.addInline(`[image: ${alt}]`);
  builder.closeBlock({ trailingLineBreaks: 1 });
};

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { keyValueRow, logoImage },
  // Mail HTML lays out with tables: only Thunderbird's forwarded-header table is read as data (one row a
  // line); the rest are containers whose rows and cells are blocks, so text is never wrapped into columns.
  tables: ['.moz-email-headers-table'],
  limits: { maxDepth: MAX_HTML_DEPTH, ellipsis: '…' },
  selectors: [
    { selector: 'img', format: 'logoImage' },
    // Struck-through text is what no longer holds: a rescheduling mail strikes the old time out.
    { selector: 's', format: 'skip' },
    { selector: 'strike', format: 'skip' },
    { selector: 'del', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
      { selector: 'table', format: 'table', options: { uppercaseHeaderCells: false, maxColumnWidth: 2000 } },
    { selector: 'tr', format: 'keyValueRow' },
    { selector: 'td', format: 'block' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
};

/**
 * html-to-text's converter for OPTIONS, built on first use: `convert` would rebuild its selector
 * decision tree for every message, which cost more than most conversions.
 */
let converter: ((html: string) => string) | undefined;

/**
 * Plain text of an HTML body, for mail without a text part. Links keep their address (an interview
 * link matters); images are dropped but for logos (see `logoImage`). HTML above the limit is cut first, so huge mail stays cheap.
 */
export function htmlToPlainText(html: string): string {
  const cut = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  converter ??= compile(OPTIONS);
  const text = converter(capHtmlNesting(cut, MAX_HTML_DEPTH));
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
