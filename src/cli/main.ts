import { RingwireError } from '../errors';
import { UsageError } from './flags';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * Runs a CLI entry point: usage errors exit 2, every other failure exits 1, each with one line
 * on stderr naming the program and the cause.
 */
export function runMain(program: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${program}: ${error.message} (see ${program} --help)\n`);
        process.exitCode = EXIT_USAGE;
      } else {
        process.stderr.write(`${program}: ${describeError(error)}\n`);
        process.exitCode = EXIT_FAILURE;
      }
    },
  );
}

export function describeError(error: unknown): string {
  if (error instanceof RingwireError) return `${error.message} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function formatAddress(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
