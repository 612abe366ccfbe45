import { connect, type Socket } from 'node:net';
import type { HttpServer } from '../../src/http/http-server';
import { waitFor } from '../helpers/wait';
import { FakeMetricsSource, startHttp } from './fake-metrics-source';

// Hostile HTTP clients against the HTTP port: each case ends with a well-behaved request
// answered, so "stays up" means "still serves", not only "did not crash".

const HEADERS_TIMEOUT_MS = 500;

let http: HttpServer;
let url: string;
const sockets: Socket[] = [];

beforeEach(async () => {
  ({ http, url } = await startHttp(new FakeMetricsSource(), {
    limits: { headersTimeoutMs: HEADERS_TIMEOUT_MS },
  }));
});

afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.destroy());
  await http.close();
});

async function expectServing(): Promise<void> {
  const response = await fetch(`${url}/healthz`);
  expect([response.status, await response.text()]).toEqual([200, 'ok\n']);
}

interface Peer {
  socket: Socket;
  received: () => string;
  closed: Promise<void>;
}

function open(): Promise<Peer> {
  return new Promise((resolve, reject) => {
    const socket = connect(http.port, '127.0.0.1');
    sockets.push(socket);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', () => {});
    const closed = new Promise<void>((done) => socket.once('close', () => done()));
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
    socket.once('error', reject);
  });
}

/** Resolves when the server has closed the peer; fails past `ms`, a generous bound. */
async function closedWithin(peer: Peer, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      peer.closed,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('still open')), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

test('malformed requests get 400 and a close', async () => {
  const malformed = [
    'GARBAGE\r\n\r\n',
    'GET\r\n\r\n',
    '\x00\x01\x02\xff\xfe\r\n\r\n',
    'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
    'GET /\x7f HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost x\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
    'GET / HTTP/1.1\r\nHost: x\r\n\tfolded: header\r\n\r\n',
  ];
  for (const request of malformed) {
    const peer = await open();
    peer.socket.write(request, 'latin1');
    await peer.closed;
    expect([request, peer.received()]).toEqual([
      request,
      expect.stringMatching(/^HTTP\/1\.1 400 /),
    ]);
  }
  await expectServing();
});

test('oversized headers get 431; too many headers are cut to the limit', async () => {
  const huge = await open();
  huge.socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
  await huge.closed;
  expect(huge.received()).toMatch(/^HTTP\/1\.1 431 /);

  const many = Array.from({ length: 500 }, (_, i) => `h${i}: v\r\n`).join('');
  const crowded = await open();
  crowded.socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\n${many}Connection: close\r\n\r\n`);
  await crowded.closed;
  expect(crowded.received()).toMatch(/^HTTP\/1\.1 200 /);
  await expectServing();
});

test('slowloris: headers trickled a byte at a time are cut off by the headers timeout', async () => {
  const peer = await open();
  peer.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
  const started = Date.now();
  const trickle = setInterval(() => peer.socket.write('X'), 50);
  try {
    // Trickling would go on for ever; the timeout is 500 ms.
    await closedWithin(peer, 10_000);
  } finally {
    clearInterval(trickle);
  }
  expect(Date.now() - started).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS / 2);
  expect(peer.received()).toMatch(/^HTTP\/1\.1 408 /);
  await expectServing();
});

test('a connection that never sends a byte is answered 408 and closed too', async () => {
  const peer = await open();
  await closedWithin(peer, 10_000);
  expect(peer.received()).toMatch(/^HTTP\/1\.1 408 /);
  await expectServing();
});

test('1,000 connections holding half-sent requests do not stop it serving', async () => {
  const peers = await Promise.all(Array.from({ length: 1000 }, () => open()));
  peers.forEach((peer, i) => peer.socket.write(`GET /metrics HTTP/1.1\r\nHost: ${i}\r\n`));
  await expectServing();
  // The headers timeout frees them all.
  await waitFor(() => peers.every((peer) => peer.socket.destroyed), 15_000);
  await expectServing();
});
