import { createInterface } from 'node:readline';
import { connect, type Client, type GetOptions } from '../client/client';
import { DEFAULT_PORT } from '../protocol/constants';
import { MAX_UINT64 } from '../protocol/uint64';
import { describeFlags, parseFlags, UsageError, type Flag, type FlagValues } from './flags';
import { formatMessageJson, formatMessageLine } from './format';
import { describeError, EXIT_FAILURE, EXIT_OK, runMain } from './main';

export const CLIENT_FLAGS: readonly Flag[] = [
  {
    name: 'host',
    type: 'string',
    env: 'RINGWIRE_HOST',
    default: '127.0.0.1',
    placeholder: 'HOST',
    help: 'server address',
  },
  {
    name: 'port',
    type: 'integer',
    env: 'RINGWIRE_PORT',
    default: DEFAULT_PORT,
    min: 1,
    max: 65535,
    placeholder: 'PORT',
    help: 'server port',
  },
  {
    name: 'name',
    type: 'string',
    env: 'RINGWIRE_NAME',
    placeholder: 'NAME',
    help: 'client name, stored as the sender of your messages; default HOSTNAME:PID',
  },
  {
    name: 'timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_TIMEOUT_MS',
    default: 10_000,
    min: 0,
    max: 2 ** 31 - 1,
    placeholder: 'MS',
    help: 'give up on connecting or on a reply after this long; 0 waits forever',
  },
  { name: 'help', short: 'h', type: 'boolean', help: 'print help (also after a command) and exit' },
];

export const GET_FLAGS: readonly Flag[] = [
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
  { name: 'json', type: 'boolean', help: 'print NDJSON: {"seq","time","sender","text"} per line' },
];

const USAGE = `Usage: client [options] [command [args]]

Talks to a ringwire server.

Commands:
  set <text...>                       store one message (the words joined by spaces); prints its seq
  get [-n N] [--after SEQ] [--json]   print the latest N messages, or up to N after SEQ
  (none)                              open an interactive prompt (set, get, help, quit)

Options:
${describeFlags(CLIENT_FLAGS)}

Exit status: 0 on success, 1 when the server cannot be reached or refuses, 2 on a usage error.
`;

const SET_USAGE = `Usage: client [options] set <text...>

Stores one message: the words joined by single spaces, as UTF-8. Use -- before text that
starts with a dash, and "" for an empty message. Prints the sequence number it was given.
`;

const GET_USAGE = `Usage: client [options] get [-n N] [--after SEQ] [--json]

Prints messages oldest first, one per line: seq, time (ISO 8601, UTC), sender and text,
separated by tabs. Control characters are escaped; a payload that is not UTF-8 prints as
base64:<data>. With --after, a note on stderr says how many messages were overwritten before
they could be read, and the seq to continue from.

Options:
${describeFlags(GET_FLAGS)}
`;

const PROMPT_HELP = `Commands:
  set <text>                          store <text> (the rest of the line, as typed)
  get [-n N] [--after SEQ] [--json]   print messages (see: client get --help)
  help                                this text
  quit                                leave (Ctrl-D works too)
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals, given } = parseFlags(argv, [...CLIENT_FLAGS, ...GET_FLAGS]);
  const [command, ...args] = positionals;
  if (command !== undefined && command !== 'set' && command !== 'get') {
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
  if (values.help) {
    process.stdout.write(command === 'set' ? SET_USAGE : command === 'get' ? GET_USAGE : USAGE);
    return EXIT_OK;
  }
  if (command !== 'get') {
    const misplaced = GET_FLAGS.find((flag) => given.has(flag.name));
    if (misplaced) throw new UsageError(`--${misplaced.name} is an option of get`);
  }
  if (command === 'set' && args.length === 0) {
    throw new UsageError('set needs the text to store (use "" for an empty message)');
  }
  if (command === 'get' && args.length > 0) {
    throw new UsageError(`get takes no arguments, got ${JSON.stringify(args[0])}`);
  }
  const getOptions = command === 'get' ? toGetOptions(values) : undefined;

  const client = await connect({
    host: values.host as string,
    port: values.port as number,
    name: values.name as string | undefined,
    timeoutMs: values['timeout-ms'] as number,
  });
  try {
    if (command === 'set') {
      process.stdout.write(`${await client.set(args.join(' '))}\n`);
      return EXIT_OK;
    }
    if (getOptions) {
      await printGet(client, getOptions, values.json as boolean);
      return EXIT_OK;
    }
    return await interactive(client);
  } finally {
    await client.close();
  }
}

function toGetOptions(values: FlagValues): GetOptions {
  const options: GetOptions = { count: values.count as number };
  if (values.after !== undefined) options.afterSeq = parseSeq(values.after as string, '--after');
  return options;
}

function parseSeq(text: string, source: string): bigint {
  const value = /^\d+$/.test(text) ? BigInt(text) : -1n;
  if (value < 0n || value > MAX_UINT64) {
    throw new UsageError(
      `${source} must be a sequence number from 0 to ${MAX_UINT64}, got ${JSON.stringify(text)}`,
    );
  }
  return value;
}

async function printGet(client: Client, options: GetOptions, json: boolean): Promise<void> {
  const result = await client.get(options);
  const format = json ? formatMessageJson : formatMessageLine;
  const lines = result.messages.map((m) => `${format(m)}\n`).join('');
  process.stdout.write(lines);
  if (result.lost > 0n) {
    process.stderr.write(
      `note: ${result.lost} message(s) after seq ${options.afterSeq} were overwritten before they could be read\n`,
    );
  }
  if (options.afterSeq !== undefined || result.truncated) {
    const why = result.truncated ? 'reply cut to fit one frame; ' : '';
    process.stderr.write(`note: ${why}continue with --after ${result.nextSeq - 1n}\n`);
  }
}

/** The prompt: reads commands line by line (from a terminal or a pipe) until quit or EOF. */
async function interactive(client: Client): Promise<number> {
  const terminal = process.stdin.isTTY === true;
  const prompt = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'ringwire> ',
    historySize: 1000,
    terminal,
  });
  const { server } = client;
  if (terminal) {
    process.stdout.write(
      `connected to ${server.serverName} (ringwire ${server.serverVersion}, session ${server.sessionId}); type help\n`,
    );
  }
  let lost: unknown;
  void client.closed.then((reason) => {
    if (reason) {
      lost = reason;
      prompt.close();
    }
  });
  if (terminal) prompt.prompt();
  for await (const line of prompt) {
    const quit = await runPromptLine(client, line.trim());
    if (quit) break;
    if (terminal) prompt.prompt();
  }
  prompt.close();
  if (lost) {
    process.stderr.write(`client: ${describeError(lost)}\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}

/** Runs one prompt line; true means quit. Errors are printed and the prompt goes on. */
async function runPromptLine(client: Client, line: string): Promise<boolean> {
  const [word = ''] = line.split(/\s+/, 1);
  const rest = line.slice(word.length).replace(/^\s/, '');
  try {
    switch (word) {
      case '':
        return false;
      case 'quit':
      case 'exit':
        return true;
      case 'help':
        process.stdout.write(PROMPT_HELP);
        return false;
      case 'set':
        process.stdout.write(`${await client.set(rest)}\n`);
        return false;
      case 'get': {
        const { values, positionals } = parseFlags(
          rest.split(/\s+/).filter(Boolean),
          GET_FLAGS,
          {},
        );
        if (positionals.length > 0)
          throw new UsageError(`get takes no arguments, got ${JSON.stringify(positionals[0])}`);
        await printGet(client, toGetOptions(values), values.json as boolean);
        return false;
      }
      default:
        throw new UsageError(`unknown command ${JSON.stringify(word)}; type help`);
    }
  } catch (error) {
    const detail = error instanceof UsageError ? error.message : describeError(error);
    process.stderr.write(`error: ${detail}\n`);
    return false;
  }
}

runMain('client', main);
