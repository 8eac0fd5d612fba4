/** The event was not the daily reconcile payload (`{ reconcile: 'daily', scheduledAt }`). */
export class InvalidReconcilePayloadError extends Error {
  override readonly name = 'InvalidReconcilePayloadError';
  constructor(readonly fields: readonly string[]) {
    super(`not a reconcile payload: wrong or missing ${fields.join(', ')}`);
  }
}

/** Some reminders could not be reconciled; thrown after the metrics are out, so Lambda retries and the errors alarm fires. */
export class ReconcileIncompleteError extends Error {
  override readonly name = 'ReconcileIncompleteError';
  constructor(readonly failed: number) {
    super(`${failed} pending reminder(s) could not be reconciled`);
  }
}
