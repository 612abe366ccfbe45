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
 * A failure of the durable store: UNAVAILABLE goes to the client as STORE_UNAVAILABLE; the
 * others stop the server from starting (INTERNAL should one ever reach a client).
 */
export class StoreError extends RingwireError {
  readonly failure: StoreFailure;

  constructor(failure: StoreFailure, message: string, options?: { cause?: unknown }) {
    super(failure === 'UNAVAILABLE' ? 'STORE_UNAVAILABLE' : 'INTERNAL', message, options);
    this.failure = failure;
  }
}
