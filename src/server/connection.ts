import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { RingwireError } from '../errors';
import {
  decodeClientFrame,
  newServerFrameEncoder,
  type ClientFrame,
  type v1,
} from '../protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import { FrameDecoder } from '../protocol/framing';
import type { StoredMessage } from '../ring/message-store';
import type { Ring } from '../ring/ring';
import {
  errorFrame,
  handleRequest,
  type BatchContext,
  type Session,
  type SessionHooks,
} from './dispatch';
import { acceptHello } from './handshake';
import type { Logger } from './logger';
import { maxPayloadBytes, type ServerOptions } from './options';
import { ConnectionReader } from './reader';
import type { RequestCounters, ServerStats } from './stats';
import { SERVER_VERSION } from './version';

export const ConnectionState = {
  AWAITING_HELLO: 'AWAITING_HELLO',
  READY: 'READY',
  CLOSING: 'CLOSING',
  CLOSED: 'CLOSED',
} as const;
export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];

/** Largest frame accepted before the handshake: a Hello needs a few hundred bytes. */
export const HELLO_MAX_FRAME_BYTES = 16 * 1024;
/** How long a closing connection waits for the peer to close before it is cut off. */
const CLOSE_GRACE_MS = 2000;

/** What a connection gets from its server. */
export interface ConnectionContext {
  readonly id: number;
  readonly ring: Ring;
  readonly options: Readonly<ServerOptions>;
  readonly logger: Logger;
  readonly counters: RequestCounters;
  /** Whether the connection wants to hear of ring changes (it subscribed or waits in a GET). */
  setInterest(connection: Connection, interested: boolean): void;
  serverStats(): ServerStats;
}

/**
 * One client connection: owns its socket, its state and every transition between states.
 *
 * Bytes are handled one read chunk at a time: all frames of a chunk are decoded, answered as
 * one batch under the ring's lock, and their replies leave in one write. Chunks that arrive
 * while a batch waits for the lock are queued, so replies keep the order of requests.
 * Pushes and late answers to waiting GETs come from the connection's reader.
 */
export class Connection {
  readonly #socket: Socket;
  readonly #context: ConnectionContext;
  readonly #decoder: FrameDecoder;
  readonly #out = newServerFrameEncoder();
  readonly #peer: string;
  readonly #queued: Buffer[] = [];
  #state: ConnectionState = ConnectionState.AWAITING_HELLO;
  #session: Session | undefined;
  #reader: ConnectionReader | undefined;
  #batchInFlight = false;
  #flushScheduled = false;
  #readingPaused = false;
  #peerEnded = false;
  #goingAway = false;
  #closeReason = 'closed by peer';
  #handshakeTimer: NodeJS.Timeout | undefined;
  #writeTimer: NodeJS.Timeout | undefined;
  #closeTimer: NodeJS.Timeout | undefined;
  readonly closed: Promise<void>;

  constructor(socket: Socket, context: ConnectionContext) {
    this.#socket = socket;
    this.#context = context;
    this.#peer = `${socket.remoteAddress}:${socket.remotePort}`;
    this.#decoder = new FrameDecoder(
      Math.min(HELLO_MAX_FRAME_BYTES, context.options.maxFrameBytes),
    );
    this.closed = new Promise((resolve) => socket.once('close', resolve));

    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('end', () => this.#onEnd());
    socket.on('drain', () => this.#onDrain());
    socket.on('error', (error) => {
      this.#closeReason = error.message;
    });
    socket.on('close', () => this.#onClose());

    const timeoutMs = context.options.handshakeTimeoutMs;
    this.#handshakeTimer = setTimeout(() => {
      this.#fail(new RingwireError('HANDSHAKE_REQUIRED', `no Hello within ${timeoutMs} ms`));
    }, timeoutMs).unref();
    this.#log(`open ${this.#peer}`);
  }

  get state(): ConnectionState {
    return this.#state;
  }

  get subscribed(): boolean {
    return this.#session?.subscribed ?? false;
  }

  /** Server shutdown: answer what has been received, send SHUTTING_DOWN, then close. */
  goAway(): void {
    this.#goingAway = true;
    this.#reader?.expireAll();
    this.#pump();
  }

  /** Cuts the connection off at once. */
  destroy(reason: string): void {
    this.#closeReason = reason;
    this.#socket.destroy();
  }

  /** The ring gained messages (called at most once per event-loop turn). */
  ringAppended(): void {
    this.#reader?.ringAppended();
  }

  /** Called under the ring's lock when a held message changed. */
  messageUpdated(message: StoredMessage): void {
    this.#reader?.messageUpdated(message);
  }

  messageDeleted(seq: number): void {
    this.#reader?.messageDeleted(seq);
  }

  #onData(chunk: Buffer): void {
    if (!this.#isOpen()) return;
    this.#queued.push(chunk);
    this.#pump();
  }

  #onEnd(): void {
    this.#peerEnded = true;
    this.#pump();
  }

  #onDrain(): void {
    clearTimeout(this.#writeTimer);
    this.#writeTimer = undefined;
    this.#reader?.writable();
    this.#updateReading();
  }

  /** Handles queued chunks until one needs the lock; closes when the work is done. */
  #pump(): void {
    while (!this.#batchInFlight && this.#queued.length > 0 && this.#isOpen()) {
      this.#handleChunk(this.#queued.shift() as Buffer);
    }
    if (!this.#batchInFlight && this.#queued.length === 0 && this.#isOpen()) {
      if (this.#goingAway && (this.#reader?.idle ?? true)) {
        this.#fail(new RingwireError('SHUTTING_DOWN', 'the server is shutting down'));
      } else if (this.#peerEnded && (this.#reader?.idle ?? true)) {
        this.#closeGracefully('closed by peer');
      }
    }
    this.#updateReading();
  }

  #handleChunk(chunk: Buffer): void {
    const batch: ClientFrame[] = [];
    let streamError: RingwireError | undefined;
    try {
      this.#decoder.push(chunk, (body) => {
        const frame = decodeClientFrame(body);
        if (this.#state === ConnectionState.AWAITING_HELLO) this.#handshake(frame);
        else batch.push(frame);
      });
    } catch (error) {
      streamError = asRingwireError(error);
    }
    if (batch.length === 0) {
      this.#finishChunk(streamError);
      return;
    }
    this.#batchInFlight = true;
    this.#context.ring
      .exclusive((ops) => {
        const context: BatchContext = {
          ops,
          session: this.#session as Session,
          hooks: this.#hooks,
          counters: this.#context.counters,
          nowMs: Date.now(),
          reply: (frame) => this.#out.add(frame),
          onInternalError: (error) => this.#logInternal(error),
        };
        for (const frame of batch) {
          if (this.#outputBytes > this.#context.options.maxOutputBytes) {
            streamError ??= this.#slowConsumer('output over max-output-bytes');
            return;
          }
          handleRequest(context, frame);
        }
      })
      .catch((error: unknown) => {
        this.#logInternal(error);
        streamError ??= new RingwireError('INTERNAL', 'internal error');
      })
      .finally(() => {
        this.#batchInFlight = false;
        this.#finishChunk(streamError);
        this.#pump();
      });
  }

  /** What requests may ask of this connection beyond the ring. */
  readonly #hooks: SessionHooks = {
    subscriptionChanged: () => this.#reader?.subscriptionChanged(),
    park: (get) => this.#reader?.park(get),
    serverStats: () => this.#context.serverStats(),
  };

  #finishChunk(streamError: RingwireError | undefined): void {
    if (streamError) this.#fail(streamError);
    else this.#flush();
  }

  #handshake(frame: ClientFrame): void {
    if (frame.body !== 'hello') {
      throw new RingwireError(
        'HANDSHAKE_REQUIRED',
        `the first frame must be a Hello, got ${frame.body ?? 'an empty frame'}`,
      );
    }
    const { options, ring } = this.#context;
    const version = acceptHello(frame.hello, {
      min: PROTOCOL_VERSION_MIN,
      max: PROTOCOL_VERSION_MAX,
    });
    const clientName = frame.hello.clientName ?? '';
    const sessionId = randomBytes(8).toString('hex');
    const session: Session = {
      clientName,
      maxFrameBytes: options.maxFrameBytes,
      maxPayloadBytes: maxPayloadBytes(options.maxFrameBytes),
      cursor: undefined,
      subscribed: false,
    };
    this.#session = session;
    this.#reader = new ConnectionReader(ring, session, {
      send: (pushed) => this.#send(pushed),
      isWriteBlocked: () => this.#socket.writableNeedDrain,
      isOpen: () => this.#isOpen(),
      setInterest: (interested) => this.#context.setInterest(this, interested),
      onInternalError: (error) => this.#logInternal(error),
    });
    this.#state = ConnectionState.READY;
    clearTimeout(this.#handshakeTimer);
    this.#decoder.maxFrameBytes = options.maxFrameBytes;
    this.#out.add({
      id: frame.id,
      welcome: {
        version,
        serverName: options.serverName,
        serverVersion: SERVER_VERSION,
        sessionId,
        maxFrameBytes: options.maxFrameBytes,
        maxPayloadBytes: session.maxPayloadBytes,
        ringCapacity: ring.capacity,
        nextSeq: ring.nextSeq,
      },
    });
    this.#log(
      `hello ${this.#peer} name=${JSON.stringify(clientName)} v${version} session=${sessionId}`,
    );
  }

  /** Queues a frame sent outside a request batch (a push, a late GET answer) for this turn's write. */
  #send(frame: v1.ServerFrame.$Properties): void {
    this.#out.add(frame);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      if (!this.#isOpen()) return;
      this.#flush();
      this.#pump();
    });
  }

  get #outputBytes(): number {
    return this.#out.byteLength + this.#socket.writableLength;
  }

  /**
   * Writes what is queued. A client that lets unread output pile up past max-output-bytes,
   * or stay blocked for write-timeout-ms, is a slow consumer and gets cut off.
   */
  #flush(): void {
    if (this.#out.count === 0) return;
    this.#socket.write(this.#out.take());
    const { maxOutputBytes, writeTimeoutMs } = this.#context.options;
    if (this.#socket.writableLength > maxOutputBytes) {
      this.#fail(this.#slowConsumer('output over max-output-bytes'));
    } else if (this.#socket.writableNeedDrain && !this.#writeTimer) {
      this.#writeTimer = setTimeout(
        () => this.#fail(this.#slowConsumer(`output blocked for ${writeTimeoutMs} ms`)),
        writeTimeoutMs,
      ).unref();
    }
  }

  #slowConsumer(why: string): RingwireError {
    return new RingwireError('SLOW_CONSUMER', `the client does not read its replies: ${why}`);
  }

  /** Stream-level failure: answer with an error frame (id 0), then close. */
  #fail(error: RingwireError): void {
    if (!this.#isOpen()) return;
    const line = `error ${this.#peer} ${error.code}: ${error.message}`;
    if (error.code === 'INTERNAL') this.#context.logger.error(`#${this.#context.id} ${line}`);
    else this.#log(line);
    this.#out.add(errorFrame(0, error));
    this.#socket.write(this.#out.take());
    this.#closeGracefully(`${error.code}: ${error.message}`);
  }

  /**
   * Sends FIN after what is already written and waits briefly for the peer's own close, still
   * reading (and dropping) what it sends: closing with unread input would reset the connection
   * and could destroy the error frame just written.
   */
  #closeGracefully(reason: string): void {
    if (!this.#isOpen()) return;
    this.#state = ConnectionState.CLOSING;
    this.#closeReason = reason;
    clearTimeout(this.#handshakeTimer);
    clearTimeout(this.#writeTimer);
    this.#queued.length = 0;
    this.#reader?.close();
    this.#socket.end();
    this.#closeTimer = setTimeout(() => this.#socket.destroy(), CLOSE_GRACE_MS).unref();
    this.#updateReading();
  }

  #onClose(): void {
    this.#state = ConnectionState.CLOSED;
    clearTimeout(this.#handshakeTimer);
    clearTimeout(this.#writeTimer);
    clearTimeout(this.#closeTimer);
    this.#reader?.close();
    const name = this.#session ? ` name=${JSON.stringify(this.#session.clientName)}` : '';
    this.#log(`close ${this.#peer}${name} reason=${JSON.stringify(this.#closeReason)}`);
  }

  /**
   * Backpressure: stop reading while the client does not read its replies, or while chunks
   * wait behind a batch that waits for the lock. A closing connection keeps reading to drain.
   */
  #updateReading(): void {
    const pause =
      this.#isOpen() &&
      (this.#socket.writableNeedDrain || (this.#batchInFlight && this.#queued.length > 0));
    if (pause === this.#readingPaused) return;
    this.#readingPaused = pause;
    if (pause) this.#socket.pause();
    else this.#socket.resume();
  }

  #isOpen(): boolean {
    return this.#state === ConnectionState.AWAITING_HELLO || this.#state === ConnectionState.READY;
  }

  #log(line: string): void {
    this.#context.logger.connection(`#${this.#context.id} ${line}`);
  }

  #logInternal(error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.#context.logger.error(`#${this.#context.id} internal error: ${detail}`);
  }
}

function asRingwireError(error: unknown): RingwireError {
  if (error instanceof RingwireError) return error;
  return new RingwireError('INTERNAL', 'internal error', { cause: error });
}
