import { describeMedians, formatResults, resultOf } from '../../../src/bench/compare';
import { interleave, median, ratios, spread, type Measurement } from '../../../src/bench/rounds';

describe('median and spread', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([0.75, 0.5, 1.5, 1])).toEqual({ median: 0.875, min: 0.5, max: 1.5 });
  });

  it('refuses no values instead of answering NaN', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('ratios', () => {
  const ringwire: Measurement[] = [
    { opsPerSec: 800, cpuUsPerOp: 1.0, p50Ms: 1 },
    { opsPerSec: 600, cpuUsPerOp: 1.2, p50Ms: 2 },
    { opsPerSec: 900, cpuUsPerOp: 0.9, p50Ms: 1 },
  ];
  const redis: Measurement[] = [
    { opsPerSec: 400, cpuUsPerOp: 1.25 },
    { opsPerSec: 600, cpuUsPerOp: 1.0 },
    { opsPerSec: 1000, cpuUsPerOp: 1.0 },
  ];

  it('divides round by round and summarizes the per-round ratios', () => {
    const summary = ratios(ringwire, redis);
    expect(summary.opsPerSec?.perRound).toEqual([2, 1, 0.9]);
    expect(summary.opsPerSec).toMatchObject({ median: 1, min: 0.9, max: 2 });
    expect(summary.cpuUsPerOp?.perRound.map((r) => +r.toFixed(3))).toEqual([0.8, 1.2, 0.9]);
    expect(summary.cpuUsPerOp?.median).toBeCloseTo(0.9);
  });

  it('leaves out a metric that one side did not measure in every round', () => {
    expect(ratios(ringwire, redis).p50Ms).toBeUndefined();
  });

  it('refuses rounds that do not pair up', () => {
    expect(() => ratios(ringwire, redis.slice(1))).toThrow(RangeError);
  });
});

describe('interleave', () => {
  it('alternates the contestants, in reverse order on odd rounds, and files each run under its contestant', async () => {
    const calls: string[] = [];
    const measured = await interleave(3, ['a', 'b', 'c'], async (name, round) => {
      calls.push(`${name}${round}`);
      return { ops: round, opsPerSec: name.charCodeAt(0) };
    });
    expect(calls).toEqual(['a0', 'b0', 'c0', 'c1', 'b1', 'a1', 'a2', 'b2', 'c2']);
    expect(measured.map((runs) => runs.map((r) => r.ops))).toEqual([
      [0, 1, 2],
      [0, 1, 2],
      [0, 1, 2],
    ]);
    expect(measured[1].every((r) => r.opsPerSec === 'b'.charCodeAt(0))).toBe(true);
  });
});

describe('the results of a workload', () => {
  const measured: Measurement[][] = [
    [
      { ops: 10, opsPerSec: 100, cpuUsPerOp: 1, counts: { lost: 0, laggingSubscribers: 2 } },
      { ops: 10, opsPerSec: 120, cpuUsPerOp: 1, counts: { lost: 3, laggingSubscribers: 0 } },
    ],
    [
      { ops: 10, opsPerSec: 50, cpuUsPerOp: 2 },
      { ops: 10, opsPerSec: 40, cpuUsPerOp: 2 },
    ],
    [
      { ops: 10, opsPerSec: 200, cpuUsPerOp: 0.5 },
      { ops: 10, opsPerSec: 200, cpuUsPerOp: 0.5 },
    ],
  ];
  const result = resultOf(
    { id: 'fanout-1', name: 'Fan-out' },
    ['ringwire', 'Redis', 'NATS'],
    measured,
  );

  it('keeps every raw round by contestant and the ratios of the first over each other one', () => {
    expect(result).toMatchObject({
      id: 'fanout-1',
      name: 'Fan-out',
      contestants: ['ringwire', 'Redis', 'NATS'],
    });
    expect(result.rounds.Redis).toEqual(measured[1]);
    expect(Object.keys(result.ratios)).toEqual(['ringwire / Redis', 'ringwire / NATS']);
    expect(result.ratios['ringwire / Redis'].opsPerSec?.perRound).toEqual([2, 3]);
    expect(result.ratios['ringwire / NATS'].cpuUsPerOp?.median).toBe(2);
    // The JSON file holds exactly this.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('describes medians and the worst round of each count', () => {
    expect(describeMedians(measured[0])).toBe(
      '110/s, 1.00 us/op, lost <= 3, laggingSubscribers <= 2',
    );
  });

  it('prints a table row per rival with the median and the range of each ratio', () => {
    const text = formatResults({
      date: 'D',
      machine: { cpu: 'C', cpus: '2', node: 'v20', redis: 'R', nats: 'N', pinned: 'yes' },
      settings: { rounds: 2, seconds: 1, quick: true },
      workloads: [result],
    });
    expect(text).toContain(
      '| Fan-out | ringwire / Redis | 2 | 2.50x (2.00-3.00) | 0.50x (0.50-0.50) | - |',
    );
    expect(text).toContain('| Fan-out | ringwire / NATS | 2 |');
  });
});
