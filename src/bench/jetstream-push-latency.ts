// Cross-server push latency over JetStream (docs/DEPLOYMENT.md, issue 12): a message SET on
// ringwire server A reaches a subscriber on server B, against JetStream's own publish-to-
// consumer latency with the Node client (publisher on one NATS node, ordered consumer on
// another). Both at the same paced rate, in alternating rounds of one process, so that they
// share the machine's state; prints one JSON line with the p50/p99 of each and their ratios.
//   node dist/src/bench/jetstream-push-latency.js --servers nats://127.0.0.1:14221,... \
//     --ringwire 127.0.0.1:17878,127.0.0.1:17879 --rate 2000 -d 5 --rounds 3
// The servers must share the NATS cluster; the bench uses a ring (and a stream) of its own.
import { parseArgs } from 'node:util';
import { jetstream, jetstreamManager, DiscardPolicy, StorageType } from '@nats-io/jetstream';
import { connect as connectNats } from '@nats-io/transport-node';
import type * as hdr from 'hdr-histogram-js';
import { connect } from '../client';
import { elapsedUs, newLatencyHistogram } from './latency';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: 'nats://127.0.0.1:4222' },
    ringwire: { type: 'string', default: '127.0.0.1:7878,127.0.0.1:7879' },
    rate: { type: 'string', default: '2000' },
    duration: { type: 'string', short: 'd', default: '5' },
    rounds: { type: 'string', default: '3' },
    size: { type: 'string', default: '100' },
    replicas: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const TICK_MS = 5;
/** The index of a message sent before measuring. */
const WARM_UP = 0xffffffff;

/** A sender of message `index` and the stream of its arrivals, for one side of the comparison. */
interface Side {
  send(index: number): Promise<unknown>;
  /** Calls `arrived(index)` for each message received; resolves once receiving. */
  receive(arrived: (index: number) => void): Promise<void>;
  close(): Promise<void>;
}

/** `rate` messages per second for `seconds`, paced in ticks; each arrival's latency recorded. */
async function measure(side: Side, rate: number, seconds: number): Promise<hdr.Histogram> {
  const sentAt: number[] = [];
  const latencyUs = newLatencyHistogram();
  let received = 0;
  const failures: string[] = [];
  await side.receive((index) => {
    const sent = sentAt[index];
    if (sent === undefined) return;
    latencyUs.recordValue(elapsedUs(sent, performance.now()));
    received++;
  });
  const perTick = Math.max(1, Math.round((rate * TICK_MS) / 1000));
  const total = Math.round(rate * seconds);
  let index = 0;
  while (index < total) {
    const tickStart = performance.now();
    for (let i = 0; i < perTick && index < total; i++, index++) {
      sentAt[index] = performance.now();
      void side.send(index).catch((error: unknown) => failures.push(String(error)));
    }
    const rest = TICK_MS - (performance.now() - tickStart);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
  const deadline = performance.now() + 5000;
  while (received < total && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await side.close();
  if (received < total) {
    const first = failures.length > 0 ? ` (${failures.length} sends failed: ${failures[0]})` : '';
    throw new Error(`only ${received} of ${total} messages arrived${first}`);
  }
  return latencyUs;
}

function payloadOf(index: number, size: number): Uint8Array {
  const payload = Buffer.alloc(Math.max(size, 8), 0x61);
  payload.writeUInt32BE(index, 0);
  return payload;
}

/** JetStream alone: publish through the first NATS server, consume through the second. */
async function jetStreamSide(servers: string[], size: number, round: number): Promise<Side> {
  const stream = `bench_latency_${process.pid}_${round}`;
  const subject = `bench.latency.${process.pid}.${round}`;
  const publisher = await connectNats({ servers: servers[0] });
  const consumerConnection = await connectNats({ servers: servers[1] ?? servers[0] });
  const jsm = await jetstreamManager(publisher);
  await jsm.streams.add({
    name: stream,
    subjects: [subject],
    max_msgs: 100_000,
    discard: DiscardPolicy.Old,
    storage: StorageType.File,
    num_replicas: Number(values.replicas),
  });
  const js = jetstream(publisher);
  let stop = (): Promise<void> => Promise.resolve();
  return {
    send: (index) => js.publish(subject, payloadOf(index, size)),
    receive: async (arrived) => {
      const consumer = await jetstream(consumerConnection).consumers.get(stream);
      const messages = await consumer.consume({
        callback: (message) => arrived(Buffer.from(message.data).readUInt32BE(0)),
      });
      stop = () => messages.close().then(() => undefined);
    },
    close: async () => {
      await stop();
      await jsm.streams.delete(stream);
      await Promise.all([publisher.close(), consumerConnection.close()]);
    },
  };
}

/** ringwire: SET on the first server, subscribed on the second. */
async function ringwireSide(addresses: string[], size: number, round: number): Promise<Side> {
  const ring = `bench-latency-${process.pid}-${round}`;
  const [writer, reader] = await Promise.all(
    [addresses[0], addresses[1] ?? addresses[0]].map((address) =>
      connect({ servers: [address], reconnect: false, name: 'push-latency' }),
    ),
  );
  return {
    send: (index) => writer.set(payloadOf(index, size), { ring }),
    receive: async (arrived) => {
      const subscription = reader.subscribe({ ring, from: 'now' });
      await subscription.started;
      // The ring, its streams and both replicas exist before the clock starts, as the
      // JetStream side's stream does: a first SET makes them, and its push is awaited.
      let warmedUp: () => void = () => {};
      const warm = new Promise<void>((resolve) => (warmedUp = resolve));
      void (async () => {
        for await (const event of subscription) {
          if (event.type !== 'message') continue;
          const index = Buffer.from(event.message.payload).readUInt32BE(0);
          if (index === WARM_UP) warmedUp();
          else arrived(index);
        }
      })().catch(() => {});
      // The first SET of a ring just made can find no stream leader yet (DEPLOYMENT.md).
      const deadline = performance.now() + 10_000;
      for (;;) {
        try {
          await writer.set(payloadOf(WARM_UP, size), { ring });
          break;
        } catch (error) {
          if (performance.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await warm;
    },
    close: async () => {
      await Promise.all([writer.close(), reader.close()]);
    },
  };
}

const quantiles = (h: hdr.Histogram): { p50: number; p99: number } => ({
  p50: h.getValueAtPercentile(50) / 1000,
  p99: Math.min(h.getValueAtPercentile(99), h.maxValue) / 1000,
});

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  if (values.help) {
    process.stdout.write(
      'usage: jetstream-push-latency --servers nats://a,nats://b --ringwire hostA:port,hostB:port [--rate N] [-d S] [--rounds R] [--size B] [--replicas N]\n',
    );
    return;
  }
  const servers = (values.servers as string).split(',');
  const addresses = (values.ringwire as string).split(',');
  const [rate, seconds, rounds, size] = [
    values.rate,
    values.duration,
    values.rounds,
    values.size,
  ].map(Number);
  const results: {
    jetstream: { p50: number; p99: number };
    ringwire: { p50: number; p99: number };
  }[] = [];
  for (let round = 0; round < rounds; round++) {
    const direct = quantiles(
      await measure(await jetStreamSide(servers, size, round), rate, seconds),
    );
    const viaRingwire = quantiles(
      await measure(await ringwireSide(addresses, size, round), rate, seconds),
    );
    results.push({ jetstream: direct, ringwire: viaRingwire });
    process.stderr.write(`round ${round + 1}: ${JSON.stringify(results[round])}\n`);
  }
  const ratios = (key: 'p50' | 'p99'): number[] =>
    results.map((r) => r.ringwire[key] / r.jetstream[key]);
  process.stdout.write(
    `${JSON.stringify({
      rate,
      seconds,
      rounds: results,
      p50Ratio: median(ratios('p50')),
      p99Ratio: median(ratios('p99')),
      p99Ratios: ratios('p99'),
    })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
