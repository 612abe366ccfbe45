import fc from 'fast-check';
import { FC_PARAMETERS } from '../../helpers/fast-check';
import { RingwireError } from '../../../src/errors';
import { CursorSet } from '../../../src/ring/cursors';
import { Ring, type RingListener } from '../../../src/ring/ring';
import { RingBuffer } from '../../../src/ring/ring-buffer';

const bytes = (text: string): Buffer => Buffer.from(text);

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as RingwireError).code;
  }
  return undefined;
};

describe('Ring.exclusive', () => {
  it('runs steps one at a time, so seq order is storage order even when steps await', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 100, maxBytes: 1 << 20 }));
    const stored: number[] = [];
    const writers = Array.from({ length: 20 }, (_, writer) =>
      ring.exclusive(async (ops) => {
        const seq = ops.store.nextSeq;
        // A store that persists asynchronously yields here; nobody else may take `seq` meanwhile.
        await new Promise((resolve) => setTimeout(resolve, (writer * 7) % 5));
        expect(ops.append(bytes(`w${writer}`), `writer-${writer}`, 0)).toBe(seq);
        stored.push(seq);
      }),
    );
    await Promise.all(writers);
    expect(stored).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('runs a synchronous step at once when the lock is free, and after the holder when it is not', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 10, maxBytes: 1 << 20 }));
    expect(ring.exclusiveSync((ops) => ops.append(bytes('inline'), 'x', 0))).toBe(1);

    const order: string[] = [];
    let release: () => void = () => {};
    const slow = ring.exclusive(async (ops) => {
      order.push('async step starts');
      await new Promise<void>((resolve) => (release = resolve));
      ops.append(bytes('slow'), 'x', 0);
      order.push('async step ends');
    });
    const queued = ring.exclusiveSync((ops) => {
      order.push('sync step');
      return ops.append(bytes('after'), 'x', 0);
    });
    expect(queued).toBeInstanceOf(Promise);
    await new Promise((resolve) => setImmediate(resolve)); // the async step is under way
    expect(order).toEqual(['async step starts']);
    release();
    await slow;
    expect(await queued).toBe(3);
    expect(order).toEqual(['async step starts', 'async step ends', 'sync step']);
  });

  it('releases the lock after a step throws, synchronously or not', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 4, maxBytes: 1 << 20 }));
    await expect(ring.exclusive(() => Promise.reject(new Error('async boom')))).rejects.toThrow(
      'async boom',
    );
    await expect(
      ring.exclusive(() => {
        throw new Error('sync boom');
      }),
    ).rejects.toThrow('sync boom');
    await expect(ring.exclusive((ops) => ops.append(bytes(''), 'x', 0))).resolves.toBe(1);
  });

  it('tells the listener once per step that appended, and of every update and delete', async () => {
    const heard: string[] = [];
    const listener: RingListener = {
      appended: () => heard.push('appended'),
      updated: (m) => heard.push(`updated ${m.seq}`),
      deleted: (seq) => heard.push(`deleted ${seq}`),
    };
    const ring = new Ring(new RingBuffer({ capacity: 4, maxBytes: 1 << 20 }), { listener });
    await ring.exclusive((ops) => {
      ops.append(bytes('a'), 'x', 0);
      ops.append(bytes('b'), 'x', 0);
    });
    await ring.exclusive((ops) => ops.readLatest(1));
    await ring.exclusive((ops) => {
      ops.update(1, bytes('A'), 5);
      ops.delete(2);
    });
    expect(heard).toEqual(['appended', 'updated 1', 'deleted 2']);
  });
});

describe('cursors and the reject policy', () => {
  it('refuses to overwrite what a reader has not received, and allows it once received', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 3, maxBytes: 1 << 20 }), {
      overflow: 'reject',
    });
    await ring.exclusive((ops) => {
      const reader = ops.openCursor('oldest');
      for (const text of ['a', 'b', 'c']) ops.append(bytes(text), 'w', 0);
      expect(codeOf(() => ops.append(bytes('d'), 'w', 0))).toBe('RING_FULL');
      expect(ops.store.nextSeq).toBe(4);

      expect(ops.readNext(reader, 1).messages.map((m) => m.seq)).toEqual([1]);
      expect(ops.append(bytes('d'), 'w', 0)).toBe(4);
      expect(codeOf(() => ops.append(bytes('e'), 'w', 0))).toBe('RING_FULL');

      ops.closeCursor(reader);
      expect(ops.append(bytes('e'), 'w', 0)).toBe(5);
    });
  });

  it('releases a reader that held writers back for max-reader-lag-ms without reading; it rejoins when it reads', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 3, maxBytes: 1 << 20 }), {
      overflow: 'reject',
      maxReaderLagMs: 1000,
    });
    await ring.exclusive((ops) => {
      const stalled = ops.openCursor('oldest');
      for (const text of ['a', 'b', 'c']) ops.append(bytes(text), 'w', 0);
      expect(codeOf(() => ops.append(bytes('d'), 'w', 5000))).toBe('RING_FULL'); // the clock starts
      expect(codeOf(() => ops.append(bytes('d'), 'w', 5999))).toBe('RING_FULL');
      expect(ops.append(bytes('d'), 'w', 6000)).toBe(4);
      expect(ops.append(bytes('e'), 'w', 6001)).toBe(5); // released: no longer holds anyone back
      // Reading on, it learns what it lost and is protected again from there.
      expect(ops.readNext(stalled, 1)).toMatchObject({ lost: 2 });
      expect(ops.append(bytes('f'), 'w', 7000)).toBe(6);
      expect(codeOf(() => ops.append(bytes('g'), 'w', 7001))).toBe('RING_FULL');
    });
  });

  it('keeps holding writers back for a reader that keeps reading', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 2, maxBytes: 1 << 20 }), {
      overflow: 'reject',
      maxReaderLagMs: 1000,
    });
    await ring.exclusive((ops) => {
      const reader = ops.openCursor('oldest');
      ops.append(bytes('a'), 'w', 0);
      ops.append(bytes('b'), 'w', 0);
      for (let now = 0; now < 5000; now += 600) {
        expect(codeOf(() => ops.append(bytes('x'), 'w', now))).toBe('RING_FULL');
        ops.readNext(reader, 1);
        ops.append(bytes('y'), 'w', now);
      }
    });
  });

  it('never blocks writers in overwrite mode', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 2, maxBytes: 1 << 20 }));
    await ring.exclusive((ops) => {
      ops.openCursor('oldest');
      for (let i = 0; i < 10; i++) ops.append(bytes(`${i}`), 'w', 0);
      expect(ops.store.nextSeq).toBe(11);
    });
  });

  it('opens cursors now, at the oldest, or before a seq', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 3, maxBytes: 1 << 20 }));
    await ring.exclusive((ops) => {
      for (let i = 0; i < 5; i++) ops.append(bytes(`${i}`), 'w', 0); // holds 3..5
      expect(ops.openCursor('now').position).toBe(5);
      expect(ops.openCursor('oldest').position).toBe(2);
      expect(ops.openCursor({ seq: 4 }).position).toBe(3);
      expect(ops.openCursor({ seq: 0 }).position).toBe(0);
      const behind = ops.openCursor({ seq: 1 });
      const read = ops.readNext(behind, 10);
      expect([read.lost, read.messages.map((m) => m.seq), behind.position]).toEqual([
        2,
        [3, 4, 5],
        5,
      ]);
    });
  });

  it('throws NOT_FOUND for updates and deletes of seqs not held', async () => {
    const ring = new Ring(new RingBuffer({ capacity: 2, maxBytes: 1 << 20 }));
    await ring.exclusive((ops) => {
      for (let i = 0; i < 3; i++) ops.append(bytes(`${i}`), 'w', 0);
      expect(codeOf(() => ops.update(1, bytes('x'), 0))).toBe('NOT_FOUND');
      expect(codeOf(() => ops.delete(4))).toBe('NOT_FOUND');
      expect(codeOf(() => ops.delete(Infinity))).toBe('NOT_FOUND');
    });
  });
});

describe('CursorSet', () => {
  it('knows whether every reader received a seq, as positions move and readers come and go', () => {
    const cursors = new CursorSet();
    expect(cursors.allReceived(100)).toBe(true);
    const slow = cursors.open(3);
    const fast = cursors.open(10);
    expect([cursors.allReceived(3), cursors.allReceived(4)]).toEqual([true, false]);
    slow.advanceTo(8);
    expect([cursors.allReceived(8), cursors.allReceived(9)]).toEqual([true, false]);
    slow.advanceTo(2); // never moves back
    expect(slow.position).toBe(8);
    cursors.close(slow);
    expect(cursors.allReceived(10)).toBe(true);
    const late = cursors.open(1);
    expect(cursors.allReceived(2)).toBe(false);
    cursors.close(late);
    cursors.close(fast);
    expect(cursors.size).toBe(0);
  });
});

describe('RingOps: a refused request changes nothing', () => {
  it('an UPDATE that would push out the message itself is refused and evicts nothing (issue 15)', () => {
    const ring = new Ring(new RingBuffer({ capacity: 10, maxBytes: 7168 }));
    ring.exclusiveSync((ops) => {
      ops.append(bytes('one'), 'x', 0);
      ops.append(bytes('two'), 'x', 0);
    });
    const code = codeOf(() => ring.exclusiveSync((ops) => ops.update(1, Buffer.alloc(7168), 1)));
    expect(code).toBe('INVALID_ARGUMENT');
    const held = ring.exclusiveSync((ops) => ops.readAfter(0, 10).messages.map((m) => m.seq));
    expect(held).toEqual([1, 2]);
  });

  it('UPDATE/SET/DELETE sequences with small byte bounds agree with a model', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), size: fc.nat({ max: 80 }) }),
      fc.record({
        kind: fc.constant('update' as const),
        back: fc.nat({ max: 8 }),
        size: fc.nat({ max: 120 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), back: fc.nat({ max: 8 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 80, max: 240 }),
        fc.constantFrom('overwrite' as const, 'reject' as const),
        fc.array(operation, { maxLength: 60 }),
        (capacity, maxBytes, overflow, operations) => {
          const ring = new Ring(new RingBuffer({ capacity, maxBytes }), { overflow });
          // A reader that never reads: in reject mode it makes overwrites refusable too.
          ring.exclusiveSync((ops) => overflow === 'reject' && ops.openCursor('oldest'));
          /** The model: each seq's payload, or null once deleted. */
          const model = new Map<number, Buffer | null>();
          let fill = 0;
          const snapshot = (): string =>
            ring.exclusiveSync((ops) => {
              const { messages, oldestSeq, nextSeq } = ops.readAfter(0, capacity);
              const held = messages.map(
                (m) => `${m.seq}:${Buffer.from(m.payload).toString('hex')}`,
              );
              return JSON.stringify([oldestSeq, nextSeq, ops.store.payloadBytes, held]);
            }) as string;
          for (const op of operations) {
            const before = snapshot();
            const target = ring.nextSeq - 1 - ('back' in op ? op.back : 0);
            const heldBefore = ring.exclusiveSync((ops) => ops.store.get(target) !== undefined);
            const payload = Buffer.alloc('size' in op ? op.size : 0, ++fill % 251);
            let code: string | undefined;
            try {
              ring.exclusiveSync((ops) => {
                if (op.kind === 'set') model.set(ops.append(payload, 'x', 0), payload);
                else if (op.kind === 'update') ops.update(target, payload, 1);
                else ops.delete(target);
              });
            } catch (error) {
              code = (error as RingwireError).code;
            }
            if (code !== undefined) {
              expect(snapshot()).toBe(before);
              if (op.kind === 'set') expect([overflow, code]).toEqual(['reject', 'RING_FULL']);
              else if (!heldBefore) expect(code).toBe('NOT_FOUND');
              else expect(['INVALID_ARGUMENT', 'RING_FULL']).toContain(code);
              continue;
            }
            expect(op.kind === 'set' || heldBefore).toBe(true);
            if (op.kind === 'update') model.set(target, payload);
            if (op.kind === 'delete') model.set(target, null);
            // Only the oldest seqs leave; everything held reads back as the model says.
            ring.exclusiveSync((ops) => {
              const { messages, oldestSeq, nextSeq } = ops.readAfter(0, capacity);
              if (op.kind === 'update') expect(ops.store.get(target)).toBeDefined();
              const held = new Map(messages.map((m) => [m.seq, Buffer.from(m.payload)]));
              for (let seq = Math.max(oldestSeq, 1); seq < nextSeq; seq++) {
                const want = model.get(seq);
                expect(held.get(seq)?.toString('hex') ?? null).toBe(want?.toString('hex') ?? null);
              }
              expect(ops.store.payloadBytes).toBeLessThanOrEqual(maxBytes);
            });
          }
        },
      ),
      { ...FC_PARAMETERS, numRuns: 2000 },
    );
  });
});
