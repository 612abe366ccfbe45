import { connect, type Socket } from 'node:net';
import {
  decodeServerFrame,
  newClientFrameEncoder,
  type ServerFrame,
  type v1,
} from '../../src/protocol/codec';
import { FrameDecoder } from '../../src/protocol/framing';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../../src/protocol/constants';

/**
 * A bare socket speaking frames, for sending what the client library never would and for
 * watching exactly what the server answers and when it closes.
 */
export class RawConnection {
  readonly socket: Socket;
  readonly #frames: ServerFrame[] = [];
  readonly #waiters: (() => void)[] = [];
  readonly #decoder = new FrameDecoder(64 * 1024 * 1024);
  readonly closed: Promise<void>;
  #ended = false;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.#decoder.push(chunk, (body) => this.#frames.push(decodeServerFrame(body)));
      this.#wake();
    });
    socket.on('error', () => {});
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.#ended = true;
        this.#wake();
        resolve();
      }),
    );
  }

  /** `localAddress` (e.g. 127.0.0.2) makes the server see another client address. */
  static open(port: number, localAddress?: string): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, localAddress });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new RawConnection(socket));
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
    this.socket.write(encodeClientFrames(...frames));
  }

  sendBytes(bytes: Uint8Array): void {
    this.socket.write(bytes);
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
    this.socket.destroy();
  }

  #wake(): void {
    for (const wake of this.#waiters.splice(0)) wake();
  }
}

export function helloFor(clientName: string): v1.Hello.$Properties {
  return { minVersion: PROTOCOL_VERSION_MIN, maxVersion: PROTOCOL_VERSION_MAX, clientName };
}

export function encodeClientFrames(...frames: v1.ClientFrame.$Properties[]): Buffer {
  const encoder = newClientFrameEncoder();
  for (const frame of frames) encoder.add(frame);
  return encoder.take();
}
