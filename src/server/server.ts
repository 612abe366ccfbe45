import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Server, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { Server as WebSocketServer } from 'ws';
import { RingwireError } from '../errors';
import type { HttpServer } from '../http/http-server';
import type { MetricsSnapshot, MetricsSource, RingSnapshot, StoreSnapshot } from '../http/metrics';
import { MAX_RING_CAPACITY, MIN_MAX_FRAME_BYTES } from '../protocol/constants';
import { MAX_ENCODABLE_FRAME_BYTES } from '../protocol/framing';
import type { MessageStore } from '../ring/message-store';
import { OVERFLOW_POLICIES, type Ring } from '../ring/ring';
import { FSYNC_POLICIES } from '../store/ring-log';
import { RingRegistry, type RingSettings } from '../ring/ring-registry';
import { MIN_SECRET_BYTES } from '../protocol/auth';
import { encodeServerFrame } from '../protocol/codec';
import { AuthThrottle } from './auth-throttle';
import { Connection } from './connection';
import { errorFrame, type RingListing } from './dispatch';
import { createListener } from './listener';
import { DEFAULT_SERVER_OPTIONS, maxPayloadBytes, type ServerOptions } from './options';
import { RingReaders, type RingReader } from './reader';
import { Persistence } from '../store/persistence';
import { JetStreamStore } from '../store/jetstream/jetstream-store';
import { checkStreamPrefix } from '../store/jetstream/stream-names';
import { ServerCounters, type ServerStats } from './stats';
import {
  RingwireWebSocket,
  SocketTransport,
  WebSocketTransport,
  type Transport,
} from './transport';

/**
 * A ringwire server: a TCP listener and its connections, sharing named rings, each with its
 * own lock and store; with `httpPort`, also the HTTP port (/metrics, /healthz, /readyz, the
 * status page), which reads the server as its MetricsSource.
 *
 *   const server = new RingwireServer({ port: 0 });
 *   const { port } = await server.listen();
 *   ...
 *   await server.shutdown();
 */
export class RingwireServer implements MetricsSource {
  readonly options: Readonly<ServerOptions>;
  readonly #rings: RingRegistry;
  /** Per ring, its readers that subscribed or wait in a GET: told when the ring changes. */
  readonly #readers = new Map<string, RingReaders>();
  readonly #listener: Server;
  readonly #connections = new Set<Connection>();
  /** Every accepted TCP socket (or upgraded WebSocket's) still open, connection or not yet. */
  readonly #sockets = new Set<Socket>();
  /** Upgrades on the HTTP port's /ws, made at the first one. */
  #webSockets: WebSocketServer<typeof RingwireWebSocket> | undefined;
  readonly #counters: ServerCounters;
  readonly #throttle: AuthThrottle;
  /** Connections that count against the limits: accepted and not yet closing. */
  #serving = 0;
  readonly #servingPerAddress = new Map<string, number>();
  readonly #startedAt = Date.now();
  #nextConnectionId = 1;
  #shutdown: Promise<void> | undefined;
  #http: HttpServer | undefined;
  /** Why the store cannot serve, as reported through `setStoreUnavailable`. */
  #storeUnavailable: string | undefined;
  /** Bytes of the sockets already closed; open ones are read on a scrape (no count per chunk). */
  #closedSocketBytes = { received: 0, sent: 0 };
  /** The rings' logs with --data-dir. */
  readonly #persistence: Persistence | undefined;
  /** The rings' streams with --store nats://. */
  readonly #jetStream: JetStreamStore | undefined;

  /** `store`: the store of the ring `default`, instead of an in-memory one (tests). */
  constructor(options: Partial<ServerOptions> = {}, store?: MessageStore) {
    this.options = validateOptions({ ...DEFAULT_SERVER_OPTIONS, ...options });
    this.#counters = new ServerCounters(this.options.httpPort !== undefined);
    // A delayed challenge must leave time to answer it before the handshake timeout.
    this.#throttle = new AuthThrottle({ maxDelayMs: this.options.handshakeTimeoutMs / 2 });
    this.#persistence = createPersistence(this.options, this.#counters);
    this.#jetStream = createJetStream(this.options, this.#counters, (reason) =>
      this.setStoreUnavailable(reason),
    );
    this.#rings = createRings(
      this.options,
      store,
      (name) => {
        const readers = new RingReaders();
        this.#readers.set(name, readers);
        return readers;
      },
      this.#persistence,
      this.#jetStream,
    );
    const { tls, handshakeTimeoutMs, logger } = this.options;
    this.#listener = createListener(
      { tls, handshakeTimeoutMs, logger, counters: this.#counters },
      (socket) => this.#accept(new SocketTransport(socket, tls ? 'tls' : 'tcp')),
      (socket) => {
        this.#sockets.add(socket);
        socket.once('close', () => {
          this.#sockets.delete(socket);
          this.#closedSocketBytes.received += socket.bytesRead;
          this.#closedSocketBytes.sent += socket.bytesWritten;
        });
      },
    );
  }

  /**
   * With a data dir, first takes its lock and replays every ring's log; with a NATS store,
   * first connects and catches every ring up with its stream (StoreError when it cannot).
   * Then starts listening, then the HTTP port if there is one; resolves with the
   * protocol port's bound address (useful with port 0). If the HTTP port cannot be had, the
   * protocol port is closed again and the promise rejects.
   */
  async listen(): Promise<AddressInfo> {
    const { logger } = this.options;
    await this.#persistence?.open(this.#rings, {
      info: (line) => logger.info(line),
      error: (line) => logger.error(line),
    });
    await this.#jetStream?.open(this.#rings);
    try {
      return await this.#listen();
    } catch (error) {
      await this.#persistence?.close();
      await this.#jetStream?.close();
      throw error;
    }
  }

  /** Where the rings live, in the words of the start line. */
  get storageDescription(): string {
    if (this.#jetStream) return this.#jetStream.description;
    const { dataDir, fsync } = this.options;
    return dataDir ? `${dataDir} (fsync ${fsync})` : 'memory (messages are lost on restart)';
  }

  async #listen(): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      this.#listener.once('error', reject);
      this.#listener.listen(this.options.port, this.options.host, () => {
        this.#listener.off('error', reject);
        this.#listener.on('error', (error) =>
          this.options.logger.error(`listener: ${error.message}`, { event: 'listener_error' }),
        );
        resolve();
      });
    });
    const { httpPort, httpHost, host, tls } = this.options;
    if (httpPort !== undefined) {
      try {
        // Loaded only for an HTTP port: prom-client and the metrics cost start-up time otherwise.
        const [{ HttpServer }, { RingwireMetrics }] = await Promise.all([
          import('../http/http-server'),
          import('../http/metrics'),
        ]);
        this.#http = await HttpServer.start({
          host: httpHost ?? host,
          port: httpPort,
          tls: tls && { cert: tls.cert, key: tls.key },
          metrics: new RingwireMetrics(this),
          readiness: () => this.#unreadiness(),
          upgradeWebSocket: (request, socket, head) => this.upgradeWebSocket(request, socket, head),
        });
      } catch (error) {
        await new Promise((resolve) => this.#listener.close(resolve));
        throw error;
      }
    }
    return this.address;
  }

  get address(): AddressInfo {
    return this.#listener.address() as AddressInfo;
  }

  /** The HTTP port's bound address; undefined without one (or before `listen()`). */
  get httpAddress(): AddressInfo | undefined {
    return this.#http?.address;
  }

  /**
   * The readiness hook of stores (issues 11 and 12): a store that cannot serve reports why,
   * and /readyz answers 503 `store unavailable: <reason>` until it reports undefined again.
   */
  setStoreUnavailable(reason: string | undefined): void {
    this.#storeUnavailable = reason;
  }

  /** Why the server does not take traffic now (/readyz), or undefined when it does. */
  #unreadiness(): string | undefined {
    if (this.#shutdown) return 'shutting down';
    if (this.#storeUnavailable !== undefined) return `store unavailable: ${this.#storeUnavailable}`;
    return undefined;
  }

  /** Every figure of /metrics, read now: the counters, the open sockets and every ring. */
  snapshot(): MetricsSnapshot {
    const counters = this.#counters;
    const { errors } = counters;
    let { received, sent } = this.#closedSocketBytes;
    for (const socket of this.#sockets) {
      received += socket.bytesRead;
      sent += socket.bytesWritten;
    }
    return {
      requests: counters.requests,
      requestLatency: counters.requestLatency,
      errors,
      receivedBytes: received,
      sentBytes: sent,
      connectionsOpened: counters.connectionsOpened,
      connectionsOpen: this.#connections.size,
      // These errors are sent in one situation each: a refusal, a wrong proof, a cut-off.
      connectionsRefused: errors.get('BUSY') ?? 0,
      authFailures: errors.get('AUTH_FAILED') ?? 0,
      slowConsumerDisconnects: errors.get('SLOW_CONSUMER') ?? 0,
      handshakeFailures: counters.handshakeFailures,
      rings: Array.from(this.#rings, (ring) => this.#ringSnapshot(ring)),
      store: this.#storeSnapshot(),
    };
  }

  #storeSnapshot(): StoreSnapshot {
    const figures = this.#persistence?.figures;
    return {
      fsyncDuration: this.#counters.fsyncDuration,
      recoverySeconds: figures && figures.recoveryMs / 1000,
      logs: figures?.rings ?? [],
      jetStreamRoundTrip: this.#counters.jetStreamRoundTrip,
    };
  }

  #ringSnapshot(ring: Ring): RingSnapshot {
    const { capacity, maxBytes, messages, bytes, firstSeq, lastSeq } = ring.figures();
    const readers = this.#readers.get(ring.name) as RingReaders;
    const lag = readers.subscriberLag(firstSeq, lastSeq);
    return {
      name: ring.name,
      capacity,
      maxBytes,
      messages,
      bytes,
      firstSeq,
      lastSeq,
      ...ring.totals,
      subscribers: readers.subscribers,
      subscriberLagMax: lag.max,
      subscriberLagSum: lag.sum,
    };
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /**
   * Takes over an upgrade on the HTTP port's /ws (HttpServer's `upgradeWebSocket`): the
   * WebSocket becomes a connection like a TCP one, under the same limits and state machine.
   * One binary message per frame, at most maxFrameBytes.
   */
  upgradeWebSocket(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.#shutdown) return void socket.destroy();
    const tcp = socket as Socket;
    this.#sockets.add(tcp);
    tcp.once('close', () => this.#sockets.delete(tcp));
    this.#webSockets ??= new WebSocketServer({
      noServer: true,
      maxPayload: this.options.maxFrameBytes,
      perMessageDeflate: false,
      clientTracking: false,
      WebSocket: RingwireWebSocket,
    });
    this.#webSockets.handleUpgrade(request, socket, head, (ws) =>
      this.#accept(new WebSocketTransport(ws, tcp, this.options.maxFrameBytes)),
    );
  }

  /**
   * Graceful shutdown: stops accepting, lets every connection answer what it has received,
   * sends SHUTTING_DOWN, and waits up to `shutdownTimeoutMs` for clients to close before
   * cutting off the rest. Safe to call more than once.
   */
  shutdown(): Promise<void> {
    this.#shutdown ??= this.#drainAndClose();
    return this.#shutdown;
  }

  async #drainAndClose(): Promise<void> {
    const listenerClosed = new Promise<void>((resolve) => this.#listener.close(() => resolve()));
    for (const connection of this.#connections) connection.goAway();
    const allClosed = Promise.all([...this.#connections].map((c) => c.closed));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.shutdownTimeoutMs);
    });
    await Promise.race([allClosed, timedOut]);
    clearTimeout(timer);
    for (const connection of this.#connections) connection.destroy('shutdown timeout');
    // Sockets that never became connections (a TLS handshake under way, a refusal being sent).
    for (const socket of this.#sockets) socket.destroy();
    await listenerClosed;
    await this.#persistence?.close();
    await this.#jetStream?.close();
    // Last: /readyz says "shutting down" to the end.
    await this.#http?.close();
  }

  #accept(transport: Transport): void {
    if (this.#shutdown) {
      transport.destroy();
      return;
    }
    const address = transport.remoteAddress;
    const fromAddress = this.#servingPerAddress.get(address) ?? 0;
    if (
      this.#serving >= this.options.maxConnections ||
      fromAddress >= this.options.maxConnectionsPerAddress
    ) {
      const peer = `${address}:${transport.remotePort}`;
      this.options.logger.connection(`refused ${peer}: BUSY`, {
        event: 'refused',
        peer,
        reason: 'BUSY',
      });
      this.#counters.error('BUSY');
      transport.refuse(
        fromAddress >= this.options.maxConnectionsPerAddress ? BUSY_ADDRESS_FRAME : BUSY_FRAME,
        BUSY,
      );
      return;
    }
    this.#serving++;
    this.#counters.connectionsOpened++;
    this.#servingPerAddress.set(address, fromAddress + 1);
    let held = true;
    const connection = new Connection(transport, {
      id: this.#nextConnectionId++,
      rings: this.#rings,
      options: this.options,
      logger: this.options.logger,
      counters: this.#counters,
      throttle: this.#throttle,
      release: () => {
        if (!held) return;
        held = false;
        this.#release(address);
      },
      setInterest: (reader, interested) => this.#setInterest(reader, interested),
      serverStats: () => this.#stats(),
      ringsAfter: (afterName) => this.#ringsAfter(afterName),
    });
    this.#connections.add(connection);
    void connection.closed.then(() => this.#connections.delete(connection));
  }

  /** A connection stopped serving: its place under the limits is free at once, not at its close. */
  #release(address: string): void {
    this.#serving--;
    const left = (this.#servingPerAddress.get(address) ?? 1) - 1;
    if (left > 0) this.#servingPerAddress.set(address, left);
    else this.#servingPerAddress.delete(address);
  }

  #setInterest(reader: RingReader, interested: boolean): void {
    (this.#readers.get(reader.ring.name) as RingReaders).setInterest(reader, interested);
  }

  #stats(): ServerStats {
    let subscribers = 0;
    let totalMessages = 0;
    let totalBytes = 0;
    for (const ring of this.#rings) {
      subscribers += (this.#readers.get(ring.name) as RingReaders).subscribers;
      const { messages, bytes } = ring.figures();
      totalMessages += messages;
      totalBytes += bytes;
    }
    return {
      uptimeMs: Date.now() - this.#startedAt,
      connections: this.#connections.size,
      subscribers,
      requests: this.#counters.requests,
      errors: this.#counters.errors,
      defaultRing: this.#rings.default.figures(),
      rings: this.#rings.size,
      totalMessages,
      totalBytes,
      ...(this.#persistence ? { persistence: this.#persistence.figures } : {}),
    };
  }

  *#ringsAfter(afterName: string): IterableIterator<RingListing> {
    for (const ring of this.#rings.after(afterName)) {
      const { subscribers } = this.#readers.get(ring.name) as RingReaders;
      yield { name: ring.name, subscribers, ...ring.figures() };
    }
  }
}

const BUSY = new RingwireError('BUSY', 'the server is at its connection limit; retry later');
const BUSY_FRAME = encodeServerFrame(errorFrame(0, BUSY));
const BUSY_ADDRESS_FRAME = encodeServerFrame(
  errorFrame(0, new RingwireError('BUSY', 'too many connections from this address; retry later')),
);

/** The rings at start: the declared ones, then `default` unless declared; errors name the ring. */
function createRings(
  options: ServerOptions,
  defaultStore: MessageStore | undefined,
  listenerFor: (name: string) => RingReaders,
  persistence: Persistence | undefined,
  jetStream: JetStreamStore | undefined,
): RingRegistry {
  const { capacity, maxBytes, overflow } = options;
  const defaults: RingSettings = { capacity, maxBytes, overflow };
  const declared = options.rings.map((ring) => {
    const { name } = ring;
    const settings = {
      capacity: ring.capacity ?? capacity,
      maxBytes: ring.maxBytes ?? maxBytes,
      overflow: ring.overflow ?? overflow,
    };
    checkRingSettings(settings, options.maxFrameBytes, `ring ${name}: `);
    return { name, ...settings };
  });
  return new RingRegistry(
    {
      defaults,
      maxRings: options.maxRings,
      maxTotalBytes: options.maxTotalBytes,
      autoCreate: options.autoCreate,
      maxReaderLagMs: options.maxReaderLagMs,
      listenerFor,
      defaultStore,
      ...(persistence ? { journalFor: persistence.journalFor.bind(persistence) } : {}),
      ...(jetStream ? { replicaFor: jetStream.replicaFor.bind(jetStream) } : {}),
    },
    declared,
  );
}

function createPersistence(
  options: ServerOptions,
  counters: ServerCounters,
): Persistence | undefined {
  const { dataDir, fsync, fsyncIntervalMs, repair, logFiles, logger } = options;
  if (dataDir === undefined) return undefined;
  const onFsync = (seconds: number): void => counters.fsyncDuration.observe(seconds);
  const settings = {
    dataDir,
    fsync,
    intervalMs: fsyncIntervalMs,
    repair,
    files: logFiles,
    onFsync,
  };
  return new Persistence(settings, (error) =>
    logger.error(`storage: ${error instanceof Error ? error.message : String(error)}`),
  );
}

/** `--store nats://a:4222,b:4222`: the rings in NATS JetStream; `memory`: none. */
function createJetStream(
  options: ServerOptions,
  counters: ServerCounters,
  setAvailability: (reason: string | undefined) => void,
): JetStreamStore | undefined {
  const { store, streamPrefix, replicas, natsCredsFile, natsTls, publishTimeoutMs, logger } =
    options;
  const servers = natsServers(store);
  if (!servers) return undefined;
  return new JetStreamStore(
    {
      servers,
      streamPrefix,
      replicas,
      credsFile: natsCredsFile,
      tls: natsTls,
      publishTimeoutMs,
      onRoundTrip: (seconds) => counters.jetStreamRoundTrip.observe(seconds),
    },
    (line) => logger.error(line),
    setAvailability,
  );
}

const NATS_SCHEME = 'nats://';

/** The servers of a `nats://` store (each with the scheme), undefined for `memory`. */
function natsServers(store: string): string[] | undefined {
  if (store === 'memory') return undefined;
  const servers = store.startsWith(NATS_SCHEME)
    ? store
        .split(',')
        .map((server) => (server.startsWith(NATS_SCHEME) ? server : NATS_SCHEME + server))
    : [];
  if (servers.length === 0 || servers.some((server) => !/^nats:\/\/[^/,\s]+:\d+$/.test(server))) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `store must be memory or nats://HOST:PORT[,HOST:PORT...], got ${JSON.stringify(store)}`,
    );
  }
  return servers;
}

function checkIntegerIn(name: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `${name} must be an integer from ${min} to ${max}, got ${value}`,
    );
  }
}

/** A ring's bounds; `prefix` names the ring (empty for the server's defaults). */
function checkRingSettings(settings: RingSettings, maxFrameBytes: number, prefix = ''): void {
  checkIntegerIn(`${prefix}capacity`, settings.capacity, 1, MAX_RING_CAPACITY);
  // Every payload the frame limit lets through must fit the ring.
  checkIntegerIn(
    `${prefix}maxBytes`,
    settings.maxBytes,
    maxPayloadBytes(maxFrameBytes),
    0xffff_ffff,
  );
  if (!(OVERFLOW_POLICIES as readonly string[]).includes(settings.overflow)) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `${prefix}overflow must be one of ${OVERFLOW_POLICIES.join(', ')}, got ${settings.overflow}`,
    );
  }
}

function validateOptions(options: ServerOptions): ServerOptions {
  const integerIn = (name: keyof ServerOptions, min: number, max: number): void =>
    checkIntegerIn(name, options[name] as number, min, max);
  integerIn('port', 0, 65535);
  checkRingSettings(options, options.maxFrameBytes);
  integerIn('maxRings', 1, 1_000_000);
  integerIn('maxTotalBytes', 1, Number.MAX_SAFE_INTEGER);
  integerIn('maxRingsPerConnection', 1, 1_000_000);
  integerIn('maxFrameBytes', MIN_MAX_FRAME_BYTES, Math.min(MAX_ENCODABLE_FRAME_BYTES, 2 ** 31 - 1));
  integerIn('handshakeTimeoutMs', 1, 2 ** 31 - 1);
  integerIn('shutdownTimeoutMs', 0, 2 ** 31 - 1);
  integerIn('maxOutputBytes', options.maxFrameBytes + 8, Number.MAX_SAFE_INTEGER);
  integerIn('writeTimeoutMs', 1, 2 ** 31 - 1);
  integerIn('idleTimeoutMs', 0, 2 ** 31 - 1);
  integerIn('maxConnections', 1, 1_000_000);
  integerIn('maxConnectionsPerAddress', 1, 1_000_000);
  integerIn('frameTimeoutMs', 1, 2 ** 31 - 1);
  integerIn('maxParkedGets', 0, 1_000_000);
  integerIn('maxReaderLagMs', 0, 2 ** 31 - 1);
  integerIn('fsyncIntervalMs', 1, 2 ** 31 - 1);
  if (!(FSYNC_POLICIES as readonly string[]).includes(options.fsync)) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `fsync must be one of ${FSYNC_POLICIES.join(', ')}, got ${options.fsync}`,
    );
  }
  if (natsServers(options.store)) {
    checkStreamPrefix(options.streamPrefix);
    if (options.replicas !== undefined) integerIn('replicas', 1, 5);
    integerIn('publishTimeoutMs', 1, 2 ** 31 - 1);
    if (options.dataDir !== undefined) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        'dataDir and a nats:// store exclude each other: JetStream keeps the rings of a nats:// store',
      );
    }
  } else if (options.natsCredsFile !== undefined || options.natsTls !== undefined) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      'NATS credentials and TLS (natsCredsFile, natsTls) need a nats:// store',
    );
  }
  if (options.secret && options.secret.length < MIN_SECRET_BYTES) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `the secret must have at least ${MIN_SECRET_BYTES} bytes, got ${options.secret.length}`,
    );
  }
  return options;
}
