/** Public types of the client library. */

import type { RingwireError } from '../errors';
import type { ServerAddress } from './server-list';

export type { ServerAddress } from './server-list';

export interface ConnectOptions {
  /**
   * Connect over WebSocket to a server's HTTP port instead of TCP: `ws://host:port/ws`
   * (`wss://` when that port serves HTTPS; `tls` then sets its CA and certificates). It
   * replaces `host` and `port`. The only way in a browser.
   */
  url?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 7878. */
  port?: number;
  /**
   * Several servers that serve the same rings, instead of `host`/`port`/`url` (giving both is
   * INVALID_ARGUMENT): `'host:port'`, `'host'` (port 7878), `'[::1]:7878'` or `{ host, port }`,
   * over TCP (or TLS with `tls`). The client connects to the first that answers, in list
   * order, and when that connection is lost it reconnects to the others (see `reconnect`).
   */
  servers?: readonly (string | ServerAddress)[];
  /**
   * What to do when the connection is lost without `close()`: reconnect (to the next server
   * of `servers`, around the list) and resubscribe, or `false` to end the client. On by
   * default with `servers`, off with `host`/`port`/`url` (an object turns it on: the one
   * server is tried again).
   */
  reconnect?: ReconnectOptions | false;
  /** Called when the connection to `server` (`host:port`) is lost and the client starts reconnecting. */
  onDisconnect?: (error: RingwireError, server: string) => void;
  /** Called when the client is connected again (the server's `host:port`) and has asked for its subscriptions again. */
  onReconnect?: (server: string) => void;
  /** Recorded as the sender of every message this client stores. Default `<hostname>:<pid>`. */
  name?: string;
  /**
   * Milliseconds allowed for connecting and the handshake, and the default for each request.
   * 0 waits forever. Default 10000.
   */
  timeoutMs?: number;
  /**
   * The server's shared secret (a string is taken as UTF-8). With it the client proves it
   * knows the secret and insists that the server proves it too; without it, a server that
   * asks for one is refused with AUTH_FAILED.
   */
  secret?: Uint8Array | string;
  /** Connect over TLS: true trusts the system's CAs; an object sets CA, server name, client certificate. */
  tls?: boolean | TlsClientOptions;
}

/**
 * How long a lost connection is retried. A pass tries every server once, in list order from
 * the one after the server that was lost, each within `timeoutMs`; passes are separated by
 * a pause that doubles from `delayMs` up to `maxDelayMs`. When the last pass fails the client
 * ends with CONNECTION_FAILED (see `Client.closed`).
 */
export interface ReconnectOptions {
  /** Passes over the server list before giving up (at least 1). Default 6. */
  rounds?: number;
  /** Pause before the second pass, in milliseconds. Default 250. */
  delayMs?: number;
  /** The longest pause between passes. Default 4000. */
  maxDelayMs?: number;
}

/** PEM contents, not file names. */
export interface TlsClientOptions {
  /** Trust this CA (or self-signed certificate) instead of the system's. */
  ca?: string | Buffer;
  /** The name the server's certificate must carry; default: the host, unless it is an IP address. */
  servername?: string;
  /** A client certificate and its key, for servers that require one. */
  cert?: string | Buffer;
  key?: string | Buffer;
}

/** What the server said about itself and this connection in its Welcome. */
export interface ServerInfo {
  /** The protocol version both sides speak: 2 has named rings, 1 (an older server) has not. */
  readonly protocolVersion: number;
  readonly serverName: string;
  readonly serverVersion: string;
  readonly sessionId: string;
  readonly maxFrameBytes: number;
  readonly maxPayloadBytes: number;
  /** The capacity of the ring `default`. */
  readonly ringCapacity: number;
  /** The seq the next message stored in the ring `default` gets, as of the handshake. */
  readonly nextSeq: bigint;
  /** The server closes the connection after this long without a frame from the client (0: never); the client pings before that. */
  readonly idleTimeoutMs: number;
  /** True when both sides proved they know the shared secret. */
  readonly authenticated: boolean;
}

/** A stored message as read back. */
export interface Message {
  readonly seq: bigint;
  /** Server time it was stored, in milliseconds since the Unix epoch. */
  readonly timestampMs: number;
  /** Name of the client that stored it. */
  readonly sender: string;
  readonly payload: Buffer;
  /** Server time of its latest update, 0 if it was never updated. */
  readonly updatedMs: number;
}

export interface RequestOptions {
  /** Overrides the client's timeout for this request; 0 waits forever. */
  timeoutMs?: number;
}

export interface RingOptions {
  /**
   * The ring to use: 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-' (case-sensitive).
   * Default `default`. Other names need a server that speaks protocol version 2.
   */
  ring?: string;
}

export interface RingRequestOptions extends RequestOptions, RingOptions {}

export interface GetOptions extends RingRequestOptions {
  /** How many messages (default 1; the server caps it at its ring capacity). */
  count?: number;
  /** Read the messages after this seq instead of the latest ones. */
  afterSeq?: bigint | number;
  /**
   * Read the messages this connection has not read yet, and move its cursor past them. The
   * cursor (one per ring) starts at the oldest message held, or where a subscription put it.
   */
  next?: boolean;
  /**
   * With afterSeq or next: when nothing is newer, let the server wait up to this long for a
   * message before answering (a long poll; at most 300000). Added to the request's timeout.
   */
  waitMs?: number;
}

export interface GetResult {
  /** Oldest first. */
  readonly messages: Message[];
  /** Messages after afterSeq (or the cursor) that were overwritten before they could be read. */
  readonly lost: bigint;
  /** Seqs in the covered range that were deleted (absent from `messages`, not in `lost`). */
  readonly deleted: bigint;
  /** The lowest seq the server has not overwritten (0n before the first message). */
  readonly oldestSeq: bigint;
  /** The first seq not covered: pass `nextSeq - 1n` as afterSeq to continue without gaps. */
  readonly nextSeq: bigint;
  /** True when the server returned fewer messages than asked because more would not fit one frame. */
  readonly truncated: boolean;
}

/** Where a subscription starts: only new messages, everything held, or from a seq on. */
export type SubscribeFrom = 'now' | 'oldest' | bigint | number;

export interface SubscribeOptions extends RingOptions {
  /** Default 'now'. */
  from?: SubscribeFrom;
  /**
   * Events the subscription queues before the client stops reading from the server until
   * you catch up (the server then holds pushes back; see docs/PROTOCOL.md). Default 10000.
   */
  maxQueued?: number;
}

/** What a subscription yields, in the order the server sent it. */
export type SubscriptionEvent =
  /** A new message; messages come in seq order. */
  | { readonly type: 'message'; readonly message: Message }
  /** The subscription fell behind: `count` messages were overwritten; it resumes at resumeSeq. */
  | { readonly type: 'lost'; readonly count: bigint; readonly resumeSeq: bigint }
  /** A message already delivered was updated. */
  | { readonly type: 'updated'; readonly message: Message }
  /** A message already delivered was deleted. */
  | { readonly type: 'deleted'; readonly seq: bigint };

/** The server's figures, from STATS. */
export interface ServerStatistics {
  readonly uptimeMs: number;
  readonly connections: number;
  readonly subscribers: number;
  /** Requests answered since start, by type. */
  readonly requests: Readonly<Record<string, number>>;
  /** Error frames sent since start, by code. */
  readonly errors: Readonly<Record<string, number>>;
  /** The ring `default`: capacity, messages and payload bytes held, oldest and newest seq (0n when none), overflow policy. */
  readonly ringCapacity: number;
  readonly ringMessages: number;
  readonly ringBytes: number;
  readonly firstSeq: bigint;
  readonly lastSeq: bigint;
  readonly overflow: string;
  /** Every ring (0 from a version-1 server): how many, and their messages and payload bytes. */
  readonly rings: number;
  readonly totalMessages: number;
  readonly totalBytes: number;
  /**
   * Persistence: the server's data dir ('' when it keeps messages in memory only), its fsync
   * mode, the bytes of its logs on disk, when the last fdatasync ended (ms since the epoch, 0
   * if none yet), and what its last start recovered.
   */
  readonly dataDir: string;
  readonly fsync: string;
  readonly logBytes: number;
  readonly lastFsyncMs: number;
  readonly recovery: string;
}

/** One ring, as `client.rings()` describes it. */
export interface RingInfo {
  readonly name: string;
  /** Messages held at most. */
  readonly capacity: number;
  /** Payload bytes held at most. */
  readonly maxBytes: number;
  /** What a full ring does with a new message: `overwrite` the oldest, or `reject` it. */
  readonly overflow: string;
  /** Messages held (deleted ones excluded) and their payload bytes. */
  readonly messages: number;
  readonly bytes: number;
  /** Oldest and newest seq held, 0n when none. */
  readonly firstSeq: bigint;
  readonly lastSeq: bigint;
  /** The seq the next message stored in this ring gets. */
  readonly nextSeq: bigint;
  /** Open subscriptions to this ring, over all connections. */
  readonly subscribers: number;
}
