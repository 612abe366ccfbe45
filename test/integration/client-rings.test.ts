import type { Subscription } from '../../src/client';
import { closeAllClients, openClient } from '../helpers/clients';
import { startServer, stopAllServers } from '../helpers/server';

// The client library's named rings against the real server.

afterEach(async () => {
  await closeAllClients();
  await stopAllServers();
});

/** The seqs and payloads of the first `count` messages of a subscription, then leaves it. */
async function firstMessages(subscription: Subscription, count: number): Promise<string[]> {
  const seen: string[] = [];
  for await (const event of subscription) {
    if (event.type !== 'message') throw new Error(`unexpected ${event.type} event`);
    seen.push(`${event.message.seq}:${event.message.payload.toString()}`);
    if (seen.length === count) break;
  }
  return seen;
}

describe('named rings through the client library', () => {
  it('keeps two rings apart: seqs from 1 in each, get, update and delete per ring', async () => {
    const { port } = await startServer();
    const client = await openClient(port, 'rings');
    expect(client.server.protocolVersion).toBe(2);
    expect(await client.set('a1', { ring: 'a' })).toBe(1n);
    expect(await client.set('b1', { ring: 'b' })).toBe(1n);
    expect(await client.set('a2', { ring: 'a' })).toBe(2n);
    expect(await client.set('d1')).toBe(1n);
    const texts = async (ring?: string): Promise<string[]> =>
      (await client.get({ ring, count: 10 })).messages.map((m) => m.payload.toString());
    expect([await texts('a'), await texts('b'), await texts()]).toEqual([
      ['a1', 'a2'],
      ['b1'],
      ['d1'],
    ]);
    await client.update(1n, 'A1', { ring: 'a' });
    await client.delete(1n, { ring: 'b' });
    expect([await texts('a'), await texts('b'), await texts('default')]).toEqual([
      ['A1', 'a2'],
      [],
      ['d1'],
    ]);
    // Ring b holds no seq 1 any more, and ring nowhere does not exist: neither is created.
    await expect(client.update(1n, 'x', { ring: 'b' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(client.delete(1n, { ring: 'nowhere' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // One cursor per ring for get next.
    expect((await client.get({ ring: 'a', next: true, count: 10 })).messages).toHaveLength(2);
    expect((await client.get({ ring: 'b', next: true, count: 10 })).messages).toHaveLength(0);
    await client.set('a3', { ring: 'a' });
    expect(
      (await client.get({ ring: 'a', next: true, count: 10 })).messages.map((m) => m.seq),
    ).toEqual([3n]);
    const names = (await client.rings()).map((ring) => ring.name);
    expect(names).toEqual(['a', 'b', 'default']);
  });

  it('several subscriptions on one client each see their ring once, in order', async () => {
    const { port } = await startServer({ capacity: 1000 });
    const subscriber = await openClient(port, 'subscriber');
    const writer = await openClient(port, 'writer');
    const rings = ['r0', 'r1', 'r2'];
    const subscriptions = rings.map((ring) => subscriber.subscribe({ ring, from: 'now' }));
    await Promise.all(subscriptions.map((s) => s.started));
    expect(subscriptions.map((s) => s.ring)).toEqual(rings);
    const perRing = 100;
    const seen = Promise.all(subscriptions.map((s) => firstMessages(s, perRing)));
    // Pipelined and interleaved over the rings, plus some in a ring no one follows.
    const sets: Promise<bigint>[] = [];
    for (let i = 1; i <= perRing; i++) {
      for (const ring of rings) sets.push(writer.set(`${ring}-${i}`, { ring }));
      sets.push(writer.set(`other-${i}`, { ring: 'other' }));
    }
    await Promise.all(sets);
    const expected = rings.map((ring) =>
      Array.from({ length: perRing }, (_, i) => `${i + 1}:${ring}-${i + 1}`),
    );
    expect(await seen).toEqual(expected);
    const listed = await writer.rings();
    expect(listed.map((ring) => [ring.name, ring.messages, ring.lastSeq])).toEqual([
      ['default', 0, 0n],
      ['other', perRing, BigInt(perRing)],
      ...rings.map((ring) => [ring, perRing, BigInt(perRing)]),
    ]);
  });

  it('lists every ring with its bounds and subscribers', async () => {
    const { port } = await startServer({ capacity: 50 });
    const client = await openClient(port, 'lister');
    await client.set('hello', { ring: 'jobs' });
    const subscription = client.subscribe({ ring: 'jobs' });
    await subscription.started;
    const jobs = (await client.rings()).find((ring) => ring.name === 'jobs');
    expect(jobs).toMatchObject({
      capacity: 50,
      overflow: 'overwrite',
      messages: 1,
      bytes: 5,
      firstSeq: 1n,
      lastSeq: 1n,
      nextSeq: 2n,
      subscribers: 1,
    });
    await subscription.unsubscribe();
    const after = (await client.rings()).find((ring) => ring.name === 'jobs');
    expect(after?.subscribers).toBe(0);
  });
});
