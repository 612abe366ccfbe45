import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { LatencyHistogram } from './latency-histogram';

/** Node's GC kinds, as prom-client names them in nodejs_gc_duration_seconds. */
const KINDS: Readonly<Record<number, string>> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

export const GC_SAMPLE_MS = 1000;
export const GC_SAMPLE_PERIOD_MS = 10_000;

/**
 * Garbage-collection pauses by kind, observed during one second in every ten and each counted
 * ten times: an estimate. Observing every collection costs Node a call into JavaScript per
 * collection, and a server under load collects its young generation hundreds of times a
 * second (3 % of its CPU, measured in docs/BENCHMARKS.md); sampling costs a tenth of that.
 */
export class SampledGcDurations {
  readonly #byKind = new Map<string, LatencyHistogram>();
  readonly #observer = new PerformanceObserver((list) => this.#record(list.getEntries()));
  /** How many collections one observed collection stands for. */
  readonly #weight: number;
  readonly #period: NodeJS.Timeout;
  #sampleEnd: NodeJS.Timeout | undefined;

  constructor(sampleMs = GC_SAMPLE_MS, periodMs = GC_SAMPLE_PERIOD_MS) {
    this.#weight = periodMs / sampleMs;
    const sample = (): void => {
      this.#observer.observe({ entryTypes: ['gc'] });
      this.#sampleEnd = setTimeout(() => this.#observer.disconnect(), sampleMs).unref();
    };
    sample();
    this.#period = setInterval(sample, periodMs).unref();
  }

  /** The histograms by kind, as estimated so far. */
  get byKind(): ReadonlyMap<string, LatencyHistogram> {
    return this.#byKind;
  }

  close(): void {
    clearInterval(this.#period);
    clearTimeout(this.#sampleEnd);
    this.#observer.disconnect();
  }

  #record(entries: readonly PerformanceEntry[]): void {
    for (const entry of entries) {
      const kind =
        KINDS[(entry as unknown as { detail: { kind: number } }).detail.kind] ?? 'unknown';
      let histogram = this.#byKind.get(kind);
      if (!histogram) this.#byKind.set(kind, (histogram = new LatencyHistogram()));
      histogram.observe(entry.duration / 1000, this.#weight);
    }
  }
}
