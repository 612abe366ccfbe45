import { Mutex } from 'async-mutex';
import { emptyArray } from '../arrays';
import { RingwireError } from '../errors';
import { Cursor, CursorSet } from './cursors';
import type { MessageColumns } from './message-columns';
import type { MessageStore, ReadResult, StoredMessage } from './message-store';
import type { LogRecord } from '../store/record';

/** What SET does when the ring is full: overwrite the oldest, or refuse while a reader lags. */
export const OVERFLOW_POLICIES = ['overwrite', 'reject'] as const;
export type OverflowPolicy = (typeof OVERFLOW_POLICIES)[number];

/** Where a new cursor starts: after everything stored so far, before the oldest held, or before `seq`. */
export type CursorStart = 'now' | 'oldest' | { readonly seq: number };

/** Told what changed, while the lock is still held. */
export interface RingListener {
  /**
   * Once at the end of a step that appended messages; for a durable ring, once each commit
   * settles instead (readers stopped at the durable horizon may go on).
   */
  appended(): void;
  updated(message: StoredMessage): void;
  deleted(seq: number): void;
}

const NO_LISTENER: RingListener = { appended() {}, updated() {}, deleted() {} };

/**
 * Where a durable ring writes its changes (the ring log of --data-dir). The ring hands it the
 * records of each step that changed it as the step ends, and releases its lock at once: the
 * steps of many connections then share one write (and one fdatasync). What a step changed is
 * in memory before it is durable, so reads are fenced (see RingOps).
 */
export interface RingJournal {
  /**
   * Resolves once the records are durable as the server's fsync mode says; rejects with a
   * RingwireError (STORE_UNAVAILABLE) when the disk refuses them. Commits settle in call
   * order, and a failure also fails every commit made before it is reported (they may build
   * on what failed), rejecting them in call order. The records and their payloads (views of
   * socket reads) are the caller's again once the call returns: copy what is kept.
   */
  commit(records: readonly LogRecord[]): Promise<void>;
  /** The ring's window now starts at `oldestSeq`: older log segments may go. */
  dropBefore(oldestSeq: number): void;
}

/**
 * Where a replicated ring's writes go (--store nats://): a stream that several servers share.
 * The ring itself is this server's replica of it: it changes only as the replica applies what
 * the stream holds, in the stream's order (`RingOps.applyReplicated`), so every server's copy
 * goes through the same states.
 */
export interface RingReplica {
  /** Starts feeding `ring` (the ring made with this replica) from the stream. */
  serve(ring: Ring): void;
  /**
   * Publishes a SET. Resolves with the seq the stream gave it once `ring` holds it (a read
   * after the reply sees it, on this server); rejects with a RingwireError (STORE_UNAVAILABLE
   * within the publish timeout, RING_FULL). The payload is the caller's again once the call
   * returns.
   */
  publish(payload: Uint8Array, sender: string, timestampMs: number): Promise<number>;
  /**
   * Publishes an UPDATE of `seq` (its new payload) or a DELETE (no payload). Resolves with
   * `seq` once `ring` applied it; rejects like `publish`.
   */
  change(seq: number, payload: Uint8Array | undefined, timestampMs: number): Promise<number>;
}

/** Where the reply to a replicated write is, and how to settle it (see ReplySettle). */
export interface HeldReply<T> {
  readonly target: T;
  readonly settle: ReplySettle<T>;
  readonly start: number;
  readonly end: number;
  readonly id: number;
}

/**
 * Writes the outcome of a replicated write into the reply to request `id`, at [start, end) of
 * `target`'s output, before it leaves: the seq the stream gave it, or the error.
 */
export type ReplySettle<T> = (
  target: T,
  start: number,
  end: number,
  id: number,
  outcome: number | RingwireError,
) => void;

/**
 * Takes back the reply to request `id`, at [start, end) of `target`'s output, because a commit
 * it waited for failed (a plain function of its arguments: a step keeps numbers, no closures).
 */
export type ReplyTakeback<T> = (
  target: T,
  start: number,
  end: number,
  id: number,
  error: RingwireError,
) => void;

/**
 * A reply to take back because its step's commit failed; `at` (its place in the output)
 * orders the takebacks of a batch, latest first.
 */
interface Takeback {
  readonly at: number;
  readonly apply: () => void;
}

/** What a ring holds and how it is bounded, as LIST_RINGS and STATS report it. */
export interface RingFigures {
  readonly capacity: number;
  readonly maxBytes: number;
  readonly overflow: OverflowPolicy;
  /** Messages held (deleted ones excluded) and their payload bytes. */
  readonly messages: number;
  readonly bytes: number;
  /** Oldest and newest seq held, 0 when none. */
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly nextSeq: number;
}

/** What a ring has done since it was created. */
export interface RingTotals {
  /** Messages stored. */
  readonly appends: number;
  /** Messages pushed out to make room (deleted ones excepted): lost to readers that lacked them. */
  readonly overwritten: number;
  /** SETs and UPDATEs refused with RING_FULL. */
  readonly ringFullRefusals: number;
  /** Writes the store refused (STORE_UNAVAILABLE): a failed durable commit, a failed publish. */
  readonly storeErrors: number;
}

/**
 * The store, its readers' cursors and the one lock that orders everything done to them.
 * Each critical section runs as one step: sequence numbers are handed out in the order
 * messages are stored, even when a store's work is asynchronous. Callers take the lock once
 * per batch of requests, never across socket I/O.
 */
export class Ring {
  readonly name: string;
  /** Made when a step first has to wait or to hold the ring across an await: rings that are never contended (most of thousands) do without. */
  #lock: Mutex | undefined;
  readonly #ops: RingOps;
  /** True while a step of this ring runs (see `ops`). */
  #inStep = false;

  /** `maxReaderLagMs` (reject mode): how long a reader may hold writers back without reading; 0 forever. */
  constructor(
    store: MessageStore,
    options: {
      name?: string;
      overflow?: OverflowPolicy;
      listener?: RingListener;
      maxReaderLagMs?: number;
      journal?: RingJournal;
      replica?: RingReplica;
    } = {},
  ) {
    this.name = options.name ?? 'default';
    this.#ops = new RingOps(
      store,
      options.overflow ?? 'overwrite',
      options.listener ?? NO_LISTENER,
      options.maxReaderLagMs ?? 0,
      options.journal,
      options.replica,
    );
  }

  /** True when the ring writes its changes to a durable log. */
  get durable(): boolean {
    return this.#ops.durable;
  }

  /** True when the ring is the local replica of a shared stream (--store nats://). */
  get replicated(): boolean {
    return this.#ops.replicated;
  }

  get capacity(): number {
    return this.#ops.store.capacity;
  }

  get maxBytes(): number {
    return this.#ops.store.maxBytes;
  }

  /**
   * The ring's operations, for code running inside one of its steps (a step of `exclusiveAll`
   * reaches each of its rings' operations this way).
   */
  get ops(): RingOps {
    if (!this.#inStep) throw new Error(`ring ${this.name}: operations outside a step`);
    return this.#ops;
  }

  /**
   * What the ring holds, read without the lock: the in-memory store's figures only change
   * inside synchronous code, so they are consistent between two turns of the event loop.
   */
  figures(): RingFigures {
    const { store, overflow } = this.#ops;
    const held = store.messageCount > 0;
    return {
      capacity: store.capacity,
      maxBytes: store.maxBytes,
      overflow,
      messages: store.messageCount,
      bytes: store.payloadBytes,
      firstSeq: held ? (store.readAfter(0, 1).messages[0]?.seq ?? 0) : 0,
      // Seqs as far as committed: a write in flight may still fail.
      lastSeq: held ? this.#ops.lastVisibleSeq() : 0,
      nextSeq: this.#ops.visibleNextSeq,
    };
  }

  /**
   * Runs a synchronous `step` holding the locks of every ring in `rings` (repeats allowed).
   * The locks are taken in byte order of the rings' names, one order for everyone, so that
   * two callers can never each hold a lock the other waits for. When none is held the step
   * runs at once, as in `exclusiveSync`; otherwise the locks are taken one after the other.
   */
  static exclusiveAll<T>(rings: Iterable<Ring>, step: () => T): T | Promise<T> {
    const ordered = [...new Set(rings)].sort((a, b) => (a.name < b.name ? -1 : 1));
    let free = true;
    for (const ring of ordered) free &&= !ring.#locked();
    if (free) return Ring.#runAll(ordered, step);
    return Ring.#acquireInOrder(ordered).then(async (releases) => {
      try {
        return await Ring.#runAll(ordered, step);
      } finally {
        for (const release of releases) release();
      }
    });
  }

  static async #acquireInOrder(rings: readonly Ring[]): Promise<(() => void)[]> {
    const releases: (() => void)[] = [];
    for (const ring of rings) releases.push(await ring.#mutex().acquire());
    return releases;
  }

  static #runAll<T>(rings: readonly Ring[], step: () => T): T | Promise<T> {
    for (const ring of rings) ring.#inStep = true;
    let commits: Promise<Takeback[]>[] | undefined;
    let result: T;
    try {
      result = step();
    } finally {
      for (const ring of rings) {
        const committed = ring.#endStep();
        if (committed) (commits ??= []).push(committed);
      }
    }
    if (!commits) return result;
    return Promise.all(commits).then((takebacks) => {
      takeBack(takebacks.flat());
      return result;
    });
  }

  /** Totals since the ring was created, read without the lock (like `figures()`), for /metrics. */
  get totals(): RingTotals {
    const { appends, overwritten, ringFullRefusals, storeErrors } = this.#ops;
    return { appends, overwritten, ringFullRefusals, storeErrors };
  }

  /** The seq the next message will get, read without the lock (a hint, e.g. for a Welcome). */
  get nextSeq(): number {
    return this.#ops.store.nextSeq;
  }

  #mutex(): Mutex {
    return (this.#lock ??= new Mutex());
  }

  #locked(): boolean {
    return this.#lock?.isLocked() ?? false;
  }

  /** Runs `step` alone with the ring; nothing else touches it until the step settles. */
  exclusive<T>(step: (ops: RingOps) => T | Promise<T>): Promise<T> {
    return this.#mutex().runExclusive(() => this.#run(step));
  }

  /**
   * Runs a synchronous `step` alone with the ring. When no other step holds the lock it runs
   * at once and its result comes back as is: code that never awaits cannot be interleaved,
   * and the hot path saves the promises. Otherwise it waits for the lock like `exclusive`.
   */
  exclusiveSync<T>(step: (ops: RingOps) => T): T | Promise<T> {
    if (this.#locked()) return this.exclusive(step);
    return this.#run(step);
  }

  #run<T>(step: (ops: RingOps) => T | Promise<T>): T | Promise<T> {
    let result: T | Promise<T>;
    this.#inStep = true;
    try {
      result = step(this.#ops);
    } catch (error) {
      void this.#endStep();
      throw error;
    }
    if (result instanceof Promise) return result.finally(() => this.#commitAndTakeBack());
    const committed = this.#endStep();
    if (!committed) return result;
    return committed.then((takebacks) => {
      takeBack(takebacks);
      return result;
    });
  }

  async #commitAndTakeBack(): Promise<void> {
    const committed = this.#endStep();
    if (committed) takeBack(await committed);
  }

  /** Ends the step; with a journal and changes, resolves when they are committed, with the replies to take back if that failed. */
  #endStep(): Promise<Takeback[]> | undefined {
    this.#inStep = false;
    return this.#ops.endStep();
  }
}

/** Runs the takebacks latest first, so that each one's place in the output is still where it was. */
function takeBack(takebacks: Takeback[]): void {
  if (takebacks.length === 0) return;
  takebacks.sort((a, b) => b.at - a.at);
  for (const takeback of takebacks) takeback.apply();
}

/**
 * The ring's operations, handed only to a step that holds the lock.
 *
 * A durable ring's step changes memory at once and hands its records to the journal as it
 * ends; they are durable a little later, and may yet fail (and be undone). Until then:
 * - a step's own replies, and the replies of any read that saw the changes (a GET of latest
 *   messages or after a seq, `uncommitted` below), leave only once the newest commit in flight
 *   settles, and become STORE_UNAVAILABLE if it fails;
 * - everything else reads only what is committed, the "durable horizon": cursors (GET next,
 *   subscriptions and their pushes, waiting GETs) stop before the first seq appended,
 *   updated or deleted by a commit in flight, and listeners hear of changes once committed.
 */
export class RingOps {
  readonly store: MessageStore;
  readonly overflow: OverflowPolicy;
  readonly #cursors = new CursorSet();
  readonly #listener: RingListener;
  readonly #maxReaderLagMs: number;
  readonly #journal: RingJournal | undefined;
  readonly #replica: RingReplica | undefined;
  /** The current step's publishes (a replicated ring), each settling with its reply's rewrite. */
  #published: Promise<Takeback>[];
  /** What the current step of a durable ring changed; made at its first change. */
  #step: StepChanges | undefined;
  /** The current step's records, handed to the journal as it ends (then reused). */
  readonly #records: LogRecord[];
  /** Durable steps whose commit has not settled, oldest first. */
  readonly #inFlight: StepChanges[];
  #appended = false;
  /** See RingTotals: plain counts, kept where those things happen. */
  appends = 0;
  overwritten = 0;
  ringFullRefusals = 0;
  storeErrors = 0;

  constructor(
    store: MessageStore,
    overflow: OverflowPolicy,
    listener: RingListener,
    maxReaderLagMs = 0,
    journal?: RingJournal,
    replica?: RingReplica,
  ) {
    this.store = store;
    this.overflow = overflow;
    this.#listener = listener;
    this.#maxReaderLagMs = maxReaderLagMs;
    this.#journal = journal;
    this.#replica = replica;
    // Rings that never use them (in memory: most of thousands) share one empty, frozen array.
    this.#records = journal ? [] : NONE;
    this.#inFlight = journal ? [] : NONE;
    this.#published = replica ? [] : NONE;
  }

  /** True when changes are written to a journal before their replies may leave. */
  get durable(): boolean {
    return this.#journal !== undefined;
  }

  /** True when writes go to a shared stream and this ring is its local replica. */
  get replicated(): boolean {
    return this.#replica !== undefined;
  }

  /** The seq after the last committed append: what a subscription starting now waits for. */
  get visibleNextSeq(): number {
    return this.#fenceAfter(Infinity);
  }

  /**
   * The first seq after `afterSeq` that committed-only reads may not show: the first seq a
   * commit in flight appended, or one it updated or deleted, whichever comes first.
   */
  #fenceAfter(afterSeq: number): number {
    let fence = this.store.nextSeq;
    for (const step of this.#inFlight) {
      fence = Math.min(fence, step.firstAppended);
      for (const seq of step.changed) if (seq > afterSeq) fence = Math.min(fence, seq);
    }
    return fence;
  }

  /** The newest seq held below the durable horizon, 0 if none: the `lastSeq` of STATS. */
  lastVisibleSeq(): number {
    const { store } = this;
    const fence = this.visibleNextSeq;
    const behind = store.nextSeq - fence;
    const { messages } = store.readLatest(Math.min(store.capacity, behind + 1));
    for (let i = messages.length - 1; i >= 0; i--)
      if (messages[i].seq < fence) return messages[i].seq;
    return 0;
  }

  /**
   * Durable rings: the reply to request `id` at [start, end) of `target`'s output leaves once
   * every change it may show is committed; if that commit fails, `takeBack` replaces it. The
   * replies of one step all go to one target (the batch's output).
   */
  onCommitFailure<T>(
    target: T,
    takeBack: ReplyTakeback<T>,
    start: number,
    end: number,
    id: number,
  ): void {
    if (!this.#journal) return;
    const step = this.#changes();
    step.replyTarget = target;
    step.replyTakeback = takeBack as ReplyTakeback<unknown>;
    step.replies.push(start, end, id);
  }

  /** Stores a message. In reject mode, refuses with RING_FULL rather than overwrite a message a reader lacks. */
  append(payload: Uint8Array, sender: string, timestampMs: number): number {
    if (this.overflow === 'reject') {
      this.#refuseOverwriteOfUnread(this.store.overwrittenByAppend(payload.length), timestampMs);
    }
    const seq = this.#hold(payload, sender, timestampMs);
    if (this.#journal) {
      // A step's appends take consecutive seqs: first and last are enough to undo them.
      const step = this.#changes();
      this.#records.push({ op: 'append', seq, timeMs: timestampMs, sender, payload });
      step.firstAppended = Math.min(step.firstAppended, seq);
      step.lastAppended = seq;
    }
    return seq;
  }

  #hold(payload: Uint8Array, sender: string, timestampMs: number): number {
    const held = this.store.messageCount;
    const seq = this.store.append(payload, sender, timestampMs);
    this.#appended = true;
    this.appends++;
    this.overwritten += held + 1 - this.store.messageCount;
    return seq;
  }

  /**
   * A replicated ring's SET: published to the stream, and answered once this replica holds
   * it. The reply is a stand-in that `reply.settle` rewrites as the publish settles; the
   * step's replies leave after that.
   */
  publish<T>(payload: Uint8Array, sender: string, timestampMs: number, reply: HeldReply<T>): void {
    const replica = this.#replica as RingReplica;
    this.#settleLater(replica.publish(payload, sender, timestampMs), reply);
  }

  /**
   * A replicated ring's UPDATE (`payload`) or DELETE (none) of `seq`, checked against this
   * replica first (`checkChange`), answered once it applied the change; `reply` as for
   * `publish` (its outcome is `seq`).
   */
  publishChange<T>(
    seq: number,
    payload: Uint8Array | undefined,
    timestampMs: number,
    reply: HeldReply<T>,
  ): void {
    const replica = this.#replica as RingReplica;
    this.#settleLater(replica.change(seq, payload, timestampMs), reply);
  }

  /**
   * NOT_FOUND, or INVALID_ARGUMENT for an update too large, as `update` and `delete` check;
   * the newest seq an update (`payload`) would push out, 0 for a delete.
   */
  checkChange(seq: number, payload: Uint8Array | undefined): number {
    if (!this.store.get(seq)) throw notFound(seq);
    if (!payload) return 0;
    const overwritten = this.store.overwrittenByUpdate(seq, payload.length);
    if (overwritten >= seq) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        `an update of seq ${seq} to ${payload.length} bytes does not fit the ring's byte bound without pushing out that message itself`,
      );
    }
    return overwritten;
  }

  #settleLater<T>(published: Promise<number>, reply: HeldReply<T>): void {
    const { target, settle, start, end, id } = reply;
    const rewrite = (outcome: number | RingwireError): Takeback => ({
      at: start,
      apply: () => settle(target, start, end, id, outcome),
    });
    const failed = (error: unknown): Takeback => {
      const failure = asStoreUnavailable(error);
      if (failure.code === 'STORE_UNAVAILABLE') this.storeErrors++;
      return rewrite(failure);
    };
    this.#published.push(published.then(rewrite, failed));
  }

  /**
   * The replica's own write: the message the stream holds under `seq`, in the stream's order
   * (the seqs it skipped, deleted there, are gaps). Never refused: the stream took it already.
   * A seq held already (a consumer that started over) changes nothing.
   */
  applyReplicated(seq: number, payload: Uint8Array, sender: string, timestampMs: number): void {
    if (seq < this.store.nextSeq) return;
    this.store.skipTo(seq, timestampMs);
    this.#hold(payload, sender, timestampMs);
  }

  /**
   * The replica's own UPDATE (`payload`) or DELETE (none) of `seq`, in the stream's order of
   * changes. Never refused; a seq no longer held (overwritten since) changes nothing.
   */
  applyReplicatedChange(seq: number, payload: Uint8Array | undefined, updatedMs: number): void {
    if (!payload) {
      if (this.store.delete(seq)) this.#listener.deleted(seq);
      return;
    }
    const message = this.#storeUpdate(seq, payload, updatedMs);
    if (message) this.#listener.updated(message);
  }

  /** The store's update, counting the messages it pushed out (as `#hold` does for appends). */
  #storeUpdate(seq: number, payload: Uint8Array, updatedMs: number): StoredMessage | undefined {
    const held = this.store.messageCount;
    const message = this.store.update(seq, payload, updatedMs);
    this.overwritten += held - this.store.messageCount;
    return message;
  }

  /** Every check comes before the store changes: a refused update changes nothing. */
  update(seq: number, payload: Uint8Array, updatedMs: number): StoredMessage {
    const overwritten = this.checkChange(seq, payload);
    if (this.overflow === 'reject') this.#refuseOverwriteOfUnread(overwritten, updatedMs);
    const previous = this.store.get(seq) as StoredMessage;
    const message = this.#storeUpdate(seq, payload, updatedMs);
    if (!message) throw notFound(seq);
    if (!this.#journal) {
      this.#listener.updated(message);
      return message;
    }
    const step = this.#changes();
    this.#records.push({ op: 'update', seq, timeMs: updatedMs, sender: '', payload });
    step.changed.push(seq);
    step.undoUpdates.push(() => {
      if (previous.updatedMs === 0) this.store.revertUpdate(seq);
      else this.store.update(seq, previous.payload, previous.updatedMs);
    });
    step.heldBack.push(() => this.#listener.updated(message));
    return message;
  }

  delete(seq: number): void {
    if (!this.store.delete(seq)) throw notFound(seq);
    if (!this.#journal) {
      this.#listener.deleted(seq);
      return;
    }
    const step = this.#changes();
    // Not undone: the message stays deleted in memory, and comes back at a restart if the
    // delete record did not reach the log (the client was told the delete failed).
    this.#records.push({ op: 'delete', seq, timeMs: Date.now(), sender: '', payload: NO_BYTES });
    step.changed.push(seq);
    step.heldBack.push(() => this.#listener.deleted(seq));
  }

  /**
   * The latest `count` messages, committed or not: the caller's reply must wait for the
   * commits in flight (`onCommitFailure`), as a GET's does.
   */
  readLatest(count: number): ReadResult {
    return this.store.readLatest(count);
  }

  /** `readLatest` by column (valid until the next columnar read of any ring). */
  readLatestColumns(count: number): MessageColumns {
    return this.store.readLatestColumns(count);
  }

  /** Messages after `afterSeq`; committed ones only unless `uncommitted` (see the class). */
  readAfter(afterSeq: number, count: number, uncommitted = false): ReadResult {
    const read = this.store.readAfter(afterSeq, count);
    if (uncommitted || this.#inFlight.length === 0) return read;
    const fence = this.#fenceAfter(afterSeq);
    if (read.nextSeq <= fence) return read;
    let kept = read.messages.length;
    while (kept > 0 && read.messages[kept - 1].seq >= fence) kept--;
    const start = afterSeq + 1 + read.lost;
    return { ...read, messages: read.messages.slice(0, kept), nextSeq: Math.max(fence, start) };
  }

  /** Reads after a cursor (committed messages only) and moves it past what the read covered. */
  readNext(cursor: Cursor, count: number): ReadResult {
    const result = this.readAfter(cursor.position, count);
    cursor.advanceTo(result.nextSeq - 1);
    return result;
  }

  /** A reader's cursor; in reject mode, messages it has not received cannot be overwritten. */
  openCursor(start: CursorStart): Cursor {
    const { store } = this;
    let position: number;
    if (start === 'now') position = this.visibleNextSeq - 1;
    else if (start === 'oldest') position = Math.max(store.oldestSeq, 1) - 1;
    else position = Math.max(start.seq, 1) - 1;
    return this.#cursors.open(position);
  }

  closeCursor(cursor: Cursor): void {
    this.#cursors.close(cursor);
  }

  /**
   * Reject mode: RING_FULL when making room would drop a message some reader lacks, unless
   * that reader has held writers back for max-reader-lag-ms without reading: it is released.
   */
  #refuseOverwriteOfUnread(overwritten: number, nowMs: number): void {
    if (overwritten === 0 || this.#cursors.allReceived(overwritten)) return;
    if (this.#maxReaderLagMs > 0) {
      this.#cursors.releaseStalled(overwritten, nowMs, this.#maxReaderLagMs);
      if (this.#cursors.allReceived(overwritten)) return;
    }
    this.ringFullRefusals++;
    throw new RingwireError(
      'RING_FULL',
      `the ring is full and seq ${overwritten} has not reached every reader yet; retry later`,
    );
  }

  #changes(): StepChanges {
    return (this.#step ??= new StepChanges());
  }

  /**
   * @internal called by Ring when a step ends. A durable step's records go to the journal;
   * the promise resolves once they, and every change its replies may show, are committed,
   * with the replies to take back if that failed. Undefined when nothing need wait.
   */
  endStep(): Promise<Takeback[]> | undefined {
    if (this.#published.length > 0) {
      const published = Promise.all(this.#published);
      this.#published = [];
      return published;
    }
    const step = this.#step;
    if (!step) {
      if (this.#appended) {
        this.#appended = false;
        this.#listener.appended();
      }
      return undefined;
    }
    this.#step = undefined;
    this.#appended = false;
    let settled: Promise<RingwireError | undefined>;
    if (this.#records.length > 0) {
      settled = this.#commit(this.#journal as RingJournal, step);
      emptyArray(this.#records);
      this.#inFlight.push(step);
    } else {
      // A read: its replies may show what the commits in flight changed; they settle in order.
      const newest = this.#inFlight[this.#inFlight.length - 1];
      if (!newest) return undefined;
      settled = newest.settled as Promise<RingwireError | undefined>;
    }
    step.settled = settled;
    if (step.replies.length === 0) return settled.then(() => NO_TAKEBACKS);
    return settled.then((failure) => (failure ? step.takebacksFor(failure) : NO_TAKEBACKS));
  }

  async #commit(journal: RingJournal, step: StepChanges): Promise<RingwireError | undefined> {
    try {
      await journal.commit(this.#records);
    } catch (error) {
      this.storeErrors++;
      return step.failure ?? this.#failFrom(step, asStoreUnavailable(error));
    }
    // Undone by an earlier failure, yet written: the journal broke its contract.
    if (step.failure) return step.failure;
    this.#inFlight.splice(this.#inFlight.indexOf(step), 1);
    journal.dropBefore(this.store.oldestSeq);
    for (const call of step.heldBack) call();
    // Readers of committed messages may go on: past these appends, or past the fence these
    // changes held up.
    this.#listener.appended();
    return undefined;
  }

  /**
   * `step`'s commit failed, and with it every later one (the journal fails them all): their
   * changes are undone in memory, newest first, so that memory again holds what the log holds.
   */
  #failFrom(step: StepChanges, failure: RingwireError): RingwireError {
    const failed = this.#inFlight.splice(this.#inFlight.indexOf(step));
    for (let i = failed.length - 1; i >= 0; i--) {
      const { undoUpdates, firstAppended, lastAppended } = failed[i];
      failed[i].failure = failure;
      for (let j = undoUpdates.length - 1; j >= 0; j--) undoUpdates[j]();
      // Their seqs stay gaps, as in the log: a seq is never given twice.
      for (let seq = lastAppended; seq >= firstAppended; seq--) this.store.delete(seq);
    }
    return failure;
  }
}

function asStoreUnavailable(error: unknown): RingwireError {
  if (error instanceof RingwireError) return error;
  return new RingwireError('STORE_UNAVAILABLE', String(error), { cause: error });
}

const NO_BYTES = new Uint8Array(0);
const NONE: never[] = Object.freeze([]) as unknown as never[];
const NO_TAKEBACKS: Takeback[] = [];

/**
 * What a durable ring's step changed, kept until its commit settles: how to undo it in memory,
 * the listener calls held back until it is durable, the replies to take back if not. Kept
 * small (numbers, no object per append or reply): a step lives through a few young-generation
 * collections, and all it holds with it.
 */
class StepChanges {
  /** The seqs appended, `firstAppended` to `lastAppended`; Infinity and 0 if none. */
  firstAppended = Infinity;
  lastAppended = 0;
  /** The seqs updated or deleted, and how to undo the updates (deletes stay). */
  readonly changed: number[] = [];
  readonly undoUpdates: (() => void)[] = [];
  readonly heldBack: (() => void)[] = [];
  /** start, end and id of each reply to take back if the commit fails, in `replyTarget`. */
  readonly replies: number[] = [];
  replyTarget: unknown;
  replyTakeback: ReplyTakeback<unknown> | undefined;
  /** Settles with the failure of this step's commit (or of the commit its reads wait for). */
  settled: Promise<RingwireError | undefined> | undefined;
  /** Set when a failed commit undid this step. */
  failure: RingwireError | undefined;

  takebacksFor(failure: RingwireError): Takeback[] {
    const { replies, replyTarget: target, replyTakeback: takeBack } = this;
    const takebacks: Takeback[] = [];
    for (let i = 0; i < replies.length; i += 3) {
      const [start, end, id] = [replies[i], replies[i + 1], replies[i + 2]];
      takebacks.push({ at: start, apply: () => takeBack?.(target, start, end, id, failure) });
    }
    return takebacks;
  }
}

function notFound(seq: number): RingwireError {
  const which = Number.isFinite(seq) ? `seq ${seq}` : 'a seq past 2^53';
  return new RingwireError(
    'NOT_FOUND',
    `${which} is not held (overwritten, deleted, or never stored)`,
  );
}
