import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { connect } from '../../src/client';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitOf, launcher, ROOT, run, spawnClient, spawnServer } from '../helpers/processes';
import { waitFor } from '../helpers/wait';
import { startServer, stopAllServers } from '../helpers/server';
import { createServer } from 'node:net';

afterEach(stopAllServers);

/** The interactive prompt in a real terminal (`script` makes one), as a person would have it. */
function promptInTerminal(
  port: number,
  term = 'xterm-256color',
): { terminal: ChildProcessWithoutNullStreams; screen: () => string } {
  const terminal = spawn('script', ['-qfec', `${launcher('client')} --port ${port}`, '/dev/null'], {
    env: { ...process.env, TERM: term, COLUMNS: '200' },
  });
  let output = '';
  terminal.stdout.on('data', (chunk) => (output += chunk));
  // What the screen shows, give or take cursor movement: escape sequences removed.
  // eslint-disable-next-line no-control-regex
  const screen = (): string => output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');
  return { terminal, screen };
}

describe('./client', () => {
  it('stores with set and prints the seq; reads back with get, as text and NDJSON', async () => {
    const { port } = await startServer();
    const flags = ['--port', String(port), '--name', 'cli-user'];
    expect(await run('client', [...flags, 'set', 'hello', 'world'])).toMatchObject({
      status: 0,
      stdout: '1\n',
    });
    expect(await run('client', [...flags, 'set', '--', '-dash'])).toMatchObject({
      status: 0,
      stdout: '2\n',
    });

    const text = await run('client', [...flags, 'get', '-n', '5']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /^1\t\d{4}-\d\d-\d\dT[\d:.]+Z\tcli-user\thello world\n2\t.*\tcli-user\t-dash\n$/,
    );

    const json = await run('client', [...flags, 'get', '--json', '-n', '1']);
    const line = JSON.parse(json.stdout);
    expect(line).toMatchObject({ seq: 2, sender: 'cli-user', text: '-dash' });
    expect(new Date(line.time).getTime()).toBeGreaterThan(0);
  });

  it('reads after a cursor and notes what was lost on stderr', async () => {
    const { port } = await startServer({ capacity: 3 });
    for (let i = 1; i <= 6; i++) await run('client', ['--port', String(port), 'set', `m${i}`]);
    const result = await run('client', ['--port', String(port), 'get', '--after', '1', '-n', '2']);
    expect(
      result.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[3]),
    ).toEqual(['m4', 'm5']);
    expect(result.stderr).toContain('2 message(s) were overwritten before they could be read');
    expect(result.stderr).toContain('continue with --after 5');
  });

  it('runs commands from the interactive prompt, also when piped', async () => {
    const { port } = await startServer();
    const result = await run('client', ['--port', String(port), '--name', 'prompt'], {
      input: 'set  two spaces kept\nget -n 1\nnonsense\nget --after nope\nhelp\nquit\nset never\n',
    });
    expect(result.status).toBe(1); // some commands failed
    expect(result.stdout).toMatch(/^1\n1\t.*\tprompt\t two spaces kept\nCommands:/);
    expect(result.stderr).toContain('error: unknown command "nonsense"');
    expect(result.stderr).toContain('error: --after must be an integer from 0');
  });

  it('exits 1 from a piped prompt when any command failed, 0 when none did', async () => {
    const { port } = await startServer();
    const flags = ['--port', String(port)];
    const failing = await run('client', flags, { input: 'delete 99999\nbogus\nset still runs\n' });
    expect(failing.status).toBe(1);
    expect(failing.stdout).toBe('1\n');
    expect(failing.stderr).toContain('(NOT_FOUND)');
    expect(await run('client', flags, { input: 'set fine\nget\n' })).toMatchObject({ status: 0 });
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(await run('client', ['--version'])).toMatchObject({
      status: 0,
      stdout: `ringwire client ${version}\n`,
    });
  });

  it.each([
    [['bogus'], 'unknown command "bogus"'],
    [['set'], 'set needs the payload: text ("" for an empty one), -, --file PATH or --base64 DATA'],
    [
      ['set', '--base64', 'a b'],
      '--base64 needs padded base64 (A-Z, a-z, 0-9, +, /, =), got "a b"',
    ],
    [['set', '--base64', '-'], '--base64 is for a payload given as an argument'],
    [['set', '--file', '/nonexistent'], 'cannot read --file /nonexistent: ENOENT'],
    [['set', '--file', '/etc/hostname', 'text'], 'set takes --file or text, not both'],
    [['get', 'extra'], 'get takes no arguments'],
    [['set', '--json', 'x'], 'unknown flag --json'],
    [['get', '--after', '1', '--next'], '--after and --next exclude each other'],
    [['get', '--wait-ms', '10'], '--wait-ms needs --after or --next'],
    [['tail', '--from', 'yesterday'], '--from must be oldest, now or an integer'],
    [['update'], 'update needs a seq and the new payload'],
    [['update', '5'], 'update needs the payload: text'],
    [['delete', 'x'], 'the seq must be an integer from 0'],
    [['ping', '-c', '0'], '--count must be an integer from 1'],
    [['get', '-n', '0'], '--count must be an integer from 1'],
    [
      ['get', '--after', '-3'],
      '--after must be an integer from 0 to 18446744073709551615, got "-3"',
    ],
    [['--port', 'x', 'get'], '--port must be an integer'],
    [['--nope'], 'unknown flag --nope'],
  ])('exits 2 with one line for the usage error in %j', async (args, message) => {
    const result = await run('client', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 naming the cause when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const result = await run('client', ['--port', String(port), 'get']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^client: cannot connect to 127\.0\.0\.1:\d+: connect ECONNREFUSED .*\(CONNECTION_FAILED\)$/,
    );
  });

  it('exits 1 with the server error code when the server refuses', async () => {
    const { port } = await startServer({ maxConnections: 1 });
    const holder = await connect({ port, name: 'holder' });
    try {
      const result = await run('client', ['--port', String(port), 'get']);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('(BUSY)');
    } finally {
      await holder.close();
    }
  });

  it('prints help for the program and for each command', async () => {
    for (const args of [['--help'], ['set', '--help'], ['get', '--help']]) {
      const result = await run('client', args);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: client/);
    }
    expect((await run('client', ['get', '--help'])).stdout).toContain('--after SEQ');
  });
});

describe('./server', () => {
  it('documents every flag in --help and rejects bad flags with exit 2', async () => {
    const help = await run('server', ['--help']);
    expect(help.status).toBe(0);
    for (const flag of [
      '--host',
      '--port',
      '--capacity',
      '--max-frame-bytes',
      '--handshake-timeout-ms',
      '--quiet',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    const bad = await run('server', ['--capacity', '0']);
    expect([bad.status, bad.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(bad.stderr).toContain('--capacity must be an integer from 1');
    const env = await run('server', [], { env: { RINGWIRE_PORT: 'x' } });
    expect([env.status, env.stderr]).toEqual([
      2,
      expect.stringContaining('$RINGWIRE_PORT must be an integer'),
    ]);
  });

  it('exits 1 with one line when the port is taken', async () => {
    const { port } = await startServer();
    const result = await run('server', ['--port', String(port)]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`server: port 127.0.0.1:${port} is already in use\n`);
  });

  it('takes its settings from the environment', async () => {
    const { child, port } = await spawnServer(['--quiet']);
    try {
      const result = await run('client', ['get'], { env: { RINGWIRE_PORT: String(port) } });
      expect(result.status).toBe(0);
    } finally {
      child.kill('SIGTERM');
      expect(await exitOf(child)).toBe(0);
    }
  });
});

describe('./client live commands', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'tail prints messages as they arrive until %s, then exits 0',
    async (signal) => {
      const { port } = await startServer();
      const writer = await connect({ port, name: 'writer' });
      try {
        await writer.set('before');
        const tail = spawnClient(['--port', String(port), 'tail', '--from', 'oldest', '--json']);
        await waitFor(() => tail.lines().length === 1);
        await writer.set('live 1');
        await writer.set('live 2');
        await waitFor(() => tail.lines().length === 3);
        expect(tail.lines().map((line) => JSON.parse(line).text)).toEqual([
          'before',
          'live 1',
          'live 2',
        ]);
        tail.child.kill(signal);
        expect(await exitOf(tail.child)).toBe(0);
      } finally {
        await writer.close();
      }
    },
  );

  it('tail --json prints each event type with its keys in one fixed order', async () => {
    const { port } = await startServer();
    const writer = await connect({ port, name: 'writer' });
    try {
      await writer.set('text');
      await writer.set(Buffer.from([0xff, 0xfe]));
      const tail = spawnClient(['--port', String(port), 'tail', '--from', 'oldest', '--json']);
      await waitFor(() => tail.lines().length === 2);
      await writer.update(1n, 'changed');
      await writer.delete(2n);
      await waitFor(() => tail.lines().length === 4);
      tail.child.kill('SIGINT');
      expect(await exitOf(tail.child)).toBe(0);
      expect(tail.lines().map((line) => Object.keys(JSON.parse(line)))).toEqual([
        ['seq', 'time', 'sender', 'text'],
        ['seq', 'time', 'sender', 'text', 'payload_base64'],
        ['event', 'seq', 'time', 'sender', 'text', 'updated_time'],
        ['event', 'seq'],
      ]);
    } finally {
      await writer.close();
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'ping stops on %s with a summary and exit 0',
    async (signal) => {
      const { port } = await startServer();
      const ping = spawnClient(['--port', String(port), 'ping', '-c', '1000000']);
      await waitFor(() => ping.lines().length >= 3);
      ping.child.kill(signal);
      expect(await exitOf(ping.child)).toBe(0);
      const lines = ping.lines();
      const pongs = lines.filter((line) => line.startsWith('pong from '));
      expect(lines.slice(pongs.length)).toEqual([
        expect.stringMatching(/^--- .+ ping statistics ---$/),
        expect.stringMatching(
          /^(\d+) sent, (\d+) received, \d+% loss, rtt min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms$/,
        ),
      ]);
      const [, sent, received] = /^(\d+) sent, (\d+) received/.exec(lines.at(-1) ?? '') ?? [];
      expect(Number(received)).toBe(pongs.length);
      expect(Number(sent) - Number(received)).toBeLessThanOrEqual(1); // the ping in flight
    },
  );

  it('updates and deletes, pings, prints stats, and reads with the cursor', async () => {
    const { port } = await startServer({ capacity: 50 });
    const flags = ['--port', String(port)];
    for (const text of ['one', 'two', 'three']) await run('client', [...flags, 'set', text]);
    expect(await run('client', [...flags, 'update', '2', 'TWO', 'again'])).toMatchObject({
      status: 0,
      stdout: 'updated 2\n',
    });
    expect(await run('client', [...flags, 'delete', '3'])).toMatchObject({
      status: 0,
      stdout: 'deleted 3\n',
    });
    const gone = await run('client', [...flags, 'delete', '3']);
    expect([gone.status, gone.stderr.trim()]).toEqual([
      1,
      expect.stringMatching(/^client: seq 3 is not held.*\(NOT_FOUND\)$/),
    ]);

    const next = await run('client', [...flags, 'get', '--next', '-n', '10']);
    expect(
      next.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[3]),
    ).toEqual(['one', 'TWO again']);
    expect(next.stderr).toContain('1 message(s) in this range were deleted');

    const ping = await run('client', [...flags, 'ping', '-c', '2']);
    expect(ping.stdout).toMatch(
      /^(pong from .+: \d+\.\d{3} ms\n){2}--- .+ ping statistics ---\n2 sent, 2 received, 0% loss, rtt min\/avg\/max = [\d.]+\/[\d.]+\/[\d.]+ ms\n$/,
    );
    const pingJson = (await run('client', [...flags, 'ping', '--json'])).stdout;
    expect(
      pingJson
        .trim()
        .split('\n')
        .map((line) => Object.keys(JSON.parse(line))),
    ).toEqual([
      ['event', 'rtt_ms'],
      ['event', 'sent', 'received', 'loss_percent', 'min_ms', 'avg_ms', 'max_ms'],
    ]);

    const stats = JSON.parse((await run('client', [...flags, 'stats', '--json'])).stdout);
    expect(stats).toMatchObject({
      ring_capacity: 50,
      ring_messages: 2,
      first_seq: 1,
      last_seq: 2,
      overflow: 'overwrite',
    });
    expect(stats.requests).toMatchObject({ set: 3, update: 1, delete: 2, get: 1, ping: 3 });
    expect(Object.keys(stats)).toEqual([
      'uptime_ms',
      'connections',
      'subscribers',
      'ring_capacity',
      'ring_messages',
      'ring_bytes',
      'first_seq',
      'last_seq',
      'overflow',
      'rings',
      'total_messages',
      'total_bytes',
      'requests',
      'errors',
    ]);
    const text = (await run('client', [...flags, 'stats'])).stdout;
    expect(text).toMatch(/^uptime: (\d+[dhm] )*\d+s\nconnections: 1\n/);
  });

  it.each(['xterm-256color', 'dumb'])(
    'prints pushed messages above the prompt without mangling what is being typed (TERM=%s)',
    async (term) => {
      const { port } = await startServer();
      const writer = await connect({ port, name: 'writer' });
      const { terminal, screen } = promptInTerminal(port, term);
      try {
        await waitFor(() => screen().includes('ringwire> '));
        terminal.stdin.write('subscribe\r');
        await waitFor(() => screen().includes('subscribed from seq 1'));
        terminal.stdin.write('set half-typ');
        await waitFor(() => screen().endsWith('ringwire> set half-typ'));
        await writer.set('pushed while typing');
        await waitFor(() => /\tpushed while typing\n(.*\n)?ringwire> set half-typ$/.test(screen()));
        terminal.stdin.write('ed\r');
        await waitFor(() => /\n2\n/.test(screen()));
        terminal.stdin.write('quit\r');
        expect(await exitOf(terminal)).toBe(0);
        const latest = await writer.get({ count: 2 });
        expect(latest.messages.map((m) => m.payload.toString())).toEqual([
          'pushed while typing',
          'half-typed',
        ]);
      } finally {
        terminal.kill('SIGKILL');
        await writer.close();
      }
    },
  );

  it('Ctrl-C in the prompt drops the line being typed and keeps the prompt; Ctrl-D quits', async () => {
    const { port } = await startServer();
    const { terminal, screen } = promptInTerminal(port);
    try {
      await waitFor(() => screen().includes('ringwire> '));
      terminal.stdin.write('set abandoned');
      await waitFor(() => screen().endsWith('ringwire> set abandoned'));
      terminal.stdin.write('\x03');
      await waitFor(() => /\^C\n(.*\n)?ringwire> $/.test(screen()));
      terminal.stdin.write('set kept\r');
      await waitFor(() => /\n1\n/.test(screen()));
      terminal.stdin.write('\x04');
      expect(await exitOf(terminal)).toBe(0);
      const reader = await connect({ port, name: 'reader' });
      const { messages } = await reader.get({ count: 10 });
      await reader.close();
      expect(messages.map((m) => m.payload.toString())).toEqual(['kept']);
    } finally {
      terminal.kill('SIGKILL');
    }
  });
});
