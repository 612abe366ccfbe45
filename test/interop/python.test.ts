import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createTestPki, type TestPki } from '../helpers/certificates';
import { ROOT } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';

// The Python client package of clients/python, installed with pip into a fresh venv, and its
// unittest suite run against real servers started here (clients/python/tests/support.py
// lists the environment they are passed in). Needs Debian's python3 with python3-protobuf,
// -pip, -setuptools and -venv, protoc and openssl: `make test` installs them first.

const PACKAGE = join(ROOT, 'clients', 'python');
const TESTS = join(PACKAGE, 'tests');
/** Debian's interpreter: the one python3-protobuf is installed for. */
const SYSTEM_PYTHON = '/usr/bin/python3';
const SECRET = 'a secret of sixteen bytes or more';
const SETUP_TIMEOUT_MS = 120_000;
const PYTHON_TIMEOUT_MS = 90_000;

let work: string;
let python: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ringwire-python-'));
  // Installed from a copy: an in-tree build would leave build/ and *.egg-info in the repository.
  const source = join(work, 'source');
  cpSync(PACKAGE, source, {
    recursive: true,
    filter: (path) => !['build', 'tests', '__pycache__'].includes(basename(path)),
  });
  const venv = join(work, 'venv');
  // --without-pip: the venv borrows Debian's pip from the system site-packages.
  execFileSync(SYSTEM_PYTHON, ['-m', 'venv', '--system-site-packages', '--without-pip', venv]);
  python = join(venv, 'bin', 'python');
  // --no-index: PyPI is never asked; protobuf must come from the system (python3-protobuf).
  execFileSync(
    python,
    [
      '-m',
      'pip',
      'install',
      '--no-build-isolation',
      '--no-index',
      '--disable-pip-version-check',
      '--quiet',
      source,
    ],
    { stdio: 'pipe', env: { ...process.env, PIP_NO_INPUT: '1' } },
  );
}, SETUP_TIMEOUT_MS);
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(stopAllServers);

/** Runs the venv's python in clients/python/tests, so `ringwire` comes from the installed package. */
function runPython(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, {
      cwd: TESTS,
      env: { ...process.env, ...env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), PYTHON_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** Runs one module of the Python suite and expects every test in it to pass (none skipped). */
async function expectPythonTestsPass(
  module: string,
  env: Record<string, string> = {},
): Promise<void> {
  const result = await runPython(['-m', 'unittest', '-v', module], env);
  expect(result).toMatchObject({ status: 0, output: expect.stringMatching(/\nOK\n$/) });
  expect(result.output).toMatch(/\nRan [1-9]\d* tests? in /);
}

async function plainServer(): Promise<Record<string, string>> {
  const { port } = await startServer({ capacity: 100 });
  return { RINGWIRE_TEST_PORT: String(port) };
}

describe('the Python client package against the real server', () => {
  it('is installed from clients/python with its version', async () => {
    const result = await runPython([
      '-c',
      'import importlib.metadata, ringwire; print(ringwire.__file__, importlib.metadata.version("ringwire"), ringwire.__version__)',
    ]);
    expect(result.output).toMatch(
      new RegExp(`^${work}/venv/.*/ringwire/__init__.py (\\S+) \\1\\n$`),
    );
  });

  it('has a ringwire_pb2.py generated from proto/ as it is now', () =>
    expectPythonTestsPass('test_generated'));

  it('decodes and re-encodes the golden vectors byte for byte', () =>
    expectPythonTestsPass('test_vectors'));

  it('fails clearly on what a real server never sends', () =>
    expectPythonTestsPass('test_fake_peer'));

  it('routes pushes by subscription id, checks ring names, and names no ring to a version 1 server', () =>
    expectPythonTestsPass('test_rings_fake_peer'));

  it(
    'pipelines, reads with cursors and lost, subscribes, and raises the protocol error codes',
    async () => expectPythonTestsPass('test_client', await plainServer()),
    PYTHON_TIMEOUT_MS,
  );

  it(
    'keeps named rings apart, follows several on one client, lists them; RING_NOT_FOUND without auto-create',
    async () => {
      const declared = await startServer({
        autoCreate: false,
        rings: [{ name: 'declared', capacity: 10 }],
      });
      await expectPythonTestsPass('test_rings', {
        ...(await plainServer()),
        RINGWIRE_TEST_DECLARED_RINGS_PORT: String(declared.port),
      });
    },
    PYTHON_TIMEOUT_MS,
  );

  it(
    'speaks TLS: CA, server name, client certificate',
    async () => {
      const pki: TestPki = createTestPki();
      try {
        const { port } = await startServer({
          tls: { cert: pki.serverCert, key: pki.serverKey, ca: pki.caCert },
        });
        await expectPythonTestsPass('test_tls', {
          RINGWIRE_TEST_TLS_PORT: String(port),
          RINGWIRE_TEST_PKI: pki.dir,
        });
      } finally {
        pki.remove();
      }
    },
    PYTHON_TIMEOUT_MS,
  );

  it(
    'authenticates with the shared secret, and refuses a wrong one',
    async () => {
      const { port } = await startServer({ secret: Buffer.from(SECRET) });
      await expectPythonTestsPass('test_secret', {
        ...(await plainServer()),
        RINGWIRE_TEST_SECRET_PORT: String(port),
        RINGWIRE_TEST_SECRET: SECRET,
      });
    },
    PYTHON_TIMEOUT_MS,
  );

  it('runs its example, with a shared secret', async () => {
    const secretFile = join(work, 'secret');
    writeFileSync(secretFile, `${SECRET}\n`);
    const { port } = await startServer({ secret: Buffer.from(SECRET) });
    const result = await runPython([
      join(PACKAGE, 'examples', 'example.py'),
      '--port',
      String(port),
      '--secret-file',
      secretFile,
    ]);
    expect(result.status).toBe(0);
    expect(result.output).toMatch(
      /connected to .*\nstored seq 1\nstored seqs 2\.\.101 in one pipelined write\n/,
    );
    expect(result.output).toMatch(
      /\nstored seq 1 in ring alerts\nring alerts: 1 messages, last seq 1\nring default: 101 messages, last seq 101\n/,
    );
    expect(result.output).toContain('refused as expected: NOT_FOUND');
  });
});
