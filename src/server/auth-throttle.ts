/**
 * Slows down guessing the secret from one client address without ever refusing a correct
 * proof: each challenge is one guess, so a Hello is challenged at once only while the
 * address's recent failures plus its challenges still unanswered stay under `maxFailures`.
 * Past that, the challenge waits `baseDelayMs`, doubling with each guess over the budget, up
 * to `maxDelayMs` (below the handshake timeout, so a client with the right secret still gets
 * in). Counting unanswered challenges stops concurrent handshakes from all being challenged
 * before the first failure is known. Memory stays bounded: old failures are forgotten, and
 * past `maxAddresses` the address tracked longest is dropped.
 */
export class AuthThrottle {
  readonly #maxFailures: number;
  readonly #windowMs: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #maxAddresses: number;
  readonly #now: () => number;
  /** Failure times per address, oldest first. */
  readonly #failures = new Map<string, number[]>();
  /** Challenges sent and not yet answered (or abandoned), per address. */
  readonly #pending = new Map<string, number>();

  constructor(
    options: {
      maxFailures?: number;
      windowMs?: number;
      baseDelayMs?: number;
      maxDelayMs?: number;
      maxAddresses?: number;
      now?: () => number;
    } = {},
  ) {
    this.#maxFailures = options.maxFailures ?? 5;
    this.#windowMs = options.windowMs ?? 60_000;
    this.#baseDelayMs = options.baseDelayMs ?? 250;
    this.#maxDelayMs = options.maxDelayMs ?? 2500;
    this.#maxAddresses = options.maxAddresses ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** How long to wait before challenging a Hello from `address`; 0 within the budget. */
  challengeDelayMs(address: string): number {
    const guesses = this.#recent(address).length + (this.#pending.get(address) ?? 0);
    const excess = guesses - this.#maxFailures;
    if (excess < 0) return 0;
    return Math.min(this.#baseDelayMs * 2 ** Math.min(excess, 30), this.#maxDelayMs);
  }

  challengeSent(address: string): void {
    this.#pending.set(address, (this.#pending.get(address) ?? 0) + 1);
  }

  /** The challenge was answered (rightly or not) or its connection closed. */
  challengeSettled(address: string): void {
    const left = (this.#pending.get(address) ?? 1) - 1;
    if (left > 0) this.#pending.set(address, left);
    else this.#pending.delete(address);
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

  #recent(address: string): number[] {
    const cutoff = this.#now() - this.#windowMs;
    const times = (this.#failures.get(address) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) this.#failures.delete(address);
    return times;
  }
}
