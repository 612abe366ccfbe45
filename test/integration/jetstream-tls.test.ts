import { spawn } from 'node:child_process';
import { closeAllClients, openClient } from '../helpers/clients';
import { createTestPki } from '../helpers/certificates';
import { useNatsCluster } from '../helpers/nats-cluster';
import { exitOf, launcher, run, spawnServer } from '../helpers/processes';
import { waitFor } from '../helpers/wait';

// ./server over a NATS cluster that takes clients over TLS only and verifies their
// certificates (--nats-tls-ca, --nats-tls-cert, --nats-tls-key).

const pki = createTestPki();
const cluster = useNatsCluster(3, () => {
  const { caCert, serverCert, serverKey, clientCert, clientKey } = pki.files;
  return {
    configLines: [
      `tls { cert_file: "${serverCert}", key_file: "${serverKey}", ca_file: "${caCert}", verify: true }`,
    ],
    connectOptions: { tls: { caFile: caCert, certFile: clientCert, keyFile: clientKey } },
  };
});
const children: ReturnType<typeof spawnServer>[] = [];

afterEach(async () => {
  await closeAllClients();
  for (const started of children.splice(0)) {
    const { child } = await started.catch(() => ({ child: undefined }));
    child?.kill('SIGTERM');
    if (child) await exitOf(child);
  }
});

afterAll(() => pki.remove());

const storeArgs = (prefix: string): string[] => [
  '--store',
  cluster().url,
  '--stream-prefix',
  prefix,
  '--replicas',
  '1',
];

test('with the CA and a client certificate, two servers share a ring through the TLS-only cluster', async () => {
  const tlsArgs = [
    '--nats-tls-ca',
    pki.files.caCert,
    '--nats-tls-cert',
    pki.files.clientCert,
    '--nats-tls-key',
    pki.files.clientKey,
  ];
  const servers = [0, 1].map(() => spawnServer([...storeArgs('tls1'), ...tlsArgs]));
  children.push(...servers);
  const [a, b] = await Promise.all(servers);
  const writer = await openClient(a.port, 'tls-writer');
  const reader = await openClient(b.port, 'tls-reader');
  const seq = await writer.set('over TLS', { ring: 'secure' });
  // Server B makes its replica of the ring when first asked: it catches up.
  let read: string[] = [];
  await waitFor(async () => {
    const { messages } = await reader.get({ ring: 'secure', count: 10 });
    read = messages.map((m) => `${m.seq} ${Buffer.from(m.payload).toString()}`);
    return read.length > 0;
  });
  expect(read).toEqual([`${seq} over TLS`]);
});

test('without a client certificate, or trusting another CA, or without TLS, the server does not start and says why', async () => {
  const attempts: [string[], RegExp][] = [
    // The NATS server ends the TLS handshake; the client waits for its answer (5 s a node).
    [['--nats-tls-ca', pki.files.caCert], /timeout/],
    [['--nats-tls-ca', pki.files.serverCert], /unable to verify/],
    [[], /unable to verify/],
  ];
  const results = await Promise.all(
    attempts.map(([tlsArgs]) =>
      run('server', ['--port', '0', '--store', cluster().urlOf(0), ...tlsArgs], {
        timeoutMs: 40_000,
      }),
    ),
  );
  for (const [i, result] of results.entries()) {
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot use NATS JetStream at nats:\/\/127\.0\.0\.1/);
    expect(result.stderr).toMatch(attempts[i][1]);
  }
}, 60_000);

test('a SIGTERM while the server waits for NATS ends the start at once, exit status 1', async () => {
  // No client certificate: the start would fail only after the connection timeout.
  const child = spawn(
    launcher('server'),
    ['--port', '0', '--store', cluster().urlOf(0), '--nats-tls-ca', pki.files.caCert],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  child.kill('SIGTERM');
  expect(await exitOf(child)).toBe(1);
  expect(stderr).toContain('SIGTERM before the server started: exiting');
  expect(stderr).not.toContain('cannot use NATS JetStream');
});
