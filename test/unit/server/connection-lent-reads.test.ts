import { decodeServerFrame, type ServerFrame } from '../../../src/protocol/codec';
import { FrameDecoder } from '../../../src/protocol/framing';
import { RingRegistry } from '../../../src/ring/ring-registry';
import { AuthThrottle } from '../../../src/server/auth-throttle';
import { Connection } from '../../../src/server/connection';
import { SILENT_LOGGER } from '../../../src/server/logger';
import { DEFAULT_SERVER_OPTIONS } from '../../../src/server/options';
import { ServerCounters } from '../../../src/server/stats';
import type { Transport, TransportEvents } from '../../../src/server/transport';
import { encodeClientFrames, helloFor } from '../../helpers/raw-connection';
import { waitFor } from '../../helpers/wait';

// The plain listener lends each read to its connection in the buffer every connection reads
// into (TransportEvents.lent): the connection must copy whatever it keeps past the read.

/** A transport that lends reads as the shared read buffer does, and writes over them after. */
class LendingTransport implements Transport {
  readonly kind = 'tcp';
  readonly remoteAddress = '127.0.0.1';
  readonly remotePort = 1;
  readonly isByteStream = true;
  readonly writableLength = 0;
  readonly writableNeedDrain = false;
  readonly #replies = new FrameDecoder(1 << 20);
  readonly replies: ServerFrame[] = [];
  #events: TransportEvents | undefined;
  /** One buffer for every read, as the listener's. */
  readonly #readBuffer = Buffer.alloc(64 * 1024);

  listen(events: TransportEvents): void {
    this.#events = events;
  }

  write(frames: Buffer): boolean {
    this.#replies.push(frames, (body) => this.replies.push(decodeServerFrame(body)));
    return true;
  }

  /** Lends `bytes` in the read buffer, then overwrites it, as the next read will. */
  lend(bytes: Buffer): void {
    bytes.copy(this.#readBuffer);
    this.#events?.lent(this.#readBuffer, bytes.length);
    this.#readBuffer.fill('x');
  }

  pause(): void {}
  resume(): void {}
  end(): void {}
  destroy(): void {
    this.#events?.close();
  }
  refuse(): void {}
}

const connections: Connection[] = [];
afterEach(() => {
  for (const connection of connections.splice(0)) connection.destroy('test over');
});

/** A connection past its handshake, and the rings it uses. */
function readyConnection(): { transport: LendingTransport; rings: RingRegistry } {
  const options = DEFAULT_SERVER_OPTIONS;
  const rings = new RingRegistry({
    defaults: { capacity: 100, maxBytes: 1 << 20, overflow: 'overwrite' },
    maxRings: 10,
    maxTotalBytes: 1 << 30,
    autoCreate: true,
    maxReaderLagMs: 1000,
    listenerFor: () => ({ appended() {}, updated() {}, deleted() {} }),
  });
  const transport = new LendingTransport();
  const connection = new Connection(transport, {
    id: 1,
    rings,
    options: { ...options, logger: SILENT_LOGGER, idleTimeoutMs: 0 },
    logger: SILENT_LOGGER,
    counters: new ServerCounters(),
    throttle: new AuthThrottle(),
    release: () => {},
    setInterest: () => {},
    serverStats: () => {
      throw new Error('not asked');
    },
    ringsAfter: () => [],
  });
  connections.push(connection);
  transport.lend(encodeClientFrames({ id: 1, hello: helloFor('t') }));
  expect(transport.replies.map((reply) => reply.body)).toEqual(['welcome']);
  return { transport, rings };
}

/** The payloads of the latest `count` messages, oldest first, read with a GET. */
async function latestPayloads(
  transport: LendingTransport,
  count: number,
  ring?: string,
): Promise<string[]> {
  const before = transport.replies.length;
  transport.lend(encodeClientFrames({ id: 99, get: { count, ring } }));
  await waitFor(() => transport.replies.length === before + 1, 1000);
  const messages = transport.replies[before].get?.messages ?? [];
  return messages.map((message) => Buffer.from(message.payload ?? []).toString());
}

test('a lent read is handled in place: the SET stores its payload, not what the buffer holds next', async () => {
  const { transport } = readyConnection();
  transport.lend(encodeClientFrames({ id: 2, set: { payload: Buffer.from('first') } }));
  expect(transport.replies.map((reply) => reply.body)).toEqual(['welcome', 'set']);
  expect(await latestPayloads(transport, 1)).toEqual(['first']);
});

test('a SET that waits for its ring lock keeps its own copy of the payload, and so does a read queued behind it', async () => {
  const { transport, rings } = readyConnection();
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held = rings.default.exclusive(() => gate);
  transport.lend(encodeClientFrames({ id: 2, set: { payload: Buffer.from('waited') } }));
  transport.lend(encodeClientFrames({ id: 3, set: { payload: Buffer.from('queued') } }));
  expect(transport.replies).toHaveLength(1); // both SETs wait
  release();
  await held;
  await waitFor(() => transport.replies.length === 3, 1000);
  expect(transport.replies.map((reply) => reply.body)).toEqual(['welcome', 'set', 'set']);
  expect(await latestPayloads(transport, 2)).toEqual(['waited', 'queued']);
});

test('a frame cut across two lent reads is put together from copies of both', async () => {
  const { transport } = readyConnection();
  const set = encodeClientFrames({ id: 2, set: { payload: Buffer.from('split in two') } });
  transport.lend(set.subarray(0, 9));
  expect(transport.replies).toHaveLength(1);
  transport.lend(set.subarray(9));
  expect(transport.replies.map((reply) => reply.body)).toEqual(['welcome', 'set']);
  expect(await latestPayloads(transport, 1)).toEqual(['split in two']);
});

test('ring names read from lent reads are kept as copies (the decoder caches them)', async () => {
  const { transport } = readyConnection();
  // Same length, same first and last byte: the same slot of the decoder's name cache.
  transport.lend(encodeClientFrames({ id: 2, set: { ring: 'r10', payload: Buffer.from('ten') } }));
  transport.lend(
    encodeClientFrames({ id: 3, set: { ring: 'r20', payload: Buffer.from('twenty') } }),
  );
  expect(await latestPayloads(transport, 5, 'r10')).toEqual(['ten']);
  expect(await latestPayloads(transport, 5, 'r20')).toEqual(['twenty']);
});
