import { createInbox, type Msg, type MsgHdrs, type NatsConnection } from '@nats-io/nats-core';
import { RingwireError } from '../../errors';

/** How often the oldest publishes are checked against their deadline. */
const DEADLINE_CHECK_MS = 100;

/** A header block of a publish, already encoded (see `encodedHeaders`). */
export type EncodedHeaders = MsgHdrs;

interface PendingAck {
  readonly resolve: (seq: number) => void;
  readonly reject: (error: RingwireError) => void;
  readonly deadline: number;
}

/**
 * Publishes to JetStream streams and resolves with the seq of each ack: JetStream's publish
 * protocol (a core NATS publish whose reply subject gets the ack) over one inbox subscription
 * and one deadline timer for every publish in flight. The Node client's `js.publish` makes a
 * request object, a timer and two Error objects with stack traces per publish, which took a
 * third of a ringwire server's time under a SET load.
 */
export class JetStreamPublisher {
  readonly #connection: NatsConnection;
  readonly #timeoutMs: number;
  readonly #inboxPrefix: string;
  readonly #pending = new Map<number, PendingAck>();
  #nextToken = 1;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(connection: NatsConnection, timeoutMs: number) {
    this.#connection = connection;
    this.#timeoutMs = timeoutMs;
    this.#inboxPrefix = `${createInbox()}.`;
    connection.subscribe(`${this.#inboxPrefix}*`, {
      callback: (error, message) => {
        if (!error) this.#acknowledged(message);
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
    if (this.#closed) return Promise.reject(unavailable('the connection to NATS is closed'));
    const token = this.#nextToken++;
    const acked = new Promise<number>((resolve, reject) => {
      this.#pending.set(token, { resolve, reject, deadline: performance.now() + this.#timeoutMs });
    });
    try {
      this.#connection.publish(subject, data, { reply: `${this.#inboxPrefix}${token}`, headers });
    } catch (error) {
      this.#settle(token, unavailable(String(error)));
    }
    this.#timer ??= setInterval(() => this.#expire(), DEADLINE_CHECK_MS).unref();
    return acked;
  }

  /** Fails every publish still waiting (the store is closing). */
  close(): void {
    this.#closed = true;
    for (const token of [...this.#pending.keys()]) {
      this.#settle(token, unavailable('the connection to NATS is closed'));
    }
  }

  #acknowledged(message: Msg): void {
    const token = Number(message.subject.slice(this.#inboxPrefix.length));
    if (!this.#pending.has(token)) return;
    // No stream listens on the subject where this message arrived: no leader (no quorum?).
    if (message.headers?.code === 503) {
      this.#settle(token, unavailable('no stream leader answered (no quorum?)'));
      return;
    }
    let ack: { seq?: unknown; error?: { description?: unknown } };
    try {
      ack = JSON.parse(Buffer.from(message.data).toString()) as typeof ack;
    } catch {
      this.#settle(token, unavailable('an unreadable acknowledgement'));
      return;
    }
    if (ack.error) {
      this.#settle(token, refusal(String(ack.error.description)));
    } else if (typeof ack.seq === 'number' && Number.isSafeInteger(ack.seq) && ack.seq > 0) {
      this.#settle(token, ack.seq);
    } else {
      this.#settle(token, unavailable('an acknowledgement without a seq'));
    }
  }

  #settle(token: number, outcome: number | RingwireError): void {
    const pending = this.#pending.get(token);
    if (!pending) return;
    this.#pending.delete(token);
    if (typeof outcome === 'number') pending.resolve(outcome);
    else pending.reject(outcome);
    if (this.#pending.size === 0) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  /** Publishes are kept in the order sent, and all wait as long: the expired ones come first. */
  #expire(): void {
    const now = performance.now();
    for (const [token, { deadline }] of this.#pending) {
      if (deadline > now) return;
      this.#settle(token, unavailable(`no acknowledgement within ${this.#timeoutMs} ms`));
    }
  }
}

/**
 * The header block of a publish, encoded once by hand (the client's header object validates
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
