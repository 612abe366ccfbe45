import { request as httpsRequest } from 'node:https';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { HttpServer } from '../../src/http/http-server';
import { createTestPki, type TestPki } from '../helpers/certificates';
import { waitFor } from '../helpers/wait';
import { FakeMetricsSource, startHttp } from './fake-metrics-source';

let http: HttpServer | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.destroy());
  await http?.close();
  http = undefined;
});

async function start(options: Parameters<typeof startHttp>[1] = {}): Promise<string> {
  const started = await startHttp(new FakeMetricsSource(), options);
  http = started.http;
  return started.url;
}

/** Sends `text` on a fresh connection and collects everything until the server closes it. */
function exchange(text: string, endAfterWrite = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(http!.port, '127.0.0.1');
    sockets.push(socket);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(text);
    if (endAfterWrite) socket.end();
  });
}

const statusLine = (response: string): string => response.split('\r\n')[0]!;

test('/healthz says ok while the process is up', async () => {
  const url = await start();
  const response = await fetch(`${url}/healthz`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.text()).toBe('ok\n');
});

test('/readyz is 200 while ready and 503 with a one-line reason otherwise', async () => {
  let reason: string | undefined;
  const url = await start({ readiness: () => reason });
  let response = await fetch(`${url}/readyz`);
  expect([response.status, await response.text()]).toEqual([200, 'ready\n']);

  reason = 'shutting down';
  response = await fetch(`${url}/readyz`);
  expect([response.status, await response.text()]).toEqual([503, 'shutting down\n']);

  reason = 'store unavailable: connect ECONNREFUSED\n  at somewhere';
  response = await fetch(`${url}/readyz`);
  expect([response.status, await response.text()]).toEqual([
    503,
    'store unavailable: connect ECONNREFUSED   at somewhere\n',
  ]);
});

test('a readiness callback that throws gets 500, and the server serves on', async () => {
  const url = await start({
    readiness: () => {
      throw new Error('oops');
    },
  });
  const response = await fetch(`${url}/readyz`);
  expect([response.status, await response.text()]).toEqual([500, 'internal error\n']);
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
});

test('/ is the status page, which may load nothing from anywhere else', async () => {
  const url = await start();
  const response = await fetch(`${url}/`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  const page = await response.text();
  expect(page).toContain('<title>ringwire status</title>');
  expect(page).not.toMatch(/\b(src|href)=/);
});

test('/metrics answers with the registry content type; a failing source gives 500', async () => {
  let broken = false;
  const source = new FakeMetricsSource();
  const snapshot = source.snapshot.bind(source);
  source.snapshot = () => {
    if (broken) throw new Error('the rings are gone');
    return snapshot();
  };
  const started = await startHttp(source);
  http = started.http;
  const ok = await fetch(`${started.url}/metrics`);
  expect(ok.status).toBe(200);
  expect(ok.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  expect(await ok.text()).toContain('# TYPE ringwire_requests_total counter');

  broken = true;
  const failed = await fetch(`${started.url}/metrics`);
  expect([failed.status, await failed.text()]).toEqual([500, 'the metrics could not be read\n']);
});

test('HEAD gets the headers of GET and no body', async () => {
  const url = await start();
  for (const path of ['/healthz', '/readyz', '/', '/metrics']) {
    const head = await fetch(`${url}${path}`, { method: 'HEAD' });
    const get = await fetch(`${url}${path}`);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
    expect((await get.text()).length).toBeGreaterThan(0);
  }
  const raw = await exchange('HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  expect(raw).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  expect(raw).toContain('Content-Length: 3\r\n');
  expect(raw.endsWith('\r\n\r\n')).toBe(true);
});

test('any other path is 404, with or without a query', async () => {
  const url = await start();
  for (const path of [
    '/nope',
    '/metrics/',
    '/metricsx',
    '/healthz/x',
    '/index.html',
    '/ws',
    '//',
  ]) {
    const response = await fetch(`${url}${path}`);
    expect([path, response.status, await response.text()]).toEqual([path, 404, 'not found\n']);
  }
  expect((await fetch(`${url}/healthz?verbose=1`)).status).toBe(200);
});

test('methods other than GET and HEAD get 405 with Allow, and the connection is closed', async () => {
  const url = await start();
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const response = await fetch(`${url}/metrics`, { method });
    expect([method, response.status]).toEqual([method, 405]);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(response.headers.get('connection')).toBe('close');
  }
});

test('a request body is refused with 413 before a byte of it is read', async () => {
  await start();
  // The server answers at once although the announced megabyte never comes.
  const announced = await exchange(
    'GET /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n',
  );
  expect(statusLine(announced)).toBe('HTTP/1.1 413 Payload Too Large');
  const chunked = await exchange(
    'GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n',
  );
  expect(statusLine(chunked)).toBe('HTTP/1.1 413 Payload Too Large');
  // What follows the refused body is never taken for a request: one response, then close.
  const smuggled = await exchange(
    'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 41\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n',
  );
  expect(smuggled.match(/HTTP\/1\.1 /g)).toHaveLength(1);
  const empty = await exchange(
    'GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
    true,
  );
  expect(statusLine(empty)).toBe('HTTP/1.1 200 OK');
});

describe('WebSocket upgrades on /ws', () => {
  const UPGRADE = (path: string): string =>
    `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
    'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';

  /** Stands in for phase 2's transport: answers 101, then echoes what it gets until "bye". */
  const upgrades: string[] = [];
  function echoUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    upgrades.push(request.url!);
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
    );
    if (head.length > 0) socket.write(head);
    socket.on('data', (chunk: Buffer) =>
      chunk.toString() === 'bye' ? socket.end() : socket.write(chunk),
    );
  }

  beforeEach(() => (upgrades.length = 0));

  test('are handed to the transport with the socket', async () => {
    await start({ upgradeWebSocket: echoUpgrade });
    const socket = connect(http!.port, '127.0.0.1');
    sockets.push(socket);
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (received += chunk));
    socket.write(UPGRADE('/ws?ring=a'));
    await waitFor(() => received.includes('\r\n\r\n'));
    expect(statusLine(received)).toBe('HTTP/1.1 101 Switching Protocols');
    socket.write('ping');
    await waitFor(() => received.endsWith('ping'));
    socket.write('bye');
    await new Promise((resolve) => socket.once('close', resolve));
    expect(upgrades).toEqual(['/ws?ring=a']);
  });

  test('a transport that throws costs only that connection', async () => {
    await start({
      upgradeWebSocket: () => {
        throw new Error('oops');
      },
    });
    expect(await exchange(UPGRADE('/ws'))).toBe('');
    expect(
      statusLine(await exchange('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')),
    ).toBe('HTTP/1.1 200 OK');
  });

  test('a plain GET of /ws is told to upgrade', async () => {
    const url = await start({ upgradeWebSocket: echoUpgrade });
    const response = await fetch(`${url}/ws`);
    expect(response.status).toBe(426);
    expect(response.headers.get('upgrade')).toBe('websocket');
  });

  test('upgrades elsewhere, or without a transport, get 404 and are closed', async () => {
    await start({ upgradeWebSocket: echoUpgrade });
    expect(statusLine(await exchange(UPGRADE('/metrics')))).toBe('HTTP/1.1 404 Not Found');
    await http!.close();
    await start();
    expect(statusLine(await exchange(UPGRADE('/ws')))).toBe('HTTP/1.1 404 Not Found');
    expect(upgrades).toEqual([]);
  });
});

describe('HTTPS', () => {
  let pki: TestPki;
  beforeAll(() => (pki = createTestPki()));
  afterAll(() => pki.remove());

  test('serves the same endpoints with the given certificate', async () => {
    await start({ tls: { cert: pki.serverCert, key: pki.serverKey } });
    const body = await new Promise<string>((resolve, reject) => {
      const request = httpsRequest(
        { host: '127.0.0.1', port: http!.port, path: '/healthz', ca: pki.caCert, agent: false },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve(`${response.statusCode} ${text}`));
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(body).toBe('200 ok\n');
  });
});

test('a port in use makes start() reject', async () => {
  await start();
  await expect(
    HttpServer.start({
      host: '127.0.0.1',
      port: http!.port,
      metrics: { contentType: 'text/plain', render: async () => '', close: () => {} },
      readiness: () => undefined,
    }),
  ).rejects.toMatchObject({ code: 'EADDRINUSE' });
});
