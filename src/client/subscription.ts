import { RingwireError } from '../errors';
import type { SubscriptionEvent } from './types';

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
 * ended the connection otherwise.
 */
export class Subscription implements AsyncIterable<SubscriptionEvent> {
  /** The ring this subscription follows (`default` when none was named). */
  readonly ring: string;
  /** The first seq the subscription delivers, once the server has confirmed it. */
  readonly started: Promise<bigint>;
  readonly #host: SubscriptionHost;
  readonly #maxQueued: number;
  readonly #queue: SubscriptionEvent[] = [];
  #wake: (() => void) | undefined;
  #ended = false;
  #error: RingwireError | undefined;
  #paused = false;

  /** @internal created by Client.subscribe */
  constructor(ring: string, host: SubscriptionHost, started: Promise<bigint>, maxQueued: number) {
    this.ring = ring;
    this.#host = host;
    this.#maxQueued = maxQueued;
    this.started = started;
    started.catch((error: RingwireError) => this.end(error));
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
    this.#queue.push(event);
    if (!this.#paused && this.#queue.length >= this.#maxQueued) this.#setPaused(true);
    this.#wakeUp();
  }

  /** @internal no more events: cleanly, or with the error that ended the connection */
  end(error?: RingwireError): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#error = error;
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
