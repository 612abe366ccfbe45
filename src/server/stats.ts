/** What the server counts for STATS, beyond what the ring knows. */
export interface ServerStats {
  readonly uptimeMs: number;
  readonly connections: number;
  readonly subscribers: number;
  readonly requests: ReadonlyMap<string, number>;
}

/** Requests answered, by type ("set", "get", ...). */
export class RequestCounters {
  readonly #counts = new Map<string, number>();

  count(type: string): void {
    this.#counts.set(type, (this.#counts.get(type) ?? 0) + 1);
  }

  get counts(): ReadonlyMap<string, number> {
    return this.#counts;
  }
}
