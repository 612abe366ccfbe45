import type { RingwireError } from '../errors';
import { ServerFrameEncoder } from '../protocol/server-frame-encoder';

/**
 * Batches one connection may have answered while their writes still settle (a publish to
 * NATS JetStream, a durable commit). Enough for a client that keeps 16 requests in flight
 * and sends each alone; each holds its replies and what it writes to the store.
 */
export const MAX_SETTLING_BATCHES = 16;
/**
 * The input those batches may come from, at most: what their writes hold until they settle
 * (payload copies in flight to JetStream) stays within two full reads per connection.
 */
export const MAX_SETTLING_INPUT_BYTES = 128 * 1024;
/** Encoders kept for reuse once their batch left: a few, not one per batch ever held. */
const SPARE_ENCODERS = 2;

interface SettlingBatch {
  readonly out: ServerFrameEncoder;
  readonly bytes: number;
  readonly inputBytes: number;
  settled: boolean;
  /** A stream-level error the batch ended with: the connection fails once its replies left. */
  failure: RingwireError | undefined;
}

/**
 * The replies of answered batches that wait for their writes to settle, in request order.
 * Each batch keeps the encoder it was answered into (its replies are rewritten there as its
 * writes settle); the connection goes on answering later batches into another one, whose
 * frames leave only after every held batch's.
 */
export class SettlingReplies {
  readonly #batches: SettlingBatch[] = [];
  readonly #spare: ServerFrameEncoder[] = [];
  /** Bytes of the held replies, for the connection's output bound. */
  bytes = 0;
  #inputBytes = 0;

  get length(): number {
    return this.#batches.length;
  }

  get full(): boolean {
    return (
      this.#batches.length >= MAX_SETTLING_BATCHES || this.#inputBytes >= MAX_SETTLING_INPUT_BYTES
    );
  }

  /**
   * Holds `out` (the batch's replies and any frames added before them), answered from
   * `inputBytes` of input, until `settle` is called; returns the encoder for what comes
   * after, and the call that settles the batch.
   */
  hold(
    out: ServerFrameEncoder,
    inputBytes: number,
  ): {
    next: ServerFrameEncoder;
    settle: (failure: RingwireError | undefined) => void;
  } {
    const batch: SettlingBatch = {
      out,
      bytes: out.byteLength,
      inputBytes,
      settled: false,
      failure: undefined,
    };
    this.#batches.push(batch);
    this.bytes += batch.bytes;
    this.#inputBytes += inputBytes;
    const settle = (failure: RingwireError | undefined): void => {
      batch.settled = true;
      batch.failure = failure;
    };
    return { next: this.#spare.pop() ?? new ServerFrameEncoder(), settle };
  }

  /**
   * Writes the held batches, oldest first, as far as they have settled; stops after one that
   * failed and returns its failure.
   */
  writeSettled(write: (frames: Buffer) => boolean): RingwireError | undefined {
    const batches = this.#batches;
    while (batches.length > 0 && batches[0].settled) {
      const { out, bytes, inputBytes, failure } = batches.shift() as SettlingBatch;
      this.bytes -= bytes;
      this.#inputBytes -= inputBytes;
      if (out.count > 0) out.writeTo(write);
      if (this.#spare.length < SPARE_ENCODERS) this.#spare.push(out);
      if (failure) return failure;
    }
    return undefined;
  }

  /** Drops every held batch (the connection is failing); whether there were any. */
  clear(): boolean {
    const held = this.#batches.length > 0;
    this.#batches.length = 0;
    this.bytes = 0;
    this.#inputBytes = 0;
    return held;
  }
}
