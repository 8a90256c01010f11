/**
 * Entry point of `passend-check` (bin/passend-check.mjs loads this through tsx).
 * Output is flushed before exiting, and nothing ever ends in a stack trace unless --debug.
 */
import { errorLine } from './errors';
import { run } from './program';

const argv = process.argv.slice(2);
const debug = argv.includes('--debug');

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${errorLine(`onverwachte fout: ${message.split('\n')[0]} (gebruik --debug voor details)`)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(2);
}
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}

const code = await run(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
});
await Promise.all([flush(process.stdout), flush(process.stderr)]);
process.exit(code);
