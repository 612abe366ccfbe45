import { setTimeout as sleep } from 'node:timers/promises';
import {
  DeliverPolicy,
  type ConsumerMessages,
  type JetStreamClient,
  type JsMsg,
} from '@nats-io/jetstream';
import { whenSettled } from './settling';

/**
 * How long a pull waits on the server. Its idle heartbeats come every half of it while the
 * stream has nothing new, so a live consumer is never silent for long.
 */
const PULL_EXPIRES_MS = 4000;
const HEARTBEAT_MS = PULL_EXPIRES_MS / 2;
/**
 * No message and no heartbeat in this many checks in a row, one per heartbeat interval: the
 * consumer is gone, a new one is made. Counted in checks, not in time since the last message,
 * so that an event loop busy for seconds (its timers run before the pending reads) is not
 * taken for a silent consumer.
 */
const SILENT_CHECKS = 3;
/** The pause between attempts to make a new consumer (its stream may have no leader yet). */
const RETRY_MS = 1000;

/** What a feed needs of its replica. */
export interface FeedContext {
  /** The JetStream client; throws while there is no connection. */
  js(): JetStreamClient;
  log(line: string): void;
}

/**
 * One stream read in order, from a seq on, by an ordered consumer that is made again from
 * the next seq whenever it falls silent.
 *
 * Why not leave that to nats.js: its ordered consumer is an R1 ephemeral consumer, on one
 * node of the stream's peers. When that node is killed, nats-server (2.9) keeps the consumer
 * and answers its info with "consumer is offline", while nats.js (3.x, `resetPendingWithInfo`)
 * makes a new consumer only on "consumer not found": it asks again every few seconds until
 * the node returns, delivering nothing. The replica then never applies a write again, and
 * every SET through this server times out waiting for it (issue 12's stalled writers).
 */
export class StreamFeed {
  readonly stream: string;
  readonly #deliver: (message: JsMsg) => void;
  readonly #context: FeedContext;
  #nextSeq: number;
  #messages: ConsumerMessages | undefined;
  /** Counts the consumers made: a message of one replaced since is not delivered. */
  #generation = 0;
  #heard = true;
  #silentChecks = 0;
  #renewing = false;
  #closed = false;
  #watchdog: NodeJS.Timeout | undefined;

  constructor(
    stream: string,
    fromSeq: number,
    deliver: (message: JsMsg) => void,
    context: FeedContext,
  ) {
    this.stream = stream;
    this.#nextSeq = fromSeq;
    this.#deliver = deliver;
    this.#context = context;
  }

  /** Makes the first consumer (throws when JetStream does not answer), then watches it. */
  async start(): Promise<void> {
    await this.#open();
    this.#watchdog = setInterval(() => this.#checkSilence(), HEARTBEAT_MS);
    this.#watchdog.unref();
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#watchdog);
    await this.#messages?.close();
  }

  async #open(): Promise<void> {
    const consumer = await whenSettled(() =>
      this.#context.js().consumers.get(this.stream, {
        deliver_policy: DeliverPolicy.StartSequence,
        opt_start_seq: this.#nextSeq,
      }),
    );
    const generation = ++this.#generation;
    const messages = await consumer.consume({
      callback: (message) => {
        if (generation !== this.#generation) return;
        this.#heard = true;
        this.#nextSeq = message.seq + 1;
        this.#deliver(message);
      },
      expires: PULL_EXPIRES_MS,
    });
    if (this.#closed) {
      await messages.close();
      return;
    }
    this.#messages = messages;
    this.#heard = true;
    void (async () => {
      for await (const status of messages.status()) {
        if (status.type === 'heartbeat' && generation === this.#generation) this.#heard = true;
      }
    })();
  }

  #checkSilence(): void {
    if (this.#renewing || this.#closed) return;
    this.#silentChecks = this.#heard ? 0 : this.#silentChecks + 1;
    this.#heard = false;
    if (this.#silentChecks < SILENT_CHECKS) return;
    this.#silentChecks = 0;
    this.#renewing = true;
    void this.#renew().finally(() => (this.#renewing = false));
  }

  async #renew(): Promise<void> {
    this.#generation++;
    void this.#messages?.close();
    this.#context.log(
      `stream ${this.stream}: its consumer is silent (lost with its NATS node?); reading on from seq ${this.#nextSeq} with a new one`,
    );
    while (!this.#closed) {
      try {
        await this.#open();
        return;
      } catch {
        await sleep(RETRY_MS);
      }
    }
  }
}
