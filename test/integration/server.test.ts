import { Socket } from 'node:net';
import { PROTOCOL_VERSION_MAX } from '../../src/protocol/constants';
import { RawConnection, encodeClientFrames } from '../helpers/raw-connection';
import { closeAllClients, openClient } from '../helpers/clients';
import { startServer, stopAllServers } from '../helpers/server';
import { waitFor } from '../helpers/wait';

afterEach(async () => {
  await closeAllClients();
  await stopAllServers();
});

describe('server over real sockets', () => {
  it('completes the handshake and announces its limits', async () => {
    const { port } = await startServer({
      capacity: 16,
      maxFrameBytes: 8192,
      serverName: 'test-server',
    });
    const c = await openClient(port, 'alice');
    expect(c.server).toMatchObject({
      protocolVersion: PROTOCOL_VERSION_MAX,
      serverName: 'test-server',
      maxFrameBytes: 8192,
      maxPayloadBytes: 8192 - 1024,
      ringCapacity: 16,
      nextSeq: 1n,
    });
    expect(c.server.sessionId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives 50 clients pipelining 200 SETs each exactly the seqs 1..10000, and GET returns them in order', async () => {
    const { port } = await startServer({ capacity: 1024 });
    const writers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => openClient(port, `writer-${i}`)),
    );
    const senderOf = new Map<bigint, string>();
    await Promise.all(
      writers.map(async (writer, w) => {
        const seqs = await Promise.all(
          Array.from({ length: 200 }, (_, i) => writer.set(`w${w}-m${i}`)),
        );
        // One connection's pipelined SETs are stored in the order they were sent.
        for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]);
        seqs.forEach((seq, i) => senderOf.set(seq, `writer-${w}|w${w}-m${i}`));
      }),
    );
    expect([...senderOf.keys()].sort((a, b) => Number(a - b))).toEqual(
      Array.from({ length: 10_000 }, (_, i) => BigInt(i + 1)),
    );

    const reader = await openClient(port, 'reader');
    const latest = await reader.get({ count: 1024 });
    expect(latest.messages.map((m) => m.seq)).toEqual(
      Array.from({ length: 1024 }, (_, i) => BigInt(10_000 - 1023 + i)),
    );
    for (const m of latest.messages)
      expect(`${m.sender}|${m.payload.toString()}`).toBe(senderOf.get(m.seq));
    expect([latest.oldestSeq, latest.nextSeq, latest.lost]).toEqual([8977n, 10_001n, 0n]);
  });

  it('lets a reader resume after a cursor and reports what the ring overwrote', async () => {
    const { port } = await startServer({ capacity: 10 });
    const c = await openClient(port, 'cursor');
    for (let i = 1; i <= 25; i++) await c.set(`m${i}`);
    const first = await c.get({ afterSeq: 5n, count: 4 });
    expect(first.lost).toBe(10n); // wanted 6..; 6..15 are gone
    expect(first.messages.map((m) => m.payload.toString())).toEqual(['m16', 'm17', 'm18', 'm19']);
    const rest = await c.get({ afterSeq: first.nextSeq - 1n, count: 10 });
    expect(rest.lost).toBe(0n);
    expect(rest.messages.map((m) => m.seq)).toEqual([20n, 21n, 22n, 23n, 24n, 25n]);
    expect(rest.nextSeq).toBe(26n);
  });

  it('answers a chunk of pipelined requests with one write', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.ready(port);
    const serverWrites = jest.spyOn(Socket.prototype, 'write');
    try {
      raw.send(
        ...Array.from({ length: 100 }, (_, i) => ({
          id: i + 2,
          set: { payload: Buffer.from(`p${i}`) },
        })),
      );
      const replies = [];
      for (let i = 0; i < 100; i++) replies.push(await raw.next());
      expect(replies.map((r) => r.id)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
      const fromServer = serverWrites.mock.contexts.filter(
        (socket) => (socket as Socket).localPort === port,
      );
      expect(fromServer.length).toBeGreaterThanOrEqual(1);
      expect(fromServer.length).toBeLessThanOrEqual(3); // one per read chunk; loopback delivers 1-3 chunks
    } finally {
      serverWrites.mockRestore();
      raw.destroy();
    }
  });

  it('keeps serving others when a client dies in the middle of a frame', async () => {
    const { port, server } = await startServer();
    const steady = await openClient(port, 'steady');
    await steady.set('before');

    const victim = await RawConnection.ready(port, 'victim');
    const frame = encodeClientFrames({ id: 2, set: { payload: Buffer.alloc(5000, 1) } });
    victim.sendBytes(frame.subarray(0, 2500));
    await new Promise((resolve) => setTimeout(resolve, 20));
    victim.socket.resetAndDestroy();
    await victim.closed;

    expect(await steady.set('after')).toBe(2n);
    const latest = await steady.get({ count: 10 });
    expect(latest.messages.map((m) => m.payload.toString())).toEqual(['before', 'after']);
    await waitFor(() => server.connectionCount === 1);
  });

  it('answers requests from a client that half-closes right after sending them', async () => {
    const { port } = await startServer();
    const raw = await RawConnection.ready(port);
    raw.send({ id: 2, set: { payload: Buffer.from('x') } }, { id: 3, get: { count: 5 } });
    raw.socket.end();
    expect((await raw.next()).body).toBe('set');
    expect((await raw.next()).get?.messages).toHaveLength(1);
    await raw.waitClosed();
  });
});
