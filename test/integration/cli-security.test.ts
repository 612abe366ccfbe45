import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki, type TestPki } from '../helpers/certificates';
import { exitOf, run, spawnServer } from '../helpers/processes';

let pki: TestPki;
let dir: string;
let secretFile: string;

beforeAll(() => {
  pki = createTestPki();
  dir = mkdtempSync(join(tmpdir(), 'ringwire-cli-'));
  secretFile = join(dir, 'secret');
  writeFileSync(secretFile, 'the-cli-shared-secret\n'); // as `echo` writes it
});
afterAll(() => {
  pki.remove();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs ./server with flags for the test, hands its port to `use`, then stops it with SIGTERM. */
async function withServer(flags: string[], use: (port: number) => Promise<void>): Promise<void> {
  const { child, port } = await spawnServer(['--quiet', ...flags]);
  try {
    await use(port);
  } finally {
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  }
}

describe('./server and ./client with a shared secret', () => {
  it('work together with --secret-file on both sides, or RINGWIRE_SECRET', async () => {
    await withServer(['--secret-file', secretFile], async (port) => {
      const flags = ['--port', String(port)];
      expect(
        await run('client', [...flags, '--secret-file', secretFile, 'set', 'secret']),
      ).toMatchObject({ status: 0, stdout: '1\n' });
      const viaEnv = await run('client', [...flags, 'get'], {
        env: { RINGWIRE_SECRET: 'the-cli-shared-secret' },
      });
      expect([viaEnv.status, viaEnv.stdout]).toEqual([0, expect.stringMatching(/\tsecret\n$/)]);
      const wrong = await run('client', [...flags, 'get'], {
        env: { RINGWIRE_SECRET: 'not-the-shared-secret' },
      });
      expect([wrong.status, wrong.stderr.trim()]).toEqual([
        1,
        'client: authentication failed (AUTH_FAILED)',
      ]);
      const none = await run('client', [...flags, 'get']);
      expect([none.status, none.stderr.trim()]).toEqual([
        1,
        'client: the server requires a shared secret (AUTH_FAILED)',
      ]);
    });
  });

  it('refuse a short or missing secret file as a usage error', async () => {
    writeFileSync(join(dir, 'short'), 'short');
    const short = await run('server', ['--secret-file', join(dir, 'short')]);
    expect([short.status, short.stderr]).toEqual([
      2,
      expect.stringContaining('must have at least 16 bytes, got 5'),
    ]);
    const missing = await run('client', ['--secret-file', join(dir, 'nope'), 'get']);
    expect([missing.status, missing.stderr]).toEqual([
      2,
      expect.stringContaining('cannot read --secret-file'),
    ]);
  });
});

describe('./server and ./client over TLS', () => {
  it('connect with --tls-ca, fail clearly without trust or without TLS', async () => {
    await withServer(
      ['--tls-cert', pki.files.serverCert, '--tls-key', pki.files.serverKey],
      async (port) => {
        const flags = ['--port', String(port)];
        expect(
          await run('client', [...flags, '--tls-ca', pki.files.caCert, 'set', 'tls']),
        ).toMatchObject({ status: 0, stdout: '1\n' });
        const named = await run('client', [
          ...flags,
          '--host',
          'localhost',
          '--tls-ca',
          pki.files.caCert,
          '--tls-servername',
          'localhost',
          'get',
        ]);
        expect(named.status).toBe(0);
        const untrusted = await run('client', [...flags, '--tls', 'get']);
        expect([untrusted.status, untrusted.stderr]).toEqual([
          1,
          expect.stringMatching(
            /^client: cannot connect to .* over TLS: .*\(CONNECTION_FAILED\)\n$/,
          ),
        ]);
        const plain = await run('client', [...flags, 'get']);
        expect([plain.status, plain.stderr]).toEqual([
          1,
          'client: this server requires TLS: connect with TLS (client --tls) (PROTOCOL_VIOLATION)\n',
        ]);
      },
    );
  });

  it('require client certificates with --tls-ca on the server', async () => {
    const flags = [
      '--tls-cert',
      pki.files.serverCert,
      '--tls-key',
      pki.files.serverKey,
      '--tls-ca',
      pki.files.caCert,
    ];
    await withServer(flags, async (port) => {
      const base = ['--port', String(port), '--tls-ca', pki.files.caCert];
      const withCert = await run('client', [
        ...base,
        '--tls-cert',
        pki.files.clientCert,
        '--tls-key',
        pki.files.clientKey,
        'get',
      ]);
      expect(withCert.status).toBe(0);
      expect((await run('client', [...base, 'get'])).status).toBe(1);
    });
  });

  it('refuse half a certificate pair as a usage error', async () => {
    const server = await run('server', ['--tls-cert', pki.files.serverCert]);
    expect([server.status, server.stderr]).toEqual([
      2,
      expect.stringContaining('--tls-cert and --tls-key go together'),
    ]);
    const ca = await run('server', ['--tls-ca', pki.files.caCert]);
    expect([ca.status, ca.stderr]).toEqual([
      2,
      expect.stringContaining('--tls-ca needs --tls-cert and --tls-key'),
    ]);
    const client = await run('client', ['--tls-key', pki.files.clientKey, 'get']);
    expect([client.status, client.stderr]).toEqual([
      2,
      expect.stringContaining('--tls-cert and --tls-key go together'),
    ]);
  });
});
