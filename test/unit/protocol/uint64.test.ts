import Long from 'long';
import { UINT64_EDGES } from '../../helpers/proto-schema';
import {
  bigIntToUint64,
  MAX_UINT64,
  uint64ToBigInt,
  uint64ToNumber,
} from '../../../src/protocol/uint64';

describe('uint64 conversions', () => {
  it.each(UINT64_EDGES)('round-trips %s exactly through Long', (value) => {
    expect(uint64ToBigInt(bigIntToUint64(value))).toBe(value);
  });

  it('reads numbers and missing values', () => {
    expect(uint64ToBigInt(42)).toBe(42n);
    expect(uint64ToBigInt(undefined)).toBe(0n);
    expect(uint64ToNumber(null)).toBe(0);
  });

  it('gives exact numbers up to 2^53 - 1 and Infinity past it', () => {
    expect(uint64ToNumber(bigIntToUint64(2n ** 53n - 1n))).toBe(Number.MAX_SAFE_INTEGER);
    expect(uint64ToNumber(bigIntToUint64(2n ** 53n))).toBe(Infinity);
    expect(uint64ToNumber(bigIntToUint64(MAX_UINT64))).toBe(Infinity);
    expect(uint64ToNumber(Long.fromNumber(123456789012, true))).toBe(123456789012);
  });

  it('refuses values outside uint64', () => {
    expect(() => bigIntToUint64(-1n)).toThrow(RangeError);
    expect(() => bigIntToUint64(MAX_UINT64 + 1n)).toThrow(RangeError);
  });
});
