import type { ReconcileResult } from './reconcile-reminders.ts';

/** CloudWatch namespace of jobnudge's own metrics (the stack's alarm reads the same constants). */
export const METRICS_NAMESPACE = 'Jobnudge';
/** The reconciler's Powertools service name: also the `service` dimension of its metrics. */
export const RECONCILER_SERVICE_NAME = 'jobnudge-reconciler';

export const RECONCILE_METRICS = {
  /**
   * Pending reminders found without a schedule and settled: scheduled again, or dropped by the
   * policy's late rules. Above zero, something upstream lost a schedule: the alarm watches this.
   */
  orphansFixed: 'OrphanedRemindersFixed',
  /** Reminders the sweep could not handle (a store or Scheduler error); tomorrow's run tries again. */
  notReconciled: 'RemindersNotReconciled',
  /** Pending reminders looked at: shows the sweep ran even when it fixed nothing. */
  checked: 'PendingRemindersChecked',
} as const;

/** The part of Powertools Metrics the reconciler uses (so the use case's callers can pass any sink). */
export interface CountMetrics {
  addMetric(name: string, unit: 'Count', value: number): void;
  publishStoredMetrics(): void;
}

/**
 * Writes one reconciliation's counts as metrics and flushes them (one EMF line). Zeros are written
 * too: a daily zero keeps the alarm's data present, so a run that never happens is visible as a gap.
 */
export function publishReconcileMetrics(result: ReconcileResult, metrics: CountMetrics): void {
  metrics.addMetric(RECONCILE_METRICS.orphansFixed, 'Count', result.rescheduled + result.dropped);
  metrics.addMetric(RECONCILE_METRICS.notReconciled, 'Count', result.failed);
  metrics.addMetric(RECONCILE_METRICS.checked, 'Count', result.checked);
  metrics.publishStoredMetrics();
}
