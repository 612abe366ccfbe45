import type { ServerFrameEncoder } from '../protocol/server-frame-encoder';
import type { StoredMessage } from '../ring/message-store';
import type { Ring, RingOps } from '../ring/ring';
import { answerGet, type ParkedGet, type Session } from './dispatch';

/** What a reader needs from its connection. */
export interface ReaderPort {
  /** Queues a frame for the client and makes sure it gets written. */
  /** The connection's output; frames added outside a request batch need `sent()` after. */
  readonly out: ServerFrameEncoder;
  /** Makes sure frames just added to `out` get written (once per event-loop turn). */
  sent(): void;
  /** True while the client is not reading what was already written. */
  isWriteBlocked(): boolean;
  isOpen(): boolean;
  /** Whether the server should tell this reader when the ring gains messages. */
  setInterest(interested: boolean): void;
  onInternalError(error: unknown): void;
}

interface ParkedEntry {
  readonly get: ParkedGet;
  expired: boolean;
  timer: NodeJS.Timeout | undefined;
}

/** Messages read from the ring per push step; the step also stops after PUSH_STEP_BYTES. */
const PUSH_STEP_MESSAGES = 256;
const PUSH_STEP_BYTES = 256 * 1024;

/**
 * The live-reading side of one connection: pushes to its subscription and answers its parked
 * (long-poll) GETs. Pushes leave at the pace the client reads them: a step pushes at most a
 * few hundred kilobytes, and none while the client's output is blocked; a subscriber that
 * falls behind the ring is told how many messages it lost.
 */
export class ConnectionReader {
  readonly #ring: Ring;
  readonly #session: Session;
  readonly #port: ReaderPort;
  readonly #parked: ParkedEntry[] = [];
  /** Set at shutdown: answer parked GETs now, whatever they found. */
  #expireAll = false;
  #stepScheduled = false;
  #stepRunning = false;

  constructor(ring: Ring, session: Session, port: ReaderPort) {
    this.#ring = ring;
    this.#session = session;
    this.#port = port;
  }

  /** No parked GET and no step under way. */
  get idle(): boolean {
    return this.#parked.length === 0 && !this.#stepScheduled && !this.#stepRunning;
  }

  /** The session subscribed or unsubscribed. */
  subscriptionChanged(): void {
    this.#updateInterest();
    this.#schedule();
  }

  /** Answers `get` when a message arrives or when it expires, whichever comes first. */
  park(get: ParkedGet): void {
    const entry: ParkedEntry = { get, expired: false, timer: undefined };
    // The timer, not a clock comparison, decides expiry: timers and Date.now() may disagree by a tick.
    entry.timer = setTimeout(() => {
      entry.expired = true;
      this.#schedule();
    }, get.request.waitMs ?? 0);
    this.#parked.push(entry);
    this.#updateInterest();
  }

  /** The ring gained messages. */
  ringAppended(): void {
    this.#schedule();
  }

  /** The client reads again. */
  writable(): void {
    if (this.#session.subscribed) this.#schedule();
  }

  /** Called under the ring's lock: tells a subscriber of changes to messages it has. */
  messageUpdated(message: StoredMessage): void {
    if (!this.#hasReceived(message.seq)) return;
    const { seq, timestampMs, sender, payload, updatedMs } = message;
    this.#send({ id: 0, push: { updated: { seq, timestampMs, sender, payload, updatedMs } } });
  }

  messageDeleted(seq: number): void {
    if (this.#hasReceived(seq)) this.#send({ id: 0, push: { deleted: seq } });
  }

  /** Answers every parked GET now (server shutdown). */
  expireAll(): void {
    this.#expireAll = true;
    if (this.#parked.length > 0) this.#schedule();
  }

  /** The connection closed: stop timers and give the cursor back. */
  close(): void {
    for (const { timer } of this.#parked) clearTimeout(timer);
    this.#parked.length = 0;
    this.#session.subscribed = false;
    this.#port.setInterest(false);
    const cursor = this.#session.cursor;
    if (cursor) void this.#ring.exclusive((ops) => ops.closeCursor(cursor));
  }

  #send(frame: Parameters<ServerFrameEncoder['add']>[0]): void {
    this.#port.out.add(frame);
    this.#port.sent();
  }

  #hasReceived(seq: number): boolean {
    return this.#session.subscribed && this.#session.pushed.includes(seq);
  }

  #updateInterest(): void {
    this.#port.setInterest(this.#session.subscribed || this.#parked.length > 0);
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
        done = this.#ring.exclusiveSync((ops) => this.#step(ops));
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
    this.#answerParked(ops);
    if (this.#session.subscribed && !this.#port.isWriteBlocked() && this.#pushSome(ops))
      this.#schedule();
  }

  #answerParked(ops: RingOps): void {
    for (let i = 0; i < this.#parked.length;) {
      const { get, timer, expired } = this.#parked[i];
      const reply = answerGet(ops, this.#session, get.request, !expired && !this.#expireAll);
      if (reply) {
        this.#port.out.getReply(get.id, reply);
        this.#port.sent();
        clearTimeout(timer);
        this.#parked.splice(i, 1);
      } else {
        i++;
      }
    }
    if (this.#parked.length === 0) this.#updateInterest();
  }

  /** Pushes the next messages after the cursor; true when more are waiting. */
  #pushSome(ops: RingOps): boolean {
    const cursor = this.#session.cursor;
    if (!cursor) return false;
    const read = ops.readAfter(cursor.position, PUSH_STEP_MESSAGES);
    if (read.lost > 0) {
      const resumeSeq = cursor.position + 1 + read.lost;
      this.#send({ id: 0, push: { lost: { count: read.lost, resumeSeq } } });
      cursor.advanceTo(resumeSeq - 1);
    }
    let bytes = 0;
    let pushed = 0;
    for (; pushed < read.messages.length && bytes < PUSH_STEP_BYTES; pushed++) {
      const message = read.messages[pushed];
      this.#port.out.pushMessage(message);
      bytes += message.payloadLength;
    }
    if (pushed > 0) {
      this.#session.pushed.add(read.messages[0].seq, read.messages[pushed - 1].seq);
      this.#port.sent();
    }
    if (pushed < read.messages.length) {
      cursor.advanceTo(read.messages[pushed].seq - 1);
      return true;
    }
    cursor.advanceTo(read.nextSeq - 1);
    return read.nextSeq < ops.store.nextSeq;
  }
}
