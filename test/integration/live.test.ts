import { RingwireError, type Client, type SubscriptionEvent } from '../../src/client';
import { RawConnection } from '../helpers/raw-connection';
import { closeAllClients, openClient } from '../helpers/clients';
import { startServer, stopAllServers } from '../helpers/server';
import { describeEachTransport } from '../helpers/transports';
import { waitFor } from '../helpers/wait';

afterEach(async () => {
  await closeAllClients();
  await stopAllServers();
});

/** Collects events from a subscription until `until` says enough (or the subscription ends). */
async function collect(
  events: AsyncIterable<SubscriptionEvent>,
  until: (seen: SubscriptionEvent[]) => boolean,
): Promise<SubscriptionEvent[]> {
  const seen: SubscriptionEvent[] = [];
  for await (const event of events) {
    seen.push(event);
    if (until(seen)) break;
  }
  return seen;
}

const messageSeqs = (events: SubscriptionEvent[]): bigint[] =>
  events.flatMap((e) => (e.type === 'message' ? [e.message.seq] : []));

async function writeAll(writer: Client, texts: string[]): Promise<bigint[]> {
  return Promise.all(texts.map((text) => writer.set(text)));
}

describeEachTransport('subscriptions', () => {
  it('give each of many subscribers every message of many concurrent writers, in order, once', async () => {
    const { port } = await startServer({ capacity: 10_000 });
    const subscribers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => openClient(port, `sub-${i}`)),
    );
    const subscriptions = subscribers.map((s) => s.subscribe({ from: 'now' }));
    expect(await Promise.all(subscriptions.map((s) => s.started))).toEqual([1n, 1n, 1n, 1n, 1n]);

    const total = 10 * 300;
    const received = subscriptions.map((s) => collect(s, (seen) => seen.length === total));
    const writers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => openClient(port, `writer-${i}`)),
    );
    const written = await Promise.all(
      writers.map((w, i) =>
        writeAll(
          w,
          Array.from({ length: 300 }, (_, j) => `w${i}-${j}`),
        ),
      ),
    );
    const expected: string[] = [];
    written.forEach((seqs, w) =>
      seqs.forEach((seq, j) => (expected[Number(seq) - 1] = `${seq}:w${w}-${j}`)),
    );

    for (const events of await Promise.all(received)) {
      // Every event a message, seqs 1..3000 in order, each with the payload its writer sent.
      const lines = events.map((e) =>
        e.type === 'message' ? `${e.message.seq}:${e.message.payload}` : e.type,
      );
      expect(lines).toEqual(expected);
    }
  });

  it('start at the oldest held or at a seq, and tell a subscriber what the ring overwrote', async () => {
    const { port } = await startServer({ capacity: 5 });
    const writer = await openClient(port, 'writer');
    await writeAll(writer, ['1', '2', '3', '4', '5', '6', '7', '8']); // holds 4..8

    const oldest = (await openClient(port, 'a')).subscribe({ from: 'oldest' });
    expect(await oldest.started).toBe(4n);
    expect(messageSeqs(await collect(oldest, (seen) => seen.length === 5))).toEqual([
      4n,
      5n,
      6n,
      7n,
      8n,
    ]);

    const behind = (await openClient(port, 'b')).subscribe({ from: 2n });
    const events = await collect(behind, (seen) => seen.length === 6);
    expect(events[0]).toEqual({ type: 'lost', count: 2n, resumeSeq: 4n });
    expect(messageSeqs(events)).toEqual([4n, 5n, 6n, 7n, 8n]);
  });

  it('push updates and deletes of delivered messages; GET shows them too', async () => {
    const { port } = await startServer();
    const subscriber = await openClient(port, 'sub');
    const subscription = subscriber.subscribe({ from: 'oldest' });
    await subscription.started;
    const events = collect(subscription, (seen) => seen.length === 5);
    const writer = await openClient(port, 'writer');
    await writeAll(writer, ['a', 'b', 'c']);
    // Wait until all three were pushed, so the changes are to delivered messages.
    while ((await writer.stats()).requests.set !== 3) await new Promise((r) => setTimeout(r, 5));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.update(2n, 'B');
    await writer.delete(3n);

    const seen = await events;
    expect(messageSeqs(seen)).toEqual([1n, 2n, 3n]);
    expect(seen[3]).toMatchObject({ type: 'updated', message: { seq: 2n } });
    expect((seen[3] as { message: { payload: Buffer } }).message.payload.toString()).toBe('B');
    expect(seen[4]).toEqual({ type: 'deleted', seq: 3n });

    const read = await writer.get({ afterSeq: 0n, count: 10 });
    expect(read.messages.map((m) => m.payload.toString())).toEqual(['a', 'B']);
    expect(read.messages[1].updatedMs).toBeGreaterThan(0);
    expect([read.deleted, read.nextSeq]).toEqual([1n, 4n]);
    await expect(writer.update(3n, 'gone')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A deleted seq is never reused.
    expect(await writer.set('d')).toBe(4n);
  });

  it('end cleanly when left with break, and let the connection subscribe again', async () => {
    const { port } = await startServer();
    const c = await openClient(port, 'again');
    const writer = await openClient(port, 'writer');
    const first = c.subscribe({ from: 'now' });
    await first.started;
    expect(() => c.subscribe()).toThrow(RingwireError);
    const firstEvents = collect(first, (seen) => seen.length === 1);
    await writer.set('x');
    expect(messageSeqs(await firstEvents)).toEqual([1n]);
    const second = c.subscribe({ from: 'oldest' });
    expect(await second.started).toBe(1n);
    expect(messageSeqs(await collect(second, (seen) => seen.length === 1))).toEqual([1n]);
  });

  it('cut off a subscriber that stops reading, and keep serving the others', async () => {
    const { port, server } = await startServer({ capacity: 2000, writeTimeoutMs: 300 });
    const stalled = await RawConnection.ready(port, 'stalled');
    stalled.send({ id: 2, subscribe: {} });
    expect((await stalled.next()).body).toBe('subscribe');
    stalled.pause();

    const healthy = (await openClient(port, 'healthy')).subscribe({ from: 'now' });
    await healthy.started;
    const iterator = healthy[Symbol.asyncIterator]();
    const writer = await openClient(port, 'writer');
    // Write 6.4 MB batches until the stalled subscriber's socket buffers (tens of MB on
    // loopback) are full and the write timeout cuts it off; the healthy one gets every message.
    let written = 0;
    let subscribers = 2;
    for (let batch = 0; batch < 40 && subscribers === 2; batch++) {
      await writeAll(
        writer,
        Array.from({ length: 200 }, () => 'x'.repeat(32 * 1024)),
      );
      for (let i = 0; i < 200; i++) {
        const { value } = await iterator.next();
        expect(value).toMatchObject({ type: 'message', message: { seq: BigInt(++written) } });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      subscribers = (await writer.stats()).subscribers;
    }
    expect(subscribers).toBe(1);
    // It reads again: what was buffered drains, then the connection is gone.
    stalled.resume();
    await stalled.waitClosed(10_000);
    await waitFor(() => server.connectionCount === 2);
  });
});

describeEachTransport('the cursor (GET next) and long polls', () => {
  it('reads from the subscription point, and waits for a message when asked to', async () => {
    const { port } = await startServer();
    const reader = await openClient(port, 'reader');
    const writer = await openClient(port, 'writer');
    await writeAll(writer, ['old']);
    const empty = reader.get({ next: true, count: 10, waitMs: 150 });
    // The cursor starts at the oldest message held, so the old one comes at once.
    expect((await empty).messages.map((m) => m.payload.toString())).toEqual(['old']);

    const started = Date.now();
    const waiting = reader.get({ next: true, count: 10, waitMs: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await writer.set('new');
    const woken = await waiting;
    expect(woken.messages.map((m) => m.payload.toString())).toEqual(['new']);
    expect(Date.now() - started).toBeLessThan(5000);

    const expired = await reader.get({ next: true, waitMs: 100 });
    expect([expired.messages.length, expired.nextSeq]).toEqual([0, 3n]);
  });

  it('answers a waiting GET on shutdown before closing', async () => {
    const { port, server } = await startServer();
    const reader = await openClient(port, 'reader');
    const waiting = reader.get({ afterSeq: 0n, waitMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.shutdown();
    expect((await waiting).messages).toHaveLength(0);
  });
});

describeEachTransport('reject mode', () => {
  it('loses nothing: every reader gets every acknowledged message exactly once, in order', async () => {
    const { port } = await startServer({ capacity: 32, overflow: 'reject' });
    const subscriptions = await Promise.all(
      Array.from({ length: 3 }, async (_, i) =>
        (await openClient(port, `sub-${i}`)).subscribe({ from: 'oldest' }),
      ),
    );
    await Promise.all(subscriptions.map((s) => s.started));
    const cursorReaders = await Promise.all(
      Array.from({ length: 2 }, (_, i) => openClient(port, `cursor-${i}`)),
    );
    // Each cursor reader reads once now, so its cursor exists before the writers start.
    for (const reader of cursorReaders) await reader.get({ next: true });

    const perWriter = 300;
    const writers = await Promise.all(
      Array.from({ length: 4 }, (_, i) => openClient(port, `writer-${i}`)),
    );
    let refusals = 0;
    let firstRefusal!: () => void;
    const refused = new Promise<void>((resolve) => (firstRefusal = resolve));
    const acknowledged: bigint[] = [];
    const writing = Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < perWriter; i++) {
          for (;;) {
            try {
              acknowledged.push(await writer.set(`w${w}-${i}`));
              break;
            } catch (error) {
              if ((error as RingwireError).code !== 'RING_FULL') throw error;
              refusals++;
              firstRefusal();
              await new Promise((resolve) => setTimeout(resolve, 1));
            }
          }
        }
      }),
    );
    const total = 4 * perWriter;
    const pushed = subscriptions.map((s) => collect(s, (seen) => seen.length === total));
    const pulled = cursorReaders.map(async (reader) => {
      // Start once a writer was refused (however slow the machine): until these readers catch
      // up, writers must be refused rather than overwrite. Writers done without one: see below.
      await Promise.race([refused, writing]);
      const seqs: bigint[] = [];
      while (seqs.length < total) {
        const read = await reader.get({ next: true, count: 7, waitMs: 1000 });
        expect(read.lost).toBe(0n);
        seqs.push(...read.messages.map((m) => m.seq));
      }
      return seqs;
    });
    await writing;

    const expected = [...acknowledged].sort((a, b) => Number(a - b));
    expect(expected).toEqual(Array.from({ length: total }, (_, i) => BigInt(i + 1)));
    for (const events of await Promise.all(pushed)) {
      expect(events.every((e) => e.type === 'message')).toBe(true);
      expect(messageSeqs(events)).toEqual(expected);
    }
    for (const seqs of await Promise.all(pulled)) expect(seqs).toEqual(expected);
    // The ring (32) is far smaller than what was written, so writers really were held back.
    expect(refusals).toBeGreaterThan(0);
  });
});

describeEachTransport('ping and stats', () => {
  it('measure a round trip and report the server figures', async () => {
    const { port } = await startServer({ capacity: 8, overflow: 'reject' });
    const c = await openClient(port, 'stats');
    expect(await c.ping()).toBeGreaterThanOrEqual(0);
    await writeAll(c, ['aa', 'bbb']);
    const subscription = c.subscribe();
    await subscription.started;
    const stats = await c.stats();
    expect(stats).toMatchObject({
      connections: 1,
      subscribers: 1,
      ringCapacity: 8,
      ringMessages: 2,
      ringBytes: 5,
      firstSeq: 1n,
      lastSeq: 2n,
      overflow: 'reject',
      requests: { ping: 1, set: 2, subscribe: 1, stats: 1 },
    });
    expect(stats.uptimeMs).toBeGreaterThanOrEqual(0);
  });
});
