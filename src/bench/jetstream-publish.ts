// The baseline of a ringwire server over JetStream (docs/DEPLOYMENT.md): the same load as
// `./bench --op set`, published straight to a JetStream stream with the Node client. C
// connections, each with P publishes in flight, for D seconds; prints one JSON line.
//   node dist/src/bench/jetstream-publish.js --servers nats://127.0.0.1:4222 -c 8 -P 16 -d 5
// It creates the stream (R3 unless --replicas) and deletes it at the end.
import { parseArgs } from 'node:util';
import { jetstream, jetstreamManager, DiscardPolicy, StorageType } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';

const { values } = parseArgs({
  options: {
    servers: { type: 'string', default: 'nats://127.0.0.1:4222' },
    clients: { type: 'string', short: 'c', default: '8' },
    pipeline: { type: 'string', short: 'P', default: '16' },
    duration: { type: 'string', short: 'd', default: '5' },
    size: { type: 'string', default: '100' },
    replicas: { type: 'string', default: '3' },
    capacity: { type: 'string', default: '1024' },
  },
});

async function main(): Promise<void> {
  const servers = (values.servers as string).split(',');
  const stream = `bench_publish_${process.pid}`;
  const subject = `bench.publish.${process.pid}`;
  const admin = await connect({ servers });
  const jsm = await jetstreamManager(admin);
  await jsm.streams.add({
    name: stream,
    subjects: [subject],
    max_msgs: Number(values.capacity),
    discard: DiscardPolicy.Old,
    storage: StorageType.File,
    num_replicas: Number(values.replicas),
  });
  const payload = new Uint8Array(Number(values.size)).fill(0x61);
  const connections: NatsConnection[] = await Promise.all(
    Array.from({ length: Number(values.clients) }, () => connect({ servers })),
  );
  const deadline = performance.now() + Number(values.duration) * 1000;
  let published = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    connections.flatMap((connection) => {
      const js = jetstream(connection);
      return Array.from({ length: Number(values.pipeline) }, async () => {
        while (performance.now() < deadline) {
          try {
            await js.publish(subject, payload);
            published++;
          } catch {
            errors++;
          }
        }
      });
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${JSON.stringify({ opsPerSec: Math.round(published / seconds), published, errors, seconds })}\n`,
  );
  await Promise.all(connections.map((connection) => connection.close()));
  await jsm.streams.delete(stream);
  await admin.close();
}

void main();
