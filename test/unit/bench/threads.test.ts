import * as hdr from 'hdr-histogram-js';
import { newLatencyHistogram } from '../../../src/bench/latency';
import type { LoadOptions, RingwireLoadReport } from '../../../src/bench/load';
import {
  mergeThreadResults,
  splitEvenly,
  threadOptions,
  type ThreadResult,
} from '../../../src/bench/threads';

const OPTIONS: LoadOptions = {
  host: '127.0.0.1',
  port: 1,
  transport: 'tcp',
  clients: 7,
  pipeline: 16,
  requests: 1000,
  size: 100,
  op: 'set',
  ratio: 0.5,
  count: 1,
  name: 'bench',
  rings: 3,
};

describe('./bench --threads: splitting', () => {
  it('splits a total into shares that differ by at most one and add up', () => {
    expect(splitEvenly(7, 3)).toEqual([3, 2, 2]);
    expect(splitEvenly(6, 3)).toEqual([2, 2, 2]);
    expect(splitEvenly(2, 4)).toEqual([1, 1, 0, 0]);
  });

  it('gives each thread consecutive connections, so connection i keeps its index (name and ring)', () => {
    const shares = threadOptions({ ...OPTIONS, onProgress: () => {} }, 3);
    expect(shares.map((s) => [s.firstClient, s.clients, s.requests])).toEqual([
      [0, 3, 334],
      [3, 2, 333],
      [5, 2, 333],
    ]);
    // Functions do not cross to a worker thread.
    expect(shares.every((s) => s.onProgress === undefined)).toBe(true);
    expect(shares.every((s) => s.rings === 3 && s.pipeline === 16)).toBe(true);
  });

  it('leaves out threads without a connection, and leaves --duration whole', () => {
    const shares = threadOptions(
      { ...OPTIONS, clients: 2, requests: undefined, durationMs: 5000 },
      4,
    );
    expect(shares.map((s) => [s.firstClient, s.clients, s.requests, s.durationMs])).toEqual([
      [0, 1, undefined, 5000],
      [1, 1, undefined, 5000],
    ]);
  });
});

describe('./bench --threads: merging', () => {
  function threadResult(latenciesUs: number[], report: Partial<RingwireLoadReport>): ThreadResult {
    const histogram = newLatencyHistogram();
    for (const us of latenciesUs) histogram.recordValue(us);
    return {
      histogram: hdr.encodeIntoCompressedBase64(histogram),
      report: {
        requests: latenciesUs.length,
        errors: 0,
        errorCodes: {},
        durationMs: 1000,
        opsPerSec: latenciesUs.length,
        latencyMs: { p50: 0, p90: 0, p99: 0, p999: 0, max: 0 },
        requestsByRing: {},
        ...report,
      },
    };
  }

  it('sums rates and counts, merges error codes and rings, and takes percentiles over every request', () => {
    const merged = mergeThreadResults([
      threadResult([100, 100, 100], {
        opsPerSec: 300,
        durationMs: 900,
        errors: 1,
        errorCodes: { RING_FULL: 1 },
        requestsByRing: { 'bench-0': 2, 'bench-1': 1 },
      }),
      threadResult([5000, 5000, 5000, 5000, 5000], {
        opsPerSec: 500,
        durationMs: 1000,
        errors: 2,
        errorCodes: { RING_FULL: 1, INVALID_ARGUMENT: 1 },
        requestsByRing: { 'bench-1': 5 },
      }),
    ]);
    expect(merged).toMatchObject({
      requests: 8,
      opsPerSec: 800,
      durationMs: 1000,
      errors: 3,
      errorCodes: { RING_FULL: 2, INVALID_ARGUMENT: 1 },
      requestsByRing: { 'bench-0': 2, 'bench-1': 6 },
    });
    // Five of eight requests took 5 ms: the merged median is theirs, not either thread's alone.
    expect(merged.latencyMs.p50).toBeCloseTo(5, 1);
    expect(merged.latencyMs.p90).toBeCloseTo(5, 1);
    expect(merged.latencyMs.max).toBeCloseTo(5, 1);
  });
});
