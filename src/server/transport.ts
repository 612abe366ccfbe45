import type { Socket } from 'node:net';
import { WebSocket } from 'ws';
import { RingwireError, type ErrorCode } from '../errors';
import { FRAME_HEADER_BYTES, writeFrameHeader } from '../protocol/framing';
import { BinaryMessageReader, toBinaryMessages } from '../protocol/websocket-framing';
import { readMessagesBeforeWs, type WsWithInternals } from '../protocol/ws-reader';
import { SharedReadBufferSocket } from './listener';

/** What a transport reports to its connection. */
export interface TransportEvents {
  /** Length-prefixed frames, cut anywhere (a byte stream) or whole (a WebSocket's messages). */
  data(input: Buffer): void;
  /**
   * As `data`, from a transport that reads into memory it reuses (the plain TCP listener's
   * shared read buffer): `input[0, length)` is valid only during the call, and whatever is
   * kept past it must be copied.
   */
  lent(input: Buffer, length: number): void;
  /** The peer will send nothing more (it may still read). */
  end(): void;
  /** Output blocked earlier has been written. */
  drain(): void;
  /** The transport is closed; `error` when an error closed it. */
  close(error?: Error): void;
  /** The transport itself found the input wrong (a WebSocket text message): fail the stream. */
  streamError(error: RingwireError): void;
}

/**
 * The one thing a Connection talks to: a TCP (or TLS) socket, or a WebSocket. Frames go out
 * length-prefixed, as ServerFrameEncoder batches them; each transport puts them on its wire.
 */
export interface Transport {
  /** `tcp`, `tls` or `ws`, for logs. */
  readonly kind: string;
  /** The peer's address (and port), for logs and per-address limits. */
  readonly remoteAddress: string;
  readonly remotePort: number | undefined;
  /** A byte stream may carry another protocol's first bytes (TLS, HTTP), worth answering. */
  readonly isByteStream: boolean;
  /** Output accepted and not yet handed to the kernel. */
  readonly writableLength: number;
  /** Output is over the socket's high-water mark: wait for `drain`. */
  readonly writableNeedDrain: boolean;
  listen(events: TransportEvents): void;
  /**
   * Writes length-prefixed frames (one batch). True when the transport no longer needs
   * `frames` once this returns (written to the kernel, or copied): the caller may then write
   * over its bytes.
   */
  write(frames: Buffer): boolean;
  pause(): void;
  resume(): void;
  /** Closes after what is written; `error`: the stream error that ends the conversation. */
  end(error?: RingwireError): void;
  destroy(): void;
  /**
   * Before any connection: sends `frames` (one error frame), closes, and drops what the peer
   * still sends until it closes too, or for REFUSAL_GRACE_MS at most.
   */
  refuse(frames: Buffer, error: RingwireError): void;
}

const REFUSAL_GRACE_MS = 2000;

/** What every transport reads from the TCP socket beneath it (TLS or WebSocket or none). */
abstract class OverSocket {
  protected readonly socket: Socket;

  constructor(socket: Socket) {
    this.socket = socket;
    socket.setNoDelay(true);
  }

  get remoteAddress(): string {
    return this.socket.remoteAddress ?? '';
  }

  get remotePort(): number | undefined {
    return this.socket.remotePort;
  }

  get writableNeedDrain(): boolean {
    return this.socket.writableNeedDrain;
  }
}

/** A TCP or TLS socket: the frames' byte stream as it is. */
export class SocketTransport extends OverSocket implements Transport {
  readonly kind: string;
  readonly isByteStream = true;

  constructor(socket: Socket, kind: 'tcp' | 'tls') {
    super(socket);
    this.kind = kind;
  }

  get writableLength(): number {
    return this.socket.writableLength;
  }

  listen(events: TransportEvents): void {
    const socket = this.socket;
    let failure: Error | undefined;
    socket.on('data', events.data);
    if (socket instanceof SharedReadBufferSocket) socket.lendReadsTo(events.lent);
    socket.on('end', events.end);
    socket.on('drain', events.drain);
    socket.on('error', (error) => {
      failure = error;
      // Most socket errors destroy the socket already; TLS ones (a refused renegotiation) do not.
      socket.destroy();
    });
    socket.on('close', () => events.close(failure));
  }

  write(frames: Buffer): boolean {
    this.socket.write(frames);
    // Nothing pending: libuv wrote it all at once and the socket keeps no reference to it.
    return this.socket.writableLength === 0;
  }

  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  end(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }

  refuse(frames: Buffer): void {
    const socket = this.socket;
    socket.on('error', () => {});
    socket.resume(); // read to the client's FIN, so the socket closes as soon as it leaves
    socket.end(frames);
    setTimeout(() => socket.destroy(), REFUSAL_GRACE_MS).unref();
  }
}

/** WebSocket close codes (RFC 6455, section 7.4.1). */
export const WS_CLOSE = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  UNSUPPORTED_DATA: 1003,
  POLICY_VIOLATION: 1008,
  MESSAGE_TOO_BIG: 1009,
  INTERNAL_ERROR: 1011,
  TRY_AGAIN_LATER: 1013,
} as const;

/** The close code that goes with a stream error; its Error frame went out just before. */
export function webSocketCloseCode(code: ErrorCode | undefined): number {
  switch (code) {
    case undefined:
      return WS_CLOSE.NORMAL;
    case 'SHUTTING_DOWN':
      return WS_CLOSE.GOING_AWAY;
    case 'FRAME_TOO_LARGE':
      return WS_CLOSE.MESSAGE_TOO_BIG;
    case 'INTERNAL':
      return WS_CLOSE.INTERNAL_ERROR;
    case 'BUSY':
      return WS_CLOSE.TRY_AGAIN_LATER;
    default:
      return WS_CLOSE.POLICY_VIOLATION;
  }
}

/**
 * ws closes with 1009 by itself when a message passes maxPayload, before any event: this
 * subclass (WebSocketServer's `WebSocket` option) lets the Error frame go out first.
 */
export class RingwireWebSocket extends WebSocket implements WsWithInternals {
  onMessageTooBig: (() => void) | undefined;
  declare readonly _receiver: WsWithInternals['_receiver'];
  declare readonly _socket: Socket;

  override close(code?: number, reason?: string | Buffer): void {
    if (code === WS_CLOSE.MESSAGE_TOO_BIG && this.readyState === WebSocket.OPEN) {
      this.onMessageTooBig?.();
    }
    super.close(code, reason);
  }
}

/**
 * A WebSocket on the HTTP port: each frame goes out as one binary message, its body without
 * the length prefix. Backpressure is read from the socket beneath, where ws writes.
 * ws keeps the handshake, control frames and closing; the binary messages of an open
 * WebSocket are read by a BinaryMessageReader from the socket directly, one buffer per read.
 */
export class WebSocketTransport extends OverSocket implements Transport {
  readonly kind = 'ws';
  readonly isByteStream = false;
  readonly #ws: RingwireWebSocket;
  /** The close code of a refusal made here (a text message), not by the connection. */
  #closeCode: number | undefined;
  /** Messages of the current socket read, not yet handed over. */
  readonly #received: Buffer[] = [];
  #receivedBytes = 0;
  /** ws's maxPayload: the largest message it accepts. */
  readonly #maxMessageBytes: number;

  /** `socket`: the one the HTTP upgrade handed over, beneath `ws`. */
  constructor(ws: RingwireWebSocket, socket: Socket, maxMessageBytes: number) {
    super(socket);
    this.#ws = ws;
    this.#maxMessageBytes = maxMessageBytes;
  }

  get writableLength(): number {
    return this.#ws.bufferedAmount;
  }

  listen(events: TransportEvents): void {
    const ws = this.#ws;
    let failure: Error | undefined;
    const reader = new BinaryMessageReader(this.#maxMessageBytes, 'client');
    readMessagesBeforeWs(ws, reader, events.data);
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) return this.#receive(data, events);
      this.#deliver(events);
      this.#closeCode = WS_CLOSE.UNSUPPORTED_DATA;
      events.streamError(
        new RingwireError('PROTOCOL_VIOLATION', 'a text message: frames travel in binary messages'),
      );
    });
    ws.onMessageTooBig = () => {
      ws.onMessageTooBig = undefined;
      const error = new RingwireError(
        'FRAME_TOO_LARGE',
        `a message exceeds the limit of ${this.#maxMessageBytes} bytes`,
      );
      failure = error;
      this.#deliver(events);
      events.streamError(error);
    };
    ws.on('error', (error) => {
      failure ??= error;
    });
    this.socket.on('drain', events.drain);
    ws.on('close', () => events.close(failure));
  }

  /**
   * ws emits every message of one socket read in one go: they are handed over together at the
   * end of it, as length-prefixed frames, so that the connection answers them as one batch
   * (one lock, one write) as it does a TCP read. Whole frames only: no frame timeout applies.
   */
  #receive(message: Buffer, events: TransportEvents): void {
    this.#received.push(message);
    this.#receivedBytes += FRAME_HEADER_BYTES + message.length;
    if (this.#received.length === 1) queueMicrotask(() => this.#deliver(events));
  }

  #deliver(events: TransportEvents): void {
    if (this.#received.length === 0) return;
    const frames = Buffer.allocUnsafe(this.#receivedBytes);
    let offset = 0;
    for (const message of this.#received) {
      writeFrameHeader(frames, offset, message.length);
      frames.set(message, offset + FRAME_HEADER_BYTES);
      offset += FRAME_HEADER_BYTES + message.length;
    }
    this.#received.length = 0;
    this.#receivedBytes = 0;
    events.data(frames);
  }

  /**
   * Framed here and written to the socket beneath, not through `ws.send`: one write per batch.
   * ws writes its own frames (pongs, the close) to the same socket as soon as it makes them
   * (it compresses nothing here), so the order on the wire stays the order of the calls.
   */
  write(frames: Buffer): boolean {
    // As ws.send does once the close is under way: nothing more is sent.
    if (this.#ws.readyState === WebSocket.OPEN) this.socket.write(toBinaryMessages(frames));
    return true; // framed into a buffer of its own
  }

  pause(): void {
    this.#ws.pause();
  }

  resume(): void {
    this.#ws.resume();
  }

  end(error?: RingwireError): void {
    this.#ws.close(this.#closeCode ?? webSocketCloseCode(error?.code));
  }

  destroy(): void {
    this.#ws.terminate();
  }

  refuse(frames: Buffer, error: RingwireError): void {
    this.#ws.on('error', () => {});
    this.write(frames);
    this.end(error);
    setTimeout(() => this.destroy(), REFUSAL_GRACE_MS).unref();
  }
}
