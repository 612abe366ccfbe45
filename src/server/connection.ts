import { randomBytes } from 'node:crypto';
import type { Socket } from 'node:net';
import { RingwireError } from '../errors';
import { decodeClientFrame, newServerFrameEncoder, type ClientFrame } from '../protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import { FrameDecoder } from '../protocol/framing';
import type { LockedStore } from '../ring/locked-store';
import { errorFrame, handleRequest, type BatchContext, type Session } from './dispatch';
import { acceptHello } from './handshake';
import type { Logger } from './logger';
import { maxPayloadBytes, type ServerOptions } from './options';
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

export interface ConnectionContext {
  readonly id: number;
  readonly store: LockedStore;
  readonly options: Readonly<ServerOptions>;
  readonly logger: Logger;
}

/**
 * One client connection: owns its socket, its state and every transition between states.
 *
 * Bytes are handled one read chunk at a time: all frames of a chunk are decoded, answered as
 * one batch under the store's lock, and their replies leave in one write. Chunks that arrive
 * while a batch waits for the lock are queued, so replies keep the order of requests.
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
  #batchInFlight = false;
  #readingPaused = false;
  #peerEnded = false;
  #goingAway = false;
  #closeReason = 'closed by peer';
  #handshakeTimer: NodeJS.Timeout | undefined;
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
    socket.on('drain', () => this.#updateReading());
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

  /** Server shutdown: answer what has been received, send SHUTTING_DOWN, then close. */
  goAway(): void {
    this.#goingAway = true;
    this.#pump();
  }

  /** Cuts the connection off at once. */
  destroy(reason: string): void {
    this.#closeReason = reason;
    this.#socket.destroy();
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

  /** Handles queued chunks until one needs the lock; closes when the work is done. */
  #pump(): void {
    while (!this.#batchInFlight && this.#queued.length > 0 && this.#isOpen()) {
      this.#handleChunk(this.#queued.shift() as Buffer);
    }
    if (!this.#batchInFlight && this.#queued.length === 0 && this.#isOpen()) {
      if (this.#goingAway) {
        this.#fail(new RingwireError('SHUTTING_DOWN', 'the server is shutting down'));
      } else if (this.#peerEnded) {
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
    this.#context.store
      .exclusive((store) => {
        const context: BatchContext = {
          store,
          session: this.#session as Session,
          nowMs: Date.now(),
          reply: (frame) => this.#out.add(frame),
          onInternalError: (error) => this.#logInternal(error),
        };
        for (const frame of batch) handleRequest(context, frame);
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
    const { options } = this.#context;
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
    };
    this.#session = session;
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
        ringCapacity: this.#context.store.capacity,
        nextSeq: this.#context.store.nextSeq,
      },
    });
    this.#log(
      `hello ${this.#peer} name=${JSON.stringify(clientName)} v${version} session=${sessionId}`,
    );
  }

  #flush(): void {
    if (this.#out.count === 0) return;
    this.#socket.write(this.#out.take());
  }

  /** Stream-level failure: answer with an error frame (id 0), then close. */
  #fail(error: RingwireError): void {
    if (!this.#isOpen()) return;
    const line = `error ${this.#peer} ${error.code}: ${error.message}`;
    if (error.code === 'INTERNAL') this.#context.logger.error(`#${this.#context.id} ${line}`);
    else this.#log(line);
    this.#out.add(errorFrame(0, error));
    this.#flush();
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
    this.#queued.length = 0;
    this.#socket.end();
    this.#closeTimer = setTimeout(() => this.#socket.destroy(), CLOSE_GRACE_MS).unref();
    this.#updateReading();
  }

  #onClose(): void {
    this.#state = ConnectionState.CLOSED;
    clearTimeout(this.#handshakeTimer);
    clearTimeout(this.#closeTimer);
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
