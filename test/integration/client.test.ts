import { createServer, type Server, type Socket } from 'node:net';
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
