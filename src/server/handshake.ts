import { RingwireError } from '../errors';
import type { v1 } from '../protocol/codec';
import { MAX_CLIENT_NAME_BYTES } from '../protocol/constants';

export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Checks a Hello and picks the protocol version: the highest version both sides speak.
 * Throws UNSUPPORTED_VERSION when the ranges do not meet, INVALID_ARGUMENT for a bad name.
 */
export function acceptHello(hello: v1.Hello.$Properties, supported: VersionRange): number {
  const offeredMin = hello.minVersion ?? 0;
  const offeredMax = hello.maxVersion ?? 0;
  if (offeredMin > offeredMax) {
    throw new RingwireError(
      'UNSUPPORTED_VERSION',
      `offered version range ${offeredMin}..${offeredMax} is empty`,
    );
  }
  const version = Math.min(offeredMax, supported.max);
  if (version < Math.max(offeredMin, supported.min)) {
    throw new RingwireError(
      'UNSUPPORTED_VERSION',
      `server speaks versions ${supported.min}..${supported.max}, client offered ${offeredMin}..${offeredMax}`,
    );
  }
  const nameBytes = Buffer.byteLength(hello.clientName ?? '');
  if (nameBytes < 1 || nameBytes > MAX_CLIENT_NAME_BYTES) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `client_name must be 1 to ${MAX_CLIENT_NAME_BYTES} bytes of UTF-8, got ${nameBytes}`,
    );
  }
  return version;
}
