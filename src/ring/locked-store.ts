import { Mutex } from 'async-mutex';
import type { MessageStore } from './message-store';

/**
 * A store and the one lock that orders everything done to it. Each critical section runs as
 * one step: sequence numbers are handed out in the order messages are stored, even when a
 * store's work is asynchronous. Callers take it once per batch of requests, never across
 * socket I/O.
 */
export class LockedStore {
  readonly #store: MessageStore;
  readonly #mutex = new Mutex();

  constructor(store: MessageStore) {
    this.#store = store;
  }

  get capacity(): number {
    return this.#store.capacity;
  }

  /** Runs `step` alone with the store; nothing else touches it until the step settles. */
  exclusive<T>(step: (store: MessageStore) => T | Promise<T>): Promise<T> {
    return this.#mutex.runExclusive(() => step(this.#store));
  }

  /** The seq the next message will get, read without the lock (a hint, e.g. for a Welcome). */
  get nextSeq(): number {
    return this.#store.nextSeq;
  }
}
