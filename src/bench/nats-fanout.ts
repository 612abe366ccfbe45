import type { Socket } from 'node:net';
import {
  closeSocket,
  openLocalSocket,
  type FanoutOptions,
  type FanoutTarget,
  type FanoutWriter,
} from './fanout';

// NATS core pub/sub as a fan-out target, for reference in `make compare`: readers SUB to a
// subject per ring, the writer PUBs. Core NATS has no acknowledgement, so the writer sends
// `pipeline` PUBs and a PING and waits for the PONG before the next batch: at most that many
// messages unconfirmed, as ringwire's writer has at most that many SETs in flight. It keeps
// nothing: a reader too slow for the server is cut off as a slow consumer (it shows as
// lagging). The text protocol (https://docs.nats.io/reference/reference-protocols/nats-protocol)
// is small enough to speak here without a client package.

const CRLF = Buffer.from('\r\n');

/** One NATS connection: counts MSGs, answers the server's PINGs, resolves PONGs in order. */
class NatsConnection {
  readonly #socket: Socket;
  readonly #pongs: (() => void)[] = [];
  #input: Buffer = Buffer.alloc(0);
  /** MSGs received. */
  messages = 0;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk) => this.#onData(chunk));
  }

  /** Connects, and resolves once the server answered the first PING (CONNECT was taken). */
  static async open(port: number): Promise<NatsConnection> {
    const socket = await openLocalSocket(port);
    const connection = new NatsConnection(socket);
    socket.write('CONNECT {"verbose":false,"pedantic":false}\r\n');
    await connection.flush();
    return connection;
  }

  write(text: string | Buffer): void {
    this.#socket.write(text);
  }

  /** Sends a PING; resolves on its PONG, when the server has handled all sent before it. */
  flush(): Promise<void> {
    return new Promise((resolve) => {
      this.#pongs.push(resolve);
      this.#socket.write('PING\r\n');
    });
  }

  close(): Promise<void> {
    return closeSocket(this.#socket);
  }

  #onData(chunk: Buffer): void {
    const input = this.#input.length ? Buffer.concat([this.#input, chunk]) : chunk;
    let at = 0;
    for (;;) {
      const lineEnd = input.indexOf(CRLF, at);
      if (lineEnd < 0) break;
      const line = input.toString('latin1', at, lineEnd);
      if (line.startsWith('MSG ')) {
        // MSG <subject> <sid> [reply-to] <#bytes>\r\n<payload>\r\n
        const end = lineEnd + 2 + Number(line.slice(line.lastIndexOf(' ') + 1)) + 2;
        if (input.length < end) break;
        this.messages++;
        at = end;
        continue;
      }
      if (line === 'PING') this.#socket.write('PONG\r\n');
      else if (line === 'PONG') this.#pongs.shift()?.();
      at = lineEnd + 2;
    }
    this.#input = input.subarray(at);
  }
}

const subjectOf = (ring: number): string => `fanout.${ring}`;

export function natsFanoutTarget(port: number, options: FanoutOptions): FanoutTarget {
  return {
    async openSubscriber(ring, index) {
      const connection = await NatsConnection.open(port);
      connection.write(`SUB ${subjectOf(ring)} ${index + 1}\r\n`);
      await connection.flush();
      return {
        ring,
        get received() {
          return connection.messages;
        },
        lost: 0,
        close: () => connection.close(),
      };
    },
    async openWriter(): Promise<FanoutWriter> {
      const connection = await NatsConnection.open(port);
      const payload = Buffer.alloc(options.size, 0x78);
      const written = new Array<number>(options.rings).fill(0);
      let stopping = false;
      let next = 0;
      let running: Promise<void> = Promise.resolve();
      const batches = async (): Promise<void> => {
        while (!stopping) {
          const batch: Buffer[] = [];
          const rings: number[] = [];
          for (let i = 0; i < options.pipeline; i++) {
            const ring = next++ % options.rings;
            rings.push(ring);
            batch.push(Buffer.from(`PUB ${subjectOf(ring)} ${payload.length}\r\n`), payload, CRLF);
          }
          connection.write(Buffer.concat(batch));
          await connection.flush();
          for (const ring of rings) written[ring]++;
        }
      };
      return {
        start: () => {
          running = batches();
        },
        stop: async () => {
          stopping = true;
          await running;
          return written;
        },
        close: () => connection.close(),
      };
    },
  };
}
