import { hostname } from 'node:os';
import {
  DEFAULT_MAX_FRAME_BYTES,
  DEFAULT_PORT,
  DEFAULT_RING_CAPACITY,
  ENVELOPE_RESERVE_BYTES,
} from '../protocol/constants';
import type { OverflowPolicy } from '../ring/ring';
import { DEFAULT_FSYNC_INTERVAL_MS, type FsyncPolicy } from '../store/ring-log';
import type { LogFiles } from '../store/log-files';
import type { NatsTlsOptions } from '../store/jetstream/jetstream-store';
import { DEFAULT_STREAM_PREFIX } from '../store/jetstream/stream-names';
import { SILENT_LOGGER, type Logger } from './logger';

export interface ServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Messages a ring holds before it overwrites the oldest (rings not declared otherwise). */
  capacity: number;
  /** Payload bytes a ring holds before it overwrites the oldest (whichever bound comes first). */
  maxBytes: number;
  /** When a ring is full: overwrite the oldest, or refuse SETs a connected reader would miss. */
  overflow: OverflowPolicy;
  /** Rings created at start; omitted bounds take the defaults above. May declare `default`. */
  rings: readonly RingDeclaration[];
  /** Create a ring the first time a SET, GET or SUBSCRIBE names it. */
  autoCreate: boolean;
  /** Rings held at most, `default` and declared ones included. */
  maxRings: number;
  /** The sum of every ring's byte bound may not pass this. */
  maxTotalBytes: number;
  /** Rings one connection may hold cursors, subscriptions or waiting GETs on. */
  maxRingsPerConnection: number;
  /** Largest frame body accepted or sent, in bytes. */
  maxFrameBytes: number;
  /** A connection that has not sent a valid Hello by then is closed. */
  handshakeTimeoutMs: number;
  /** How long a graceful shutdown waits for clients before it cuts them off. */
  shutdownTimeoutMs: number;
  /** Unwritten output one connection may pile up before it is cut off as a slow consumer. */
  maxOutputBytes: number;
  /** How long a connection's output may stay blocked before it is cut off as a slow consumer. */
  writeTimeoutMs: number;
  /** Close a ready connection that sends nothing for this long; 0 never does. */
  idleTimeoutMs: number;
  /** Connections over this many get BUSY and are closed. */
  maxConnections: number;
  /** Connections from one client address over this many get BUSY and are closed. */
  maxConnectionsPerAddress: number;
  /** A ready connection must finish a frame it started within this many ms. */
  frameTimeoutMs: number;
  /** GETs one connection may have waiting for a message; past it a GET is answered at once. */
  maxParkedGets: number;
  /** Reject mode: a reader that holds writers back this long without reading is released; 0 never. */
  maxReaderLagMs: number;
  /** Clients must prove they know this secret (at least 16 bytes); undefined lets anyone in. */
  secret: Uint8Array | undefined;
  /** Serve TLS instead of plain TCP. */
  tls: TlsServerOptions | undefined;
  /** Sent to clients in the Welcome. */
  serverName: string;
  logger: Logger;
  /** Serve /metrics, /healthz, /readyz and the status page on this port (0 picks a free one); undefined: no HTTP port. */
  httpPort: number | undefined;
  /** The HTTP port's address; undefined: `host`. It serves HTTPS when `tls` is set. */
  httpHost: string | undefined;
  /** Keep every ring in this directory (--data-dir); undefined: in memory only. */
  dataDir: string | undefined;
  /** When an acknowledged SET/UPDATE/DELETE is on stable storage (with dataDir). */
  fsync: FsyncPolicy;
  /** `interval`: the longest an acknowledged write waits for its fdatasync. */
  fsyncIntervalMs: number;
  /** Start even when a ring log is damaged mid-way: drop the damaged record and all after it. */
  repair: boolean;
  /** Where the rings live: `memory` (this server, or --data-dir), or `nats://host:port[,...]` (JetStream). */
  store: string;
  /** With a NATS store: ring streams are named `<prefix>_<ring>`. */
  streamPrefix: string;
  /** With a NATS store: replicas of a new stream; undefined: 3 when 3 or more are listed or known, else 1. */
  replicas: number | undefined;
  /** With a NATS store: a NATS credentials file. */
  natsCredsFile: string | undefined;
  /** With a NATS store: connect over TLS; undefined: plain. */
  natsTls: NatsTlsOptions | undefined;
  /** With a NATS store: how long a SET may wait for JetStream before STORE_UNAVAILABLE. */
  publishTimeoutMs: number;
  /** The data dir's file operations: the real files unless a test injects faults. */
  logFiles?: LogFiles;
}

/** A ring declared at start (--ring NAME[:capacity[:max-bytes[:overflow]]]). */
export interface RingDeclaration {
  readonly name: string;
  readonly capacity?: number;
  readonly maxBytes?: number;
  readonly overflow?: OverflowPolicy;
}

/** PEM contents, not file names. */
export interface TlsServerOptions {
  cert: string | Buffer;
  key: string | Buffer;
  /** When set, clients must present a certificate signed by this CA. */
  ca?: string | Buffer;
}

export const DEFAULT_SERVER_OPTIONS: Readonly<ServerOptions> = {
  host: '127.0.0.1',
  port: DEFAULT_PORT,
  capacity: DEFAULT_RING_CAPACITY,
  // 64 rings at the defaults fit in the default max-total-bytes.
  maxBytes: 16 * 1024 * 1024,
  overflow: 'overwrite',
  rings: [],
  autoCreate: true,
  maxRings: 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRingsPerConnection: 64,
  maxFrameBytes: DEFAULT_MAX_FRAME_BYTES,
  handshakeTimeoutMs: 5000,
  shutdownTimeoutMs: 5000,
  maxOutputBytes: 32 * 1024 * 1024,
  writeTimeoutMs: 30_000,
  idleTimeoutMs: 300_000,
  maxConnections: 10_000,
  maxConnectionsPerAddress: 1000,
  frameTimeoutMs: 30_000,
  maxParkedGets: 1000,
  maxReaderLagMs: 60_000,
  secret: undefined,
  tls: undefined,
  serverName: hostname(),
  logger: SILENT_LOGGER,
  httpPort: undefined,
  httpHost: undefined,
  dataDir: undefined,
  fsync: 'interval',
  fsyncIntervalMs: DEFAULT_FSYNC_INTERVAL_MS,
  repair: false,
  store: 'memory',
  streamPrefix: DEFAULT_STREAM_PREFIX,
  replicas: undefined,
  natsCredsFile: undefined,
  natsTls: undefined,
  publishTimeoutMs: 2000,
};

/** Largest SET payload on a server with this frame limit. */
export function maxPayloadBytes(maxFrameBytes: number): number {
  return maxFrameBytes - ENVELOPE_RESERVE_BYTES;
}
