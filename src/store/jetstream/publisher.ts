import { setTimeout as sleep } from 'node:timers/promises';
import { createInbox, type Msg, type MsgHdrs, type NatsConnection } from '@nats-io/nats-core';
import { RingwireError } from '../../errors';

/** How often the oldest publishes are checked against their deadline. */
const DEADLINE_CHECK_MS = 100;
/** The status NATS answers a request with when nothing subscribes to its subject. */
const NO_RESPONDERS = 503;
/** The pause before a publish that reached no stream is sent again. */
const UNROUTED_RETRY_MS = 25;

/** A header block of a publish, already encoded (see `encodedHeaders`). */
export type EncodedHeaders = MsgHdrs;

/** A publish waiting for its acknowledgement. */
interface PendingAck {
  readonly resolve: (seq: number) => void;
  readonly reject: (error: RingwireError) => void;
  readonly deadline: number;
}

/**
 * Publishes to JetStream streams and resolves with the seq of each ack: JetStream's publish
 * protocol (a core NATS publish whose reply subject gets the ack) over one inbox subscription
 * and one deadline timer for every publish in flight. The Node client's `js.publish` makes a
 * request object, a timer and Error objects with stack traces per publish: 16 % of a ringwire
 * server's time under a SET load, and much of its garbage (docs/BENCHMARKS.md).
 */
export class JetStreamPublisher {
  readonly #connection: NatsConnection;
  readonly #timeoutMs: number;
  readonly #inboxPrefix: string;
  readonly #pending = new Map<number, PendingAck>();
  #nextToken = 1;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;
  /** Subjects a publish has reached a stream on. */
  readonly #routed = new Set<string>();
  /**
   * The publish probing each subject not yet in #routed, settled once it is acknowledged or
   * given up; the publishes to the subject meanwhile wait for it.
   */
  readonly #probes = new Map<string, Promise<void>>();

  constructor(connection: NatsConnection, timeoutMs: number) {
    this.#connection = connection;
    this.#timeoutMs = timeoutMs;
    this.#inboxPrefix = `${createInbox()}.`;
    connection.subscribe(`${this.#inboxPrefix}*`, {
      callback: (error, message) => {
        if (!error) this.#replied(message);
      },
    });
  }

  /**
   * Publishes `data` to `subject` with `headers` (which must name the stream expected, see
   * `encodedHeaders`); resolves with the seq the stream gave it. Rejects with RING_FULL when
   * the stream refuses it (discard new), STORE_UNAVAILABLE otherwise (no answer within the
   * timeout, no stream leader, any other refusal).
   */
  publish(subject: string, data: Uint8Array, headers: EncodedHeaders): Promise<number> {
    return this.#publishBy(subject, data, headers, performance.now() + this.#timeoutMs);
  }

  #publishBy(
    subject: string,
    data: Uint8Array,
    headers: EncodedHeaders,
    deadline: number,
  ): Promise<number> {
    if (this.#routed.has(subject)) return this.#publishOnce(subject, data, headers, deadline);
    // No publish has reached a stream on this subject yet: one probes it, and the others wait
    // for its outcome, then go again in their order (all at once if it got through), so that
    // one sent again cannot land behind a later one.
    const probe = this.#probes.get(subject);
    if (probe) return probe.then(() => this.#publishBy(subject, data, headers, deadline));
    const published = this.#publishUntilRouted(subject, data, headers, deadline);
    const forget = (): void => {
      this.#probes.delete(subject);
    };
    this.#probes.set(subject, published.then(forget, forget));
    return published;
  }

  /**
   * A stream just made has a leader before every NATS server routes its subject to it: a
   * publish through another server meanwhile reaches no one (and is not stored), and is sent
   * again until one is acknowledged, or the deadline.
   */
  async #publishUntilRouted(
    subject: string,
    data: Uint8Array,
    headers: EncodedHeaders,
    deadline: number,
  ): Promise<number> {
    let unanswered: NoStreamLeader | undefined;
    for (;;) {
      // Time is up (behind a publish that waited out its own): not sent.
      if (performance.now() >= deadline) throw unanswered ?? this.#timedOut();
      try {
        const seq = await this.#publishOnce(subject, data, headers, deadline);
        this.#routed.add(subject);
        return seq;
      } catch (error) {
        if (!(error instanceof NoStreamLeader) || this.#routed.has(subject)) throw error;
        unanswered = error;
        await sleep(UNROUTED_RETRY_MS);
      }
    }
  }

  #publishOnce(
    subject: string,
    data: Uint8Array,
    headers: EncodedHeaders,
    deadline: number,
  ): Promise<number> {
    if (this.#closed) return Promise.reject(unavailable('the connection to NATS is closed'));
    const token = this.#nextToken++;
    const acked = new Promise<number>((resolve, reject) => {
      this.#pending.set(token, { resolve, reject, deadline });
    });
    try {
      this.#connection.publish(subject, data, { reply: `${this.#inboxPrefix}${token}`, headers });
    } catch (error) {
      this.#fail(token, unavailable(String(error)));
    }
    this.#timer ??= setInterval(() => this.#expire(), DEADLINE_CHECK_MS).unref();
    return acked;
  }

  /** Fails every publish still waiting (the store is closing). */
  close(): void {
    this.#closed = true;
    for (const token of [...this.#pending.keys()]) {
      this.#fail(token, unavailable('the connection to NATS is closed'));
    }
  }

  #timedOut(): RingwireError {
    return unavailable(`no acknowledgement within ${this.#timeoutMs} ms`);
  }

  #replied(reply: Msg): void {
    const pending = this.#take(Number(reply.subject.slice(this.#inboxPrefix.length)));
    if (!pending) return;
    const outcome = ackOf(reply);
    if (typeof outcome === 'number') pending.resolve(outcome);
    else pending.reject(outcome);
  }

  #fail(token: number, error: RingwireError): void {
    this.#take(token)?.reject(error);
  }

  #take(token: number): PendingAck | undefined {
    const pending = this.#pending.get(token);
    if (!pending) return undefined;
    this.#pending.delete(token);
    if (this.#pending.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
    return pending;
  }

  /** Nearly every publish waits as long, in the order sent: the expired ones come first. */
  #expire(): void {
    const now = performance.now();
    for (const [token, { deadline }] of this.#pending) {
      if (deadline > now) return;
      this.#fail(token, this.#timedOut());
    }
  }
}

/** The seq an ack gives, or why there is none. */
function ackOf(reply: Msg): number | RingwireError {
  // No stream listens on the subject where this message arrived: no leader (no quorum?).
  if (reply.headers?.code === NO_RESPONDERS) return new NoStreamLeader();
  let ack: { seq?: unknown; error?: { description?: unknown } };
  try {
    ack = JSON.parse(Buffer.from(reply.data).toString()) as typeof ack;
  } catch {
    return unavailable('an unreadable acknowledgement');
  }
  if (ack.error) return refusal(String(ack.error.description));
  if (typeof ack.seq === 'number' && Number.isSafeInteger(ack.seq) && ack.seq > 0) return ack.seq;
  return unavailable('an acknowledgement without a seq');
}

/**
 * The header block of a publish, encoded by hand (the client's header object validates
 * and canonicalises every key on each use). `values` must be ASCII without CR or LF. The
 * client calls nothing but `encode()` on the headers of a publish.
 */
export function encodedHeaders(values: Readonly<Record<string, string>>): EncodedHeaders {
  let block = 'NATS/1.0\r\n';
  for (const [name, value] of Object.entries(values)) block += `${name}: ${value}\r\n`;
  const bytes = Buffer.from(`${block}\r\n`, 'latin1');
  return { encode: () => bytes } as unknown as EncodedHeaders;
}

/** The header that makes JetStream refuse a publish unless the subject's stream is `stream`. */
export const EXPECTED_STREAM_HEADER = 'Nats-Expected-Stream';

/** A stream's refusal: RING_FULL when it is full in reject mode, else STORE_UNAVAILABLE. */
function refusal(description: string): RingwireError {
  if (/maximum (messages|bytes)/.test(description)) {
    return new RingwireError(
      'RING_FULL',
      `the ring is full and refuses new messages (reject mode over JetStream: ${description})`,
    );
  }
  return unavailable(description);
}

function unavailable(why: string): RingwireError {
  return new RingwireError('STORE_UNAVAILABLE', `NATS JetStream did not take the message: ${why}`);
}

/** A publish that reached no stream (nothing subscribes to its subject): not stored. */
class NoStreamLeader extends RingwireError {
  constructor() {
    super(
      'STORE_UNAVAILABLE',
      'NATS JetStream did not take the message: no stream leader answered (no quorum?)',
    );
  }
}
