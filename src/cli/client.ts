import {
  connect,
  parseServerList,
  RingwireError,
  type ConnectOptions,
  type TlsClientOptions,
} from '../client';
import { COMMANDS, commandHelp, findCommand, type Output } from './commands';
import { MAX_CLIENT_NAME_BYTES } from '../protocol/constants';
import { SERVER_VERSION } from '../server/version';
import { HOST_FLAG, PORT_FLAG, VERSION_FLAG } from './common-flags';
import { readSecret, readTlsFiles, SECRET_FLAGS } from './credentials';
import {
  describeFlags,
  firstPositional,
  parseFlags,
  UsageError,
  utf8Bytes,
  type Flag,
  type FlagValues,
} from './flags';
import { EXIT_OK, runMain } from './main';
import { runPrompt } from './prompt';

export const CLIENT_FLAGS: readonly Flag[] = [
  {
    ...HOST_FLAG,
    placeholder: 'HOST[,HOST...]',
    help: 'server address; several servers of the same rings as HOST[:PORT],HOST[:PORT],... (IPv6: [ADDRESS]:PORT): the first that answers is used, and a lost connection fails over to the others',
  },
  { ...PORT_FLAG, help: 'server port; with several --host servers, theirs when they name none' },
  {
    name: 'name',
    type: 'string',
    env: 'RINGWIRE_NAME',
    placeholder: 'NAME',
    valid: utf8Bytes(1, MAX_CLIENT_NAME_BYTES),
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
  ...SECRET_FLAGS,
  {
    name: 'tls',
    type: 'boolean',
    env: 'RINGWIRE_TLS',
    help: 'connect over TLS (implied by the other --tls-* flags)',
  },
  {
    name: 'tls-ca',
    type: 'string',
    env: 'RINGWIRE_TLS_CA',
    placeholder: 'FILE',
    help: "trust this PEM CA (or self-signed certificate) instead of the system's",
  },
  {
    name: 'tls-servername',
    type: 'string',
    env: 'RINGWIRE_TLS_SERVERNAME',
    placeholder: 'NAME',
    valid: { test: (name) => name.length > 0, allowed: 'a host name' },
    help: "the name the server's certificate must carry; default: --host unless it is an IP",
  },
  {
    name: 'tls-cert',
    type: 'string',
    env: 'RINGWIRE_TLS_CERT',
    placeholder: 'FILE',
    help: 'client certificate (PEM), for servers that require one; needs --tls-key',
  },
  {
    name: 'tls-key',
    type: 'string',
    env: 'RINGWIRE_TLS_KEY',
    placeholder: 'FILE',
    help: 'the PEM private key of --tls-cert',
  },
  VERSION_FLAG,
  { name: 'help', short: 'h', type: 'boolean', help: 'print help (also after a command) and exit' },
];

/**
 * Where to connect: --host and --port, or the servers --host lists (a lost connection then
 * fails over between them, with a note on stderr).
 */
function serversOf(
  values: FlagValues,
  given: ReadonlySet<string>,
): Pick<ConnectOptions, 'host' | 'port' | 'servers' | 'onDisconnect' | 'onReconnect'> {
  const servers = readHostList(values.host as string, values.port as number, given);
  if (servers.length === 1) return servers[0];
  return {
    servers,
    onDisconnect: (error, server) =>
      STDIO.note(`note: lost ${server}: ${error.message} (${error.code}); trying the others`),
    onReconnect: (server) => STDIO.note(`note: reconnected to ${server}`),
  };
}

function readHostList(
  text: string,
  defaultPort: number,
  given: ReadonlySet<string>,
): ReturnType<typeof parseServerList> {
  try {
    return parseServerList(text, defaultPort);
  } catch (error) {
    if (!(error instanceof RingwireError)) throw error;
    const source = given.has('host') ? '--host' : '$RINGWIRE_HOST';
    throw new UsageError(
      `${source} must be HOST[:PORT] or several separated by commas (ports 1 to 65535; IPv6 as [ADDRESS]:PORT), got ${JSON.stringify(text)}`,
    );
  }
}

/** TLS settings from the --tls* flags; undefined for plain TCP. */
function readTlsFlags(values: FlagValues): TlsClientOptions | undefined {
  const files = readTlsFiles(values);
  const servername = values['tls-servername'] as string | undefined;
  const wanted = values.tls || servername !== undefined || Object.values(files).some(Boolean);
  return wanted ? { ...files, servername } : undefined;
}

const USAGE = `Usage: client [options] [command [args]]

Talks to a ringwire server. Without a command, opens an interactive prompt.

Commands:
${COMMANDS.map((c) => `  ${c.name} ${c.synopsis}\n      ${c.summary}`).join('\n')}

Options:
${describeFlags(CLIENT_FLAGS)}

'client <command> --help' describes a command. Exit status: 0 on success (also when tail or
ping is stopped by Ctrl-C or SIGTERM), 1 when the server cannot be reached or answers with an
error (from the prompt: when any command failed), 2 on a usage error.
`;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

const STDIO: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  note: (line) => process.stderr.write(`${line}\n`),
  input: process.stdin,
};

async function main(argv: string[]): Promise<number> {
  // Command flags may come before the command too (`./client --ring jobs set x`): the words
  // they take are not the command.
  const name = firstPositional(argv, [...CLIENT_FLAGS, ...COMMANDS.flatMap((c) => c.flags)]);
  const command = name === undefined ? undefined : findCommand(name);
  if (name !== undefined && !command)
    throw new UsageError(`unknown command ${JSON.stringify(name)}`);
  const { values, positionals, given } = parseFlags(argv, [
    ...CLIENT_FLAGS,
    ...(command?.flags ?? []),
  ]);
  if (values.help) {
    process.stdout.write(command ? commandHelp(command) : USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    process.stdout.write(`ringwire client ${SERVER_VERSION}\n`);
    return EXIT_OK;
  }
  const work = command?.prepare(positionals.slice(1), values);
  const servers = serversOf(values, given);

  const client = await connect({
    ...servers,
    name: values.name as string | undefined,
    timeoutMs: values['timeout-ms'] as number,
    secret: readSecret(values),
    tls: readTlsFlags(values),
  });
  // SIGINT (Ctrl-C) and SIGTERM end a tail, a ping (or any command) by closing the connection
  // gracefully: replies already on their way still arrive; a clean end, exit 0.
  const stopping = new AbortController();
  const stop = (): void => {
    stopping.abort();
    void client.close();
  };
  for (const signal of STOP_SIGNALS) process.once(signal, stop);
  try {
    if (!work) return await runPrompt(client);
    await work(client, { ...STDIO, stop: stopping.signal });
    return EXIT_OK;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, stop);
    await client.close();
  }
}

runMain('client', main);
