// What counting a request costs on the server's hot path: the plain counter increments and
// LatencyHistogram.observe() that /metrics reads, against the same loop without them.
// A measurement for people (docs/OPERATIONS.md quotes it), not a test:
//   make build && node dist/src/http/hot-path-bench.js
import { performance } from 'node:perf_hooks';
import { LatencyHistogram } from './latency-histogram';

const ITERATIONS = 20_000_000;
const ROUNDS = 7;
/** Request latencies from 1 µs to 2 ms, so observe() visits many buckets. */
const LATENCIES = Float64Array.from({ length: 1024 }, (_, i) => ((i * 7919) % 2000) * 1e-6 + 1e-6);

/** The shape the server keeps: one object of plain numbers, and a histogram per type. */
class Counters {
  set = 0;
  receivedBytes = 0;
  sentBytes = 0;
  readonly setLatency = new LatencyHistogram();

  /** What the server does per SET answered. */
  count(seconds: number): void {
    this.set++;
    this.receivedBytes += 40;
    this.sentBytes += 16;
    this.setLatency.observe(seconds);
  }
}

const VARIANTS: [name: string, run: () => number][] = [
  [
    'no counting',
    () => {
      let sink = 0;
      for (let i = 0; i < ITERATIONS; i++) sink += LATENCIES[i & 1023]!;
      return sink;
    },
  ],
  [
    '3 counters + observe()',
    () => {
      const counters = new Counters();
      let sink = 0;
      for (let i = 0; i < ITERATIONS; i++) {
        const seconds = LATENCIES[i & 1023]!;
        counters.count(seconds);
        sink += seconds;
      }
      return sink + counters.setLatency.count;
    },
  ],
  [
    'the same, timed with performance.now()',
    () => {
      const counters = new Counters();
      let sink = 0;
      for (let i = 0; i < ITERATIONS; i++) {
        const started = performance.now();
        sink += LATENCIES[i & 1023]!;
        counters.count((performance.now() - started) / 1000);
      }
      return sink + counters.setLatency.count;
    },
  ],
  [
    'the same, two clock reads per batch of 16',
    () => {
      const counters = new Counters();
      let sink = 0;
      // The frames of one read are handled together: they share a start and an end time.
      for (let i = 0; i < ITERATIONS; i += 16) {
        const started = performance.now();
        for (let j = 0; j < 16; j++) sink += LATENCIES[(i + j) & 1023]!;
        const seconds = (performance.now() - started) / 1000;
        for (let j = 0; j < 16; j++) counters.count(seconds);
      }
      return sink + counters.setLatency.count;
    },
  ],
];

function nanosecondsPerOp(run: () => number): number {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = process.hrtime.bigint();
    if (Number.isNaN(run())) throw new Error('unreachable: keeps the result alive');
    samples.push(Number(process.hrtime.bigint() - started) / ITERATIONS);
  }
  return samples.sort((a, b) => a - b)[ROUNDS >> 1]!;
}

console.log(`median of ${ROUNDS} rounds of ${ITERATIONS.toLocaleString('en-US')} requests`);
let baseline: number | undefined;
for (const [name, run] of VARIANTS) {
  const ns = nanosecondsPerOp(run);
  baseline ??= ns;
  console.log(
    `${name.padEnd(44)} ${ns.toFixed(2).padStart(6)} ns/op  (+${(ns - baseline).toFixed(2)})`,
  );
}
