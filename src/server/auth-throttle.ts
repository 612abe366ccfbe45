/**
 * Counts failed authentications per client address, so that guessing the secret from one
 * address is refused for a while after a few tries. Memory stays bounded: old failures are
 * forgotten, and past `maxAddresses` the address tracked longest is dropped.
 */
export class AuthThrottle {
  readonly #maxFailures: number;
  readonly #windowMs: number;
  readonly #maxAddresses: number;
  readonly #now: () => number;
  /** Failure times per address, oldest first. */
  readonly #failures = new Map<string, number[]>();

  constructor(
    options: {
      maxFailures?: number;
      windowMs?: number;
      maxAddresses?: number;
      now?: () => number;
    } = {},
  ) {
    this.#maxFailures = options.maxFailures ?? 5;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#maxAddresses = options.maxAddresses ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  recordFailure(address: string): void {
    const times = this.#recent(address);
    times.push(this.#now());
    this.#failures.delete(address);
    this.#failures.set(address, times);
    if (this.#failures.size > this.#maxAddresses) {
      this.#failures.delete(this.#failures.keys().next().value as string);
    }
  }

  /** True while `address` has failed maxFailures times within the window. */
  isBlocked(address: string): boolean {
    return this.#recent(address).length >= this.#maxFailures;
  }

  #recent(address: string): number[] {
    const cutoff = this.#now() - this.#windowMs;
    const times = (this.#failures.get(address) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) this.#failures.delete(address);
    return times;
  }
}
