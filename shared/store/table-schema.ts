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
  /** Epoch seconds after which DynamoDB may delete an old item. */
  ttlAttribute: 'expiresAt',
} as const;
