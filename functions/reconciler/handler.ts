import { Metrics } from '@aws-lambda-powertools/metrics';
import { PowertoolsLoggerAdapter } from '../../shared/logging/powertools-logger.ts';
import { METRICS_NAMESPACE, publishReconcileMetrics, RECONCILER_SERVICE_NAME } from '../../shared/pipeline/reconcile-metrics.ts';
import { ReconcilePayloadSchema } from '../../shared/pipeline/reconcile-payload.ts';
import { reconcileReminders, type ReconcileResult } from '../../shared/pipeline/reconcile-reminders.ts';
import { buildReconcileDeps, loadReconcilerConfig } from '../../shared/pipeline/reconcile-runtime.ts';
import { InvalidReconcilePayloadError, ReconcileIncompleteError } from './invalid-payload.ts';

// Cold start: a wrong environment fails here, once, with every problem listed.
const logger = PowertoolsLoggerAdapter.create(RECONCILER_SERVICE_NAME);
const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: RECONCILER_SERVICE_NAME });
const deps = buildReconcileDeps(loadReconcilerConfig(process.env, 'reconciler environment'), logger);

/**
 * The daily EventBridge Scheduler schedule → Lambda (async). Re-creates missing reminder schedules
 * and settles reminders that fell due while orphaned, then publishes the counts as EMF metrics
 * (the stack alarms on fixed orphans). A partial failure is rethrown after the metrics are out:
 * Lambda retries, and the sweep is idempotent.
 */
export async function handler(event: unknown): Promise<ReconcileResult> {
  const payload = ReconcilePayloadSchema.safeParse(event);
  if (!payload.success) {
    const error = new InvalidReconcilePayloadError(payload.error.issues.map((issue) => issue.path.join('.') || '(root)'));
    logger.error('reconcile payload rejected', { fields: error.fields }, error);
    throw error;
  }
  let result: ReconcileResult;
  try {
    result = await reconcileReminders(deps);
  } catch (error) {
    logger.error('reconcile failed', { scheduledAt: payload.data.scheduledAt }, error);
    throw error;
  }
  publishReconcileMetrics(result, metrics);
  logger.info('reminders reconciled', { scheduledAt: payload.data.scheduledAt, ...result });
  if (result.failed > 0) throw new ReconcileIncompleteError(result.failed);
  return result;
}
