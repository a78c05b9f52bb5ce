import { UserError } from '../../errors.js';

/**
 * An error that stops the `aps` source (auth failure, every app failed). It carries the rotated refresh token:
 * once APS has rotated it, the old one is dead, so the new one must reach the user even when the run fails.
 */
export class ApsSourceError extends UserError {
  override name = 'ApsSourceError';
  constructor(
    message: string,
    readonly refreshToken?: string,
    options?: { cause?: unknown },
  ) {
    super(message, 1);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
