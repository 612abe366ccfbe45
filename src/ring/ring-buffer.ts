import type { MessageStore, ReadResult, StoredMessage } from './message-store';

/**
 * The in-memory store: a fixed number of slots, the newest message overwriting the oldest.
 * Message `seq` lives in slot (seq - 1) % capacity, so append and lookup are O(1) and a read
 * of k messages is O(k + deleted messages skipped).
 */
export class RingBuffer implements MessageStore {
  readonly capacity: number;
  /** undefined: never written, or deleted. */
  readonly #slots: (StoredMessage | undefined)[];
  #nextSeq = 1;
  #messageCount = 0;
  #payloadBytes = 0;

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

  get messageCount(): number {
    return this.#messageCount;
  }

  get payloadBytes(): number {
    return this.#payloadBytes;
  }

  overwrittenByAppend(): number {
    return this.#nextSeq > this.capacity ? this.#nextSeq - this.capacity : 0;
  }

  append(payload: Uint8Array, sender: string, timestampMs: number): number {
    const seq = this.#nextSeq;
    if (seq >= Number.MAX_SAFE_INTEGER) throw new RangeError('sequence numbers exhausted');
    const slot = (seq - 1) % this.capacity;
    this.#forget(this.#slots[slot]);
    // A copy: the caller's bytes are usually a view into a socket read that will be reused.
    this.#slots[slot] = { seq, timestampMs, sender, payload: Buffer.from(payload), updatedMs: 0 };
    this.#messageCount++;
    this.#payloadBytes += payload.length;
    this.#nextSeq = seq + 1;
    return seq;
  }

  get(seq: number): StoredMessage | undefined {
    if (seq < this.oldestSeq || seq >= this.#nextSeq || seq < 1) return undefined;
    return this.#slots[(seq - 1) % this.capacity];
  }

  update(seq: number, payload: Uint8Array, updatedMs: number): StoredMessage | undefined {
    const old = this.get(seq);
    if (!old) return undefined;
    const updated = { ...old, payload: Buffer.from(payload), updatedMs };
    this.#slots[(seq - 1) % this.capacity] = updated;
    this.#payloadBytes += payload.length - old.payload.length;
    return updated;
  }

  delete(seq: number): boolean {
    const old = this.get(seq);
    if (!old) return false;
    this.#forget(old);
    this.#slots[(seq - 1) % this.capacity] = undefined;
    return true;
  }

  readLatest(count: number): ReadResult {
    const oldest = this.oldestSeq;
    const messages: StoredMessage[] = [];
    let deleted = 0;
    for (let seq = this.#nextSeq - 1; seq >= oldest && seq > 0 && messages.length < count; seq--) {
      const message = this.#slots[(seq - 1) % this.capacity];
      if (message) messages.push(message);
      else deleted++;
    }
    messages.reverse();
    return { messages, lost: 0, deleted, oldestSeq: oldest, nextSeq: this.#nextSeq };
  }

  readAfter(afterSeq: number, count: number): ReadResult {
    const wanted = afterSeq + 1;
    const oldest = this.oldestSeq;
    const messages: StoredMessage[] = [];
    if (wanted >= this.#nextSeq || oldest === 0) {
      return { messages, lost: 0, deleted: 0, oldestSeq: oldest, nextSeq: this.#nextSeq };
    }
    const start = Math.max(wanted, oldest);
    let seq = start;
    let deleted = 0;
    for (; seq < this.#nextSeq && messages.length < count; seq++) {
      const message = this.#slots[(seq - 1) % this.capacity];
      if (message) messages.push(message);
      else deleted++;
    }
    return { messages, lost: start - wanted, deleted, oldestSeq: oldest, nextSeq: seq };
  }

  #forget(message: StoredMessage | undefined): void {
    if (!message) return;
    this.#messageCount--;
    this.#payloadBytes -= message.payload.length;
  }
}
