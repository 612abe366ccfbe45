import { MessageColumns } from './message-columns';
import type { MessageStore, ReadResult, StoredMessage } from './message-store';

export interface RingBufferLimits {
  /** Messages (seqs) held before the oldest is dropped. */
  readonly capacity: number;
  /** Payload bytes held before the oldest is dropped; every single payload must fit. */
  readonly maxBytes: number;
}

interface Update {
  readonly payload: Buffer;
  readonly updatedMs: number;
}

/**
 * Times are stored as 16-bit millisecond offsets from a base per block of this many slots;
 * a time that does not fit (the block spans over a minute, or the clock went back) is kept
 * exactly in a second array, allocated the first time it is needed.
 */
const STAMP_BLOCK = 64;
const STAMP_EXACT = 0xffff;
const EMPTY_PAYLOAD = new Uint8Array(0);
/** Every ring's columnar reads share one: each is encoded before the next read. */
const COLUMNS = new MessageColumns();

/**
 * The in-memory store: a window of at most `capacity` consecutive seqs whose payloads take at
 * most `maxBytes`, the newest message pushing out the oldest.
 *
 * Memory is laid out for a million messages, not a thousand objects: payloads are copied
 * back to back into one preallocated byte arena used as a circle (its pages are only touched
 * as messages arrive), and each slot keeps 8 bytes in typed arrays: where its payload
 * starts (its end is where the next one starts), its time as an offset from a per-block
 * base, and its sender as an id into a table of names, with flags for deleted and updated.
 * Updated payloads live beside the arena. Message `seq` lives in slot (seq - 1) % capacity:
 * append and lookup are O(1), a read of k messages O(k + deleted messages skipped).
 */
export class RingBuffer implements MessageStore {
  readonly capacity: number;
  readonly maxBytes: number;
  // Allocated at the first append (see #allocate): until then they are shared empty
  // placeholders, never written, so that an empty ring, one of thousands, costs little.
  #arena: Uint8Array = EMPTY.arena;
  #starts: Uint32Array = EMPTY.starts;
  #stamps: Uint16Array = EMPTY.stamps;
  #stampBases: Float64Array = EMPTY.stampBases;
  #exactStamps: Float64Array | undefined;
  /** Per slot: sender id | updated flag | deleted flag, in the top bits (see SenderSlots). */
  #senders: SenderSlots = EMPTY.senders;
  #senderTable: SenderTable = EMPTY.senderTable;
  #updates: Map<number, Update> = EMPTY.updates;
  /** The window is [#firstSeq, #nextSeq). */
  #firstSeq = 1;
  #nextSeq = 1;
  /** Where the next payload goes, and where the oldest one starts. */
  #head = 0;
  #tail = 0;
  /** True when the newest payloads restarted at offset 0; the older ones end at #wrapEnd. */
  #wrapped = false;
  #wrapEnd = 0;
  /** Arena bytes of the window (deleted messages included until they leave) plus updated payloads. */
  #usedBytes = 0;
  #messageCount = 0;
  #payloadBytes = 0;

  constructor({ capacity, maxBytes }: RingBufferLimits) {
    if (!Number.isSafeInteger(capacity) || capacity < 1) {
      throw new RangeError(`ring capacity must be a positive integer, got ${capacity}`);
    }
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 1 || maxBytes > 0xffff_ffff) {
      throw new RangeError(`ring max bytes must be from 1 to 2^32 - 1, got ${maxBytes}`);
    }
    this.capacity = capacity;
    this.maxBytes = maxBytes;
  }

  #allocate(): void {
    const { capacity, maxBytes } = this;
    // Uninitialised and lazily mapped by the OS: memory is spent as payloads arrive.
    this.#arena = new Uint8Array(Buffer.allocUnsafeSlow(maxBytes).buffer, 0, maxBytes);
    this.#starts = new Uint32Array(capacity);
    this.#stamps = new Uint16Array(capacity);
    this.#stampBases = new Float64Array(Math.ceil(capacity / STAMP_BLOCK));
    this.#senders = new SenderSlots(capacity);
    this.#senderTable = new SenderTable();
    this.#updates = new Map();
  }

  get nextSeq(): number {
    return this.#nextSeq;
  }

  get oldestSeq(): number {
    return this.#nextSeq === 1 ? 0 : this.#firstSeq;
  }

  get messageCount(): number {
    return this.#messageCount;
  }

  get payloadBytes(): number {
    return this.#payloadBytes;
  }

  overwrittenByAppend(payloadBytes: number): number {
    const evictions = this.#evictionsToFit(payloadBytes, payloadBytes);
    return evictions === 0 ? 0 : this.#firstSeq + evictions - 1;
  }

  overwrittenByUpdate(seq: number, payloadBytes: number): number {
    const evictions = this.#evictionsToFit(undefined, this.#updateGrowth(seq, payloadBytes));
    return evictions === 0 ? 0 : this.#firstSeq + evictions - 1;
  }

  append(payload: Uint8Array, sender: string, timestampMs: number): number {
    const seq = this.#nextSeq;
    if (seq >= Number.MAX_SAFE_INTEGER) throw new RangeError('sequence numbers exhausted');
    if (payload.length > this.maxBytes) {
      throw new RangeError(
        `a payload of ${payload.length} bytes exceeds the ring's ${this.maxBytes} bytes`,
      );
    }
    if (this.#arena === EMPTY.arena) this.#allocate();
    for (let i = this.#evictionsToFit(payload.length, payload.length); i > 0; i--)
      this.#evictOldest();

    if (this.#firstSeq === this.#nextSeq) {
      this.#head = this.#tail = 0;
      this.#wrapped = false;
    } else if (!this.#wrapped && this.#head + payload.length > this.#arena.length) {
      this.#wrapped = true;
      this.#wrapEnd = this.#head;
      this.#head = 0;
    }
    const slot = (seq - 1) % this.capacity;
    // A copy: the caller's bytes are usually a view into a socket read that will be reused.
    this.#arena.set(payload, this.#head);
    this.#starts[slot] = this.#head;
    this.#head += payload.length;
    this.#stamp(slot, timestampMs);
    this.#senders.set(slot, this.#senderTable.acquire(sender));
    this.#nextSeq = seq + 1;
    this.#usedBytes += payload.length;
    this.#messageCount++;
    this.#payloadBytes += payload.length;
    return seq;
  }

  skipTo(seq: number, timestampMs: number): void {
    if (seq <= this.#nextSeq) return;
    if (this.#firstSeq === this.#nextSeq || seq - this.#nextSeq >= this.capacity) {
      while (this.#firstSeq < this.#nextSeq) this.#evictOldest();
      this.#firstSeq = this.#nextSeq = seq;
      return;
    }
    while (this.#nextSeq < seq) this.delete(this.append(EMPTY_PAYLOAD, '', timestampMs));
  }

  revertUpdate(seq: number): void {
    const slot = (seq - 1) % this.capacity;
    if (!this.get(seq) || !this.#senders.updated(slot)) return;
    this.#payloadBytes += this.#arenaLength(seq) - this.#payloadLength(seq);
    this.#forgetUpdate(seq);
    this.#senders.clearUpdated(slot);
  }

  get(seq: number): StoredMessage | undefined {
    if (!this.#holds(seq)) return undefined;
    const slot = (seq - 1) % this.capacity;
    return this.#senders.deleted(slot) ? undefined : this.#message(seq, slot);
  }

  update(seq: number, payload: Uint8Array, updatedMs: number): StoredMessage | undefined {
    if (!this.get(seq)) return undefined;
    const slot = (seq - 1) % this.capacity;
    const growth = this.#updateGrowth(seq, payload.length);
    const evictions = this.#evictionsToFit(undefined, growth);
    // Refused before anything moves: room made by dropping the message itself is no update.
    if (this.#firstSeq + evictions > seq) return undefined;
    for (let i = evictions; i > 0; i--) this.#evictOldest();
    this.#usedBytes += growth;
    this.#payloadBytes += payload.length - this.#payloadLength(seq);
    this.#updates.set(seq, { payload: Buffer.from(payload), updatedMs });
    this.#senders.markUpdated(slot);
    return this.#message(seq, slot);
  }

  delete(seq: number): boolean {
    if (!this.get(seq)) return false;
    const slot = (seq - 1) % this.capacity;
    this.#messageCount--;
    this.#payloadBytes -= this.#payloadLength(seq);
    this.#forgetUpdate(seq);
    this.#senders.markDeleted(slot);
    return true;
  }

  readLatest(count: number): ReadResult {
    const messages: StoredMessage[] = [];
    let deleted = 0;
    for (let seq = this.#nextSeq - 1; seq >= this.#firstSeq && messages.length < count; seq--) {
      const slot = (seq - 1) % this.capacity;
      if (this.#senders.deleted(slot)) deleted++;
      else messages.push(this.#message(seq, slot));
    }
    messages.reverse();
    return { messages, lost: 0, deleted, oldestSeq: this.oldestSeq, nextSeq: this.#nextSeq };
  }

  /** `readLatest`, by column (see MessageColumns: valid until the next columnar read). */
  readLatestColumns(count: number): MessageColumns {
    // Back from the newest to find the oldest message of the read, then forward from it.
    let first = this.#nextSeq;
    let found = 0;
    let deleted = 0;
    while (first > this.#firstSeq && found < count) {
      first--;
      if (this.#senders.deleted((first - 1) % this.capacity)) deleted++;
      else found++;
    }
    const columns = COLUMNS;
    columns.reset(found);
    for (let seq = first; seq < this.#nextSeq; seq++) {
      const slot = (seq - 1) % this.capacity;
      if (this.#senders.deleted(slot)) continue;
      const stamp = this.#stampOf(slot);
      const sender = this.#senderTable.utf8(this.#senders.id(slot));
      const update = this.#updateOf(seq);
      if (update) {
        const { payload, updatedMs } = update;
        columns.push(seq, stamp, updatedMs, sender, payload, 0, payload.length);
      } else {
        columns.push(seq, stamp, 0, sender, this.#arena, this.#starts[slot], this.#arenaEnd(seq));
      }
    }
    columns.deleted = deleted;
    columns.oldestSeq = this.oldestSeq;
    columns.nextSeq = this.#nextSeq;
    return columns;
  }

  readAfter(afterSeq: number, count: number): ReadResult {
    const wanted = afterSeq + 1;
    const messages: StoredMessage[] = [];
    if (wanted >= this.#nextSeq) {
      return { messages, lost: 0, deleted: 0, oldestSeq: this.oldestSeq, nextSeq: this.#nextSeq };
    }
    const start = Math.max(wanted, this.#firstSeq);
    let seq = start;
    let deleted = 0;
    for (; seq < this.#nextSeq && messages.length < count; seq++) {
      const slot = (seq - 1) % this.capacity;
      if (this.#senders.deleted(slot)) deleted++;
      else messages.push(this.#message(seq, slot));
    }
    return { messages, lost: start - wanted, deleted, oldestSeq: this.oldestSeq, nextSeq: seq };
  }

  #holds(seq: number): boolean {
    return seq >= this.#firstSeq && seq < this.#nextSeq;
  }

  #message(seq: number, slot: number): StoredMessage {
    const update = this.#senders.updated(slot) ? this.#updates.get(seq) : undefined;
    const stamp = this.#stampOf(slot);
    const sender = this.#senderTable.name(this.#senders.id(slot));
    if (update) {
      const { payload, updatedMs } = update;
      return new HeldMessage(seq, stamp, sender, updatedMs, payload, 0, payload.length);
    }
    const start = this.#starts[slot];
    return new HeldMessage(seq, stamp, sender, 0, this.#arena, start, this.#arenaEnd(seq));
  }

  /** Where the payload of `seq` (held) ends in the arena: where the next one starts, or the head. */
  #arenaEnd(seq: number): number {
    if (seq + 1 === this.#nextSeq) return this.#head;
    const start = this.#starts[(seq - 1) % this.capacity];
    const next = this.#starts[seq % this.capacity];
    return next >= start ? next : this.#wrapEnd;
  }

  #arenaLength(seq: number): number {
    return this.#arenaEnd(seq) - this.#starts[(seq - 1) % this.capacity];
  }

  /**
   * The update of held `seq`, if it has one. Its slot's flag is checked first: most messages
   * are never updated, and evicting one should not cost a Map lookup.
   */
  #updateOf(seq: number): Update | undefined {
    return this.#senders.updated((seq - 1) % this.capacity) ? this.#updates.get(seq) : undefined;
  }

  /** How much the bytes held grow when `seq` gets a new payload: the arena keeps the original. */
  #updateGrowth(seq: number, payloadBytes: number): number {
    return payloadBytes - (this.#updateOf(seq)?.payload.length ?? 0);
  }

  /** The current payload length of a held, undeleted message. */
  #payloadLength(seq: number): number {
    return this.#updateOf(seq)?.payload.length ?? this.#arenaLength(seq);
  }

  /**
   * How many of the oldest messages must go so that the window has a free seq, `arenaBytes`
   * more payload bytes fit contiguously in the arena (undefined: none needed), and the bytes
   * held stay within maxBytes after growing by `growth`. Changes nothing.
   */
  #evictionsToFit(arenaBytes: number | undefined, growth: number): number {
    let first = this.#firstSeq;
    let tail = this.#tail;
    let wrapped = this.#wrapped;
    let used = this.#usedBytes;
    let evictions = 0;
    for (;;) {
      const roomInArena =
        arenaBytes === undefined ||
        first === this.#nextSeq ||
        (this.#nextSeq - first < this.capacity &&
          (wrapped
            ? this.#head + arenaBytes <= tail
            : this.#head + arenaBytes <= this.#arena.length || arenaBytes <= tail));
      if (roomInArena && used + growth <= this.maxBytes) return evictions;
      if (first === this.#nextSeq) return evictions; // does not fit even in an empty ring
      used -= this.#arenaLength(first) + (this.#updateOf(first)?.payload.length ?? 0);
      first++;
      evictions++;
      const nextTail =
        first < this.#nextSeq ? this.#starts[(first - 1) % this.capacity] : this.#head;
      if (nextTail < tail) wrapped = false;
      tail = nextTail;
    }
  }

  #evictOldest(): void {
    const seq = this.#firstSeq;
    const slot = (seq - 1) % this.capacity;
    // Each length found once: this runs on every append to a full ring.
    const arenaLength = this.#arenaLength(seq);
    this.#usedBytes -= arenaLength;
    if (!this.#senders.deleted(slot)) {
      this.#messageCount--;
      this.#payloadBytes -= this.#updateOf(seq)?.payload.length ?? arenaLength;
    }
    this.#forgetUpdate(seq);
    this.#senderTable.release(this.#senders.id(slot));
    this.#firstSeq = seq + 1;
    const nextTail =
      this.#firstSeq < this.#nextSeq ? this.#starts[seq % this.capacity] : this.#head;
    if (nextTail < this.#tail) this.#wrapped = false;
    this.#tail = nextTail;
  }

  #forgetUpdate(seq: number): void {
    const update = this.#updateOf(seq);
    if (!update) return;
    this.#usedBytes -= update.payload.length;
    this.#updates.delete(seq);
  }

  #stamp(slot: number, timestampMs: number): void {
    const block = Math.floor(slot / STAMP_BLOCK);
    if (slot % STAMP_BLOCK === 0) this.#stampBases[block] = timestampMs;
    const offset = timestampMs - this.#stampBases[block];
    if (offset >= 0 && offset < STAMP_EXACT) {
      this.#stamps[slot] = offset;
    } else {
      this.#stamps[slot] = STAMP_EXACT;
      (this.#exactStamps ??= new Float64Array(this.capacity))[slot] = timestampMs;
    }
  }

  #stampOf(slot: number): number {
    const offset = this.#stamps[slot];
    if (offset === STAMP_EXACT) return (this.#exactStamps as Float64Array)[slot];
    return this.#stampBases[Math.floor(slot / STAMP_BLOCK)] + offset;
  }
}

/** A message read out of the ring: its payload is a range of the arena (or of its update). */
class HeldMessage implements StoredMessage {
  readonly seq: number;
  readonly timestampMs: number;
  readonly sender: string;
  readonly updatedMs: number;
  readonly #bytes: Uint8Array;
  readonly #start: number;
  readonly #end: number;

  constructor(
    seq: number,
    timestampMs: number,
    sender: string,
    updatedMs: number,
    bytes: Uint8Array,
    start: number,
    end: number,
  ) {
    this.seq = seq;
    this.timestampMs = timestampMs;
    this.sender = sender;
    this.updatedMs = updatedMs;
    this.#bytes = bytes;
    this.#start = start;
    this.#end = end;
  }

  get payloadLength(): number {
    return this.#end - this.#start;
  }

  copyPayloadTo(target: Uint8Array, offset: number): void {
    // A plain Uint8Array view: cheaper to make than a Buffer, and set() is a memcpy.
    target.set(this.#bytes.subarray(this.#start, this.#end), offset);
  }

  get payload(): Buffer {
    return Buffer.from(
      this.#bytes.buffer,
      this.#bytes.byteOffset + this.#start,
      this.#end - this.#start,
    );
  }
}

/**
 * Each slot's sender id and its deleted and updated flags, two bytes a slot while fewer than
 * 2^14 senders are held, four bytes (copied over once) beyond.
 */
class SenderSlots {
  #slots: Uint16Array | Uint32Array;
  #deleted = 0x8000;
  #updated = 0x4000;

  constructor(capacity: number) {
    this.#slots = new Uint16Array(capacity);
  }

  set(slot: number, id: number): void {
    if (id >= this.#updated) this.#widen();
    this.#slots[slot] = id;
  }

  id(slot: number): number {
    return this.#slots[slot] & (this.#updated - 1);
  }

  deleted(slot: number): boolean {
    return (this.#slots[slot] & this.#deleted) !== 0;
  }

  updated(slot: number): boolean {
    return (this.#slots[slot] & this.#updated) !== 0;
  }

  markDeleted(slot: number): void {
    this.#slots[slot] = (this.#slots[slot] & ~this.#updated) | this.#deleted;
  }

  markUpdated(slot: number): void {
    this.#slots[slot] |= this.#updated;
  }

  clearUpdated(slot: number): void {
    this.#slots[slot] &= ~this.#updated;
  }

  #widen(): void {
    if (this.#slots instanceof Uint32Array) return;
    const wide = new Uint32Array(this.#slots.length);
    for (let slot = 0; slot < wide.length; slot++) {
      const flags = (this.deleted(slot) ? 0x8000_0000 : 0) | (this.updated(slot) ? 0x4000_0000 : 0);
      wide[slot] = (this.id(slot) | flags) >>> 0;
    }
    this.#slots = wide;
    this.#deleted = 0x8000_0000;
    this.#updated = 0x4000_0000;
  }
}

/**
 * Sender names by small id, counted by the messages that use them, so that ids are reused
 * once every message of a sender has left.
 */
class SenderTable {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];
  /** The names' UTF-8, for replies: a name is encoded once, not once per message read. */
  readonly #utf8: Buffer[] = [];
  readonly #uses: number[] = [];
  readonly #free: number[] = [];

  acquire(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) {
      id = this.#free.pop() ?? this.#names.length;
      this.#ids.set(name, id);
      this.#names[id] = name;
      this.#utf8[id] = Buffer.from(name);
      this.#uses[id] = 0;
    }
    this.#uses[id]++;
    return id;
  }

  name(id: number): string {
    return this.#names[id];
  }

  utf8(id: number): Buffer {
    return this.#utf8[id];
  }

  release(id: number): void {
    if (--this.#uses[id] > 0) return;
    this.#ids.delete(this.#names[id]);
    this.#free.push(id);
  }
}

/** What an empty ring points at: only reads reach these, and they find nothing. */
const EMPTY = {
  arena: new Uint8Array(0),
  starts: new Uint32Array(0),
  stamps: new Uint16Array(0),
  stampBases: new Float64Array(0),
  senders: new SenderSlots(0),
  senderTable: new SenderTable(),
  updates: new Map<number, Update>(),
} as const;
