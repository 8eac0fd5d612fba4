// PLACEHOLDER: the parser handler lands with the ingest core.
export const handler = (): Promise<void> => Promise.resolve();
