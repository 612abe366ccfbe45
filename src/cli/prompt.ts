import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { Client, Subscription } from '../client';
import { findCommand, parseFrom, printEvent, type Output } from './commands';
import { parseFlags, UsageError, type Flag } from './flags';
import { describeError, EXIT_FAILURE, EXIT_OK } from './main';

const PROMPT_HELP = `Commands:
  set <text>                               store <text> (the rest of the line, as typed)
  get [-n N] [--after SEQ | --next] [--wait-ms MS] [--json]
                                           print messages (see: client get --help)
  update <seq> <text>                      replace the text of a message
  delete <seq>                             delete a message
  ping [-c N] [--json]                     round trip to the server
  stats [--json]                           the server's figures
  subscribe [--from SEQ|oldest|now] [--json]
                                           print new messages above the prompt as they arrive
  unsubscribe                              stop them
  help                                     this text
  quit                                     leave (Ctrl-D too; Ctrl-C clears the line)
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
];

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
  #subscription: Subscription | undefined;
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
          await this.#unsubscribe();
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
    // set and update take their text as typed, spaces included.
    let args: string[];
    let values = {};
    if (command.name === 'set') {
      args = rest === '' ? [] : [rest];
    } else if (command.name === 'update') {
      const [seq = '', ...text] = rest.split(/(?<=^\S+)\s/);
      args = [seq, ...(text.length ? [text.join(' ')] : [])];
    } else {
      const parsed = parseFlags(words(rest), command.flags, {});
      args = parsed.positionals;
      values = parsed.values;
    }
    await command.prepare(args, values)(this.#client, this.#output);
  }

  async #subscribe(rest: string): Promise<void> {
    if (this.#subscription) throw new UsageError('already subscribed; type unsubscribe first');
    const { values, positionals } = parseFlags(words(rest), SUBSCRIBE_FLAGS, {});
    if (positionals.length)
      throw new UsageError(`subscribe takes no arguments, got ${JSON.stringify(positionals[0])}`);
    const json = values.json as boolean;
    const subscription = this.#client.subscribe({ from: parseFrom(values.from as string) });
    const startSeq = await subscription.started;
    this.#subscription = subscription;
    process.stdout.write(`subscribed from seq ${startSeq}\n`);
    void (async () => {
      try {
        for await (const event of subscription) printEvent(event, json, this.#output);
      } catch (error) {
        this.#output.note(`subscription ended: ${describeError(error)}`);
      } finally {
        if (this.#subscription === subscription) this.#subscription = undefined;
      }
    })();
  }

  async #unsubscribe(): Promise<void> {
    const subscription = this.#subscription;
    if (!subscription) throw new UsageError('not subscribed');
    this.#subscription = undefined;
    await subscription.unsubscribe();
    process.stdout.write('unsubscribed\n');
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

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}
