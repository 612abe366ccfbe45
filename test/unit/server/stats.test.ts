import { LatencyHistogram } from '../../../src/http/latency-histogram';
import type { ClientFrame } from '../../../src/protocol/codec';
import { ServerCounters } from '../../../src/server/stats';

const frame = (body: ClientFrame['body']): ClientFrame => ({ id: 1, body }) as ClientFrame;

test('a batch counts its timing once per request, by type, however the types interleave', () => {
  const counters = new ServerCounters();
  const batch = ['set', 'set', 'get', 'set', 'listRings', 'listRings', undefined].map((body) =>
    frame(body as ClientFrame['body']),
  );
  counters.batchAnswered(batch, 3e-6);
  counters.batchAnswered([frame('set')], 1e-3);

  const latency = counters.requestLatency;
  expect([...latency.keys()].sort()).toEqual(['get', 'list_rings', 'set']);
  // The same observations one at a time, for comparison.
  const sets = new LatencyHistogram();
  for (const seconds of [3e-6, 3e-6, 3e-6, 1e-3]) sets.observe(seconds);
  const set = latency.get('set') as LatencyHistogram;
  expect([set.count, set.cumulativeCounts()]).toEqual([4, sets.cumulativeCounts()]);
  expect(set.sum).toBeCloseTo(sets.sum, 15);
  expect(latency.get('get')?.count).toBe(1);
  expect(latency.get('list_rings')?.count).toBe(2);
});
