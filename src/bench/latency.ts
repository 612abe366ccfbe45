import * as hdr from 'hdr-histogram-js';
import type { ErrorCode } from '../errors';

export interface LoadReport {
  readonly requests: number;
  readonly errors: number;
  readonly errorCodes: Readonly<Partial<Record<ErrorCode, number>>>;
  readonly durationMs: number;
  readonly opsPerSec: number;
  /** Request to reply, in milliseconds. */
  readonly latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number };
}

/** Request-to-reply times in microseconds, to an hour, with three significant digits. */
export function newLatencyHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

/** Microseconds since `sentMs`, for the histogram (which wants integers from 1). */
export function elapsedUs(sentMs: number, nowMs: number): number {
  return Math.max(1, Math.round((nowMs - sentMs) * 1000));
}

export function report(
  latencyUs: hdr.Histogram,
  counts: { requests: number; errors: number; errorCodes: Partial<Record<ErrorCode, number>> },
  durationMs: number,
): LoadReport {
  const max = latencyUs.maxValue;
  // A percentile is the top of its bucket, which can lie just above the largest value seen.
  const at = (percentile: number): number =>
    Math.min(latencyUs.getValueAtPercentile(percentile), max) / 1000;
  return {
    ...counts,
    durationMs,
    opsPerSec: counts.requests / (durationMs / 1000),
    latencyMs: { p50: at(50), p90: at(90), p99: at(99), p999: at(99.9), max: max / 1000 },
  };
}
