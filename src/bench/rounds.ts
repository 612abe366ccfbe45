// The arithmetic of `make compare`: interleaved rounds and the spread of their ratios. No I/O,
// so that it is tested without timing anything.
//
// On a shared machine the speed of a whole run drifts (another tenant, a CPU's clock); two
// measurements taken back to back drift together. So the contestants of one workload run in
// turn, round after round, and what is reported is the ratio within each round, summarized
// by its median and its range over the rounds, never one contestant's best against the
// other's.

/** What one run of one contestant measured; each field only where it applies. */
export interface Measurement {
  /** Operations of the run (requests, or messages delivered for fan-out). */
  ops?: number;
  opsPerSec?: number;
  /** The server's CPU time (utime + stime) over the run, per operation. */
  cpuUsPerOp?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** From process start to serving (recovery). */
  readyMs?: number;
  /** Memory held for the data set (memory). */
  bytes?: number;
  /** Counts that are no ratio: fan-out's lost pushes and lagging subscribers. */
  counts?: Record<string, number>;
}

/** The metrics whose ratios are summarized, where both contestants measured them. */
export const METRICS = ['opsPerSec', 'cpuUsPerOp', 'p50Ms', 'p99Ms', 'readyMs', 'bytes'] as const;
export type Metric = (typeof METRICS)[number];

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Runs `rounds` rounds of every contestant and returns the measurements by contestant, then
 * by round. Within a round the contestants run in turn, in their order on even rounds and in
 * reverse on odd ones, so that neither always runs first (on a warmer cache, or right after
 * the other's load).
 */
export async function interleave<T>(
  rounds: number,
  contestants: readonly T[],
  runOne: (contestant: T, round: number) => Promise<Measurement>,
): Promise<Measurement[][]> {
  const byContestant: Measurement[][] = contestants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = contestants.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) byContestant[i].push(await runOne(contestants[i], round));
  }
  return byContestant;
}

/** Per-round ratios of `subject` over `baseline`, each metric that both measured every round. */
export type RatioSummary = Partial<Record<Metric, Spread & { perRound: number[] }>>;

export function ratios(
  subject: readonly Measurement[],
  baseline: readonly Measurement[],
): RatioSummary {
  if (subject.length !== baseline.length)
    throw new RangeError(`${subject.length} rounds against ${baseline.length}`);
  const summary: RatioSummary = {};
  for (const metric of METRICS) {
    const perRound = subject.map((s, i) => {
      const [a, b] = [s[metric], baseline[i][metric]];
      return a !== undefined && b !== undefined && b > 0 ? a / b : undefined;
    });
    if (perRound.length > 0 && perRound.every((r) => r !== undefined)) {
      const defined = perRound as number[];
      summary[metric] = { ...spread(defined), perRound: defined };
    }
  }
  return summary;
}
