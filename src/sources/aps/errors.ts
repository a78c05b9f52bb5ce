import { UserError } from '../../errors.js';

/** An error that stops the `aps` source (auth failure, every app failed). */
export class ApsSourceError extends UserError {
  override name = 'ApsSourceError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 1);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
