import { run, spawnServer, exitOf } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';
import { createServer } from 'node:net';

afterEach(stopAllServers);

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
    expect(result.stderr).toContain('2 message(s) after seq 1 were overwritten');
    expect(result.stderr).toContain('continue with --after 5');
  });

  it('runs commands from the interactive prompt, also when piped', async () => {
    const { port } = await startServer();
    const result = await run('client', ['--port', String(port), '--name', 'prompt'], {
      input: 'set  two spaces kept\nget -n 1\nnonsense\nget --after nope\nhelp\nquit\nset never\n',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1\n1\t.*\tprompt\t two spaces kept\nCommands:/);
    expect(result.stderr).toContain('error: unknown command "nonsense"');
    expect(result.stderr).toContain('error: --after must be a sequence number');
  });

  it.each([
    [['bogus'], 'unknown command "bogus"'],
    [['set'], 'set needs the text to store'],
    [['get', 'extra'], 'get takes no arguments'],
    [['set', '--json', 'x'], '--json is an option of get'],
    [['get', '-n', '0'], '--count must be an integer from 1'],
    [['get', '--after', '-3'], "Option '--after' argument is ambiguous"],
    [['--port', 'x', 'get'], '--port must be an integer'],
    [['--nope'], "Unknown option '--nope'"],
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
    const { port } = await startServer();
    const result = await run('client', ['--port', String(port), '--name', 'n'.repeat(300), 'get']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('(INVALID_ARGUMENT)');
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
    expect(result.stderr.trim()).toMatch(
      /^server: cannot listen on 127\.0\.0\.1:\d+: .*EADDRINUSE/,
    );
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
