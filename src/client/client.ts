import { connect as netConnect, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { RingwireError, errorCodeFromWire } from '../errors';
import {
  decodeServerFrame,
  newClientFrameEncoder,
  type ServerFrame,
  type v1,
} from '../protocol/codec';
import { DEFAULT_PORT, PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import { FrameDecoder } from '../protocol/framing';
import { bigIntToUint64, uint64ToBigInt, uint64ToNumber } from '../protocol/uint64';

export interface ConnectOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 7878. */
  port?: number;
  /** Recorded as the sender of every message this client stores. Default `<hostname>:<pid>`. */
  name?: string;
  /**
   * Milliseconds allowed for connecting and the handshake, and the default for each request.
   * 0 waits forever. Default 10000.
   */
  timeoutMs?: number;
}

/** What the server said about itself and this connection in its Welcome. */
export interface ServerInfo {
  readonly protocolVersion: number;
  readonly serverName: string;
  readonly serverVersion: string;
  readonly sessionId: string;
  readonly maxFrameBytes: number;
  readonly maxPayloadBytes: number;
  readonly ringCapacity: number;
  /** The seq the next stored message gets, as of the handshake. */
  readonly nextSeq: bigint;
}

/** A stored message as read back. */
export interface Message {
  readonly seq: bigint;
  /** Server time it was stored, in milliseconds since the Unix epoch. */
  readonly timestampMs: number;
  /** Name of the client that stored it. */
  readonly sender: string;
  readonly payload: Buffer;
}

export interface RequestOptions {
  /** Overrides the client's timeout for this request; 0 waits forever. */
  timeoutMs?: number;
}

export interface GetOptions extends RequestOptions {
  /** How many messages (default 1; the server caps it at its ring capacity). */
  count?: number;
  /** Read the messages after this seq instead of the latest ones. */
  afterSeq?: bigint | number;
}

export interface GetResult {
  /** Oldest first. */
  readonly messages: Message[];
  /** With afterSeq: messages after it that were already overwritten. */
  readonly lost: bigint;
  /** The oldest seq the server still holds (0n when it holds none). */
  readonly oldestSeq: bigint;
  /** The first seq not covered: pass `nextSeq - 1n` as afterSeq to continue without gaps. */
  readonly nextSeq: bigint;
  /** True when the server returned fewer messages than asked because more would not fit one frame. */
  readonly truncated: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;
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
 * Rejects with a RingwireError: CONNECTION_FAILED (cause: the socket error), TIMEOUT, or the
 * server's refusal (e.g. UNSUPPORTED_VERSION).
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? DEFAULT_PORT;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const socket = await openSocket(host, port, timeoutMs);
  const client = new Client(socket, timeoutMs);
  await client.handshake(options.name ?? `${hostname()}:${process.pid}`);
  return client;
}

function openSocket(host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port });
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            socket.destroy();
            reject(
              new RingwireError(
                'TIMEOUT',
                `connecting to ${host}:${port} took over ${timeoutMs} ms`,
              ),
            );
          }, timeoutMs)
        : undefined;
    socket.once('error', (cause) => {
      clearTimeout(timer);
      reject(
        new RingwireError(
          'CONNECTION_FAILED',
          `cannot connect to ${host}:${port}: ${cause.message}`,
          { cause },
        ),
      );
    });
    socket.once('connect', () => {
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
 * every frame the server sends to the request it answers.
 */
export class Client {
  readonly #socket: Socket;
  readonly #timeoutMs: number;
  readonly #decoder = new FrameDecoder(HANDSHAKE_MAX_FRAME_BYTES);
  readonly #outbox = newClientFrameEncoder();
  readonly #pending = new Map<number, PendingRequest>();
  #nextId = 1;
  #flushScheduled = false;
  #serverInfo: ServerInfo | undefined;
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

  /** @internal sends the Hello and waits for the Welcome. */
  async handshake(name: string): Promise<void> {
    let reply: ServerFrame;
    try {
      reply = await this.#request({
        hello: {
          minVersion: PROTOCOL_VERSION_MIN,
          maxVersion: PROTOCOL_VERSION_MAX,
          clientName: name,
        },
      });
    } catch (error) {
      this.#socket.destroy();
      throw error;
    }
    const welcome = expectBody(reply, 'welcome');
    this.#serverInfo = {
      protocolVersion: welcome.version ?? 0,
      serverName: welcome.serverName ?? '',
      serverVersion: welcome.serverVersion ?? '',
      sessionId: welcome.sessionId ?? '',
      maxFrameBytes: welcome.maxFrameBytes ?? 0,
      maxPayloadBytes: welcome.maxPayloadBytes ?? 0,
      ringCapacity: welcome.ringCapacity ?? 0,
      nextSeq: uint64ToBigInt(welcome.nextSeq),
    };
    this.#decoder.maxFrameBytes = this.#serverInfo.maxFrameBytes;
  }

  /** Stores one message (a string is sent as UTF-8) and resolves with the seq it was given. */
  async set(payload: Uint8Array | string, options: RequestOptions = {}): Promise<bigint> {
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const reply = await this.#request({ set: { payload: bytes } }, options.timeoutMs);
    return uint64ToBigInt(expectBody(reply, 'set').seq);
  }

  /**
   * Reads the latest `count` messages, or with `afterSeq` up to `count` messages after it.
   * Check `lost` when reading after a seq: it counts messages overwritten before you got them.
   */
  async get(options: GetOptions = {}): Promise<GetResult> {
    const request: v1.GetRequest.$Properties = { count: options.count ?? 1 };
    if (options.afterSeq !== undefined) request.afterSeq = bigIntToUint64(BigInt(options.afterSeq));
    const reply = expectBody(await this.#request({ get: request }, options.timeoutMs), 'get');
    return {
      messages: (reply.messages ?? []).map((m) => ({
        seq: uint64ToBigInt(m.seq),
        timestampMs: uint64ToNumber(m.timestampMs),
        sender: m.sender ?? '',
        // A copy: the decoded bytes are a view into a read buffer that gets reused.
        payload: Buffer.from(m.payload ?? EMPTY),
      })),
      lost: uint64ToBigInt(reply.lost),
      oldestSeq: uint64ToBigInt(reply.oldestSeq),
      nextSeq: uint64ToBigInt(reply.nextSeq),
      truncated: reply.truncated ?? false,
    };
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
    if (this.#outbox.count > 0 && !this.#socket.destroyed) this.#socket.write(this.#outbox.take());
  }

  #onData(chunk: Buffer): void {
    try {
      this.#decoder.push(chunk, (body) => this.#route(decodeServerFrame(body)));
    } catch (error) {
      this.#closeReason ??=
        error instanceof RingwireError
          ? error
          : new RingwireError('PROTOCOL_VIOLATION', 'bad frame from server', { cause: error });
      this.#socket.destroy();
    }
  }

  #route(frame: ServerFrame): void {
    if (frame.id === 0) {
      // Sent by the server on its own: a stream-level error or a shutdown notice; it closes next.
      if (frame.body === 'error') this.#closeReason ??= toRingwireError(frame.error);
      return;
    }
    const pending = this.#pending.get(frame.id);
    if (!pending) return; // answered after its timeout
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
    return this.#closedByUs && !this.#closeReason ? undefined : reason;
  }
}

type BodyOf<K extends keyof v1.ServerFrame.$Properties> = NonNullable<
  v1.ServerFrame.$Properties[K]
>;

function expectBody<K extends 'welcome' | 'set' | 'get'>(frame: ServerFrame, body: K): BodyOf<K> {
  if (frame.body !== body) {
    throw new RingwireError(
      'PROTOCOL_VIOLATION',
      `expected a ${body} reply, got ${frame.body ?? 'an empty frame'}`,
    );
  }
  return frame[body] as BodyOf<K>;
}

function toRingwireError(error: v1.Error.$Properties | null | undefined): RingwireError {
  return new RingwireError(errorCodeFromWire(error?.code ?? 0), error?.message ?? 'unknown error');
}

const EMPTY = new Uint8Array(0);
