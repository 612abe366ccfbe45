/** One stored message. `payload` is owned by the store: never modify it. */
export interface StoredMessage {
  readonly seq: number;
  readonly timestampMs: number;
  readonly sender: string;
  readonly payload: Uint8Array;
}

/** What a read found, in the terms of a GET reply. */
export interface ReadResult {
  /** Oldest first, seq strictly increasing. */
  readonly messages: StoredMessage[];
  /** Messages the reader asked for that were already overwritten (after-seq reads only). */
  readonly lost: number;
  /** Seq of the oldest message held, 0 when none is held. */
  readonly oldestSeq: number;
  /** The first seq this read does not cover. */
  readonly nextSeq: number;
}

/**
 * Where messages live. The server calls it only while holding the ring's lock (see
 * LockedStore), so an implementation needs no locking of its own. An in-memory ring is the
 * default; a durable or remote store implements the same contract.
 */
export interface MessageStore {
  /** How many messages the store holds before it drops the oldest. */
  readonly capacity: number;
  /** The seq the next appended message gets; 1 for an empty store. */
  readonly nextSeq: number;
  /** Seq of the oldest message held, 0 when none is held. */
  readonly oldestSeq: number;
  /** Stores a copy of `payload` under the next seq and returns that seq. */
  append(payload: Uint8Array, sender: string, timestampMs: number): number;
  /** The latest `count` messages (1 <= count <= capacity). */
  readLatest(count: number): ReadResult;
  /** Up to `count` messages with seq > afterSeq (1 <= count <= capacity; afterSeq may be Infinity). */
  readAfter(afterSeq: number, count: number): ReadResult;
}
