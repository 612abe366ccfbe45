import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nkeys } from '@nats-io/nats-core';
import { closeAllClients, openClient } from '../helpers/clients';
import { useNatsCluster } from '../helpers/nats-cluster';
import { exitOf, run, spawnServer } from '../helpers/processes';

// ./server over a NATS cluster that admits only known users (--nats-creds): the credentials
// file's seed signs the server's nonce. Without operator mode, NATS checks the NKey and not
// the JWT, which here is a placeholder.

const user = nkeys.createUser();
const directory = mkdtempSync(join(tmpdir(), 'ringwire-creds-'));
const credsFile = join(directory, 'user.creds');
writeFileSync(
  credsFile,
  [
    '-----BEGIN NATS USER JWT-----',
    'eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ.e30.c2ln',
    '------END NATS USER JWT------',
    '',
    '-----BEGIN USER NKEY SEED-----',
    Buffer.from(user.getSeed()).toString(),
    '------END USER NKEY SEED------',
    '',
  ].join('\n'),
);
const cluster = useNatsCluster(3, () => ({
  configLines: [
    `authorization { users: [ { nkey: "${user.getPublicKey()}" }, { user: "admin", password: "admin-pw" } ] }`,
  ],
  connectOptions: { user: 'admin', pass: 'admin-pw' },
}));

afterEach(closeAllClients);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

test('with --nats-creds the server uses the cluster; without, it does not start and says why', async () => {
  const store = ['--store', cluster().url, '--stream-prefix', 'creds', '--replicas', '1'];
  const { child, port } = await spawnServer([...store, '--nats-creds', credsFile]);
  try {
    const client = await openClient(port, 'creds');
    const seq = await client.set('signed in');
    expect((await client.get({ count: 1 })).messages[0].seq).toBe(seq);
  } finally {
    child.kill('SIGTERM');
    await exitOf(child);
  }
  const refused = await run('server', ['--port', '0', ...store]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toContain('Authorization Violation');
});
