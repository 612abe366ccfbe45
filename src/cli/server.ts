import { RingwireError } from '../errors';
import {
  DEFAULT_MAX_FRAME_BYTES,
  DEFAULT_PORT,
  DEFAULT_RING_CAPACITY,
  MAX_CLIENT_NAME_BYTES,
  MAX_RING_CAPACITY,
  MIN_MAX_FRAME_BYTES,
} from '../protocol/constants';
import { OVERFLOW_POLICIES, type OverflowPolicy } from '../ring/ring';
import { stderrLogger } from '../server/logger';
import {
  DEFAULT_SERVER_OPTIONS,
  type ServerOptions,
  type TlsServerOptions,
} from '../server/options';
import { RingwireServer } from '../server/server';
import { SERVER_VERSION } from '../server/version';
import { readSecret, readTlsFiles, SECRET_FLAGS } from './credentials';
import { HELP_FLAG } from './common-flags';
import {
  describeFlags,
  parseFlags,
  UsageError,
  utf8Bytes,
  type Flag,
  type FlagValues,
} from './flags';
import { formatAddress, runMain } from './main';

const MAX_MS = 2 ** 31 - 1;

export const SERVER_FLAGS: readonly Flag[] = [
  {
    name: 'host',
    type: 'string',
    env: 'RINGWIRE_HOST',
    default: DEFAULT_SERVER_OPTIONS.host,
    placeholder: 'HOST',
    help: 'address to listen on',
  },
  {
    name: 'port',
    type: 'integer',
    env: 'RINGWIRE_PORT',
    default: DEFAULT_PORT,
    min: 0,
    max: 65535,
    placeholder: 'PORT',
    help: 'TCP port; 0 picks a free one',
  },
  {
    name: 'capacity',
    type: 'integer',
    env: 'RINGWIRE_CAPACITY',
    default: DEFAULT_RING_CAPACITY,
    min: 1,
    max: MAX_RING_CAPACITY,
    placeholder: 'N',
    help: 'messages held before the oldest is overwritten',
  },
  {
    name: 'max-bytes',
    type: 'integer',
    env: 'RINGWIRE_MAX_BYTES',
    default: DEFAULT_SERVER_OPTIONS.maxBytes,
    min: 1,
    max: 0xffff_ffff,
    placeholder: 'N',
    help: 'payload bytes held before the oldest messages are overwritten; at least max-frame-bytes - 1024',
  },
  {
    name: 'overflow',
    type: 'string',
    env: 'RINGWIRE_OVERFLOW',
    default: 'overwrite',
    choices: OVERFLOW_POLICIES,
    placeholder: 'POLICY',
    help: 'when the ring is full: overwrite the oldest, or reject SETs a connected reader would miss',
  },
  {
    name: 'max-frame-bytes',
    type: 'integer',
    env: 'RINGWIRE_MAX_FRAME_BYTES',
    default: DEFAULT_MAX_FRAME_BYTES,
    min: MIN_MAX_FRAME_BYTES,
    max: 2 ** 31 - 1,
    placeholder: 'N',
    help: 'largest frame accepted or sent; payloads may use this minus 1024',
  },
  {
    name: 'handshake-timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_HANDSHAKE_TIMEOUT_MS',
    default: DEFAULT_SERVER_OPTIONS.handshakeTimeoutMs,
    min: 1,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'close connections that have not completed the handshake (TLS included) in this time',
  },
  {
    name: 'shutdown-timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_SHUTDOWN_TIMEOUT_MS',
    default: DEFAULT_SERVER_OPTIONS.shutdownTimeoutMs,
    min: 0,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'on SIGINT/SIGTERM, wait this long for clients before cutting them off',
  },
  {
    name: 'max-output-bytes',
    type: 'integer',
    env: 'RINGWIRE_MAX_OUTPUT_BYTES',
    default: DEFAULT_SERVER_OPTIONS.maxOutputBytes,
    min: MIN_MAX_FRAME_BYTES * 2,
    max: Number.MAX_SAFE_INTEGER,
    placeholder: 'N',
    help: 'cut off a client whose unread output passes this (SLOW_CONSUMER); at least max-frame-bytes + 8',
  },
  {
    name: 'write-timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_WRITE_TIMEOUT_MS',
    default: DEFAULT_SERVER_OPTIONS.writeTimeoutMs,
    min: 1,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'cut off a client that reads nothing of its output for this long (SLOW_CONSUMER)',
  },
  {
    name: 'idle-timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_IDLE_TIMEOUT_MS',
    default: DEFAULT_SERVER_OPTIONS.idleTimeoutMs,
    min: 0,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'close connections that send nothing for this long (IDLE_TIMEOUT); 0 never does',
  },
  {
    name: 'max-connections',
    type: 'integer',
    env: 'RINGWIRE_MAX_CONNECTIONS',
    default: DEFAULT_SERVER_OPTIONS.maxConnections,
    min: 1,
    max: 1_000_000,
    placeholder: 'N',
    help: 'connections beyond this get BUSY and are closed',
  },
  {
    name: 'max-connections-per-address',
    type: 'integer',
    env: 'RINGWIRE_MAX_CONNECTIONS_PER_ADDRESS',
    default: DEFAULT_SERVER_OPTIONS.maxConnectionsPerAddress,
    min: 1,
    max: 1_000_000,
    placeholder: 'N',
    help: 'connections from one client address beyond this get BUSY and are closed',
  },
  {
    name: 'frame-timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_FRAME_TIMEOUT_MS',
    default: DEFAULT_SERVER_OPTIONS.frameTimeoutMs,
    min: 1,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'after the handshake, a frame must arrive whole within this time of its first byte (IDLE_TIMEOUT)',
  },
  {
    name: 'max-parked-gets',
    type: 'integer',
    env: 'RINGWIRE_MAX_PARKED_GETS',
    default: DEFAULT_SERVER_OPTIONS.maxParkedGets,
    min: 0,
    max: 1_000_000,
    placeholder: 'N',
    help: 'GETs one connection may have waiting (wait_ms) at once; past it a GET is answered at once',
  },
  {
    name: 'max-reader-lag-ms',
    type: 'integer',
    env: 'RINGWIRE_MAX_READER_LAG_MS',
    default: DEFAULT_SERVER_OPTIONS.maxReaderLagMs,
    min: 0,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'with --overflow reject, a reader that holds SETs back this long without reading loses its hold (it is told what it lost); 0 never',
  },
  ...SECRET_FLAGS,
  {
    name: 'tls-cert',
    type: 'string',
    env: 'RINGWIRE_TLS_CERT',
    placeholder: 'FILE',
    help: 'serve TLS with this PEM certificate (chain); needs --tls-key',
  },
  {
    name: 'tls-key',
    type: 'string',
    env: 'RINGWIRE_TLS_KEY',
    placeholder: 'FILE',
    help: 'the PEM private key of --tls-cert',
  },
  {
    name: 'tls-ca',
    type: 'string',
    env: 'RINGWIRE_TLS_CA',
    placeholder: 'FILE',
    help: 'require client certificates signed by this PEM CA',
  },
  {
    name: 'name',
    type: 'string',
    env: 'RINGWIRE_SERVER_NAME',
    placeholder: 'NAME',
    // The same bound as a client's name: both end up in the other side's logs.
    valid: utf8Bytes(1, MAX_CLIENT_NAME_BYTES),
    help: 'server name sent to clients; default: this host name',
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    env: 'RINGWIRE_QUIET',
    help: 'do not log connection opens, closes and request errors',
  },
  { name: 'version', type: 'boolean', help: 'print the version and exit' },
  HELP_FLAG,
];

const USAGE = `Usage: server [options]

Runs a ringwire server: clients store messages in one shared ring buffer and read them back.
Prints "listening on HOST:PORT" once ready; logs go to stderr. SIGINT or SIGTERM shuts down
gracefully (requests already received are answered, clients are told, exit status 0); a
second signal exits at once with status 1.
Every option can also be set through the environment variable shown; the option wins.

Options:
${describeFlags(SERVER_FLAGS)}
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv, SERVER_FLAGS);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`ringwire server ${SERVER_VERSION}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);

  const logger = stderrLogger({ quiet: values.quiet as boolean });
  const server = createServer({
    host: values.host as string,
    port: values.port as number,
    capacity: values.capacity as number,
    maxBytes: values['max-bytes'] as number,
    overflow: values.overflow as OverflowPolicy,
    maxOutputBytes: values['max-output-bytes'] as number,
    writeTimeoutMs: values['write-timeout-ms'] as number,
    maxFrameBytes: values['max-frame-bytes'] as number,
    handshakeTimeoutMs: values['handshake-timeout-ms'] as number,
    shutdownTimeoutMs: values['shutdown-timeout-ms'] as number,
    idleTimeoutMs: values['idle-timeout-ms'] as number,
    maxConnections: values['max-connections'] as number,
    maxConnectionsPerAddress: values['max-connections-per-address'] as number,
    frameTimeoutMs: values['frame-timeout-ms'] as number,
    maxParkedGets: values['max-parked-gets'] as number,
    maxReaderLagMs: values['max-reader-lag-ms'] as number,
    secret: readSecret(values),
    tls: readTlsFlags(values),
    serverName: (values.name as string | undefined) ?? DEFAULT_SERVER_OPTIONS.serverName,
    logger,
  });
  // Listen for signals before announcing the address: whoever reads that line may signal at once.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  try {
    const address = await server.listen();
    process.stdout.write(`listening on ${formatAddress(address.address, address.port)}\n`);
  } catch (error) {
    const address = formatAddress(values.host as string, values.port as number);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`port ${address} is already in use`);
    }
    throw new RingwireError(
      'CONNECTION_FAILED',
      `cannot listen on ${address}: ${(error as Error).message}`,
    );
  }

  const signal = await stopSignal;
  logger.error(`${signal}: shutting down (again to force)`);
  const force = (): void => {
    logger.error('second signal: exiting now');
    process.exit(1);
  };
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  await server.shutdown();
  logger.error('shut down');
  return 0;
}

/** TLS settings from --tls-cert, --tls-key and --tls-ca; undefined for plain TCP. */
function readTlsFlags(values: FlagValues): TlsServerOptions | undefined {
  const { cert, key, ca } = readTlsFiles(values);
  if (cert && key) return { cert, key, ca };
  if (ca) throw new UsageError('--tls-ca needs --tls-cert and --tls-key');
  return undefined;
}

/** A server from flags; settings that clash with each other are usage errors too. */
function createServer(options: Partial<ServerOptions>): RingwireServer {
  try {
    return new RingwireServer(options);
  } catch (error) {
    if (error instanceof RingwireError) throw new UsageError(`invalid settings: ${error.message}`);
    throw error;
  }
}

runMain('server', main);
