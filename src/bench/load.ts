import { performance } from 'node:perf_hooks';
import type * as hdr from 'hdr-histogram-js';
import { errorCodeFromWire, RingwireError, type ErrorCode } from '../errors';
import { decodeServerFrame, newClientFrameEncoder, type v1 } from '../protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import type { InputDecoder } from '../protocol/message-framing';
import { openSocket } from '../client/socket-transport';
import { openNodeWebSocket } from '../client/node-websocket-transport';
import type { ClientTransport } from '../client/transport';
import { elapsedUs, newLatencyHistogram, report, type LoadReport } from './latency';

// A load generator in the spirit of redis-benchmark. It speaks the real protocol through the
// same codec as everyone else; only its bookkeeping is lean, so that one event loop can keep
// a server busy: request frames are encoded once per connection and reused, replies are
// classified from their first bytes (the id, then whether the body is an Error), and only
// errors are decoded in full. Each connection keeps exactly `pipeline` requests in flight
// and sends the replacements for one read's replies in one write.

export const OPERATIONS = ['set', 'get', 'get-after', 'mixed'] as const;
export type Operation = (typeof OPERATIONS)[number];

/** How load connections reach the server: TCP, or WebSocket on its HTTP port's /ws. */
export const TRANSPORTS = ['tcp', 'ws'] as const;
export type LoadTransport = (typeof TRANSPORTS)[number];

export interface LoadOptions {
  host: string;
  /** The protocol port, or with transport `ws` the HTTP port. */
  port: number;
  transport: LoadTransport;
  clients: number;
  pipeline: number;
  /** Stop after this many requests, or ... */
  requests?: number;
  /** ... after this many milliseconds. */
  durationMs?: number;
  /** SET payload size. */
  size: number;
  op: Operation;
  /** Share of SETs in `mixed`, 0 to 1. */
  ratio: number;
  /** Messages per GET. */
  count: number;
  name: string;
  /** Connections are spread over this many rings, `bench-0`, `bench-1`, ...; 1: the ring default. */
  rings: number;
  /**
   * The index of this run's first connection among all of a threaded run's (see threads.ts),
   * which names it and picks its ring; default 0.
   */
  firstClient?: number;
  /** Called about four times a second with the share done (0 to 1) and the rate so far. */
  onProgress?: (done: number, opsPerSec: number) => void;
}

export type { LoadReport } from './latency';

/** The report of a ringwire run: also the requests answered in each ring. */
export type RingwireLoadReport = LoadReport & {
  readonly requestsByRing: Readonly<Record<string, number>>;
};

/** The ring of connection `index` among `rings`; undefined for the ring default. */
export function benchRing(index: number, rings: number): string | undefined {
  return rings > 1 ? `bench-${index % rings}` : undefined;
}

/** The first protocol version with named rings. */
const RINGS_VERSION = 2;

/** A reply body starts with its id field; an Error's next tag is field 5, length-delimited. */
const ID_TAG = 0x08;
const ERROR_TAG = 0x2a;

/** Shared state of one run. */
class Run {
  readonly options: LoadOptions;
  readonly latencyUs = newLatencyHistogram();
  readonly errorCodes: Partial<Record<ErrorCode, number>> = {};
  readonly deadline: number;
  sent = 0;
  answered = 0;
  errors = 0;
  #over = false;
  #finish: (() => void) | undefined;
  #fail: ((error: RingwireError) => void) | undefined;
  /** Resolves when the run is done; rejects when the server closed a connection before. */
  readonly finished = new Promise<void>((resolve, reject) => {
    this.#finish = resolve;
    this.#fail = reject;
  });

  constructor(options: LoadOptions) {
    this.options = options;
    this.deadline =
      options.durationMs === undefined ? Infinity : performance.now() + options.durationMs;
  }

  /** Whether another request may be sent at `now`. */
  mayStart(now: number): boolean {
    if (this.options.requests !== undefined) return this.sent < this.options.requests;
    return now < this.deadline;
  }

  answer(now: number): void {
    this.answered++;
    if (this.answered === this.sent && !this.mayStart(now)) {
      this.#over = true;
      this.#finish?.();
    }
  }

  /** A connection ended before the run did: the run stops, naming the server's reason. */
  connectionLost(reason: RingwireError | undefined): void {
    if (this.#over) return;
    this.#over = true;
    const why = reason ? `: ${reason.message}` : '';
    this.#fail?.(
      new RingwireError(
        reason?.code ?? 'CONNECTION_CLOSED',
        `the server closed a connection after ${this.answered} requests completed${why}`,
      ),
    );
  }
}

/** Runs the load and reports throughput, latency percentiles, errors and requests per ring. */
export async function runLoad(options: LoadOptions): Promise<RingwireLoadReport> {
  return (await runMeasuredLoad(options)).report;
}

/** runLoad, with the latency histogram behind the report, for merging threads' runs. */
export async function runMeasuredLoad(
  options: LoadOptions,
): Promise<{ report: RingwireLoadReport; latencyUs: hdr.Histogram }> {
  const run = new Run(options);
  const first = options.firstClient ?? 0;
  const opened = await Promise.allSettled(
    Array.from({ length: options.clients }, (_, i) => LoadConnection.open(run, first + i)),
  );
  const connections = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const refused = opened.find((o) => o.status === 'rejected');
  if (refused) {
    for (const connection of connections) connection.close();
    throw refused.reason;
  }
  const started = performance.now();
  const progress = options.onProgress && setInterval(() => reportProgress(run, started), 250);
  for (const connection of connections) connection.start();
  try {
    await run.finished;
  } finally {
    if (progress) clearInterval(progress);
    for (const connection of connections) connection.close();
  }
  const durationMs = performance.now() - started;
  const requestsByRing: Record<string, number> = {};
  for (const { ring, answered } of connections) {
    const name = ring ?? 'default';
    requestsByRing[name] = (requestsByRing[name] ?? 0) + answered;
  }
  const counts = { requests: run.answered, errors: run.errors, errorCodes: run.errorCodes };
  return {
    report: { ...report(run.latencyUs, counts, durationMs), requestsByRing },
    latencyUs: run.latencyUs,
  };
}

function reportProgress(run: Run, started: number): void {
  const { requests, durationMs } = run.options;
  const elapsed = performance.now() - started;
  const done = requests !== undefined ? run.answered / requests : elapsed / (durationMs ?? 1);
  run.options.onProgress?.(Math.min(1, done), run.answered / (elapsed / 1000));
}

/** Opens the transport of one load connection: TCP, or a WebSocket on the server's /ws. */
function openTransport({ transport, host, port }: LoadOptions): Promise<ClientTransport> {
  if (transport === 'tcp') return openSocket(host, port, 0, undefined);
  return openNodeWebSocket(`ws://${host}:${port}/ws`, 0);
}

/** One connection: handshake, then `pipeline` requests in flight until the run ends. */
class LoadConnection {
  /** The ring this connection loads; undefined for the ring default. */
  readonly ring: string | undefined;
  /** Replies read, errors included. */
  answered = 0;
  readonly #run: Run;
  readonly #transport: ClientTransport;
  readonly #decoder: InputDecoder;
  /** Request frames by id (1..pipeline), encoded once; get-after frames are encoded per send. */
  readonly #frames: Buffer[] = [];
  readonly #sentAt: Float64Array;
  readonly #outbox: Buffer[] = [];
  #afterSeq = 0;
  #flushScheduled = false;
  /** The stream-level error the server sent before closing, if it did. */
  #closeReason: RingwireError | undefined;
  /** What input and a close mean now: the handshake's, then the run's. */
  #onInput: (input: Buffer) => void = () => {};
  #onClose: () => void = () => {};

  private constructor(run: Run, transport: ClientTransport, ring: string | undefined) {
    this.ring = ring;
    this.#run = run;
    this.#transport = transport;
    this.#decoder = transport.createDecoder(64 * 1024 * 1024);
    this.#sentAt = new Float64Array(run.options.pipeline + 1);
    const payload = Buffer.alloc(run.options.size, 0x78);
    for (let id = 1; id <= run.options.pipeline; id++) {
      const encoder = newClientFrameEncoder();
      encoder.add({ id, set: { payload, ring } });
      this.#frames[2 * id] = encoder.take();
      encoder.add({ id, get: { count: run.options.count, ring } });
      this.#frames[2 * id + 1] = encoder.take();
    }
    transport.listen({ data: (input) => this.#onInput(input), close: () => this.#onClose() });
  }

  static async open(run: Run, index: number): Promise<LoadConnection> {
    const { name, rings } = run.options;
    const connection = new LoadConnection(
      run,
      await openTransport(run.options),
      benchRing(index, rings),
    );
    await connection.#handshake(`${name}-${index}`);
    return connection;
  }

  #handshake(clientName: string): Promise<void> {
    const { host, port } = this.#run.options;
    return new Promise((resolve, reject) => {
      this.#onClose = () =>
        reject(
          new RingwireError(
            'CONNECTION_CLOSED',
            `the server at ${host}:${port} closed the connection during the handshake`,
          ),
        );
      this.#onInput = (input) =>
        this.#decoder.push(input, (body) => {
          const frame = decodeServerFrame(body);
          if (frame.body !== 'welcome') {
            const code = errorCodeFromWire(frame.error?.code ?? 0);
            reject(
              new RingwireError(
                code,
                `the server refused the handshake: ${frame.error?.message ?? frame.body}`,
              ),
            );
          } else if (this.ring !== undefined && (frame.welcome.version ?? 0) < RINGS_VERSION) {
            this.#transport.destroy();
            reject(
              new RingwireError(
                'UNSUPPORTED_REQUEST',
                'the server speaks protocol version 1: no named rings (--rings)',
              ),
            );
          } else {
            this.#onInput = () => {};
            this.#onClose = () => {};
            resolve();
          }
        });
      const hello = newClientFrameEncoder();
      hello.add({
        id: 1,
        hello: { minVersion: PROTOCOL_VERSION_MIN, maxVersion: PROTOCOL_VERSION_MAX, clientName },
      });
      this.#transport.write(hello.take());
    });
  }

  start(): void {
    this.#onInput = (input) => this.#onData(input);
    this.#onClose = () => this.#run.connectionLost(this.#closeReason);
    const now = performance.now();
    for (let id = 1; id <= this.#run.options.pipeline && this.#run.mayStart(now); id++)
      this.#send(id, now);
    this.#flush();
  }

  close(): void {
    this.#onClose = () => {};
    this.#transport.destroy();
  }

  #onData(chunk: Buffer): void {
    try {
      this.#readReplies(chunk);
    } catch (error) {
      this.#closeReason ??= error instanceof RingwireError ? error : undefined;
      this.#transport.destroy();
    }
  }

  #readReplies(chunk: Buffer): void {
    // One clock reading per read: every reply in it arrived together.
    const now = performance.now();
    this.#decoder.push(chunk, (body) => {
      // A frame the server sent on its own (no id: a stream error before it closes).
      if (body[0] !== ID_TAG) {
        this.#closeReason ??= this.#countError(body);
        return;
      }
      // body: 08 <id varint> <tag of the reply>
      let at = 1;
      let id = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = body[at++];
        id |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
      }
      const run = this.#run;
      run.latencyUs.recordValue(elapsedUs(this.#sentAt[id], now));
      if (body[at] === ERROR_TAG) this.#countError(body);
      this.answered++;
      run.answer(now);
      if (run.mayStart(now)) this.#send(id, now);
    });
    this.#flushSoon();
  }

  #countError(body: Buffer): RingwireError {
    const run = this.#run;
    run.errors++;
    const { error } = decodeServerFrame(body);
    const code = errorCodeFromWire(error?.code ?? 0);
    run.errorCodes[code] = (run.errorCodes[code] ?? 0) + 1;
    return new RingwireError(code, error?.message ?? 'unknown error');
  }

  /** Queues request `id` for this read's write; `now` is when that write goes out. */
  #send(id: number, now: number): void {
    const run = this.#run;
    run.sent++;
    this.#sentAt[id] = now;
    this.#outbox.push(this.#frameFor(id));
  }

  #frameFor(id: number): Buffer {
    const { op, ratio, count } = this.#run.options;
    switch (op) {
      case 'set':
        return this.#frames[2 * id];
      case 'get':
        return this.#frames[2 * id + 1];
      case 'mixed':
        return this.#frames[2 * id + (Math.random() < ratio ? 0 : 1)];
      case 'get-after': {
        // A reader walking forward through what the server holds, from the start again at the end.
        const encoder = newClientFrameEncoder();
        encoder.add({
          id,
          get: { count, afterSeq: this.#afterSeq, ring: this.ring },
        } satisfies v1.ClientFrame.$Properties);
        this.#afterSeq = (this.#afterSeq + count) % AFTER_SEQ_SPAN;
        return encoder.take();
      }
    }
  }

  /**
   * After every reply of this read: where ws reads a WebSocket's messages (the rare frames the
   * Node transport leaves to it) it hands each over on its own, but all those of one socket
   * read in the same turn, so their requests still leave in one write.
   */
  #flushSoon(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => {
      this.#flushScheduled = false;
      this.#flush();
    });
  }

  #flush(): void {
    const outbox = this.#outbox;
    if (outbox.length === 0) return;
    this.#transport.write(outbox.length === 1 ? outbox[0] : Buffer.concat(outbox));
    outbox.length = 0;
  }
}

/** get-after reads cycle through the first seqs; preload at least this many messages. */
export const AFTER_SEQ_SPAN = 10_000;
