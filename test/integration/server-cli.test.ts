import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCodeFromWire } from '../../src/errors';
import { RawConnection } from '../helpers/raw-connection';
import { exitOf, run, spawnServer } from '../helpers/processes';
import { waitFor } from '../helpers/wait';

describe('./server front end', () => {
  it('logs a line before the forced exit on a second SIGINT', async () => {
    const { child, port, stderr } = await spawnServer(['--shutdown-timeout-ms', '60000']);
    let raw: RawConnection | undefined;
    try {
      // A client that reads nothing never sees the server's FIN, so the shutdown waits for it
      // (up to the 2 s the server grants a closing connection, with this long shutdown timeout).
      raw = await RawConnection.ready(port);
      raw.socket.pause();
      child.kill('SIGINT');
      await waitFor(() => stderr().includes('SIGINT: shutting down'));
      child.kill('SIGINT');
      expect(await exitOf(child)).toBe(1);
      // Its logs are JSON lines (stderr is not a terminal); the forced exit's is the last.
      const last = JSON.parse(stderr().trimEnd().split('\n').at(-1) ?? '');
      expect(last).toMatchObject({ level: 'error', msg: 'second signal: exiting now' });
    } finally {
      raw?.destroy();
      child.kill('SIGKILL');
    }
  });
});

describe('./server ring flags', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ringwire-rings-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('declares rings from --ring and --rings-file with their own bounds; --no-auto-create refuses others', async () => {
    const file = join(dir, 'rings.txt');
    writeFileSync(file, '# declared rings\nlogs:100\n\nalerts::2000000:reject  # paged\n');
    const { child, port } = await spawnServer([
      '--ring',
      'default:10',
      '--ring',
      'a,b:5',
      '--rings-file',
      file,
      '--no-auto-create',
    ]);
    const raw = await RawConnection.ready(port);
    try {
      raw.send({ id: 2, listRings: {} });
      const rings = (await raw.next()).listRings?.rings ?? [];
      expect(
        rings.map((r) => [r.name, r.capacity, Number(String(r.maxBytes)), r.overflow]),
      ).toEqual([
        ['a', 1024, 16777216, 'overwrite'],
        ['alerts', 1024, 2000000, 'reject'],
        ['b', 5, 16777216, 'overwrite'],
        ['default', 10, 16777216, 'overwrite'],
        ['logs', 100, 16777216, 'overwrite'],
      ]);
      raw.send({ id: 3, set: { payload: Buffer.from('x'), ring: 'other' } });
      const refused = await raw.next();
      expect(errorCodeFromWire(refused.error?.code ?? 0)).toBe('RING_NOT_FOUND');
    } finally {
      raw.destroy();
      child.kill('SIGTERM');
      await exitOf(child);
    }
  });

  it('refuses a bad spec, or declared rings past the limits, with exit 2 and one line', async () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'fine\nnot fine\n');
    for (const [args, line] of [
      [
        ['--ring', 'a:0'],
        /^server: --ring: .*capacity must be an integer from 1 to 100000000; got "a:0"/,
      ],
      [
        ['--rings-file', file],
        /^server: --rings-file .*bad.txt:2: .*NAME must be 1 to 64 characters/,
      ],
      [['--max-rings', '2', '--ring', 'a,b'], /maximum of 2 rings/],
      [['--max-total-bytes', '20000000', '--ring', 'a'], /past the server's total of 20000000/],
    ] as const) {
      const { status, stdout, stderr } = await run('server', ['--port', '0', ...args]);
      expect([status, stdout]).toEqual([2, '']);
      expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(stderr).toMatch(line);
    }
  });
});
