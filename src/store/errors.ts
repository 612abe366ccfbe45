import { RingwireError } from '../errors';

/**
 * Why the on-disk log failed:
 * - `UNAVAILABLE`: a write or fdatasync failed (ENOSPC, EIO, ...); nothing of it stays on
 *   disk and later writes are tried again. The server answers such a request with
 *   STORE_UNAVAILABLE.
 * - `CORRUPT`: a record in the middle of a log is damaged; the log refuses to open.
 * - `LOCKED`: another live process holds the data directory.
 * - `INVALID`: a file of the data directory is not what this version writes.
 */
export const STORE_FAILURES = ['UNAVAILABLE', 'CORRUPT', 'LOCKED', 'INVALID'] as const;
export type StoreFailure = (typeof STORE_FAILURES)[number];

/**
 * A failure of the durable store. Its protocol code stays INTERNAL until the protocol has
 * STORE_UNAVAILABLE (issue 11, phase 2): callers tell failures apart by `failure`.
 */
export class StoreError extends RingwireError {
  readonly failure: StoreFailure;

  constructor(failure: StoreFailure, message: string, options?: { cause?: unknown }) {
    super('INTERNAL', message, options);
    this.failure = failure;
  }
}
