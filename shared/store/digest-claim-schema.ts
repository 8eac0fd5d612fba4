import * as z from 'zod';
import type { DigestClaim } from './application-store.ts';

/** A digest marker read back from the table (beside item-schemas.ts, which holds the mail items). */
export const DigestClaimSchema: z.ZodType<DigestClaim> = z.object({
  digestId: z.string().min(1),
  requestedBy: z.string().min(1),
  claimedAt: z.iso.datetime({ offset: true }),
});
