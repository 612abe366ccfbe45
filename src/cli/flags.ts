import { parseArgs } from 'node:util';

/** A command-line mistake: the CLI prints it on one line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface FlagBase {
  /** Long name, without dashes. */
  readonly name: string;
  readonly short?: string;
  /** Environment variable read when the flag is not given. */
  readonly env?: string;
  readonly help: string;
}

export interface IntegerFlag extends FlagBase {
  readonly type: 'integer';
  readonly min: number;
  readonly max: number;
  readonly default?: number;
  readonly placeholder: string;
}

export interface StringFlag extends FlagBase {
  readonly type: 'string';
  readonly default?: string;
  readonly placeholder: string;
  /** The only values allowed, if set. */
  readonly choices?: readonly string[];
}

export interface BooleanFlag extends FlagBase {
  readonly type: 'boolean';
}

export type Flag = IntegerFlag | StringFlag | BooleanFlag;

export type FlagValues = Record<string, string | number | boolean | undefined>;

export interface ParsedArgs {
  readonly values: FlagValues;
  readonly positionals: string[];
  /** Long names of the flags given on the command line (not from the environment). */
  readonly given: ReadonlySet<string>;
}

/**
 * Parses argv against a flag table. A flag not given falls back to its environment variable,
 * then to its default. Unknown flags, missing values and bad integers are UsageErrors.
 */
export function parseFlags(
  argv: readonly string[],
  flags: readonly Flag[],
  env: NodeJS.ProcessEnv = process.env,
): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: parseArgsConfig(flags),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(simplifyParseError((error as Error).message));
  }
  const values: FlagValues = {};
  const given = new Set<string>();
  for (const flag of flags) {
    const raw = parsed.values[flag.name];
    if (raw !== undefined) given.add(flag.name);
    values[flag.name] = resolveFlag(flag, raw, env);
  }
  return { values, positionals: parsed.positionals, given };
}

/**
 * The first word that is not a flag or a flag's value: a command name. Flags unknown to
 * `flags` are skipped as if they took no value.
 */
export function firstPositional(
  argv: readonly string[],
  flags: readonly Flag[],
): string | undefined {
  const { tokens } = parseArgs({
    args: [...argv],
    options: parseArgsConfig(flags),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const token = tokens.find((t) => t.kind === 'positional');
  return token?.kind === 'positional' ? token.value : undefined;
}

function parseArgsConfig(
  flags: readonly Flag[],
): Record<string, { type: 'string' | 'boolean'; short?: string }> {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const flag of flags) {
    config[flag.name] = { type: flag.type === 'boolean' ? 'boolean' : 'string' };
    if (flag.short) config[flag.name].short = flag.short;
  }
  return config;
}

function resolveFlag(
  flag: Flag,
  raw: string | boolean | (string | boolean)[] | undefined,
  env: NodeJS.ProcessEnv,
): string | number | boolean | undefined {
  const fromEnv = flag.env !== undefined ? env[flag.env] : undefined;
  const source = raw === undefined && fromEnv !== undefined ? `$${flag.env}` : `--${flag.name}`;
  const value = Array.isArray(raw) ? raw[raw.length - 1] : (raw ?? fromEnv);
  switch (flag.type) {
    case 'boolean':
      if (typeof value === 'string') return parseBoolean(value, source);
      return value ?? false;
    case 'string':
      if (value === undefined) return flag.default;
      if (flag.choices && !flag.choices.includes(String(value))) {
        throw new UsageError(
          `${source} must be one of ${flag.choices.join(', ')}, got ${JSON.stringify(value)}`,
        );
      }
      return String(value);
    case 'integer':
      return value === undefined ? flag.default : parseInteger(String(value), flag, source);
  }
}

function parseInteger(text: string, flag: IntegerFlag, source: string): number {
  const value = /^-?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value) || value < flag.min || value > flag.max) {
    throw new UsageError(
      `${source} must be an integer from ${flag.min} to ${flag.max}, got ${JSON.stringify(text)}`,
    );
  }
  return value;
}

function parseBoolean(text: string, source: string): boolean {
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off|)$/i.test(text)) return false;
  throw new UsageError(`${source} must be true or false, got ${JSON.stringify(text)}`);
}

/** Node's messages name a fix for programmers ("To specify a positional argument..."): keep the first sentence. */
function simplifyParseError(message: string): string {
  return message.split(/\.\s/)[0].replace(/\.$/, '');
}

/** The options section of a --help text, generated from the flag table. */
export function describeFlags(flags: readonly Flag[]): string {
  const rows = flags.map((flag) => {
    const short = flag.short ? `-${flag.short}, ` : '    ';
    const value = flag.type === 'boolean' ? '' : ` ${flag.placeholder}`;
    const notes: string[] = [];
    if (flag.type !== 'boolean' && flag.default !== undefined)
      notes.push(`default ${flag.default}`);
    if (flag.env) notes.push(`env ${flag.env}`);
    const suffix = notes.length ? ` (${notes.join('; ')})` : '';
    return [`  ${short}--${flag.name}${value}`, `${flag.help}${suffix}`];
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => left.padEnd(width) + right).join('\n');
}
