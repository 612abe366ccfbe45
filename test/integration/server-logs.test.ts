import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../src/client';
import { RawConnection } from '../helpers/raw-connection';
import { exitOf, launcher, run, spawnServer } from '../helpers/processes';
import { waitFor } from '../helpers/wait';

const SECRET = 'the-secret-that-must-never-be-logged';
let dir: string;
let secretFile: string;
const started: ChildProcess[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ringwire-logs-'));
  secretFile = join(dir, 'secret');
  writeFileSync(secretFile, `${SECRET}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

async function startServer(args: string[]) {
  const server = await spawnServer(args);
  started.push(server.child);
  return server;
}

/** Stops the server with SIGTERM and returns its stderr once it exited 0. */
async function stop(server: Awaited<ReturnType<typeof spawnServer>>): Promise<string> {
  server.child.kill('SIGTERM');
  expect(await exitOf(server.child)).toBe(0);
  return server.stderr();
}

/** One client session (2 SETs, a GET) and one connection that sends garbage. */
async function traffic(port: number, secret?: string): Promise<void> {
  const client = await connect({ port, name: 'alice', secret });
  await client.set('one');
  await client.set('two');
  await client.get({ count: 2 });
  await client.close();
  const garbage = await RawConnection.open(port);
  garbage.sendBytes(Buffer.from([0, 0, 0, 3, 0xff, 0xff, 0xff]));
  await garbage.waitClosed();
}

test('JSON logs (stderr is no terminal): every line parses and carries the documented fields; the secret never appears', async () => {
  const server = await startServer(['--secret-file', secretFile, '--http-port', '0']);
  await traffic(server.port, SECRET);
  // The close events are logged as the sockets close on the server's side.
  await waitFor(() => (server.stderr().match(/"event":"close"/g) ?? []).length === 2);
  const stderr = await stop(server);

  expect(stderr).not.toContain(SECRET);
  const events = stderr
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  for (const event of events) {
    expect(event).toEqual(
      expect.objectContaining({
        level: expect.stringMatching(/^(error|warn|info|debug)$/),
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        event: expect.any(String),
        msg: expect.any(String),
      }),
    );
  }
  const byEvent = (name: string) => events.filter((event) => event.event === name);
  const [start] = byEvent('start');
  expect(start).toMatchObject({
    level: 'info',
    version: expect.any(String),
    address: `127.0.0.1:${server.port}`,
    http_address: `127.0.0.1:${server.httpPort}`,
    settings: expect.objectContaining({
      port: 0,
      'http-port': 0,
      'secret-file': secretFile,
      'log-level': 'info',
      authentication: true,
    }),
  });
  const connection = {
    connection: expect.any(Number),
    peer: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
  };
  expect(byEvent('open')).toEqual([
    expect.objectContaining({ level: 'info', ...connection }),
    expect.objectContaining({ level: 'info', ...connection }),
  ]);
  expect(byEvent('hello')).toEqual([
    expect.objectContaining({ ...connection, client: 'alice', version: expect.any(Number) }),
  ]);
  expect(byEvent('error')).toEqual([
    expect.objectContaining({ level: 'warn', ...connection, code: 'PROTOCOL_VIOLATION' }),
  ]);
  const closes = byEvent('close');
  expect(closes).toEqual([
    expect.objectContaining({
      ...connection,
      client: 'alice',
      reason: 'closed by peer',
      duration_ms: expect.any(Number),
      requests: 3,
    }),
    expect.objectContaining({
      ...connection,
      reason: expect.stringContaining('PROTOCOL_VIOLATION'),
      requests: 0,
    }),
  ]);
  expect(closes[1]).not.toHaveProperty('client');
  expect(events.slice(-2).map((event) => event.event)).toEqual(['signal', 'stop']);
});

test('text logs are timestamped lines, as before JSON logs', async () => {
  const server = await startServer(['--log-format', 'text']);
  await traffic(server.port);
  await waitFor(() => (server.stderr().match(/ close /g) ?? []).length === 2);
  const lines = (await stop(server)).trimEnd().split('\n');
  for (const line of lines) expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \S/);
  expect(lines[0]).toMatch(
    / started ringwire \S+: listening on 127\.0\.0\.1:\d+, storage memory \(messages are lost on restart\) host="127\.0\.0\.1" port=0 /,
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/ #1 open 127\.0\.0\.1:\d+$/),
      expect.stringMatching(/ #1 hello 127\.0\.0\.1:\d+ name="alice" v\d session=[0-9a-f]{16}$/),
      expect.stringMatching(
        / #1 close 127\.0\.0\.1:\d+ name="alice" reason="closed by peer" duration=\d+ms requests=3$/,
      ),
      expect.stringMatching(/ #2 error 127\.0\.0\.1:\d+ PROTOCOL_VIOLATION: /),
    ]),
  );
  expect(lines.slice(-2)).toEqual([
    expect.stringMatching(/ SIGTERM: shutting down \(again to force\)$/),
    expect.stringMatching(/ shut down$/),
  ]);
});

test('--quiet drops the connection events, --log-level warn everything below warn', async () => {
  const quiet = await startServer(['--quiet']);
  await traffic(quiet.port);
  const quietEvents = (await stop(quiet))
    .trimEnd()
    .split('\n')
    .map((line) => (JSON.parse(line) as { event: string }).event);
  expect(quietEvents).toEqual(['start', 'signal', 'stop']);

  const warn = await startServer(['--log-level', 'warn']);
  await traffic(warn.port);
  await waitFor(() => warn.stderr().includes('PROTOCOL_VIOLATION'));
  const warnEvents = (await stop(warn))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { level: string; event: string });
  expect(warnEvents).toEqual([expect.objectContaining({ level: 'warn', event: 'error' })]);
});

test('--help describes the HTTP port and the log flags', async () => {
  const { status, stdout } = await run('server', ['--help']);
  expect(status).toBe(0);
  for (const text of [
    '--http-port PORT',
    'env RINGWIRE_HTTP_PORT',
    '--http-host HOST',
    '--log-format FORMAT',
    '--log-level LEVEL',
    'HTTPS with --tls-cert and --tls-key',
    '"http on HOST:PORT"',
  ]) {
    expect(stdout).toContain(text);
  }
});

test('an HTTP port already in use: exit 1 naming it, nothing listening', async () => {
  const first = await startServer(['--http-port', '0']);
  const second = await run('server', ['--port', '0', '--http-port', String(first.httpPort)]);
  expect([second.status, second.stdout, second.stderr]).toEqual([
    1,
    '',
    `server: port 127.0.0.1:${first.httpPort} is already in use\n`,
  ]);
});

test('RINGWIRE_HTTP_PORT starts the HTTP port too', async () => {
  const child = spawn(launcher('server'), ['--port', '0'], {
    env: { ...process.env, RINGWIRE_HTTP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  started.push(child);
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  await waitFor(() => /http on 127\.0\.0\.1:\d+\n/.test(stdout));
  const httpPort = /http on 127\.0\.0\.1:(\d+)\n/.exec(stdout)?.[1];
  expect(stdout).toMatch(/^listening on 127\.0\.0\.1:\d+\nstorage: memory .*\nhttp on/);
  expect((await fetch(`http://127.0.0.1:${httpPort}/healthz`)).status).toBe(200);
});
