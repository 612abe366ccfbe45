import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';

// The Python client of examples/python, written from docs/PROTOCOL.md, against the real
// TypeScript server. Needs protoc and Debian's python3-protobuf (.ci/run installs them).

const EXAMPLE = join(ROOT, 'examples', 'python');
/** Debian's interpreter: the one python3-protobuf is installed for. */
const PYTHON = '/usr/bin/python3';
let generated: string;

beforeAll(() => {
  generated = mkdtempSync(join(tmpdir(), 'ringwire-python-'));
  execFileSync(join(EXAMPLE, 'generate.sh'), [generated], { stdio: 'pipe' });
});
afterAll(() => rmSync(generated, { recursive: true, force: true }));
afterEach(stopAllServers);

function python(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, args, {
      cwd: EXAMPLE,
      env: { ...process.env, PYTHONPATH: `${generated}:${EXAMPLE}`, PYTHONDONTWRITEBYTECODE: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

describe('the Python client against the real server', () => {
  it('passes the interop checks: vectors byte for byte, pipelined SETs, cursors with lost, an error', async () => {
    const { port } = await startServer({ capacity: 100 });
    const result = await python([
      'interop_check.py',
      '--port',
      String(port),
      '--vectors',
      join(ROOT, 'test', 'vectors', 'session.json'),
    ]);
    expect(result.output).toMatch(/^interop ok: \d+ vectors, server checks passed\n$/);
    expect(result.status).toBe(0);
  });

  it('runs its example, with a shared secret too', async () => {
    const secretFile = join(generated, 'secret');
    require('node:fs').writeFileSync(secretFile, 'a secret of sixteen bytes or more\n');
    const { port } = await startServer({
      secret: Buffer.from('a secret of sixteen bytes or more'),
    });
    const result = await python([
      'example.py',
      '--port',
      String(port),
      '--secret-file',
      secretFile,
    ]);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(
      /connected to .*\nstored seq 1\nstored seqs 2\.\.101 in one pipelined write\n/,
    );
    expect(result.output).toContain('refused as expected: NOT_FOUND');
  });
});
