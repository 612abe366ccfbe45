import {
  DiscardPolicy,
  RetentionPolicy,
  StorageType,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type StreamConfig,
  type StreamInfo,
} from '@nats-io/jetstream';
import { RingwireError } from '../../errors';
import type { OverflowPolicy, Ring, RingOps, RingReplica } from '../../ring/ring';
import { AppliedSeqs } from './applied-seqs';
import {
  encodedHeaders,
  EXPECTED_STREAM_HEADER,
  type EncodedHeaders,
  type JetStreamPublisher,
} from './publisher';
import type { RingSettings } from '../../ring/ring-registry';
import { changesStreamName, changesSubject, ringSubject, streamName } from './stream-names';
import { whenSettled } from './settling';
import { StreamFeed } from './stream-feed';

/** The sender and the ringwire server's timestamp of a SET travel as headers of its message. */
export const SENDER_HEADER = 'Ringwire-Sender';
export const TIME_HEADER = 'Ringwire-Time';
/** A change names what it does (`update`, `delete`) and the seq it changes. */
export const OP_HEADER = 'Ringwire-Op';
export const SEQ_HEADER = 'Ringwire-Seq';
const EMPTY = new Uint8Array(0);

/**
 * JetStream counts a message's subject, headers and payload (plus a few bytes): room for that
 * beyond the payloads, so that in overwrite mode the stream never drops a message the replicas
 * still hold by their payload bound (the replicas, not the stream, decide what readers see).
 */
const STREAM_BYTES_PER_MESSAGE = 512;
/** The seq of a change that names none (see #applyChange): applied at once, as nothing. */
const NO_SEQ = 0;
/** How long a new stream may take to elect its leader before its ring fails to start. */
const STREAM_LEADER_WAIT_MS = 10_000;

/** What every replica of one server shares: the NATS connection and the store's settings. */
export interface ReplicaContext {
  readonly prefix: string;
  readonly publishTimeoutMs: number;
  /** Told how long each acknowledged publish took, from publish to JetStream's ack. */
  onRoundTrip(seconds: number): void;
  /** The JetStream handles once connected; undefined before `JetStreamStore.open`. */
  connection(): JetStreamHandles | undefined;
  /** Stream replicas of a ring created now. */
  replicas(): number;
  log(line: string): void;
}

export interface JetStreamHandles {
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly publisher: JetStreamPublisher;
}

/** An UPDATE or DELETE read from the changes stream, waiting until the replica holds its seq. */
interface PendingChange {
  readonly seq: number;
  /** The new payload; undefined for a DELETE. */
  readonly payload: Uint8Array | undefined;
  readonly timestampMs: number;
  /** Its seq in the changes stream. */
  readonly changeSeq: number;
}

/**
 * One ring's streams (--store nats://) and this server's replica of them. The ring's stream
 * holds its messages; its changes stream holds UPDATEs and DELETEs, each naming the seq it
 * changes. Each is read by a StreamFeed (an ordered consumer, made again when lost) from its
 * first message, in its order; a change is applied once the replica holds the seq it names.
 * A write is published and answered once the replica has applied it.
 */
export class StreamReplica implements RingReplica {
  readonly name: string;
  readonly stream: string;
  readonly changesStream: string;
  readonly #subject: string;
  readonly #changesSubject: string;
  readonly #settings: RingSettings;
  readonly #context: ReplicaContext;
  #ring: Ring | undefined;
  /** Settles once the streams exist and the consumers run; undefined until tried, or after a failure. */
  #started: Promise<void> | undefined;
  readonly #feeds: StreamFeed[] = [];
  readonly #applied: AppliedSeqs;
  readonly #changesApplied: AppliedSeqs;
  readonly #pendingChanges: PendingChange[] = [];
  /** The last seq of each stream when the replica started: a consumer with nothing pending has reached it. */
  #startLastSeq = 0;
  #changesStartLastSeq = 0;

  constructor(name: string, settings: RingSettings, context: ReplicaContext) {
    this.name = name;
    this.stream = streamName(context.prefix, name);
    this.changesStream = changesStreamName(context.prefix, name);
    this.#subject = ringSubject(context.prefix, name);
    this.#changesSubject = changesSubject(context.prefix, name);
    this.#settings = settings;
    this.#context = context;
    const late = (seq: number): RingwireError =>
      new RingwireError(
        'STORE_UNAVAILABLE',
        `JetStream took the write (seq ${seq}), but this server's replica of ring ${name} has not applied it within ${context.publishTimeoutMs} ms`,
      );
    this.#applied = new AppliedSeqs(context.publishTimeoutMs, late);
    this.#changesApplied = new AppliedSeqs(context.publishTimeoutMs, late);
  }

  serve(ring: Ring): void {
    this.#ring = ring;
    if (this.#context.connection()) void this.start().catch(() => {});
  }

  /**
   * Makes sure the streams exist and the replica is fed; resolves once it has applied what the
   * streams held at that moment (a server that starts serves nothing older than that).
   */
  start(): Promise<void> {
    this.#started ??= this.#start().catch((error: unknown) => {
      this.#started = undefined;
      const failure = unavailable(`ring ${this.name}: cannot use stream ${this.stream}`, error);
      this.#context.log(failure.message);
      throw failure;
    });
    return this.#started;
  }

  async #start(): Promise<void> {
    const { overflow } = this.#settings;
    const ring = await this.#ensureStream(this.stream, this.#subject, overflow);
    const changes = await this.#ensureStream(this.changesStream, this.#changesSubject, 'overwrite');
    this.#startLastSeq = ring.state.last_seq;
    this.#changesStartLastSeq = changes.state.last_seq;
    await this.#consume(this.stream, this.#applied, (message) => this.#apply(message));
    await this.#consume(this.changesStream, this.#changesApplied, (message) =>
      this.#applyChange(message),
    );
    await Promise.all([
      ring.state.messages > 0 && this.#applied.until(ring.state.last_seq, true),
      changes.state.messages > 0 && this.#changesApplied.until(changes.state.last_seq, true),
    ]);
  }

  async #consume(
    stream: string,
    applied: AppliedSeqs,
    callback: (message: JsMsg) => void,
  ): Promise<void> {
    const feed = new StreamFeed(stream, applied.applied + 1, callback, {
      js: () => this.#connected().js,
      log: (line) => this.#context.log(`ring ${this.name}: ${line}`),
    });
    await feed.start();
    this.#feeds.push(feed);
  }

  async publish(payload: Uint8Array, sender: string, timestampMs: number): Promise<number> {
    const meta = encodedHeaders({
      [SENDER_HEADER]: encodeURIComponent(sender),
      [TIME_HEADER]: String(timestampMs),
      [EXPECTED_STREAM_HEADER]: this.stream,
    });
    const seq = await this.#publish(this.#subject, payload, meta);
    return this.#applied.until(seq);
  }

  async change(seq: number, payload: Uint8Array | undefined, timestampMs: number): Promise<number> {
    const meta = encodedHeaders({
      [OP_HEADER]: payload ? 'update' : 'delete',
      [SEQ_HEADER]: String(seq),
      [TIME_HEADER]: String(timestampMs),
      [EXPECTED_STREAM_HEADER]: this.changesStream,
    });
    const changeSeq = await this.#publish(this.#changesSubject, payload ?? EMPTY, meta);
    await this.#changesApplied.until(changeSeq);
    // Gone from the ring's stream too: a server that starts after the changes stream has
    // dropped this change still finds the gap.
    if (!payload) {
      this.#connected()
        .jsm.streams.deleteMessage(this.stream, seq, false)
        .catch((error: unknown) =>
          this.#context.log(
            `ring ${this.name}: seq ${seq} stays in ${this.stream}: ${String(error)}`,
          ),
        );
    }
    return seq;
  }

  /** Publishes to `subject` (its stream named in `meta`); the seq JetStream gave it. */
  async #publish(subject: string, payload: Uint8Array, meta: EncodedHeaders): Promise<number> {
    // The payload is a view of a socket read: copied before the first await.
    const data = payload.slice();
    await (this.#started ?? this.start());
    const sent = performance.now();
    const seq = await this.#connected().publisher.publish(subject, data, meta);
    this.#context.onRoundTrip((performance.now() - sent) / 1000);
    return seq;
  }

  /** Stops feeding the ring. */
  async close(): Promise<void> {
    this.#applied.close();
    this.#changesApplied.close();
    await Promise.allSettled(this.#feeds.map((feed) => feed.close()));
  }

  #connected(): JetStreamHandles {
    const connection = this.#context.connection();
    if (!connection) throw new RingwireError('STORE_UNAVAILABLE', 'not connected to NATS yet');
    return connection;
  }

  /**
   * A stream of the ring, created with this server's bounds unless it exists (another server,
   * or an earlier run, made it: its bounds stand, and a difference is logged).
   */
  async #ensureStream(
    name: string,
    subject: string,
    overflow: OverflowPolicy,
  ): Promise<StreamInfo> {
    const { jsm } = this.#connected();
    const { capacity, maxBytes } = this.#settings;
    const config: Partial<StreamConfig> & { name: string } = {
      name,
      subjects: [subject],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      num_replicas: this.#context.replicas(),
      max_msgs: capacity,
      // Reject mode: the stream refuses first (it counts more than the payloads), so a
      // replica never has to push out a message the stream holds.
      max_bytes: overflow === 'reject' ? maxBytes : maxBytes + capacity * STREAM_BYTES_PER_MESSAGE,
      discard: overflow === 'reject' ? DiscardPolicy.New : DiscardPolicy.Old,
    };
    let info: StreamInfo;
    try {
      info = await whenSettled(() => jsm.streams.add(config));
    } catch (error) {
      // Made by someone else with other settings: use it as it is.
      info = await whenSettled(() => jsm.streams.info(name)).catch(() => Promise.reject(error));
    }
    // A new replicated stream answers publishes once it has elected a leader.
    for (let waited = 0; !info.cluster?.leader && info.config.num_replicas > 1; waited += 50) {
      if (waited >= STREAM_LEADER_WAIT_MS) throw new Error(`stream ${name} has no leader`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      info = await whenSettled(() => jsm.streams.info(name));
    }
    const made = info.config;
    if (made.max_msgs !== capacity || made.discard !== config.discard) {
      this.#context.log(
        `ring ${this.name}: stream ${name} holds ${made.max_msgs} messages (discard ${made.discard}); this server's ring holds ${capacity} (${overflow})`,
      );
    }
    return info;
  }

  /** Applies one message of the ring's stream, in the stream's order. */
  #apply(message: JsMsg): void {
    const { seq, data } = message;
    const sender = decodeURIComponent(message.headers?.get(SENDER_HEADER) ?? '');
    const timestampMs = timestampOf(message);
    const reached = reachedSeq(message, this.#startLastSeq);
    this.#inStep(
      (ops) => ops.applyReplicated(seq, data, sender, timestampMs),
      () => {
        this.#applied.advance(reached);
        this.#applyPendingChanges();
      },
    );
  }

  /** Takes one UPDATE or DELETE of the changes stream; applied once the replica holds its seq. */
  #applyChange(message: JsMsg): void {
    const update = message.headers?.get(OP_HEADER) === 'update';
    const seq = Number(message.headers?.get(SEQ_HEADER));
    const valid = Number.isSafeInteger(seq) && seq >= 1;
    // Not written by a ringwire server: kept in its place as nothing to do, so that it can hold
    // up neither the changes after it nor those before.
    if (!valid) this.#context.log(`ring ${this.name}: change ${message.seq} names no seq; skipped`);
    this.#pendingChanges.push({
      seq: valid ? seq : NO_SEQ,
      payload: update ? message.data.slice() : undefined,
      timestampMs: timestampOf(message),
      changeSeq: reachedSeq(message, this.#changesStartLastSeq),
    });
    this.#applyPendingChanges();
  }

  /** Applies the changes, in order, as far as the replica holds the seqs they name. */
  #applyPendingChanges(): void {
    const pending = this.#pendingChanges;
    while (pending.length > 0 && pending[0].seq <= this.#applied.applied) {
      const { seq, payload, timestampMs, changeSeq } = pending.shift() as PendingChange;
      if (seq === NO_SEQ) {
        this.#changesApplied.advance(changeSeq);
        continue;
      }
      this.#inStep(
        (ops) => ops.applyReplicatedChange(seq, payload, timestampMs),
        () => this.#changesApplied.advance(changeSeq),
      );
    }
  }

  /** Runs `step` on the ring under its lock, then `after` (once the step ran, if it had to wait). */
  #inStep(step: (ops: RingOps) => void, after: () => void): void {
    const done = (this.#ring as Ring).exclusiveSync(step);
    if (done instanceof Promise) void done.then(after);
    else after();
  }
}

/**
 * How far a stream is applied once `message` is: its seq, or with nothing pending, at least
 * the stream's last seq when the replica started (the consumer has delivered all the stream
 * held then, even when its last messages were deleted since).
 */
function reachedSeq(message: JsMsg, startLastSeq: number): number {
  return message.info.pending === 0 ? Math.max(message.seq, startLastSeq) : message.seq;
}

/** The time a ringwire server gave the write, or else JetStream's. */
function timestampOf(message: JsMsg): number {
  return (
    Number(message.headers?.get(TIME_HEADER)) || Math.floor(message.info.timestampNanos / 1_000_000)
  );
}

function unavailable(what: string, error: unknown): RingwireError {
  if (error instanceof RingwireError) return error;
  const why = error instanceof Error ? error.message : String(error);
  return new RingwireError('STORE_UNAVAILABLE', `${what}: ${why}`, { cause: error });
}
