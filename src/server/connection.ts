import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { emptyArray } from '../arrays';
import { RingwireError } from '../errors';
import { decodeClientFrame, detachClientFrame, type ClientFrame } from '../protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import { FrameDecoder } from '../protocol/framing';
import { ServerFrameEncoder } from '../protocol/server-frame-encoder';
import { Ring } from '../ring/ring';
import type { RingRegistry } from '../ring/ring-registry';
import type { AuthThrottle } from './auth-throttle';
import {
  errorFrame,
  handleRequest,
  ringOf,
  type BatchContext,
  type RingListing,
  type Session,
  type SessionHooks,
} from './dispatch';
import { ServerHandshake, type HandshakeOutcome } from './handshake';
import type { LogFields, Logger, LogLevel } from './logger';
import { maxPayloadBytes, type ServerOptions } from './options';
import { RingReader, type ReaderPort } from './reader';
import { SettlingReplies } from './settling-replies';
import { HTTP_BAD_REQUEST, sniffForeignProtocol, TLS_HANDSHAKE_FAILURE_ALERT } from './sniff';
import type { ServerCounters, ServerStats } from './stats';
import type { Transport } from './transport';
import { SERVER_VERSION } from './version';

export const ConnectionState = {
  AWAITING_HELLO: 'AWAITING_HELLO',
  /** Challenged: waiting for the AuthResponse. */
  AWAITING_AUTH: 'AWAITING_AUTH',
  READY: 'READY',
  CLOSING: 'CLOSING',
  CLOSED: 'CLOSED',
} as const;
export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];

/** Largest frame accepted before the handshake: a Hello needs a few hundred bytes. */
export const HELLO_MAX_FRAME_BYTES = 16 * 1024;
/** How long a closing connection waits for the peer to close before it is cut off. */
const CLOSE_GRACE_MS = 2000;
/**
 * Input one connection may hand the server before it lets the event loop turn: Node reads up
 * to 32 chunks of 64 KiB from one socket in a row, which for a flood of small requests is
 * hundreds of milliseconds of work that would delay every other connection.
 */
const READ_SLICE_BYTES = 64 * 1024;

/** What a connection gets from its server. */
export interface ConnectionContext {
  readonly id: number;
  readonly rings: RingRegistry;
  readonly options: Readonly<ServerOptions>;
  readonly logger: Logger;
  readonly counters: ServerCounters;
  readonly throttle: AuthThrottle;
  /** Frees the connection's place under the connection limits; called once it stops serving. */
  release(): void;
  /** Whether a reader wants to hear of its ring's changes (it subscribed or waits in a GET). */
  setInterest(reader: RingReader, interested: boolean): void;
  serverStats(): ServerStats;
  ringsAfter(afterName: string): Iterable<RingListing>;
}

/**
 * One client connection: owns its transport (a TCP or TLS socket, or a WebSocket), its state
 * and every transition between states.
 *
 * Input is handled one read chunk (or WebSocket message) at a time: all frames of a chunk are
 * decoded, answered as one batch under the locks of the rings they name, and their replies
 * leave in one write. Chunks that arrive while a batch waits for a lock are queued, so
 * replies keep the order of requests. A batch answered but waiting for its writes to settle
 * (see SettlingReplies) holds back its replies, not the batches after it. Pushes and late
 * answers to waiting GETs come from the connection's reader of each ring.
 */
export class Connection {
  readonly #transport: Transport;
  readonly #context: ConnectionContext;
  readonly #decoder: FrameDecoder;
  /** Where replies and pushes go; a batch whose writes settle later keeps the one it had. */
  #out = new ServerFrameEncoder();
  readonly #settling = new SettlingReplies();
  readonly #peer: string;
  readonly #queued: Buffer[] = [];
  #state: ConnectionState = ConnectionState.AWAITING_HELLO;
  readonly #handshake: ServerHandshake;
  #session: Session | undefined;
  /** One per ring this connection holds a cursor, a subscription or a waiting GET on. */
  readonly #readers = new Map<Ring, RingReader>();
  #readerPort: ReaderPort | undefined;
  /** Per batch, reused: its requests, and the ring (or the error) of each. */
  readonly #batch: ClientFrame[] = [];
  readonly #targets: (Ring | RingwireError | undefined)[] = [];
  #batchStartedAt = 0;
  /** Set when the chunk being handled ended a frame. */
  #framesEnded = false;
  /** A byte stream's first chunk may show another protocol (see #answerForeignProtocol). */
  #firstChunk: boolean;
  #batchInFlight = false;
  /** Set when the batch being handled was answered at once (its locks were free). */
  #batchRan = false;
  #flushScheduled = false;
  readonly #write = (frames: Buffer): boolean => this.#transport.write(frames);
  #readingPaused = false;
  /** Input received since this connection last yielded to the event loop. */
  #sliceBytes = 0;
  #yielding = false;
  #peerEnded = false;
  #goingAway = false;
  #closeReason = 'closed by peer';
  readonly #openedAt = performance.now();
  /** Requests answered, for the close event. */
  #requests = 0;
  #handshakeTimer: NodeJS.Timeout | undefined;
  #challengeTimer: NodeJS.Timeout | undefined;
  #frameTimer: NodeJS.Timeout | undefined;
  #idleTimer: NodeJS.Timeout | undefined;
  #writeTimer: NodeJS.Timeout | undefined;
  #closeTimer: NodeJS.Timeout | undefined;
  readonly closed: Promise<void>;

  constructor(transport: Transport, context: ConnectionContext) {
    this.#transport = transport;
    this.#firstChunk = transport.isByteStream;
    this.#context = context;
    this.#peer = `${transport.remoteAddress}:${transport.remotePort}`;
    this.#decoder = new FrameDecoder(
      Math.min(HELLO_MAX_FRAME_BYTES, context.options.maxFrameBytes),
    );
    let onClosed: () => void = () => {};
    this.closed = new Promise((resolve) => (onClosed = resolve));
    this.#handshake = new ServerHandshake({
      supported: { min: PROTOCOL_VERSION_MIN, max: PROTOCOL_VERSION_MAX },
      secret: context.options.secret,
      throttle: context.throttle,
      peerAddress: transport.remoteAddress,
    });

    transport.listen({
      data: (chunk) => this.#onData(chunk),
      lent: (input, length) => this.#onLent(input, length),
      end: () => this.#onEnd(),
      drain: () => this.#onDrain(),
      streamError: (error) => this.#fail(error),
      close: (error) => {
        if (error) this.#closeReason = error.message;
        this.#onClose();
        onClosed();
      },
    });

    const timeoutMs = context.options.handshakeTimeoutMs;
    this.#handshakeTimer = setTimeout(() => {
      this.#fail(new RingwireError('HANDSHAKE_REQUIRED', `no handshake within ${timeoutMs} ms`));
    }, timeoutMs).unref();
    this.#log(`open ${this.#peer}`, { event: 'open' });
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** Server shutdown: answer what has been received, send SHUTTING_DOWN, then close. */
  goAway(): void {
    this.#goingAway = true;
    for (const reader of this.#readers.values()) reader.expireAll();
    this.#pump();
  }

  /** Cuts the connection off at once. */
  destroy(reason: string): void {
    this.#closeReason = reason;
    this.#transport.destroy();
  }

  #onData(chunk: Buffer): void {
    if (!this.#isOpen()) return;
    if (this.#firstChunk) {
      this.#firstChunk = false;
      if (this.#answerForeignProtocol(chunk)) return;
    }
    this.#noteInput(chunk.length);
    this.#queued.push(chunk);
    this.#pump();
  }

  /**
   * A read lent by the transport (TransportEvents.lent): handled in place when the connection
   * is ready and nothing waits before it, as almost every read is; otherwise copied, since it
   * waits in the queue or goes to the handshake.
   */
  #onLent(input: Buffer, length: number): void {
    if (!this.#isOpen()) return;
    if (this.#state !== ConnectionState.READY || this.#holdingInput() || this.#queued.length > 0) {
      this.#onData(Buffer.from(input.subarray(0, length)));
      return;
    }
    this.#noteInput(length);
    this.#handleChunk(input, length, true);
    this.#pump();
  }

  /** Input restarts the idle timer; a connection that has read its slice yields to others. */
  #noteInput(bytes: number): void {
    this.#idleTimer?.refresh();
    this.#sliceBytes += bytes;
    if (this.#sliceBytes >= READ_SLICE_BYTES) this.#yieldReading();
  }

  /** Stops reading until the event loop has turned, so that other connections get theirs. */
  #yieldReading(): void {
    this.#sliceBytes = 0;
    this.#yielding = true;
    setImmediate(() => {
      this.#yielding = false;
      this.#updateReading();
    });
  }

  /** A TLS or HTTP client on this plain port is answered in its own protocol, then closed. */
  #answerForeignProtocol(chunk: Buffer): boolean {
    const foreign = sniffForeignProtocol(chunk);
    if (!foreign) return false;
    const why = foreign === 'tls' ? 'a TLS client on a plain port' : 'an HTTP request';
    this.#log(`refused ${this.#peer}: ${why}`, { event: 'refused', reason: why });
    this.#transport.write(foreign === 'tls' ? TLS_HANDSHAKE_FAILURE_ALERT : HTTP_BAD_REQUEST);
    this.#closeGracefully(why);
    return true;
  }

  #onEnd(): void {
    this.#peerEnded = true;
    this.#pump();
  }

  #onDrain(): void {
    clearTimeout(this.#writeTimer);
    this.#writeTimer = undefined;
    for (const reader of this.#readers.values()) reader.writable();
    this.#updateReading();
  }

  /** Handles queued chunks until one needs the lock; closes when the work is done. */
  #pump(): void {
    while (!this.#holdingInput() && this.#queued.length > 0 && this.#isOpen()) {
      this.#handleChunk(this.#queued.shift() as Buffer);
    }
    if (
      !this.#batchInFlight &&
      this.#settling.length === 0 &&
      this.#queued.length === 0 &&
      this.#isOpen()
    ) {
      if (this.#goingAway && this.#readersIdle) {
        this.#fail(new RingwireError('SHUTTING_DOWN', 'the server is shutting down'));
      } else if (this.#peerEnded && this.#readersIdle) {
        this.#closeGracefully('closed by peer');
      }
    }
    this.#updateReading();
  }

  /** Handles `chunk[0, length)`; `lent`: its memory is reused once this returns. */
  #handleChunk(chunk: Buffer, length = chunk.length, lent = false): void {
    // The batch's latency runs from here to its replies being queued (see #answerBatch).
    if (this.#context.counters.timesRequests) this.#batchStartedAt = performance.now();
    const batch = this.#batch;
    emptyArray(batch);
    let streamError: RingwireError | undefined;
    this.#framesEnded = false;
    try {
      this.#decoder.pushRanges(chunk, this.#onFrame, length);
    } catch (error) {
      streamError = asRingwireError(error);
    }
    this.#watchFrameDeadline(this.#framesEnded);
    if (batch.length === 0) {
      this.#finishChunk(streamError);
      return;
    }
    let answered: RingwireError | undefined | Promise<RingwireError | undefined>;
    this.#batchRan = false;
    try {
      answered = this.#answerLocked(batch);
    } catch (error) {
      answered = this.#internalFailure(error);
    }
    // Once answered, the batch's frames are let go: an idle connection keeps no chunk alive.
    if (!(answered instanceof Promise)) {
      emptyArray(batch);
      this.#finishChunk(streamError ?? answered);
      return;
    }
    if (this.#batchRan && !streamError) {
      emptyArray(batch);
      this.#holdUntilSettled(answered, length);
      return;
    }
    // The batch waits for a lock: its frames outlive the read they came in.
    if (lent) for (const frame of batch) detachClientFrame(frame);
    this.#awaitAnswer(answered, streamError);
  }

  /** Chunks wait: a batch waits for a lock, or too many wait for their writes. */
  #holdingInput(): boolean {
    return this.#batchInFlight || this.#settling.full;
  }

  /**
   * The batch is answered, but its writes settle later and may still change its replies:
   * they are held back, in order, while later chunks are handled (a pipelining client keeps
   * its writes in flight, as it would talking to the store itself).
   */
  #holdUntilSettled(answered: Promise<RingwireError | undefined>, inputBytes: number): void {
    const { next, settle } = this.#settling.hold(this.#out, inputBytes);
    this.#out = next;
    void answered
      .catch((error: unknown) => this.#internalFailure(error))
      .then((failure) => {
        settle(failure);
        if (!this.#isOpen()) return;
        this.#flush();
        this.#pump();
      });
  }

  /**
   * Another step holds a lock the batch needs, or its durable commit is under way: chunks
   * queue behind it until it is answered.
   */
  #awaitAnswer(
    answered: Promise<RingwireError | undefined>,
    streamError: RingwireError | undefined,
  ): void {
    this.#batchInFlight = true;
    void answered
      .catch((error: unknown) => this.#internalFailure(error))
      .then((error) => {
        this.#batchInFlight = false;
        emptyArray(this.#batch);
        this.#finishChunk(streamError ?? error);
        this.#pump();
      });
  }

  /**
   * Finds each request's ring, then answers the batch holding the locks of the rings it
   * names: the common batch of one ring as before, several in their one order.
   */
  #answerLocked(
    batch: readonly ClientFrame[],
  ): RingwireError | undefined | Promise<RingwireError | undefined> {
    const targets = this.#targets;
    emptyArray(targets);
    let first: Ring | undefined;
    let several = false;
    for (const frame of batch) {
      const target = ringOf(this.#context.rings, frame);
      targets.push(target);
      if (!(target instanceof Ring)) continue;
      first ??= target;
      several ||= target !== first;
    }
    const answer = this.#answerBatch;
    if (!first) return answer();
    if (!several) return first.exclusiveSync(answer);
    return Ring.exclusiveAll(
      targets.filter((t): t is Ring => t instanceof Ring),
      answer,
    );
  }

  /**
   * Answers the batch being handled (#batch, #targets) under its rings' locks; a stream error
   * when the output passes its cap. One function for every batch: no other batch of this
   * connection starts before this one is answered (see #pump).
   */
  readonly #answerBatch = (): RingwireError | undefined => {
    const batch = this.#batch;
    const targets = this.#targets;
    const context: BatchContext = {
      session: this.#session as Session,
      hooks: this.#hooks,
      counters: this.#context.counters,
      nowMs: Date.now(),
      out: this.#out,
      onInternalError: this.#onInternalError,
    };
    this.#batchRan = true;
    for (let i = 0; i < batch.length; i++) {
      if (this.#outputBytes() > this.#context.options.maxOutputBytes) {
        return this.#slowConsumer('output over max-output-bytes');
      }
      handleRequest(context, batch[i], targets[i]);
    }
    this.#requests += batch.length;
    if (context.counters.timesRequests) {
      context.counters.batchAnswered(batch, (performance.now() - this.#batchStartedAt) / 1000);
    }
    return undefined;
  };

  readonly #onInternalError = (error: unknown): void => this.#logInternal(error);

  /** Each frame of the chunk being handled: into the batch, or a step of the handshake. */
  readonly #onFrame = (source: Buffer, start: number, end: number): void => {
    this.#framesEnded = true;
    if (!this.#isOpen()) return;
    const frame = decodeClientFrame(source, start, end);
    if (this.#state === ConnectionState.READY) this.#batch.push(frame);
    else this.#handshakeStep(this.#handshake.step(frame));
  };

  #internalFailure(error: unknown): RingwireError {
    this.#logInternal(error);
    return new RingwireError('INTERNAL', 'internal error');
  }

  /** What requests may ask of this connection beyond the ring. */
  readonly #hooks: SessionHooks = {
    readerOf: (ring) => this.#readerOf(ring),
    canPark: () => {
      const parked = this.#readerPort?.parked;
      return parked !== undefined && parked.count < parked.max;
    },
    serverStats: () => this.#context.serverStats(),
    ringsAfter: (afterName) => this.#context.ringsAfter(afterName),
  };

  #readerOf(ring: Ring): RingReader {
    let reader = this.#readers.get(ring);
    if (reader) return reader;
    const max = this.#context.options.maxRingsPerConnection;
    if (this.#readers.size >= max) {
      throw new RingwireError(
        'RING_LIMIT',
        `this connection already reads ${max} rings (cursors, subscriptions or waiting GETs), the server's limit`,
      );
    }
    reader = new RingReader(ring, this.#session as Session, this.#readerPort as ReaderPort);
    this.#readers.set(ring, reader);
    return reader;
  }

  /** No reader has a GET waiting or a step under way. */
  get #readersIdle(): boolean {
    for (const reader of this.#readers.values()) if (!reader.idle) return false;
    return true;
  }

  #finishChunk(streamError: RingwireError | undefined): void {
    if (streamError) this.#fail(streamError);
    else this.#flush();
  }

  /**
   * After the handshake, a frame whose first bytes arrived must be complete within
   * frame-timeout-ms (a trickled frame is not idle, so the idle timeout would not end it).
   * The deadline restarts with each frame that starts after one ended, and does not run while
   * the server itself stops reading (backpressure has its own write timeout).
   */
  #watchFrameDeadline(restart: boolean): void {
    if (
      this.#state !== ConnectionState.READY ||
      this.#decoder.bufferedBytes === 0 ||
      this.#readingPaused
    ) {
      clearTimeout(this.#frameTimer);
      this.#frameTimer = undefined;
      return;
    }
    if (this.#frameTimer && !restart) return;
    clearTimeout(this.#frameTimer);
    const ms = this.#context.options.frameTimeoutMs;
    this.#frameTimer = setTimeout(() => {
      this.#fail(new RingwireError('IDLE_TIMEOUT', `a frame was not completed within ${ms} ms`));
    }, ms).unref();
  }

  #handshakeStep(outcome: HandshakeOutcome): void {
    switch (outcome.kind) {
      case 'challenge': {
        this.#state = ConnectionState.AWAITING_AUTH;
        const challenge = { id: outcome.id, challenge: { serverNonce: outcome.serverNonce } };
        if (outcome.delayMs === 0) {
          this.#out.add(challenge);
          return;
        }
        // Throttled: nothing more is read until the challenge leaves (no proof can come before).
        this.#log(
          `challenge ${this.#peer} delayed ${outcome.delayMs} ms (failed proofs from this address)`,
          { event: 'challenge_delayed', delay_ms: outcome.delayMs },
          'debug',
        );
        this.#batchInFlight = true;
        this.#challengeTimer = setTimeout(() => {
          this.#batchInFlight = false;
          if (!this.#isOpen()) return;
          this.#out.add(challenge);
          this.#flush();
          this.#pump();
        }, outcome.delayMs).unref();
        return;
      }
      case 'refused':
        this.#fail(outcome.error, outcome.delayMs);
        return;
      case 'accepted':
        this.#becomeReady(outcome);
    }
  }

  #becomeReady({
    id,
    version,
    clientName,
    serverProof,
  }: HandshakeOutcome & { kind: 'accepted' }): void {
    const { options } = this.#context;
    const ring = this.#context.rings.default;
    const sessionId = randomBytes(8).toString('hex');
    const session: Session = {
      clientName,
      maxFrameBytes: options.maxFrameBytes,
      maxPayloadBytes: maxPayloadBytes(options.maxFrameBytes),
      subscriptions: new Map(),
      nextSubscriptionId: 1,
    };
    this.#session = session;
    this.#readerPort = {
      out: () => this.#out,
      sent: () => this.#flushSoon(),
      isWriteBlocked: () => this.#transport.writableNeedDrain,
      isOpen: () => this.#isOpen(),
      setInterest: (reader, interested) => this.#context.setInterest(reader, interested),
      onInternalError: this.#onInternalError,
      parked: { count: 0, max: options.maxParkedGets },
    };
    this.#state = ConnectionState.READY;
    clearTimeout(this.#handshakeTimer);
    if (options.idleTimeoutMs > 0) {
      this.#idleTimer = setTimeout(() => this.#onIdle(), options.idleTimeoutMs).unref();
    }
    this.#decoder.maxFrameBytes = options.maxFrameBytes;
    this.#out.add({
      id,
      welcome: {
        version,
        serverName: options.serverName,
        serverVersion: SERVER_VERSION,
        sessionId,
        maxFrameBytes: options.maxFrameBytes,
        maxPayloadBytes: session.maxPayloadBytes,
        ringCapacity: ring.capacity,
        nextSeq: ring.nextSeq,
        serverProof,
        idleTimeoutMs: options.idleTimeoutMs,
      },
    });
    this.#log(
      `hello ${this.#peer} name=${JSON.stringify(clientName)} v${version} session=${sessionId}`,
      { event: 'hello', client: clientName, version, session: sessionId },
    );
  }

  /** Nothing arrived for idle-timeout-ms; a GET still waiting for a message keeps it open. */
  #onIdle(): void {
    if (!this.#readersIdle) {
      this.#idleTimer?.refresh();
      return;
    }
    const ms = this.#context.options.idleTimeoutMs;
    this.#fail(new RingwireError('IDLE_TIMEOUT', `nothing received for ${ms} ms`));
  }

  /**
   * Frames added outside a request batch (pushes, late GET answers) leave at the end of this
   * turn, or with the replies of a batch in flight (a durable write's reply must wait for its
   * commit, and may yet be taken back).
   */
  #flushSoon(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    setImmediate(() => {
      this.#flushScheduled = false;
      if (!this.#isOpen() || this.#batchInFlight) return;
      this.#flush();
      this.#pump();
    });
  }

  #outputBytes(): number {
    return this.#out.byteLength + this.#settling.bytes + this.#transport.writableLength;
  }

  /**
   * Writes what is queued. A client that lets unread output pile up past max-output-bytes,
   * or stay blocked for write-timeout-ms, is a slow consumer and gets cut off.
   */
  #flush(): void {
    if (this.#settling.length > 0) {
      const failure = this.#settling.writeSettled(this.#write);
      if (failure) return this.#fail(failure);
      // Later frames leave after the replies still held.
      if (this.#settling.length > 0) return;
    }
    if (this.#out.count === 0) return;
    this.#out.writeTo(this.#write);
    const { maxOutputBytes, writeTimeoutMs } = this.#context.options;
    if (this.#transport.writableLength > maxOutputBytes) {
      this.#fail(this.#slowConsumer('output over max-output-bytes'));
    } else if (this.#transport.writableNeedDrain && !this.#writeTimer) {
      this.#writeTimer = setTimeout(
        () => this.#fail(this.#slowConsumer(`output blocked for ${writeTimeoutMs} ms`)),
        writeTimeoutMs,
      ).unref();
    }
  }

  #slowConsumer(why: string): RingwireError {
    return new RingwireError('SLOW_CONSUMER', `the client does not read its replies: ${why}`);
  }

  /**
   * Stream-level failure: answer with an error frame (id 0), then close. With a delay (a
   * failed authentication) nothing more is read, and the answer leaves when the delay is over.
   */
  #fail(error: RingwireError, delayMs = 0): void {
    if (!this.#isOpen()) return;
    const line = `error ${this.#peer} ${error.code}: ${error.message}`;
    const fields = { event: 'error', code: error.code, message: error.message };
    if (error.code === 'INTERNAL') {
      this.#context.logger.error(`#${this.#context.id} ${line}`, this.#logFields(fields));
    } else this.#log(line, fields, 'warn');
    this.#stopServing(`${error.code}: ${error.message}`);
    this.#context.counters.error(error.code);
    const answer = (): void => {
      // Frames behind replies that will never leave would arrive out of order: dropped too.
      if (this.#settling.clear()) this.#out.take();
      this.#out.add(errorFrame(0, error));
      this.#transport.write(this.#out.take());
      this.#endTransport(error);
    };
    if (delayMs > 0) this.#closeTimer = setTimeout(answer, delayMs).unref();
    else answer();
  }

  /** Ends the connection after what is already written. */
  #closeGracefully(reason: string): void {
    if (!this.#isOpen()) return;
    this.#stopServing(reason);
    this.#endTransport();
  }

  /** CLOSING: no more requests are handled, pushes stop, timers end. */
  #stopServing(reason: string): void {
    this.#state = ConnectionState.CLOSING;
    this.#closeReason = reason;
    this.#stopTimers();
    this.#queued.length = 0;
    for (const reader of this.#readers.values()) reader.close();
    this.#handshake.abandon();
    this.#context.release();
    this.#updateReading();
  }

  #stopTimers(): void {
    clearTimeout(this.#handshakeTimer);
    clearTimeout(this.#challengeTimer);
    clearTimeout(this.#frameTimer);
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#writeTimer);
  }

  /**
   * Sends FIN (or a WebSocket close) and waits briefly for the peer's own close, still reading
   * (and dropping) what it sends: closing with unread input would reset the connection and could destroy the error
   * frame just written.
   */
  #endTransport(error?: RingwireError): void {
    this.#transport.end(error);
    this.#closeTimer = setTimeout(() => this.#transport.destroy(), CLOSE_GRACE_MS).unref();
  }

  #onClose(): void {
    this.#state = ConnectionState.CLOSED;
    this.#stopTimers();
    clearTimeout(this.#closeTimer);
    for (const reader of this.#readers.values()) reader.close();
    this.#handshake.abandon();
    this.#context.release();
    if (!this.#session) this.#context.counters.handshakeFailures++;
    const name = this.#session ? ` name=${JSON.stringify(this.#session.clientName)}` : '';
    const durationMs = Math.round(performance.now() - this.#openedAt);
    this.#log(
      `close ${this.#peer}${name} reason=${JSON.stringify(this.#closeReason)} duration=${durationMs}ms requests=${this.#requests}`,
      {
        event: 'close',
        client: this.#session?.clientName,
        reason: this.#closeReason,
        duration_ms: durationMs,
        requests: this.#requests,
      },
    );
  }

  /**
   * Backpressure: stop reading while the client does not read its replies, or while chunks
   * wait behind a batch that waits for the lock or behind too many whose writes settle, or
   * for a turn after a large slice of input.
   * A closing connection keeps reading to drain.
   */
  #updateReading(): void {
    const pause =
      this.#isOpen() &&
      (this.#transport.writableNeedDrain ||
        (this.#holdingInput() && this.#queued.length > 0) ||
        this.#yielding);
    if (pause === this.#readingPaused) return;
    this.#readingPaused = pause;
    if (pause) this.#transport.pause();
    else this.#transport.resume();
    this.#watchFrameDeadline(true);
  }

  #isOpen(): boolean {
    return this.#state !== ConnectionState.CLOSING && this.#state !== ConnectionState.CLOSED;
  }

  #log(line: string, fields: LogFields, level?: LogLevel): void {
    this.#context.logger.connection(`#${this.#context.id} ${line}`, this.#logFields(fields), level);
  }

  /** Every event of a connection names it and its peer. */
  #logFields(fields: LogFields): LogFields {
    return { connection: this.#context.id, peer: this.#peer, ...fields };
  }

  #logInternal(error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.#context.logger.error(
      `#${this.#context.id} internal error: ${detail}`,
      this.#logFields({ event: 'internal_error', error: detail }),
    );
  }
}

function asRingwireError(error: unknown): RingwireError {
  if (error instanceof RingwireError) return error;
  return new RingwireError('INTERNAL', 'internal error', { cause: error });
}
