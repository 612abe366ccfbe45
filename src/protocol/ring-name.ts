import { RingwireError } from '../errors';

// The ring names of protocol version 2 (docs/PROTOCOL.md, "Rings"): one rule for the server,
// which refuses a bad name, and the client, which refuses it before sending.

/** The ring a request that names none (or names "") uses; it always exists. */
export const DEFAULT_RING = 'default';
/** Ring names: 1 to 64 bytes of [A-Za-z0-9._-], case-sensitive. */
export const MAX_RING_NAME_BYTES = 64;
const RING_NAME = new RegExp(`^[A-Za-z0-9._-]{1,${MAX_RING_NAME_BYTES}}$`);

/** How error messages and usage lines describe a valid ring name. */
export const RING_NAME_RULE = `1 to ${MAX_RING_NAME_BYTES} characters from A-Z, a-z, 0-9, '.', '_' and '-'`;

/** Whether `name` is a valid ring name (the characters allowed are all one byte). */
export function isValidRingName(name: string): boolean {
  return RING_NAME.test(name);
}

/** The INVALID_ARGUMENT both sides give for a bad name (a long one is cut in the message). */
export function invalidRingName(name: string): RingwireError {
  const shown = name.length > 80 ? `${name.slice(0, 80)}...` : name;
  return new RingwireError(
    'INVALID_ARGUMENT',
    `a ring name must be ${RING_NAME_RULE}, got ${JSON.stringify(shown)}`,
  );
}
