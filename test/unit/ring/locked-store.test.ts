import { LockedStore } from '../../../src/ring/locked-store';
import { RingBuffer } from '../../../src/ring/ring-buffer';

describe('LockedStore', () => {
  it('runs steps one at a time, so seq order is storage order even when steps await', async () => {
    const locked = new LockedStore(new RingBuffer(100));
    const stored: number[] = [];
    const writers = Array.from({ length: 20 }, (_, writer) =>
      locked.exclusive(async (store) => {
        const seq = store.nextSeq;
        // A store that persists asynchronously yields here; nobody else may take `seq` meanwhile.
        await new Promise((resolve) => setTimeout(resolve, (writer * 7) % 5));
        expect(store.append(Buffer.from(`w${writer}`), `writer-${writer}`, 0)).toBe(seq);
        stored.push(seq);
      }),
    );
    await Promise.all(writers);
    expect(stored).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('releases the lock after a step throws', async () => {
    const locked = new LockedStore(new RingBuffer(4));
    await expect(locked.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locked.exclusive((store) => store.append(Buffer.alloc(0), 'x', 0))).resolves.toBe(
      1,
    );
  });
});
