import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { connect, RingwireError } from '../../src/client';
import { errorCodeFromWire, PROTOCOL_ERROR_CODES, type ErrorCode } from '../../src/errors';
import { writeFrameHeader } from '../../src/protocol/framing';
import { encodeServerFrame, type ServerFrame } from '../../src/protocol/codec';
import { PROTOCOL_VERSION_MAX } from '../../src/protocol/constants';
import { RingBuffer } from '../../src/ring/ring-buffer';
import { SILENT_LOGGER } from '../../src/server/logger';
import { RawConnection, helloFor } from '../helpers/raw-connection';
import { startServer, stopAllServers } from '../helpers/server';
import { describeEachTransport } from '../helpers/transports';

afterEach(stopAllServers);

const provoked = new Set<ErrorCode>();
const codeOf = (frame: ServerFrame): ErrorCode => {
  expect(frame.body).toBe('error');
  const code = errorCodeFromWire(frame.error?.code ?? 0);
  provoked.add(code);
  return code;
};

/** A frame of `length` bytes: over TCP its header alone (judged before the body comes), over
 * WebSocket the whole message (ws judges it on its header). */
function sendOversized(raw: RawConnection, length: number): void {
  if (raw.transport === 'tcp') raw.sendBytes(header(length));
  else raw.sendFrameBody(Buffer.alloc(length));
}

/** Expects a stream-level error: an error frame with id 0, then the server closes. */
async function expectStreamError(raw: RawConnection, code: ErrorCode): Promise<void> {
  const frame = await raw.next();
  expect([frame.id, codeOf(frame)]).toEqual([0, code]);
  await raw.waitClosed();
}

/** Expects a request-level error answering `id`, then a working connection. */
async function expectRequestError(raw: RawConnection, id: number, code: ErrorCode): Promise<void> {
  const frame = await raw.next();
  expect([frame.id, codeOf(frame)]).toEqual([id, code]);
  raw.send({ id: 99, get: {} });
  expect((await raw.next()).body).toBe('get');
}

const header = (length: number): Buffer => {
  const bytes = Buffer.alloc(4);
  writeFrameHeader(bytes, 0, length);
  return bytes;
};

describeEachTransport('every protocol error code over a real socket', () => {
  it('PROTOCOL_VIOLATION: a body that is not a ClientFrame closes the connection', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.ready(port);
    raw.sendBytes(Buffer.concat([header(1), Buffer.from([0x0f])]));
    await expectStreamError(raw, 'PROTOCOL_VIOLATION');
  });

  it('UNSUPPORTED_VERSION: a Hello offering only newer versions', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.open(port);
    raw.send({
      id: 1,
      hello: { minVersion: PROTOCOL_VERSION_MAX + 1, maxVersion: 9, clientName: 'future' },
    });
    await expectStreamError(raw, 'UNSUPPORTED_VERSION');
  });

  it('HANDSHAKE_REQUIRED: a request before the Hello', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.open(port);
    raw.send({ id: 1, set: { payload: Buffer.from('too early') } });
    await expectStreamError(raw, 'HANDSHAKE_REQUIRED');
  });

  it('HANDSHAKE_REQUIRED: no Hello within the handshake timeout', async () => {
    const { port } = await startServer({ handshakeTimeoutMs: 150 });
    const raw = await RawConnection.open(port);
    const started = Date.now();
    await expectStreamError(raw, 'HANDSHAKE_REQUIRED');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('FRAME_TOO_LARGE: a header over the limit, judged before the body is sent', async () => {
    const { port } = await startServer({ maxFrameBytes: 8192 });
    const raw = await RawConnection.ready(port);
    sendOversized(raw, 8193);
    await expectStreamError(raw, 'FRAME_TOO_LARGE');
  });

  it('FRAME_TOO_LARGE: before the handshake only a small frame is accepted', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.open(port);
    sendOversized(raw, 64 * 1024);
    await expectStreamError(raw, 'FRAME_TOO_LARGE');
  });

  it('INVALID_ARGUMENT: a payload over max_payload_bytes, connection kept', async () => {
    const { port } = await startServer({ maxFrameBytes: 8192 });
    const raw = await RawConnection.ready(port);
    raw.send({ id: 5, set: { payload: Buffer.alloc(8192 - 1024 + 1) } });
    await expectRequestError(raw, 5, 'INVALID_ARGUMENT');
  });

  it('INVALID_ARGUMENT: a bad client name ends the handshake', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.open(port);
    raw.send({ id: 1, hello: helloFor('') });
    await expectStreamError(raw, 'INVALID_ARGUMENT');
  });

  it('INTERNAL: a failing store, connection kept', async () => {
    const store = Object.assign(new RingBuffer({ capacity: 8, maxBytes: 1 << 20 }), {
      append: () => {
        throw new Error('store failure');
      },
    });
    const errors: string[] = [];
    const { port } = await startServer(
      { logger: { ...SILENT_LOGGER, error: (l) => errors.push(l) } },
      store,
    );
    const raw = await RawConnection.ready(port);
    raw.send({ id: 7, set: { payload: Buffer.from('x') } });
    await expectRequestError(raw, 7, 'INTERNAL');
    expect(errors.join('\n')).toContain('store failure');
  });

  it('SHUTTING_DOWN: connected clients are told, then closed', async () => {
    const { port, server } = await startServer();
    const raw = await RawConnection.ready(port);
    const shutdown = server.shutdown();
    await expectStreamError(raw, 'SHUTTING_DOWN');
    await shutdown;
  });

  it('UNSUPPORTED_REQUEST: a request type this server does not know, connection kept', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.ready(port);
    // id 4, then field 15 (a request type from some future version): 08 04 7a 00
    raw.sendFrameBody(Buffer.from('08047a00', 'hex'));
    await expectRequestError(raw, 4, 'UNSUPPORTED_REQUEST');
  });

  it('NOT_FOUND: updating or deleting a seq the ring does not hold, connection kept', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.ready(port);
    raw.send({ id: 3, update: { seq: 42, payload: Buffer.from('x') } });
    await expectRequestError(raw, 3, 'NOT_FOUND');
    raw.send({ id: 4, delete: { seq: 42 } });
    await expectRequestError(raw, 4, 'NOT_FOUND');
  });

  it('RING_FULL: in reject mode, a SET that would overwrite what a reader has not read', async () => {
    const { port } = await startServer({ capacity: 2, overflow: 'reject' });
    const reader = await RawConnection.ready(port, 'reader');
    reader.send({ id: 2, get: { next: true } });
    expect((await reader.next()).get?.messages ?? []).toHaveLength(0);
    const writer = await RawConnection.ready(port, 'writer');
    writer.send(
      { id: 2, set: { payload: Buffer.from('1') } },
      { id: 3, set: { payload: Buffer.from('2') } },
      { id: 4, set: { payload: Buffer.from('3') } },
    );
    expect((await writer.next()).body).toBe('set');
    expect((await writer.next()).body).toBe('set');
    await expectRequestError(writer, 4, 'RING_FULL');
  });

  it('RING_NOT_FOUND: a ring not declared, on a server that creates none on first use', async () => {
    const { port } = await startServer({ autoCreate: false, rings: [{ name: 'known' }] });
    const raw = await RawConnection.ready(port);
    raw.send({ id: 3, set: { payload: Buffer.from('x'), ring: 'unknown' } });
    await expectRequestError(raw, 3, 'RING_NOT_FOUND');
    raw.send({ id: 4, set: { payload: Buffer.from('x'), ring: 'known' } });
    expect((await raw.next()).body).toBe('set');
  });

  it('RING_LIMIT: a new ring past --max-rings', async () => {
    const { port } = await startServer({ maxRings: 2 });
    const raw = await RawConnection.ready(port);
    raw.send({ id: 3, set: { payload: Buffer.from('x'), ring: 'second' } });
    expect((await raw.next()).body).toBe('set');
    raw.send({ id: 4, set: { payload: Buffer.from('x'), ring: 'third' } });
    await expectRequestError(raw, 4, 'RING_LIMIT');
  });

  it('STORE_UNAVAILABLE: the data dir cannot take a write (here: a new ring whose directory is a file)', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'ringwire-errors-')), 'data');
    try {
      const { port } = await startServer({ dataDir });
      await writeFile(join(dataDir, 'rings', 'r-blocked'), 'not a directory');
      const raw = await RawConnection.ready(port);
      raw.send({ id: 3, set: { payload: Buffer.from('x'), ring: 'blocked' } });
      await expectRequestError(raw, 3, 'STORE_UNAVAILABLE');
      // The connection stays open, and other rings take writes.
      raw.send({ id: 4, set: { payload: Buffer.from('x') } });
      expect((await raw.next()).body).toBe('set');
    } finally {
      await stopAllServers();
      await rm(dirname(dataDir), { recursive: true, force: true });
    }
  });

  it('SLOW_CONSUMER: a client whose unread replies pass max-output-bytes is cut off', async () => {
    const { port } = await startServer({ maxFrameBytes: 8192, maxOutputBytes: 256 * 1024 });
    const raw = await RawConnection.ready(port);
    raw.send(
      ...Array.from({ length: 8 }, (_, i) => ({
        id: 2 + i,
        set: { payload: Buffer.alloc(7000, 1) },
      })),
    );
    for (let i = 0; i < 8; i++) await raw.next();
    raw.pause();
    // 4000 GETs of one 7 KB message each: 28 MB of replies the client does not read.
    raw.send(...Array.from({ length: 4000 }, (_, i) => ({ id: 100 + i, get: { count: 1 } })));
    await new Promise((resolve) => setTimeout(resolve, 200));
    raw.resume();
    let last = await raw.next();
    while (last.body === 'get') last = await raw.next();
    expect([last.id, codeOf(last)]).toEqual([0, 'SLOW_CONSUMER']);
    await raw.waitClosed();
  });

  it('AUTH_FAILED: a wrong proof of the shared secret closes the connection', async () => {
    const { port } = await startServer({ secret: Buffer.from('sixteen-bytes-at-least') });
    const raw = await RawConnection.open(port);
    raw.send({ id: 1, hello: { ...helloFor('guesser'), clientNonce: Buffer.alloc(32, 1) } });
    expect((await raw.next()).body).toBe('challenge');
    raw.send({ id: 2, auth: { clientProof: Buffer.alloc(32) } });
    await expectStreamError(raw, 'AUTH_FAILED');
  });

  it('BUSY: a connection over the limit is told and closed', async () => {
    const { port } = await startServer({ maxConnections: 1 });
    const first = await RawConnection.ready(port);
    const second = await RawConnection.open(port);
    await expectStreamError(second, 'BUSY');
    first.destroy();
  });

  it('IDLE_TIMEOUT: a ready connection that sends nothing is told and closed', async () => {
    const { port } = await startServer({ idleTimeoutMs: 100 });
    const raw = await RawConnection.ready(port);
    await expectStreamError(raw, 'IDLE_TIMEOUT');
  });

  it('provoked every code of the protocol (this runs last)', () => {
    expect([...provoked].sort()).toEqual([...PROTOCOL_ERROR_CODES].sort());
  });
});

describeEachTransport('client-side error codes', () => {
  const codeOfRejection = async (promise: Promise<unknown>): Promise<ErrorCode> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RingwireError);
    return (error as RingwireError).code;
  };

  /** A stand-in peer for what a real server never does (go silent, vanish mid-request). */
  async function peer(
    onFrame: (socket: import('node:net').Socket) => void,
  ): Promise<{ port: number; server: Server }> {
    const server = createServer((socket) => socket.once('data', () => onFrame(socket)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as { port: number }).port, server };
  }
  const welcome = encodeServerFrame({
    id: 1,
    welcome: { version: 1, maxFrameBytes: 65536, maxPayloadBytes: 64512 },
  });

  it('CONNECTION_FAILED when nothing listens', async () => {
    const { port, server } = await peer(() => {});
    await new Promise((resolve) => server.close(resolve));
    expect(await codeOfRejection(connect({ port }))).toBe('CONNECTION_FAILED');
  });

  it('TIMEOUT when no reply comes in time', async () => {
    const { port, server } = await peer((socket) => socket.write(welcome));
    try {
      const client = await connect({ port, timeoutMs: 200 });
      expect(await codeOfRejection(client.set('x'))).toBe('TIMEOUT');
      expect(client.pendingRequests).toBe(0);
      client.close().catch(() => {});
    } finally {
      server.close();
    }
  });

  it('CONNECTION_CLOSED for every request in flight when the connection drops', async () => {
    let peerSocket: import('node:net').Socket | undefined;
    const { port, server } = await peer((socket) => {
      peerSocket = socket;
      socket.write(welcome);
    });
    try {
      const client = await connect({ port });
      const inFlight = [client.set('a'), client.set('b'), client.get()];
      await new Promise((resolve) => setTimeout(resolve, 20));
      peerSocket?.destroy();
      expect(await Promise.all(inFlight.map(codeOfRejection))).toEqual([
        'CONNECTION_CLOSED',
        'CONNECTION_CLOSED',
        'CONNECTION_CLOSED',
      ]);
      expect(await codeOfRejection(client.set('after'))).toBe('CONNECTION_CLOSED');
    } finally {
      server.close();
    }
  });

  it('the server refusal reaches connect() with its code', async () => {
    const { port } = await startServer();
    expect(await codeOfRejection(connect({ port, name: 'x'.repeat(300) }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
