import {
  isValidRingName,
  RING_NAME_RULE,
  type Client,
  type GetOptions,
  type SubscribeFrom,
  type SubscriptionEvent,
} from '../client';
import { MAX_UINT64 } from '../protocol/uint64';
import { readFlagFile } from './credentials';
import { describeFlags, UsageError, type Flag, type FlagValues, type StringFlag } from './flags';
import {
  formatEvent,
  formatMessageJson,
  formatMessageLine,
  formatPingSummary,
  formatPong,
  formatRings,
  formatStats,
} from './format';

/** Where a command prints: stdout for results, stderr for notes. */
export interface Output {
  out(line: string): void;
  note(line: string): void;
  /** Raw bytes for `set -` / `update <seq> -`; none in the prompt, which reads stdin itself. */
  readonly input?: NodeJS.ReadableStream;
  /** Aborted on SIGINT or SIGTERM: ping stops after the ping in flight. */
  readonly stop?: AbortSignal;
}

/** A client command, runnable from the command line and from the prompt. */
export interface Command {
  readonly name: string;
  /** The words after the command name, e.g. `<seq> <text...>`. */
  readonly synopsis: string;
  readonly summary: string;
  /** Longer help, shown by `client <command> --help`. */
  readonly details: string;
  readonly flags: readonly Flag[];
  /** Checks the arguments (UsageError when wrong) and returns the work to do once connected. */
  prepare(
    args: readonly string[],
    values: FlagValues,
  ): (client: Client, output: Output) => Promise<void>;
}

const JSON_FLAG: Flag = {
  name: 'json',
  type: 'boolean',
  help: 'print NDJSON, one object per line',
};

export const RING_FLAG: StringFlag = {
  name: 'ring',
  type: 'string',
  env: 'RINGWIRE_RING',
  placeholder: 'NAME',
  valid: { test: isValidRingName, allowed: RING_NAME_RULE },
  help: 'the ring to use; default: the ring default',
};

/** The ring a command names with --ring, or undefined for the ring default. */
const ringOf = (values: FlagValues): { ring?: string } =>
  values.ring === undefined ? {} : { ring: values.ring as string };

const GET_FLAGS: readonly Flag[] = [
  RING_FLAG,
  {
    name: 'count',
    short: 'n',
    type: 'integer',
    default: 1,
    min: 1,
    max: 0xffff_ffff,
    placeholder: 'N',
    help: 'how many messages (the server caps it at its capacity)',
  },
  {
    name: 'after',
    type: 'string',
    placeholder: 'SEQ',
    help: 'read the messages after SEQ instead of the latest',
  },
  {
    name: 'next',
    type: 'boolean',
    help: 'read what this connection has not read yet (its cursor starts at the oldest held; in the prompt it carries over between commands)',
  },
  {
    name: 'wait-ms',
    type: 'integer',
    default: 0,
    min: 0,
    max: 300_000,
    placeholder: 'MS',
    help: 'with --after or --next: wait up to MS for a message when none is newer',
  },
  JSON_FLAG,
];

const PAYLOAD_FLAGS: readonly Flag[] = [
  RING_FLAG,
  {
    name: 'file',
    type: 'string',
    placeholder: 'PATH',
    help: 'the payload is the raw bytes of this file',
  },
  {
    name: 'base64',
    type: 'boolean',
    help: 'the argument is base64: the payload is the bytes it encodes',
  },
];

export const COMMANDS: readonly Command[] = [
  {
    name: 'set',
    synopsis: '[--ring NAME] <text...> | - | --file PATH | --base64 DATA',
    summary: 'store one message; prints its seq',
    details: `Stores one message and prints the sequence number it was given. The payload is the words
joined by single spaces, as UTF-8 (use -- before text that starts with a dash, and "" for an
empty message); or, with -, the raw bytes read from stdin; with --file, the raw bytes of PATH;
with --base64, the bytes DATA encodes (for binary payloads given as an argument). With --ring,
into that ring (created on first use unless the server says otherwise); each ring numbers its
messages from 1.`,
    flags: PAYLOAD_FLAGS,
    prepare(args, values) {
      const payload = payloadSource('set', args, values);
      const ring = ringOf(values);
      return async (client, output) =>
        output.out(String(await client.set(await payload(output), ring)));
    },
  },
  {
    name: 'get',
    synopsis: '[--ring NAME] [-n N] [--after SEQ | --next] [--wait-ms MS] [--json]',
    summary: 'print the latest N messages, or up to N after SEQ or the cursor',
    details:
      'Prints messages oldest first, one per line: seq, time (ISO 8601, UTC), sender and text,\nseparated by tabs. Control characters are escaped; a payload that is not UTF-8 prints as\nbase64:<data>. With --after or --next, a note on stderr says how many messages were\noverwritten before they could be read, and the seq to continue from. With --ring, from that\nring (each ring has its own seqs, and its own cursor for --next).',
    flags: GET_FLAGS,
    prepare(args, values) {
      noArguments('get', args);
      const options = { ...getOptions(values), ...ringOf(values) };
      const json = values.json as boolean;
      return async (client, output) => {
        const result = await client.get(options);
        const format = json ? formatMessageJson : formatMessageLine;
        for (const message of result.messages) output.out(format(message));
        if (result.lost > 0n) {
          output.note(`note: ${result.lost} message(s) were overwritten before they could be read`);
        }
        if (result.deleted > 0n)
          output.note(`note: ${result.deleted} message(s) in this range were deleted`);
        if (options.afterSeq !== undefined || options.next || result.truncated) {
          const why = result.truncated ? 'reply cut to fit one frame; ' : '';
          output.note(`note: ${why}continue with --after ${result.nextSeq - 1n}`);
        }
      };
    },
  },
  {
    name: 'tail',
    synopsis: '[--ring NAME]... [--from SEQ|oldest|now] [--json]',
    summary: 'print messages as they are stored, until Ctrl-C or SIGTERM',
    details: `Subscribes and prints every new message as it arrives, in the format of get. Updates and
deletes of messages already printed print as lines ending in (updated) or (deleted); when
the ring overwrote messages before they could be pushed, a note on stderr says how many.
Stops on Ctrl-C or SIGTERM (exit status 0). With one --ring, follows that ring and prints as
above. With several (--ring a --ring b), follows them all on one connection, each from
--from, and each line starts with the ring's name and a tab (JSON: a "ring" key after "event",
before "seq"); each ring's lines come in its seq order, rings interleave as messages arrive.`,
    flags: [
      {
        ...RING_FLAG,
        repeatable: true,
        help: 'the ring to follow; repeat it to follow several; default: the ring default',
      },
      {
        name: 'from',
        type: 'string',
        default: 'now',
        placeholder: 'SEQ|oldest|now',
        help: 'start at SEQ, at the oldest message held, or with new messages only',
      },
      JSON_FLAG,
    ],
    prepare(args, values) {
      noArguments('tail', args);
      const from = parseFrom(values.from as string);
      const json = values.json as boolean;
      const rings = values.ring as string[];
      const twice = rings.find((ring, i) => rings.indexOf(ring) !== i);
      if (twice !== undefined) throw new UsageError(`--ring ${twice} is given twice`);
      // Several rings print their names; one prints as it always has.
      const shown = (ring: string): string | undefined => (rings.length > 1 ? ring : undefined);
      return async (client, output) => {
        const subscriptions = (rings.length ? rings : [undefined]).map((ring) =>
          client.subscribe({ from, ring }),
        );
        await Promise.all(
          subscriptions.map(async (subscription) => {
            for await (const event of subscription)
              printEvent(event, json, output, shown(subscription.ring));
          }),
        );
      };
    },
  },
  {
    name: 'update',
    synopsis: '[--ring NAME] <seq> <text...> | <seq> - | <seq> --file PATH | <seq> --base64 DATA',
    summary: 'replace the payload of a message the server still holds',
    details: `Replaces the payload of message <seq>, given as with set: words, - (stdin), --file PATH or
--base64 DATA, in the ring --ring names (default: the ring default). Fails with NOT_FOUND
when the ring no longer holds it (or does not exist).`,
    flags: PAYLOAD_FLAGS,
    prepare(args, values) {
      if (args.length === 0) throw new UsageError('update needs a seq and the new payload');
      const seq = parseSeq(args[0], 'the seq');
      const payload = payloadSource('update', args.slice(1), values);
      const ring = ringOf(values);
      return async (client, output) => {
        await client.update(seq, await payload(output), ring);
        output.out(`updated ${seq}`);
      };
    },
  },
  {
    name: 'delete',
    synopsis: '[--ring NAME] <seq>',
    summary: 'delete a message the server still holds',
    details:
      'Deletes message <seq> of the ring --ring names (default: the ring default); its seq is\nnever reused. Fails with NOT_FOUND when the ring no longer holds it (or does not exist).',
    flags: [RING_FLAG],
    prepare(args, values) {
      if (args.length !== 1) throw new UsageError('delete needs exactly one seq');
      const seq = parseSeq(args[0], 'the seq');
      const ring = ringOf(values);
      return async (client, output) => {
        await client.delete(seq, ring);
        output.out(`deleted ${seq}`);
      };
    },
  },
  {
    name: 'ping',
    synopsis: '[-c N] [--json]',
    summary: 'measure the round trip to the server',
    details: `Sends N pings, one after another, and prints each round trip in milliseconds, then a summary
like ping(8)'s: sent, received, loss, min/avg/max. Ctrl-C (or SIGTERM) stops early, with the
summary and exit status 0. With --json: {"event":"pong","rtt_ms"} per reply, then
{"event":"summary","sent","received","loss_percent","min_ms","avg_ms","max_ms"}.`,
    flags: [
      {
        name: 'count',
        short: 'c',
        type: 'integer',
        default: 1,
        min: 1,
        max: 1_000_000,
        placeholder: 'N',
        help: 'how many pings',
      },
      JSON_FLAG,
    ],
    prepare(args, values) {
      noArguments('ping', args);
      const count = values.count as number;
      const json = values.json as boolean;
      return async (client, output) => {
        const { serverName } = client.server;
        const rttsMs: number[] = [];
        let sent = 0;
        try {
          while (sent < count && !output.stop?.aborted) {
            sent++;
            const ms = await client.ping();
            rttsMs.push(ms);
            output.out(formatPong(serverName, ms, json));
          }
        } catch (error) {
          // A signal closes the connection: the ping in flight may go unanswered.
          if (!output.stop?.aborted) throw error;
        } finally {
          output.out(formatPingSummary(serverName, sent, rttsMs, json));
        }
      };
    },
  },
  {
    name: 'stats',
    synopsis: '[--json]',
    summary: "print the server's figures",
    details:
      'Prints uptime, connections, subscribers, ring fill by count and bytes, the first and\nlast seq held, the overflow policy and the requests answered by type.',
    flags: [JSON_FLAG],
    prepare(args, values) {
      noArguments('stats', args);
      return async (client, output) =>
        output.out(formatStats(await client.stats(), values.json as boolean));
    },
  },
  {
    name: 'rings',
    synopsis: '[--json]',
    summary: "list the server's rings",
    details: `Prints one line per ring, in byte order of the names, under a header: name, messages and
payload bytes held, capacity, max bytes, overflow policy, first and last seq held (0 when
none) and open subscriptions. With --json, one object per ring, keys always in this order:
"name", "messages", "bytes", "capacity", "max_bytes", "overflow", "first_seq", "last_seq",
"subscribers", "next_seq". Needs a server that speaks protocol version 2.`,
    flags: [JSON_FLAG],
    prepare(args, values) {
      noArguments('rings', args);
      return async (client, output) => {
        for (const line of formatRings(await client.rings(), values.json as boolean))
          output.out(line);
      };
    },
  },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** `client <command> --help`. */
export function commandHelp(command: Command): string {
  const options = command.flags.length ? `\nOptions:\n${describeFlags(command.flags)}\n` : '';
  return `Usage: client [options] ${command.name} ${command.synopsis}\n\n${command.details}\n${options}`;
}

/** Prints a subscription event; with `ring`, the line names the ring (see formatEvent). */
export function printEvent(
  event: SubscriptionEvent,
  json: boolean,
  output: Output,
  ring?: string,
): void {
  const { stream, line } = formatEvent(event, json, ring);
  if (stream === 'stdout') output.out(line);
  else output.note(line);
}

const SEQ_RANGE = `an integer from 0 to ${MAX_UINT64}`;

/** Where `--from` starts a subscription. */
export function parseFrom(text: string): SubscribeFrom {
  if (text === 'now' || text === 'oldest') return text;
  const seq = toSeq(text);
  if (seq === undefined)
    throw new UsageError(`--from must be oldest, now or ${SEQ_RANGE}, got ${JSON.stringify(text)}`);
  return seq;
}

export function parseSeq(text: string, source: string): bigint {
  const seq = toSeq(text);
  if (seq === undefined)
    throw new UsageError(`${source} must be ${SEQ_RANGE}, got ${JSON.stringify(text)}`);
  return seq;
}

function toSeq(text: string): bigint | undefined {
  return /^\d+$/.test(text) && BigInt(text) <= MAX_UINT64 ? BigInt(text) : undefined;
}

function getOptions(values: FlagValues): GetOptions {
  const options: GetOptions = {
    count: values.count as number,
    next: values.next as boolean,
    waitMs: values['wait-ms'] as number,
  };
  if (values.after !== undefined) options.afterSeq = parseSeq(values.after as string, '--after');
  if (options.next && options.afterSeq !== undefined)
    throw new UsageError('--after and --next exclude each other');
  if (options.waitMs && !options.next && options.afterSeq === undefined) {
    throw new UsageError('--wait-ms needs --after or --next');
  }
  return options;
}

/**
 * Where set and update take their payload: the words given, joined by spaces; `-` for the raw
 * bytes of stdin; --file for a file's; --base64 for the bytes an argument encodes. Files are
 * read at once (a missing one is a usage error), stdin once connected.
 */
function payloadSource(
  command: string,
  args: readonly string[],
  values: FlagValues,
): (output: Output) => Promise<Uint8Array | string> {
  const file = values.file as string | undefined;
  const base64 = values.base64 as boolean;
  const fromStdin = args.length === 1 && args[0] === '-';
  if (file !== undefined || fromStdin) {
    if (base64) throw new UsageError('--base64 is for a payload given as an argument');
    if (file !== undefined && args.length > 0)
      throw new UsageError(`${command} takes --file or text, not both`);
    if (file !== undefined) {
      const bytes = readFlagFile(file, '--file');
      return async () => bytes;
    }
    return async ({ input }) => {
      if (!input) throw new UsageError('- reads stdin, which the prompt is reading');
      return readAll(input);
    };
  }
  if (args.length === 0) {
    throw new UsageError(
      `${command} needs the payload: text ("" for an empty one), -, --file PATH or --base64 DATA`,
    );
  }
  const text = args.join(' ');
  const payload = base64 ? decodeBase64(text) : text;
  return async () => payload;
}

/** Strict base64 (padded, no whitespace): Node's decoder would skip what it does not know. */
function decodeBase64(text: string): Buffer {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}...` : text;
    throw new UsageError(
      `--base64 needs padded base64 (A-Z, a-z, 0-9, +, /, =), got ${JSON.stringify(shown)}`,
    );
  }
  return bytes;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function noArguments(command: string, args: readonly string[]): void {
  if (args.length > 0)
    throw new UsageError(`${command} takes no arguments, got ${JSON.stringify(args[0])}`);
}
