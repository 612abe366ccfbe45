import type { Socket } from 'node:net';
import {
  closeSocket,
  openLocalSocket,
  pipelinedWriter,
  type FanoutOptions,
  type FanoutTarget,
} from './fanout';

// Redis as a fan-out target for `make compare`: each reader loops
// `XREAD BLOCK 0 COUNT 100 STREAMS s <last id>`, the writer pipelines
// `XADD s MAXLEN ~ STREAM_BOUND * f <payload>` (the stream bounded like ringwire's ring of the same
// run). Redis does not tell a reader what trimming took from under it: a reader that fell
// that far behind shows as lagging (it never receives every message written), not as lost.
// A small RESP client, enough for these replies, keeps the tool free of dependencies.

/** A RESP reply: simple strings and bulk strings as strings, integers, arrays, nil. */
export type RespValue = string | number | null | RespValue[] | RespError;

export class RespError {
  constructor(readonly message: string) {}
}

/** Parses one reply at `at`; undefined when `input` does not hold it whole yet. */
export function parseResp(input: Buffer, at = 0): { value: RespValue; next: number } | undefined {
  const lineEnd = input.indexOf('\r\n', at);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(input[at]);
  const line = input.toString('latin1', at + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, next: afterLine };
    case '-':
      return { value: new RespError(line), next: afterLine };
    case ':':
      return { value: Number(line), next: afterLine };
    case '$': {
      const length = Number(line);
      if (length < 0) return { value: null, next: afterLine };
      if (input.length < afterLine + length + 2) return undefined;
      return {
        value: input.toString('utf8', afterLine, afterLine + length),
        next: afterLine + length + 2,
      };
    }
    case '*': {
      const length = Number(line);
      if (length < 0) return { value: null, next: afterLine };
      const items: RespValue[] = [];
      let next = afterLine;
      for (let i = 0; i < length; i++) {
        const item = parseResp(input, next);
        if (!item) return undefined;
        items.push(item.value);
        next = item.next;
      }
      return { value: items, next };
    }
    default:
      throw new Error(`not a RESP reply: ${JSON.stringify(input.toString('latin1', at, at + 20))}`);
  }
}

/** Encodes a command as a RESP array of bulk strings. */
export function encodeCommand(args: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = typeof arg === 'string' ? Buffer.from(arg) : arg;
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

/** One Redis connection: commands pipelined, replies matched in order. */
export class RespConnection {
  readonly #socket: Socket;
  readonly #waiting: { resolve: (v: RespValue) => void; reject: (e: Error) => void }[] = [];
  #input: Buffer = Buffer.alloc(0);

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('close', () => {
      for (const w of this.#waiting.splice(0)) w.reject(new Error('redis closed the connection'));
    });
  }

  static async open(port: number): Promise<RespConnection> {
    return new RespConnection(await openLocalSocket(port));
  }

  command(args: readonly (string | Buffer)[]): Promise<RespValue> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      this.#socket.write(encodeCommand(args));
    });
  }

  close(): Promise<void> {
    return closeSocket(this.#socket);
  }

  #onData(chunk: Buffer): void {
    this.#input = this.#input.length ? Buffer.concat([this.#input, chunk]) : chunk;
    let at = 0;
    for (let reply = parseResp(this.#input, at); reply; reply = parseResp(this.#input, at)) {
      at = reply.next;
      const waiting = this.#waiting.shift();
      if (reply.value instanceof RespError) waiting?.reject(new Error(reply.value.message));
      else waiting?.resolve(reply.value);
    }
    this.#input = this.#input.subarray(at);
  }
}

/** Entries a stream keeps (`MAXLEN ~`), the capacity of ringwire's rings in `make compare`. */
export const STREAM_BOUND = 100_000;

/** The stream of ring `ring`. */
const streamOf = (ring: number): string => `fanout-${ring}`;

export async function redisFanoutTarget(
  port: number,
  options: FanoutOptions,
): Promise<FanoutTarget> {
  // Every run starts on empty streams, so that readers from id 0 see only this run's writes.
  const admin = await RespConnection.open(port);
  await admin.command(['DEL', ...Array.from({ length: options.rings }, (_, r) => streamOf(r))]);
  await admin.close();
  const payload = Buffer.alloc(options.size, 0x78);
  return {
    async openSubscriber(ring) {
      const connection = await RespConnection.open(port);
      const subscriber = { ring, received: 0, lost: 0, close: () => connection.close() };
      void (async () => {
        let lastId = '0-0';
        try {
          for (;;) {
            const reply = await connection.command([
              'XREAD',
              'BLOCK',
              '0',
              'COUNT',
              '100',
              'STREAMS',
              streamOf(ring),
              lastId,
            ]);
            // [[stream, [[id, [field, value]], ...]]]
            const entries = ((reply as RespValue[][])[0][1] as RespValue[][]) ?? [];
            subscriber.received += entries.length;
            lastId = entries.at(-1)?.[0] as string;
          }
        } catch {
          // The connection closed at the end of the run.
        }
      })();
      return subscriber;
    },
    async openWriter() {
      const connection = await RespConnection.open(port);
      const writer = pipelinedWriter(options.rings, options.pipeline, (ring) =>
        connection.command([
          'XADD',
          streamOf(ring),
          'MAXLEN',
          '~',
          String(STREAM_BOUND),
          '*',
          'f',
          payload,
        ]),
      );
      return { ...writer, close: () => connection.close() };
    },
  };
}
