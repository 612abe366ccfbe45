import { readFileSync } from 'node:fs';
import { credsAuthenticator, type NatsConnection } from '@nats-io/nats-core';
import { jetstream, jetstreamManager, type StreamInfo } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { RingRegistry, RingSettings } from '../../ring/ring-registry';
import { StoreError } from '../errors';
import { restoreRing } from '../persistence';
import { ringOfSubject, ringSubjects } from './stream-names';
import { JetStreamPublisher } from './publisher';
import { StreamReplica, type JetStreamHandles, type ReplicaContext } from './stream-replica';
import { whenSettled } from './settling';

/** TLS to NATS: the CA that signed the NATS servers' certificates, and a client certificate. */
export interface NatsTlsOptions {
  /** Trusted instead of the system's CAs. */
  ca?: string | Buffer;
  /** For NATS servers that verify clients (`verify: true`); both or neither. */
  cert?: string | Buffer;
  key?: string | Buffer;
}

export interface JetStreamOptions {
  /** NATS servers, as `nats://host:port`. */
  readonly servers: readonly string[];
  /** Streams are named `<prefix>_<ring>`, subjects `<prefix>.ring.<ring>`. */
  readonly streamPrefix: string;
  /** Stream replicas; undefined: 3 when `servers` or the cluster has at least 3, else 1. */
  readonly replicas: number | undefined;
  /** A NATS credentials file (JWT and NKey seed). */
  readonly credsFile: string | undefined;
  /** Connect over TLS; undefined: plain. */
  readonly tls?: NatsTlsOptions;
  /** How long a SET waits for JetStream's ack (and this server's replica) before STORE_UNAVAILABLE. */
  readonly publishTimeoutMs: number;
  /** Told how long each acknowledged publish took (for /metrics). */
  readonly onRoundTrip?: (seconds: number) => void;
}

/**
 * How long the handshake with one NATS server may take (the client's default is 20 s): a
 * server that ends a TLS handshake (no client certificate) is only noticed this way.
 */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * How long one JetStream API request may take before it is tried again (see whenSettled;
 * the client's default is 5 s). A stream made by two servers at once answers one of them
 * only after its creation settles: that one waited out the whole timeout.
 */
const JETSTREAM_API_TIMEOUT_MS = 1000;

/** Told of the connection's state: undefined when NATS is reachable, else why not. */
export type AvailabilityHook = (reason: string | undefined) => void;

/**
 * The rings of --store nats://: one JetStream stream per ring, shared by every ringwire server
 * pointed at the same NATS cluster, and one StreamReplica per ring feeding this server's
 * in-memory ring. `replicaFor` is the registry's hook, so every ring, declared, found in
 * JetStream at start or created at run time, is replicated.
 */
export class JetStreamStore {
  readonly options: JetStreamOptions;
  readonly #replicas = new Map<string, StreamReplica>();
  readonly #log: (line: string) => void;
  readonly #setAvailability: AvailabilityHook;
  #connection: NatsConnection | undefined;
  #handles: JetStreamHandles | undefined;
  #streamReplicas = 1;
  readonly #context: ReplicaContext;

  constructor(
    options: JetStreamOptions,
    log: (line: string) => void,
    setAvailability: AvailabilityHook,
  ) {
    this.options = options;
    this.#log = log;
    this.#setAvailability = setAvailability;
    this.#context = {
      prefix: options.streamPrefix,
      publishTimeoutMs: options.publishTimeoutMs,
      onRoundTrip: options.onRoundTrip ?? (() => {}),
      connection: () => this.#handles,
      replicas: () => this.#streamReplicas,
      log,
    };
  }

  /** What the start line says of the store. */
  get description(): string {
    return `nats ${this.options.servers.join(',')} (JetStream streams ${this.options.streamPrefix}_*, ${this.#streamReplicas} replicas)`;
  }

  replicaFor(name: string, settings: RingSettings): StreamReplica {
    const replica = new StreamReplica(name, settings, this.#context);
    this.#replicas.set(name, replica);
    return replica;
  }

  /**
   * Connects (StoreError UNAVAILABLE when no server answers or JetStream is off), then makes
   * a ring of every stream of the prefix (rings other servers created), and starts feeding
   * every ring; resolves once each has applied what its stream held (a restarted server
   * serves nothing older than what it served before).
   */
  async open(rings: RingRegistry): Promise<void> {
    const { servers, credsFile, tls } = this.options;
    try {
      const connection = await connect({
        servers: [...servers],
        name: 'ringwire',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        noAsyncTraces: true,
        timeout: CONNECT_TIMEOUT_MS,
        // Only the servers of --store: servers the cluster announces were added back to the
        // list each time one was tried, so a start that no server accepts (no client
        // certificate for a TLS-only NATS) never ended.
        ignoreClusterUpdates: true,
        ...(credsFile ? { authenticator: credsAuthenticator(readFileSync(credsFile)) } : {}),
        ...(tls ? { tls: { ...tls } } : {}),
      });
      this.#connection = connection;
      const jsm = await whenSettled(() =>
        jetstreamManager(connection, { timeout: JETSTREAM_API_TIMEOUT_MS }),
      );
      this.#handles = {
        js: jetstream(connection),
        jsm,
        publisher: new JetStreamPublisher(connection, this.options.publishTimeoutMs),
      };
      this.#streamReplicas = this.options.replicas ?? defaultReplicas(connection, servers);
      this.#watch(connection);
      const streams = await whenSettled(async () => {
        const infos: StreamInfo[] = [];
        for await (const info of jsm.streams.list(ringSubjects(this.options.streamPrefix))) {
          infos.push(info);
        }
        return infos;
      });
      for (const info of streams) {
        const name = ringOfSubject(this.options.streamPrefix, info.config.subjects[0] ?? '');
        if (name !== undefined) restoreRing(rings, name, 'NATS JetStream');
      }
      await Promise.all([...this.#replicas.values()].map((replica) => replica.start()));
    } catch (error) {
      await this.close();
      if (error instanceof StoreError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw new StoreError(
        'UNAVAILABLE',
        `cannot use NATS JetStream at ${servers.join(',')}: ${why}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Stops the consumers and closes the connection (what was published is in JetStream). */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#replicas.values()].map((replica) => replica.close()));
    this.#handles?.publisher.close();
    await this.#connection?.close();
    this.#connection = undefined;
    this.#handles = undefined;
  }

  /** Logs the connection's ups and downs, and tells the server (its /readyz). */
  #watch(connection: NatsConnection): void {
    void (async () => {
      for await (const status of connection.status()) {
        if (status.type === 'disconnect') {
          this.#log(`nats: disconnected from ${status.server}; writes fail until it is back`);
          this.#setAvailability(`disconnected from NATS (${status.server})`);
        } else if (status.type === 'reconnect') {
          this.#log(`nats: reconnected to ${status.server}`);
          this.#setAvailability(undefined);
        }
      }
    })();
  }
}

/**
 * R3 on a cluster of three or more servers, else R1: as many as --store lists, or as the
 * server reached knows of (it knows only those up now; a start while a node is down must not
 * make streams of one replica for good).
 */
function defaultReplicas(connection: NatsConnection, servers: readonly string[]): number {
  const known = Math.max(servers.length, connection.info?.connect_urls?.length ?? 0);
  return known >= 3 ? 3 : 1;
}
