import { connect as netConnect, isIP, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { connect as tlsConnect } from 'node:tls';
import { RingwireError, errorCodeFromWire } from '../errors';
import {
  CLIENT_NONCE_BYTES,
  clientProof,
  newNonce,
  proofMatches,
  serverProof,
} from '../protocol/auth';
import {
  decodeServerFrame,
  newClientFrameEncoder,
  type ServerFrame,
  type v1,
} from '../protocol/codec';
import { DEFAULT_PORT, PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import { FrameDecoder } from '../protocol/framing';
import {
  bigIntToUint64,
  uint64ToBigInt,
  uint64ToNumber,
  type WireUint64,
} from '../protocol/uint64';
import { Subscription } from './subscription';
import type {
  ConnectOptions,
  GetOptions,
  GetResult,
  Message,
  RequestOptions,
  ServerInfo,
  ServerStatistics,
  SubscribeOptions,
  SubscriptionEvent,
  TlsClientOptions,
} from './types';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_QUEUED = 10_000;
/** Frames before the Welcome are small; the Welcome then sets the real limit. */
const HANDSHAKE_MAX_FRAME_BYTES = 64 * 1024;
const MAX_REQUEST_ID = 0xffff_ffff;

interface PendingRequest {
  readonly resolve: (frame: ServerFrame) => void;
  readonly reject: (error: RingwireError) => void;
  readonly timer: NodeJS.Timeout | undefined;
}

/**
 * Connects to a ringwire server and completes the handshake.
 * Rejects with a RingwireError: CONNECTION_FAILED (cause: the socket error), TIMEOUT, the
 * server's refusal (e.g. UNSUPPORTED_VERSION), or PROTOCOL_VIOLATION "not a ringwire server"
 * as soon as the peer's first reply cannot be a handshake answer (an HTTP server, say).
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const tls = options.tls === true ? {} : options.tls || undefined;
  const socket = await openSocket(host, port, timeoutMs, tls);
  const client = new Client(socket, timeoutMs);
  const secret = typeof options.secret === 'string' ? Buffer.from(options.secret) : options.secret;
  await client.handshake(options.name ?? `${hostname()}:${process.pid}`, secret);
  return client;
}

function openSocket(
  host: string,
  port: number,
  timeoutMs: number,
  tls: TlsClientOptions | undefined,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tls
      ? tlsConnect({
          host,
          port,
          ...tls,
          servername: tls.servername ?? (isIP(host) ? undefined : host),
        })
      : netConnect({ host, port });
    const target = `${host}:${port}${tls ? ' over TLS' : ''}`;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            socket.destroy();
            reject(
              new RingwireError('TIMEOUT', `connecting to ${target} took over ${timeoutMs} ms`),
            );
          }, timeoutMs)
        : undefined;
    socket.once('error', (cause) => {
      clearTimeout(timer);
      reject(
        new RingwireError('CONNECTION_FAILED', `cannot connect to ${target}: ${cause.message}`, {
          cause,
        }),
      );
    });
    socket.once(tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}

/**
 * One connection to a ringwire server. Create it with `connect()`.
 *
 * Requests may be issued without waiting for earlier ones: they are pipelined on the one
 * connection, and frames issued in the same tick leave in one write. A single reader routes
 * every frame the server sends: a reply to the request it answers, a push to the subscription.
 */
export class Client {
  readonly #socket: Socket;
  readonly #timeoutMs: number;
  readonly #decoder = new FrameDecoder(HANDSHAKE_MAX_FRAME_BYTES);
  readonly #outbox = newClientFrameEncoder();
  readonly #pending = new Map<number, PendingRequest>();
  #nextId = 1;
  #flushScheduled = false;
  #lastSentAt = 0;
  #serverInfo: ServerInfo | undefined;
  #subscription: Subscription | undefined;
  /** Why the connection ended, once known; undefined while open or after close(). */
  #closeReason: RingwireError | undefined;
  #closedByUs = false;
  /** Resolves when the connection has ended: with the reason, or undefined after close(). */
  readonly closed: Promise<RingwireError | undefined>;

  /** @internal use connect() */
  constructor(socket: Socket, timeoutMs: number) {
    this.#socket = socket;
    this.#timeoutMs = timeoutMs;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (cause) => {
      this.#closeReason ??= new RingwireError(
        'CONNECTION_CLOSED',
        `connection lost: ${cause.message}`,
        { cause },
      );
    });
    this.closed = new Promise((resolve) => {
      socket.once('close', () => resolve(this.#onClose()));
    });
  }

  /** What the server announced in its Welcome. */
  get server(): ServerInfo {
    if (!this.#serverInfo)
      throw new RingwireError('HANDSHAKE_REQUIRED', 'the handshake is not done');
    return this.#serverInfo;
  }

  /** Requests sent and not yet answered. */
  get pendingRequests(): number {
    return this.#pending.size;
  }

  /**
   * @internal Sends the Hello, answers the server's challenge with the secret's proof, and
   * checks the Welcome: the version offered, and with a secret the server's own proof.
   */
  async handshake(clientName: string, secret: Uint8Array | undefined): Promise<void> {
    try {
      const clientNonce = newNonce(CLIENT_NONCE_BYTES);
      let reply = await this.#request({
        hello: {
          minVersion: PROTOCOL_VERSION_MIN,
          maxVersion: PROTOCOL_VERSION_MAX,
          clientName,
          clientNonce,
        },
      });
      let serverNonce: Uint8Array | undefined;
      if (reply.body === 'challenge') {
        if (!secret) throw authFailed('the server requires a shared secret');
        serverNonce = Buffer.from(reply.challenge.serverNonce ?? EMPTY);
        const proof = clientProof(secret, { clientNonce, serverNonce, clientName });
        reply = await this.#request({ auth: { clientProof: proof } });
      }
      const welcome = expectBody(reply, 'welcome');
      if (secret) {
        const nonces = { clientNonce, serverNonce: serverNonce ?? EMPTY, clientName };
        if (!serverNonce || !proofMatches(serverProof(secret, nonces), welcome.serverProof)) {
          throw authFailed('the server did not prove it knows the shared secret');
        }
      }
      const version = welcome.version ?? 0;
      if (version < PROTOCOL_VERSION_MIN || version > PROTOCOL_VERSION_MAX) {
        throw new RingwireError(
          'UNSUPPORTED_VERSION',
          `the server chose version ${version}, which was not offered`,
        );
      }
      this.#serverInfo = {
        protocolVersion: version,
        serverName: welcome.serverName ?? '',
        serverVersion: welcome.serverVersion ?? '',
        sessionId: welcome.sessionId ?? '',
        maxFrameBytes: welcome.maxFrameBytes ?? 0,
        maxPayloadBytes: welcome.maxPayloadBytes ?? 0,
        ringCapacity: welcome.ringCapacity ?? 0,
        nextSeq: uint64ToBigInt(welcome.nextSeq),
        idleTimeoutMs: welcome.idleTimeoutMs ?? 0,
        authenticated: secret !== undefined,
      };
    } catch (error) {
      this.#socket.destroy();
      throw error;
    }
    this.#decoder.maxFrameBytes = this.#serverInfo.maxFrameBytes;
    this.#keepAlive(this.#serverInfo.idleTimeoutMs);
  }

  /** Pings when the connection has been quiet for a third of the server's idle timeout. */
  #keepAlive(idleTimeoutMs: number): void {
    if (idleTimeoutMs <= 0) return;
    const quietMs = Math.max(1, Math.floor(idleTimeoutMs / 3));
    const timer = setInterval(() => {
      if (performance.now() - this.#lastSentAt >= quietMs) this.ping().catch(() => {});
    }, quietMs).unref();
    this.#socket.once('close', () => clearInterval(timer));
  }

  /**
   * Stores one message (a string is sent as UTF-8) and resolves with the seq it was given.
   * A payload over `server.maxPayloadBytes` is refused here with INVALID_ARGUMENT.
   */
  async set(payload: Uint8Array | string, options: RequestOptions = {}): Promise<bigint> {
    const reply = await this.#request(
      { set: { payload: this.#payload(payload) } },
      options.timeoutMs,
    );
    return uint64ToBigInt(expectBody(reply, 'set').seq);
  }

  /**
   * Reads the latest `count` messages; with `afterSeq`, up to `count` messages after it; with
   * `next`, the messages this connection has not read yet. Check `lost` when reading after a
   * seq or the cursor: it counts messages overwritten before you got them.
   */
  async get(options: GetOptions = {}): Promise<GetResult> {
    const request: v1.GetRequest.$Properties = {
      count: options.count ?? 1,
      next: options.next ?? false,
      waitMs: options.waitMs ?? 0,
    };
    if (options.afterSeq !== undefined) request.afterSeq = bigIntToUint64(BigInt(options.afterSeq));
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    const waitingTimeout = timeoutMs > 0 ? timeoutMs + (options.waitMs ?? 0) : 0;
    const reply = expectBody(await this.#request({ get: request }, waitingTimeout), 'get');
    return {
      messages: (reply.messages ?? []).map(toMessage),
      lost: uint64ToBigInt(reply.lost),
      deleted: uint64ToBigInt(reply.deleted),
      oldestSeq: uint64ToBigInt(reply.oldestSeq),
      nextSeq: uint64ToBigInt(reply.nextSeq),
      truncated: reply.truncated ?? false,
    };
  }

  /**
   * Replaces the payload of a message the server still holds; resolves with the update time.
   * A payload over `server.maxPayloadBytes` is refused here with INVALID_ARGUMENT.
   */
  async update(
    seq: bigint | number,
    payload: Uint8Array | string,
    options: RequestOptions = {},
  ): Promise<number> {
    const request = { seq: bigIntToUint64(BigInt(seq)), payload: this.#payload(payload) };
    const reply = await this.#request({ update: request }, options.timeoutMs);
    return uint64ToNumber(expectBody(reply, 'update').updatedMs);
  }

  /**
   * The payload as bytes, refused when over the server's limit: sent anyway, a payload that
   * does not fit a frame makes the server close the connection (FRAME_TOO_LARGE).
   */
  #payload(payload: Uint8Array | string): Uint8Array {
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const limit = this.server.maxPayloadBytes;
    if (bytes.length > limit) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        `payload of ${bytes.length} bytes exceeds the server's limit of ${limit} bytes`,
      );
    }
    return bytes;
  }

  /** Deletes a message the server still holds. Its seq is never reused. */
  async delete(seq: bigint | number, options: RequestOptions = {}): Promise<void> {
    const reply = await this.#request(
      { delete: { seq: bigIntToUint64(BigInt(seq)) } },
      options.timeoutMs,
    );
    expectBody(reply, 'delete');
  }

  /** A round trip to the server; resolves with its duration in milliseconds. */
  async ping(options: RequestOptions = {}): Promise<number> {
    const started = performance.now();
    expectBody(await this.#request({ ping: {} }, options.timeoutMs), 'ping');
    return performance.now() - started;
  }

  /** The server's figures: connections, requests by type, ring fill, uptime. */
  async stats(options: RequestOptions = {}): Promise<ServerStatistics> {
    const stats = expectBody(await this.#request({ stats: {} }, options.timeoutMs), 'stats');
    return {
      uptimeMs: uint64ToNumber(stats.uptimeMs),
      connections: stats.connections ?? 0,
      subscribers: stats.subscribers ?? 0,
      requests: countsOf(stats.requests),
      errors: countsOf(stats.errors),
      ringCapacity: stats.ringCapacity ?? 0,
      ringMessages: uint64ToNumber(stats.ringMessages),
      ringBytes: uint64ToNumber(stats.ringBytes),
      firstSeq: uint64ToBigInt(stats.firstSeq),
      lastSeq: uint64ToBigInt(stats.lastSeq),
      overflow: stats.overflow ?? '',
    };
  }

  /**
   * Receives every new message as it is stored, as an async iterator (see Subscription).
   * One subscription per connection at a time.
   */
  subscribe(options: SubscribeOptions = {}): Subscription {
    if (this.#subscription) {
      throw new RingwireError('INVALID_ARGUMENT', 'already subscribed; unsubscribe first');
    }
    const started = this.#request({ subscribe: subscribeRequest(options.from ?? 'now') }).then(
      (reply) => uint64ToBigInt(expectBody(reply, 'subscribe').startSeq),
    );
    const subscription = new Subscription(
      {
        unsubscribe: async () => {
          expectBody(await this.#request({ unsubscribe: {} }), 'unsubscribe');
          if (this.#subscription === subscription) this.#subscription = undefined;
        },
        setReading: (reading) => (reading ? this.#socket.resume() : this.#socket.pause()),
      },
      started,
      options.maxQueued ?? DEFAULT_MAX_QUEUED,
    );
    started.catch(() => {
      if (this.#subscription === subscription) this.#subscription = undefined;
    });
    this.#subscription = subscription;
    return subscription;
  }

  /**
   * Closes the connection gracefully: requests already sent are still answered, then the
   * connection ends. Resolves when it has.
   */
  async close(): Promise<void> {
    this.#closedByUs = true;
    this.#flush();
    this.#socket.end();
    await this.closed;
  }

  #request(
    body: Omit<v1.ClientFrame.$Properties, 'id'>,
    timeoutMs: number = this.#timeoutMs,
  ): Promise<ServerFrame> {
    if (this.#closeReason || this.#closedByUs || this.#socket.destroyed) {
      return Promise.reject(
        this.#closeReason ?? new RingwireError('CONNECTION_CLOSED', 'the connection is closed'),
      );
    }
    const id = this.#takeId();
    return new Promise<ServerFrame>((resolve, reject) => {
      const timer =
        timeoutMs > 0
          ? setTimeout(() => {
              this.#pending.delete(id);
              reject(new RingwireError('TIMEOUT', `no reply within ${timeoutMs} ms`));
            }, timeoutMs)
          : undefined;
      this.#pending.set(id, { resolve, reject, timer });
      this.#outbox.add({ id, ...body });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        queueMicrotask(() => this.#flush());
      }
    });
  }

  #takeId(): number {
    let id = this.#nextId;
    while (this.#pending.has(id)) id = id === MAX_REQUEST_ID ? 1 : id + 1;
    this.#nextId = id === MAX_REQUEST_ID ? 1 : id + 1;
    return id;
  }

  #flush(): void {
    this.#flushScheduled = false;
    if (this.#outbox.count === 0 || this.#socket.destroyed) return;
    this.#socket.write(this.#outbox.take());
    this.#lastSentAt = performance.now();
  }

  #onData(chunk: Buffer): void {
    try {
      this.#decoder.push(chunk, (body) => this.#route(decodeServerFrame(body)));
    } catch (error) {
      this.#closeReason ??= this.#serverInfo
        ? error instanceof RingwireError
          ? error
          : new RingwireError('PROTOCOL_VIOLATION', 'bad frame from server', { cause: error })
        : notRingwireServer(chunk, error);
      this.#socket.destroy();
    }
  }

  #route(frame: ServerFrame): void {
    if (frame.id === 0) {
      // Sent by the server on its own: a push, or a stream-level error before it closes.
      if (frame.body === 'push') this.#subscription?.deliver(toEvent(frame.push));
      else if (frame.body === 'error') this.#closeReason ??= toRingwireError(frame.error);
      return;
    }
    const pending = this.#pending.get(frame.id);
    if (!pending) {
      // Before the Welcome only the handshake is in flight: a reply to anything else is noise.
      if (!this.#serverInfo) throw new Error(`a reply to request ${frame.id}, never sent`);
      return; // answered after its timeout
    }
    this.#pending.delete(frame.id);
    clearTimeout(pending.timer);
    if (frame.body === 'error') pending.reject(toRingwireError(frame.error));
    else pending.resolve(frame);
  }

  #onClose(): RingwireError | undefined {
    const reason =
      this.#closeReason ?? new RingwireError('CONNECTION_CLOSED', 'the connection was closed');
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.#pending.clear();
    const cleanly = this.#closedByUs && !this.#closeReason;
    this.#subscription?.end(cleanly ? undefined : reason);
    return cleanly ? undefined : reason;
  }
}

type BodyOf<K extends keyof v1.ServerFrame.$Properties> = NonNullable<
  v1.ServerFrame.$Properties[K]
>;
type ReplyBody =
  'welcome' | 'set' | 'get' | 'update' | 'delete' | 'ping' | 'stats' | 'subscribe' | 'unsubscribe';

function expectBody<K extends ReplyBody>(frame: ServerFrame, body: K): BodyOf<K> {
  if (frame.body !== body) {
    throw new RingwireError(
      'PROTOCOL_VIOLATION',
      `expected a ${body} reply, got ${frame.body ?? 'an empty frame'}`,
    );
  }
  return frame[body] as BodyOf<K>;
}

function countsOf(map: Record<string, WireUint64> | null | undefined): Record<string, number> {
  return Object.fromEntries(
    Object.entries(map ?? {}).map(([key, count]) => [key, uint64ToNumber(count)]),
  );
}

function authFailed(why: string): RingwireError {
  return new RingwireError('AUTH_FAILED', why);
}

function subscribeRequest(
  from: NonNullable<SubscribeOptions['from']>,
): v1.SubscribeRequest.$Properties {
  if (from === 'now') return { start: 0 };
  if (from === 'oldest') return { start: 1 };
  return { start: 2, fromSeq: bigIntToUint64(BigInt(from)) };
}

function toEvent(push: v1.Push.$Properties): SubscriptionEvent {
  if (push.message) return { type: 'message', message: toMessage(push.message) };
  if (push.updated) return { type: 'updated', message: toMessage(push.updated) };
  if (push.lost) {
    return {
      type: 'lost',
      count: uint64ToBigInt(push.lost.count),
      resumeSeq: uint64ToBigInt(push.lost.resumeSeq),
    };
  }
  return { type: 'deleted', seq: uint64ToBigInt(push.deleted) };
}

function toMessage(m: v1.Message.$Properties): Message {
  return {
    seq: uint64ToBigInt(m.seq),
    timestampMs: uint64ToNumber(m.timestampMs),
    sender: m.sender ?? '',
    // A copy: the decoded bytes are a view into a read buffer that gets reused.
    payload: Buffer.from(m.payload ?? EMPTY),
    updatedMs: uint64ToNumber(m.updatedMs),
  };
}

/** The peer's first reply cannot be a handshake answer: say so at once rather than time out. */
function notRingwireServer(received: Buffer, cause: unknown): RingwireError {
  const start = received.subarray(0, 24).toString('latin1');
  return new RingwireError(
    'PROTOCOL_VIOLATION',
    `not a ringwire server: its reply begins ${JSON.stringify(start)}`,
    { cause },
  );
}

function toRingwireError(error: v1.Error.$Properties | null | undefined): RingwireError {
  return new RingwireError(errorCodeFromWire(error?.code ?? 0), error?.message ?? 'unknown error');
}

const EMPTY = new Uint8Array(0);
