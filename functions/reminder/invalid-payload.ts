/** The event was not a reminder payload (application id, reminder id, version), or not a digest payload. */
export class InvalidReminderPayloadError extends Error {
  override readonly name = 'InvalidReminderPayloadError';
  constructor(
    readonly fields: readonly string[],
    readonly payload: 'reminder' | 'digest' = 'reminder',
  ) {
    super(`not a ${payload} payload: wrong or missing ${fields.join(', ')}`);
  }
}
