import {
  decodeClientFrame,
  decodeServerFrame,
  encodeServerFrame,
  v1,
  type ClientFrame,
  type ServerFrame,
} from '../../../src/protocol/codec';
import { bigIntToUint64 } from '../../../src/protocol/uint64';
import type { MessageStore } from '../../../src/ring/message-store';
import { RingBuffer } from '../../../src/ring/ring-buffer';
import { FrameDecoder } from '../../../src/protocol/framing';
import { ServerFrameEncoder } from '../../../src/protocol/server-frame-encoder';
import { Ring } from '../../../src/ring/ring';
import { handleRequest, type Session } from '../../../src/server/dispatch';
import { RingReader, type ReaderPort } from '../../../src/server/reader';
import { ServerCounters } from '../../../src/server/stats';
import { errorCodeFromWire } from '../../../src/errors';

/** A connection as dispatch sees it: its session and its readers, one per ring. */
interface TestConnection {
  readonly session: Session;
  readonly readers: Map<Ring, RingReader>;
  readonly port: ReaderPort;
  readonly events: string[];
}

const allReaders: RingReader[] = [];
afterEach(() => {
  for (const reader of allReaders.splice(0)) reader.close();
});

const newSession = (clientName = 'alice'): TestConnection => {
  const events: string[] = [];
  const portOut = new ServerFrameEncoder();
  return {
    session: {
      clientName,
      maxFrameBytes: 4096,
      maxPayloadBytes: 3072,
      subscriptions: new Map(),
      nextSubscriptionId: 1,
    },
    readers: new Map(),
    events,
    port: {
      out: () => portOut,
      sent: () => {},
      isWriteBlocked: () => false,
      // Closed for the reader's own steps: these tests look at what dispatch does.
      isOpen: () => false,
      setInterest: (_, interested) => events.push(`interest=${interested}`),
      onInternalError: () => {},
      parked: { count: 0, max: 1000 },
    },
  };
};

const SESSION = newSession().session;

/** One Ring per store, so that cursors live on between runs; it tells the running batch's events. */
const rings = new WeakMap<MessageStore, Ring>();
let runEvents: string[] = [];

/** Runs requests as one batch and returns the replies as a client would decode them. */
function run(store: MessageStore, frames: v1.ClientFrame.$Properties[], connection = newSession()) {
  const out = new ServerFrameEncoder();
  const internal: unknown[] = [];
  const events = (runEvents = connection.events);
  const counters = new ServerCounters();
  let ring = rings.get(store);
  if (!ring) {
    ring = new Ring(store, {
      listener: {
        appended: () => runEvents.push('appended'),
        updated: (m) => runEvents.push(`updated ${m.seq}`),
        deleted: (seq) => runEvents.push(`deleted ${seq}`),
      },
    });
    rings.set(store, ring);
  }
  const context = {
    session: connection.session,
    hooks: {
      readerOf: (r: Ring) => {
        let reader = connection.readers.get(r);
        if (!reader) {
          reader = new RingReader(r, connection.session, connection.port);
          connection.readers.set(r, reader);
          allReaders.push(reader);
        }
        return reader;
      },
      canPark: () => true,
      serverStats: () => ({
        uptimeMs: 5,
        connections: 2,
        subscribers: 1,
        requests: counters.requests,
        errors: counters.errors,
        defaultRing: (ring as Ring).figures(),
        rings: 1,
        totalMessages: store.messageCount,
        totalBytes: store.payloadBytes,
      }),
      ringsAfter: () => [],
    },
    counters,
    nowMs: 1234,
    out,
    onInternalError: (e: unknown) => internal.push(e),
  };
  const target = ring;
  target.exclusiveSync(() => {
    for (const frame of frames) handleRequest(context, toWire(frame), target);
  });
  const replies: ServerFrame[] = [];
  new FrameDecoder(1 << 20).push(out.take(), (body) => replies.push(decodeServerFrame(body)));
  const reader = connection.readers.get(ring);
  return { replies, internal, events, connection, reader };
}

const toWire = (frame: v1.ClientFrame.$Properties): ClientFrame =>
  decodeClientFrame(v1.ClientFrame.encode(frame).finish());
const errorOf = (frame: v1.ServerFrame) => [frame.id, errorCodeFromWire(frame.error?.code ?? 0)];

describe('handleRequest', () => {
  it('stores a SET under the next seq with the session name and batch time', () => {
    const store = new RingBuffer({ capacity: 8, maxBytes: 1 << 20 });
    const { replies } = run(store, [
      { id: 1, set: { payload: Buffer.from('a') } },
      { id: 2, set: { payload: Buffer.from('b') } },
    ]);
    expect(replies.map((r) => [r.id, Number(r.set?.seq), Number(r.set?.timestampMs)])).toEqual([
      [1, 1, 1234],
      [2, 2, 1234],
    ]);
    expect(store.readLatest(2).messages.map((m) => m.sender)).toEqual(['alice', 'alice']);
  });

  it('answers requests of one batch in order, so a GET sees the SETs before it', () => {
    const { replies } = run(new RingBuffer({ capacity: 8, maxBytes: 1 << 20 }), [
      { id: 1, set: { payload: Buffer.from('x') } },
      { id: 2, get: {} },
      { id: 3, set: { payload: Buffer.from('y') } },
    ]);
    expect(replies.map((r) => r.id)).toEqual([1, 2, 3]);
    expect(replies[1].get?.messages?.map((m) => Buffer.from(m.payload ?? []).toString())).toEqual([
      'x',
    ]);
  });

  it('reads latest with count 0 meaning 1 and counts above capacity capped', () => {
    const store = new RingBuffer({ capacity: 3, maxBytes: 1 << 20 });
    run(
      store,
      [1, 2, 3, 4].map((i) => ({ id: i, set: { payload: Buffer.from(`m${i}`) } })),
    );
    const { replies } = run(store, [
      { id: 10, get: { count: 0 } },
      { id: 11, get: { count: 1_000_000 } },
    ]);
    expect(replies[0].get?.messages?.map((m) => Number(m.seq))).toEqual([4]);
    expect(replies[1].get?.messages?.map((m) => Number(m.seq))).toEqual([2, 3, 4]);
    expect(Number(replies[1].get?.nextSeq)).toBe(5);
    expect(Number(replies[1].get?.oldestSeq)).toBe(2);
  });

  it('reads after a seq with lost, and treats a cursor past 2^53 as in the future', () => {
    const store = new RingBuffer({ capacity: 3, maxBytes: 1 << 20 });
    run(
      store,
      [1, 2, 3, 4, 5].map((i) => ({ id: i, set: { payload: Buffer.from(`m${i}`) } })),
    );
    const { replies } = run(store, [
      { id: 1, get: { count: 10, afterSeq: 0 } },
      { id: 2, get: { count: 10, afterSeq: bigIntToUint64(2n ** 64n - 1n) } },
    ]);
    expect(replies[0].get?.messages?.map((m) => Number(m.seq))).toEqual([3, 4, 5]);
    expect(Number(replies[0].get?.lost)).toBe(2);
    expect(replies[1].get?.messages ?? []).toHaveLength(0);
    expect(Number(replies[1].get?.nextSeq)).toBe(6);
  });

  it('cuts a reply that would not fit one frame and says where to continue', () => {
    const store = new RingBuffer({ capacity: 10, maxBytes: 1 << 20 });
    const payload = Buffer.alloc(1500, 1);
    run(
      store,
      [1, 2, 3, 4].map((i) => ({ id: i, set: { payload } })),
    );
    const { replies } = run(store, [
      { id: 1, get: { count: 4 } },
      { id: 2, get: { count: 4, afterSeq: 0 } },
    ]);
    const latest = replies[0].get;
    expect(latest?.messages?.map((m) => Number(m.seq))).toEqual([3, 4]);
    expect([latest?.truncated, Number(latest?.nextSeq)]).toEqual([true, 5]);
    const after = replies[1].get;
    expect(after?.messages?.map((m) => Number(m.seq))).toEqual([1, 2]);
    expect([after?.truncated, Number(after?.nextSeq)]).toEqual([true, 3]);
    for (const reply of replies) {
      expect(encodeServerFrame(reply).length - 4).toBeLessThanOrEqual(SESSION.maxFrameBytes);
    }
  });

  it('always fits one maximal payload from the longest sender name in a reply', () => {
    const store = new RingBuffer({ capacity: 2, maxBytes: 1 << 20 });
    const session = newSession('n'.repeat(255));
    run(store, [{ id: 1, set: { payload: Buffer.alloc(SESSION.maxPayloadBytes, 7) } }], session);
    const { replies } = run(store, [{ id: 2, get: { count: 2, afterSeq: bigIntToUint64(0n) } }]);
    expect(replies[0].get?.messages).toHaveLength(1);
    expect(encodeServerFrame(replies[0]).length - 4).toBeLessThanOrEqual(SESSION.maxFrameBytes);
  });

  it('refuses with request-level errors and keeps going', () => {
    const store = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    const { replies } = run(store, [
      { id: 0, set: { payload: Buffer.from('no id') } },
      { id: 1, set: { payload: Buffer.alloc(SESSION.maxPayloadBytes + 1) } },
      { id: 2, hello: { minVersion: 1, maxVersion: 1, clientName: 'again' } },
      { id: 3 },
      { id: 4, set: { payload: Buffer.from('fine') } },
    ]);
    expect(replies.slice(0, 4).map(errorOf)).toEqual([
      [0, 'INVALID_ARGUMENT'],
      [1, 'INVALID_ARGUMENT'],
      [2, 'INVALID_ARGUMENT'],
      [3, 'UNSUPPORTED_REQUEST'],
    ]);
    expect(Number(replies[4].set?.seq)).toBe(1);
  });

  it('answers INTERNAL when the store fails, reports the fault, and goes on', () => {
    const failing: MessageStore = Object.assign(
      new RingBuffer({ capacity: 4, maxBytes: 1 << 20 }),
      {
        append: () => {
          throw new Error('disk on fire');
        },
      },
    );
    const { replies, internal } = run(failing, [
      { id: 1, set: { payload: Buffer.from('x') } },
      { id: 2, get: {} },
    ]);
    expect(errorOf(replies[0])).toEqual([1, 'INTERNAL']);
    expect(replies[0].error?.message).toBe('internal error');
    expect((internal[0] as Error).message).toBe('disk on fire');
    expect(replies[1].body).toBe('get');
  });
});

describe('handleRequest, live reading and the expanded API', () => {
  const payloads = (reply: v1.ServerFrame) =>
    (reply.get?.messages ?? []).map((m) => Buffer.from(m.payload ?? []).toString());
  const setAll = (store: MessageStore, texts: string[]) =>
    run(
      store,
      texts.map((text, i) => ({ id: i + 1, set: { payload: Buffer.from(text) } })),
    );

  it('GET next starts at the oldest held message and advances the connection cursor', () => {
    const store = new RingBuffer({ capacity: 8, maxBytes: 1 << 20 });
    setAll(store, ['a', 'b', 'c']);
    const session = newSession();
    const first = run(store, [{ id: 1, get: { next: true, count: 2 } }], session).replies[0];
    expect(payloads(first)).toEqual(['a', 'b']);
    const second = run(store, [{ id: 2, get: { next: true, count: 10 } }], session).replies[0];
    expect(payloads(second)).toEqual(['c']);
    const third = run(store, [{ id: 3, get: { next: true } }], session).replies[0];
    expect([payloads(third), Number(third.get?.nextSeq)]).toEqual([[], 4]);
  });

  it('parks a GET with wait_ms that finds nothing new, and answers at once when it finds something', () => {
    const store = new RingBuffer({ capacity: 8, maxBytes: 1 << 20 });
    setAll(store, ['a']);
    const waiting = run(store, [{ id: 9, get: { afterSeq: 1, waitMs: 500 } }]);
    expect(waiting.replies).toHaveLength(0);
    expect([waiting.connection.port.parked.count, waiting.reader?.idle]).toEqual([1, false]);
    const ready = run(store, [{ id: 10, get: { afterSeq: 0, waitMs: 500 } }]);
    expect([ready.connection.port.parked.count, payloads(ready.replies[0])]).toEqual([0, ['a']]);
  });

  it('refuses a wait past the limit and a GET with both after_seq and next', () => {
    const { replies } = run(new RingBuffer({ capacity: 4, maxBytes: 1 << 20 }), [
      { id: 1, get: { afterSeq: 0, waitMs: 300_001 } },
      { id: 2, get: { afterSeq: 0, next: true } },
    ]);
    expect(replies.map(errorOf)).toEqual([
      [1, 'INVALID_ARGUMENT'],
      [2, 'INVALID_ARGUMENT'],
    ]);
  });

  it('subscribes from now, from the oldest or from a seq, once per connection', () => {
    const store = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    setAll(store, ['a', 'b', 'c', 'd', 'e']); // holds 2..5
    for (const [start, fromSeq, expected] of [
      [0, 0, 6],
      [1, 0, 2],
      [2, 4, 4],
      [2, 1, 1],
    ]) {
      const { replies, events, reader } = run(store, [
        { id: 1, subscribe: { start, fromSeq } },
        { id: 2, subscribe: {} },
      ]);
      expect(Number(replies[0].subscribe?.startSeq)).toBe(expected);
      expect(replies[0].subscribe?.subscriptionId).toBe(1);
      expect(reader?.subscribed).toBe(true);
      expect(events).toEqual(['interest=true']);
      expect(errorOf(replies[1])).toEqual([2, 'INVALID_ARGUMENT']);
    }
  });

  it('unsubscribes and reports the last seq this subscription pushed, 0 if none', () => {
    const store = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    setAll(store, ['a', 'b']);
    const session = newSession();
    const lastSeqs = (frames: v1.ClientFrame.$Properties[]): number[] =>
      run(store, frames, session).replies.map((reply) => Number(reply.unsubscribe?.lastSeq));
    const { reader } = run(store, [{ id: 1, subscribe: { start: 1 } }], session);
    reader?.cursor?.advanceTo(2); // as a GET next would: read, not pushed
    expect(
      lastSeqs([
        { id: 2, unsubscribe: {} },
        { id: 3, unsubscribe: {} },
      ]),
    ).toEqual([0, 0]);
    run(store, [{ id: 4, subscribe: { start: 1 } }], session);
    reader?.pushed.add(1, 2); // as the reader records a push
    expect(
      lastSeqs([
        { id: 5, unsubscribe: {} },
        { id: 6, unsubscribe: {} },
      ]),
    ).toEqual([2, 0]);
    expect(reader?.subscribed).toBe(false);
  });

  it('updates and deletes held messages, NOT_FOUND otherwise, and tells the listener', () => {
    const store = new RingBuffer({ capacity: 3, maxBytes: 1 << 20 });
    setAll(store, ['a', 'b', 'c', 'd']); // holds 2..4
    const { replies, events } = run(store, [
      { id: 1, update: { seq: 3, payload: Buffer.from('B!') } },
      { id: 2, delete: { seq: 4 } },
      { id: 3, update: { seq: 1, payload: Buffer.from('gone') } },
      { id: 4, delete: { seq: 4 } },
      { id: 5, update: { seq: 9, payload: Buffer.from('future') } },
      { id: 6, get: { count: 3 } },
      { id: 7, get: { afterSeq: 1, count: 3 } },
    ]);
    expect([Number(replies[0].update?.seq), Number(replies[0].update?.updatedMs)]).toEqual([
      3, 1234,
    ]);
    expect(Number(replies[1].delete?.seq)).toBe(4);
    expect(replies.slice(2, 5).map(errorOf)).toEqual([
      [3, 'NOT_FOUND'],
      [4, 'NOT_FOUND'],
      [5, 'NOT_FOUND'],
    ]);
    expect(payloads(replies[5])).toEqual(['b', 'B!']);
    expect([Number(replies[6].get?.deleted), Number(replies[6].get?.nextSeq)]).toEqual([1, 5]);
    expect(Number(replies[6].get?.messages?.[1].updatedMs)).toBe(1234);
    expect(events).toEqual(['updated 3', 'deleted 4']);
  });

  it('answers PING with the server time and STATS with ring and server figures', () => {
    const store = new RingBuffer({ capacity: 5, maxBytes: 1 << 20 });
    setAll(store, ['one', 'two']);
    const { replies } = run(store, [
      { id: 1, ping: {} },
      { id: 2, get: {} },
      { id: 3, stats: {} },
    ]);
    expect(Number(replies[0].ping?.serverTimeMs)).toBe(1234);
    const stats = replies[2].stats;
    expect({
      capacity: stats?.ringCapacity,
      messages: Number(stats?.ringMessages),
      bytes: Number(stats?.ringBytes),
      first: Number(stats?.firstSeq),
      last: Number(stats?.lastSeq),
      overflow: stats?.overflow,
      connections: stats?.connections,
      requests: Object.fromEntries(
        Object.entries(stats?.requests ?? {}).map(([k, v]) => [k, Number(v)]),
      ),
    }).toEqual({
      capacity: 5,
      messages: 2,
      bytes: 6,
      first: 1,
      last: 2,
      overflow: 'overwrite',
      connections: 2,
      requests: { ping: 1, get: 1, stats: 1 },
    });
  });
});
