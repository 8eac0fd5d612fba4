// PLACEHOLDER: the reminder handler lands with the reminders work.
export const handler = (): Promise<void> => Promise.resolve();
