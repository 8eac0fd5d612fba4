import type { Block, Draft, EmailDocument } from './email-document.ts';

const RULE_LINE = '-'.repeat(40);

function draftText(draft: Draft): string[] {
  const out: string[] = [];
  if (draft.note) out.push(draft.note, '');
  if (draft.to) out.push(`To: ${draft.to}`);
  if (draft.subject) out.push(`Subject: ${draft.subject}`);
  out.push(RULE_LINE);
  draft.parts.forEach((part, index) => {
    if (index > 0) out.push('');
    if (part.kind === 'lines') out.push(...part.lines);
    else out.push(...part.items.map((item) => `  • ${item}`));
  });
  out.push(RULE_LINE);
  return out;
}

function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item) => `  • ${item}`);
    case 'timeline':
      return [
        ...(block.omitted > 0 ? [`  (${block.omitted} earlier ${block.omitted === 1 ? 'email' : 'emails'} not shown)`] : []),
        ...block.entries.map((entry) => `  • ${entry.when} · ${entry.what} · "${entry.subject}"${entry.detail ? ` · ${entry.detail}` : ''}`),
      ];
    case 'draft':
      return draftText(block.draft);
    case 'code':
      return [`${block.label}: ${block.code}`];
    case 'link':
      return [`${block.label}: ${block.href}`];
  }
}

/** The plain-text alternative: the same content, readable in any client. */
export function layoutText(doc: EmailDocument): string {
  const lines: string[] = [doc.subject];
  if (doc.context) lines.push(doc.context);
  for (const section of doc.sections) {
    lines.push('', section.heading.toUpperCase());
    section.blocks.forEach((block, index) => {
      if (index > 0) lines.push('');
      lines.push(...blockText(block));
    });
  }
  if (doc.footer.length > 0) lines.push('', '-- ', ...doc.footer);
  return `${lines.join('\n')}\n`;
}
