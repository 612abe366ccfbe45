import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { exitOf, ROOT } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';

// The package as people get it: `npm pack` (which builds through `prepare`), then
// `npm install <tarball>` into a fresh project, then only what that project can reach.

const execFileAsync = promisify(execFile);
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const BINS = Object.keys(PACKAGE.bin) as string[];

let work: string;
let project: string;
let packedFiles: string[];
const children: ChildProcess[] = [];

function inProject(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return execFileAsync(file, args, { cwd: project, encoding: 'utf8', timeout: 30_000 });
}

function nodeInProject(args: string[]): Promise<string> {
  return inProject(process.execPath, args).then(({ stdout }) => stdout);
}

beforeAll(async () => {
  // `npm pack` runs `make build`, which would rebuild dist/ under the other tests' feet.
  await execFileAsync('make', ['-q', 'build'], { cwd: ROOT }).catch(() => {
    throw new Error('dist/ is out of date: run `make build` (make test does) before jest');
  });
  work = mkdtempSync(join(tmpdir(), 'ringwire-package-'));
  const { stdout } = await execFileAsync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const [packed] = JSON.parse(stdout) as [{ filename: string; files: { path: string }[] }];
  packedFiles = packed.files.map((file) => file.path);
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'project', private: true }));
  await inProject('npm', [
    'install',
    join(work, packed.filename),
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
  ]);
}, 240_000);

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exitOf(child);
  }
  await stopAllServers();
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds what the package points at, and no sources, tests or build stamps', () => {
  const entryPoints = [
    PACKAGE.main,
    PACKAGE.types,
    ...Object.values(PACKAGE.bin),
    ...Object.values(PACKAGE.exports['.']).flatMap((condition) => Object.values(condition!)),
  ].map((path) => String(path).replace(/^\.\//, ''));
  expect(packedFiles).toEqual(expect.arrayContaining([...entryPoints, 'LICENSE', 'README.md']));
  const unwanted = packedFiles.filter(
    (path) =>
      /^(src|test|scripts|\.ci|node_modules)\//.test(path) ||
      /(?<!\.d)\.ts$/.test(path) ||
      path.endsWith('.map') ||
      path === 'dist/.built',
  );
  expect(unwanted).toEqual([]);
});

test('require and import give the same connect and RingwireError', async () => {
  const output = await nodeInProject([
    '--input-type=module',
    '-e',
    `import * as esm from 'ringwire';
     import { createRequire } from 'node:module';
     const cjs = createRequire(import.meta.url)('ringwire');
     const error = new esm.RingwireError('TIMEOUT', 'late');
     console.log(JSON.stringify({
       connect: [typeof esm.connect, typeof cjs.connect, esm.connect === cjs.connect],
       error: [error instanceof cjs.RingwireError, error instanceof Error, error.code],
     }));`,
  ]);
  expect(JSON.parse(output)).toEqual({
    connect: ['function', 'function', true],
    error: [true, true, 'TIMEOUT'],
  });
});

test('the library, imported and required, talks to a server', async () => {
  const { port } = await startServer();
  const use = (load: string): Promise<string> =>
    nodeInProject([
      '-e',
      `(async () => {
         const { connect } = ${load};
         const client = await connect({ port: ${port}, name: 'packaged' });
         await client.set('from the tarball');
         const { messages } = await client.get({ count: 1 });
         console.log(messages[0].sender, messages[0].payload.toString());
         await client.close();
       })();`,
    ]);
  expect(await use(`await import('ringwire')`)).toBe('packaged from the tarball\n');
  expect(await use(`require('ringwire')`)).toBe('packaged from the tarball\n');
});

test('TypeScript finds the types through both export conditions', async () => {
  const consumer = `import { connect, RingwireError, type Client } from 'ringwire';
export const open = (port: number): Promise<Client> => connect({ port });
export const code: string = new RingwireError('TIMEOUT', 'late').code;
// @ts-expect-error the types are the library's, not any
connect({ port: 'a string' });
`;
  writeFileSync(join(project, 'consumer.mts'), consumer);
  writeFileSync(join(project, 'consumer.cts'), consumer);
  const { stdout } = await inProject(join(ROOT, 'node_modules/.bin/tsc'), [
    '--noEmit',
    '--strict',
    '--module',
    'node16',
    '--typeRoots',
    join(ROOT, 'node_modules/@types'),
    '--types',
    'node',
    'consumer.mts',
    'consumer.cts',
  ]);
  expect(stdout).toBe('');
});

test.each(BINS)('the %s bin prints its usage', async (bin) => {
  const { stdout } = await inProject(join(project, 'node_modules', '.bin', bin), ['--help']);
  expect(stdout).toMatch(/^Usage: /);
});

test('the installed server keeps its 1 MiB young generation and shuts down cleanly', async () => {
  const server = spawn(join(project, 'node_modules/.bin/ringwire-server'), ['--port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(server);
  const [line] = await once(createInterface({ input: server.stdout! }), 'line');
  expect(line).toMatch(/^listening on 127\.0\.0\.1:\d+$/);
  const commandLine = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
  expect(commandLine).toContain('--max-semi-space-size=1');
  server.kill('SIGTERM');
  expect(await exitOf(server)).toBe(0);
});
