import { connect } from '../../src/client';
import { exitOf, run, spawnClient } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';
import { waitFor } from '../helpers/wait';

// ./client with named rings, against the real server.

afterEach(stopAllServers);

const RULE = "1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-'";

describe('./client --ring', () => {
  it.each([
    [['set', '--ring', 'a b', 'x'], {}, `--ring must be ${RULE}, got "a b"`],
    [['get', '--ring', ''], {}, `--ring must be ${RULE}, got ""`],
    [
      ['delete', '--ring', 'x'.repeat(65), '1'],
      {},
      `--ring must be ${RULE}, got "${'x'.repeat(65)}"`,
    ],
    [['tail', '--ring', 'a', '--ring', 'b/c'], {}, `--ring must be ${RULE}, got "b/c"`],
    [
      ['update', '1', 'x'],
      { RINGWIRE_RING: 'ring!' },
      `$RINGWIRE_RING must be ${RULE}, got "ring!"`,
    ],
    [['tail', '--ring', 'a', '--ring', 'a'], {}, '--ring a is given twice'],
  ])(
    'refuses %j (env %j) with exit 2 and one line, before connecting',
    async (args, env, message) => {
      // Port 1: nothing listens, so only a usage error can come before a connection error.
      const result = await run('client', ['--port', '1', ...args], { env });
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        '',
        `client: ${message} (see client --help)\n`,
      ]);
    },
  );

  it('keeps each ring apart on set, get, update and delete; RINGWIRE_RING picks the ring too', async () => {
    const { port } = await startServer();
    const flags = ['--port', String(port), '--name', 'cli'];
    const client = (...args: string[]) => run('client', [...flags, ...args]);
    const seqs = [
      await client('set', '--ring', 'a', 'a1'),
      await client('set', '--ring', 'b', 'b1'),
      await run('client', [...flags, 'set', 'a2'], { env: { RINGWIRE_RING: 'a' } }),
      await client('set', 'default1'),
      // A command flag before the command, as a global flag would be written.
      await client('--ring', 'a', 'set', 'a3'),
    ].map((result) => result.stdout);
    // Each ring numbers from 1.
    expect(seqs).toEqual(['1\n', '1\n', '2\n', '1\n', '3\n']);
    expect((await client('update', '--ring', 'a', '2', 'A2')).stdout).toBe('updated 2\n');
    expect((await client('delete', '--ring', 'b', '1')).stdout).toBe('deleted 1\n');
    const texts = async (...args: string[]) =>
      (await client('get', '-n', '10', '--json', ...args)).stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).text);
    expect(await texts('--ring', 'a')).toEqual(['a1', 'A2', 'a3']);
    expect(await texts('--ring', 'b')).toEqual([]);
    expect(await texts()).toEqual(['default1']);
    // The ring default holds no seq 2; ring b no longer holds seq 1.
    expect(await client('delete', '2')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('NOT_FOUND'),
    });
    expect(await client('update', '--ring', 'b', '1', 'x')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('NOT_FOUND'),
    });
  });

  it.each([
    ['text', [], (line: string) => line.split('\t').slice(0, 2).join(' ')],
    ['json', ['--json'], (line: string) => `${JSON.parse(line).ring} ${JSON.parse(line).seq}`],
  ])(
    'tail --ring a --ring b follows both rings on one connection, the ring on each line (%s)',
    async (_, json, ringAndSeq) => {
      const { port } = await startServer();
      const writer = await connect({ port, name: 'writer' });
      try {
        await writer.set('a1', { ring: 'a' });
        await writer.set('b1', { ring: 'b' });
        const tail = spawnClient([
          '--port',
          String(port),
          'tail',
          '--ring',
          'a',
          '--ring',
          'b',
          '--from',
          'oldest',
          ...json,
        ]);
        await waitFor(() => tail.lines().length === 2);
        // One connection holds both subscriptions.
        expect((await writer.stats()).connections).toBe(2);
        await writer.set('b2', { ring: 'b' });
        await writer.set('a2', { ring: 'a' });
        await writer.set('not followed');
        await waitFor(() => tail.lines().length === 4);
        tail.child.kill('SIGINT');
        expect(await exitOf(tail.child)).toBe(0);
        const seen = tail.lines().map(ringAndSeq);
        expect(seen.filter((line) => line.startsWith('a '))).toEqual(['a 1', 'a 2']);
        expect(seen.filter((line) => line.startsWith('b '))).toEqual(['b 1', 'b 2']);
        if (json.length)
          expect(Object.keys(JSON.parse(tail.lines()[0]))).toEqual([
            'ring',
            'seq',
            'time',
            'sender',
            'text',
          ]);
      } finally {
        await writer.close();
      }
    },
  );

  it('tail with one --ring prints lines as before rings', async () => {
    const { port } = await startServer();
    const writer = await connect({ port, name: 'writer' });
    try {
      await writer.set('x', { ring: 'solo' });
      const tail = spawnClient([
        '--port',
        String(port),
        'tail',
        '--ring',
        'solo',
        '--from',
        'oldest',
        '--json',
      ]);
      await waitFor(() => tail.lines().length === 1);
      tail.child.kill('SIGTERM');
      expect(await exitOf(tail.child)).toBe(0);
      expect(Object.keys(JSON.parse(tail.lines()[0]))).toEqual(['seq', 'time', 'sender', 'text']);
    } finally {
      await writer.close();
    }
  });
});

describe('./client rings', () => {
  it('lists every ring, as an aligned table or one JSON object per ring in the documented key order', async () => {
    const { port } = await startServer({ capacity: 100 });
    const writer = await connect({ port, name: 'writer' });
    try {
      await writer.set('hello', { ring: 'jobs' });
      await writer.set('hi', { ring: 'jobs' });
      await writer.set('x', { ring: 'chat' });
      const flags = ['--port', String(port)];
      const json = await run('client', [...flags, 'rings', '--json']);
      expect(json.status).toBe(0);
      const rings = json.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(rings.map((ring) => ring.name)).toEqual(['chat', 'default', 'jobs']);
      expect(Object.keys(rings[2])).toEqual([
        'name',
        'messages',
        'bytes',
        'capacity',
        'max_bytes',
        'overflow',
        'first_seq',
        'last_seq',
        'subscribers',
        'next_seq',
      ]);
      expect(rings[2]).toMatchObject({
        messages: 2,
        bytes: 7,
        capacity: 100,
        first_seq: 1,
        last_seq: 2,
        next_seq: 3,
        overflow: 'overwrite',
      });
      const text = (await run('client', [...flags, 'rings'])).stdout.split('\n');
      expect(text[0]).toMatch(
        /^NAME +MESSAGES +BYTES +CAPACITY +MAX_BYTES +OVERFLOW +FIRST_SEQ +LAST_SEQ +SUBSCRIBERS$/,
      );
      expect(text[3]).toMatch(/^jobs +2 +7 +100 +\d+ +overwrite +1 +2 +0$/);
      // Aligned: the last column is right-aligned, so every row is as long as the header.
      expect(new Set(text.slice(0, 4).map((line) => line.length)).size).toBe(1);
    } finally {
      await writer.close();
    }
  });

  it('the prompt subscribes to several rings, unsubscribes by ring, and lists rings', async () => {
    const { port } = await startServer();
    const input = [
      'subscribe --ring a',
      'subscribe --ring b',
      'subscribe --ring a',
      'unsubscribe',
      'unsubscribe --ring a',
      'set --ring b hello there',
      'get --ring b --json',
      'rings --json',
      '',
    ].join('\n');
    const result = await run('client', ['--port', String(port)], { input });
    expect(result.stderr.trim().split('\n')).toEqual([
      'error: already subscribed to ring a; unsubscribe first (INVALID_ARGUMENT)',
      'error: subscribed to rings a, b: name one with --ring',
    ]);
    expect(result.status).toBe(1);
    // Leave out the push of "hello there" to the subscription of ring b, whenever it came.
    const lines = result.stdout
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('b\t'));
    expect(lines.slice(0, 4)).toEqual([
      'subscribed to ring a from seq 1',
      'subscribed to ring b from seq 1',
      'unsubscribed from ring a',
      '1',
    ]);
    expect(JSON.parse(lines[4] ?? '')).toMatchObject({ seq: 1, text: 'hello there' });
    const rings = lines
      .filter((line) => line.startsWith('{"name"'))
      .map((line) => JSON.parse(line));
    expect(rings.map((ring) => [ring.name, ring.subscribers])).toEqual([
      ['a', 0],
      ['b', 1],
      ['default', 0],
    ]);
  });
});
