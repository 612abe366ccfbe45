import { RingwireError } from '../../errors';

/** A write acknowledged by the stream, waiting for the replica to apply its seq. */
interface Waiter {
  readonly seq: number;
  readonly deadline: number;
  resolve(seq: number): void;
  reject(error: RingwireError): void;
}

/**
 * How far a consumer has applied its stream, and the writes waiting for it to get there. The
 * waiters are kept in seq order (acks come back mostly in order, so inserting is cheap), and
 * one timer fails those past their deadline.
 */
export class AppliedSeqs {
  #applied = 0;
  readonly #waiters: Waiter[] = [];
  #timer: NodeJS.Timeout | undefined;
  readonly #timeoutMs: number;
  readonly #lateError: (seq: number) => RingwireError;

  /** `lateError`: what a write gets when the seq is not applied within `timeoutMs`. */
  constructor(timeoutMs: number, lateError: (seq: number) => RingwireError) {
    this.#timeoutMs = timeoutMs;
    this.#lateError = lateError;
  }

  get applied(): number {
    return this.#applied;
  }

  /** Resolves with `seq` once it is applied: within the timeout, or ever when `patient`. */
  until(seq: number, patient = false): Promise<number> {
    if (seq <= this.#applied) return Promise.resolve(seq);
    const deadline = patient ? Infinity : performance.now() + this.#timeoutMs;
    return new Promise((resolve, reject) => {
      const waiters = this.#waiters;
      let at = waiters.length;
      while (at > 0 && waiters[at - 1].seq > seq) at--;
      waiters.splice(at, 0, { seq, deadline, resolve, reject });
      if (!patient) this.#watchDeadlines();
    });
  }

  /** Everything up to `seq` is applied. */
  advance(seq: number): void {
    if (seq <= this.#applied) return;
    this.#applied = seq;
    const waiters = this.#waiters;
    let woken = 0;
    while (woken < waiters.length && waiters[woken].seq <= seq) {
      waiters[woken].resolve(waiters[woken].seq);
      woken++;
    }
    if (woken > 0) waiters.splice(0, woken);
  }

  close(): void {
    clearTimeout(this.#timer);
  }

  #watchDeadlines(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const now = performance.now();
      for (let i = this.#waiters.length - 1; i >= 0; i--) {
        const waiter = this.#waiters[i];
        if (waiter.deadline > now) continue;
        this.#waiters.splice(i, 1);
        waiter.reject(this.#lateError(waiter.seq));
      }
      if (this.#waiters.some((waiter) => Number.isFinite(waiter.deadline))) this.#watchDeadlines();
    }, this.#timeoutMs / 2).unref();
  }
}
