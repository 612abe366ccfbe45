import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { connect, RingwireError, type Client, type ConnectOptions } from '../../src/client';
import { clientProof } from '../../src/protocol/auth';
import { AUTH_FAILURE_DELAY_MS } from '../../src/server/handshake';
import { createTestPki, type TestPki } from '../helpers/certificates';
import { RawConnection, helloFor } from '../helpers/raw-connection';
import { startServer, stopAllServers } from '../helpers/server';
import { waitFor } from '../helpers/wait';

const SECRET = Buffer.from('a-long-shared-secret-for-tests');
const clients: Client[] = [];
let pki: TestPki;

beforeAll(() => {
  pki = createTestPki();
});
afterAll(() => pki.remove());
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close().catch(() => {})));
  await stopAllServers();
});

async function open(options: ConnectOptions): Promise<Client> {
  const client = await connect({ name: 'tester', ...options });
  clients.push(client);
  return client;
}

async function failure(promise: Promise<unknown>): Promise<RingwireError> {
  const outcome = await promise.then(
    (value) => {
      if (value && typeof (value as Client).close === 'function') clients.push(value as Client);
      return undefined;
    },
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(RingwireError);
  return outcome as RingwireError;
}

describe('shared-secret authentication', () => {
  it('lets in a client that knows the secret; both sides prove it', async () => {
    const { port } = await startServer({ secret: SECRET });
    const client = await open({ port, secret: SECRET });
    expect(client.server.authenticated).toBe(true);
    expect(await client.set('authenticated')).toBe(1n);
  });

  it('refuses a wrong secret with AUTH_FAILED, after a fixed delay, and closes', async () => {
    const { port } = await startServer({ secret: SECRET });
    const started = Date.now();
    const error = await failure(open({ port, secret: 'the-wrong-secret-entirely' }));
    expect([error.code, error.message]).toEqual(['AUTH_FAILED', 'authentication failed']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it('refuses a client without a secret, and a server that cannot prove it knows the secret', async () => {
    const guarded = await startServer({ secret: SECRET });
    expect((await failure(open({ port: guarded.port }))).message).toContain(
      'requires a shared secret',
    );
    const open_ = await startServer();
    expect((await failure(open({ port: open_.port, secret: SECRET }))).message).toContain(
      'did not prove it knows the shared secret',
    );
  });

  it('does not accept a replayed AuthResponse', async () => {
    const { port } = await startServer({ secret: SECRET });
    const clientNonce = Buffer.alloc(32, 9);
    const first = await RawConnection.open(port);
    first.send({ id: 1, hello: { ...helloFor('replay'), clientNonce } });
    const challenge = await first.next();
    const serverNonce = Buffer.from(challenge.challenge?.serverNonce ?? []);
    const proof = clientProof(SECRET, { clientNonce, serverNonce, clientName: 'replay' });
    first.send({ id: 2, auth: { clientProof: proof } });
    expect((await first.next()).body).toBe('welcome');
    first.destroy();

    // The same Hello and the recorded proof, on a new connection: a new server nonce, so it fails.
    const second = await RawConnection.open(port);
    second.send(
      { id: 1, hello: { ...helloFor('replay'), clientNonce } },
      { id: 2, auth: { clientProof: proof } },
    );
    expect((await second.next()).body).toBe('challenge');
    const refusal = await second.next();
    expect([refusal.id, refusal.error?.code]).toEqual([0, 12]);
    await second.waitClosed();
  });

  it('after repeated failures an address is slowed down, not locked out: the right secret still gets in', async () => {
    const { port } = await startServer({ secret: SECRET });
    for (let i = 0; i < 5; i++) await failure(open({ port, secret: 'wrong-wrong-wrong-wrong' }));
    const started = Date.now();
    const client = await open({ port, secret: SECRET });
    const elapsed = Date.now() - started;
    expect(client.server.authenticated).toBe(true);
    // The sixth guess's challenge waits 250 ms (doubling with each further guess).
    expect(elapsed).toBeGreaterThanOrEqual(AUTH_FAILURE_DELAY_MS);
  });
});

describe('TLS', () => {
  const tlsServer = (ca?: Buffer): Promise<{ port: number }> =>
    startServer({ tls: { cert: pki.serverCert, key: pki.serverKey, ca } });

  it('carries the same protocol over TLS', async () => {
    const { port } = await tlsServer();
    const client = await open({ port, tls: { ca: pki.caCert } });
    expect(await client.set('over tls')).toBe(1n);
    expect((await client.get()).messages[0].payload.toString()).toBe('over tls');
  });

  it('combines with the shared secret', async () => {
    const { port } = await startServer({
      secret: SECRET,
      tls: { cert: pki.serverCert, key: pki.serverKey },
    });
    const client = await open({
      port,
      secret: SECRET,
      tls: { ca: pki.caCert, servername: 'localhost' },
    });
    expect(client.server.authenticated).toBe(true);
  });

  it('refuses client-initiated renegotiation (TLS 1.2): the connection is closed', async () => {
    const { port } = await tlsServer();
    const socket = tlsConnect({
      port,
      host: '127.0.0.1',
      ca: pki.caCert,
      servername: 'localhost',
      maxVersion: 'TLSv1.2',
    });
    socket.on('error', () => {});
    await new Promise((resolve) => socket.once('secureConnect', resolve));
    const closed = new Promise<string>((resolve) => socket.once('close', () => resolve('closed')));
    let renegotiated = 0;
    for (let i = 0; i < 5; i++) {
      const outcome = await Promise.race([
        closed,
        new Promise<string>((resolve) =>
          socket.renegotiate({ rejectUnauthorized: false }, (error) =>
            resolve(error ? 'refused' : 'renegotiated'),
          ),
        ),
      ]);
      if (outcome !== 'renegotiated') break;
      renegotiated++;
    }
    socket.destroy();
    await closed;
    expect(renegotiated).toBe(0);
  });

  it('fails clearly when the client does not trust the server certificate', async () => {
    const { port } = await tlsServer();
    const error = await failure(open({ port, tls: { ca: pki.rogueCert } }));
    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toMatch(/over TLS: .*(certificate|verify)/);
  });

  it('answers a plain client on the TLS port with a clear error', async () => {
    const { port } = await tlsServer();
    const error = await failure(open({ port }));
    expect([error.code, error.message]).toEqual([
      'PROTOCOL_VIOLATION',
      'this server requires TLS: connect with TLS (client --tls)',
    ]);
  });

  it('answers a TLS client on the plain port with a TLS alert', async () => {
    const { port } = await startServer();
    const error = await failure(open({ port, tls: { ca: pki.caCert } }));
    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toMatch(/over TLS: .*handshake failure/i);
  });

  it('answers an HTTP request on the plain port with 400', async () => {
    const { port } = await startServer();
    const socket = netConnect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk));
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await new Promise((resolve) => socket.on('close', resolve));
    expect(response).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[^]*not HTTP/);
  });

  it('requires a client certificate signed by --tls-ca when one is given', async () => {
    const { port } = await tlsServer(pki.caCert);
    const withCert = await open({
      port,
      tls: { ca: pki.caCert, cert: pki.clientCert, key: pki.clientKey },
    });
    expect(await withCert.set('mutual')).toBe(1n);
    await failure(open({ port, tls: { ca: pki.caCert } }));
    await failure(open({ port, tls: { ca: pki.caCert, cert: pki.rogueCert, key: pki.rogueKey } }));
  });

  it('cuts off a client that stalls in the TLS handshake', async () => {
    const { port } = await startServer({
      tls: { cert: pki.serverCert, key: pki.serverKey },
      handshakeTimeoutMs: 200,
    });
    const socket = netConnect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write(Buffer.from([0x16, 0x03, 0x01])); // the start of a ClientHello, then nothing
    await new Promise((resolve) => socket.on('close', resolve));
  });

  it('cuts off a TLS client that completes TLS but sends no Hello', async () => {
    const { port } = await startServer({
      tls: { cert: pki.serverCert, key: pki.serverKey },
      handshakeTimeoutMs: 200,
    });
    const socket = tlsConnect({ port, host: '127.0.0.1', ca: pki.caCert, servername: 'localhost' });
    socket.on('error', () => {});
    socket.resume();
    await new Promise((resolve) => socket.on('close', resolve));
  });
});

describe('connection limits', () => {
  it('answers connections over --max-connections with BUSY and keeps serving the others', async () => {
    const { port, server } = await startServer({ maxConnections: 2 });
    const first = await open({ port });
    await open({ port });
    const error = await failure(open({ port }));
    expect(error.code).toBe('BUSY');
    expect(await first.set('still served')).toBe(1n);
    await first.close();
    await waitFor(() => server.connectionCount === 1);
    await open({ port });
  });

  it('closes a connection that sends nothing for the idle timeout, telling it why', async () => {
    const { port } = await startServer({ idleTimeoutMs: 200 });
    const raw = await RawConnection.ready(port);
    const frame = await raw.next(5000);
    expect([frame.id, frame.error?.code]).toEqual([0, 14]);
    await raw.waitClosed();
  });

  it('counts the idle timeout from the last input: requests keep a connection open, silence closes it', async () => {
    const { port } = await startServer({ idleTimeoutMs: 300 });
    const raw = await RawConnection.ready(port);
    for (let id = 1; id <= 6; id++) {
      raw.send({ id, ping: {} });
      expect((await raw.next()).id).toBe(id);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Twice the idle timeout since the connection opened: still served.
    raw.send({ id: 7, ping: {} });
    const lastSentAt = performance.now();
    expect((await raw.next()).id).toBe(7);
    const frame = await raw.next(5000);
    expect([frame.id, frame.error?.code]).toEqual([0, 14]);
    expect(performance.now() - lastSentAt).toBeGreaterThanOrEqual(290);
    await raw.waitClosed();
  });

  it('keeps a quiet library connection open past the idle timeout by pinging', async () => {
    const { port } = await startServer({ idleTimeoutMs: 300 });
    const client = await open({ port });
    expect(client.server.idleTimeoutMs).toBe(300);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await client.set('still here')).toBe(1n);
    expect((await client.stats()).requests.ping).toBeGreaterThan(0);
  });

  it('does not count a waiting GET as idle', async () => {
    const { port } = await startServer({ idleTimeoutMs: 200 });
    const raw = await RawConnection.ready(port);
    raw.send({ id: 5, get: { afterSeq: 0, waitMs: 600 } });
    const reply = await raw.next(5000);
    expect([reply.id, reply.body]).toEqual([5, 'get']);
  });
});
