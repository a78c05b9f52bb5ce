/** An error whose message is written for the user: printed as is, without a stack. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    /** Exit code for the CLI: 1 = nothing usable was produced. */
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** One message for anything thrown — `instanceof Error` alone would leave other throws unreported. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
