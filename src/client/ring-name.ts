import { RingwireError } from '../errors';

/** The ring a request names when it names none. */
export const DEFAULT_RING = 'default';

/** The server's rule for ring names (docs/PROTOCOL.md), checked before a request is sent. */
const RING_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** How error messages and usage lines describe a valid ring name. */
export const RING_NAME_RULE = "1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-'";

/** Whether the server accepts `name` as a ring name (the characters allowed are all one byte). */
export function isValidRingName(name: string): boolean {
  return RING_NAME.test(name);
}

/** Throws INVALID_ARGUMENT, as the server would answer, when `name` is not a valid ring name. */
export function checkRingName(name: string): void {
  if (!isValidRingName(name)) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `a ring name must be ${RING_NAME_RULE}, got ${JSON.stringify(name)}`,
    );
  }
}
