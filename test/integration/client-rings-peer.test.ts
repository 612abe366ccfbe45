import { connect, type Client, type Subscription } from '../../src/client';
import { ScriptedPeer, wireMessage, type Script } from '../helpers/scripted-peer';

// The client's side of named rings against a scripted peer, for what the real server cannot be
// made to do: speak version 1, pick its subscription ids, split LIST_RINGS into pages.

const peers: ScriptedPeer[] = [];
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close().catch(() => {})));
  await Promise.all(peers.splice(0).map((peer) => peer.close()));
});

async function connectTo(version: number, script: Script): Promise<[Client, ScriptedPeer]> {
  const peer = await ScriptedPeer.start(version, script);
  peers.push(peer);
  const client = await connect({ port: peer.port, name: 'rings', timeoutMs: 5000 });
  clients.push(client);
  return [client, peer];
}

/** The payloads of the first `count` message events of a subscription. */
async function texts(subscription: Subscription, count: number): Promise<string[]> {
  const seen: string[] = [];
  for await (const event of subscription) {
    if (event.type === 'message') seen.push(event.message.payload.toString());
    if (seen.length === count) break;
  }
  return seen;
}

const push = (subscriptionId: number, seq: number, text: string) => ({
  id: 0,
  push: { subscriptionId, message: wireMessage(seq, text) },
});

describe('a version-2 server', () => {
  it('routes pushes by subscription id to several subscriptions on one client', async () => {
    // Ids as a server may choose them; the pushes of both rings ride behind the second reply.
    const ids: Record<string, number> = { a: 7, b: 3 };
    const [client, peer] = await connectTo(2, (request) => {
      if (request.body === 'subscribe') {
        const ring = request.subscribe.ring ?? '';
        const reply = { id: request.id, subscribe: { startSeq: 1, subscriptionId: ids[ring] } };
        if (ring === 'a') return [reply];
        return [reply, push(7, 1, 'a1'), push(3, 1, 'b1'), push(7, 2, 'a2'), push(3, 2, 'b2')];
      }
      return [{ id: request.id, unsubscribe: { lastSeq: 2 } }];
    });
    const a = client.subscribe({ ring: 'a', from: 'oldest' });
    const b = client.subscribe({ ring: 'b', from: 'oldest' });
    expect([a.ring, b.ring]).toEqual(['a', 'b']);
    expect(await Promise.all([texts(a, 2), texts(b, 2)])).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2'],
    ]);
    // Leaving each loop unsubscribed it by its id.
    expect(
      peer
        .bodies('unsubscribe')
        .map((u) => u.subscriptionId)
        .sort(),
    ).toEqual([3, 7]);
    expect(peer.bodies('subscribe').map((s) => s.ring)).toEqual(['a', 'b']);
  });

  it('refuses a second subscription to the same ring, locally, and allows one to another', async () => {
    const [client, peer] = await connectTo(2, (request) => [
      { id: request.id, subscribe: { startSeq: 1, subscriptionId: request.id } },
    ]);
    await client.subscribe({ ring: 'a' }).started;
    expect(() => client.subscribe({ ring: 'a' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('ring a'),
      }),
    );
    await client.subscribe().started;
    expect(peer.bodies('subscribe').map((s) => s.ring ?? '')).toEqual(['a', '']);
  });

  it('pages through LIST_RINGS after the last name of each truncated reply', async () => {
    const info = (name: string) => ({
      name,
      capacity: 16,
      maxBytes: 1024,
      overflow: 'overwrite',
      messages: 1,
      bytes: 2,
      firstSeq: 5,
      lastSeq: 5,
      nextSeq: 6,
      subscribers: 1,
    });
    const pages: Record<string, object> = {
      '': { rings: [info('a'), info('b')], truncated: true },
      b: { rings: [info('c')] },
    };
    const [client, peer] = await connectTo(2, (request) => [
      { id: request.id, listRings: pages[request.listRings?.afterName ?? ''] },
    ]);
    const rings = await client.rings();
    expect(rings.map((ring) => ring.name)).toEqual(['a', 'b', 'c']);
    expect(rings[0]).toEqual({
      name: 'a',
      capacity: 16,
      maxBytes: 1024,
      overflow: 'overwrite',
      messages: 1,
      bytes: 2,
      firstSeq: 5n,
      lastSeq: 5n,
      nextSeq: 6n,
      subscribers: 1,
    });
    expect(peer.bodies('listRings').map((l) => l.afterName ?? '')).toEqual(['', 'b']);
  });

  it.each([
    ['empty', ''],
    ['65 bytes', 'x'.repeat(65)],
    ['a space', 'a b'],
    ['a slash', 'a/b'],
    ['a non-ASCII letter', 'é'],
  ])('refuses a ring name with %s before sending, with INVALID_ARGUMENT', async (_, ring) => {
    const [client, peer] = await connectTo(2, (request) => [{ id: request.id, set: { seq: 1 } }]);
    const refused = expect.objectContaining({ code: 'INVALID_ARGUMENT' });
    await expect(client.set('x', { ring })).rejects.toEqual(refused);
    await expect(client.get({ ring })).rejects.toEqual(refused);
    await expect(client.update(1, 'x', { ring })).rejects.toEqual(refused);
    await expect(client.delete(1, { ring })).rejects.toEqual(refused);
    expect(() => client.subscribe({ ring })).toThrow(refused);
    // 64 bytes of every allowed character class is a name.
    const longest = `aZ9._-${'x'.repeat(58)}`;
    expect(await client.set('x', { ring: longest })).toBe(1n);
    expect(peer.requests.map((r) => r.set?.ring)).toEqual([longest]);
  });
});

describe('a version-1 server', () => {
  const v1Script: Script = (request) => {
    switch (request.body) {
      case 'subscribe':
        // A version-1 server: no subscription id in the reply nor in the pushes.
        return [
          { id: request.id, subscribe: { startSeq: 1 } },
          push(0, 1, 'one'),
          push(0, 2, 'two'),
        ];
      case 'unsubscribe':
        return [{ id: request.id, unsubscribe: { lastSeq: 2 } }];
      default:
        return [{ id: request.id, set: { seq: 1 } }];
    }
  };

  it('gets the ring default only: named rings and rings() are refused locally', async () => {
    const [client, peer] = await connectTo(1, v1Script);
    expect(client.server.protocolVersion).toBe(1);
    const unsupported = expect.objectContaining({
      code: 'UNSUPPORTED_REQUEST',
      message: 'the server speaks protocol version 1: no named rings',
    });
    await expect(client.set('x', { ring: 'a' })).rejects.toEqual(unsupported);
    await expect(client.get({ ring: 'a' })).rejects.toEqual(unsupported);
    await expect(client.update(1, 'x', { ring: 'a' })).rejects.toEqual(unsupported);
    await expect(client.delete(1, { ring: 'a' })).rejects.toEqual(unsupported);
    await expect(client.rings()).rejects.toEqual(unsupported);
    expect(() => client.subscribe({ ring: 'a' })).toThrow(unsupported);
    // Naming `default` is today's request, without a ring field.
    expect(await client.set('x', { ring: 'default' })).toBe(1n);
    expect(peer.requests).toHaveLength(1);
    expect(peer.requests[0].set).not.toHaveProperty('ring');
  });

  it('delivers pushes without a subscription id to the one subscription', async () => {
    const [client, peer] = await connectTo(1, v1Script);
    const subscription = client.subscribe({ from: 'oldest' });
    expect(subscription.ring).toBe('default');
    expect(await texts(subscription, 2)).toEqual(['one', 'two']);
    // UNSUBSCRIBE as a version-1 client sends it: no subscription id.
    expect(peer.bodies('unsubscribe')).toEqual([{}]);
  });
});
