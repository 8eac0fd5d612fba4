/** Optimistic-locking attempts: only a concurrent write to the same application causes a retry. */
export const MAX_COMMAND_ATTEMPTS = 5;

export class CommandContentionError extends Error {
  override readonly name = 'CommandContentionError';
  constructor(readonly applicationId: string) {
    super(`Application ${applicationId} kept changing under ${MAX_COMMAND_ATTEMPTS} attempts to apply a reply command`);
  }
}
