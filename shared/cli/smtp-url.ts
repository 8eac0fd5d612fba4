import * as z from 'zod';
import { parseOrThrow } from '../config/zod-errors.ts';

/** The relay for outbound mail in a local run; unset means "write to the outbox directory". */
const SmtpUrlEnvSchema = z.object({
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.org:587' })
    .optional(),
});

export function smtpUrlFromEnv(env: NodeJS.ProcessEnv): string | null {
  const value = env.SMTP_URL === '' ? undefined : env.SMTP_URL;
  return parseOrThrow(SmtpUrlEnvSchema, { SMTP_URL: value }, 'environment').SMTP_URL ?? null;
}
