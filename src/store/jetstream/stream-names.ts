import { RingwireError } from '../../errors';

// How a ring maps onto JetStream (docs/DEPLOYMENT.md, "Names"). Ring names are
// [A-Za-z0-9._-]; stream names may not hold '.', so the stream's name escapes '.' and '_'
// (`_2E`, `_5F`), which keeps the mapping one-to-one. The subject keeps the ring's name as is:
// a literal subject (no wildcard) is its own, whatever dots it holds.

export const DEFAULT_STREAM_PREFIX = 'ringwire';
const STREAM_PREFIX = /^[A-Za-z0-9-]{1,32}$/;

/** The prefix of --stream-prefix, or INVALID_ARGUMENT. */
export function checkStreamPrefix(prefix: string): string {
  if (STREAM_PREFIX.test(prefix)) return prefix;
  throw new RingwireError(
    'INVALID_ARGUMENT',
    `a stream prefix must be 1 to 32 characters from A-Z, a-z, 0-9 and '-', got ${JSON.stringify(prefix)}`,
  );
}

/** The stream of ring `ring`: `<prefix>_<ring>`, '.' and '_' escaped. */
export function streamName(prefix: string, ring: string): string {
  return `${prefix}_${ring.replace(/[._]/g, (c) => (c === '.' ? '_2E' : '_5F'))}`;
}

/** The stream of the ring's UPDATEs and DELETEs: `<prefix>_<ring>_C` (no escape ends in `_C`). */
export function changesStreamName(prefix: string, ring: string): string {
  return `${streamName(prefix, ring)}_C`;
}

/** The subject of the ring's changes: `<prefix>.change.<ring>`. */
export function changesSubject(prefix: string, ring: string): string {
  return `${prefix}.change.${ring}`;
}

/** The one subject the stream of ring `ring` takes: `<prefix>.ring.<ring>`. */
export function ringSubject(prefix: string, ring: string): string {
  return `${prefix}.ring.${ring}`;
}

/** Every ring subject of `prefix`, to find the rings' streams. */
export function ringSubjects(prefix: string): string {
  return `${prefix}.ring.>`;
}

/** The ring whose subject is `subject`, if it is one of `prefix`. */
export function ringOfSubject(prefix: string, subject: string): string | undefined {
  const head = `${prefix}.ring.`;
  return subject.startsWith(head) ? subject.slice(head.length) : undefined;
}
