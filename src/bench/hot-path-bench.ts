// The server's hot path without the kernel: real Connections (decoder, dispatch, ring,
// encoder) fed pipelined request chunks through an in-memory transport, lent as the plain TCP
// listener lends each socket read. Prints the wall time per request of each round. A measurement
// for people (docs/BENCHMARKS.md quotes it), not a test; under
// `valgrind --tool=callgrind` its instruction counts do not depend on what else runs:
//   make build && node --max-semi-space-size=1 dist/src/bench/hot-path-bench.js --op set --rings 10
import { parseArgs } from 'node:util';
import { newClientFrameEncoder } from '../protocol/codec';
import { PROTOCOL_VERSION_MAX } from '../protocol/constants';
import { RingRegistry } from '../ring/ring-registry';
import { AuthThrottle } from '../server/auth-throttle';
import { Connection, type ConnectionContext } from '../server/connection';
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from '../server/options';
import { RingReaders } from '../server/reader';
import { ServerCounters } from '../server/stats';
import type { Transport, TransportEvents } from '../server/transport';

const { values } = parseArgs({
  options: {
    op: { type: 'string', default: 'set' },
    rings: { type: 'string', default: '1' },
    connections: { type: 'string', default: '50' },
    pipeline: { type: 'string', default: '16' },
    requests: { type: 'string', default: '2000000' },
    capacity: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
  },
});
const op = values.op as string;
const ringCount = Number(values.rings);
const connectionCount = Number(values.connections);
const pipeline = Number(values.pipeline);
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const PAYLOAD = Buffer.alloc(100, 0x61);

/** Accepts every write at once, like a socket whose peer reads everything. */
class MemoryTransport implements Transport {
  readonly kind = 'memory';
  readonly remoteAddress = '127.0.0.1';
  readonly remotePort = 1;
  readonly isByteStream = true;
  readonly writableLength = 0;
  readonly writableNeedDrain = false;
  events: TransportEvents | undefined;
  bytesWritten = 0;

  listen(events: TransportEvents): void {
    this.events = events;
  }
  write(frames: Buffer): boolean {
    this.bytesWritten += frames.length;
    return true;
  }
  pause(): void {}
  resume(): void {}
  end(): void {}
  destroy(): void {}
  refuse(): void {}
}

/** The chunk one read of a pipelining client hands over: `pipeline` request frames. */
function requestChunk(ring: string): Buffer {
  const encoder = newClientFrameEncoder();
  const ringField = ring === 'default' ? {} : { ring };
  for (let i = 0; i < pipeline; i++) {
    const id = i + 1;
    if (op === 'set') encoder.add({ id, set: { payload: PAYLOAD, ...ringField } });
    else if (op === 'get1') encoder.add({ id, get: { count: 1, ...ringField } });
    else if (op === 'get10') encoder.add({ id, get: { count: 10, ...ringField } });
    else throw new Error(`--op set|get1|get10, got ${op}`);
  }
  return encoder.take();
}

function helloChunk(): Buffer {
  const encoder = newClientFrameEncoder();
  encoder.add({
    id: 1,
    hello: { minVersion: 1, maxVersion: PROTOCOL_VERSION_MAX, clientName: 'bench' },
  });
  return encoder.take();
}

const options: ServerOptions = {
  ...DEFAULT_SERVER_OPTIONS,
  capacity: Number(values.capacity),
  serverName: 'bench',
};
const rings = new RingRegistry({
  defaults: { capacity: options.capacity, maxBytes: options.maxBytes, overflow: 'overwrite' },
  maxRings: options.maxRings,
  maxTotalBytes: options.maxTotalBytes,
  autoCreate: true,
  maxReaderLagMs: options.maxReaderLagMs,
  listenerFor: () => new RingReaders(),
});
const counters = new ServerCounters();
const context = (id: number): ConnectionContext => ({
  id,
  rings,
  options,
  logger: options.logger,
  counters,
  throttle: new AuthThrottle({ maxDelayMs: 0 }),
  release: () => {},
  setInterest: () => {},
  serverStats: () => {
    throw new Error('not measured');
  },
  ringsAfter: () => [],
});

const ringNames = Array.from({ length: ringCount }, (_, i) =>
  ringCount === 1 ? 'default' : `bench-${i}`,
);
const transports = Array.from({ length: connectionCount }, (_, i) => {
  const transport = new MemoryTransport();
  new Connection(transport, context(i + 1));
  transport.events?.data(helloChunk());
  return transport;
});
const chunks = transports.map((_, i) => requestChunk(ringNames[i % ringCount]));

/** Hands `chunk` to the connection as the plain TCP listener does with each read: lent. */
function lend(transport: MemoryTransport, chunk: Buffer): void {
  transport.events?.lent(chunk, chunk.length);
}

/** A ring full of messages, as before a GET load (and as a SET load finds it after warm-up). */
function fill(): void {
  const fillChunks = ringNames.map(fillChunk);
  const held = Math.min(options.capacity, options.maxBytes / PAYLOAD.length);
  const perRing = Math.ceil(held * 1.1);
  for (let done = 0; done < perRing; done += pipeline) {
    for (let r = 0; r < ringCount; r++) lend(transports[r], fillChunks[r]);
  }
}

function fillChunk(ring: string): Buffer {
  const encoder = newClientFrameEncoder();
  for (let i = 0; i < pipeline; i++) {
    encoder.add({ id: i + 1, set: { payload: PAYLOAD, ...(ring === 'default' ? {} : { ring }) } });
  }
  return encoder.take();
}

function run(): number {
  const batches = Math.ceil(requests / pipeline / connectionCount);
  const started = process.hrtime.bigint();
  for (let b = 0; b < batches; b++) {
    for (let c = 0; c < connectionCount; c++) lend(transports[c], chunks[c]);
  }
  return Number(process.hrtime.bigint() - started) / (batches * connectionCount * pipeline);
}

fill();
for (let round = 1; round <= rounds; round++) {
  const ns = run();
  console.log(JSON.stringify({ op, rings: ringCount, round, nsPerRequest: +ns.toFixed(1) }));
}
