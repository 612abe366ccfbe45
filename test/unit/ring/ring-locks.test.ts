import fc from 'fast-check';
import { Ring } from '../../../src/ring/ring';
import { RingBuffer } from '../../../src/ring/ring-buffer';
import { FC_PARAMETERS } from '../../helpers/fast-check';

const newRing = (name: string): Ring =>
  new Ring(new RingBuffer({ capacity: 64, maxBytes: 1 << 16 }), { name });

/** A step over several rings, or a single-ring step that holds its lock across awaits. */
type Job =
  | { readonly kind: 'batch'; readonly rings: readonly number[] }
  | { readonly kind: 'slow'; readonly ring: number; readonly turns: number };

const job = (ringCount: number): fc.Arbitrary<Job> =>
  fc.oneof(
    fc
      .array(fc.nat({ max: ringCount - 1 }), { minLength: 1, maxLength: ringCount + 2 })
      .map((rings): Job => ({ kind: 'batch', rings })),
    fc
      .record({ ring: fc.nat({ max: ringCount - 1 }), turns: fc.integer({ min: 0, max: 3 }) })
      .map(({ ring, turns }): Job => ({ kind: 'slow', ring, turns })),
  );

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('Ring.exclusiveAll', () => {
  it('never deadlocks, whatever rings batches name in whatever order, beside steps that hold a lock across awaits; each step holds all its rings alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }).chain((ringCount) =>
          fc.record({
            ringCount: fc.constant(ringCount),
            jobs: fc.array(job(ringCount), { minLength: 2, maxLength: 12 }),
          }),
        ),
        async ({ ringCount, jobs }) => {
          const rings = Array.from({ length: ringCount }, (_, i) => newRing(`r${i}`));
          const busy = new Set<Ring>();
          const overlaps: string[] = [];
          const enter = (held: readonly Ring[]): void => {
            for (const ring of held) {
              if (busy.has(ring)) overlaps.push(ring.name);
              busy.add(ring);
              ring.ops.append(Buffer.from('x'), 'test', 0); // throws outside a step
            }
          };
          const leave = (held: readonly Ring[]): void => {
            for (const ring of held) busy.delete(ring);
          };
          const runs = jobs.map((j) => {
            if (j.kind === 'slow') {
              const ring = rings[j.ring];
              return ring.exclusive(async () => {
                enter([ring]);
                for (let i = 0; i < j.turns; i++) await turn();
                leave([ring]);
              });
            }
            const held = j.rings.map((i) => rings[i]);
            return Promise.resolve(
              Ring.exclusiveAll(held, () => {
                enter([...new Set(held)]);
                leave([...new Set(held)]);
              }),
            );
          });
          let timer: NodeJS.Timeout | undefined;
          const deadlock = new Promise<string>((resolve) => {
            timer = setTimeout(() => resolve('deadlock'), 2000);
          });
          const outcome = await Promise.race([Promise.all(runs).then(() => 'done'), deadlock]);
          clearTimeout(timer);
          expect(outcome).toBe('done');
          expect(overlaps).toEqual([]);
          const appended = jobs.flatMap((j) =>
            j.kind === 'slow' ? [j.ring] : [...new Set(j.rings)],
          );
          expect(rings.map((r) => r.nextSeq - 1)).toEqual(
            rings.map((_, i) => appended.filter((x) => x === i).length),
          );
        },
      ),
      { ...FC_PARAMETERS, numRuns: Math.min(FC_PARAMETERS.numRuns ?? 200, 200) },
    );
  });

  it('runs at once, without a promise, when every lock is free', () => {
    const [a, b] = [newRing('a'), newRing('b')];
    expect(Ring.exclusiveAll([b, a, b], () => 42)).toBe(42);
  });

  it('waits for a held lock, and takes the locks in name order whatever order it is given', async () => {
    const [a, b] = [newRing('a'), newRing('b')];
    let release = (): void => {};
    const holding = b.exclusive(() => new Promise<void>((resolve) => (release = resolve)));
    const order: string[] = [];
    const waiting = Ring.exclusiveAll([b, a], () => order.push('batch'));
    expect(waiting).toBeInstanceOf(Promise);
    // a is taken (in order, before b) while the batch waits for b: a single step on a waits too.
    const onA = a.exclusive(() => order.push('a'));
    await turn();
    expect(order).toEqual([]);
    release();
    await Promise.all([holding, waiting, onA]);
    expect(order).toEqual(['batch', 'a']);
  });
});
