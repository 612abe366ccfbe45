import type { ErrorCode } from '../errors';
import { LatencyHistogram } from '../http/latency-histogram';
import type { ClientFrame } from '../protocol/codec';
import type { RingFigures } from '../ring/ring';
import type { PersistenceFigures } from '../store/persistence';

/** What the server counts for STATS, beyond what the ring knows. */
export interface ServerStats {
  readonly uptimeMs: number;
  readonly connections: number;
  readonly subscribers: number;
  /** Requests answered, by type ("set", "get", ...). */
  readonly requests: ReadonlyMap<string, number>;
  /** Error frames sent, by code. */
  readonly errors: ReadonlyMap<string, number>;
  /** STATS' ring_* fields describe the ring `default`. */
  readonly defaultRing: RingFigures;
  /** Rings held, and their messages and payload bytes. */
  readonly rings: number;
  readonly totalMessages: number;
  readonly totalBytes: number;
  /** With --data-dir: the data directory's figures. */
  readonly persistence?: PersistenceFigures;
}

/** Request type names as STATS and /metrics count them: the proto's field names. */
export const REQUEST_NAMES: Readonly<Record<NonNullable<ClientFrame['body']>, string>> = {
  hello: 'hello',
  auth: 'auth',
  set: 'set',
  get: 'get',
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  update: 'update',
  delete: 'delete',
  ping: 'ping',
  stats: 'stats',
  listRings: 'list_rings',
};

/**
 * Running totals since the server started. The hot path only increments plain numbers here;
 * /metrics and STATS read them when asked.
 */
export class ServerCounters {
  readonly #requests: Record<string, number> = {};
  readonly #latency: Record<string, LatencyHistogram> = {};
  readonly errors = new Map<string, number>();
  /** Every fdatasync of the rings' logs (--data-dir). */
  readonly fsyncDuration = new LatencyHistogram();
  /** Every acknowledged publish to JetStream (--store nats://), publish to ack. */
  readonly jetStreamRoundTrip = new LatencyHistogram();
  connectionsOpened = 0;
  /** Connections closed before they completed the handshake (TLS or ringwire). */
  handshakeFailures = 0;
  /**
   * Whether requests are timed (batchAnswered): only /metrics shows their latency, so a server
   * without the HTTP port saves the two clock reads per batch.
   */
  readonly timesRequests: boolean;

  constructor(timesRequests = true) {
    this.timesRequests = timesRequests;
  }

  /** Counted on every request: a property increment, not a map update. */
  request(type: string): void {
    this.#requests[type] = (this.#requests[type] ?? 0) + 1;
  }

  /**
   * One batch of requests took `seconds` from its decoding to its replies being queued: each
   * request counts that time (one clock reading per batch, not two per request). A run of
   * requests of one type, the common pipelined case, is one histogram update.
   */
  batchAnswered(batch: readonly ClientFrame[], seconds: number): void {
    let runType: ClientFrame['body'] = undefined;
    let runLength = 0;
    for (const frame of batch) {
      if (frame.body === runType) {
        runLength++;
        continue;
      }
      this.#observe(runType, seconds, runLength);
      runType = frame.body;
      runLength = 1;
    }
    this.#observe(runType, seconds, runLength);
  }

  #observe(body: ClientFrame['body'], seconds: number, times: number): void {
    if (body === undefined || times === 0) return;
    const type = REQUEST_NAMES[body];
    (this.#latency[type] ??= new LatencyHistogram()).observe(seconds, times);
  }

  get requests(): ReadonlyMap<string, number> {
    return new Map(Object.entries(this.#requests));
  }

  get requestLatency(): ReadonlyMap<string, LatencyHistogram> {
    return new Map(Object.entries(this.#latency));
  }

  error(code: ErrorCode): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }
}
