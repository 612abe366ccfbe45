import { mkdtempSync, rmSync } from 'node:fs';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PromHistogramData } from 'prom2javascript';
import { connect } from '../../src/client';
import type { RingwireServer } from '../../src/server';
import { createTestPki, type TestPki } from '../helpers/certificates';
import { closeAllClients, openClient } from '../helpers/clients';
import { RawConnection } from '../helpers/raw-connection';
import { startServer, stopAllServers } from '../helpers/server';
import { parseFamilies, promtoolCheck, scrape, value } from '../http/prometheus';

afterEach(async () => {
  await closeAllClients();
  await stopAllServers();
});

/** A server with its HTTP port on a free port of 127.0.0.1; `url` is that port's. */
async function startWithHttp(
  options: Parameters<typeof startServer>[0] = {},
): Promise<{ server: RingwireServer; port: number; url: string }> {
  const { server, port } = await startServer({ httpPort: 0, ...options });
  return { server, port, url: `http://127.0.0.1:${server.httpAddress?.port}` };
}

async function status(url: string): Promise<[number, string]> {
  const response = await fetch(url);
  return [response.status, await response.text()];
}

test('with --data-dir, /metrics counts fdatasyncs and their time, each ring log bytes, and what a restart recovered', async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'ringwire-metrics-')), 'data');
  try {
    const first = await startWithHttp({ dataDir, fsync: 'always' });
    const writer = await openClient(first.port, 'writer');
    for (let i = 0; i < 10; i++) await writer.set(`m${i}`, { ring: 'a' });
    let all = await parseFamilies(await scrape(first.url));
    const fsyncs = value(all, 'ringwire_store_fsyncs_total');
    expect(fsyncs).toBeGreaterThanOrEqual(10);
    const durations = (all.get('ringwire_store_fsync_duration_seconds')?.data ??
      []) as PromHistogramData[];
    expect(Number(durations[0]?.count)).toBe(fsyncs);
    expect(value(all, 'ringwire_store_log_bytes', { ring: 'a' })).toBeGreaterThan(10 * 2);
    expect(value(all, 'ringwire_store_recovered_messages', { ring: 'a' })).toBe(0);
    expect(value(all, 'ringwire_store_errors_total', { ring: 'a' })).toBe(0);
    await closeAllClients();
    await stopAllServers();

    const second = await startWithHttp({ dataDir });
    all = await parseFamilies(await scrape(second.url));
    expect(value(all, 'ringwire_store_recovered_messages', { ring: 'a' })).toBe(10);
    expect(value(all, 'ringwire_store_recovery_duration_seconds')).toBeGreaterThan(0);
  } finally {
    await closeAllClients();
    await stopAllServers();
    rmSync(dirname(dataDir), { recursive: true, force: true });
  }
});

test('requests are timed only with the HTTP port, whose /metrics is all that shows their latency', async () => {
  const timed = await startWithHttp();
  const { server, port } = await startServer();
  for (const target of [timed.port, port]) {
    const client = await openClient(target, 'timing');
    await client.set('x');
  }
  expect(timed.server.snapshot().requestLatency.get('set')?.count).toBe(1);
  expect(server.snapshot().requests.get('set')).toBe(1);
  expect(server.snapshot().requestLatency.size).toBe(0);
});

test('after 1,000 SETs into ring a, /metrics counts 1,000 set requests and ring a holds what it must', async () => {
  const { port, url } = await startWithHttp({ rings: [{ name: 'a', capacity: 100 }] });
  const client = await openClient(port, 'loader');
  const payload = 'x'.repeat(20);
  for (let sent = 0; sent < 1000; sent += 50) {
    await Promise.all(Array.from({ length: 50 }, () => client.set(payload, { ring: 'a' })));
  }
  const text = await scrape(url);
  const all = await parseFamilies(text);

  expect(value(all, 'ringwire_requests_total', { type: 'set' })).toBe(1000);
  const latency = (all.get('ringwire_request_duration_seconds')?.data ?? []) as PromHistogramData[];
  expect(latency.find((h) => h.labels.type === 'set')?.buckets['+Inf']).toBe(1000);
  const ring = (name: string, metric: string): number =>
    value(all, `ringwire_ring_${metric}`, { ring: name });
  expect({
    appends: ring('a', 'appends_total'),
    messages: ring('a', 'messages'),
    bytes: ring('a', 'bytes'),
    overwritten: ring('a', 'overwritten_total'),
    firstSeq: ring('a', 'first_seq'),
    lastSeq: ring('a', 'last_seq'),
    capacity: ring('a', 'capacity_messages'),
    defaultAppends: ring('default', 'appends_total'),
  }).toEqual({
    appends: 1000,
    messages: 100,
    bytes: 100 * payload.length,
    overwritten: 900,
    firstSeq: 901,
    lastSeq: 1000,
    capacity: 100,
    defaultAppends: 0,
  });
  expect(value(all, 'ringwire_connections_opened_total')).toBe(1);
  expect(value(all, 'ringwire_connections_open')).toBe(1);
  // Every SET carried its payload in; every reply is a few bytes out.
  expect(value(all, 'ringwire_received_bytes_total')).toBeGreaterThan(1000 * payload.length);
  expect(value(all, 'ringwire_sent_bytes_total')).toBeGreaterThan(1000 * 4);
  expect(promtoolCheck(text)).toEqual({ status: 0, output: '' });
});

test('refusals, failed handshakes, wrong secrets, RING_FULL and subscribers are counted', async () => {
  const secret = Buffer.from('a-long-shared-secret-for-metrics');
  const { port, url } = await startWithHttp({
    secret,
    maxConnections: 2,
    rings: [{ name: 'r', capacity: 2, overflow: 'reject' }],
  });
  const writer = await connect({ port, name: 'writer', secret });
  const reader = await connect({ port, name: 'reader', secret });
  try {
    // BUSY: the third connection.
    await expect(connect({ port, name: 'third', secret })).rejects.toMatchObject({ code: 'BUSY' });
    await reader.close();
    await expect(
      connect({ port, name: 'wrong', secret: Buffer.alloc(32, 1) }),
    ).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    // Not ringwire at all: closed before any handshake.
    const garbage = await RawConnection.open(port);
    garbage.sendBytes(Buffer.from([0, 0, 0, 3, 0xff, 0xff, 0xff]));
    await garbage.waitClosed();

    // A reader's cursor at seq 1 holds seq 2 back: the 4th SET is refused.
    const follower = await connect({ port, name: 'follower', secret });
    await writer.set('1', { ring: 'r' });
    await writer.set('2', { ring: 'r' });
    await follower.get({ ring: 'r', next: true, count: 1 });
    await writer.set('3', { ring: 'r' });
    await expect(writer.set('4', { ring: 'r' })).rejects.toMatchObject({ code: 'RING_FULL' });
    await follower.close();

    const all = await parseFamilies(await scrape(url));
    expect({
      refused: value(all, 'ringwire_connections_refused_total'),
      auth: value(all, 'ringwire_auth_failures_total'),
      // The wrong secret and the garbage; the BUSY refusal never became a connection.
      handshake: value(all, 'ringwire_handshake_failures_total'),
      opened: value(all, 'ringwire_connections_opened_total'),
      ringFull: value(all, 'ringwire_ring_full_refusals_total', { ring: 'r' }),
      ringFullErrors: value(all, 'ringwire_errors_total', { code: 'RING_FULL' }),
      overwritten: value(all, 'ringwire_ring_overwritten_total', { ring: 'r' }),
      appends: value(all, 'ringwire_ring_appends_total', { ring: 'r' }),
    }).toEqual({
      refused: 1,
      auth: 1,
      handshake: 2,
      opened: 5,
      ringFull: 1,
      ringFullErrors: 1,
      overwritten: 1,
      appends: 3,
    });
  } finally {
    await writer.close();
    await reader.close();
  }
});

test('a subscriber is counted, with no lag once it has been pushed everything', async () => {
  const { port, url } = await startWithHttp();
  const writer = await openClient(port, 'writer');
  const subscriber = await openClient(port, 'subscriber');
  const subscription = subscriber.subscribe({ ring: 'live', from: 'oldest' });
  await writer.set('one', { ring: 'live' });
  await writer.set('two', { ring: 'live' });
  // Read without leaving the loop: breaking out would end the subscription.
  const events = subscription[Symbol.asyncIterator]();
  const received: string[] = [];
  while (received.length < 2) {
    const { value: event } = await events.next();
    if (event?.type === 'message') received.push(event.message.payload.toString());
  }
  const all = await parseFamilies(await scrape(url));
  expect({
    received,
    subscribers: value(all, 'ringwire_ring_subscribers', { ring: 'live' }),
    lagMax: value(all, 'ringwire_ring_subscriber_lag_max_messages', { ring: 'live' }),
    lagSum: value(all, 'ringwire_ring_subscriber_lag_sum_messages', { ring: 'live' }),
  }).toEqual({ received: ['one', 'two'], subscribers: 1, lagMax: 0, lagSum: 0 });
});

test('a subscriber that reads nothing lags behind by what it was not pushed', async () => {
  const { port, url } = await startWithHttp({
    rings: [{ name: 'slow', capacity: 10_000, maxBytes: 64 * 1024 * 1024 }],
  });
  const stalled = await RawConnection.ready(port);
  stalled.send({ id: 2, subscribe: { ring: 'slow', start: 1 } });
  expect((await stalled.next()).body).toBe('subscribe');
  stalled.socket.pause();
  try {
    // 16 MB: more than the socket buffers hold, so the server has to stop pushing.
    const writer = await openClient(port, 'writer');
    const payload = Buffer.alloc(4096, 1);
    for (let sent = 0; sent < 4000; sent += 100) {
      await Promise.all(Array.from({ length: 100 }, () => writer.set(payload, { ring: 'slow' })));
    }
    const all = await parseFamilies(await scrape(url));
    const lagMax = value(all, 'ringwire_ring_subscriber_lag_max_messages', { ring: 'slow' });
    expect(lagMax).toBeGreaterThan(0);
    expect(lagMax).toBeLessThanOrEqual(4000);
    expect(value(all, 'ringwire_ring_subscriber_lag_sum_messages', { ring: 'slow' })).toBe(lagMax);
  } finally {
    stalled.destroy();
  }
});

test('/healthz is ok; /readyz is 503 with its reason while a store is unavailable and while shutting down', async () => {
  const { server, port, url } = await startWithHttp();
  expect(await status(`${url}/healthz`)).toEqual([200, 'ok\n']);
  expect(await status(`${url}/readyz`)).toEqual([200, 'ready\n']);

  server.setStoreUnavailable('disk full');
  expect(await status(`${url}/readyz`)).toEqual([503, 'store unavailable: disk full\n']);
  server.setStoreUnavailable(undefined);
  expect(await status(`${url}/readyz`)).toEqual([200, 'ready\n']);

  // A client that reads nothing keeps the shutdown draining (up to the 2 s a closing
  // connection is granted), while the HTTP port still answers.
  const stubborn = await RawConnection.ready(port);
  stubborn.socket.pause();
  try {
    const shutdown = server.shutdown();
    expect(await status(`${url}/readyz`)).toEqual([503, 'shutting down\n']);
    expect(await status(`${url}/healthz`)).toEqual([200, 'ok\n']);
    await shutdown;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  } finally {
    stubborn.destroy();
  }
});

test('an HTTP port already taken fails listen() and leaves the protocol port closed', async () => {
  const { server: first } = await startWithHttp();
  const { RingwireServer } = await import('../../src/server');
  const second = new RingwireServer({ port: 0, httpPort: first.httpAddress?.port });
  await expect(second.listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
  expect(second.address).toBeNull();
});

describe('with TLS files', () => {
  let pki: TestPki;
  beforeAll(() => {
    pki = createTestPki();
  });
  afterAll(() => pki.remove());

  it('serves HTTPS with the same certificate', async () => {
    const { server } = await startWithHttp({
      tls: { cert: pki.serverCert, key: pki.serverKey },
    });
    const answer = await new Promise<[number | undefined, string]>((resolve, reject) => {
      const request = httpsGet(
        { host: '127.0.0.1', port: server.httpAddress?.port, path: '/readyz', ca: pki.caCert },
        (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve([response.statusCode, body]));
        },
      );
      request.on('error', reject);
    });
    expect(answer).toEqual([200, 'ready\n']);
  });
});
