import { RingwireError } from '../errors';
import type { SubscribeFrom, SubscriptionEvent } from './types';

/** What a subscription needs from its client. */
export interface SubscriptionHost {
  unsubscribe(): Promise<void>;
  /** Stop or restart reading from the server: backpressure for a consumer that lags. */
  setReading(reading: boolean): void;
}

/**
 * Live messages of one ring as an async iterator:
 *
 *   for await (const event of client.subscribe({ ring: 'jobs', from: 'oldest' })) {
 *     if (event.type === 'message') console.log(event.message.seq);
 *   }
 *
 * Events carry no ring name: `subscription.ring` is the ring they all belong to.
 * Events queue until the loop takes them; past `maxQueued` the client stops reading from the
 * server until the loop catches up. Leaving the loop (break, return, throw) unsubscribes.
 * The loop ends after `unsubscribe()` or `client.close()`, and throws the RingwireError that
 * ended the connection otherwise. When a client that reconnects (see `ConnectOptions.reconnect`)
 * loses its connection, the subscription is made again on the new one from the seq after the
 * last event it received, so the loop goes on without a seam.
 */
export class Subscription implements AsyncIterable<SubscriptionEvent> {
  /** The ring this subscription follows (`default` when none was named). */
  readonly ring: string;
  /** The first seq the subscription delivers, once the server has confirmed it. */
  readonly started: Promise<bigint>;
  #confirmStart: ((startSeq: bigint) => void) | undefined;
  #refuseStart: ((error: RingwireError) => void) | undefined;
  /** Where the subscription starts when it is made again: after the last event received. */
  #resumeFrom: SubscribeFrom;
  readonly #host: SubscriptionHost;
  readonly #maxQueued: number;
  readonly #queue: SubscriptionEvent[] = [];
  #wake: (() => void) | undefined;
  #ended = false;
  #error: RingwireError | undefined;
  #paused = false;

  /** @internal created by Client.subscribe */
  constructor(ring: string, from: SubscribeFrom, host: SubscriptionHost, maxQueued: number) {
    this.ring = ring;
    this.#resumeFrom = from;
    this.#host = host;
    this.#maxQueued = maxQueued;
    this.started = new Promise((resolve, reject) => {
      this.#confirmStart = resolve;
      this.#refuseStart = reject;
    });
    // Read by the user or not: an unread refusal must not be an unhandled rejection.
    this.started.catch(() => {});
  }

  /** @internal where a subscription made again on a new connection starts */
  get resumeFrom(): SubscribeFrom {
    return this.#resumeFrom;
  }

  /** @internal the server confirmed the subscription (again, after a reconnect) */
  confirm(startSeq: bigint): void {
    this.#resumeFrom = startSeq;
    this.#confirmStart?.(startSeq);
    this.#confirmStart = this.#refuseStart = undefined;
  }

  /** Stops the pushes; the loop ends after the events already received. */
  async unsubscribe(): Promise<void> {
    if (this.#ended) return;
    await this.#host.unsubscribe();
    this.end();
  }

  /** @internal an event from the server */
  deliver(event: SubscriptionEvent): void {
    if (this.#ended) return;
    if (event.type === 'message') this.#resumeFrom = event.message.seq + 1n;
    else if (event.type === 'lost') this.#resumeFrom = event.resumeSeq;
    this.#queue.push(event);
    if (!this.#paused && this.#queue.length >= this.#maxQueued) this.#setPaused(true);
    this.#wakeUp();
  }

  /** @internal no more events: cleanly, or with the error that ended the connection */
  end(error?: RingwireError): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#error = error;
    this.#refuseStart?.(error ?? new RingwireError('CONNECTION_CLOSED', 'the client was closed'));
    this.#confirmStart = this.#refuseStart = undefined;
    this.#setPaused(false);
    this.#wakeUp();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<SubscriptionEvent> {
    try {
      for (;;) {
        const event = this.#queue.shift();
        if (event) {
          if (this.#paused && this.#queue.length <= this.#maxQueued / 2) this.#setPaused(false);
          yield event;
        } else if (this.#ended) {
          if (this.#error) throw this.#error;
          return;
        } else {
          await new Promise<void>((resolve) => (this.#wake = resolve));
        }
      }
    } finally {
      if (!this.#ended) await this.unsubscribe().catch(() => this.end());
    }
  }

  #setPaused(paused: boolean): void {
    if (paused === this.#paused) return;
    this.#paused = paused;
    this.#host.setReading(!paused);
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
