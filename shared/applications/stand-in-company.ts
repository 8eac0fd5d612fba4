import type { OriginalMessage } from '../domain/message.ts';
import { displayNameForSlug } from '../extract/company-name.ts';
import { domainLabel } from '../extract/company/sender.ts';
import { domainOf } from '../extract/robots.ts';
import { stripSubjectPrefixes } from '../mail/forward-markers.ts';
import { singleLine, truncate } from '../mailer/header-value.ts';

/** Longest subject kept in a stand-in name: enough to recognise the email, short enough for a subject line. */
const MAX_SUBJECT_IN_NAME = 60;

export const UNKNOWN_EMPLOYER = 'Unknown employer';

/**
 * A name to file a job email under when no employer could be read from it: the sender's
 * organisation from its own domain ("hiring@brightwave.io" → "Brightwave"), else
 * "Unknown employer — <subject>". The email is tracked either way; the user is asked to name it.
 */
export function standInCompany(original: OriginalMessage): string {
  const address = original.from?.address ?? '';
  const label = address === '' ? null : domainLabel(domainOf(address));
  if (label !== null) {
    const name = displayNameForSlug(label, original.text) ?? titleCase(label);
    if (name.trim() !== '') return name;
  }
  const subject = truncate(singleLine(stripSubjectPrefixes(original.subject)), MAX_SUBJECT_IN_NAME);
  return subject === '' ? UNKNOWN_EMPLOYER : `${UNKNOWN_EMPLOYER} — ${subject}`;
}

function titleCase(slug: string): string {
  return slug
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
