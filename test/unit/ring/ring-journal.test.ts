import { RingwireError } from '../../../src/errors';
import { Ring, type RingJournal, type RingListener } from '../../../src/ring/ring';
import { RingBuffer } from '../../../src/ring/ring-buffer';
import type { LogRecord } from '../../../src/store/record';

// A durable ring commits each step's records before the step settles; a failed commit undoes
// the step in memory, holds back its listener calls and hands back its replies to take back.

/** A journal whose next commit fails when `failNext` is set; it keeps what it was given. */
class TestJournal implements RingJournal {
  readonly committed: LogRecord[][] = [];
  failNext = false;

  async commit(records: readonly LogRecord[]): Promise<void> {
    // The records are the caller's again once this returns: copied before the first await.
    const copies = records.map((record) => ({ ...record, payload: Buffer.from(record.payload) }));
    await Promise.resolve();
    if (this.failNext) {
      this.failNext = false;
      throw new RingwireError('STORE_UNAVAILABLE', 'disk full');
    }
    this.committed.push(copies);
  }

  dropBefore(): void {}
}

function durableRing(listener?: RingListener) {
  const journal = new TestJournal();
  const store = new RingBuffer({ capacity: 10, maxBytes: 1 << 20 });
  const ring = new Ring(store, { journal, ...(listener ? { listener } : {}) });
  return { ring, store, journal };
}

const texts = (store: RingBuffer): string[] =>
  store.readAfter(0, 10).messages.map((m) => m.payload.toString());

test('a step of a durable ring settles after its records are committed, one commit per step', async () => {
  const { ring, journal } = durableRing();
  const seqs = await ring.exclusiveSync((ops) => [
    ops.append(Buffer.from('a'), 'alice', 1),
    ops.append(Buffer.from('b'), 'alice', 2),
  ]);
  expect(seqs).toEqual([1, 2]);
  expect(journal.committed.map((batch) => batch.map((r) => [r.op, r.seq]))).toEqual([
    [
      ['append', 1],
      ['append', 2],
    ],
  ]);
  // A read commits nothing.
  await ring.exclusiveSync((ops) => ops.readLatest(1));
  expect(journal.committed).toHaveLength(1);
});

test('a failed commit undoes the step: appends become gaps, updates get their payload back, replies are taken back latest first', async () => {
  const calls: string[] = [];
  const listener: RingListener = {
    appended: () => calls.push('appended'),
    updated: (message) => calls.push(`updated ${message.seq}`),
    deleted: (seq) => calls.push(`deleted ${seq}`),
  };
  const { ring, store, journal } = durableRing(listener);
  await ring.exclusiveSync((ops) => {
    ops.append(Buffer.from('one'), 'alice', 1);
    ops.append(Buffer.from('two'), 'alice', 2);
  });
  await ring.exclusiveSync((ops) => ops.update(2, Buffer.from('two, updated'), 3));
  calls.length = 0;

  journal.failNext = true;
  const takenBack: string[] = [];
  const takeBack = (list: string[], start: number, end: number, id: number, error: RingwireError) =>
    list.push(`${start}-${end} #${id} ${error.code}`);
  await ring.exclusiveSync((ops) => {
    ops.append(Buffer.from('three'), 'bob', 4);
    ops.onCommitFailure(takenBack, takeBack, 10, 20, 1);
    ops.update(1, Buffer.from('one, updated'), 5);
    ops.update(2, Buffer.from('two, updated again'), 5);
    ops.onCommitFailure(takenBack, takeBack, 30, 40, 2);
  });
  expect(takenBack).toEqual(['30-40 #2 STORE_UNAVAILABLE', '10-20 #1 STORE_UNAVAILABLE']);
  // One failed write for /metrics (ringwire_store_errors_total).
  expect(ring.totals.storeErrors).toBe(1);
  expect(texts(store)).toEqual(['one', 'two, updated']);
  expect(store.get(1)?.updatedMs).toBe(0);
  expect(store.get(2)?.updatedMs).toBe(3);
  // Seq 3 stays a gap: never given twice.
  expect(store.nextSeq).toBe(4);
  expect(store.readAfter(0, 10).deleted).toBe(1);
  // Nobody heard of the failed step.
  expect(calls).toEqual([]);

  // The next step commits as usual, and its listener calls come after the commit (then
  // `appended`: readers stopped at the durable horizon may go on).
  await ring.exclusiveSync((ops) => ops.delete(1));
  expect(calls).toEqual(['deleted 1', 'appended']);
  expect(journal.committed.at(-1)?.map((r) => [r.op, r.seq])).toEqual([['delete', 1]]);
});

test('replay helpers: skipTo leaves deleted gaps, or an empty window past the capacity', () => {
  const store = new RingBuffer({ capacity: 4, maxBytes: 1 << 20 });
  store.skipTo(5, 1);
  expect([store.nextSeq, store.oldestSeq, store.messageCount]).toEqual([5, 5, 0]);
  store.append(Buffer.from('five'), 'alice', 2);
  store.skipTo(7, 3);
  store.append(Buffer.from('seven'), 'alice', 4);
  const read = store.readAfter(0, 4);
  expect(read.messages.map((m) => [m.seq, m.payload.toString()])).toEqual([
    [5, 'five'],
    [7, 'seven'],
  ]);
  expect([read.deleted, read.lost]).toEqual([1, 4]);
  store.skipTo(100, 5);
  expect([store.nextSeq, store.oldestSeq, store.messageCount]).toEqual([100, 100, 0]);
});
