/** The event was not a reminder payload (application id, reminder id, version). */
export class InvalidReminderPayloadError extends Error {
  override readonly name = 'InvalidReminderPayloadError';
  constructor(readonly fields: readonly string[]) {
    super(`not a reminder payload: wrong or missing ${fields.join(', ')}`);
  }
}
