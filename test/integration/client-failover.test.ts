import {
  connect,
  RingwireError,
  type Client,
  type ConnectOptions,
  type Subscription,
  type SubscriptionEvent,
} from '../../src/client';
import {
  at,
  cleanUpFailover,
  closedGate,
  killHard,
  newDataDir,
  openFailoverClient,
  spawnKillable,
} from '../helpers/failover';
import { startServer } from '../helpers/server';
import { waitFor } from '../helpers/wait';

// A client given several servers (issue 12): it connects to the first that answers, and when
// its connection is lost it reconnects to another and makes its subscriptions again from the
// seq after the last one received. "Another server holding the same ring" is, without NATS,
// a durable server restarted on the same data dir on another port, behind a Gate that keeps
// the client off it until the test lets it through.

afterEach(cleanUpFailover);

/** Retries long enough for a server to start on a busy machine (a bound, not a timing claim). */
const PATIENT = { rounds: 200, delayMs: 50, maxDelayMs: 100 };
/** Gives up after three quick passes. */
const BRIEF = { rounds: 3, delayMs: 20, maxDelayMs: 40 };

/** A subscription's events as they come, and how its loop ended (undefined, or the error). */
function collect(subscription: Subscription): {
  events: SubscriptionEvent[];
  ended: Promise<unknown>;
} {
  const events: SubscriptionEvent[] = [];
  const ended = (async () => {
    for await (const event of subscription) events.push(event);
  })().then(
    () => undefined,
    (error: unknown) => error,
  );
  return { events, ended };
}

/** Events as short strings: `seq:text` for a message, `lost count from resumeSeq`. */
function summary(events: readonly SubscriptionEvent[]): string[] {
  return events.map((event) =>
    event.type === 'message'
      ? `${event.message.seq}:${event.message.payload.toString()}`
      : event.type === 'lost'
        ? `lost ${event.count} from ${event.resumeSeq}`
        : event.type,
  );
}

const texts = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `m${from + i}`);

async function setAll(client: Client, payloads: string[]): Promise<bigint[]> {
  return Promise.all(payloads.map((payload) => client.set(payload)));
}

const seqs = (from: number, to: number): bigint[] =>
  Array.from({ length: to - from + 1 }, (_, i) => BigInt(from + i));

it('a subscriber moves to the next server after kill -9 and receives every message once, in order', async () => {
  const dataDir = newDataDir();
  const first = await spawnKillable(['--data-dir', dataDir]);
  const gate = await closedGate();
  const lostServers: string[] = [];
  const reconnectedTo: string[] = [];
  const subscriber = await openFailoverClient({
    servers: [at(first.port), at(gate.port)],
    reconnect: PATIENT,
    onDisconnect: (_, server) => lostServers.push(server),
    onReconnect: (server) => reconnectedTo.push(server),
  });
  const received = collect(subscriber.subscribe({ from: 'oldest' }));
  expect(await setAll(await openFailoverClient({ port: first.port }), texts(1, 20))).toEqual(
    seqs(1, 20),
  );
  await waitFor(() => received.events.length === 20);

  await killHard(first.child);
  await waitFor(() => lostServers.length === 1);
  // The same ring on another port (the data dir replayed); the subscriber cannot reach it yet,
  // so these ten are stored while it is away.
  const second = await startServer({ dataDir });
  const writer = await openFailoverClient({ port: second.port });
  expect(await setAll(writer, texts(21, 30))).toEqual(seqs(21, 30));
  gate.open(second.port);
  await waitFor(() => received.events.length >= 30, 30_000);
  expect(await setAll(writer, texts(31, 40))).toEqual(seqs(31, 40));
  await waitFor(() => received.events.length >= 40);

  expect(summary(received.events)).toEqual(texts(1, 40).map((text, i) => `${i + 1}:${text}`));
  expect(lostServers).toEqual([at(first.port)]);
  expect(reconnectedTo).toEqual([at(gate.port)]);
  expect(subscriber.address).toBe(at(gate.port));
  await subscriber.close();
  expect(await received.ended).toBeUndefined();
});

it('tells a resubscribed subscriber what the ring overwrote while it was away (lost)', async () => {
  const dataDir = newDataDir();
  const first = await spawnKillable(['--data-dir', dataDir, '--capacity', '5']);
  const gate = await closedGate();
  const lostServers: string[] = [];
  const subscriber = await openFailoverClient({
    servers: [at(first.port), at(gate.port)],
    reconnect: PATIENT,
    onDisconnect: (_, server) => lostServers.push(server),
  });
  const received = collect(subscriber.subscribe({ from: 'oldest' }));
  await setAll(await openFailoverClient({ port: first.port }), texts(1, 3));
  await waitFor(() => received.events.length === 3);

  await killHard(first.child);
  await waitFor(() => lostServers.length === 1);
  const second = await startServer({ dataDir, capacity: 5 });
  expect(await setAll(await openFailoverClient({ port: second.port }), texts(4, 20))).toEqual(
    seqs(4, 20),
  );
  gate.open(second.port);
  await waitFor(() => received.events.length >= 9, 30_000);

  // Resubscribed from 4; the ring holds 16 to 20.
  expect(summary(received.events)).toEqual([
    '1:m1',
    '2:m2',
    '3:m3',
    'lost 12 from 16',
    ...texts(16, 20).map((text, i) => `${16 + i}:${text}`),
  ]);
});

it('fails the requests in flight with CONNECTION_CLOSED and sends later ones to the next server', async () => {
  const first = await spawnKillable();
  const second = await startServer();
  const client = await openFailoverClient({
    servers: [at(first.port), at(second.port)],
    reconnect: PATIENT,
  });
  expect(await client.set('on the first')).toBe(1n);
  // A long poll stays in flight; the ping's reply says the server has read it.
  const inFlight = client.get({ afterSeq: 1, waitMs: 60_000 }).catch((error: unknown) => error);
  await client.ping();

  await killHard(first.child);
  const error = (await inFlight) as RingwireError;
  expect([error.code, error instanceof RingwireError]).toEqual(['CONNECTION_CLOSED', true]);
  // Issued after the loss: waits for the reconnect, then runs on the second server.
  expect(await client.set('on the second')).toBe(1n);
  expect(client.address).toBe(at(second.port));
  const { messages } = await client.get({ count: 10 });
  expect(messages.map((m) => m.payload.toString())).toEqual(['on the second']);
});

it('connects to the first server that answers, in list order', async () => {
  const gate = await closedGate();
  const { port } = await startServer();
  const other = await startServer();
  const client = await openFailoverClient({
    servers: [at(gate.port), { host: '127.0.0.1', port }, at(other.port)],
  });
  expect(client.address).toBe(at(port));
  expect(await client.set('x')).toBe(1n);
});

it('fails over when a server shuts down gracefully (SHUTTING_DOWN)', async () => {
  const first = await startServer();
  const second = await startServer();
  const reasons: string[] = [];
  const client = await openFailoverClient({
    servers: [at(first.port), at(second.port)],
    reconnect: PATIENT,
    onDisconnect: (error) => reasons.push(error.code),
  });
  await first.server.shutdown();
  expect(await client.set('after the shutdown')).toBe(1n);
  expect([reasons, client.address]).toEqual([['SHUTTING_DOWN'], at(second.port)]);
});

it('when no server answers, ends with CONNECTION_FAILED: requests, subscriptions and closed', async () => {
  const { server, port } = await startServer();
  const gate = await closedGate();
  const client = await openFailoverClient({ servers: [at(port), at(gate.port)], reconnect: BRIEF });
  const received = collect(client.subscribe());
  await client.ping();
  const started = Date.now();
  await server.shutdown();
  const waiting = client.set('nowhere to go').catch((error: unknown) => error);

  const reason = await client.closed;
  expect(reason?.code).toBe('CONNECTION_FAILED');
  expect(reason?.message).toContain(at(port));
  expect(reason?.message).toContain(at(gate.port));
  // Generous: three passes of two refused connections and two short pauses.
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(((await waiting) as RingwireError).code).toBe('CONNECTION_FAILED');
  expect(((await received.ended) as RingwireError).code).toBe('CONNECTION_FAILED');
  await expect(client.ping()).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
});

it('refuses to connect when no server of the list answers, naming each', async () => {
  const gates = [await closedGate(), await closedGate()];
  const failure = connect({ servers: gates.map((gate) => at(gate.port)) });
  await expect(failure).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
  const { message } = (await failure.catch((error: RingwireError) => error)) as RingwireError;
  for (const gate of gates) expect(message).toContain(at(gate.port));
});

it('close() during a reconnect ends the client at once', async () => {
  const { server, port } = await startServer();
  const gate = await closedGate();
  let disconnected = false;
  const client = await openFailoverClient({
    servers: [at(port), at(gate.port)],
    // After a first pass, a pause far longer than the test's bound.
    reconnect: { rounds: 2, delayMs: 60_000, maxDelayMs: 60_000 },
    onDisconnect: () => (disconnected = true),
  });
  const received = collect(client.subscribe());
  await client.ping();
  await server.shutdown();
  await waitFor(() => disconnected);
  const waiting = client.ping().catch((error: unknown) => error);
  const started = Date.now();
  await client.close();
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(await client.closed).toBeUndefined();
  expect(((await waiting) as RingwireError).code).toBe('CONNECTION_CLOSED');
  expect(await received.ended).toBeUndefined();
});

it('without reconnect, a lost connection ends the client as with one server', async () => {
  const first = await startServer();
  const second = await startServer();
  const client = await openFailoverClient({
    servers: [at(first.port), at(second.port)],
    reconnect: false,
  });
  const received = collect(client.subscribe());
  await client.ping();
  await first.server.shutdown();
  expect((await client.closed)?.code).toBe('SHUTTING_DOWN');
  expect(((await received.ended) as RingwireError).code).toBe('SHUTTING_DOWN');
});

it('makes a subscription opened while reconnecting once, on the next server', async () => {
  const first = await startServer();
  const gate = await closedGate();
  const second = await startServer();
  let disconnected = false;
  const client = await openFailoverClient({
    servers: [at(first.port), at(gate.port)],
    reconnect: PATIENT,
    onDisconnect: () => (disconnected = true),
  });
  const older = collect(client.subscribe({ ring: 'older', from: 'oldest' }));
  await client.ping();
  await first.server.shutdown();
  await waitFor(() => disconnected);
  const newer = client.subscribe({ ring: 'newer', from: 'oldest' });
  const received = collect(newer);
  gate.open(second.port);
  expect(await newer.started).toBe(1n);

  const writer = await openFailoverClient({ port: second.port });
  await writer.set('n1', { ring: 'newer' });
  await writer.set('o1', { ring: 'older' });
  await waitFor(() => received.events.length === 1 && older.events.length === 1);
  expect([summary(received.events), summary(older.events)]).toEqual([['1:n1'], ['1:o1']]);
  const rings = await writer.rings();
  expect(rings.map((ring) => [ring.name, ring.subscribers])).toEqual([
    ['default', 0],
    ['newer', 1],
    ['older', 1],
  ]);
});

it.each([
  [{ servers: ['127.0.0.1:1'], host: '127.0.0.1' }, '`servers` replaces `host`, `port` and `url`'],
  [{ servers: ['127.0.0.1:1'], port: 1 }, '`servers` replaces `host`, `port` and `url`'],
  [{ servers: ['127.0.0.1:1'], url: 'ws://127.0.0.1:1/ws' }, '`servers` replaces'],
  [{ servers: [] }, '`servers` is empty'],
  [{ servers: ['a:0'] }, 'bad server address "a:0": the port must be an integer from 1 to 65535'],
] as [ConnectOptions, string][])('refuses %j with INVALID_ARGUMENT', async (options, message) => {
  const failure = connect(options);
  await expect(failure).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  await expect(failure).rejects.toThrow(message);
});
