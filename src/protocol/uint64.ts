import Long from 'long';

// protobufjs decodes uint64 fields as `Long` (or as a plain number when the value was
// encoded from one by the same process). The public API speaks `bigint`, so values past
// 2^53 reach users exactly; the server keeps sequence numbers as numbers, which are exact up
// to Number.MAX_SAFE_INTEGER (about 285 years at a million messages a second).

export type WireUint64 = number | Long;

export const MAX_UINT64 = 0xffff_ffff_ffff_ffffn;

/** A decoded uint64 as an exact bigint. */
export function uint64ToBigInt(value: WireUint64 | null | undefined): bigint {
  if (value == null) return 0n;
  if (typeof value === 'number') return BigInt(value);
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}

/**
 * A decoded uint64 as a number; values above Number.MAX_SAFE_INTEGER become Infinity, so they
 * still compare greater than every sequence number the server can hold.
 */
export function uint64ToNumber(value: WireUint64 | null | undefined): number {
  if (value == null) return 0;
  if (typeof value === 'number') return value;
  const high = value.high >>> 0;
  if (high > 0x1f_ffff) return Infinity;
  return high * 0x1_0000_0000 + (value.low >>> 0);
}

/** A bigint in [0, 2^64) as a value protobufjs encodes exactly. */
export function bigIntToUint64(value: bigint): Long {
  if (value < 0n || value > MAX_UINT64) throw new RangeError(`${value} is not a uint64`);
  return Long.fromBigInt(value, true);
}
