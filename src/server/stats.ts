import type { ErrorCode } from '../errors';
import type { RingFigures } from '../ring/ring';
import type { PersistenceFigures } from '../store/persistence';

/** What the server counts for STATS, beyond what the ring knows. */
export interface ServerStats {
  readonly uptimeMs: number;
  readonly connections: number;
  readonly subscribers: number;
  /** Requests answered, by type ("set", "get", ...). */
  readonly requests: ReadonlyMap<string, number>;
  /** Error frames sent, by code. */
  readonly errors: ReadonlyMap<string, number>;
  /** STATS' ring_* fields describe the ring `default`. */
  readonly defaultRing: RingFigures;
  /** Rings held, and their messages and payload bytes. */
  readonly rings: number;
  readonly totalMessages: number;
  readonly totalBytes: number;
  /** With --data-dir: the data directory's figures. */
  readonly persistence?: PersistenceFigures;
}

/** Running totals since the server started. */
export class ServerCounters {
  readonly #requests: Record<string, number> = {};
  readonly errors = new Map<string, number>();

  /** Counted on every request: a property increment, not a map update. */
  request(type: string): void {
    this.#requests[type] = (this.#requests[type] ?? 0) + 1;
  }

  get requests(): ReadonlyMap<string, number> {
    return new Map(Object.entries(this.#requests));
  }

  error(code: ErrorCode): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }
}
