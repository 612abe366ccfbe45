import { setTimeout as sleep } from 'node:timers/promises';
import { SampledGcDurations } from '../../../src/http/gc-durations';

/** Young-generation collections: short-lived garbage, a few MB of it. */
function makeGarbage(): number {
  let kept = 0;
  for (let i = 0; i < 200_000; i++) kept += [i, { i }].length;
  return kept;
}

test('collections seen while sampling count `period / sample` times each; none after close', async () => {
  // Sampling 200 ms in every 400: each observed collection stands for two.
  const durations = new SampledGcDurations(200, 400);
  try {
    makeGarbage();
    // The observer's entries arrive on a later turn of the event loop.
    await sleep(50);
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
