import { errorCodeFromWire, type ErrorCode } from '../../src/errors';
import type { ServerFrame, v1 } from '../../src/protocol/codec';
import { RawConnection } from '../helpers/raw-connection';
import { startServer, stopAllServers } from '../helpers/server';

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

describe('named rings over a socket', () => {
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
