import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { RingwireError } from '../errors';
import { FrameDecoder } from '../protocol/framing';
import type { InputDecoder } from '../protocol/message-framing';
import type { ClientTransport, ClientTransportEvents } from './transport';
import type { TlsClientOptions } from './types';

/** A TCP or TLS socket (Node only). */
export class SocketClientTransport implements ClientTransport {
  readonly #socket: Socket;

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.setNoDelay(true);
  }

  createDecoder(maxFrameBytes: number): InputDecoder {
    return new FrameDecoder(maxFrameBytes);
  }

  get destroyed(): boolean {
    return this.#socket.destroyed;
  }

  listen(events: ClientTransportEvents): void {
    let failure: Error | undefined;
    this.#socket.on('data', events.data);
    this.#socket.on('error', (error) => (failure = error));
    this.#socket.once('close', () => events.close(failure));
  }

  write(frames: Buffer): void {
    this.#socket.write(frames);
  }

  pause(): void {
    this.#socket.pause();
  }

  resume(): void {
    this.#socket.resume();
  }

  end(): void {
    this.#socket.end();
  }

  destroy(): void {
    this.#socket.destroy();
  }
}

export function openSocket(
  host: string,
  port: number,
  timeoutMs: number,
  tls: TlsClientOptions | undefined,
): Promise<SocketClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = tls
      ? tlsConnect({
          host,
          port,
          ...tls,
          servername: tls.servername ?? (isIP(host) ? undefined : host),
        })
      : netConnect({ host, port });
    const target = `${host}:${port}${tls ? ' over TLS' : ''}`;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            socket.destroy();
            reject(
              new RingwireError('TIMEOUT', `connecting to ${target} took over ${timeoutMs} ms`),
            );
          }, timeoutMs)
        : undefined;
    socket.once('error', (cause) => {
      clearTimeout(timer);
      reject(
        new RingwireError('CONNECTION_FAILED', `cannot connect to ${target}: ${cause.message}`, {
          cause,
        }),
      );
    });
    socket.once(tls ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      resolve(new SocketClientTransport(socket));
    });
  });
}
