// Transport errors can quote addresses ("identities failed the check: a@b"); errors end up in logs.
const ADDRESS = /[^\s@<>"'()[\],;:]+@[^\s@<>"'()[\],;:]+/g;

/** Replace anything shaped like an email address, so an error message is safe to log. */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, '<address>');
}
