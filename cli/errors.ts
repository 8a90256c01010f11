/**
 * Errors the CLI reports as one Dutch line on stderr with exit code 2 (usage or input problems).
 * Anything else that escapes is a bug; main.ts still reports it in one line (stack with --debug).
 */
export class CliError extends Error {
  override name = 'CliError';
}

/** Wrong command line: unknown option, bad date, bad value. */
export class UsageError extends CliError {
  override name = 'UsageError';
}

/** An input that cannot be read: missing, empty, too large, fetch failure. */
export class InputError extends CliError {
  override name = 'InputError';
}

export const EXIT_OK = 0;
export const EXIT_MISSING = 1;
export const EXIT_ERROR = 2;

/** The one error line every failure prints. */
export function errorLine(message: string): string {
  return `passend-check: fout: ${message.replace(/\s*\n\s*/g, ' ').trim()}`;
}
