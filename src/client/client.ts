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
  ReconnectOptions,
  RequestOptions,
  RingInfo,
  RingRequestOptions,
  ServerInfo,
  ServerStatistics,
  SubscribeFrom,
  SubscribeOptions,
  SubscriptionEvent,
} from './types';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_RECONNECT: Required<ReconnectOptions> = {
  rounds: 6,
  delayMs: 250,
  maxDelayMs: 4000,
};
const DEFAULT_MAX_QUEUED = 10_000;
/** Frames before the Welcome are small; the Welcome then sets the real limit. */
const HANDSHAKE_MAX_FRAME_BYTES = 64 * 1024;
const MAX_REQUEST_ID = 0xffff_ffff;
/** The first protocol version with named rings, subscription ids and LIST_RINGS. */
const RINGS_VERSION = 2;

type RequestBody = Omit<v1.ClientFrame.$Properties, 'id'>;

interface OutgoingRequest {
  readonly body: RequestBody;
  readonly resolve: (frame: ServerFrame) => void;
  readonly reject: (error: RingwireError) => void;
  /** Called as the reply is read, before frames after it in the same read are routed. */
  readonly onReply: ((frame: ServerFrame) => void) | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The frame's id once sent; 0 while it waits for a connection. */
  id: number;
}

/** A server the client may connect to. */
export interface Endpoint {
  /** `host:port` (or the URL), as errors and `onReconnect` name it. */
  readonly address: string;
  open(timeoutMs: number): Promise<ClientTransport>;
}

/** How a client connects, and what it does when a connection is lost. */
export interface ClientSettings {
  /** Tried in this order (after a loss, from the one after the server lost). */
  readonly endpoints: readonly Endpoint[];
  readonly timeoutMs: number;
  readonly name: string;
  readonly secret: Uint8Array | string | undefined;
  /** Undefined: a lost connection ends the client. */
  readonly reconnect: Required<ReconnectOptions> | undefined;
  readonly onDisconnect?: (error: RingwireError, server: string) => void;
  readonly onReconnect?: (server: string) => void;
}

/**
 * Connects to the first endpoint that answers and completes the handshake (connect() in
 * connect.ts or browser/index.ts). With one endpoint its failure is thrown as is; with
 * several, CONNECTION_FAILED names each one's.
 */
export async function openClient(settings: ClientSettings): Promise<Client> {
  const client = new Client(settings);
  await client.connectFirst();
  return client;
}

/**
 * A connection to a ringwire server, or to one of several. Create it with `connect()`.
 *
 * Requests may be issued without waiting for earlier ones: they are pipelined on the one
 * connection, and frames issued in the same tick leave in one write. A single reader routes
 * every frame the server sends: a reply to the request it answers, a push to its subscription
 * (by the subscription id the server puts in every push).
 *
 * A client that reconnects (`ConnectOptions.reconnect`) survives a lost connection: requests
 * in flight fail with CONNECTION_CLOSED (a write may or may not have been stored: nothing is
 * sent again), requests issued meanwhile wait for the next connection, and subscriptions are
 * made again from where they were.
 */
export class Client {
  readonly #settings: ClientSettings;
  readonly #timeoutMs: number;
  #transport: ClientTransport | undefined;
  #decoder: InputDecoder | undefined;
  /** The endpoint of #transport. */
  #endpointIndex = 0;
  /** The handshake on #transport is done, and it has not closed. */
  #ready = false;
  /** Why #transport ended or is ending, once known (an error frame, a bad frame, a socket error). */
  #dropReason: RingwireError | undefined;
  readonly #outbox = newClientFrameEncoder();
  /** Requests sent on #transport and not answered yet, by id. */
  readonly #pending = new Map<number, OutgoingRequest>();
  /** Requests issued while reconnecting: sent once connected again. */
  readonly #held: OutgoingRequest[] = [];
  #reconnecting = false;
  /** Ends the pause between two passes over the servers early (close()). */
  #endPause: (() => void) | undefined;
  #nextId = 1;
  #flushScheduled = false;
  #lastSentAt = 0;
  #serverInfo: ServerInfo | undefined;
  #keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  /** Open subscriptions by ring, the ones the server has not confirmed yet included. */
  readonly #subscriptionsByRing = new Map<string, Subscription>();
  /** Subscriptions confirmed on #transport, by the id the server gave them (0 from a version-1 server). */
  readonly #subscriptionsById = new Map<number, Subscription>();
  /** Subscriptions whose SUBSCRIBE is in flight (or waiting for a connection). */
  readonly #subscribing = new Map<Subscription, Promise<void>>();
  /** Subscriptions whose queue is full: the transport is paused while there is any. */
  #pausedSubscriptions = 0;
  #closedByUs = false;
  #finished = false;
  #finalReason: RingwireError | undefined;
  #resolveClosed!: (reason: RingwireError | undefined) => void;
  /**
   * Resolves when the client has ended: undefined after close(), or the reason (e.g.
   * SHUTTING_DOWN; CONNECTION_FAILED when a reconnecting client found no server).
   */
  readonly closed: Promise<RingwireError | undefined>;

  /** @internal use connect() */
  constructor(settings: ClientSettings) {
    this.#settings = settings;
    this.#timeoutMs = settings.timeoutMs;
    this.closed = new Promise((resolve) => (this.#resolveClosed = resolve));
  }

  /** What the server announced in its Welcome (the server connected to last). */
  get server(): ServerInfo {
    if (!this.#serverInfo)
      throw new RingwireError('HANDSHAKE_REQUIRED', 'the handshake is not done');
    return this.#serverInfo;
  }

  /** The server connected to (last): `host:port`, or the URL. */
  get address(): string {
    return this.#settings.endpoints[this.#endpointIndex].address;
  }

  /** Requests issued and not yet answered (those waiting for a reconnect included). */
  get pendingRequests(): number {
    return this.#pending.size + this.#held.length;
  }

  /** @internal Connects to the first endpoint that answers, trying each once. */
  async connectFirst(): Promise<void> {
    const failures = await this.#connectAny(0, 1);
    if (!failures) return;
    throw failures.size === 1 ? [...failures.values()][0] : noServerAnswered(failures);
  }

  /**
   * Tries the endpoints in order from `first`, around the list, for `rounds` passes with a
   * growing pause between passes. Resolves with undefined once connected, or with each
   * endpoint's last failure.
   */
  async #connectAny(
    first: number,
    rounds: number,
  ): Promise<Map<string, RingwireError> | undefined> {
    const { endpoints } = this.#settings;
    const failures = new Map<string, RingwireError>();
    for (let round = 0; round < rounds && !this.#finished; round++) {
      if (round > 0) await this.#pause(round);
      for (let i = 0; i < endpoints.length && !this.#finished; i++) {
        const index = (first + i) % endpoints.length;
        try {
          await this.#connectTo(index);
          return undefined;
        } catch (error) {
          failures.set(endpoints[index].address, asRingwireError(error));
        }
      }
    }
    return failures;
  }

  async #connectTo(index: number): Promise<void> {
    const transport = await this.#settings.endpoints[index].open(this.#timeoutMs);
    if (this.#finished) {
      transport.destroy();
      throw new RingwireError('CONNECTION_CLOSED', 'the client was closed');
    }
    this.#transport = transport;
    this.#endpointIndex = index;
    this.#ready = false;
    this.#dropReason = undefined;
    this.#decoder = transport.createDecoder(HANDSHAKE_MAX_FRAME_BYTES);
    transport.listen({
      data: (chunk) => this.#onData(chunk),
      close: (cause) => this.#onClose(transport, cause),
    });
    try {
      await this.#handshake();
    } catch (error) {
      transport.destroy();
      throw error;
    }
  }

  /** Before pass `round` (from 1): delayMs, doubled each pass, at most maxDelayMs. */
  #pause(round: number): Promise<void> {
    const { delayMs, maxDelayMs } = this.#settings.reconnect ?? DEFAULT_RECONNECT;
    const ms = Math.min(maxDelayMs, delayMs * 2 ** (round - 1));
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.#endPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /**
   * Sends the Hello, answers the server's challenge with the secret's proof, and checks the
   * Welcome: the version offered, and with a secret the server's own proof.
   */
  async #handshake(): Promise<void> {
    const { name: clientName, secret: given } = this.#settings;
    const secret = typeof given === 'string' ? Buffer.from(given) : given;
    const clientNonce = newNonce(CLIENT_NONCE_BYTES);
    let reply = await this.#handshakeRequest({
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
      reply = await this.#handshakeRequest({ auth: { clientProof: proof } });
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
    this.#decoder!.maxFrameBytes = this.#serverInfo.maxFrameBytes;
    this.#ready = true;
    this.#keepAlive(this.#serverInfo.idleTimeoutMs);
  }

  /** Pings when the connection has been quiet for a third of the server's idle timeout. */
  #keepAlive(idleTimeoutMs: number): void {
    clearInterval(this.#keepAliveTimer);
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
    const from = options.from ?? 'now';
    const request = this.#subscribeRequest(ring, from);
    if (this.#subscriptionsByRing.has(ring)) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        `already subscribed to ring ${ring}; unsubscribe first`,
      );
    }
    const subscription: Subscription = new Subscription(
      ring,
      from,
      {
        unsubscribe: () => this.#unsubscribe(subscription),
        setReading: (reading) => this.#countPaused(reading ? -1 : 1),
      },
      options.maxQueued ?? DEFAULT_MAX_QUEUED,
    );
    this.#subscriptionsByRing.set(ring, subscription);
    this.#startSubscription(subscription, request);
    return subscription;
  }

  /** A SUBSCRIBE; throws as subscribe() documents. */
  #subscribeRequest(ring: string, from: SubscribeFrom): v1.SubscribeRequest.$Properties {
    return { ...subscribeRequest(from), ...this.#ringField(ring) };
  }

  #startSubscription(subscription: Subscription, request: v1.SubscribeRequest.$Properties): void {
    // Registered as the reply is read: pushes right behind it in the same read are routed to it.
    const confirm = (reply: ServerFrame): void => {
      if (reply.body !== 'subscribe') return;
      this.#subscriptionsById.set(reply.subscribe.subscriptionId ?? 0, subscription);
      subscription.confirm(uint64ToBigInt(reply.subscribe.startSeq));
    };
    const started: Promise<void> = this.#request({ subscribe: request }, this.#timeoutMs, confirm)
      .then((reply) => void expectBody(reply, 'subscribe'))
      .catch((error: RingwireError) => {
        // Lost with its connection: the reconnect makes it again.
        if (error.code === 'CONNECTION_CLOSED' && this.#reconnecting) return;
        this.#forget(subscription);
        subscription.end(error);
      })
      .finally(() => {
        if (this.#subscribing.get(subscription) === started) this.#subscribing.delete(subscription);
      });
    this.#subscribing.set(subscription, started);
  }

  /** Makes every subscription again on a new connection, from where it was. */
  #resubscribe(): void {
    for (const subscription of this.#subscriptionsByRing.values()) {
      // One made while reconnecting has its SUBSCRIBE waiting already.
      if (this.#subscribing.has(subscription)) continue;
      try {
        const request = this.#subscribeRequest(subscription.ring, subscription.resumeFrom);
        this.#startSubscription(subscription, request);
      } catch (error) {
        // A named ring on a version-1 server.
        this.#forget(subscription);
        subscription.end(asRingwireError(error));
      }
    }
  }

  async #unsubscribe(subscription: Subscription): Promise<void> {
    // Not made again by a reconnect from now on.
    this.#forgetRing(subscription);
    await this.#subscribing.get(subscription);
    const id = this.#idOf(subscription);
    // Refused, or its connection is gone (and the subscription with it).
    if (id === undefined || !this.#usable) return;
    // Id 0 (a version-1 server's only subscription) is sent as an empty request.
    const unsubscribe = id ? { subscriptionId: id } : {};
    try {
      expectBody(await this.#request({ unsubscribe }), 'unsubscribe');
    } catch (error) {
      if (!(this.#reconnecting && asRingwireError(error).code === 'CONNECTION_CLOSED')) throw error;
    } finally {
      if (this.#subscriptionsById.get(id) === subscription) this.#subscriptionsById.delete(id);
    }
  }

  #idOf(subscription: Subscription): number | undefined {
    for (const [id, known] of this.#subscriptionsById) if (known === subscription) return id;
    return undefined;
  }

  #forgetRing(subscription: Subscription): void {
    if (this.#subscriptionsByRing.get(subscription.ring) === subscription)
      this.#subscriptionsByRing.delete(subscription.ring);
  }

  #forget(subscription: Subscription): void {
    this.#forgetRing(subscription);
    const id = this.#idOf(subscription);
    if (id !== undefined) this.#subscriptionsById.delete(id);
  }

  /** The transport reads while no subscription's queue is full. */
  #countPaused(change: 1 | -1): void {
    this.#pausedSubscriptions += change;
    if (this.#pausedSubscriptions === 0) this.#transport?.resume();
    else if (change === 1 && this.#pausedSubscriptions === 1) this.#transport?.pause();
  }

  /**
   * Closes the connection gracefully: requests already sent are still answered, then the
   * connection ends (a reconnect under way stops). Resolves when it has.
   */
  async close(): Promise<void> {
    this.#closedByUs = true;
    if (this.#ready) {
      this.#flush();
      this.#transport!.end();
    } else {
      this.#finish(undefined);
      this.#transport?.destroy();
    }
    await this.closed;
  }

  /** Connected, and the connection is not ending. */
  get #usable(): boolean {
    return this.#ready && !this.#dropReason && !this.#transport!.destroyed;
  }

  #request(
    body: RequestBody,
    timeoutMs: number = this.#timeoutMs,
    onReply?: (frame: ServerFrame) => void,
  ): Promise<ServerFrame> {
    const usable = this.#usable;
    if (this.#finished || this.#closedByUs || (!usable && !this.#settings.reconnect)) {
      return Promise.reject(
        this.#finalReason ??
          this.#dropReason ??
          new RingwireError('CONNECTION_CLOSED', 'the connection is closed'),
      );
    }
    // A lost connection is being replaced: the request waits for the next one.
    return this.#issue(body, timeoutMs, onReply, this.#reconnecting || !usable);
  }

  /** Hello and AuthResponse: sent at once, on the connection being set up. */
  #handshakeRequest(body: RequestBody): Promise<ServerFrame> {
    if (this.#transport!.destroyed) {
      return Promise.reject(
        this.#dropReason ?? new RingwireError('CONNECTION_CLOSED', 'the connection was closed'),
      );
    }
    return this.#issue(body, this.#timeoutMs, undefined, false);
  }

  /** Sends the request, or holds it until the next connection is ready. */
  #issue(
    body: RequestBody,
    timeoutMs: number,
    onReply: ((frame: ServerFrame) => void) | undefined,
    hold: boolean,
  ): Promise<ServerFrame> {
    return new Promise<ServerFrame>((resolve, reject) => {
      const request: OutgoingRequest = { body, resolve, reject, onReply, timer: undefined, id: 0 };
      if (timeoutMs > 0)
        request.timer = setTimeout(() => this.#expire(request, timeoutMs), timeoutMs);
      if (hold) this.#held.push(request);
      else this.#send(request);
    });
  }

  #expire(request: OutgoingRequest, timeoutMs: number): void {
    if (request.id) this.#pending.delete(request.id);
    else this.#held.splice(this.#held.indexOf(request), 1);
    request.reject(new RingwireError('TIMEOUT', `no reply within ${timeoutMs} ms`));
  }

  #send(request: OutgoingRequest): void {
    const id = this.#takeId();
    request.id = id;
    this.#pending.set(id, request);
    this.#outbox.add({ id, ...request.body });
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      queueMicrotask(() => this.#flush());
    }
  }

  #takeId(): number {
    let id = this.#nextId;
    while (this.#pending.has(id)) id = id === MAX_REQUEST_ID ? 1 : id + 1;
    this.#nextId = id === MAX_REQUEST_ID ? 1 : id + 1;
    return id;
  }

  #flush(): void {
    this.#flushScheduled = false;
    if (this.#outbox.count === 0 || !this.#transport || this.#transport.destroyed) return;
    this.#transport.write(this.#outbox.take());
    this.#lastSentAt = performance.now();
  }

  #onData(chunk: Buffer): void {
    try {
      this.#decoder!.push(chunk, (body) => this.#route(decodeServerFrame(body)));
    } catch (error) {
      this.#dropReason ??= this.#ready
        ? error instanceof RingwireError
          ? error
          : new RingwireError('PROTOCOL_VIOLATION', 'bad frame from server', { cause: error })
        : notRingwireServer(chunk, error);
      this.#transport!.destroy();
    }
  }

  #route(frame: ServerFrame): void {
    if (frame.id === 0) {
      // Sent by the server on its own: a push, or a stream-level error before it closes.
      if (frame.body === 'push') {
        this.#subscriptionsById.get(frame.push.subscriptionId ?? 0)?.deliver(toEvent(frame.push));
      } else if (frame.body === 'error') this.#dropReason ??= toRingwireError(frame.error);
      return;
    }
    const pending = this.#pending.get(frame.id);
    if (!pending) {
      // Before the Welcome only the handshake is in flight: a reply to anything else is noise.
      if (!this.#ready) throw new Error(`a reply to request ${frame.id}, never sent`);
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

  #onClose(transport: ClientTransport, cause: Error | undefined): void {
    if (transport !== this.#transport) return;
    if (cause) {
      this.#dropReason ??= new RingwireError(
        'CONNECTION_CLOSED',
        `connection lost: ${cause.message}`,
        { cause },
      );
    }
    const reason =
      this.#dropReason ?? new RingwireError('CONNECTION_CLOSED', 'the connection was closed');
    clearInterval(this.#keepAliveTimer);
    // Whatever was sent may or may not have taken effect: the caller decides what to retry.
    for (const request of this.#pending.values()) {
      clearTimeout(request.timer);
      request.reject(reason);
    }
    this.#pending.clear();
    this.#outbox.take();
    this.#subscriptionsById.clear();
    const wasReady = this.#ready;
    this.#ready = false;
    // A failed handshake is reported by #connectTo.
    if (!wasReady) return;
    if (this.#closedByUs) this.#finish(this.#dropReason);
    else if (this.#settings.reconnect) void this.#reconnect(reason);
    else this.#finish(reason);
  }

  /** After a lost connection: the next server that answers, then the subscriptions again. */
  async #reconnect(reason: RingwireError): Promise<void> {
    this.#reconnecting = true;
    this.#settings.onDisconnect?.(reason, this.address);
    const failures = await this.#connectAny(
      this.#endpointIndex + 1,
      Math.max(1, this.#settings.reconnect!.rounds),
    );
    if (this.#finished) return;
    if (failures) return this.#finish(noServerAnswered(failures));
    // Lost again already: the reconnect that loss started takes over.
    if (!this.#usable) return;
    this.#reconnecting = false;
    this.#resubscribe();
    for (const request of this.#held.splice(0)) this.#send(request);
    if (this.#pausedSubscriptions > 0) this.#transport!.pause();
    this.#settings.onReconnect?.(this.address);
  }

  /** The client is done: after close(), or for `reason`. */
  #finish(reason: RingwireError | undefined): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#finalReason = reason;
    this.#reconnecting = false;
    clearInterval(this.#keepAliveTimer);
    this.#endPause?.();
    const refusal = reason ?? new RingwireError('CONNECTION_CLOSED', 'the client was closed');
    for (const request of this.#held.splice(0)) {
      clearTimeout(request.timer);
      request.reject(refusal);
    }
    for (const subscription of this.#subscriptionsByRing.values()) subscription.end(reason);
    this.#resolveClosed(reason);
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

function asRingwireError(error: unknown): RingwireError {
  return error instanceof RingwireError
    ? error
    : new RingwireError('CONNECTION_FAILED', String(error), { cause: error });
}

/** Every server failed: each one's last failure. */
function noServerAnswered(failures: ReadonlyMap<string, RingwireError>): RingwireError {
  const each = [...failures].map(([address, { message, code }]) => {
    const where = message.includes(address) ? message : `${address}: ${message}`;
    return code === 'CONNECTION_FAILED' ? where : `${where} (${code})`;
  });
  return new RingwireError('CONNECTION_FAILED', `no server answered: ${each.join('; ')}`, {
    cause: new AggregateError([...failures.values()]),
  });
}
