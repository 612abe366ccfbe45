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
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import type { InputDecoder } from '../protocol/message-framing';
import {
  bigIntToUint64,
  uint64ToBigInt,
  uint64ToNumber,
  type WireUint64,
} from '../protocol/uint64';
import { DEFAULT_RING, invalidRingName, isValidRingName } from '../protocol/ring-name';
import { Subscription } from './subscription';
import type { ClientTransport } from './transport';
import type {
  GetOptions,
  GetResult,
  Message,
  RequestOptions,
  RingInfo,
  RingRequestOptions,
  ServerInfo,
  ServerStatistics,
  SubscribeOptions,
  SubscriptionEvent,
} from './types';

export const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_QUEUED = 10_000;
/** Frames before the Welcome are small; the Welcome then sets the real limit. */
const HANDSHAKE_MAX_FRAME_BYTES = 64 * 1024;
const MAX_REQUEST_ID = 0xffff_ffff;
/** The first protocol version with named rings, subscription ids and LIST_RINGS. */
const RINGS_VERSION = 2;

interface PendingRequest {
  readonly resolve: (frame: ServerFrame) => void;
  readonly reject: (error: RingwireError) => void;
  readonly timer: ReturnType<typeof setTimeout> | undefined;
  /** Called as the reply is read, before frames after it in the same read are routed. */
  readonly onReply: ((frame: ServerFrame) => void) | undefined;
}

/**
 * Completes the handshake over an open transport (connect() in connect.ts or browser.ts);
 * the transport is closed if it fails.
 */
export async function connectOver(
  transport: ClientTransport,
  timeoutMs: number,
  clientName: string,
  secret: Uint8Array | string | undefined,
): Promise<Client> {
  const client = new Client(transport, timeoutMs);
  await client.handshake(clientName, typeof secret === 'string' ? Buffer.from(secret) : secret);
  return client;
}

/**
 * One connection to a ringwire server. Create it with `connect()`.
 *
 * Requests may be issued without waiting for earlier ones: they are pipelined on the one
 * connection, and frames issued in the same tick leave in one write. A single reader routes
 * every frame the server sends: a reply to the request it answers, a push to its subscription
 * (by the subscription id the server puts in every push).
 */
export class Client {
  readonly #transport: ClientTransport;
  readonly #timeoutMs: number;
  readonly #decoder: InputDecoder;
  readonly #outbox = newClientFrameEncoder();
  readonly #pending = new Map<number, PendingRequest>();
  #nextId = 1;
  #flushScheduled = false;
  #lastSentAt = 0;
  #serverInfo: ServerInfo | undefined;
  #keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  /** Open subscriptions by ring, the ones the server has not confirmed yet included. */
  readonly #subscriptionsByRing = new Map<string, Subscription>();
  /** Confirmed subscriptions by the id the server gave them (0 from a version-1 server). */
  readonly #subscriptionsById = new Map<number, Subscription>();
  /** Subscriptions whose queue is full: the socket is paused while there is any. */
  #pausedSubscriptions = 0;
  /** Why the connection ended, once known; undefined while open or after close(). */
  #closeReason: RingwireError | undefined;
  #closedByUs = false;
  /** Resolves when the connection has ended: with the reason, or undefined after close(). */
  readonly closed: Promise<RingwireError | undefined>;

  /** @internal use connect() */
  constructor(transport: ClientTransport, timeoutMs: number) {
    this.#transport = transport;
    this.#timeoutMs = timeoutMs;
    this.#decoder = transport.createDecoder(HANDSHAKE_MAX_FRAME_BYTES);
    this.closed = new Promise((resolve) => {
      transport.listen({
        data: (chunk) => this.#onData(chunk),
        close: (cause) => {
          if (cause) {
            this.#closeReason ??= new RingwireError(
              'CONNECTION_CLOSED',
              `connection lost: ${cause.message}`,
              { cause },
            );
          }
          resolve(this.#onClose());
        },
      });
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
      this.#transport.destroy();
      throw error;
    }
    this.#decoder.maxFrameBytes = this.#serverInfo.maxFrameBytes;
    this.#keepAlive(this.#serverInfo.idleTimeoutMs);
  }

  /** Pings when the connection has been quiet for a third of the server's idle timeout. */
  #keepAlive(idleTimeoutMs: number): void {
    if (idleTimeoutMs <= 0) return;
    const quietMs = Math.max(1, Math.floor(idleTimeoutMs / 3));
    this.#keepAliveTimer = setInterval(() => {
      if (performance.now() - this.#lastSentAt >= quietMs) this.ping().catch(() => {});
    }, quietMs);
    // Node only: a quiet client does not keep the process alive.
    (this.#keepAliveTimer as { unref?: () => void }).unref?.();
  }

  /**
   * Stores one message (a string is sent as UTF-8) in `options.ring` (default `default`) and
   * resolves with the seq it was given (each ring numbers its messages from 1).
   * A payload over `server.maxPayloadBytes` or a bad ring name is refused here with
   * INVALID_ARGUMENT; a ring other than `default` on a version-1 server, with UNSUPPORTED_REQUEST.
   */
  async set(payload: Uint8Array | string, options: RingRequestOptions = {}): Promise<bigint> {
    const reply = await this.#request(
      { set: { payload: this.#payload(payload), ...this.#ringField(options.ring) } },
      options.timeoutMs,
    );
    return uint64ToBigInt(expectBody(reply, 'set').seq);
  }

  /**
   * Reads the latest `count` messages of `options.ring` (default `default`); with `afterSeq`, up
   * to `count` messages after it; with `next`, the messages this connection has not read yet
   * (one cursor per ring). Check `lost` when reading after a seq or the cursor: it counts
   * messages overwritten before you got them. Ring names are checked as by set().
   */
  async get(options: GetOptions = {}): Promise<GetResult> {
    const request: v1.GetRequest.$Properties = {
      count: options.count ?? 1,
      next: options.next ?? false,
      waitMs: options.waitMs ?? 0,
      ...this.#ringField(options.ring),
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
   * Replaces the payload of a message `options.ring` (default `default`) still holds; resolves
   * with the update time. NOT_FOUND when the ring does not hold it, or does not exist.
   * Payload and ring name are checked as by set().
   */
  async update(
    seq: bigint | number,
    payload: Uint8Array | string,
    options: RingRequestOptions = {},
  ): Promise<number> {
    const request = {
      seq: bigIntToUint64(BigInt(seq)),
      payload: this.#payload(payload),
      ...this.#ringField(options.ring),
    };
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

  /**
   * The `ring` field of a request: left out for the ring `default` (as a version-1 client
   * sends it); a bad name, or a named ring on a version-1 server, refused before sending.
   */
  #ringField(ring: string | undefined): { ring?: string } {
    if (ring === undefined || ring === DEFAULT_RING) return {};
    if (!isValidRingName(ring)) throw invalidRingName(ring);
    this.#requireRings();
    return { ring };
  }

  /** An older server would ignore a ring name and use its one ring: refuse instead. */
  #requireRings(): void {
    if (this.server.protocolVersion < RINGS_VERSION) {
      throw new RingwireError(
        'UNSUPPORTED_REQUEST',
        'the server speaks protocol version 1: no named rings',
      );
    }
  }

  /**
   * Deletes a message `options.ring` (default `default`) still holds. Its seq is never reused.
   * NOT_FOUND when the ring does not hold it, or does not exist. Ring names are checked as by set().
   */
  async delete(seq: bigint | number, options: RingRequestOptions = {}): Promise<void> {
    const reply = await this.#request(
      { delete: { seq: bigIntToUint64(BigInt(seq)), ...this.#ringField(options.ring) } },
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

  /** The server's figures: connections, requests by type, the ring `default`'s fill, all rings' totals, uptime. */
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
      rings: stats.rings ?? 0,
      totalMessages: uint64ToNumber(stats.totalMessages),
      totalBytes: uint64ToNumber(stats.totalBytes),
      dataDir: stats.dataDir ?? '',
      fsync: stats.fsync ?? '',
      logBytes: uint64ToNumber(stats.logBytes),
      lastFsyncMs: uint64ToNumber(stats.lastFsyncMs),
      recovery: stats.recovery ?? '',
    };
  }

  /**
   * Describes every ring the server holds, in byte order of their names, asking for as many
   * pages as the server needs. UNSUPPORTED_REQUEST on a version-1 server.
   */
  async rings(options: RequestOptions = {}): Promise<RingInfo[]> {
    this.#requireRings();
    const rings: RingInfo[] = [];
    for (let afterName = ''; ;) {
      const request = afterName ? { afterName } : {};
      const reply = await this.#request({ listRings: request }, options.timeoutMs);
      const page = expectBody(reply, 'listRings');
      const infos = (page.rings ?? []).map(toRingInfo);
      rings.push(...infos);
      if (!page.truncated) return rings;
      if (infos.length === 0) {
        throw new RingwireError('PROTOCOL_VIOLATION', 'a truncated LIST_RINGS reply without rings');
      }
      afterName = infos[infos.length - 1].name;
    }
  }

  /**
   * Receives every new message stored in `options.ring` (default `default`), as an async
   * iterator (see Subscription). One client may follow several rings at once, one subscription
   * per ring (a version-1 server allows only one in all). Throws at once, without asking the
   * server: INVALID_ARGUMENT when already subscribed to that ring or for a bad ring name,
   * UNSUPPORTED_REQUEST for a named ring on a version-1 server.
   */
  subscribe(options: SubscribeOptions = {}): Subscription {
    const ring = options.ring ?? DEFAULT_RING;
    const request = { ...subscribeRequest(options.from ?? 'now'), ...this.#ringField(ring) };
    if (this.#subscriptionsByRing.has(ring)) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        `already subscribed to ring ${ring}; unsubscribe first`,
      );
    }
    let subscriptionId = 0;
    const forget = (): void => {
      if (this.#subscriptionsByRing.get(ring) === subscription)
        this.#subscriptionsByRing.delete(ring);
      if (this.#subscriptionsById.get(subscriptionId) === subscription)
        this.#subscriptionsById.delete(subscriptionId);
    };
    // Registered as the reply is read: pushes right behind it in the same read are routed to it.
    const started = this.#request({ subscribe: request }, this.#timeoutMs, (reply) => {
      subscriptionId = reply.subscribe?.subscriptionId ?? 0;
      this.#subscriptionsById.set(subscriptionId, subscription);
    }).then((reply) => uint64ToBigInt(expectBody(reply, 'subscribe').startSeq));
    const subscription = new Subscription(
      ring,
      {
        unsubscribe: async () => {
          const confirmed = await started.then(
            () => true,
            () => false,
          );
          // A subscription the server refused has nothing to end.
          if (!confirmed) return;
          // Id 0 (a version-1 server's only subscription) is sent as an empty request.
          const unsubscribe = subscriptionId ? { subscriptionId } : {};
          expectBody(await this.#request({ unsubscribe }), 'unsubscribe');
          forget();
        },
        setReading: (reading) => this.#countPaused(reading ? -1 : 1),
      },
      started,
      options.maxQueued ?? DEFAULT_MAX_QUEUED,
    );
    started.catch(forget);
    this.#subscriptionsByRing.set(ring, subscription);
    return subscription;
  }

  /** The transport reads while no subscription's queue is full. */
  #countPaused(change: 1 | -1): void {
    this.#pausedSubscriptions += change;
    if (this.#pausedSubscriptions === 0) this.#transport.resume();
    else if (change === 1 && this.#pausedSubscriptions === 1) this.#transport.pause();
  }

  /**
   * Closes the connection gracefully: requests already sent are still answered, then the
   * connection ends. Resolves when it has.
   */
  async close(): Promise<void> {
    this.#closedByUs = true;
    this.#flush();
    this.#transport.end();
    await this.closed;
  }

  #request(
    body: Omit<v1.ClientFrame.$Properties, 'id'>,
    timeoutMs: number = this.#timeoutMs,
    onReply?: (frame: ServerFrame) => void,
  ): Promise<ServerFrame> {
    if (this.#closeReason || this.#closedByUs || this.#transport.destroyed) {
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
      this.#pending.set(id, { resolve, reject, timer, onReply });
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
    if (this.#outbox.count === 0 || this.#transport.destroyed) return;
    this.#transport.write(this.#outbox.take());
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
      this.#transport.destroy();
    }
  }

  #route(frame: ServerFrame): void {
    if (frame.id === 0) {
      // Sent by the server on its own: a push, or a stream-level error before it closes.
      if (frame.body === 'push') {
        this.#subscriptionsById.get(frame.push.subscriptionId ?? 0)?.deliver(toEvent(frame.push));
      } else if (frame.body === 'error') this.#closeReason ??= toRingwireError(frame.error);
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
    if (frame.body === 'error') {
      pending.reject(toRingwireError(frame.error));
    } else {
      pending.onReply?.(frame);
      pending.resolve(frame);
    }
  }

  #onClose(): RingwireError | undefined {
    clearInterval(this.#keepAliveTimer);
    const reason =
      this.#closeReason ?? new RingwireError('CONNECTION_CLOSED', 'the connection was closed');
    for (const pending of this.#pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(reason);
    }
    this.#pending.clear();
    const cleanly = this.#closedByUs && !this.#closeReason;
    for (const subscription of this.#subscriptionsByRing.values())
      subscription.end(cleanly ? undefined : reason);
    return cleanly ? undefined : reason;
  }
}

type BodyOf<K extends keyof v1.ServerFrame.$Properties> = NonNullable<
  v1.ServerFrame.$Properties[K]
>;
type ReplyBody =
  | 'welcome'
  | 'set'
  | 'get'
  | 'update'
  | 'delete'
  | 'ping'
  | 'stats'
  | 'subscribe'
  | 'unsubscribe'
  | 'listRings';

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

function toRingInfo(ring: v1.RingInfo.$Properties): RingInfo {
  return {
    name: ring.name ?? '',
    capacity: ring.capacity ?? 0,
    maxBytes: uint64ToNumber(ring.maxBytes),
    overflow: ring.overflow ?? '',
    messages: uint64ToNumber(ring.messages),
    bytes: uint64ToNumber(ring.bytes),
    firstSeq: uint64ToBigInt(ring.firstSeq),
    lastSeq: uint64ToBigInt(ring.lastSeq),
    nextSeq: uint64ToBigInt(ring.nextSeq),
    subscribers: ring.subscribers ?? 0,
  };
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
