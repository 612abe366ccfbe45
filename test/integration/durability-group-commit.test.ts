import { join } from 'node:path';
import type { Client, SubscriptionEvent } from '../../src/client';
import { RingwireError } from '../../src/errors';
import { closeAllClients, openClient } from '../helpers/clients';
import { MAX_SETTLING_BATCHES } from '../../src/server/settling-replies';
import { startServer, stopAllServers } from '../helpers/server';
import { waitFor } from '../helpers/wait';
import { TempDirectories } from '../store/log-fixtures';
import { FaultyFiles } from '../store/faulty-files';

// A durable ring releases its lock as soon as a step is applied in memory: the steps of many
// connections share one writev and one fdatasync, and reads are fenced so that no client is
// shown a write whose commit then fails (docs/DURABILITY-DESIGN.md, "Group commit").

const temp = new TempDirectories();

afterEach(async () => {
  await closeAllClients();
  await stopAllServers();
  await temp.cleanUp();
});

/** A server with --data-dir --fsync always over `files`, in-process. */
async function durableServer(files: FaultyFiles, dataDir?: string) {
  const directory = dataDir ?? join(await temp.make(), 'data');
  const { port } = await startServer(
    { dataDir: directory, fsync: 'always', logFiles: files },
    undefined,
    false,
  );
  return { port, dataDir: directory };
}

async function clients(port: number, count: number): Promise<Client[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => openClient(port, `writer-${i}`)));
}

/** Every event of `client`'s subscription to the default ring, as it arrives. */
async function subscribeAll(client: Client): Promise<SubscriptionEvent[]> {
  const events: SubscriptionEvent[] = [];
  const subscription = client.subscribe({ from: 'now' });
  await subscription.started;
  void (async () => {
    for await (const event of subscription) events.push(event);
  })().catch(() => undefined);
  return events;
}

const pushedTexts = (events: SubscriptionEvent[]): string[] =>
  events.flatMap((event) => (event.type === 'message' ? [event.message.payload.toString()] : []));

async function latestTexts(client: Client, count = 100): Promise<string[]> {
  const { messages } = await client.get({ count });
  return messages.map((message) => `${message.seq} ${message.payload.toString()}`);
}

/** The error a promise rejected with, or undefined when it resolved. */
async function failureOf(promise: Promise<unknown>): Promise<RingwireError | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error as RingwireError;
  }
}

test('writes of many connections share one commit: fewer writevs and fdatasyncs than steps', async () => {
  const files = new FaultyFiles();
  // A slow disk: while one fdatasync runs, every connection's next step joins the next group.
  files.datasyncDelayMs = 30;
  const { port } = await durableServer(files);
  const writers = await clients(port, 10);
  await writers[0].set('the ring log exists');
  const before = { writes: files.writes, datasyncs: files.datasyncs };

  const rounds = 5;
  for (let round = 0; round < rounds; round++) {
    // One SET per connection and round: each is a step of its own.
    await Promise.all(writers.map((writer, i) => writer.set(`round ${round} from ${i}`)));
  }
  const steps = rounds * writers.length;
  const writes = files.writes - before.writes;
  const datasyncs = files.datasyncs - before.datasyncs;
  // Holding the ring's lock through each commit took one writev and one fdatasync per step.
  expect(writes).toBeLessThan(steps / 2);
  expect(datasyncs).toBeLessThan(steps / 2);
  expect((await writers[0].get({ count: 100 })).messages).toHaveLength(steps + 1);
});

test('a connection goes on answering pipelined writes while earlier commits are in flight, up to its bound, and its replies keep request order', async () => {
  const files = new FaultyFiles();
  const { port } = await durableServer(files);
  const [writer, observer] = await clients(port, 2);
  await writer.set('the ring log exists');
  const release = files.holdDatasyncs();
  const answered: string[] = [];
  const requests: Promise<unknown>[] = [];
  // Each SET alone in its read: sent once the one before is in memory (STATS counts it).
  for (let i = 1; i <= MAX_SETTLING_BATCHES; i++) {
    requests.push(writer.set(`m${i}`).then((seq) => answered.push(`set ${seq}`)));
    await waitFor(async () => (await observer.stats()).ringMessages === 1 + i);
  }
  // Past the bound: these wait, unread, until a held batch has left.
  requests.push(writer.set('over the bound').then((seq) => answered.push(`set ${seq}`)));
  requests.push(writer.get({ count: 1 }).then((r) => answered.push(`get ${r.messages[0].seq}`)));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((await observer.stats()).ringMessages).toBe(1 + MAX_SETTLING_BATCHES);
  expect(answered).toEqual([]);

  release();
  await Promise.all(requests);
  const last = MAX_SETTLING_BATCHES + 2;
  expect(answered).toEqual([
    ...Array.from({ length: MAX_SETTLING_BATCHES + 1 }, (_, i) => `set ${i + 2}`),
    `get ${last}`,
  ]);
});

test('a reader on another connection never sees a write whose commit then fails', async () => {
  const files = new FaultyFiles();
  const { port } = await durableServer(files);
  const [writer, latestReader, nextReader, subscriber] = await clients(port, 4);
  await writer.set('kept 1');
  const pushed = await subscribeAll(subscriber);
  await nextReader.get({ next: true, count: 100 });

  // The write of "doomed" reaches memory, then its fdatasync hangs for a while and fails.
  files.datasyncDelayMs = 1000;
  files.fail('datasync', 'EIO');
  const datasyncsBefore = files.datasyncs;
  const doomed = failureOf(writer.set('doomed'));
  await waitFor(() => files.datasyncs > datasyncsBefore);

  // Reads while its commit is in flight: a GET of the latest messages would show it, so its
  // reply waits for that commit and fails with it; a cursor stops before it.
  const latest = failureOf(latestReader.get({ count: 10 }));
  const next = nextReader.get({ next: true, count: 10 });
  expect((await doomed)?.code).toBe('STORE_UNAVAILABLE');
  expect((await latest)?.code).toBe('STORE_UNAVAILABLE');
  expect((await next).messages).toEqual([]);

  files.datasyncDelayMs = 0;
  await writer.set('kept 2');
  await waitFor(() => pushed.length >= 1);
  expect(await latestTexts(latestReader)).toEqual(['1 kept 1', '3 kept 2']);
  expect((await nextReader.get({ next: true, count: 10 })).messages.map((m) => m.seq)).toEqual([
    3n,
  ]);
  // Give a wrong push time to arrive behind the right one: a ping's round trip.
  await subscriber.ping();
  expect(pushedTexts(pushed)).toEqual(['kept 2']);
});

test('a failed group answers STORE_UNAVAILABLE to every write in it, from every connection, and memory equals the log after', async () => {
  const files = new FaultyFiles();
  const { port, dataDir } = await durableServer(files);
  const writers = await clients(port, 5);
  const [subscriber] = await clients(port, 1);
  await writers[0].set('first');
  await writers[0].set('second');
  await writers[1].update(1, 'first, updated');
  const pushed = await subscribeAll(subscriber);

  // A commit that holds the log for a while: everything written meanwhile forms the next
  // group, whose writev then fails.
  files.datasyncDelayMs = 1000;
  const datasyncsBefore = files.datasyncs;
  const blocker = writers[0].set('blocker');
  await waitFor(() => files.datasyncs > datasyncsBefore);
  files.fail('writev', 'ENOSPC');
  const group = writers.flatMap((writer, i) => [
    failureOf(writer.set(`group ${i}.1`)),
    failureOf(writer.set(`group ${i}.2`)),
  ]);
  group.push(failureOf(writers[2].update(1, 'first, updated again')));
  group.push(failureOf(writers[3].update(2, 'second, updated')));
  await blocker;
  files.datasyncDelayMs = 0;
  const failures = await Promise.all(group);
  expect(failures.map((failure) => failure?.code)).toEqual(
    Array(group.length).fill('STORE_UNAVAILABLE'),
  );
  expect(failures[0]?.message).toMatch(/ENOSPC/);

  // Memory holds what the log holds: the failed appends are gaps, the updates undone.
  const inMemory = await latestTexts(writers[0]);
  expect(inMemory).toEqual(['1 first, updated', '2 second', '3 blocker']);
  await writers[4].set('after');
  await waitFor(() => pushed.length >= 2);
  await subscriber.ping();
  expect(pushedTexts(pushed)).toEqual(['blocker', 'after']);

  await closeAllClients();
  await stopAllServers();
  const restarted = await durableServer(new FaultyFiles(), dataDir);
  const reader = await openClient(restarted.port, 'reader');
  const recovered = await latestTexts(reader);
  expect(recovered.slice(0, -1)).toEqual(inMemory);
  expect(recovered.at(-1)).toMatch(/^\d+ after$/);
});
