import { DiscardPolicy, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import {
  encodedHeaders,
  EXPECTED_STREAM_HEADER,
  JetStreamPublisher,
} from '../../src/store/jetstream/publisher';
import { useNatsCluster } from '../helpers/nats-cluster';
import { waitFor } from '../helpers/wait';

// The publisher a ringwire server uses to write to JetStream (src/store/jetstream/publisher.ts),
// against real nats-server processes: acks, refusals, no stream, and publishes nobody answers.

const cluster = useNatsCluster();
let connection: NatsConnection;
let jsm: JetStreamManager;
let streams = 0;

beforeAll(async () => {
  connection = await connect({ servers: cluster().url.split(',') });
  jsm = await jetstreamManager(connection);
});

afterAll(async () => {
  await connection.close();
});

/** A new one-replica stream on subject `<name>.in`; its name. */
async function newStream(options: { maxMsgs?: number; discardNew?: boolean } = {}) {
  const name = `pub${++streams}`;
  await jsm.streams.add({
    name,
    subjects: [`${name}.in`],
    num_replicas: 1,
    max_msgs: options.maxMsgs ?? -1,
    discard: options.discardNew ? DiscardPolicy.New : DiscardPolicy.Old,
  });
  return name;
}

const headersOf = (stream: string) =>
  encodedHeaders({ 'Ringwire-Time': '1234', [EXPECTED_STREAM_HEADER]: stream });

test('each publish resolves with the seq its stream gave it, and the stream holds its headers and data', async () => {
  const publisher = new JetStreamPublisher(connection, 2000);
  const stream = await newStream();
  const seqs = await Promise.all(
    ['a', 'b', 'c'].map((text) =>
      publisher.publish(`${stream}.in`, Buffer.from(text), headersOf(stream)),
    ),
  );
  expect(seqs).toEqual([1, 2, 3]);
  const stored = await jsm.streams.getMessage(stream, { seq: 2 });
  expect(Buffer.from(stored?.data ?? []).toString()).toBe('b');
  expect(stored?.header.get('Ringwire-Time')).toBe('1234');
  publisher.close();
});

test('a full stream that discards new messages refuses with RING_FULL', async () => {
  const publisher = new JetStreamPublisher(connection, 2000);
  const stream = await newStream({ maxMsgs: 1, discardNew: true });
  await publisher.publish(`${stream}.in`, Buffer.from('1'), headersOf(stream));
  await expect(
    publisher.publish(`${stream}.in`, Buffer.from('2'), headersOf(stream)),
  ).rejects.toMatchObject({ code: 'RING_FULL' });
  publisher.close();
});

test('a subject of another stream than the one expected is STORE_UNAVAILABLE', async () => {
  const publisher = new JetStreamPublisher(connection, 60_000);
  const stream = await newStream();
  await expect(
    publisher.publish(`${stream}.in`, Buffer.from('x'), headersOf('another')),
  ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringMatching(/stream/) });
  publisher.close();
});

test('a subject no stream takes yet is tried again, one publish at a time, until a stream takes it: the seqs keep the order of the publishes', async () => {
  const publisher = new JetStreamPublisher(connection, 10_000);
  const name = `pub${++streams}`;
  const seqs = ['a', 'b', 'c'].map((text) =>
    publisher.publish(`${name}.in`, Buffer.from(text), headersOf(name)),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await jsm.streams.add({ name, subjects: [`${name}.in`], num_replicas: 1 });
  expect(await Promise.all(seqs)).toEqual([1, 2, 3]);
  const stored = await jsm.streams.getMessage(name, { seq: 3 });
  expect(Buffer.from(stored?.data ?? []).toString()).toBe('c');
  // Routed from now on: a publish no stream answers fails at once.
  await jsm.streams.delete(name);
  await expect(
    publisher.publish(`${name}.in`, Buffer.from('d'), headersOf(name)),
  ).rejects.toMatchObject({ message: expect.stringContaining('no stream leader answered') });
  publisher.close();
});

test('once the probe of a new subject is acknowledged, the publishes queued behind it are all sent without waiting for each other', async () => {
  const publisher = new JetStreamPublisher(connection, 60_000);
  const subject = 'held.acks';
  const queued = Array.from({ length: 50 }, (_, i) =>
    publisher.publish(subject, Buffer.from(String(i)), headersOf('none')),
  );
  // Nobody listens yet: the first publish is answered "no responders" and sent again. Then a
  // responder acknowledges the first message it gets and holds every later one unanswered.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const received: string[] = [];
  const responder = connection.subscribe(subject, {
    callback: (_error, message) => {
      received.push(Buffer.from(message.data).toString());
      if (received.length === 1) message.respond(JSON.stringify({ stream: 'none', seq: 1 }));
    },
  });
  await connection.flush();
  expect(await queued[0]).toBe(1);
  // Sent one at a time, the second would wait for an ack forever and the third never go.
  await waitFor(() => received.length === queued.length);
  expect(received).toEqual(queued.map((_, i) => String(i)));
  publisher.close();
  await Promise.allSettled(queued);
  responder.unsubscribe();
});

test('a subject no stream ever takes fails with STORE_UNAVAILABLE at the timeout, and so do the publishes queued behind it', async () => {
  const publisher = new JetStreamPublisher(connection, 300);
  const failures = await Promise.all(
    ['x', 'y'].map((text) =>
      publisher.publish('no.stream.here', Buffer.from(text), headersOf('none')).catch(String),
    ),
  );
  expect(failures[0]).toContain('no stream leader answered');
  // Queued behind the first, its time is up when its turn comes: it is not sent at all.
  expect(failures[1]).toContain('no acknowledgement within 300 ms');
  publisher.close();
});

test('a publish nobody acknowledges fails with STORE_UNAVAILABLE after the timeout; close fails the ones waiting', async () => {
  const publisher = new JetStreamPublisher(connection, 300);
  // A plain subscriber takes the message and never answers.
  const silent = connection.subscribe('silent.subject');
  await connection.flush();
  await expect(
    publisher.publish('silent.subject', Buffer.from('x'), headersOf('none')),
  ).rejects.toMatchObject({
    code: 'STORE_UNAVAILABLE',
    message: expect.stringContaining('no acknowledgement within 300 ms'),
  });
  const waiting = new JetStreamPublisher(connection, 60_000);
  const pending = waiting.publish('silent.subject', Buffer.from('y'), headersOf('none'));
  waiting.close();
  await expect(pending).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  await expect(
    waiting.publish('silent.subject', Buffer.from('z'), headersOf('none')),
  ).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  silent.unsubscribe();
  publisher.close();
});
