import type { MessageStore, ReadResult, StoredMessage } from './message-store';

/**
 * The in-memory store: a fixed number of slots, the newest message overwriting the oldest.
 * Message `seq` lives in slot (seq - 1) % capacity, so append and lookup are O(1) and a read of
 * k messages is O(k).
 */
export class RingBuffer implements MessageStore {
  readonly capacity: number;
  readonly #slots: (StoredMessage | undefined)[];
  #nextSeq = 1;

  constructor(capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) {
      throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    }
    this.capacity = capacity;
    this.#slots = new Array<StoredMessage | undefined>(capacity).fill(undefined);
  }

  get nextSeq(): number {
    return this.#nextSeq;
  }

  get oldestSeq(): number {
    if (this.#nextSeq === 1) return 0;
    return Math.max(1, this.#nextSeq - this.capacity);
  }

  get size(): number {
    return Math.min(this.#nextSeq - 1, this.capacity);
  }

  append(payload: Uint8Array, sender: string, timestampMs: number): number {
    const seq = this.#nextSeq;
    if (seq >= Number.MAX_SAFE_INTEGER) throw new RangeError('sequence numbers exhausted');
    // A copy: the caller's bytes are usually a view into a socket read that will be reused.
    this.#slots[(seq - 1) % this.capacity] = {
      seq,
      timestampMs,
      sender,
      payload: Buffer.from(payload),
    };
    this.#nextSeq = seq + 1;
    return seq;
  }

  readLatest(count: number): ReadResult {
    const end = this.#nextSeq;
    const start = Math.max(end - count, this.oldestSeq || end);
    return this.#read(start, end, 0);
  }

  readAfter(afterSeq: number, count: number): ReadResult {
    const wanted = afterSeq + 1;
    const oldest = this.oldestSeq;
    if (wanted >= this.#nextSeq || oldest === 0) return this.#read(this.#nextSeq, this.#nextSeq, 0);
    const start = Math.max(wanted, oldest);
    const end = Math.min(start + count, this.#nextSeq);
    return this.#read(start, end, start - wanted);
  }

  #read(start: number, end: number, lost: number): ReadResult {
    const messages: StoredMessage[] = [];
    for (let seq = start; seq < end; seq++) {
      messages.push(this.#slots[(seq - 1) % this.capacity] as StoredMessage);
    }
    return { messages, lost, oldestSeq: this.oldestSeq, nextSeq: end };
  }
}
