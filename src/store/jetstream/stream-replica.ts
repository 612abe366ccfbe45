import {
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type StreamConfig,
  type StreamInfo,
} from '@nats-io/jetstream';
import { headers } from '@nats-io/nats-core';
import { RingwireError } from '../../errors';
import type { Ring, RingReplica } from '../../ring/ring';
import type { RingSettings } from '../../ring/ring-registry';
import { ringSubject, streamName } from './stream-names';

/** The sender and the ringwire server's timestamp of a SET travel as headers of its message. */
export const SENDER_HEADER = 'Ringwire-Sender';
export const TIME_HEADER = 'Ringwire-Time';

/**
 * JetStream counts a message's subject, headers and payload (plus a few bytes): room for that
 * beyond the payloads, so that in overwrite mode the stream never drops a message the replicas
 * still hold by their payload bound (the replicas, not the stream, decide what readers see).
 */
const STREAM_BYTES_PER_MESSAGE = 512;
const CONSUMER_PULL_EXPIRES_MS = 4000;
/** How long a new stream may take to elect its leader before its ring fails to start. */
const STREAM_LEADER_WAIT_MS = 10_000;

/** What every replica of one server shares: the NATS connection and the store's settings. */
export interface ReplicaContext {
  readonly prefix: string;
  readonly publishTimeoutMs: number;
  /** The JetStream handles once connected; undefined before `JetStreamStore.open`. */
  connection(): { js: JetStreamClient; jsm: JetStreamManager } | undefined;
  /** Stream replicas of a ring created now. */
  replicas(): number;
  log(line: string): void;
}

/** A SET published and acknowledged, waiting for this replica to apply its seq. */
interface Waiter {
  readonly seq: number;
  readonly deadline: number;
  resolve(seq: number): void;
  reject(error: RingwireError): void;
}

/**
 * One ring's stream (--store nats://) and this server's replica of it: the ring is fed by one
 * ordered consumer, from the stream's first message, in the stream's order; a SET is published
 * to the stream and answered once the replica has applied the seq JetStream gave it.
 */
export class StreamReplica implements RingReplica {
  readonly name: string;
  readonly stream: string;
  readonly #subject: string;
  readonly #settings: RingSettings;
  readonly #context: ReplicaContext;
  #ring: Ring | undefined;
  /** Settles once the stream exists and the consumer runs; undefined until tried, or after a failure. */
  #started: Promise<void> | undefined;
  #messages: ConsumerMessages | undefined;
  #appliedSeq = 0;
  /** Ordered by seq: acks come back mostly in order, so inserting is cheap. */
  readonly #waiters: Waiter[] = [];
  #waiterTimer: NodeJS.Timeout | undefined;

  constructor(name: string, settings: RingSettings, context: ReplicaContext) {
    this.name = name;
    this.stream = streamName(context.prefix, name);
    this.#subject = ringSubject(context.prefix, name);
    this.#settings = settings;
    this.#context = context;
  }

  serve(ring: Ring): void {
    this.#ring = ring;
    if (this.#context.connection()) void this.start().catch(() => {});
  }

  /**
   * Makes sure the stream exists and the replica is fed; resolves once it has applied what the
   * stream held at that moment (a server that starts serves nothing older than that).
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
    const { js } = this.#connected();
    const info = await this.#ensureStream();
    const consumer = await js.consumers.get(this.stream, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: this.#appliedSeq + 1,
    });
    this.#messages = await consumer.consume({
      callback: (message) => this.#apply(message),
      // Pulls that expire soon: a consumer lost with its NATS node is noticed (two missed
      // heartbeats, half this each) and made again within seconds, not a minute.
      expires: CONSUMER_PULL_EXPIRES_MS,
    });
    if (info.state.messages > 0) await this.#appliedUpTo(info.state.last_seq, Infinity);
  }

  async publish(payload: Uint8Array, sender: string, timestampMs: number): Promise<number> {
    // The payload is a view of a socket read: copied before the first await.
    const data = payload.slice();
    await (this.#started ?? this.start());
    const meta = headers();
    meta.set(SENDER_HEADER, encodeURIComponent(sender));
    meta.set(TIME_HEADER, String(timestampMs));
    let seq: number;
    try {
      const ack = await this.#connected().js.publish(this.#subject, data, {
        headers: meta,
        timeout: this.#context.publishTimeoutMs,
        expect: { streamName: this.stream },
      });
      seq = ack.seq;
    } catch (error) {
      throw publishFailure(error);
    }
    return this.#appliedUpTo(seq, performance.now() + this.#context.publishTimeoutMs);
  }

  /** Stops feeding the ring. */
  async close(): Promise<void> {
    clearTimeout(this.#waiterTimer);
    await this.#messages?.close();
  }

  #connected(): { js: JetStreamClient; jsm: JetStreamManager } {
    const connection = this.#context.connection();
    if (!connection) throw new RingwireError('STORE_UNAVAILABLE', 'not connected to NATS yet');
    return connection;
  }

  /**
   * The ring's stream, created with this server's bounds unless it exists (another server, or
   * an earlier run, made it: its bounds stand, and a difference is logged).
   */
  async #ensureStream(): Promise<StreamInfo> {
    const { jsm } = this.#connected();
    const { capacity, maxBytes, overflow } = this.#settings;
    const config: Partial<StreamConfig> & { name: string } = {
      name: this.stream,
      subjects: [this.#subject],
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
      info = await jsm.streams.add(config);
    } catch (error) {
      // Made by someone else with other settings: use it as it is.
      info = await jsm.streams.info(this.stream).catch(() => Promise.reject(error));
    }
    // A new replicated stream answers publishes once it has elected a leader.
    for (let waited = 0; !info.cluster?.leader && info.config.num_replicas > 1; waited += 50) {
      if (waited >= STREAM_LEADER_WAIT_MS) throw new Error(`stream ${this.stream} has no leader`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      info = await jsm.streams.info(this.stream);
    }
    const made = info.config;
    if (made.max_msgs !== capacity || made.discard !== config.discard) {
      this.#context.log(
        `ring ${this.name}: stream ${this.stream} holds ${made.max_msgs} messages (discard ${made.discard}); this server's ring holds ${capacity} (${overflow})`,
      );
    }
    return info;
  }

  /** Applies one message of the stream to the ring, in the stream's order. */
  #apply(message: JsMsg): void {
    const ring = this.#ring as Ring;
    const { seq, data } = message;
    const sender = decodeURIComponent(message.headers?.get(SENDER_HEADER) ?? '');
    const timestampMs =
      Number(message.headers?.get(TIME_HEADER)) ||
      Math.floor(message.info.timestampNanos / 1_000_000);
    const applied = ring.exclusiveSync((ops) => {
      ops.applyReplicated(seq, data, sender, timestampMs);
      this.#appliedSeq = Math.max(this.#appliedSeq, seq);
    });
    if (applied instanceof Promise) void applied.then(() => this.#wake());
    else this.#wake();
  }

  /** Resolves with `seq` once the replica holds it; STORE_UNAVAILABLE after `deadline`. */
  #appliedUpTo(seq: number, deadline: number): Promise<number> {
    if (seq <= this.#appliedSeq) return Promise.resolve(seq);
    return new Promise((resolve, reject) => {
      const waiters = this.#waiters;
      let at = waiters.length;
      while (at > 0 && waiters[at - 1].seq > seq) at--;
      waiters.splice(at, 0, { seq, deadline, resolve, reject });
      if (Number.isFinite(deadline)) this.#watchDeadlines();
    });
  }

  #wake(): void {
    const waiters = this.#waiters;
    let woken = 0;
    while (woken < waiters.length && waiters[woken].seq <= this.#appliedSeq) {
      waiters[woken].resolve(waiters[woken].seq);
      woken++;
    }
    if (woken > 0) waiters.splice(0, woken);
  }

  /** One timer for all waiters: the ones past their deadline fail. */
  #watchDeadlines(): void {
    if (this.#waiterTimer) return;
    this.#waiterTimer = setTimeout(() => {
      this.#waiterTimer = undefined;
      const now = performance.now();
      const late = this.#waiters.filter((waiter) => waiter.deadline <= now);
      if (late.length === 0 && this.#waiters.length === 0) return;
      for (const waiter of late) {
        this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
        waiter.reject(
          new RingwireError(
            'STORE_UNAVAILABLE',
            `the stream holds seq ${waiter.seq}, but this server's replica of ring ${this.name} has not caught up within ${this.#context.publishTimeoutMs} ms`,
          ),
        );
      }
      if (this.#waiters.some((waiter) => Number.isFinite(waiter.deadline))) this.#watchDeadlines();
    }, this.#context.publishTimeoutMs / 2).unref();
  }
}

/** A full reject-mode stream is RING_FULL; anything else is the store being unavailable. */
function publishFailure(error: unknown): RingwireError {
  if (error instanceof RingwireError) return error;
  // No JetStream server answered the subject (the client names it JetStreamNotEnabled).
  if (error instanceof Error && error.name === 'JetStreamNotEnabled') {
    return unavailable(
      'NATS JetStream did not take the message',
      'no stream leader answered (no quorum?)',
    );
  }
  if (error instanceof JetStreamApiError && /maximum (messages|bytes)/.test(error.message)) {
    return new RingwireError(
      'RING_FULL',
      `the ring is full and refuses new messages (reject mode over JetStream: ${error.message})`,
      { cause: error },
    );
  }
  return unavailable('NATS JetStream did not take the message', error);
}

function unavailable(what: string, error: unknown): RingwireError {
  if (error instanceof RingwireError) return error;
  const why = error instanceof Error ? error.message : String(error);
  return new RingwireError('STORE_UNAVAILABLE', `${what}: ${why}`, { cause: error });
}
