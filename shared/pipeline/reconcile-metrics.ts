import type { ReconcileResult } from './reconcile-reminders.ts';

/** CloudWatch namespace of jobnudge's own metrics (the stack's alarm reads the same constants). */
export const METRICS_NAMESPACE = 'Jobnudge';
/** The reconciler's Powertools service name: also the `service` dimension of its metrics. */
export const RECONCILER_SERVICE_NAME = 'jobnudge-reconciler';

export const RECONCILE_METRICS = {
  /**
   * Pending reminders found without a schedule and settled: scheduled again, or dropped by the
   * policy's late rules. Above zero, something upstream lost a schedule: the alarm watches this.
   * The only metric: each custom metric is billed monthly, so the other counts go as metadata
   * (in the same log line, searchable, free); a failed reminder also makes the run fail.
   */
  orphansFixed: 'OrphanedRemindersFixed',
} as const;

/** The part of Powertools Metrics the reconciler uses (so the use case's callers can pass any sink). */
export interface CountMetrics {
  addMetric(name: string, unit: 'Count', value: number): void;
  addMetadata(key: string, value: string): void;
  publishStoredMetrics(): void;
}

/**
 * Writes one reconciliation's counts (one EMF line) and flushes them. A zero is written too: a daily
 * zero keeps the alarm's data present, so a run that never happens is visible as a gap.
 */
export function publishReconcileMetrics(result: ReconcileResult, metrics: CountMetrics): void {
  metrics.addMetric(RECONCILE_METRICS.orphansFixed, 'Count', result.rescheduled + result.dropped);
  for (const key of ['checked', 'rescheduled', 'alreadyScheduled', 'dropped', 'failed'] as const) metrics.addMetadata(key, String(result[key]));
  metrics.publishStoredMetrics();
}
