import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { adoptWithSharedReadBuffer, SharedReadBufferSocket } from '../../src/server/listener';
import { waitFor } from '../helpers/wait';

// The plain listener's sockets read into one buffer that every connection shares (Node's
// onread), through net.Socket internals: these tests are what notices a Node that changed them.

let server: Server | undefined;
const clients: Socket[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  server?.close();
  server = undefined;
});

/** A server whose accepted sockets are adopted; resolves with its port and the adopted sockets. */
async function adoptingServer(): Promise<{ port: number; adopted: Socket[] }> {
  const adopted: Socket[] = [];
  server = createServer({ allowHalfOpen: true, pauseOnConnect: true }, (accepted) => {
    const socket = adoptWithSharedReadBuffer(accepted);
    expect(socket).toBeDefined();
    adopted.push(socket as Socket);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as { port: number }).port, adopted };
}

async function client(port: number): Promise<Socket> {
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  clients.push(socket);
  await once(socket, 'connect');
  return socket;
}

/** Two clients of an adopting server, and the server's two adopted sockets. */
async function twoAdoptedClients(): Promise<{ a: Socket; b: Socket; adopted: Socket[] }> {
  const { port, adopted } = await adoptingServer();
  const a = await client(port);
  const b = await client(port);
  await waitFor(() => adopted.length === 2);
  return { a, b, adopted };
}

test('each read is a copy: a chunk kept from one connection is not overwritten by the next read of another', async () => {
  const { a, b, adopted } = await twoAdoptedClients();
  const chunks: Buffer[][] = [[], []];
  adopted.forEach((socket, i) => socket.on('data', (chunk: Buffer) => chunks[i].push(chunk)));
  a.write('a'.repeat(1000));
  await waitFor(() => Buffer.concat(chunks[0]).length === 1000);
  b.write('b'.repeat(1000));
  await waitFor(() => Buffer.concat(chunks[1]).length === 1000);
  expect(Buffer.concat(chunks[0]).toString()).toBe('a'.repeat(1000));
  expect(Buffer.concat(chunks[1]).toString()).toBe('b'.repeat(1000));
  // The server's byte counters read it.
  expect(adopted.map((socket) => socket.bytesRead)).toEqual([1000, 1000]);
});

test('half-open: the peer ends its side, the adopted socket still answers; the server closes once it closes', async () => {
  const { port, adopted } = await adoptingServer();
  const peer = await client(port);
  await waitFor(() => adopted.length === 1);
  const [socket] = adopted;
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  const ended = once(socket, 'end');
  peer.end('request');
  await ended;
  expect(received).toBe('request');
  const replied = new Promise<string>((resolve) => {
    let reply = '';
    peer.on('data', (chunk: Buffer) => (reply += chunk.toString()));
    peer.on('end', () => resolve(reply));
  });
  socket.end('reply');
  expect(await replied).toBe('reply');
  // net.Server's close() waits for its connections: the adopted socket must count as one.
  const closed = new Promise<void>((resolve) => server?.close(() => resolve()));
  server = undefined;
  await closed;
});

test("pause stops reading and resume starts again (the connection's back-pressure)", async () => {
  const { port, adopted } = await adoptingServer();
  const peer = await client(port);
  await waitFor(() => adopted.length === 1);
  const [socket] = adopted;
  let received = 0;
  socket.on('data', (chunk: Buffer) => (received += chunk.length));
  socket.pause();
  peer.write(Buffer.alloc(10_000));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(received).toBe(0);
  socket.resume();
  await waitFor(() => received === 10_000);
});

test('lent reads: each read is handed over in place, in the buffer every socket shares, and counted', async () => {
  const { a, b, adopted } = await twoAdoptedClients();
  const seen: string[][] = [[], []];
  const buffers = new Set<Buffer>();
  adopted.forEach((socket, i) => {
    (socket as SharedReadBufferSocket).lendReadsTo((input, length) => {
      buffers.add(input);
      seen[i].push(input.toString('latin1', 0, length));
    });
    socket.on('data', () => seen[i].push('(emitted)'));
  });
  a.write('a'.repeat(1000));
  await waitFor(() => seen[0].join('').length === 1000);
  b.write('b'.repeat(10));
  await waitFor(() => seen[1].join('').length === 10);
  expect(seen.map((reads) => reads.join(''))).toEqual(['a'.repeat(1000), 'b'.repeat(10)]);
  expect(buffers.size).toBe(1);
  expect(adopted.map((socket) => socket.bytesRead)).toEqual([1000, 10]);
});
