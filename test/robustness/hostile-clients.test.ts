import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect as netConnect, type Socket } from 'node:net';
import { connect, type Client } from '../../src/client';
import { errorCodeFromWire, type ErrorCode } from '../../src/errors';
import { writeFrameHeader } from '../../src/protocol/framing';
import { exitOf, spawnServer } from '../helpers/processes';
import { encodeClientFrames, helloFor, RawConnection } from '../helpers/raw-connection';
import { waitFor } from '../helpers/wait';

// The hostile-client battery (docs/SECURITY.md lists what each case yields). One real
// ./server process takes every attack in turn; after each one it must still be alive, its
// RSS must stay within RSS_GROWTH_BOUND_MB of where it started, and every SET acknowledged
// to the witness before or during the attacks must still be readable at the end.

const HANDSHAKE_TIMEOUT_MS = 1000;
const IDLE_TIMEOUT_MS = 2000;
const FRAME_TIMEOUT_MS = 1000;
const SERVER_FLAGS = [
  '--quiet',
  '--capacity',
  '300000',
  '--handshake-timeout-ms',
  String(HANDSHAKE_TIMEOUT_MS),
  '--idle-timeout-ms',
  String(IDLE_TIMEOUT_MS),
  '--frame-timeout-ms',
  String(FRAME_TIMEOUT_MS),
  '--write-timeout-ms',
  '1000',
  '--max-output-bytes',
  String(8 * 1024 * 1024),
  '--http-port',
  '0',
];
/** The whole battery's RSS growth allowance, stored messages included. */
const RSS_GROWTH_BOUND_MB = 150;
/** A round trip that takes longer than this under attack means the attack starved others. */
const ROUND_TRIP_BOUND_MS = 5000;

jest.setTimeout(60_000);

let server: ChildProcess;
let port: number;
/** The HTTP port must keep answering while the protocol port is under attack. */
let httpPort: number;
let witness: Client;
let baselineRssMb: number;
/** RSS after each case, for the summary line (docs/SECURITY.md quotes it). */
const rssAfter: [string, number][] = [];
const acknowledged = new Map<bigint, string>();

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
}

/** The witness stores a message and remembers what was acknowledged. */
async function witnessSet(label: string): Promise<void> {
  const text = `witness ${label} ${acknowledged.size}`;
  acknowledged.set(await witness.set(text), text);
}

const header = (length: number): Buffer => {
  const bytes = Buffer.alloc(4);
  writeFrameHeader(bytes, 0, length);
  return bytes;
};

/** Reads frames until the server closes; returns the error code it sent last, if any. */
async function closingCode(raw: RawConnection, timeoutMs = 10_000): Promise<ErrorCode | undefined> {
  let code: ErrorCode | undefined;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let frame;
    try {
      frame = await raw.next(Math.max(1, deadline - Date.now()));
    } catch {
      break;
    }
    if (frame.body === 'error') code = errorCodeFromWire(frame.error?.code ?? 0);
  }
  await raw.waitClosed(Math.max(1, deadline - Date.now()));
  return code;
}

beforeAll(async () => {
  let http: number | undefined;
  ({ child: server, port, httpPort: http } = await spawnServer(SERVER_FLAGS));
  httpPort = http as number;
  witness = await connect({ port, name: 'witness' });
  await witnessSet('before');
  baselineRssMb = rssMb(server.pid as number);
});

afterEach(async () => {
  // No crash, still serving, memory bounded; and the witness keeps storing during the battery.
  expect(server.exitCode).toBeNull();
  const name = expect.getState().currentTestName ?? 'case';
  await witnessSet(name);
  for (const path of ['/healthz', '/readyz', '/metrics']) {
    const response = await fetch(`http://127.0.0.1:${httpPort}${path}`, {
      signal: AbortSignal.timeout(ROUND_TRIP_BOUND_MS),
    });
    expect([path, response.status]).toEqual([path, 200]);
    await response.arrayBuffer();
  }
  const rss = rssMb(server.pid as number);
  rssAfter.push([name, rss]);
  expect(rss - baselineRssMb).toBeLessThan(RSS_GROWTH_BOUND_MB);
});

afterAll(async () => {
  const peak = Math.max(...rssAfter.map(([, rss]) => rss));
  process.stderr.write(
    `robustness: server RSS ${baselineRssMb.toFixed(1)} MB before, peak ${peak.toFixed(1)} MB after a case, ` +
      `${acknowledged.size} acknowledged SETs checked\n` +
      rssAfter.map(([name, rss]) => `  ${rss.toFixed(1)} MB  ${name}\n`).join(''),
  );
  await witness?.close();
  server.kill('SIGTERM');
  expect(await exitOf(server)).toBe(0);
});

describe('hostile clients', () => {
  it('a 4 GiB length prefix: FRAME_TOO_LARGE, closed, nothing buffered', async () => {
    const raw = await RawConnection.ready(port);
    raw.sendBytes(header(0xffffffff));
    expect(await closingCode(raw)).toBe('FRAME_TOO_LARGE');
  });

  it('a 4 GiB length prefix before the handshake: FRAME_TOO_LARGE', async () => {
    const raw = await RawConnection.open(port);
    raw.sendBytes(header(0xffffffff));
    expect(await closingCode(raw)).toBe('FRAME_TOO_LARGE');
  });

  it('length 0 before the handshake: HANDSHAKE_REQUIRED; after it: INVALID_ARGUMENT (id 0), connection kept', async () => {
    const early = await RawConnection.open(port);
    early.sendBytes(header(0));
    expect(await closingCode(early)).toBe('HANDSHAKE_REQUIRED');

    const raw = await RawConnection.ready(port);
    raw.sendBytes(header(0));
    const reply = await raw.next();
    expect([reply.id, errorCodeFromWire(reply.error?.code ?? 0)]).toEqual([0, 'INVALID_ARGUMENT']);
    raw.send({ id: 9, ping: {} });
    expect((await raw.next()).body).toBe('ping');
    raw.destroy();
  });

  it('a header then silence: HANDSHAKE_REQUIRED before the handshake, IDLE_TIMEOUT after it', async () => {
    const early = await RawConnection.open(port);
    early.sendBytes(header(100));
    const late = await RawConnection.ready(port);
    late.sendBytes(header(100));
    const [earlyCode, lateCode] = await Promise.all([closingCode(early), closingCode(late)]);
    expect([earlyCode, lateCode]).toEqual(['HANDSHAKE_REQUIRED', 'IDLE_TIMEOUT']);
  });

  it('one byte per 200 ms (slowloris): cut off by the handshake deadline', async () => {
    const raw = await RawConnection.open(port);
    const hello = encodeClientFrames({ id: 1, hello: helloFor('slow') });
    let sent = 0;
    const drip = setInterval(() => {
      if (sent < hello.length && !raw.ended) raw.sendBytes(hello.subarray(sent, ++sent));
    }, 200);
    try {
      expect(await closingCode(raw)).toBe('HANDSHAKE_REQUIRED');
      expect(sent).toBeLessThan(hello.length);
    } finally {
      clearInterval(drip);
    }
  });

  it('100 connections trickling a frame one byte per 100 ms after the handshake: IDLE_TIMEOUT at the frame deadline', async () => {
    const frame = encodeClientFrames({ id: 2, set: { payload: Buffer.alloc(1000, 't') } });
    const raws = await Promise.all(Array.from({ length: 100 }, () => RawConnection.ready(port)));
    let sent = 0;
    const drip = setInterval(() => {
      sent++;
      for (const raw of raws) if (!raw.ended) raw.sendBytes(frame.subarray(sent - 1, sent));
    }, 100);
    const started = Date.now();
    try {
      const codes = await Promise.all(raws.map((raw) => closingCode(raw)));
      const elapsed = Date.now() - started;
      process.stderr.write(`robustness: 100 trickled frames all cut off after ${elapsed} ms\n`);
      expect(new Set(codes)).toEqual(new Set(['IDLE_TIMEOUT']));
      // Bytes kept arriving, so only the frame deadline (not the idle timeout) can end them.
      expect(elapsed).toBeGreaterThanOrEqual(FRAME_TIMEOUT_MS - 100);
      expect(elapsed).toBeLessThan(FRAME_TIMEOUT_MS + ROUND_TRIP_BOUND_MS);
      expect(sent).toBeLessThan(frame.length);
    } finally {
      clearInterval(drip);
    }
  });

  it('random bytes: an error code, then closed', async () => {
    for (let i = 0; i < 20; i++) {
      const raw = await RawConnection.open(port);
      const garbage = Buffer.alloc(64 + i * 50);
      for (let j = 0; j < garbage.length; j++) garbage[j] = (j * 7919 + i * 104729) % 256;
      raw.sendBytes(garbage);
      expect(['FRAME_TOO_LARGE', 'PROTOCOL_VIOLATION', 'HANDSHAKE_REQUIRED']).toContain(
        await closingCode(raw),
      );
    }
  });

  it('a valid frame whose body is not our protobuf: PROTOCOL_VIOLATION', async () => {
    const raw = await RawConnection.ready(port);
    const body = Buffer.from('{"op":"set","payload":"json is not protobuf"}');
    raw.sendBytes(Buffer.concat([header(body.length), body]));
    expect(await closingCode(raw)).toBe('PROTOCOL_VIOLATION');
  });

  it('truncated varints: PROTOCOL_VIOLATION', async () => {
    const raw = await RawConnection.ready(port);
    raw.sendBytes(Buffer.concat([header(3), Buffer.from([0x08, 0xff, 0xff])]));
    expect(await closingCode(raw)).toBe('PROTOCOL_VIOLATION');
  });

  it('unknown fields: accepted and ignored', async () => {
    const raw = await RawConnection.ready(port);
    // id 2, an unknown varint field 99, set {payload "x", unknown field 7 "zz"}
    const body = Buffer.from('0802980601' + '1a070a0178' + '3a027a7a', 'hex');
    raw.sendBytes(Buffer.concat([header(body.length), body]));
    const reply = await raw.next();
    expect([reply.id, reply.body]).toEqual([2, 'set']);
    raw.destroy();
  });

  it('a huge repeated (unknown) field within the frame limit: skipped, answered', async () => {
    const raw = await RawConnection.ready(port);
    // id 3, then 300,000 occurrences of unknown field 15 (varint 1), then ping {}: about 600 KB
    const repeated = Buffer.alloc(300_000 * 2);
    for (let i = 0; i < repeated.length; i += 2) repeated.set([0x78, 0x01], i);
    const frame = Buffer.concat([Buffer.from('0803', 'hex'), repeated, Buffer.from('4a00', 'hex')]);
    raw.sendBytes(Buffer.concat([header(frame.length), frame]));
    const reply = await raw.next();
    expect([reply.id, reply.body]).toEqual([3, 'ping']);
    raw.destroy();
  });

  it('a request before the handshake: HANDSHAKE_REQUIRED', async () => {
    const raw = await RawConnection.open(port);
    raw.send({ id: 1, get: { count: 10 } });
    expect(await closingCode(raw)).toBe('HANDSHAKE_REQUIRED');
  });

  it('a second hello: INVALID_ARGUMENT, connection kept', async () => {
    const raw = await RawConnection.ready(port);
    raw.send({ id: 2, hello: helloFor('again') }, { id: 3, ping: {} });
    const refusal = await raw.next();
    expect([refusal.id, errorCodeFromWire(refusal.error?.code ?? 0)]).toEqual([
      2,
      'INVALID_ARGUMENT',
    ]);
    expect((await raw.next()).body).toBe('ping');
    raw.destroy();
  });

  it('1,000 idle connections: all closed by the handshake timeout, others served meanwhile', async () => {
    const sockets: Socket[] = [];
    let closed = 0;
    for (let i = 0; i < 1000; i++) {
      const socket = netConnect(port, '127.0.0.1');
      socket.on('error', () => {});
      socket.on('close', () => closed++);
      socket.resume();
      sockets.push(socket);
    }
    await witnessSet('during idle flood');
    await waitFor(() => closed === 1000, 20_000);
  });

  it('a client that pipelines 100,000 GETs and never reads: SLOW_CONSUMER, others served', async () => {
    const raw = await RawConnection.ready(port);
    raw.pause();
    const gets = Array.from({ length: 100_000 }, (_, i) => ({ id: i + 2, get: { count: 10 } }));
    raw.sendBytes(encodeClientFrames(...gets));
    await witnessSet('during GET flood');
    // Never read: its output stays blocked until the write timeout cuts it off. (The error
    // frame sits behind megabytes of unread replies, so STATS tells what was sent.)
    const slowConsumers = (await witness.stats()).errors.SLOW_CONSUMER ?? 0;
    await waitFor(
      async () => ((await witness.stats()).errors.SLOW_CONSUMER ?? 0) > slowConsumers,
      20_000,
    );
    raw.destroy();
  });

  it('a client that floods SETs while 10 others each keep getting answers', async () => {
    const flooder = await connect({ port, name: 'flooder' });
    const others = await Promise.all(
      Array.from({ length: 10 }, (_, i) => connect({ port, name: `other-${i}` })),
    );
    let flooding = true;
    const flood = (async () => {
      // At least 25 rounds, so that the last case checks over 10,000 SETs whatever the store's speed.
      for (let round = 0; round < 100 && (flooding || round < 25); round++) {
        const texts = Array.from({ length: 500 }, (_, i) => `flood ${round}-${i}`);
        const seqs = await Promise.all(texts.map((t) => flooder.set(t)));
        seqs.forEach((seq, i) => acknowledged.set(seq, texts[i]));
      }
    })();
    const slowest = await Promise.all(
      others.map(async (other) => {
        let worst = 0;
        for (let i = 0; i < 20; i++) {
          const started = Date.now();
          await other.ping();
          worst = Math.max(worst, Date.now() - started);
        }
        return worst;
      }),
    );
    flooding = false;
    await flood;
    expect(Math.max(...slowest)).toBeLessThan(ROUND_TRIP_BOUND_MS);
    await Promise.all([flooder, ...others].map((c) => c.close()));
  });

  it('abrupt resets in the middle of frames: the server cleans up', async () => {
    for (let i = 0; i < 50; i++) {
      const raw = await RawConnection.ready(port);
      const frame = encodeClientFrames({ id: 2, set: { payload: Buffer.alloc(10_000, i) } });
      raw.sendBytes(frame.subarray(0, 1 + ((i * 997) % (frame.length - 1))));
      raw.socket.resetAndDestroy();
    }
    await witnessSet('after resets');
    await waitFor(async () => (await witness.stats()).connections === 1, 10_000);
  });

  it('half-closed sockets: what was sent is answered, then the server closes', async () => {
    const raw = await RawConnection.ready(port);
    raw.send({ id: 2, set: { payload: Buffer.from('half') } }, { id: 3, ping: {} });
    raw.socket.end();
    const set = await raw.next();
    acknowledged.set(BigInt(Number(set.set?.seq)), 'half');
    expect((await raw.next()).body).toBe('ping');
    await raw.waitClosed();
  });

  it('afterwards, every acknowledged SET is still readable', async () => {
    const stored = new Map<bigint, string>();
    let cursor = 0n;
    for (;;) {
      const page = await witness.get({ afterSeq: cursor, count: 100_000 });
      for (const m of page.messages) stored.set(m.seq, m.payload.toString());
      if (page.messages.length === 0) break;
      cursor = page.nextSeq - 1n;
    }
    const missing = [...acknowledged].filter(([seq, text]) => stored.get(seq) !== text);
    expect(missing).toEqual([]);
    expect(acknowledged.size).toBeGreaterThan(10_000);
  });
});
