/**
 * The single DynamoDB table's key schema, shared by the storage adapter, the test emulators and
 * the CDK stack so the three never disagree. Item layout: see table-design.md beside this file.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** GSI for correlation: company → applications. */
  byCompanyIndex: 'gsi1',
  byCompanyPartitionKey: 'gsi1pk',
  byCompanySortKey: 'gsi1sk',
  /**
   * Local table only (the page; the deployed stack has no page and so no such index): items by
   * `type`, newest `createdAt` last. Both attributes already exist on applications and notices.
   */
  byTypeIndex: 'byType',
  /** Local table only: reminders by `status`, then `fireAt` (the page's upcoming reminders). */
  byStatusIndex: 'byStatus',
  /** Epoch seconds after which DynamoDB may delete an old item. */
  ttlAttribute: 'expiresAt',
} as const;
