import { createServer, type Server, type Socket } from 'node:net';
import {
  decodeClientFrame,
  encodeServerFrame,
  type ClientFrame,
  type v1,
} from '../../src/protocol/codec';
import { FrameDecoder } from '../../src/protocol/framing';

export type ServerFrameProperties = v1.ServerFrame.$Properties;

/**
 * `answer` replies to one request: the frames it returns leave in one write, so that a reply
 * and the pushes behind it reach the client in one read, as they can from a real server.
 */
export type Script = (request: ClientFrame) => ServerFrameProperties[];

/**
 * A peer that completes the handshake as a server of `version` would, then answers each
 * request as `script` says: for what the real server cannot be made to do (speak version 1,
 * choose its subscription ids, split LIST_RINGS into pages).
 */
export class ScriptedPeer {
  /** Every request received after the Hello, in order. */
  readonly requests: ClientFrame[] = [];
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(version: number, script: Script): Promise<ScriptedPeer> {
    const peer: ScriptedPeer = new ScriptedPeer(
      createServer((socket) => peer.#serve(socket, version, script)),
    );
    await new Promise<void>((resolve) => peer.#server.listen(0, '127.0.0.1', resolve));
    return peer;
  }

  get port(): number {
    return (this.#server.address() as { port: number }).port;
  }

  /** The requests of one kind, e.g. `peer.bodies('unsubscribe')`. */
  bodies<K extends NonNullable<ClientFrame['body']>>(kind: K): NonNullable<ClientFrame[K]>[] {
    return this.requests.flatMap((request) =>
      request.body === kind ? [request[kind] as NonNullable<ClientFrame[K]>] : [],
    );
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #serve(socket: Socket, version: number, script: Script): void {
    this.#sockets.add(socket);
    socket.on('error', () => {});
    const decoder = new FrameDecoder(1 << 20);
    socket.on('data', (chunk: Buffer) =>
      decoder.push(chunk, (body) => {
        const request = decodeClientFrame(body);
        let frames: ServerFrameProperties[];
        if (request.body === 'hello') {
          frames = [{ id: request.id, welcome: welcome(version) }];
        } else {
          this.requests.push(request);
          frames = script(request);
        }
        socket.write(Buffer.concat(frames.map(encodeServerFrame)));
      }),
    );
  }
}

function welcome(version: number): v1.Welcome.$Properties {
  return {
    version,
    serverName: 'scripted',
    maxFrameBytes: 1 << 20,
    maxPayloadBytes: (1 << 20) - 1024,
    ringCapacity: 16,
    nextSeq: 1,
  };
}

/** A message as a push or reply carries it. */
export function wireMessage(seq: number, text: string): v1.Message.$Properties {
  return { seq, timestampMs: 1_764_000_000_000, sender: 'peer', payload: Buffer.from(text) };
}
