import type { Block, Draft, EmailDocument } from './email-document.ts';
import { escapeHtml } from './html-escape.ts';

/*
 * Mail clients (Gmail above all) drop <style> blocks in places and never run scripts, so the layout is
 * one column of plain elements with inline styles, no images, fonts or other external resources.
 * Colours keep at least 7:1 contrast on their backgrounds (WCAG AAA for body text).
 */
const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const TEXT = '#1b1f24';
const MUTED = '#4b5563'; // 7.6:1 on white
const ACCENT = '#1d4ed8'; // 6.7:1 on white; used for borders and links (links also underlined)
const PAGE_BG = '#f3f4f6';
const CARD_BG = '#ffffff';
const DRAFT_BG = '#f8fafc';

const P = `margin:0 0 12px 0;font-size:16px;line-height:1.5;color:${TEXT};`;
const H2 = `margin:28px 0 10px 0;font-size:18px;line-height:1.3;color:${TEXT};font-weight:700;`;
const UL = `margin:0 0 12px 0;padding:0 0 0 22px;font-size:16px;line-height:1.5;color:${TEXT};`;
const LI = 'margin:0 0 6px 0;';

function paragraph(text: string, strong = false): string {
  return `<p style="${P}${strong ? 'font-weight:700;' : ''}">${escapeHtml(text)}</p>`;
}

function draftHtml(draft: Draft): string {
  const head: string[] = [];
  if (draft.to) head.push(`<p style="${P}margin-bottom:4px;"><span style="color:${MUTED};">To:</span> ${escapeHtml(draft.to)}</p>`);
  if (draft.subject) head.push(`<p style="${P}"><span style="color:${MUTED};">Subject:</span> ${escapeHtml(draft.subject)}</p>`);
  const body = draft.parts.map((part) =>
    part.kind === 'lines'
      ? `<p style="${P}">${part.lines.map(escapeHtml).join('<br>')}</p>`
      : `<ul style="${UL}">${part.items.map((item) => `<li style="${LI}">${escapeHtml(item)}</li>`).join('')}</ul>`,
  );
  return [
    draft.note ? paragraph(draft.note) : '',
    `<div class="draft" style="margin:0 0 12px 0;padding:14px 16px 2px 16px;background:${DRAFT_BG};border:1px solid #cbd5e1;border-left:4px solid ${ACCENT};border-radius:6px;">`,
    ...head,
    ...body,
    '</div>',
  ].join('');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text, block.strong);
    case 'list':
      return `<ul style="${UL}">${block.items.map((item) => `<li style="${LI}">${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'timeline': {
      const omitted =
        block.omitted > 0 ? `<p style="${P}color:${MUTED};">${block.omitted} earlier ${block.omitted === 1 ? 'email' : 'emails'} not shown.</p>` : '';
      const items = block.entries.map(
        (entry) =>
          `<li style="margin:0 0 10px 0;">` +
          `<span style="display:block;font-size:14px;color:${MUTED};">${escapeHtml(entry.when)} · ${escapeHtml(entry.what)}</span>` +
          `<span style="display:block;">${escapeHtml(entry.subject)}</span>` +
          (entry.detail ? `<span style="display:block;font-size:14px;color:${MUTED};">${escapeHtml(entry.detail)}</span>` : '') +
          `</li>`,
      );
      return `${omitted}<ol style="${UL}">${items.join('')}</ol>`;
    }
    case 'draft':
      return draftHtml(block.draft);
    case 'code':
      return `<p style="${P}">${escapeHtml(block.label)}: <strong style="font-family:Menlo,Consolas,monospace;font-size:20px;letter-spacing:1px;">${escapeHtml(block.code)}</strong></p>`;
    case 'link':
      // Only https links become clickable; anything else is shown as text.
      return /^https:\/\/[^\s"'<>]+$/.test(block.href)
        ? `<p style="${P}"><a href="${escapeHtml(block.href)}" style="color:${ACCENT};text-decoration:underline;word-break:break-all;">${escapeHtml(block.label)}</a></p>`
        : paragraph(`${block.label}: ${block.href}`);
  }
}

/** The HTML alternative: one accessible column that reads on a phone and in Gmail. */
export function layoutHtml(doc: EmailDocument): string {
  const sections = doc.sections.map(
    (section) => `<h2 style="${H2}">${escapeHtml(section.heading)}</h2>${section.blocks.map(blockHtml).join('')}`,
  );
  const footer = doc.footer.map((line) => `<p style="margin:0 0 6px 0;font-size:14px;line-height:1.5;color:${MUTED};">${escapeHtml(line)}</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(doc.subject)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background:${PAGE_BG};">`,
    // Inbox preview text: hidden from view and from screen readers (it repeats the first sentence).
    `<div style="display:none;max-height:0;overflow:hidden;" aria-hidden="true">${escapeHtml(doc.preheader)}</div>`,
    // A company name or subject with no spaces (a long URL, a run-together name) must wrap, not widen a phone screen.
    `<div role="article" aria-label="${escapeHtml(doc.subject)}" lang="en" style="max-width:600px;box-sizing:border-box;margin:0 auto;padding:16px 12px;font-family:${FONT};overflow-wrap:anywhere;">`,
    `<div style="background:${CARD_BG};border-radius:8px;padding:20px 18px 12px 18px;">`,
    `<h1 style="margin:0 0 6px 0;font-size:22px;line-height:1.3;color:${TEXT};font-weight:700;">${escapeHtml(doc.subject)}</h1>`,
    doc.context ? `<p style="margin:0 0 4px 0;font-size:15px;line-height:1.4;color:${MUTED};">${escapeHtml(doc.context)}</p>` : '',
    ...sections,
    '</div>',
    footer.length > 0 ? `<div style="padding:14px 18px 0 18px;">${footer.join('')}</div>` : '',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
