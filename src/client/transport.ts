import { RingwireError } from '../errors';
import { forEachFrameBody, MessageDecoder, type InputDecoder } from '../protocol/message-framing';

// What the client library talks through: a TCP/TLS socket in Node (socket-transport.ts), or a
// WebSocket on a server's /ws, in Node (the `ws` package) or in a browser (the global one).
// This file imports nothing of Node, so that the browser bundle can hold it.

/** What a transport reports to its client. */
export interface ClientTransportEvents {
  /** Input, in the unit the transport's decoder takes. */
  data(input: Buffer): void;
  /** The transport is closed; `error` when it did not close cleanly. */
  close(error?: Error): void;
}

export interface ClientTransport {
  createDecoder(maxFrameBytes: number): InputDecoder;
  /** Closed or closing: nothing more can be written. */
  readonly destroyed: boolean;
  listen(events: ClientTransportEvents): void;
  /** Writes length-prefixed frames. */
  write(frames: Buffer): void;
  /** Stops reading (a no-op where the platform cannot: a browser's WebSocket). */
  pause(): void;
  resume(): void;
  /** Closes after what is written. */
  end(): void;
  destroy(): void;
}

/** The part of the WebSocket API that the `ws` package and browsers share, plus ws's extras. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; error?: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  /** ws only: stop and restart reading; browsers cannot. */
  pause?(): void;
  resume?(): void;
  /** ws only: close at once, without the closing handshake. */
  terminate?(): void;
}

const OPEN = 1;
const NORMAL_CLOSURE = 1000;

/** A WebSocket on a server's /ws: each frame travels as one binary message, without its length. */
export class WebSocketClientTransport implements ClientTransport {
  readonly #ws: WebSocketLike;

  constructor(ws: WebSocketLike) {
    this.#ws = ws;
  }

  createDecoder(maxFrameBytes: number): InputDecoder {
    return new MessageDecoder(maxFrameBytes);
  }

  get destroyed(): boolean {
    return this.#ws.readyState !== OPEN;
  }

  listen(events: ClientTransportEvents): void {
    let failure: Error | undefined;
    this.#ws.onmessage = ({ data }) => {
      if (typeof data === 'string') {
        failure = new RingwireError('PROTOCOL_VIOLATION', 'a text message from the server');
        return this.destroy();
      }
      events.data(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer));
    };
    this.#ws.onerror = (event) => {
      failure ??= new Error(event.message ?? 'WebSocket error', { cause: event.error });
    };
    this.#ws.onclose = ({ code, reason }) => {
      if (code !== NORMAL_CLOSURE) {
        failure ??= new Error(`WebSocket closed with code ${code}${reason ? ` (${reason})` : ''}`);
      }
      events.close(failure);
    };
  }

  write(frames: Buffer): void {
    forEachFrameBody(frames, (body) => this.#ws.send(body));
  }

  pause(): void {
    this.#ws.pause?.();
  }

  resume(): void {
    this.#ws.resume?.();
  }

  end(): void {
    this.#ws.close(NORMAL_CLOSURE);
  }

  destroy(): void {
    if (this.#ws.terminate) this.#ws.terminate();
    else this.#ws.close();
  }
}

/**
 * Opens `ws` (just created for `url`) and resolves once it is open, with the transport
 * `over` makes of it; CONNECTION_FAILED if it cannot, TIMEOUT after `timeoutMs` (0: never).
 */
export function openWebSocket<T extends WebSocketLike>(
  ws: T,
  url: string,
  timeoutMs: number,
  over: (ws: T) => ClientTransport = (open) => new WebSocketClientTransport(open),
): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            ws.onerror = ws.onclose = null;
            ws.close();
            reject(new RingwireError('TIMEOUT', `connecting to ${url} took over ${timeoutMs} ms`));
          }, timeoutMs)
        : undefined;
    let why = 'the connection was refused';
    ws.onerror = (event) => {
      why = event.message ?? why;
    };
    ws.onclose = ({ code }) => {
      clearTimeout(timer);
      reject(
        new RingwireError('CONNECTION_FAILED', `cannot connect to ${url}: ${why} (code ${code})`),
      );
    };
    ws.onopen = () => {
      clearTimeout(timer);
      ws.onopen = ws.onerror = ws.onclose = null;
      resolve(over(ws));
    };
  });
}
