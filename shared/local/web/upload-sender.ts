import type { LocalSettings } from '../local-config.ts';

/**
 * The SMTP envelope sender an upload stands in with, so LocalInbox judges it by the same trust
 * table as SMTP mail. Only the person at the page can upload (same origin and the per-start token),
 * so the uploader is the user: their first allowed address, the envelope the printed swaks command
 * uses. The file's own From: is never promoted to the envelope, except when no address is listed
 * and any sender is accepted, which is what SMTP does in that mode too.
 */
export function uploadEnvelopeSender(local: LocalSettings, fileFrom: string | null): string {
  const first = local.settings.allowedSenders[0];
  if (first !== undefined) return first;
  return local.acceptAnySender ? (fileFrom ?? '') : '';
}
