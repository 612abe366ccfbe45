import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { FC_PARAMETERS } from '../../helpers/fast-check';
import { RingBuffer } from '../../../src/ring/ring-buffer';
import type { ReadResult } from '../../../src/ring/message-store';

const fill = (ring: RingBuffer, count: number): void => {
  for (let i = 0; i < count; i++) ring.append(Buffer.from(`m${ring.nextSeq}`), 'tester', 1000 + i);
};

const seqs = (read: ReadResult): number[] => read.messages.map((m) => m.seq);

/** A latest-N read by object, as plain values. */
function latestByObject(ring: RingBuffer, count: number) {
  const { messages, lost, deleted, oldestSeq, nextSeq } = ring.readLatest(count);
  const rows = messages.map((m) => ({
    seq: m.seq,
    timestampMs: m.timestampMs,
    updatedMs: m.updatedMs,
    sender: m.sender,
    payload: Buffer.from(m.payload).toString('hex'),
  }));
  return { rows, lost, deleted, oldestSeq, nextSeq };
}

/** The same read by column, as the same plain values. */
function latestByColumn(ring: RingBuffer, count: number) {
  const read = ring.readLatestColumns(count);
  const rows = Array.from({ length: read.count }, (_, i) => ({
    seq: read.seqs[i],
    timestampMs: read.timestamps[i],
    updatedMs: read.updatedMs[i],
    sender: Buffer.from(read.senders[i]).toString(),
    payload: Buffer.from(
      read.payloadSources[i].subarray(read.payloadStarts[i], read.payloadEnds[i]),
    ).toString('hex'),
  }));
  const { lost, deleted, oldestSeq, nextSeq } = read;
  return { rows, lost, deleted, oldestSeq, nextSeq };
}

describe('RingBuffer', () => {
  it('starts empty: nothing to read, next seq 1', () => {
    const ring = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    expect([ring.nextSeq, ring.oldestSeq, ring.messageCount, ring.payloadBytes]).toEqual([
      1, 0, 0, 0,
    ]);
    const empty = { messages: [], lost: 0, deleted: 0, oldestSeq: 0, nextSeq: 1 };
    expect(ring.readLatest(4)).toEqual(empty);
    expect(ring.readAfter(0, 4)).toEqual(empty);
  });

  it('gives seqs from 1, strictly increasing, and stores sender, time and a copy of the payload', () => {
    const ring = new RingBuffer({ capacity: 8, maxBytes: 1 << 20 });
    const payload = Buffer.from('original');
    expect(ring.append(payload, 'alice', 42)).toBe(1);
    expect(ring.append(Buffer.from('two'), 'bob', 43)).toBe(2);
    payload.write('CHANGED!');
    const [first, second] = ring.readLatest(2).messages;
    expect(first).toMatchObject({ seq: 1, sender: 'alice', timestampMs: 42 });
    expect(Buffer.from(first.payload).toString()).toBe('original');
    expect(second).toMatchObject({ seq: 2, sender: 'bob', timestampMs: 43 });
  });

  it('overwrites the oldest once full and never reuses a seq', () => {
    const ring = new RingBuffer({ capacity: 3, maxBytes: 1 << 20 });
    fill(ring, 7);
    expect([ring.oldestSeq, ring.nextSeq, ring.messageCount]).toEqual([5, 8, 3]);
    expect(ring.payloadBytes).toBe(6);
    expect(seqs(ring.readLatest(3))).toEqual([5, 6, 7]);
    expect(ring.readLatest(3).messages.map((m) => Buffer.from(m.payload).toString())).toEqual([
      'm5',
      'm6',
      'm7',
    ]);
  });

  it('reads the latest N oldest first, fewer when fewer are held', () => {
    const ring = new RingBuffer({ capacity: 10, maxBytes: 1 << 20 });
    fill(ring, 4);
    expect(seqs(ring.readLatest(2))).toEqual([3, 4]);
    expect(seqs(ring.readLatest(10))).toEqual([1, 2, 3, 4]);
    expect(ring.readLatest(2).nextSeq).toBe(5);
  });

  it('reads after a seq across the wrap-around of the slots', () => {
    const ring = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    fill(ring, 10); // holds 7..10 in slots 2, 3, 0, 1
    expect(ring.readAfter(7, 4)).toMatchObject({ lost: 0, oldestSeq: 7, nextSeq: 11 });
    expect(seqs(ring.readAfter(7, 4))).toEqual([8, 9, 10]);
    expect(seqs(ring.readAfter(6, 2))).toEqual([7, 8]);
    expect(ring.readAfter(6, 2).nextSeq).toBe(9);
  });

  it('counts messages overwritten before a reader got them as lost', () => {
    const ring = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    fill(ring, 10);
    const read = ring.readAfter(2, 4); // wanted 3..; 3..6 were overwritten
    expect(read).toMatchObject({ lost: 4, oldestSeq: 7, nextSeq: 11 });
    expect(seqs(read)).toEqual([7, 8, 9, 10]);
    expect(ring.readAfter(0, 1)).toMatchObject({ lost: 6, nextSeq: 8 });
  });

  it('answers a cursor at or past the newest seq with nothing and the real next seq', () => {
    const ring = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    fill(ring, 3);
    for (const after of [3, 4, 1000, Infinity]) {
      expect(ring.readAfter(after, 4)).toEqual({
        messages: [],
        lost: 0,
        deleted: 0,
        oldestSeq: 1,
        nextSeq: 4,
      });
    }
  });

  it('works with a capacity of one', () => {
    const ring = new RingBuffer({ capacity: 1, maxBytes: 1 << 20 });
    fill(ring, 5);
    expect(seqs(ring.readLatest(1))).toEqual([5]);
    expect(ring.readAfter(3, 1)).toMatchObject({ lost: 1, oldestSeq: 5, nextSeq: 6 });
  });

  it('refuses a capacity that is not a positive integer', () => {
    for (const capacity of [0, -1, 1.5, NaN])
      expect(() => new RingBuffer({ capacity: capacity, maxBytes: 1 << 20 })).toThrow(RangeError);
  });
});

describe('RingBuffer updates and deletes', () => {
  it('replaces a held payload, keeping seq, sender and time, and counts bytes', () => {
    const ring = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    fill(ring, 2);
    const original = Buffer.from('new payload');
    const updated = ring.update(2, original, 99);
    original.write('XXX');
    expect(updated).toMatchObject({ seq: 2, sender: 'tester', timestampMs: 1001, updatedMs: 99 });
    expect(Buffer.from(ring.get(2)?.payload ?? []).toString()).toBe('new payload');
    expect(ring.payloadBytes).toBe(2 + 11);
  });

  it('leaves a gap for a deleted message that reads skip and count', () => {
    const ring = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
    fill(ring, 4);
    expect(ring.delete(2)).toBe(true);
    expect(ring.delete(2)).toBe(false);
    expect(ring.get(2)).toBeUndefined();
    expect([ring.messageCount, ring.payloadBytes]).toEqual([3, 6]);
    expect(ring.readAfter(0, 2)).toMatchObject({ deleted: 1, nextSeq: 4 });
    expect(seqs(ring.readAfter(0, 2))).toEqual([1, 3]);
    expect(seqs(ring.readLatest(3))).toEqual([1, 3, 4]);
    expect(ring.readLatest(3).deleted).toBe(1);
  });

  it('refuses updates and deletes outside the window', () => {
    const ring = new RingBuffer({ capacity: 2, maxBytes: 1 << 20 });
    fill(ring, 3);
    expect(ring.update(1, Buffer.alloc(0), 0)).toBeUndefined();
    expect(ring.delete(4)).toBe(false);
    expect(ring.get(0)).toBeUndefined();
  });

  it('frees a deleted slot for the window to move over it', () => {
    const ring = new RingBuffer({ capacity: 2, maxBytes: 1 << 20 });
    fill(ring, 2);
    ring.delete(1);
    fill(ring, 1);
    expect([ring.oldestSeq, ring.messageCount]).toEqual([2, 2]);
    expect(ring.overwrittenByAppend(1)).toBe(2);
  });
});

describe('RingBuffer byte bound and arena', () => {
  it('drops the oldest messages when the bytes would pass maxBytes', () => {
    const ring = new RingBuffer({ capacity: 100, maxBytes: 10 });
    for (const text of ['aaaa', 'bbbb', 'cc']) ring.append(Buffer.from(text), 's', 0);
    expect([ring.oldestSeq, ring.payloadBytes]).toEqual([1, 10]);
    expect(ring.overwrittenByAppend(3)).toBe(1);
    ring.append(Buffer.from('ddd'), 's', 0);
    expect(seqs(ring.readAfter(0, 10))).toEqual([2, 3, 4]);
    expect(ring.readAfter(0, 10).lost).toBe(1);
    expect(ring.overwrittenByAppend(10)).toBe(4);
    ring.append(Buffer.alloc(10, 0x65), 's', 0);
    expect(ring.readLatest(10).messages.map((m) => Buffer.from(m.payload).toString())).toEqual([
      'eeeeeeeeee',
    ]);
  });

  it('refuses a payload larger than the whole ring', () => {
    expect(() =>
      new RingBuffer({ capacity: 4, maxBytes: 8 }).append(Buffer.alloc(9), 's', 0),
    ).toThrow(RangeError);
  });

  it('counts an update against the bytes and makes room for it', () => {
    const ring = new RingBuffer({ capacity: 10, maxBytes: 12 });
    for (const text of ['aaaa', 'bbbb', 'cccc']) ring.append(Buffer.from(text), 's', 0);
    expect(ring.overwrittenByUpdate(3, 4)).toBe(1); // the arena keeps cccc too
    ring.update(3, Buffer.from('CCCC'), 7);
    expect(seqs(ring.readAfter(0, 10))).toEqual([2, 3]);
    expect(Buffer.from(ring.get(3)?.payload ?? []).toString()).toBe('CCCC');
  });

  it('keeps timestamps exact across blocks and far apart', () => {
    const ring = new RingBuffer({ capacity: 3000, maxBytes: 1 << 20 });
    const times = [0, 5, 2 ** 33, 1_700_000_000_000, 1_699_999_999_000];
    for (let i = 0; i < 2500; i++) ring.append(Buffer.alloc(1), 's', times[i % times.length] + i);
    expect(ring.readAfter(0, 2500).messages.map((m) => m.timestampMs)).toEqual(
      Array.from({ length: 2500 }, (_, i) => times[i % times.length] + i),
    );
  });

  it('keeps senders and flags right past 2^14 distinct senders, when the slots widen', () => {
    const ring = new RingBuffer({ capacity: 20_000, maxBytes: 1 << 20 });
    for (let i = 0; i < 17_000; i++) ring.append(Buffer.from([i % 256]), `sender-${i}`, 0);
    ring.delete(3);
    ring.update(5, Buffer.from('five'), 9);
    for (let i = 17_000; i < 20_000; i++) ring.append(Buffer.from([i % 256]), `sender-${i}`, 0);
    const all = ring.readAfter(0, 20_000);
    expect(all.deleted).toBe(1);
    expect(all.messages.map((m) => m.sender)).toEqual(
      Array.from({ length: 20_000 }, (_, i) => `sender-${i}`).filter((_, i) => i !== 2),
    );
    expect(ring.get(5)).toMatchObject({ updatedMs: 9, sender: 'sender-4' });
    expect(Buffer.from(ring.get(5)?.payload ?? []).toString()).toBe('five');
  });

  it('reads the latest messages by column exactly as by object', () => {
    const ring = new RingBuffer({ capacity: 5, maxBytes: 1 << 20 });
    expect(latestByColumn(ring, 3)).toEqual(latestByObject(ring, 3));
    fill(ring, 8); // wraps: 4..8 held
    ring.append(Buffer.from('née'), 'zoë', 2 ** 41);
    ring.delete(7);
    ring.update(6, Buffer.from('six, updated'), 5000);
    for (let count = 1; count <= 5; count++) {
      expect(latestByColumn(ring, count)).toEqual(latestByObject(ring, count));
    }
    expect(latestByColumn(ring, 3)).toMatchObject({ deleted: 1, oldestSeq: 5, nextSeq: 10 });
    expect(latestByColumn(ring, 3).rows.map((row) => row.seq)).toEqual([6, 8, 9]);
  });

  it('returns every payload exactly as stored, whatever the sizes, wraps, updates and deletes', () => {
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('append' as const),
        size: fc.nat({ max: 60 }),
        sender: fc.constantFrom('a', 'b', 'ccc'),
      }),
      fc.record({
        kind: fc.constant('update' as const),
        back: fc.nat({ max: 10 }),
        size: fc.nat({ max: 60 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), back: fc.nat({ max: 10 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 60, max: 200 }),
        fc.array(operation, { maxLength: 80 }),
        (capacity, maxBytes, operations) => {
          const ring = new RingBuffer({ capacity, maxBytes });
          /** What each seq should hold: its payload and sender, or null once deleted. */
          const expected = new Map<number, { payload: Buffer; sender: string } | null>();
          let fill = 0;
          const nextPayload = (size: number): Buffer => Buffer.alloc(size, ++fill % 251);
          for (const op of operations) {
            const target = ring.nextSeq - 1 - ('back' in op ? op.back : 0);
            if (op.kind === 'append') {
              const payload = nextPayload(op.size);
              expect(ring.append(payload, op.sender, 0)).toBe(ring.nextSeq - 1);
              expected.set(ring.nextSeq - 1, { payload, sender: op.sender });
            } else if (op.kind === 'update') {
              const payload = nextPayload(op.size);
              const held = ring.get(target) !== undefined;
              // Refused (undefined) when not held, or when it fits only by pushing itself out.
              const updated = ring.update(target, payload, 1) !== undefined;
              if (!held) expect(updated).toBe(false);
              const before = expected.get(target);
              if (updated && before) expected.set(target, { payload, sender: before.sender });
            } else {
              const held = ring.get(target) !== undefined;
              expect(ring.delete(target)).toBe(held);
              if (held) expected.set(target, null);
            }
            // Every held seq reads back exactly; the window keeps to both bounds.
            const window = ring.readAfter(0, capacity);
            const held = new Map(window.messages.map((m) => [m.seq, m]));
            // Gathered and asserted once: an expect per seq made this test most of a suite's time.
            const wrong: string[] = [];
            for (let seq = ring.oldestSeq; seq > 0 && seq < ring.nextSeq; seq++) {
              const want = expected.get(seq);
              const got = held.get(seq);
              if ((got === undefined) !== (want === null)) wrong.push(`seq ${seq}: held or not`);
              if (got && want && !Buffer.from(got.payload).equals(want.payload)) {
                wrong.push(`seq ${seq}: payload`);
              }
              if (got && want && got.sender !== want.sender) wrong.push(`seq ${seq}: sender`);
            }
            for (let count = 1; count <= capacity; count++) {
              if (!isDeepStrictEqual(latestByColumn(ring, count), latestByObject(ring, count))) {
                wrong.push(`the latest ${count} by column and by object differ`);
              }
            }
            expect(wrong).toEqual([]);
            expect(ring.nextSeq - Math.max(ring.oldestSeq, 1)).toBeLessThanOrEqual(capacity);
            expect(ring.payloadBytes).toBeLessThanOrEqual(maxBytes);
            expect(ring.payloadBytes).toBe(
              window.messages.reduce((sum, m) => sum + m.payload.length, 0),
            );
            expect(ring.messageCount).toBe(window.messages.length);
          }
        },
      ),
      { ...FC_PARAMETERS, numRuns: 3000 },
    );
  });
});
