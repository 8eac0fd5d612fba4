import { describe, expect, it } from 'vitest';
import { applyReplyCommand, MAX_COMMAND_ATTEMPTS, CommandContentionError } from '../../shared/commands/apply-command.ts';
import type { ApplicationRecord } from '../../shared/domain/application.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { confirmation, ReplyWorld, settingsWith } from './reply-world.ts';

/** Another writer changes the application right before each of our first `conflicts` updates. */
class BusyStore extends MemoryApplicationStore {
  constructor(private conflicts: number) {
    super();
  }
  override async updateApplication(application: ApplicationRecord, expectedVersion: number): Promise<ApplicationRecord> {
    if (this.conflicts > 0) {
      this.conflicts--;
      const current = await this.getApplication(application.id);
      if (current) await super.updateApplication({ ...current, updatedAt: new Date().toISOString() }, current.version);
    }
    return super.updateApplication(application, expectedVersion);
  }
}

async function worldWith(store: MemoryApplicationStore) {
  const world = new ReplyWorld(settingsWith(), new Date('2026-10-01T09:00:00Z'));
  Object.defineProperty(world, 'store', { value: store });
  const app = await world.forward(confirmation(new Date('2026-10-01T08:00:00Z')));
  return { world, app };
}

describe('applyReplyCommand', () => {
  it('retries on a concurrent change of the application and then applies the command once', async () => {
    const { world, app } = await worldWith(new BusyStore(2));
    const outcome = await applyReplyCommand(
      { applicationId: app.id, reminderId: 'keep-applying.0', reply: { messageId: 'reply-1', repliedAt: new Date('2026-10-02T10:00:00Z') } },
      { kind: 'stop' },
      { store: world.store, settings: world.settings, clock: world.clock },
    );
    expect(outcome).toMatchObject({ result: 'applied', command: 'stop' });
    expect(await world.store.getApplication(app.id)).toMatchObject({ remindersStopped: true, version: app.version + 3 });
  });

  it('gives up with a named error when the application never stops changing', async () => {
    const { world, app } = await worldWith(new BusyStore(MAX_COMMAND_ATTEMPTS));
    await expect(
      applyReplyCommand(
        { applicationId: app.id, reminderId: 'keep-applying.0', reply: { messageId: 'reply-1', repliedAt: new Date('2026-10-02T10:00:00Z') } },
        { kind: 'snooze', snooze: { kind: 'relative', amount: 1, unit: 'days' } },
        { store: world.store, settings: world.settings, clock: world.clock },
      ),
    ).rejects.toBeInstanceOf(CommandContentionError);
  });
});
