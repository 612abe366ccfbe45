import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, RingwireError } from '../../src/client';
import { encodeServerFrame } from '../../src/protocol/codec';
import { closeAllClients, openClient } from '../helpers/clients';
import { run } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';

const peers: Server[] = [];
const peerSockets = new Set<Socket>();

afterEach(async () => {
  await closeAllClients();
  await stopAllServers();
  for (const socket of peerSockets) socket.destroy();
  peerSockets.clear();
  await Promise.all(peers.splice(0).map((peer) => new Promise((resolve) => peer.close(resolve))));
});

/** A TCP server that is not ringwire: `answer` says what it does with a connection. */
async function startPeer(answer: (socket: Socket) => void): Promise<number> {
  const peer = createServer((socket) => {
    socket.on('error', () => {});
    peerSockets.add(socket);
    answer(socket);
  });
  peers.push(peer);
  await new Promise<void>((resolve) => peer.listen(0, '127.0.0.1', resolve));
  return (peer.address() as { port: number }).port;
}

const HTTP_400 = 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n';

describe('a peer that is not a ringwire server', () => {
  it.each([
    ['answers HTTP to the Hello', (s: Socket) => s.once('data', () => s.end(HTTP_400))],
    ['greets with HTTP and stays open', (s: Socket) => s.write(HTTP_400)],
    ['sends an undecodable frame', (s: Socket) => s.write(Buffer.from([0, 0, 0, 2, 0xff, 0xff]))],
    [
      'answers a request never sent',
      (s: Socket) => s.once('data', () => s.write(encodeServerFrame({ id: 99, ping: {} }))),
    ],
  ])('%s: connect fails at once with PROTOCOL_VIOLATION, not a TIMEOUT', async (_, answer) => {
    const port = await startPeer(answer);
    const failure = await connect({ port, timeoutMs: 15_000 }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(RingwireError);
    expect(failure).toMatchObject({
      code: 'PROTOCOL_VIOLATION',
      message: expect.stringMatching(/^not a ringwire server: its reply begins /),
    });
  });

  it('./client says so in one line and exits 1', async () => {
    const port = await startPeer((s) => s.once('data', () => s.end(HTTP_400)));
    const result = await run('client', ['--port', String(port), 'get']);
    expect([result.status, result.stderr]).toEqual([
      1,
      'client: not a ringwire server: its reply begins "HTTP/1.1 400 Bad Request" (PROTOCOL_VIOLATION)\n',
    ]);
  });
});

describe("payloads over the server's announced limit", () => {
  // A 4096-byte frame limit leaves 3072 bytes for a payload (Welcome.max_payload_bytes).
  it.each([3073, 5000])(
    'are refused locally (%i bytes) with INVALID_ARGUMENT, and the connection keeps working',
    async (size) => {
      const { port } = await startServer({ maxFrameBytes: 4096 });
      const client = await openClient(port, 'big');
      expect(client.server.maxPayloadBytes).toBe(3072);
      const tooBig = Buffer.alloc(size, 0x61);
      const refusal = { code: 'INVALID_ARGUMENT', message: expect.stringContaining('3072') };
      await expect(client.set(tooBig)).rejects.toMatchObject(refusal);
      await expect(client.set('a'.repeat(size))).rejects.toMatchObject(refusal);
      const seq = await client.set(Buffer.alloc(3072, 0x62));
      await expect(client.update(seq, tooBig)).rejects.toMatchObject(refusal);
      await client.update(seq, 'small');
      const { messages } = await client.get({ count: 1 });
      expect(messages.map((m) => [m.seq, m.payload.toString()])).toEqual([[seq, 'small']]);
    },
  );

  it('./client set refuses it with exit 1 and one line', async () => {
    const { port } = await startServer({ maxFrameBytes: 4096 });
    const result = await run('client', ['--port', String(port), 'set', 'x'.repeat(5000)]);
    expect([result.status, result.stderr]).toEqual([
      1,
      "client: payload of 5000 bytes exceeds the server's limit of 3072 bytes (INVALID_ARGUMENT)\n",
    ]);
  });
});

describe('./client set and update with binary payloads', () => {
  const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  // Over 128 KiB: more than one shell argument may hold.
  const large = Buffer.concat(Array.from({ length: 600 }, () => everyByte));

  async function stored(port: number, seq: bigint): Promise<Buffer | undefined> {
    const reader = await openClient(port, 'reader');
    const { messages } = await reader.get({ afterSeq: seq - 1n, count: 1 });
    return messages.find((m) => m.seq === seq)?.payload;
  }

  it('stores the exact bytes of stdin (-), of a file (--file) and of --base64', async () => {
    const { port } = await startServer();
    const flags = ['--port', String(port)];
    const dir = mkdtempSync(join(tmpdir(), 'ringwire-cli-'));
    try {
      const file = join(dir, 'payload.bin');
      writeFileSync(file, large);
      const fromStdin = await run('client', [...flags, 'set', '-'], { input: large });
      const fromFile = await run('client', [...flags, 'set', '--file', file]);
      const fromBase64 = await run('client', [
        ...flags,
        'set',
        '--base64',
        everyByte.toString('base64'),
      ]);
      expect([fromStdin, fromFile, fromBase64].map((r) => [r.status, r.stdout])).toEqual([
        [0, '1\n'],
        [0, '2\n'],
        [0, '3\n'],
      ]);
      expect(await stored(port, 1n)).toEqual(large);
      expect(await stored(port, 2n)).toEqual(large);
      expect(await stored(port, 3n)).toEqual(everyByte);

      const updates = [
        await run('client', [...flags, 'update', '1', '-'], { input: everyByte }),
        await run('client', [...flags, 'update', '2', '--base64', everyByte.toString('base64')]),
        await run('client', [...flags, 'update', '3', '--file', file]),
      ];
      expect(updates.map((r) => [r.status, r.stdout])).toEqual([
        [0, 'updated 1\n'],
        [0, 'updated 2\n'],
        [0, 'updated 3\n'],
      ]);
      expect(await stored(port, 1n)).toEqual(everyByte);
      expect(await stored(port, 2n)).toEqual(everyByte);
      expect(await stored(port, 3n)).toEqual(large);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('stores an empty stdin as an empty payload', async () => {
    const { port } = await startServer();
    const result = await run('client', ['--port', String(port), 'set', '-'], { input: '' });
    expect([result.status, result.stdout]).toEqual([0, '1\n']);
    expect(await stored(port, 1n)).toEqual(Buffer.alloc(0));
  });
});
