import {
  decodeClientFrame,
  decodeServerFrame,
  encodeServerFrame,
  v1,
  type ClientFrame,
} from '../../../src/protocol/codec';
import { bigIntToUint64 } from '../../../src/protocol/uint64';
import type { MessageStore } from '../../../src/ring/message-store';
import { RingBuffer } from '../../../src/ring/ring-buffer';
import { handleRequest, type Session } from '../../../src/server/dispatch';
import { errorCodeFromWire } from '../../../src/errors';

const SESSION: Session = { clientName: 'alice', maxFrameBytes: 4096, maxPayloadBytes: 3072 };

/** Runs requests as one batch and returns the replies as a client would decode them. */
function run(store: MessageStore, frames: v1.ClientFrame.$Properties[], session = SESSION) {
  const replies: v1.ServerFrame.$Properties[] = [];
  const internal: unknown[] = [];
  const context = {
    store,
    session,
    nowMs: 1234,
    reply: (f: v1.ServerFrame.$Properties) => replies.push(f),
    onInternalError: (e: unknown) => internal.push(e),
  };
  for (const frame of frames) handleRequest(context, toWire(frame));
  const decoded = replies.map((r) => decodeServerFrame(encodeServerFrame(r).subarray(4)));
  return { replies: decoded, internal };
}

const toWire = (frame: v1.ClientFrame.$Properties): ClientFrame =>
  decodeClientFrame(v1.ClientFrame.encode(frame).finish());
const errorOf = (frame: v1.ServerFrame) => [frame.id, errorCodeFromWire(frame.error?.code ?? 0)];

describe('handleRequest', () => {
  it('stores a SET under the next seq with the session name and batch time', () => {
    const store = new RingBuffer(8);
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
    const { replies } = run(new RingBuffer(8), [
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
    const store = new RingBuffer(3);
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
    const store = new RingBuffer(3);
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
    const store = new RingBuffer(10);
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
    const store = new RingBuffer(2);
    const session = { ...SESSION, clientName: 'n'.repeat(255) };
    run(store, [{ id: 1, set: { payload: Buffer.alloc(SESSION.maxPayloadBytes, 7) } }], session);
    const { replies } = run(store, [{ id: 2, get: { count: 2, afterSeq: bigIntToUint64(0n) } }]);
    expect(replies[0].get?.messages).toHaveLength(1);
    expect(encodeServerFrame(replies[0]).length - 4).toBeLessThanOrEqual(SESSION.maxFrameBytes);
  });

  it('refuses with request-level errors and keeps going', () => {
    const store = new RingBuffer(4);
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
    const failing: MessageStore = Object.assign(new RingBuffer(4), {
      append: () => {
        throw new Error('disk on fire');
      },
    });
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
