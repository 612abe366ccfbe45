import type { MessageColumns } from './message-columns';

/** One stored message, as a store reads it out. */
export interface StoredMessage {
  readonly seq: number;
  readonly timestampMs: number;
  readonly sender: string;
  /** Time of the latest update, 0 if never updated. */
  readonly updatedMs: number;
  readonly payloadLength: number;
  /** Copies the payload to `target` at `offset`: the hot path, without a view per message. */
  copyPayloadTo(target: Uint8Array, offset: number): void;
  /** A view of the payload, owned by the store: never modify it. */
  readonly payload: Uint8Array;
}

/** What a read found, in the terms of a GET reply. */
export interface ReadResult {
  /** Oldest first, seq strictly increasing. */
  readonly messages: StoredMessage[];
  /** Messages the reader asked for that were already overwritten (after-seq reads only). */
  readonly lost: number;
  /** Seqs in the covered range that were deleted. */
  readonly deleted: number;
  /** Lowest seq not yet overwritten, 0 before the first message. */
  readonly oldestSeq: number;
  /** The first seq this read does not cover. */
  readonly nextSeq: number;
}

/**
 * Where messages live. Callers hold the ring's lock (see Ring), so an implementation needs
 * no locking of its own. An in-memory ring is the default; a durable or remote store
 * implements the same contract.
 *
 * The store keeps a window of seqs [oldestSeq, nextSeq): appending past the capacity (or
 * past the store's byte bound) moves the window, overwriting its oldest seqs. A deleted
 * message keeps its seq in the window (as a gap) until the window moves past it. Payloads
 * handed out by reads are valid until the store next changes: copy them to keep them.
 */
export interface MessageStore {
  /** How many seqs the window holds at most. */
  readonly capacity: number;
  /** Payload bytes held at most. */
  readonly maxBytes: number;
  /** The seq the next appended message gets; 1 for an empty store. */
  readonly nextSeq: number;
  /** Lowest seq not yet overwritten, 0 before the first message. */
  readonly oldestSeq: number;
  /** Messages held, deleted ones excluded. */
  readonly messageCount: number;
  /** Payload bytes held. */
  readonly payloadBytes: number;
  /** The newest seq the next append of `payloadBytes` would overwrite, 0 if none. */
  overwrittenByAppend(payloadBytes: number): number;
  /** The newest seq an update of held `seq` to `payloadBytes` would push out, 0 if none. */
  overwrittenByUpdate(seq: number, payloadBytes: number): number;
  /** Stores a copy of `payload` under the next seq and returns that seq. */
  append(payload: Uint8Array, sender: string, timestampMs: number): number;
  /** The message under `seq`, if held and not deleted. */
  get(seq: number): StoredMessage | undefined;
  /**
   * Replaces a held message's payload (a copy); undefined when it is not held. Growing the
   * bytes held may push out the oldest messages, like an append; an update that could only
   * fit by pushing out the message itself changes nothing and returns undefined.
   */
  update(seq: number, payload: Uint8Array, updatedMs: number): StoredMessage | undefined;
  /** Deletes a held message; false when it is not held. */
  delete(seq: number): boolean;
  /**
   * Makes `seq` the next seq (replay of a durable log, whose seqs may jump): the seqs skipped
   * are held as deleted gaps, or, when they would fill the window, the window empties and
   * starts at `seq`.
   */
  skipTo(seq: number, timestampMs: number): void;
  /** Gives a held message back its original payload: the undo of its first update. */
  revertUpdate(seq: number): void;
  /** The latest `count` messages (1 <= count <= capacity). */
  readLatest(count: number): ReadResult;
  /** `readLatest` by column, for a GET reply: no object per message. */
  readLatestColumns(count: number): MessageColumns;
  /** Up to `count` messages with seq > afterSeq (1 <= count <= capacity; afterSeq may be Infinity). */
  readAfter(afterSeq: number, count: number): ReadResult;
}
