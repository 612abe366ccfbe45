import { pino, stdTimeFunctions, type DestinationStream } from 'pino';

export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An event's details: keys of a JSON log line; the text format shows the message only. */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Where the server reports. Connection events are per-connection chatter that --quiet drops;
 * the others are server-wide (start, stop, signals, failures of the server itself).
 */
export interface Logger {
  connection(message: string, fields?: LogFields, level?: LogLevel): void;
  info(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface StderrLoggerOptions {
  readonly quiet: boolean;
  /** Default: text when stderr is a terminal, json otherwise (a log shipper, a file, a test). */
  readonly format?: LogFormat;
  readonly level?: LogLevel;
}

/**
 * The server's logs on stderr through pino: one JSON object per line, or in text one
 * timestamped line per event, as before JSON logs existed. Written synchronously: a line
 * logged just before the process exits is not lost.
 */
export function stderrLogger(options: StderrLoggerOptions): Logger {
  const format = options.format ?? (process.stderr.isTTY ? 'text' : 'json');
  const destination: DestinationStream =
    format === 'json' ? pino.destination({ dest: 2, sync: true }) : TEXT_DESTINATION;
  const log = pino(
    {
      level: options.level ?? 'info',
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const connection = (message: string, fields: LogFields = {}, level: LogLevel = 'info') =>
    log[level](fields, message);
  return {
    connection: options.quiet ? () => {} : connection,
    info: (message, fields = {}) => log.info(fields, message),
    error: (message, fields = {}) => log.error(fields, message),
  };
}

/** Text: the time and the message of each event pino serialized, and settings if it has any. */
const TEXT_DESTINATION: DestinationStream = {
  write(line: string): void {
    const { time, msg, settings } = JSON.parse(line) as {
      time: string;
      msg: string;
      settings?: Record<string, unknown>;
    };
    const details = Object.entries(settings ?? {}).map(
      ([name, value]) => ` ${name}=${JSON.stringify(value)}`,
    );
    process.stderr.write(`${time} ${msg}${details.join('')}\n`);
  },
};

export const SILENT_LOGGER: Logger = { connection: () => {}, info: () => {}, error: () => {} };
