import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useNatsCluster } from './nats-cluster';

export const ROOT = join(__dirname, '..', '..');

/** The built launchers; `make test` builds them before jest runs. */
export function launcher(name: 'server' | 'client' | 'bench'): string {
  const path = join(ROOT, name);
  if (!existsSync(path))
    throw new Error(`./${name} is missing: run \`make\` (make test builds it)`);
  return path;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a launcher to completion (killed after timeoutMs) and collects its output. */
export function run(
  name: 'server' | 'client' | 'bench',
  args: string[],
  options: { input?: string | Uint8Array; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(launcher(name), args, { env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

/** ./client as a child process whose stdout is collected line by line. */
export function spawnClient(args: string[]): { child: ChildProcess; lines: () => string[] } {
  const child = spawn(launcher('client'), args);
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  return { child, lines: () => stdout.split('\n').slice(0, -1) };
}

/** Flags every spawnServer of this test file adds (see `spawnWithDataDirectories`). */
let storageArgs: () => string[] = () => [];

/**
 * From now on, every server this test file spawns keeps its rings in a fresh data dir (under
 * the OS's temp directory, removed by the OS), so that a suite written for the in-memory
 * server runs against --data-dir too.
 */
export function spawnWithDataDirectories(fsync = 'interval'): void {
  storageArgs = () => [
    '--data-dir',
    join(mkdtempSync(join(tmpdir(), 'ringwire-data-')), 'data'),
    '--fsync',
    fsync,
  ];
}

/**
 * From now on, every server this test file spawns keeps its rings in NATS JetStream (a 3-node
 * cluster started once for the file), each under its own stream prefix (empty rings at start).
 * Call it at the top of the file.
 */
export function spawnWithJetStream(): void {
  const cluster = useNatsCluster();
  let prefixes = 0;
  storageArgs = () => [
    '--store',
    cluster().url,
    '--stream-prefix',
    `p${process.pid}-${++prefixes}`,
  ];
}

/**
 * A ./server process started on a free port; resolves once it printed its address, and the
 * HTTP port's too when `args` ask for one (`--http-port 0`).
 */
export async function spawnServer(
  args: string[] = [],
): Promise<{ child: ChildProcess; port: number; httpPort?: number; stderr: () => string }> {
  const child = spawn(launcher('server'), ['--port', '0', ...storageArgs(), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const withHttp = args.includes('--http-port');
  const [port, httpPort] = await new Promise<[number, number | undefined]>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on .*:(\d+)\n/.exec(stdout);
      const http = /https? on .*:(\d+)\n/.exec(stdout);
      if (match && (!withHttp || http))
        resolve([Number(match[1]), http ? Number(http[1]) : undefined]);
    });
    child.once('exit', (status) => reject(new Error(`server exited with ${status}: ${stderr}`)));
  });
  return { child, port, httpPort, stderr: () => stderr };
}

/** Resolves with the exit status (or signal) of a child, killing it after timeoutMs. */
export function exitOf(child: ChildProcess, timeoutMs = 10_000): Promise<number | string | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (status, signal) => {
      clearTimeout(timer);
      resolve(status ?? signal);
    });
  });
}
