/**
 * Upper bounds (seconds) of the latency buckets: 1 µs · 2^k for k = 0..23, so 1 µs to 8.4 s.
 * Powers of two let `observe()` find its bucket without a loop or a search.
 */
export const LATENCY_BUCKET_BOUNDS_SECONDS: readonly number[] = Array.from(
  { length: 24 },
  (_, k) => 2 ** k / 1e6,
);

const LAST_BOUND = LATENCY_BUCKET_BOUNDS_SECONDS.length - 1;
/** Past this the bucket is +Inf anyway; it keeps Math.clz32's input within 32 bits. */
const CLAMP_MICROSECONDS = 2 ** 30;

/**
 * A latency histogram for the server's hot path: fixed buckets, one typed array allocated
 * up front, and `observe()` is a few arithmetic operations. prom-client reads it on scrape.
 */
export class LatencyHistogram {
  /** Per-bucket (not cumulative) counts; the last one is +Inf. Float64 counts stay exact to 2^53. */
  readonly #counts = new Float64Array(LATENCY_BUCKET_BOUNDS_SECONDS.length + 1);
  #sum = 0;
  #count = 0;

  /** `times` observations of the same value (the requests of one batch share its timing). */
  observe(seconds: number, times = 1): void {
    const microseconds = Math.min(Math.ceil(seconds * 1e6), CLAMP_MICROSECONDS);
    // The smallest k with 2^k µs >= the value is the bit length of (microseconds - 1). Exact
    // at the bounds: each bound times 1e6 is exactly 2^k, and rounding keeps the order.
    const bucket = microseconds <= 1 ? 0 : 32 - Math.clz32(microseconds - 1);
    this.#counts[bucket > LAST_BOUND ? LAST_BOUND + 1 : bucket] += times;
    this.#sum += seconds * times;
    this.#count += times;
  }

  /** Counts of observations at or below each bound, then the total (+Inf), as Prometheus wants. */
  cumulativeCounts(): number[] {
    let running = 0;
    return Array.from(this.#counts, (count) => (running += count));
  }

  get sum(): number {
    return this.#sum;
  }

  get count(): number {
    return this.#count;
  }
}
