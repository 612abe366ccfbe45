import { connect as connectTcp, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { IntegerFlag } from '../cli/flags';
import { connect, type Client } from '../client';
import { openSocket } from '../client/socket-transport';
import type { ClientTransport } from '../client/transport';
import { errorCodeFromWire, RingwireError } from '../errors';
import { decodeServerFrame, newClientFrameEncoder, type v1 } from '../protocol/codec';
import { PROTOCOL_VERSION_MAX, PROTOCOL_VERSION_MIN } from '../protocol/constants';
import { benchRing } from './load';

// Fan-out, a ring server's everyday load: one writer keeps `pipeline` SETs in flight, request
// i to ring i mod `rings`, while `subscribers` readers follow the rings (subscriber j on ring
// j mod `rings`). The driver is shared by ringwire's side (./bench --workload fanout) and the
// Redis and NATS sides of `make compare`, so all three count alike: what each subscriber
// received, what it was told it lost, and, after the writer stops, whether it caught up.

export interface FanoutOptions {
  subscribers: number;
  rings: number;
  pipeline: number;
  durationMs: number;
  size: number;
  /** How long subscribers may take to catch up after the writer stops. */
  drainMs?: number;
}

export interface FanoutReport {
  readonly workload: 'fanout';
  readonly subscribers: number;
  readonly rings: number;
  /** Messages the writer stored (acknowledged). */
  readonly writes: number;
  /** Messages received, over every subscriber. */
  readonly delivered: number;
  /** From the writer's start to the last subscriber's catching up (or the drain's end). */
  readonly durationMs: number;
  readonly deliveredPerSec: number;
  /** Messages subscribers were told they lost (the ring overwrote them first). */
  readonly lost: number;
  /** Subscribers that had neither received nor lost every message when the drain ended. */
  readonly laggingSubscribers: number;
  /** The load generator's own CPU time over the run, as a share of one core (1: saturated). */
  readonly loadCpuShare: number;
}

/** One reader, following ring `ring` from the moment it was opened. */
export interface FanoutSubscriber {
  readonly ring: number;
  received: number;
  lost: number;
  close(): Promise<void>;
}

/** The writer: `start` begins writing, `stop` ends it and gives the writes acknowledged per ring. */
export interface FanoutWriter {
  start(): void;
  stop(): Promise<number[]>;
  close(): Promise<void>;
}

export interface FanoutTarget {
  openSubscriber(ring: number, index: number): Promise<FanoutSubscriber>;
  openWriter(): Promise<FanoutWriter>;
}

const DEFAULT_DRAIN_MS = 5000;

/** --subscribers, of ./bench --workload fanout and of the rivals' fan-out program. */
export const SUBSCRIBERS_FLAG: IntegerFlag = {
  name: 'subscribers',
  type: 'integer',
  default: 100,
  min: 1,
  max: 10_000,
  placeholder: 'S',
  help: 'fanout: subscriber connections, subscriber i on ring i mod --rings',
};

/** How many rings (streams, subjects) the load spreads over; each program says what they are. */
export const RINGS_FLAG: IntegerFlag = {
  name: 'rings',
  type: 'integer',
  default: 1,
  min: 1,
  max: 10_000,
  placeholder: 'K',
  help: 'rings',
};

/** A TCP connection to a rival server on 127.0.0.1, for the Redis and NATS fan-out clients. */
export function openLocalSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp({ host: '127.0.0.1', port, noDelay: true });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      socket.on('error', () => {}); // what waits on the socket learns of it from 'close'
      resolve(socket);
    });
  });
}

/** Destroys a socket; resolves once it closed. */
export function closeSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) return resolve();
    socket.once('close', () => resolve());
    socket.destroy();
  });
}

/** Runs the fan-out load against one target and reports what was delivered. */
export async function runFanout(
  target: FanoutTarget,
  options: FanoutOptions,
): Promise<FanoutReport> {
  const subscribers: FanoutSubscriber[] = [];
  let writer: FanoutWriter | undefined;
  try {
    for (let i = 0; i < options.subscribers; i++)
      subscribers.push(await target.openSubscriber(i % options.rings, i));
    writer = await target.openWriter();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    writer.start();
    await sleep(options.durationMs);
    const writtenByRing = await writer.stop();
    const caughtUp = (s: FanoutSubscriber): boolean => s.received + s.lost >= writtenByRing[s.ring];
    const drainUntil = performance.now() + (options.drainMs ?? DEFAULT_DRAIN_MS);
    while (!subscribers.every(caughtUp) && performance.now() < drainUntil) await sleep(5);
    const durationMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const delivered = subscribers.reduce((sum, s) => sum + s.received, 0);
    return {
      workload: 'fanout',
      subscribers: options.subscribers,
      rings: options.rings,
      writes: writtenByRing.reduce((a, b) => a + b, 0),
      delivered,
      durationMs,
      deliveredPerSec: delivered / (durationMs / 1000),
      lost: subscribers.reduce((sum, s) => sum + s.lost, 0),
      laggingSubscribers: subscribers.filter((s) => !caughtUp(s)).length,
      loadCpuShare: (cpu.user + cpu.system) / 1000 / durationMs,
    };
  } finally {
    await writer?.close();
    await Promise.all(subscribers.map((s) => s.close()));
  }
}

/**
 * Keeps `pipeline` writes in flight through `write(ring)` until stopped; counts the
 * acknowledged writes per ring. Shared by the three targets' writers.
 */
export function pipelinedWriter(
  rings: number,
  pipeline: number,
  write: (ring: number) => Promise<unknown>,
): Pick<FanoutWriter, 'start' | 'stop'> {
  const written = new Array<number>(rings).fill(0);
  let next = 0;
  let stopping = false;
  const lanes: Promise<void>[] = [];
  const lane = async (): Promise<void> => {
    while (!stopping) {
      const ring = next++ % rings;
      await write(ring);
      written[ring]++;
    }
  };
  return {
    start: () => {
      for (let i = 0; i < pipeline; i++) lanes.push(lane());
    },
    stop: async () => {
      stopping = true;
      await Promise.all(lanes);
      return written;
    },
  };
}

/** A ServerFrame whose body is a Push (field 12, length-delimited), and a Push's message (1). */
const PUSH_TAG = 0x62;
const PUSH_MESSAGE_TAG = 0x0a;

/**
 * A ringwire subscriber that counts pushes from their first bytes, decoding in full only what
 * is not a message (a Lost), so that 100 of them in one Node thread keep up with the server.
 * A pushed message without an id reads `62 <length varint> 0a ...`.
 */
class PushCounter implements FanoutSubscriber {
  received = 0;
  lost = 0;
  readonly ring: number;
  readonly #transport: ClientTransport;
  #onFrame: (body: Buffer) => void = () => {};
  #onClose: () => void = () => {};

  private constructor(ring: number, transport: ClientTransport) {
    this.ring = ring;
    this.#transport = transport;
    const decoder = transport.createDecoder(64 * 1024 * 1024);
    transport.listen({
      data: (input) => decoder.push(input, (body) => this.#onFrame(body)),
      close: () => this.#onClose(),
    });
  }

  static async open(
    host: string,
    port: number,
    ring: number,
    ringName: string | undefined,
    clientName: string,
  ): Promise<PushCounter> {
    const counter = new PushCounter(ring, await openSocket(host, port, 0, undefined));
    const hello = {
      minVersion: PROTOCOL_VERSION_MIN,
      maxVersion: PROTOCOL_VERSION_MAX,
      clientName,
    };
    await counter.#exchange({ id: 1, hello }, 'welcome');
    await counter.#exchange({ id: 2, subscribe: { ring: ringName } }, 'subscribe');
    counter.#onFrame = (body) => counter.#count(body);
    return counter;
  }

  close(): Promise<void> {
    this.#onClose = () => {};
    this.#transport.destroy();
    return Promise.resolve();
  }

  /** Sends one request and waits for its reply, which must be `expected`. */
  #exchange(frame: v1.ClientFrame.$Properties, expected: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#onClose = () =>
        reject(new RingwireError('CONNECTION_CLOSED', `the server closed before its ${expected}`));
      this.#onFrame = (body) => {
        const reply = decodeServerFrame(body);
        if (reply.body === expected) resolve();
        else
          reject(
            new RingwireError(
              errorCodeFromWire(reply.error?.code ?? 0),
              `the server answered ${reply.body} instead of ${expected}: ${reply.error?.message ?? ''}`,
            ),
          );
      };
      const encoder = newClientFrameEncoder();
      encoder.add(frame);
      this.#transport.write(encoder.take());
    });
  }

  #count(body: Buffer): void {
    if (body[0] !== PUSH_TAG) return;
    let at = 1;
    while (body[at] >= 0x80) at++; // the push's length varint
    if (body[at + 1] === PUSH_MESSAGE_TAG) {
      this.received++;
      return;
    }
    const lost = decodeServerFrame(body).push?.lost;
    if (lost) this.lost += Number(lost.count);
  }
}

/**
 * ringwire as a fan-out target: rings bench-0.. (or default with one); the writer on
 * `writerPort` (another server sharing the rings) when given.
 */
export function ringwireFanoutTarget(
  host: string,
  port: number,
  options: FanoutOptions,
  writerPort = port,
): FanoutTarget {
  const ringName = (ring: number): string | undefined => benchRing(ring, options.rings);
  return {
    openSubscriber: (ring, index) =>
      PushCounter.open(host, port, ring, ringName(ring), `fanout-${index}`),
    async openWriter() {
      const client: Client = await connect({
        host,
        port: writerPort,
        name: 'fanout-writer',
        timeoutMs: 0,
      });
      const payload = Buffer.alloc(options.size, 0x78);
      const writer = pipelinedWriter(options.rings, options.pipeline, (ring) =>
        client.set(payload, { ring: ringName(ring) }),
      );
      return { ...writer, close: () => client.close() };
    },
  };
}
