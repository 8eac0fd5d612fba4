/**
 * Key builders for the single table (see table-design.md). Every key is derived from the item's own
 * identity, which is what makes repeated writes land on the same item.
 */
export const ITEM_TYPES = ['application', 'event', 'reminder', 'outcome', 'original', 'notice', 'digest'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** Sorts lexicographically in time order: always UTC with milliseconds. */
export function sortableInstant(iso: string): string {
  return new Date(iso).toISOString();
}

export const keys = {
  application: (applicationId: string): ItemKey => ({ pk: `APP#${applicationId}`, sk: 'APP' }),
  event: (applicationId: string, occurredAt: string, messageId: string): ItemKey => ({
    pk: `APP#${applicationId}`,
    sk: `EVT#${sortableInstant(occurredAt)}#${messageId}`,
  }),
  eventPrefix: 'EVT#',
  reminder: (applicationId: string, reminderId: string): ItemKey => ({ pk: `APP#${applicationId}`, sk: `REM#${reminderId}` }),
  reminderPrefix: 'REM#',
  outcome: (messageId: string): ItemKey => ({ pk: `MSG#${messageId}`, sk: 'MSG' }),
  original: (originalId: string): ItemKey => ({ pk: `ORIG#${originalId}`, sk: 'ORIG' }),
  notice: (noticeId: string): ItemKey => ({ pk: `NOTICE#${noticeId}`, sk: 'NOTICE' }),
  digest: (digestId: string): ItemKey => ({ pk: `DIGEST#${digestId}`, sk: 'DIGEST' }),
  /** GSI1: every application of one company, sorted by role. */
  companyIndex: (companyKey: string, roleKey: string | null, applicationId: string) => ({
    gsi1pk: `CO#${companyKey}`,
    gsi1sk: `ROLE#${roleKey ?? ''}#APP#${applicationId}`,
  }),
  companyPartition: (companyKey: string): string => `CO#${companyKey}`,
  /** GSI1 also lists notices in creation order under one partition (few, and read together). */
  noticeIndex: (createdAt: string, noticeId: string) => ({
    gsi1pk: 'NOTICES',
    gsi1sk: `${sortableInstant(createdAt)}#${noticeId}`,
  }),
  noticePartition: 'NOTICES',
} as const;
