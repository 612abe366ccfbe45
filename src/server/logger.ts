/** Where the server reports. `connection` lines are per-connection chatter that --quiet drops. */
export interface Logger {
  connection(line: string): void;
  error(line: string): void;
}

/** Timestamped lines on stderr. */
export function stderrLogger({ quiet }: { quiet: boolean }): Logger {
  const write = (line: string): void => {
    process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  };
  return { connection: quiet ? () => {} : write, error: write };
}

export const SILENT_LOGGER: Logger = { connection: () => {}, error: () => {} };
