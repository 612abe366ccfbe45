import fc from 'fast-check';
import {
  LATENCY_BUCKET_BOUNDS_SECONDS,
  LatencyHistogram,
} from '../../../src/http/latency-histogram';
import { FC_PARAMETERS } from '../../helpers/fast-check';

const BOUNDS = LATENCY_BUCKET_BOUNDS_SECONDS;

/** The bucket a value belongs in, by definition: the first bound it does not exceed. */
function expectedBucket(seconds: number): number {
  const index = BOUNDS.findIndex((bound) => seconds <= bound);
  return index === -1 ? BOUNDS.length : index;
}

function bucketOf(seconds: number): number {
  const histogram = new LatencyHistogram();
  histogram.observe(seconds);
  return histogram.cumulativeCounts().indexOf(1);
}

test('bounds are 1 µs to 8.4 s, doubling', () => {
  expect(BOUNDS[0]).toBe(1e-6);
  expect(BOUNDS.at(-1)).toBeCloseTo(8.388608, 12);
  BOUNDS.slice(1).forEach((bound, i) => expect(bound / BOUNDS[i]!).toBeCloseTo(2, 12));
});

/** The doubles right beside `x`. */
function neighbours(x: number): [below: number, above: number] {
  const bits = new BigUint64Array(new Float64Array([x, x]).buffer);
  bits[0]!--;
  bits[1]!++;
  const [below, above] = new Float64Array(bits.buffer);
  return [below!, above!];
}

test('a value on a bound counts in that bound, the next double above it in the next', () => {
  BOUNDS.forEach((bound, i) => {
    const [below, above] = neighbours(bound);
    expect(bucketOf(below)).toBe(i);
    expect(bucketOf(bound)).toBe(i);
    expect(bucketOf(above)).toBe(i + 1);
  });
});

test('zero, negative, tiny and huge values land in the first and the +Inf bucket', () => {
  expect(bucketOf(0)).toBe(0);
  expect(bucketOf(-1)).toBe(0);
  expect(bucketOf(1e-9)).toBe(0);
  expect(bucketOf(9)).toBe(BOUNDS.length);
  expect(bucketOf(1e9)).toBe(BOUNDS.length);
});

test('every value lands where the definition of le puts it', () => {
  fc.assert(
    fc.property(fc.double({ min: 0, max: 20, noNaN: true }), (seconds) => {
      expect(bucketOf(seconds)).toBe(expectedBucket(seconds));
    }),
    FC_PARAMETERS,
  );
});

test('counts are cumulative, end at the count, and the sum adds up', () => {
  const histogram = new LatencyHistogram();
  const values = [3e-6, 3e-6, 0.01, 0.5, 100];
  values.forEach((value) => histogram.observe(value));
  const cumulative = histogram.cumulativeCounts();
  expect(cumulative).toHaveLength(BOUNDS.length + 1);
  expect(cumulative[expectedBucket(3e-6)]).toBe(2);
  expect(cumulative[expectedBucket(0.01) - 1]).toBe(2);
  expect(cumulative[expectedBucket(0.01)]).toBe(3);
  expect(cumulative.at(-2)).toBe(4);
  expect(cumulative.at(-1)).toBe(5);
  expect(histogram.count).toBe(5);
  expect(histogram.sum).toBeCloseTo(100.510006, 9);
});
