import * as z from '../config/zod-mini.ts';
import type { DigestClaim } from './application-store.ts';

/** A digest marker read back from the table (beside item-schemas.ts, which holds the mail items). */
export const DigestClaimSchema: z.ZodMiniType<DigestClaim> = z.object({
  digestId: z.string().check(z.minLength(1)),
  requestedBy: z.string().check(z.minLength(1)),
  claimedAt: z.iso.datetime({ offset: true }),
});
