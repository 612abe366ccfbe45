import { spawn } from 'node:child_process';
import {
  at,
  cleanUpFailover,
  closedGate,
  killHard,
  newDataDir,
  openFailoverClient,
  spawnKillable,
  track,
} from '../helpers/failover';
import { exitOf, launcher, run } from '../helpers/processes';
import { startServer } from '../helpers/server';
import { waitFor } from '../helpers/wait';

// ./client --host a:7878,b:7878 (issue 12): every command connects to the first server that
// answers; tail fails over to the next when its server is killed, and carries on from the
// seq after the last line it printed.

afterEach(cleanUpFailover);

it('tail follows the ring across kill -9 of its server: every message once, in order', async () => {
  const dataDir = newDataDir();
  const first = await spawnKillable(['--data-dir', dataDir]);
  const gate = await closedGate();
  const tail = spawn(launcher('client'), [
    '--host',
    `${at(first.port)},${at(gate.port)}`,
    'tail',
    '--from',
    'oldest',
  ]);
  track(tail);
  let stdout = '';
  let stderr = '';
  tail.stdout.on('data', (chunk) => (stdout += chunk));
  tail.stderr.on('data', (chunk) => (stderr += chunk));
  const printed = (): string[] => stdout.split('\n').slice(0, -1);

  const before = await openFailoverClient({ port: first.port, name: 'writer' });
  for (let i = 1; i <= 5; i++) await before.set(`m${i}`);
  await waitFor(() => printed().length === 5, 10_000);
  await killHard(first.child);
  await waitFor(() => stderr.includes(`note: lost ${at(first.port)}`), 10_000);

  const second = await startServer({ dataDir });
  const after = await openFailoverClient({ port: second.port, name: 'writer' });
  for (let i = 6; i <= 10; i++) await after.set(`m${i}`);
  gate.open(second.port);
  await waitFor(() => printed().length >= 10, 20_000);

  expect(printed().map((line) => line.split('\t'))).toEqual(
    Array.from({ length: 10 }, (_, i) => [
      String(i + 1),
      expect.any(String),
      'writer',
      `m${i + 1}`,
    ]),
  );
  expect(stderr).toContain(`note: reconnected to ${at(gate.port)}`);
  tail.kill('SIGTERM');
  expect(await exitOf(tail)).toBe(0);
});

it('a one-shot command uses the first server of --host that answers; --port is the default port', async () => {
  const gate = await closedGate();
  const { port } = await startServer();
  const result = await run('client', [
    '--host',
    `${at(gate.port)},127.0.0.1`,
    '--port',
    String(port),
    'set',
    'hi',
  ]);
  expect([result.status, result.stdout, result.stderr]).toEqual([0, '1\n', '']);
});

it('exits 1 naming each server when none answers', async () => {
  const gates = [await closedGate(), await closedGate()];
  const result = await run('client', ['--host', gates.map((g) => at(g.port)).join(','), 'ping']);
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/^client: no server answered: .*\(CONNECTION_FAILED\)\n$/);
  for (const gate of gates) expect(result.stderr).toContain(at(gate.port));
});

const LIST_RULE =
  'must be HOST[:PORT] or several separated by commas (ports 1 to 65535; IPv6 as [ADDRESS]:PORT)';

it.each([
  [['--host', 'a:0'], `--host ${LIST_RULE}, got "a:0"`],
  [['--host', 'a:65536,b'], `--host ${LIST_RULE}, got "a:65536,b"`],
  [['--host', 'a,,b'], `--host ${LIST_RULE}, got "a,,b"`],
  [['--host', 'a,'], `--host ${LIST_RULE}, got "a,"`],
  [['--host', 'a:x'], `--host ${LIST_RULE}, got "a:x"`],
  [['--host', '[::1]x'], `--host ${LIST_RULE}, got "[::1]x"`],
])('exits 2 with one line for %j', async (args, message) => {
  const result = await run('client', [...args, 'ping']);
  expect(result.stderr).toContain(`client: ${message}`);
  expect([result.status, result.stderr.trim().split('\n').length]).toEqual([2, 1]);
});

it('names $RINGWIRE_HOST when the list comes from the environment', async () => {
  const result = await run('client', ['ping'], { env: { RINGWIRE_HOST: 'a:1,:2' } });
  expect([result.status, result.stderr.trim()]).toEqual([
    2,
    expect.stringContaining(`client: $RINGWIRE_HOST ${LIST_RULE}, got "a:1,:2"`),
  ]);
});

it('--help describes the server list', async () => {
  const result = await run('client', ['--help']);
  expect(result.stdout).toMatch(/--host HOST\[,HOST\.\.\.\] +server address; several servers/);
});
