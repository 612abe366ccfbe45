import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import { DEFAULT_RING, type Client, type Subscription } from '../client';
import { findCommand, parseFrom, printEvent, RING_FLAG, type Output } from './commands';
import { parseFlags, UsageError, type Flag } from './flags';
import { describeError, EXIT_FAILURE, EXIT_OK } from './main';

const PROMPT_HELP = `Commands:
  set [--ring NAME] <text>                 store <text> (the rest of the line, as typed)
  get [--ring NAME] [-n N] [--after SEQ | --next] [--wait-ms MS] [--json]
                                           print messages (see: client get --help)
  update [--ring NAME] <seq> <text>        replace the text of a message
  delete [--ring NAME] <seq>               delete a message
  ping [-c N] [--json]                     round trip to the server
  stats [--json]                           the server's figures
  rings [--json]                           the server's rings
  subscribe [--ring NAME] [--from SEQ|oldest|now] [--json]
                                           print new messages above the prompt as they arrive;
                                           one subscription per ring, several rings at once;
                                           with --ring, lines start with the ring's name
  unsubscribe [--ring NAME]                stop them (--ring: which ring, when several)
  help                                     this text
  quit                                     leave (Ctrl-D too; Ctrl-C clears the line)
Without --ring, a command uses the ring default.
`;

const SUBSCRIBE_FLAGS: readonly Flag[] = [
  {
    name: 'from',
    type: 'string',
    default: 'now',
    placeholder: 'SEQ|oldest|now',
    help: 'where to start',
  },
  { name: 'json', type: 'boolean', help: 'print NDJSON' },
  RING_FLAG,
];

const UNSUBSCRIBE_FLAGS: readonly Flag[] = [RING_FLAG];

/** `--ring NAME` at the start of a set or update line, before the text taken as typed. */
const LEADING_RING = /^--ring(?:\s+|=)(\S+)(?:\s|$)/;

/**
 * The interactive prompt: reads commands line by line (from a terminal or a pipe) until quit
 * or end of input. Messages pushed to a subscription print above the line being typed, which
 * is redrawn as it was.
 */
export async function runPrompt(client: Client): Promise<number> {
  const terminal = process.stdin.isTTY === true;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'ringwire> ',
    historySize: 1000,
    terminal,
  });
  const session = new PromptSession(client, rl, terminal);
  // Ctrl-C drops the line being typed, like a shell; Ctrl-D on an empty line quits.
  rl.on('SIGINT', () => {
    rl.write(null, { ctrl: true, name: 'e' });
    rl.write(null, { ctrl: true, name: 'u' });
    process.stdout.write('^C\n');
    rl.prompt();
  });
  let lost: unknown;
  void client.closed.then((reason) => {
    lost = reason;
    rl.close();
  });
  const { server } = client;
  if (terminal) {
    process.stdout.write(
      `connected to ${server.serverName} (ringwire ${server.serverVersion}, session ${server.sessionId}); type help\n`,
    );
    rl.prompt();
  }
  for await (const line of rl) {
    if (await session.run(line)) break;
    if (terminal) rl.prompt();
  }
  rl.close();
  if (lost) {
    process.stderr.write(`client: ${describeError(lost)}\n`);
    return EXIT_FAILURE;
  }
  return session.failed ? EXIT_FAILURE : EXIT_OK;
}

class PromptSession {
  readonly #client: Client;
  readonly #rl: Interface;
  readonly #terminal: boolean;
  /** True while a command runs: no prompt is on screen to keep below pushed lines. */
  #busy = false;
  /** The prompt's subscriptions, by ring. */
  readonly #subscriptions = new Map<string, Subscription>();
  /** True once a command has failed: the prompt then exits 1, as a script would want. */
  failed = false;

  constructor(client: Client, rl: Interface, terminal: boolean) {
    this.#client = client;
    this.#rl = rl;
    this.#terminal = terminal;
  }

  /** Command output, printed where the user expects it. */
  readonly #output: Output = {
    out: (line) => this.#print(process.stdout, line),
    note: (line) => this.#print(process.stderr, line),
  };

  /** Runs one line; true means quit. Errors are printed and the prompt goes on. */
  async run(input: string): Promise<boolean> {
    const line = input.trim();
    const [word = ''] = line.split(/\s+/, 1);
    const rest = line.slice(word.length).replace(/^\s/, '');
    this.#busy = true;
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
        case 'subscribe':
          await this.#subscribe(rest);
          return false;
        case 'unsubscribe':
          await this.#unsubscribe(rest);
          return false;
        default:
          await this.#runCommand(word, rest);
          return false;
      }
    } catch (error) {
      this.failed = true;
      const detail = error instanceof UsageError ? error.message : describeError(error);
      process.stderr.write(`error: ${detail}\n`);
      return false;
    } finally {
      this.#busy = false;
    }
  }

  async #runCommand(word: string, rest: string): Promise<void> {
    const command = findCommand(word);
    if (!command || command.name === 'tail') {
      throw new UsageError(`unknown command ${JSON.stringify(word)}; type help`);
    }
    // set and update take their text as typed, spaces included, after an optional --ring.
    let args: string[];
    let values = {};
    if (command.name === 'set' || command.name === 'update') {
      const ring = LEADING_RING.exec(rest);
      const text = ring ? rest.slice(ring[0].length) : rest;
      if (ring) values = parseFlags(['--ring', ring[1]], [RING_FLAG], {}).values;
      if (command.name === 'set') {
        args = text === '' ? [] : [text];
      } else {
        const [seq = '', ...words] = text.split(/(?<=^\S+)\s/);
        args = [seq, ...(words.length ? [words.join(' ')] : [])];
      }
    } else {
      const parsed = parseFlags(words(rest), command.flags, {});
      args = parsed.positionals;
      values = parsed.values;
    }
    await command.prepare(args, values)(this.#client, this.#output);
  }

  async #subscribe(rest: string): Promise<void> {
    const { values, positionals } = parseFlags(words(rest), SUBSCRIBE_FLAGS, {});
    if (positionals.length)
      throw new UsageError(`subscribe takes no arguments, got ${JSON.stringify(positionals[0])}`);
    const named = values.ring as string | undefined;
    const json = values.json as boolean;
    const subscription = this.#client.subscribe({
      from: parseFrom(values.from as string),
      ring: named,
    });
    const { ring } = subscription;
    this.#subscriptions.set(ring, subscription);
    let startSeq: bigint;
    try {
      startSeq = await subscription.started;
    } catch (error) {
      this.#subscriptions.delete(ring);
      throw error;
    }
    process.stdout.write(`subscribed${aboutRing(ring, 'to')} from seq ${startSeq}\n`);
    void (async () => {
      try {
        for await (const event of subscription) printEvent(event, json, this.#output, named);
      } catch (error) {
        this.#output.note(`subscription to ring ${ring} ended: ${describeError(error)}`);
      } finally {
        if (this.#subscriptions.get(ring) === subscription) this.#subscriptions.delete(ring);
      }
    })();
  }

  async #unsubscribe(rest: string): Promise<void> {
    const { values, positionals } = parseFlags(words(rest), UNSUBSCRIBE_FLAGS, {});
    if (positionals.length)
      throw new UsageError(`unsubscribe takes no arguments, got ${JSON.stringify(positionals[0])}`);
    const rings = [...this.#subscriptions.keys()];
    const ring = (values.ring as string | undefined) ?? (rings.length === 1 ? rings[0] : undefined);
    if (rings.length === 0) throw new UsageError('not subscribed');
    if (ring === undefined)
      throw new UsageError(`subscribed to rings ${rings.join(', ')}: name one with --ring`);
    const subscription = this.#subscriptions.get(ring);
    if (!subscription) throw new UsageError(`not subscribed to ring ${ring}`);
    this.#subscriptions.delete(ring);
    await subscription.unsubscribe();
    process.stdout.write(`unsubscribed${aboutRing(ring, 'from')}\n`);
  }

  /** Prints a line; while the prompt is on screen, above it, then redraws what was typed. */
  #print(stream: NodeJS.WriteStream, line: string): void {
    if (this.#busy || !this.#terminal) {
      stream.write(`${line}\n`);
    } else if (process.env.TERM === 'dumb') {
      // No cursor control: leave the typed text on its line and retype it below.
      stream.write(`\n${line}\n`);
      process.stdout.write(this.#rl.getPrompt() + this.#rl.line);
    } else {
      cursorTo(process.stdout, 0);
      clearLine(process.stdout, 0);
      stream.write(`${line}\n`);
      this.#rl.prompt(true);
    }
  }
}

/** Names a ring other than `default` in the prompt's confirmations; `default` reads as before rings. */
function aboutRing(ring: string, preposition: string): string {
  return ring === DEFAULT_RING ? '' : ` ${preposition} ring ${ring}`;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
