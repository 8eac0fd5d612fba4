import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMessageId, reminderMessageKey } from '../../shared/mailer/message-id.ts';
import { composeForward } from '../support/compose-mail.ts';
import { HOSTILE_USER } from './hostile-corpus.ts';
import { parserPath, startEmulators, type Emulators } from './parser-harness.ts';
import { HARDENING_USER_SETTINGS, pipelineRig } from './pipeline-rig.ts';
import { prototypeKey, prototypeSnapshot } from './prototype-keys.ts';

// Names on Object.prototype (`__proto__`, `constructor`, `toString`, `hasOwnProperty`, …) in every
// text field and tag of a forwarded job email, and in reply commands, through the whole pipeline
// over dynalite and s3rver: ingest and the reply must end in a recorded outcome, and everything
// stored must read back through the store's own schemas (a bad item throws there).
const RUNS = { numRuns: 12 };
let emulators: Emulators;
beforeAll(async () => {
  emulators = await startEmulators();
});
afterAll(async () => {
  await emulators?.stop();
});

/** A word that is a prototype key, alone or inside a phrase. */
const keyText = fc.tuple(prototypeKey, fc.constantFrom('', ' Engineer', ' Labs')).map(([key, after]) => `${key}${after}`);

let run = 0;

describe('prototype names through the pipeline', () => {
  it('an inbound job email with them in every field and tag is processed, and the store reads it back', async () => {
    const before = prototypeSnapshot();
    await fc.assert(
      fc.asyncProperty(keyText, keyText, keyText, keyText, prototypeKey, prototypeKey, async (company, role, subject, person, tag, word) => {
        const path = await parserPath(emulators);
        const rig = pipelineRig(path);
        const messageId = `proto-${run++}`;
        await path.deliver(
          messageId,
          await composeForward({
            note: `#interview\n#company ${company}\n#role ${role}\n#${tag}\n#at 2026-12-10 14:00\n${word}`,
            style: run % 2 === 0 ? 'attached' : 'inline',
            original: {
              from: 'recruiter@hiring.example',
              fromName: person,
              date: new Date('2026-11-20T09:00:00Z'),
              subject: `${subject} interview`,
              text: `Hi ${word},\n\nWe would like to invite you to interview for the ${role} role at ${company} on December 10, 2026 at 2:00 PM.\n\n${person}\n${company}`,
              messageId: `<${messageId}@hiring.example>`,
            },
          }),
        );
        const result = await rig.inbound(messageId);
        expect(result.outcome).toBe('processed');
        const applications = await path.store.listApplications();
        expect(applications).toHaveLength(1);
        const [application] = applications;
        if (!application) throw new Error('no application');
        expect(application.company).toBe(company);
        expect(application.role).toBe(role);
        expect((await path.store.listEvents(application.id)).length).toBe(1);
        const reminders = await path.store.listAllReminders();
        expect(reminders.length).toBeGreaterThan(0);

        // A reply to its first reminder whose words are prototype names; each answered, nothing broken.
        const target = reminders[0];
        if (!target) throw new Error('no reminder');
        const ours = buildMessageId(reminderMessageKey(target.applicationId, target.reminderId), HARDENING_USER_SETTINGS.senderAddress);
        for (const [index, command] of [`snooze 3 constructor`, `snooze 2 ${word}`, `wrong: ${word}`, `#company ${tag}`, `same as ${company} — ${word}`, `#${word}`].entries()) {
          const replyId = `${messageId}-reply-${index}`;
          const reply = `From: ${HOSTILE_USER}\r\nTo: jobs@inbox.example\r\nSubject: Re: reminder\r\nIn-Reply-To: ${ours}\r\nReferences: ${ours}\r\nDate: Mon, 30 Nov 2026 12:00:00 +0000\r\n\r\n${command}\r\n`;
          await path.deliver(replyId, Buffer.from(reply));
          const answered = await rig.inbound(replyId, { headers: [{ name: 'From', value: HOSTILE_USER }, { name: 'References', value: ours }, { name: 'Subject', value: 'Re: reminder' }] });
          expect(['processed', 'ignored', 'quarantined', 'duplicate']).toContain(answered.outcome);
          if (index === 0) {
            // `snooze 3 constructor` has no unit: the reminder is left as it was (a plain-object
            // unit table once found a function there and snoozed by it).
            const after = await path.store.getReminder(target.applicationId, target.reminderId);
            expect({ status: after?.status, fireAt: after?.fireAt }).toEqual({ status: target.status, fireAt: target.fireAt });
          }
          expect(await path.store.getOutcome(replyId)).not.toBeNull();
        }
        for (const stored of await path.store.listApplications()) {
          expect(await path.store.listEvents(stored.id)).not.toHaveLength(0);
        }
        await path.store.listAllReminders();
        await path.store.listNotices();
      }),
      RUNS,
    );
    expect(prototypeSnapshot()).toEqual(before);
  }, 240_000);
});
