import type { ServerFrameEncoder } from '../protocol/server-frame-encoder';
import type { Cursor } from '../ring/cursors';
import type { StoredMessage } from '../ring/message-store';
import type { Ring, RingListener, RingOps } from '../ring/ring';
import { answerGet, type ParkedGet, type Session } from './dispatch';
import { PushedSeqs } from './pushed-seqs';

/** What a reader needs from its connection. */
export interface ReaderPort {
  /** The connection's output now; frames added outside a request batch need `sent()` after. */
  out(): ServerFrameEncoder;
  /** Makes sure frames just added to `out` get written (once per event-loop turn). */
  sent(): void;
  /** True while the client is not reading what was already written. */
  isWriteBlocked(): boolean;
  isOpen(): boolean;
  /** Whether the server should tell this reader when its ring gains messages. */
  setInterest(reader: RingReader, interested: boolean): void;
  onInternalError(error: unknown): void;
  /** The connection's GETs waiting, over all its rings; past max-parked-gets a GET is answered at once. */
  readonly parked: { count: number; readonly max: number };
}

interface ParkedEntry {
  readonly get: ParkedGet;
  /** Date.now() at which the GET is answered with whatever it finds. */
  readonly deadline: number;
}

/** Messages read from the ring per push step; the step also stops after PUSH_STEP_BYTES. */
const PUSH_STEP_MESSAGES = 256;
const PUSH_STEP_BYTES = 256 * 1024;
/** Parked GETs answered per step; the step also stops once PUSH_STEP_BYTES are queued. */
const PARKED_STEP_ANSWERS = 256;

/**
 * The live-reading side of one connection on one ring: its cursor there, its subscription to
 * the ring, and its parked (long-poll) GETs on it. Pushes leave at the pace the client reads
 * them: a step pushes at most a few hundred kilobytes, and none while the client's output is
 * blocked; a subscriber that falls behind the ring is told how many messages it lost.
 */
export class RingReader {
  readonly ring: Ring;
  /** Where GET next and the subscription read from; created by the first of them. */
  cursor: Cursor | undefined;
  /** The subscription's id, 0 while not subscribed. */
  subscriptionId = 0;
  /** What the current (or last) subscription pushed. */
  readonly pushed = new PushedSeqs();
  readonly #session: Session;
  readonly #port: ReaderPort;
  /** In arrival order; a step answers them in one pass, keeping the rest in place. */
  readonly #parked: ParkedEntry[] = [];
  /** One timer for all parked GETs, due at the earliest deadline. */
  #expiryTimer: NodeJS.Timeout | undefined;
  #expiryAt = Infinity;
  /** Set at shutdown: answer parked GETs now, whatever they found. */
  #expireAll = false;
  #stepScheduled = false;
  #stepRunning = false;

  constructor(ring: Ring, session: Session, port: ReaderPort) {
    this.ring = ring;
    this.#session = session;
    this.#port = port;
  }

  get subscribed(): boolean {
    return this.subscriptionId !== 0;
  }

  /** No parked GET and no step under way. */
  get idle(): boolean {
    return this.#parked.length === 0 && !this.#stepScheduled && !this.#stepRunning;
  }

  /** The reader subscribed or unsubscribed. */
  subscriptionChanged(): void {
    this.#updateInterest();
    this.#schedule();
  }

  /** Answers `get` when a message arrives or when it expires, whichever comes first. */
  park(get: ParkedGet): void {
    const deadline = Date.now() + (get.request.waitMs ?? 0);
    this.#parked.push({ get, deadline });
    this.#port.parked.count++;
    if (deadline < this.#expiryAt) this.#armExpiry(deadline);
    this.#updateInterest();
  }

  /** The ring gained messages. */
  ringAppended(): void {
    this.#schedule();
  }

  /** The client reads again. */
  writable(): void {
    if (this.subscribed) this.#schedule();
  }

  /** Called under the ring's lock: tells a subscriber of changes to messages it has. */
  messageUpdated(message: StoredMessage): void {
    if (!this.#hasReceived(message.seq)) return;
    const { seq, timestampMs, sender, payload, updatedMs } = message;
    this.#send({
      id: 0,
      push: {
        subscriptionId: this.subscriptionId,
        updated: { seq, timestampMs, sender, payload, updatedMs },
      },
    });
  }

  messageDeleted(seq: number): void {
    if (this.#hasReceived(seq)) {
      this.#send({ id: 0, push: { subscriptionId: this.subscriptionId, deleted: seq } });
    }
  }

  /** Answers every parked GET now (server shutdown). */
  expireAll(): void {
    this.#expireAll = true;
    if (this.#parked.length > 0) this.#schedule();
  }

  /** The connection closed: stop timers and give the cursor back. */
  close(): void {
    this.#armExpiry(Infinity);
    this.#port.parked.count -= this.#parked.length;
    this.#parked.length = 0;
    this.subscriptionId = 0;
    this.#port.setInterest(this, false);
    const cursor = this.cursor;
    if (cursor) void this.ring.exclusive((ops) => ops.closeCursor(cursor));
  }

  #send(frame: Parameters<ServerFrameEncoder['add']>[0]): void {
    this.#port.out().add(frame);
    this.#port.sent();
  }

  #hasReceived(seq: number): boolean {
    return this.subscribed && this.pushed.includes(seq);
  }

  #updateInterest(): void {
    this.#port.setInterest(this, this.subscribed || this.#parked.length > 0);
  }

  /** One step per event-loop turn at most, however many times the ring changed. */
  #schedule(): void {
    if (this.#stepScheduled) return;
    this.#stepScheduled = true;
    setImmediate(() => {
      this.#stepScheduled = false;
      if (!this.#port.isOpen()) return;
      let done: void | Promise<void> = undefined;
      try {
        done = this.ring.exclusiveSync((ops) => this.#step(ops));
      } catch (error) {
        this.#port.onInternalError(error);
      }
      if (!(done instanceof Promise)) return;
      this.#stepRunning = true;
      void done
        .catch((error: unknown) => this.#port.onInternalError(error))
        .finally(() => {
          this.#stepRunning = false;
        });
    });
  }

  #step(ops: RingOps): void {
    const moreParked = this.#parked.length > 0 && this.#answerParked(ops);
    const morePushes = this.subscribed && !this.#port.isWriteBlocked() && this.#pushSome(ops);
    if (moreParked || morePushes) this.#schedule();
  }

  /**
   * One linear pass: answers the parked GETs that found a message or expired, up to a slice
   * of PARKED_STEP_ANSWERS (or PUSH_STEP_BYTES of output), and keeps the others in order.
   * True when the slice ran out, so a later step, after other connections had their turn,
   * goes on.
   */
  #answerParked(ops: RingOps): boolean {
    const parked = this.#parked;
    const now = Date.now();
    let answered = 0;
    let sliceFull = false;
    let kept = 0;
    let earliest = Infinity;
    for (const entry of parked) {
      if (!sliceFull) {
        const mayWait = entry.deadline > now && !this.#expireAll;
        const reply = answerGet(ops, this.#session, this, entry.get.request, mayWait);
        if (reply) {
          this.#port.out().getReply(entry.get.id, reply);
          answered++;
          sliceFull =
            answered >= PARKED_STEP_ANSWERS || this.#port.out().byteLength >= PUSH_STEP_BYTES;
          continue;
        }
      }
      parked[kept++] = entry;
      earliest = Math.min(earliest, entry.deadline);
    }
    parked.length = kept;
    this.#port.parked.count -= answered;
    if (answered > 0) this.#port.sent();
    this.#armExpiry(earliest);
    if (kept === 0) this.#updateInterest();
    return sliceFull;
  }

  /**
   * Due when the earliest parked GET expires. A timer may fire a little before Date.now()
   * reaches the deadline: the step then finds nothing expired and arms it again.
   */
  #armExpiry(at: number): void {
    if (at === this.#expiryAt) return;
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
    this.#expiryAt = at;
    if (at === Infinity) return;
    this.#expiryTimer = setTimeout(() => {
      this.#expiryTimer = undefined;
      this.#expiryAt = Infinity;
      this.#schedule();
    }, at - Date.now());
  }

  /** Pushes the next messages after the cursor; true when more are waiting. */
  #pushSome(ops: RingOps): boolean {
    const cursor = this.cursor;
    if (!cursor) return false;
    const read = ops.readAfter(cursor.position, PUSH_STEP_MESSAGES);
    if (read.lost > 0) {
      const resumeSeq = cursor.position + 1 + read.lost;
      this.#send({
        id: 0,
        push: { subscriptionId: this.subscriptionId, lost: { count: read.lost, resumeSeq } },
      });
      cursor.advanceTo(resumeSeq - 1);
    }
    let bytes = 0;
    let pushed = 0;
    for (; pushed < read.messages.length && bytes < PUSH_STEP_BYTES; pushed++) {
      const message = read.messages[pushed];
      this.#port.out().pushMessage(message, this.subscriptionId);
      bytes += message.payloadLength;
    }
    if (pushed > 0) {
      this.pushed.add(read.messages[0].seq, read.messages[pushed - 1].seq);
      this.#port.sent();
    }
    if (pushed < read.messages.length) {
      cursor.advanceTo(read.messages[pushed].seq - 1);
      return true;
    }
    cursor.advanceTo(read.nextSeq - 1);
    return read.nextSeq < ops.visibleNextSeq;
  }
}

/**
 * The readers of one ring that want to hear of its changes (they subscribed, or wait in a
 * GET). Appends are fanned out once per event-loop turn; updates and deletes at once, under
 * the ring's lock.
 */
export class RingReaders implements RingListener {
  /** Made at first use: a ring nobody reads (one of thousands) needs none. */
  #interested: Set<RingReader> | undefined;
  #fanOutScheduled = false;

  /** Whether `reader` hears of the ring's changes. */
  setInterest(reader: RingReader, interested: boolean): void {
    if (interested) (this.#interested ??= new Set()).add(reader);
    else this.#interested?.delete(reader);
  }

  appended(): void {
    // Nobody to tell (the common case for a write-only ring): no turn spent on it. A reader
    // that starts waiting later reads after this append anyway.
    if (this.#fanOutScheduled || !this.#interested?.size) return;
    this.#fanOutScheduled = true;
    setImmediate(() => {
      this.#fanOutScheduled = false;
      for (const reader of this.#interested ?? NO_READERS) reader.ringAppended();
    });
  }

  updated(message: StoredMessage): void {
    for (const reader of this.#interested ?? NO_READERS) reader.messageUpdated(message);
  }

  deleted(seq: number): void {
    for (const reader of this.#interested ?? NO_READERS) reader.messageDeleted(seq);
  }

  /**
   * Messages held (`firstSeq` to `lastSeq`) that subscribers have not been pushed yet: the
   * furthest behind and the sum. Read on a /metrics scrape, never on the hot path.
   */
  subscriberLag(firstSeq: number, lastSeq: number): { max: number; sum: number } {
    let max = 0;
    let sum = 0;
    for (const reader of this.#interested ?? NO_READERS) {
      if (!reader.subscribed || !reader.cursor) continue;
      const lag = Math.max(0, lastSeq - Math.max(reader.cursor.position, firstSeq - 1));
      max = Math.max(max, lag);
      sum += lag;
    }
    return { max, sum };
  }

  /** Open subscriptions to the ring. */
  get subscribers(): number {
    let count = 0;
    for (const reader of this.#interested ?? NO_READERS) if (reader.subscribed) count++;
    return count;
  }
}

const NO_READERS: ReadonlySet<RingReader> = new Set();
