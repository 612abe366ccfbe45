import { readFileSync } from 'node:fs';
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
import {
  LOG_FORMATS,
  LOG_LEVELS,
  stderrLogger,
  type LogFormat,
  type LogLevel,
} from '../server/logger';
import {
  DEFAULT_SERVER_OPTIONS,
  type RingDeclaration,
  type ServerOptions,
  type TlsServerOptions,
} from '../server/options';
import { parseRingSpec, parseRingsFile, RING_SPEC_SYNTAX } from '../server/ring-specs';
import { RingwireServer } from '../server/server';
import { SERVER_VERSION } from '../server/version';
import type { NatsTlsOptions } from '../store/jetstream/jetstream-store';
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
import { StoreError } from '../store/errors';
import { FSYNC_POLICIES, type FsyncPolicy } from '../store/ring-log';

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
    help: 'messages a ring holds before the oldest is overwritten (rings not declared otherwise)',
  },
  {
    name: 'max-bytes',
    type: 'integer',
    env: 'RINGWIRE_MAX_BYTES',
    default: DEFAULT_SERVER_OPTIONS.maxBytes,
    min: 1,
    max: 0xffff_ffff,
    placeholder: 'N',
    help: 'payload bytes a ring holds before the oldest messages are overwritten; at least max-frame-bytes - 1024',
  },
  {
    name: 'overflow',
    type: 'string',
    env: 'RINGWIRE_OVERFLOW',
    default: 'overwrite',
    choices: OVERFLOW_POLICIES,
    placeholder: 'POLICY',
    help: 'when a ring is full: overwrite the oldest, or reject SETs a connected reader would miss',
  },
  {
    name: 'ring',
    type: 'string',
    env: 'RINGWIRE_RINGS',
    repeatable: true,
    placeholder: 'SPEC',
    help: `declare a ring at start, ${RING_SPEC_SYNTAX}; omitted parts take the defaults above; several specs may also be separated by commas`,
  },
  {
    name: 'rings-file',
    type: 'string',
    env: 'RINGWIRE_RINGS_FILE',
    placeholder: 'FILE',
    help: 'declare the rings of FILE: one spec per line, # comments and blank lines ignored',
  },
  {
    name: 'no-auto-create',
    type: 'boolean',
    env: 'RINGWIRE_NO_AUTO_CREATE',
    help: 'requests naming a ring not declared get RING_NOT_FOUND instead of creating it',
  },
  {
    name: 'max-rings',
    type: 'integer',
    env: 'RINGWIRE_MAX_RINGS',
    default: DEFAULT_SERVER_OPTIONS.maxRings,
    min: 1,
    max: 1_000_000,
    placeholder: 'N',
    help: 'rings held at most, default and declared ones included; a new ring past it gets RING_LIMIT',
  },
  {
    name: 'max-total-bytes',
    type: 'integer',
    env: 'RINGWIRE_MAX_TOTAL_BYTES',
    default: DEFAULT_SERVER_OPTIONS.maxTotalBytes,
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
    placeholder: 'N',
    help: "the sum of every ring's max-bytes may not pass this; a new ring past it gets RING_LIMIT",
  },
  {
    name: 'max-rings-per-connection',
    type: 'integer',
    env: 'RINGWIRE_MAX_RINGS_PER_CONNECTION',
    default: DEFAULT_SERVER_OPTIONS.maxRingsPerConnection,
    min: 1,
    max: 1_000_000,
    placeholder: 'N',
    help: 'rings one connection may hold cursors, subscriptions or waiting GETs on (RING_LIMIT past it)',
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
  {
    name: 'http-port',
    type: 'integer',
    env: 'RINGWIRE_HTTP_PORT',
    min: 0,
    max: 65535,
    placeholder: 'PORT',
    help: 'serve /metrics, /healthz, /readyz and the status page on this HTTP port (HTTPS with --tls-cert and --tls-key); 0 picks a free one; default: none',
  },
  {
    name: 'http-host',
    type: 'string',
    env: 'RINGWIRE_HTTP_HOST',
    placeholder: 'HOST',
    help: 'address of the HTTP port; default: --host',
  },
  {
    name: 'log-format',
    type: 'string',
    env: 'RINGWIRE_LOG_FORMAT',
    choices: LOG_FORMATS,
    placeholder: 'FORMAT',
    help: 'logs on stderr as text lines or one JSON object per line; default: text on a terminal, json otherwise',
  },
  {
    name: 'log-level',
    type: 'string',
    env: 'RINGWIRE_LOG_LEVEL',
    default: 'info',
    choices: LOG_LEVELS,
    placeholder: 'LEVEL',
    help: 'log events of this level and above: error, warn (connection errors), info (connections, start, stop) or debug (also delayed authentication challenges)',
  },
  {
    name: 'data-dir',
    type: 'string',
    env: 'RINGWIRE_DATA_DIR',
    placeholder: 'DIR',
    help: 'keep every ring in DIR (an append-only log per ring, replayed at start); default: in memory only',
  },
  {
    name: 'fsync',
    type: 'string',
    env: 'RINGWIRE_FSYNC',
    default: DEFAULT_SERVER_OPTIONS.fsync,
    choices: FSYNC_POLICIES,
    placeholder: 'MODE',
    help: 'with --data-dir: acknowledge writes after fdatasync (always), once written to the OS with fdatasync every --fsync-interval-ms (interval), or leave flushing to the OS (none)',
  },
  {
    name: 'fsync-interval-ms',
    type: 'integer',
    env: 'RINGWIRE_FSYNC_INTERVAL_MS',
    default: DEFAULT_SERVER_OPTIONS.fsyncIntervalMs,
    min: 1,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'with --fsync interval: the longest an acknowledged write waits for its fdatasync',
  },
  {
    name: 'repair',
    type: 'boolean',
    help: 'start even when a ring log is damaged mid-way: drop the damaged record and everything after it (one line says what)',
  },
  {
    name: 'store',
    type: 'string',
    env: 'RINGWIRE_STORE',
    default: DEFAULT_SERVER_OPTIONS.store,
    placeholder: 'STORE',
    help: "memory (this server's rings, on disk with --data-dir), or nats://HOST:PORT[,HOST:PORT...]: every ring is a NATS JetStream stream that all servers on that NATS share (docs/DEPLOYMENT.md)",
  },
  {
    name: 'stream-prefix',
    type: 'string',
    env: 'RINGWIRE_STREAM_PREFIX',
    default: DEFAULT_SERVER_OPTIONS.streamPrefix,
    placeholder: 'PREFIX',
    help: "with a nats:// store: ring R is the stream PREFIX_R ('.' and '_' in R written _2E and _5F) on subject PREFIX.ring.R",
  },
  {
    name: 'replicas',
    type: 'integer',
    env: 'RINGWIRE_REPLICAS',
    min: 1,
    max: 5,
    placeholder: 'N',
    help: 'with a nats:// store: replicas of the streams this server creates; default: 3 when --store lists 3 servers or more, or the NATS server reached knows of 3 or more, else 1',
  },
  {
    name: 'nats-creds',
    type: 'string',
    env: 'RINGWIRE_NATS_CREDS',
    placeholder: 'FILE',
    help: 'with a nats:// store: authenticate to NATS with this credentials file (JWT and NKey seed)',
  },
  {
    name: 'nats-tls-ca',
    type: 'string',
    env: 'RINGWIRE_NATS_TLS_CA',
    placeholder: 'FILE',
    help: 'with a nats:// store: connect to NATS over TLS, trusting the NATS servers whose certificates this PEM CA signed',
  },
  {
    name: 'nats-tls-cert',
    type: 'string',
    env: 'RINGWIRE_NATS_TLS_CERT',
    placeholder: 'FILE',
    help: 'with a nats:// store: connect to NATS over TLS with this PEM client certificate; needs --nats-tls-key',
  },
  {
    name: 'nats-tls-key',
    type: 'string',
    env: 'RINGWIRE_NATS_TLS_KEY',
    placeholder: 'FILE',
    help: 'the PEM private key of --nats-tls-cert',
  },
  {
    name: 'publish-timeout-ms',
    type: 'integer',
    env: 'RINGWIRE_PUBLISH_TIMEOUT_MS',
    default: DEFAULT_SERVER_OPTIONS.publishTimeoutMs,
    min: 1,
    max: MAX_MS,
    placeholder: 'MS',
    help: 'with a nats:// store: a SET that JetStream has not acknowledged (and this server applied) within MS gets STORE_UNAVAILABLE',
  },
  { name: 'version', type: 'boolean', help: 'print the version and exit' },
  HELP_FLAG,
];

const USAGE = `Usage: server [options]

Runs a ringwire server: clients store messages in named ring buffers and read them back. A
request that names no ring uses the ring "default"; other rings are created on first use with
the defaults below (unless --no-auto-create), or declared at start with --ring/--rings-file.
Prints "listening on HOST:PORT" once ready, then "storage: DIR (fsync MODE)" (or "storage:
memory ...", or "storage: nats ..."), then "http on HOST:PORT" (or "https on") when --http-port is given; logs go to
stderr. SIGINT or SIGTERM shuts down
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

  const logger = stderrLogger({
    quiet: values.quiet as boolean,
    format: values['log-format'] as LogFormat | undefined,
    level: values['log-level'] as LogLevel,
  });
  const secret = readSecret(values);
  const server = createServer({
    host: values.host as string,
    port: values.port as number,
    capacity: values.capacity as number,
    maxBytes: values['max-bytes'] as number,
    overflow: values.overflow as OverflowPolicy,
    rings: readRingFlags(values),
    autoCreate: !(values['no-auto-create'] as boolean),
    maxRings: values['max-rings'] as number,
    maxTotalBytes: values['max-total-bytes'] as number,
    maxRingsPerConnection: values['max-rings-per-connection'] as number,
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
    secret,
    tls: readTlsFlags(values),
    serverName: (values.name as string | undefined) ?? DEFAULT_SERVER_OPTIONS.serverName,
    logger,
    httpPort: values['http-port'] as number | undefined,
    httpHost: values['http-host'] as string | undefined,
    dataDir: values['data-dir'] as string | undefined,
    fsync: values.fsync as FsyncPolicy,
    fsyncIntervalMs: values['fsync-interval-ms'] as number,
    repair: values.repair as boolean,
    store: values.store as string,
    streamPrefix: values['stream-prefix'] as string,
    replicas: values.replicas as number | undefined,
    natsCredsFile: values['nats-creds'] as string | undefined,
    natsTls: readNatsTlsFlags(values),
    publishTimeoutMs: values['publish-timeout-ms'] as number,
  });
  // Listen for signals before announcing the address: whoever reads that line may signal at once.
  const stopSignal = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  // A start may take long (a data dir to replay, a NATS cluster to wait for): a signal ends it.
  const early = await Promise.race([listen(server, values), stopSignal]);
  if (early) {
    logger.info(`${early} before the server started: exiting`, { event: 'signal', signal: early });
    // What the start opened (a NATS connection retrying, a replay) may keep the process alive.
    process.exit(1);
  }
  const listening = formatAddress(server.address.address, server.address.port);
  const storage = server.storageDescription;
  process.stdout.write(`listening on ${listening}\nstorage: ${storage}\n`);
  const http = server.httpAddress;
  const httpLine =
    http && `${values['tls-cert'] ? 'https' : 'http'} on ${formatAddress(http.address, http.port)}`;
  if (httpLine) process.stdout.write(`${httpLine}\n`);
  logger.info(
    `started ringwire ${SERVER_VERSION}: listening on ${listening}, storage ${storage}${httpLine ? `, ${httpLine}` : ''}`,
    {
      event: 'start',
      version: SERVER_VERSION,
      address: listening,
      storage,
      http_address: http && formatAddress(http.address, http.port),
      settings: effectiveSettings(values, secret !== undefined),
    },
  );

  const signal = await stopSignal;
  logger.info(`${signal}: shutting down (again to force)`, { event: 'signal', signal });
  const force = (): void => {
    logger.error('second signal: exiting now', { event: 'forced_exit' });
    process.exit(1);
  };
  process.once('SIGINT', force);
  process.once('SIGTERM', force);
  await server.shutdown();
  logger.info('shut down', { event: 'stop' });
  return 0;
}

/** Starts both ports; the address in an error is the one that could not be had. */
async function listen(server: RingwireServer, values: FlagValues): Promise<void> {
  try {
    await server.listen();
  } catch (error) {
    // A data dir that is locked, damaged or unreadable, or NATS out of reach: its own one-line message.
    if (error instanceof StoreError) throw new Error(error.message);
    const { syscall, address, port, code } = error as NodeJS.ErrnoException & {
      address?: string;
      port?: number;
    };
    const where =
      syscall === 'listen' && address !== undefined && port !== undefined
        ? formatAddress(address, port)
        : formatAddress(values.host as string, values.port as number);
    if (code === 'EADDRINUSE') throw new Error(`port ${where} is already in use`);
    throw new RingwireError(
      'CONNECTION_FAILED',
      `cannot listen on ${where}: ${(error as Error).message}`,
    );
  }
}

/**
 * The settings the server runs with, for the start event: every flag's value, from the
 * command line, the environment or its default. Files are named, never read out, and the
 * shared secret (only ever in a file or $RINGWIRE_SECRET) never appears.
 */
function effectiveSettings(values: FlagValues, authenticated: boolean): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const flag of SERVER_FLAGS) {
    if (flag.name === 'help' || flag.name === 'version') continue;
    const value = values[flag.name];
    if (value !== undefined) settings[flag.name] = value;
  }
  settings.authentication = authenticated;
  return settings;
}

/** TLS settings from --tls-cert, --tls-key and --tls-ca; undefined for plain TCP. */
function readTlsFlags(values: FlagValues): TlsServerOptions | undefined {
  const { cert, key, ca } = readTlsFiles(values);
  if (cert && key) return { cert, key, ca };
  if (ca) throw new UsageError('--tls-ca needs --tls-cert and --tls-key');
  return undefined;
}

/** TLS to NATS from --nats-tls-ca, --nats-tls-cert and --nats-tls-key; undefined: plain. */
function readNatsTlsFlags(values: FlagValues): NatsTlsOptions | undefined {
  const { cert, key, ca } = readTlsFiles(values, 'nats-tls');
  return cert || ca ? { cert, key, ca } : undefined;
}

/** The rings declared by --ring (each value one or more comma-separated specs) and --rings-file. */
function readRingFlags(values: FlagValues): RingDeclaration[] {
  const specs = (values.ring as string[]).flatMap((value) =>
    value.split(',').filter((spec) => spec.trim() !== ''),
  );
  const declared = specs.map((spec) => {
    try {
      return parseRingSpec(spec.trim());
    } catch (error) {
      throw new UsageError(`--ring: ${(error as Error).message}`);
    }
  });
  const file = values['rings-file'] as string | undefined;
  if (file === undefined) return declared;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--rings-file: cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return [...declared, ...parseRingsFile(text, file)];
  } catch (error) {
    throw new UsageError(`--rings-file ${(error as Error).message}`);
  }
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
