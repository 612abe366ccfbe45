import { connect, type Socket } from 'node:net';
import { WebSocket } from 'ws';
import {
  decodeServerFrame,
  newClientFrameEncoder,
  type ServerFrame,
  type v1,
} from '../../src/protocol/codec';
import { FRAME_HEADER_BYTES, FrameDecoder, writeFrameHeader } from '../../src/protocol/framing';
import { forEachFrameBody } from '../../src/protocol/message-framing';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../../src/protocol/constants';
import { webSocketUrlOf } from './server';
import { currentTransport, type TransportName } from './transports';

/** Where a RawConnection's bytes go: a TCP socket or a WebSocket. */
interface Wire {
  /** The TCP socket; undefined over WebSocket. */
  readonly socket?: Socket;
  /** The WebSocket; undefined over TCP. */
  readonly webSocket?: WebSocket;
  /** Length-prefixed frames (over WebSocket: each body as its own message). */
  sendFrames(frames: Buffer): void;
  /** Bytes as they are: onto the stream, or as one binary WebSocket message. */
  sendBytes(bytes: Uint8Array): void;
  pause(): void;
  resume(): void;
  destroy(): void;
}

/**
 * A bare connection speaking frames, for sending what the client library never would and for
 * watching exactly what the server answers and when it closes. Over TCP it is a socket; over
 * WebSocket (the transport of the tests under way, see transports.ts) a `ws` client on the
 * server's /ws, one frame per binary message.
 */
export class RawConnection {
  readonly transport: TransportName;
  readonly #wire: Wire;
  readonly #frames: ServerFrame[] = [];
  readonly #waiters: (() => void)[] = [];
  readonly closed: Promise<void>;
  #ended = false;
  /** Over WebSocket, the close code the server sent (or 1006 when it sent none). */
  closeCode: number | undefined;

  private constructor(transport: TransportName, wire: Wire, closed: Promise<void>) {
    this.transport = transport;
    this.#wire = wire;
    this.closed = closed.then(() => {
      this.#ended = true;
      this.#wake();
    });
  }

  /** `localAddress` (e.g. 127.0.0.2) makes the server see another client address. */
  static open(port: number, localAddress?: string): Promise<RawConnection> {
    return currentTransport() === 'ws'
      ? RawConnection.#openWebSocket(webSocketUrlOf(port), localAddress)
      : RawConnection.#openSocket(port, localAddress);
  }

  static #openSocket(port: number, localAddress?: string): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, localAddress });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        socket.on('error', () => {});
        const closed = new Promise<void>((done) => socket.once('close', () => done()));
        const raw = new RawConnection('tcp', socketWire(socket), closed);
        const decoder = new FrameDecoder(64 * 1024 * 1024);
        socket.on('data', (chunk: Buffer) => {
          decoder.push(chunk, (body) => raw.#received(body));
          raw.#wake();
        });
        resolve(raw);
      });
    });
  }

  static #openWebSocket(url: string, localAddress?: string): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { localAddress, perMessageDeflate: false });
      ws.once('error', reject);
      ws.once('open', () => {
        ws.off('error', reject);
        ws.on('error', () => {});
        const closed = new Promise<void>((done) => ws.once('close', () => done()));
        const raw = new RawConnection('ws', webSocketWire(ws), closed);
        ws.on('message', (data: Buffer) => {
          raw.#received(data);
          raw.#wake();
        });
        ws.once('close', (code) => (raw.closeCode = code));
        resolve(raw);
      });
    });
  }

  /** Opens a connection and completes the handshake; resolves once the Welcome is read. */
  static async ready(
    port: number,
    clientName = 'raw',
    localAddress?: string,
  ): Promise<RawConnection> {
    const connection = await RawConnection.open(port, localAddress);
    connection.send({ id: 1, hello: helloFor(clientName) });
    const welcome = await connection.next();
    if (welcome.body !== 'welcome') throw new Error(`expected a welcome, got ${welcome.body}`);
    return connection;
  }

  send(...frames: v1.ClientFrame.$Properties[]): void {
    this.#wire.sendFrames(encodeClientFrames(...frames));
  }

  /** One frame whose body is `body` as it is (over WebSocket: one message). */
  sendFrameBody(body: Uint8Array): void {
    const frame = Buffer.alloc(FRAME_HEADER_BYTES + body.length);
    writeFrameHeader(frame, 0, body.length);
    frame.set(body, FRAME_HEADER_BYTES);
    this.#wire.sendFrames(frame);
  }

  /** Over TCP onto the byte stream; over WebSocket as one binary message. */
  sendBytes(bytes: Uint8Array): void {
    this.#wire.sendBytes(bytes);
  }

  /** The TCP socket itself, for what only a byte stream can do (half-close, reset). */
  get socket(): Socket {
    if (!this.#wire.socket) throw new Error('a WebSocket RawConnection has no TCP socket');
    return this.#wire.socket;
  }

  /** The WebSocket itself, for what only it can send (text, fragments). */
  get webSocket(): WebSocket {
    if (!this.#wire.webSocket) throw new Error('a TCP RawConnection has no WebSocket');
    return this.#wire.webSocket;
  }

  /** Stops reading what the server sends (backpressure tests). */
  pause(): void {
    this.#wire.pause();
  }

  resume(): void {
    this.#wire.resume();
  }

  /** The next frame from the server; rejects if the connection closes first. */
  async next(timeoutMs = 5000): Promise<ServerFrame> {
    const deadline = Date.now() + timeoutMs;
    while (this.#frames.length === 0) {
      if (this.#ended) throw new Error('connection closed before a frame arrived');
      if (Date.now() > deadline) throw new Error('no frame in time');
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return this.#frames.shift() as ServerFrame;
  }

  /** The connection is closed (by either side). */
  get ended(): boolean {
    return this.#ended;
  }

  /** Frames received and not yet taken with next(). */
  get unread(): number {
    return this.#frames.length;
  }

  /** Waits for the server to close the connection; rejects after timeoutMs. */
  async waitClosed(timeoutMs = 5000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.closed,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('connection still open')), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  destroy(): void {
    this.#wire.destroy();
  }

  #received(body: Buffer): void {
    this.#frames.push(decodeServerFrame(body));
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

function socketWire(socket: Socket): Wire {
  return {
    socket,
    sendFrames: (frames) => socket.write(frames),
    sendBytes: (bytes) => socket.write(bytes),
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    destroy: () => socket.destroy(),
  };
}

function webSocketWire(ws: WebSocket): Wire {
  return {
    webSocket: ws,
    sendFrames: (frames) => {
      forEachFrameBody(frames, (body) => ws.send(body, { binary: true }));
    },
    sendBytes: (bytes) => ws.send(bytes, { binary: true }),
    pause: () => ws.pause(),
    resume: () => ws.resume(),
    destroy: () => ws.terminate(),
  };
}

export function helloFor(clientName: string): v1.Hello.$Properties {
  return { minVersion: PROTOCOL_VERSION_MIN, maxVersion: PROTOCOL_VERSION_MAX, clientName };
}

export function encodeClientFrames(...frames: v1.ClientFrame.$Properties[]): Buffer {
  const encoder = newClientFrameEncoder();
  for (const frame of frames) encoder.add(frame);
  return encoder.take();
}
