import { RingBuffer } from '../../../src/ring/ring-buffer';
import type { ReadResult } from '../../../src/ring/message-store';

const fill = (ring: RingBuffer, count: number): void => {
  for (let i = 0; i < count; i++) ring.append(Buffer.from(`m${ring.nextSeq}`), 'tester', 1000 + i);
};

const seqs = (read: ReadResult): number[] => read.messages.map((m) => m.seq);

describe('RingBuffer', () => {
  it('starts empty: nothing to read, next seq 1', () => {
    const ring = new RingBuffer(4);
    expect([ring.nextSeq, ring.oldestSeq, ring.messageCount, ring.payloadBytes]).toEqual([
      1, 0, 0, 0,
    ]);
    const empty = { messages: [], lost: 0, deleted: 0, oldestSeq: 0, nextSeq: 1 };
    expect(ring.readLatest(4)).toEqual(empty);
    expect(ring.readAfter(0, 4)).toEqual(empty);
  });

  it('gives seqs from 1, strictly increasing, and stores sender, time and a copy of the payload', () => {
    const ring = new RingBuffer(8);
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
    const ring = new RingBuffer(3);
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
    const ring = new RingBuffer(10);
    fill(ring, 4);
    expect(seqs(ring.readLatest(2))).toEqual([3, 4]);
    expect(seqs(ring.readLatest(10))).toEqual([1, 2, 3, 4]);
    expect(ring.readLatest(2).nextSeq).toBe(5);
  });

  it('reads after a seq across the wrap-around of the slots', () => {
    const ring = new RingBuffer(4);
    fill(ring, 10); // holds 7..10 in slots 2, 3, 0, 1
    expect(ring.readAfter(7, 4)).toMatchObject({ lost: 0, oldestSeq: 7, nextSeq: 11 });
    expect(seqs(ring.readAfter(7, 4))).toEqual([8, 9, 10]);
    expect(seqs(ring.readAfter(6, 2))).toEqual([7, 8]);
    expect(ring.readAfter(6, 2).nextSeq).toBe(9);
  });

  it('counts messages overwritten before a reader got them as lost', () => {
    const ring = new RingBuffer(4);
    fill(ring, 10);
    const read = ring.readAfter(2, 4); // wanted 3..; 3..6 were overwritten
    expect(read).toMatchObject({ lost: 4, oldestSeq: 7, nextSeq: 11 });
    expect(seqs(read)).toEqual([7, 8, 9, 10]);
    expect(ring.readAfter(0, 1)).toMatchObject({ lost: 6, nextSeq: 8 });
  });

  it('answers a cursor at or past the newest seq with nothing and the real next seq', () => {
    const ring = new RingBuffer(4);
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
    const ring = new RingBuffer(1);
    fill(ring, 5);
    expect(seqs(ring.readLatest(1))).toEqual([5]);
    expect(ring.readAfter(3, 1)).toMatchObject({ lost: 1, oldestSeq: 5, nextSeq: 6 });
  });

  it('refuses a capacity that is not a positive integer', () => {
    for (const capacity of [0, -1, 1.5, NaN])
      expect(() => new RingBuffer(capacity)).toThrow(RangeError);
  });
});

describe('RingBuffer updates and deletes', () => {
  it('replaces a held payload, keeping seq, sender and time, and counts bytes', () => {
    const ring = new RingBuffer(4);
    fill(ring, 2);
    const original = Buffer.from('new payload');
    const updated = ring.update(2, original, 99);
    original.write('XXX');
    expect(updated).toMatchObject({ seq: 2, sender: 'tester', timestampMs: 1001, updatedMs: 99 });
    expect(Buffer.from(ring.get(2)?.payload ?? []).toString()).toBe('new payload');
    expect(ring.payloadBytes).toBe(2 + 11);
  });

  it('leaves a gap for a deleted message that reads skip and count', () => {
    const ring = new RingBuffer(4);
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
    const ring = new RingBuffer(2);
    fill(ring, 3);
    expect(ring.update(1, Buffer.alloc(0), 0)).toBeUndefined();
    expect(ring.delete(4)).toBe(false);
    expect(ring.get(0)).toBeUndefined();
  });

  it('frees a deleted slot for the window to move over it', () => {
    const ring = new RingBuffer(2);
    fill(ring, 2);
    ring.delete(1);
    fill(ring, 1);
    expect([ring.oldestSeq, ring.messageCount]).toEqual([2, 2]);
    expect(ring.overwrittenByAppend()).toBe(2);
  });
});
