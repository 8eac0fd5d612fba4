import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processSesRecord } from '../../shared/applications/process-ses-record.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { MemoryLogger } from '../../shared/logging/logger.ts';
import { RawMailNotFoundError, RawMailTooLargeError } from '../../shared/raw-mail/raw-mail-source.ts';
import { S3RawMailSource } from '../../shared/raw-mail/s3-raw-mail-source.ts';
import { parseSesEvent } from '../../shared/ses/parse-event.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { TEST_SETTINGS, USER_ADDRESS } from '../support/compose-mail.ts';
import { startS3, type S3Emulator } from '../support/emulators.ts';
import { sesEvent } from '../support/ses-event.ts';

let s3: S3Emulator;
beforeAll(async () => {
  s3 = await startS3();
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'in/small', Body: 'Subject: hi\r\n\r\nbody\r\n' }));
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'in/big', Body: Buffer.alloc(4096, 0x61) }));
});
afterAll(async () => {
  await s3?.stop();
});

describe('S3RawMailSource', () => {
  it('reads the object stored under prefix + messageId', async () => {
    const source = new S3RawMailSource({ client: s3.client, bucket: s3.bucket, prefix: 'in/' });
    const raw = await source.read('small');
    expect(raw.key).toBe('in/small');
    expect(Buffer.from(raw.bytes).toString()).toBe('Subject: hi\r\n\r\nbody\r\n');
  });

  it('refuses an object over the size limit and reports a missing one by key', async () => {
    const source = new S3RawMailSource({ client: s3.client, bucket: s3.bucket, prefix: 'in/', maxBytes: 1024 });
    await expect(source.read('big')).rejects.toBeInstanceOf(RawMailTooLargeError);
    await expect(source.read('absent')).rejects.toBeInstanceOf(RawMailNotFoundError);
    await expect(source.read('absent')).rejects.toThrow('in/absent');
  });

  it('records an oversized message as quarantined instead of retrying it forever', async () => {
    const store = new MemoryApplicationStore();
    const deps = {
      rawMail: new S3RawMailSource({ client: s3.client, bucket: s3.bucket, prefix: 'in/', maxBytes: 1024 }),
      store,
      settings: TEST_SETTINGS,
      clock: new ManualClock(new Date('2026-11-30T12:00:00Z')),
      logger: new MemoryLogger(),
    };
    const [record] = parseSesEvent(sesEvent({ messageId: 'big', source: USER_ADDRESS })).Records;
    if (!record) throw new Error('no record');
    const result = await processSesRecord(record, deps);
    expect(result.outcome).toBe('quarantined');
    expect(result.reason).toMatch(/larger than 1024 bytes/);
    expect(await store.getOutcome('big')).toMatchObject({ outcome: 'quarantined', rawKey: 'in/big' });
    expect(await processSesRecord(record, deps)).toMatchObject({ outcome: 'quarantined', replayed: true });
  });
});
