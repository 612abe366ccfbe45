import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RingwireError } from '../../../src/errors';
import { RingRegistry, ringName, type RingRegistryOptions } from '../../../src/ring/ring-registry';

const NO_LISTENER = { appended() {}, updated() {}, deleted() {} };

/**
 * Array buffers held once the figure has settled: garbage of earlier suites in this worker
 * (sockets, worker threads, files read) is freed concurrently and late, so collect, wait a
 * little, and read again until two readings agree.
 */
async function settledArrayBufferBytes(): Promise<number> {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  let previous = -1;
  for (let attempt = 0; attempt < 20; attempt++) {
    gc();
    gc();
    const current = process.memoryUsage().arrayBuffers;
    if (current === previous) return current;
    previous = current;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return previous;
}

function registry(
  options: Partial<RingRegistryOptions> = {},
  declared: ConstructorParameters<typeof RingRegistry>[1] = [],
): RingRegistry {
  return new RingRegistry(
    {
      defaults: { capacity: 16, maxBytes: 1000, overflow: 'overwrite' },
      maxRings: 1024,
      maxTotalBytes: 1_000_000,
      autoCreate: true,
      maxReaderLagMs: 0,
      listenerFor: () => NO_LISTENER,
      ...options,
    },
    declared,
  );
}

const codeOf = (action: () => unknown): string | undefined => {
  try {
    action();
    return undefined;
  } catch (error) {
    return (error as RingwireError).code;
  }
};

describe('ring names', () => {
  it('empty or absent is default; 1 to 64 bytes of [A-Za-z0-9._-] are names; anything else is INVALID_ARGUMENT', () => {
    expect([ringName(''), ringName(undefined), ringName(null)]).toEqual([
      'default',
      'default',
      'default',
    ]);
    for (const good of ['a', 'A.b_c-9', 'x'.repeat(64)]) expect(ringName(good)).toBe(good);
    for (const bad of ['x'.repeat(65), ' a', 'a:b', 'é', 'a\n', '*']) {
      expect(codeOf(() => ringName(bad))).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('RingRegistry', () => {
  it('holds default from the start, creates rings on first use, and keeps them in byte order', () => {
    const rings = registry();
    expect([...rings].map((r) => r.name)).toEqual(['default']);
    for (const name of ['b', 'a', 'Z', 'a.b', '_']) rings.use(name);
    expect(rings.use('a')).toBe(rings.use('a'));
    expect([...rings].map((r) => r.name)).toEqual(['Z', '_', 'a', 'a.b', 'b', 'default']);
    expect([...rings.after('a')].map((r) => r.name)).toEqual(['a.b', 'b', 'default']);
    expect([...rings.after('zzz')]).toEqual([]);
  });

  it('UPDATE and DELETE of a ring that does not exist: NOT_FOUND, nothing created', () => {
    const rings = registry();
    expect(codeOf(() => rings.existing('nowhere', 1))).toBe('NOT_FOUND');
    expect(rings.size).toBe(1);
  });

  it('without auto-create, an undeclared ring is RING_NOT_FOUND for every request', () => {
    const rings = registry({ autoCreate: false }, [
      { name: 'known', capacity: 4, maxBytes: 100, overflow: 'reject' },
    ]);
    expect(codeOf(() => rings.use('unknown'))).toBe('RING_NOT_FOUND');
    expect(codeOf(() => rings.existing('unknown', 1))).toBe('RING_NOT_FOUND');
    expect(rings.use('known').capacity).toBe(4);
    expect(rings.size).toBe(2);
  });

  it('refuses a ring past max-rings or max-total-bytes with RING_LIMIT, before creating anything', () => {
    const byCount = registry({ maxRings: 3 });
    byCount.use('a');
    byCount.use('b');
    expect(codeOf(() => byCount.use('c'))).toBe('RING_LIMIT');
    expect([byCount.size, byCount.totalMaxBytes]).toEqual([3, 3000]);

    const byBytes = registry({ maxTotalBytes: 2500 });
    byBytes.use('a');
    expect(codeOf(() => byBytes.use('b'))).toBe('RING_LIMIT');
    expect([byBytes.size, byBytes.totalMaxBytes]).toEqual([2, 2000]);
  });

  it('declared rings count toward the limits, default may be declared with its own bounds', () => {
    const rings = registry({}, [
      { name: 'default', capacity: 2, maxBytes: 50, overflow: 'reject' },
    ]);
    expect([rings.default.capacity, rings.default.maxBytes, rings.size]).toEqual([2, 50, 1]);
    expect(() =>
      registry({ maxRings: 2 }, [
        { name: 'a', capacity: 2, maxBytes: 50, overflow: 'reject' },
        { name: 'b', capacity: 2, maxBytes: 50, overflow: 'reject' },
      ]),
    ).toThrow(/maximum of 2 rings/);
    expect(() =>
      registry({}, [
        { name: 'a', capacity: 2, maxBytes: 50, overflow: 'reject' },
        { name: 'a', capacity: 2, maxBytes: 50, overflow: 'reject' },
      ]),
    ).toThrow(/declared twice/);
  });

  it('an empty ring allocates no slots or arena: 10,000 of them take well under 1 KB each', async () => {
    const before = await settledArrayBufferBytes();
    const rings = registry({
      defaults: { capacity: 1024, maxBytes: 16 << 20, overflow: 'overwrite' },
      maxRings: 20_000,
      maxTotalBytes: Number.MAX_SAFE_INTEGER,
    });
    for (let i = 0; i < 10_000; i++) rings.use(`ring-${i}`);
    // Before allocation moved to the first append, each took 16 MiB of arena and 10 KB of slots.
    const empty = await settledArrayBufferBytes();
    expect(empty - before).toBeLessThan(1 << 20);
    const ring = rings.use('ring-1');
    // The first append allocates its 16 MiB arena (only touched as messages arrive). Read just
    // before and after it, with nothing in between: earlier suites' garbage in this worker is
    // freed concurrently, late, and once took 16 MiB off between two settled readings.
    await settledArrayBufferBytes();
    const beforeAppend = process.memoryUsage().arrayBuffers;
    void ring.exclusiveSync((ops) => ops.append(Buffer.from('first'), 'x', 1));
    expect(process.memoryUsage().arrayBuffers - beforeAppend).toBeGreaterThan(8 << 20);
  });
});
