import { errorCodeFromWire, type ErrorCode } from '../../src/errors';
import type { ServerFrame, v1 } from '../../src/protocol/codec';
import { RawConnection } from '../helpers/raw-connection';
import { itUnlessJetStream, startServer, stopAllServers } from '../helpers/server';
import { describeEachTransport } from '../helpers/transports';

afterEach(stopAllServers);

const opened: RawConnection[] = [];
afterEach(() => {
  for (const connection of opened.splice(0)) connection.destroy();
});

async function ready(port: number, name = 'raw'): Promise<RawConnection> {
  const connection = await RawConnection.ready(port, name);
  opened.push(connection);
  return connection;
}

let nextId = 100;

/** Sends one request and returns the frame that answers it (pushes before it are kept in `pushes`). */
async function ask(
  connection: RawConnection,
  request: Omit<v1.ClientFrame.$Properties, 'id'>,
  pushes: ServerFrame[] = [],
): Promise<ServerFrame> {
  const id = nextId++;
  connection.send({ id, ...request });
  for (;;) {
    const frame = await connection.next();
    if (frame.id === id) return frame;
    if (frame.body !== 'push') throw new Error(`unexpected ${frame.body} for id ${frame.id}`);
    pushes.push(frame);
  }
}

const codeOf = (frame: ServerFrame): ErrorCode | undefined =>
  frame.body === 'error' ? errorCodeFromWire(frame.error.code ?? 0) : undefined;
const num = (value: unknown): number => Number(String(value ?? 0));
const text = (s: string): Buffer => Buffer.from(s);

async function set(connection: RawConnection, ring: string, payload: string): Promise<number> {
  const reply = await ask(connection, { set: { payload: text(payload), ring } });
  if (reply.body !== 'set') throw new Error(`SET to ${ring}: ${codeOf(reply)}`);
  return num(reply.set.seq);
}

async function latest(connection: RawConnection, ring: string, count = 100): Promise<string[]> {
  const reply = await ask(connection, { get: { count, ring } });
  if (reply.body !== 'get') throw new Error(`GET of ${ring}: ${codeOf(reply)}`);
  return (reply.get.messages ?? []).map((m) => Buffer.from(m.payload ?? []).toString());
}

describeEachTransport('named rings over a socket', () => {
  it('number each ring from 1 and keep what each holds apart; no name is the ring default', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    expect(await set(raw, 'a', 'a1')).toBe(1);
    expect(await set(raw, 'b', 'b1')).toBe(1);
    expect(await set(raw, 'a', 'a2')).toBe(2);
    expect(await set(raw, '', 'd1')).toBe(1);
    expect(await set(raw, 'default', 'd2')).toBe(2);
    expect(await latest(raw, 'a')).toEqual(['a1', 'a2']);
    expect(await latest(raw, 'b')).toEqual(['b1']);
    const reply = await ask(raw, { get: { count: 10 } });
    expect(reply.get?.messages?.map((m) => Buffer.from(m.payload ?? []).toString())).toEqual([
      'd1',
      'd2',
    ]);
    expect(num(reply.get?.nextSeq)).toBe(3);
  });

  it('update and delete in the named ring only; in a ring that does not exist: NOT_FOUND, nothing created', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    await set(raw, 'a', 'a1');
    await set(raw, 'b', 'b1');
    expect((await ask(raw, { update: { seq: 1, payload: text('A1'), ring: 'a' } })).body).toBe(
      'update',
    );
    expect((await ask(raw, { delete: { seq: 1, ring: 'b' } })).body).toBe('delete');
    expect(await latest(raw, 'a')).toEqual(['A1']);
    expect(await latest(raw, 'b')).toEqual([]);
    expect(codeOf(await ask(raw, { delete: { seq: 1, ring: 'nowhere' } }))).toBe('NOT_FOUND');
    expect(codeOf(await ask(raw, { update: { seq: 1, ring: 'nowhere' } }))).toBe('NOT_FOUND');
    const list = await ask(raw, { listRings: {} });
    expect(list.listRings?.rings?.map((r) => r.name)).toEqual(['a', 'b', 'default']);
  });

  it('accept names of 1 to 64 bytes of [A-Za-z0-9._-], case-sensitive; anything else is INVALID_ARGUMENT and the connection stays', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    const longest = 'x'.repeat(64);
    expect(await set(raw, longest, 'ok')).toBe(1);
    expect(await set(raw, 'Az09._-', 'ok')).toBe(1);
    expect(await set(raw, 'az09._-', 'ok')).toBe(1);
    for (const bad of ['x'.repeat(65), 'a b', 'a/b', 'ring!', 'é', 'a\u0000']) {
      expect(codeOf(await ask(raw, { set: { payload: text('no'), ring: bad } }))).toBe(
        'INVALID_ARGUMENT',
      );
      expect(codeOf(await ask(raw, { get: { ring: bad } }))).toBe('INVALID_ARGUMENT');
      expect(codeOf(await ask(raw, { subscribe: { ring: bad } }))).toBe('INVALID_ARGUMENT');
    }
    const list = await ask(raw, { listRings: {} });
    expect(list.listRings?.rings?.map((r) => r.name)).toEqual([
      'Az09._-',
      'az09._-',
      'default',
      longest,
    ]);
  });

  it('push each subscription its own ring, tagged with its id; unsubscribe names it', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    const subA = await ask(raw, { subscribe: { ring: 'a' } });
    const subB = await ask(raw, { subscribe: { ring: 'b' } });
    const idA = subA.subscribe?.subscriptionId ?? 0;
    const idB = subB.subscribe?.subscriptionId ?? 0;
    expect(idA).toBeGreaterThan(0);
    expect(idB).toBeGreaterThan(0);
    expect(idB).not.toBe(idA);
    expect(codeOf(await ask(raw, { subscribe: { ring: 'a' } }))).toBe('INVALID_ARGUMENT');

    const writer = await ready(port, 'writer');
    await set(writer, 'a', 'a1');
    await set(writer, 'b', 'b1');
    await set(writer, 'a', 'a2');
    const pushes = [await raw.next(), await raw.next(), await raw.next()];
    const bySubscription = (id: number): string[] =>
      pushes
        .filter((p) => p.push?.subscriptionId === id)
        .map((p) => Buffer.from(p.push?.message?.payload ?? []).toString());
    expect(bySubscription(idA)).toEqual(['a1', 'a2']);
    expect(bySubscription(idB)).toEqual(['b1']);

    expect(codeOf(await ask(raw, { unsubscribe: {} }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(await ask(raw, { unsubscribe: { subscriptionId: 999 } }))).toBe('NOT_FOUND');
    const done = await ask(raw, { unsubscribe: { subscriptionId: idA } });
    expect(num(done.unsubscribe?.lastSeq)).toBe(2);
    // One left: id 0 means it.
    expect(num((await ask(raw, { unsubscribe: {} })).unsubscribe?.lastSeq)).toBe(1);
    expect(num((await ask(raw, { unsubscribe: {} })).unsubscribe?.lastSeq)).toBe(0);
    // Ids are never reused within a connection.
    const again = await ask(raw, { subscribe: { ring: 'a' } });
    expect([idA, idB]).not.toContain(again.subscribe?.subscriptionId);
  });

  it('tag updated, deleted and lost pushes with the subscription of their ring', async () => {
    const { port } = await startServer({ capacity: 2 });
    const raw = await ready(port);
    const writer = await ready(port, 'writer');
    const idA = (await ask(raw, { subscribe: { ring: 'a' } })).subscribe?.subscriptionId;
    const idB = (await ask(raw, { subscribe: { ring: 'b' } })).subscribe?.subscriptionId;
    await set(writer, 'b', 'b1');
    expect((await raw.next()).push?.subscriptionId).toBe(idB);
    await ask(writer, { update: { seq: 1, payload: text('B1'), ring: 'b' } });
    await ask(writer, { delete: { seq: 1, ring: 'b' } });
    const [updated, deleted] = [await raw.next(), await raw.next()];
    expect([updated.push?.subscriptionId, updated.push?.updated?.payload?.toString()]).toEqual([
      idB,
      'B1',
    ]);
    expect([deleted.push?.subscriptionId, num(deleted.push?.deleted)]).toEqual([idB, 1]);
    // A subscription from seq 1 of a ring that has moved past it starts with a lost push.
    for (const payload of ['c1', 'c2', 'c3', 'c4']) await set(writer, 'c', payload);
    const idC = (await ask(raw, { subscribe: { ring: 'c', start: 2, fromSeq: 1 } })).subscribe
      ?.subscriptionId;
    const lost = await raw.next();
    expect([lost.push?.subscriptionId, num(lost.push?.lost?.count)]).toEqual([idC, 2]);
    expect([idA, idB, idC]).toEqual([1, 2, 3]);
  });

  it('keep one GET-next cursor per ring on a connection', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    for (const ring of ['a', 'b', 'a', 'b', 'a']) await set(raw, ring, ring);
    const next = async (ring: string): Promise<number[]> => {
      const reply = await ask(raw, { get: { next: true, count: 2, ring } });
      return (reply.get?.messages ?? []).map((m) => num(m.seq));
    };
    expect(await next('a')).toEqual([1, 2]);
    expect(await next('b')).toEqual([1, 2]);
    expect(await next('a')).toEqual([3]);
    expect(await next('b')).toEqual([]);
  });

  it('list rings in byte order of name, page by page, with their figures', async () => {
    const { port } = await startServer({ maxFrameBytes: 4096, maxBytes: 1 << 20 });
    const raw = await ready(port);
    const names = Array.from({ length: 60 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    for (const name of names) await set(raw, name, name);
    await set(raw, 'r07', 'again');
    await ask(raw, { subscribe: { ring: 'r07' } });
    const seen: v1.RingInfo.$Properties[] = [];
    let afterName = '';
    let pages = 0;
    for (;;) {
      const reply = await ask(raw, { listRings: { afterName } });
      const page = reply.listRings?.rings ?? [];
      seen.push(...page);
      pages++;
      if (!reply.listRings?.truncated) break;
      afterName = page[page.length - 1].name ?? '';
    }
    expect(pages).toBeGreaterThan(1);
    expect(seen.map((r) => r.name)).toEqual([...names.slice(0), 'default'].sort());
    const r07 = seen.find((r) => r.name === 'r07');
    expect({
      capacity: r07?.capacity,
      maxBytes: num(r07?.maxBytes),
      overflow: r07?.overflow,
      messages: num(r07?.messages),
      bytes: num(r07?.bytes),
      firstSeq: num(r07?.firstSeq),
      lastSeq: num(r07?.lastSeq),
      nextSeq: num(r07?.nextSeq),
      subscribers: r07?.subscribers,
    }).toEqual({
      capacity: 1024,
      maxBytes: 1 << 20,
      overflow: 'overwrite',
      messages: 2,
      bytes: 8,
      firstSeq: 1,
      lastSeq: 2,
      nextSeq: 3,
      subscribers: 1,
    });
  });

  it('STATS describes the ring default, and totals every ring', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    await set(raw, '', 'dd');
    await set(raw, 'a', 'aaa');
    await set(raw, 'b', 'bbbb');
    await ask(raw, { subscribe: { ring: 'a' } });
    await ask(raw, { listRings: {} });
    const stats = (await ask(raw, { stats: {} })).stats;
    expect({
      ringMessages: num(stats?.ringMessages),
      ringBytes: num(stats?.ringBytes),
      lastSeq: num(stats?.lastSeq),
      rings: stats?.rings,
      totalMessages: num(stats?.totalMessages),
      totalBytes: num(stats?.totalBytes),
      subscribers: stats?.subscribers,
      listRings: num(stats?.requests?.list_rings),
    }).toEqual({
      ringMessages: 1,
      ringBytes: 2,
      lastSeq: 1,
      rings: 3,
      totalMessages: 3,
      totalBytes: 9,
      subscribers: 1,
      listRings: 1,
    });
  });
});

describeEachTransport('a version-1 client', () => {
  it('negotiates version 1 and gets the version-1 behaviour on the ring default', async () => {
    const { port } = await startServer();
    const old = await RawConnection.open(port);
    opened.push(old);
    old.send({ id: 1, hello: { minVersion: 1, maxVersion: 1, clientName: 'old' } });
    expect((await old.next()).welcome?.version).toBe(1);
    const writer = await ready(port, 'writer');
    await set(writer, 'other', 'not for the old client');
    const subscribed = await ask(old, { subscribe: {} });
    expect(num(subscribed.subscribe?.startSeq)).toBe(1);
    await set(writer, '', 'for everyone');
    const push = await old.next();
    expect(Buffer.from(push.push?.message?.payload ?? []).toString()).toBe('for everyone');
    expect(num((await ask(old, { unsubscribe: {} })).unsubscribe?.lastSeq)).toBe(1);
    expect(await latest(old, '')).toEqual(['for everyone']);
  });
});

describeEachTransport('isolation of rings', () => {
  it('filling ring a never evicts ring b', async () => {
    const { port } = await startServer({ capacity: 4 });
    const raw = await ready(port);
    for (const payload of ['b1', 'b2', 'b3']) await set(raw, 'b', payload);
    for (let i = 1; i <= 20; i++) await set(raw, 'a', `a${i}`);
    expect(await latest(raw, 'a')).toEqual(['a17', 'a18', 'a19', 'a20']);
    expect(await latest(raw, 'b')).toEqual(['b1', 'b2', 'b3']);
  });

  itUnlessJetStream()(
    'reject mode: a stalled reader of ring a holds back only ring a’s writers',
    async () => {
      const { port } = await startServer({ capacity: 2, overflow: 'reject', maxReaderLagMs: 0 });
      const stalled = await ready(port, 'stalled');
      // A cursor on ring a; it then reads nothing more.
      expect((await ask(stalled, { get: { next: true, ring: 'a' } })).body).toBe('get');
      const reader = await ready(port, 'reader-b');
      await ask(reader, { get: { next: true, ring: 'b' } });
      const writer = await ready(port, 'writer');
      await set(writer, 'a', 'a1');
      await set(writer, 'a', 'a2');
      expect(codeOf(await ask(writer, { set: { payload: text('a3'), ring: 'a' } }))).toBe(
        'RING_FULL',
      );
      // Ring b's reader keeps up: its writers are never refused, however full ring a is.
      for (let i = 1; i <= 10; i++) {
        expect(await set(writer, 'b', `b${i}`)).toBe(i);
        expect((await ask(reader, { get: { next: true, ring: 'b' } })).get?.messages).toHaveLength(
          1,
        );
      }
      expect(codeOf(await ask(writer, { set: { payload: text('a3'), ring: 'a' } }))).toBe(
        'RING_FULL',
      );
    },
  );

  itUnlessJetStream()(
    'a batch over several rings is answered in request order, each ring numbering its own',
    async () => {
      const { port } = await startServer();
      const raw = await ready(port);
      const rings = ['e', 'a', 'd', 'a', '', 'c', 'e', 'b', 'a'];
      raw.send(...rings.map((ring, i) => ({ id: i + 1, set: { payload: text(`${i}`), ring } })), {
        id: 50,
        get: { count: 10, ring: 'a' },
      });
      const replies = [];
      for (let i = 0; i <= rings.length; i++) replies.push(await raw.next());
      expect(replies.map((r) => r.id)).toEqual([...rings.map((_, i) => i + 1), 50]);
      expect(replies.slice(0, -1).map((r) => num(r.set?.seq))).toEqual([1, 1, 1, 2, 1, 1, 2, 1, 3]);
      expect(replies[rings.length].get?.messages?.map((m) => num(m.seq))).toEqual([1, 2, 3]);
    },
  );
});

describeEachTransport('waiting GETs on rings', () => {
  it('a SET wakes the GETs waiting on its ring only; --max-parked-gets bounds them over all rings', async () => {
    const { port } = await startServer({ maxParkedGets: 2 });
    const raw = await ready(port);
    raw.send(
      { id: 1, get: { afterSeq: 0, waitMs: 60_000, ring: 'a' } },
      { id: 2, get: { afterSeq: 0, waitMs: 60_000, ring: 'b' } },
      // A third would pass the bound: answered at once, empty.
      { id: 3, get: { afterSeq: 0, waitMs: 60_000, ring: 'c' } },
    );
    const third = await raw.next();
    expect([third.id, third.get?.messages ?? []]).toEqual([3, []]);
    const writer = await ready(port, 'writer');
    await set(writer, 'b', 'for b');
    const woken = await raw.next();
    expect([
      woken.id,
      woken.get?.messages?.map((m) => Buffer.from(m.payload ?? []).toString()),
    ]).toEqual([2, ['for b']]);
    // The GET on a still waits: nothing else arrives until a is written.
    expect((await ask(raw, { ping: {} })).body).toBe('ping');
    await set(writer, 'a', 'for a');
    expect((await raw.next()).id).toBe(1);
  });
});

describeEachTransport('rings under concurrency', () => {
  it('50 clients × 200 pipelined SETs over 10 rings give each ring exactly 1..n', async () => {
    const { port } = await startServer({ capacity: 2000 });
    const clients = await Promise.all(Array.from({ length: 50 }, (_, i) => ready(port, `c${i}`)));
    const seqsByRing = new Map<string, number[]>();
    await Promise.all(
      clients.map(async (client, c) => {
        const rings = Array.from({ length: 200 }, (_, i) => `ring-${(c + i) % 10}`);
        client.send(
          ...rings.map((ring, i) => ({ id: i + 1, set: { payload: text(`${c}/${i}`), ring } })),
        );
        for (let i = 0; i < rings.length; i++) {
          const reply = await client.next(20_000);
          expect([reply.id, reply.body, reply.error?.message]).toEqual([i + 1, 'set', undefined]);
          const seqs = seqsByRing.get(rings[i]) ?? [];
          seqs.push(num(reply.set?.seq));
          seqsByRing.set(rings[i], seqs);
        }
      }),
    );
    expect(seqsByRing.size).toBe(10);
    for (const [ring, seqs] of seqsByRing) {
      expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
      const held = await ask(clients[0], { get: { count: 2000, ring } });
      expect([held.get?.messages?.length, num(held.get?.nextSeq)]).toEqual([1000, 1001]);
    }
  });

  it('subscriptions to several rings on one connection get every message of each ring once, in its order', async () => {
    const { port } = await startServer({ capacity: 10_000 });
    const subscriber = await ready(port, 'subscriber');
    const rings = ['r0', 'r1', 'r2'];
    const idOf = new Map<number, string>();
    for (const ring of rings) {
      const reply = await ask(subscriber, { subscribe: { ring } });
      idOf.set(reply.subscribe?.subscriptionId ?? 0, ring);
    }
    const writers = await Promise.all(Array.from({ length: 5 }, (_, i) => ready(port, `w${i}`)));
    const perWriter = 300;
    await Promise.all(
      writers.map(async (writer, w) => {
        writer.send(
          ...Array.from({ length: perWriter }, (_, i) => ({
            id: i + 1,
            set: { payload: text(`${w}/${i}`), ring: rings[(w + i) % rings.length] },
          })),
        );
        for (let i = 0; i < perWriter; i++) await writer.next(20_000);
      }),
    );
    const pushed = new Map<string, number[]>(rings.map((ring) => [ring, []]));
    for (let i = 0; i < writers.length * perWriter; i++) {
      const frame = await subscriber.next(20_000);
      expect(frame.body).toBe('push');
      const ring = idOf.get(frame.push?.subscriptionId ?? 0) as string;
      pushed.get(ring)?.push(num(frame.push?.message?.seq));
    }
    for (const ring of rings) {
      const seqs = pushed.get(ring) as number[];
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
      expect(seqs.length).toBe(500);
    }
    expect(subscriber.unread).toBe(0);
  });
});

describeEachTransport('ring limits', () => {
  it('--max-total-bytes: RING_LIMIT for a ring whose byte bound would pass it, nothing created', async () => {
    const { port } = await startServer({ maxBytes: 1 << 20, maxTotalBytes: 3 << 20 });
    const raw = await ready(port);
    await set(raw, 'a', 'x');
    await set(raw, 'b', 'x');
    for (const request of [
      { set: { payload: text('x'), ring: 'c' } },
      { get: { ring: 'c' } },
      { subscribe: { ring: 'c' } },
    ]) {
      expect(codeOf(await ask(raw, request))).toBe('RING_LIMIT');
    }
    expect(await set(raw, 'a', 'still fine')).toBe(2);
    const list = await ask(raw, { listRings: {} });
    expect(list.listRings?.rings?.map((r) => r.name)).toEqual(['a', 'b', 'default']);
  });

  it('--no-auto-create: all five requests on an unknown ring get RING_NOT_FOUND; declared rings work', async () => {
    const { port } = await startServer({
      autoCreate: false,
      rings: [{ name: 'known', capacity: 3 }],
    });
    const raw = await ready(port);
    for (const request of [
      { set: { payload: text('x'), ring: 'unknown' } },
      { get: { ring: 'unknown' } },
      { subscribe: { ring: 'unknown' } },
      { update: { seq: 1, payload: text('x'), ring: 'unknown' } },
      { delete: { seq: 1, ring: 'unknown' } },
    ]) {
      expect(codeOf(await ask(raw, request))).toBe('RING_NOT_FOUND');
    }
    expect(await set(raw, 'known', 'x')).toBe(1);
    expect(await set(raw, '', 'x')).toBe(1);
    const list = await ask(raw, { listRings: {} });
    expect(list.listRings?.rings?.map((r) => [r.name, r.capacity])).toEqual([
      ['default', 1024],
      ['known', 3],
    ]);
  });

  it('--max-rings-per-connection bounds the rings a connection reads from, not the rings it writes to', async () => {
    const { port } = await startServer({ maxRingsPerConnection: 2 });
    const raw = await ready(port);
    expect((await ask(raw, { get: { next: true, ring: 'a' } })).body).toBe('get');
    expect((await ask(raw, { subscribe: { ring: 'b' } })).body).toBe('subscribe');
    expect(codeOf(await ask(raw, { get: { next: true, ring: 'c' } }))).toBe('RING_LIMIT');
    expect(codeOf(await ask(raw, { subscribe: { ring: 'c' } }))).toBe('RING_LIMIT');
    expect(codeOf(await ask(raw, { get: { afterSeq: 0, waitMs: 1000, ring: 'c' } }))).toBe(
      'RING_LIMIT',
    );
    // Rings it already reads, and plain reads and writes anywhere, go on.
    expect((await ask(raw, { get: { next: true, ring: 'a' } })).body).toBe('get');
    expect(await set(raw, 'c', 'x')).toBe(1);
    expect(await latest(raw, 'c')).toEqual(['x']);
    // Another connection has its own bound.
    const other = await ready(port, 'other');
    expect((await ask(other, { get: { next: true, ring: 'c' } })).body).toBe('get');
  });
});
