import { setTimeout as sleep } from 'node:timers/promises';
import { SampledGcDurations } from '../../../src/http/gc-durations';

/** Young-generation collections: short-lived garbage, a few MB of it (kept until the end, so
 * that the compiler cannot leave the allocations out). */
function makeGarbage(): number {
  const kept: object[] = [];
  for (let i = 0; i < 100_000; i++) kept.push({ i });
  return kept.length;
}

test('collections seen while sampling count `period / sample` times each; none after close', async () => {
  // Sampling 2 s in every 4: each observed collection stands for two.
  const durations = new SampledGcDurations(2000, 4000);
  try {
    // Garbage until a collection is seen: how much it takes depends on the young generation's
    // size. The observer's entries arrive on a later turn of the event loop.
    const started = Date.now();
    while (!durations.byKind.get('minor') && Date.now() - started < 1500) {
      makeGarbage();
      await sleep(10);
    }
    const minor = durations.byKind.get('minor');
    expect(minor?.count).toBeGreaterThan(0);
    expect((minor?.count ?? 1) % 2).toBe(0);
    expect(minor?.sum).toBeGreaterThan(0);
  } finally {
    durations.close();
  }
  const before = durations.byKind.get('minor')?.count;
  makeGarbage();
  await sleep(50);
  expect(durations.byKind.get('minor')?.count).toBe(before);
});
