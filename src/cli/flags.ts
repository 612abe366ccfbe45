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
  /** A check of the value, and how the usage error describes the values it allows. */
  readonly valid?: { readonly test: (value: string) => boolean; readonly allowed: string };
  /**
   * May be given several times: its value is then the list of values given, each checked
   * (the environment variable gives a list of one; without either, the default's, or none).
   */
  readonly repeatable?: boolean;
}

export interface BooleanFlag extends FlagBase {
  readonly type: 'boolean';
}

/** For `StringFlag.valid`: a value of `min` to `max` bytes of UTF-8. */
export function utf8Bytes(min: number, max: number): NonNullable<StringFlag['valid']> {
  const length = (value: string): number => Buffer.byteLength(value);
  return {
    test: (value) => length(value) >= min && length(value) <= max,
    allowed: min === max ? `${min} bytes of UTF-8` : `${min} to ${max} bytes of UTF-8`,
  };
}

export type Flag = IntegerFlag | StringFlag | BooleanFlag;

export type FlagValues = Record<string, string | string[] | number | boolean | undefined>;

export interface ParsedArgs {
  readonly values: FlagValues;
  readonly positionals: string[];
  /** Long names of the flags given on the command line (not from the environment). */
  readonly given: ReadonlySet<string>;
}

/**
 * Parses argv against a flag table. A flag that takes a value takes the next word whatever it
 * is (`--after -1` is the value -1, as with getopt). A flag not given falls back to its
 * environment variable, then to its default. Unknown flags, missing values and values out of
 * range are UsageErrors whose one line names the flag, what it allows and the value given.
 */
export function parseFlags(
  argv: readonly string[],
  flags: readonly Flag[],
  env: NodeJS.ProcessEnv = process.env,
): ParsedArgs {
  const tokens = tokenize(argv, flags);
  for (const token of tokens) {
    if (token.kind === 'option') checkOptionToken(token, flags);
  }
  const raws = new Map<string, (string | boolean)[]>();
  for (const token of tokens) {
    if (token.kind === 'option')
      raws.set(token.name, [...(raws.get(token.name) ?? []), token.value ?? true]);
  }
  const values: FlagValues = {};
  const given = new Set<string>();
  for (const flag of flags) {
    const all = raws.get(flag.name);
    if (all !== undefined) given.add(flag.name);
    if (flag.type === 'string' && flag.repeatable) {
      const list = all ?? [undefined];
      values[flag.name] = list.flatMap((raw) => resolveFlag(flag, raw, env) ?? []) as string[];
    } else {
      // Given twice, a flag that is not repeatable takes the last value.
      values[flag.name] = resolveFlag(flag, all?.at(-1), env);
    }
  }
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  return { values, positionals, given };
}

/**
 * The first word that is not a flag or a flag's value: a command name. Flags unknown to
 * `flags` are skipped as if they took no value.
 */
export function firstPositional(
  argv: readonly string[],
  flags: readonly Flag[],
): string | undefined {
  const token = tokenize(argv, flags).find((t) => t.kind === 'positional');
  return token?.kind === 'positional' ? token.value : undefined;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Node's tokenizer, non-strict: it hands a value flag the next word even when it starts with a dash. */
function tokenize(argv: readonly string[], flags: readonly Flag[]): Token[] {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const flag of flags) {
    options[flag.name] = { type: flag.type === 'boolean' ? 'boolean' : 'string' };
    if (flag.short) options[flag.name].short = flag.short;
  }
  return parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  }).tokens;
}

function checkOptionToken(token: Token & { kind: 'option' }, flags: readonly Flag[]): void {
  const flag = flags.find((f) => f.name === token.name);
  if (!flag) throw new UsageError(`unknown flag ${token.rawName}`);
  if (flag.type === 'boolean' && token.value !== undefined) {
    throw new UsageError(`--${flag.name} takes no value, got ${JSON.stringify(token.value)}`);
  }
  if (flag.type !== 'boolean' && token.value === undefined) {
    throw new UsageError(`--${flag.name} needs a value (${flag.placeholder})`);
  }
}

function resolveFlag(
  flag: Flag,
  raw: string | boolean | undefined,
  env: NodeJS.ProcessEnv,
): string | number | boolean | undefined {
  const fromEnv = flag.env !== undefined ? env[flag.env] : undefined;
  const source = raw === undefined && fromEnv !== undefined ? `$${flag.env}` : `--${flag.name}`;
  const value = raw ?? fromEnv;
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
      if (flag.valid && !flag.valid.test(String(value))) {
        throw new UsageError(
          `${source} must be ${flag.valid.allowed}, got ${JSON.stringify(value)}`,
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

/** The options section of a --help text, generated from the flag table. */
export function describeFlags(flags: readonly Flag[]): string {
  const rows = flags.map((flag) => {
    const short = flag.short ? `-${flag.short}, ` : '    ';
    const value = flag.type === 'boolean' ? '' : ` ${flag.placeholder}`;
    const notes: string[] = [];
    if (flag.type !== 'boolean' && flag.default !== undefined)
      notes.push(`default ${flag.default}`);
    if (flag.env) notes.push(`env ${flag.env}`);
    if (flag.type === 'string' && flag.repeatable) notes.push('repeatable');
    const suffix = notes.length ? ` (${notes.join('; ')})` : '';
    return [`  ${short}--${flag.name}${value}`, `${flag.help}${suffix}`];
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => left.padEnd(width) + right).join('\n');
}
