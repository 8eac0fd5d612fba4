/**
 * Optimistic-locking retries before giving up: only concurrent writers on the same application
 * cause conflicts, and a single user produces few of those. Its own module so the reminder path can
 * share the limit without importing ingest (and with it the whole mail-reading stack).
 */
export const MAX_APPLY_ATTEMPTS = 5;

export class ApplicationContentionError extends Error {
  override readonly name = 'ApplicationContentionError';
  constructor(readonly applicationId: string) {
    super(`Application ${applicationId} kept changing under ${MAX_APPLY_ATTEMPTS} attempts to update it`);
  }
}
