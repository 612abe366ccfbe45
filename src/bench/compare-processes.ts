import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// The processes of `make compare`: servers pinned to CPU 0 and load generators to CPU 1
// (where taskset exists), each stopped by its PID, and the CPU time they used.

export const ROOT = join(__dirname, '..', '..', '..');
export const SERVER_CPU = 0;
export const LOAD_CPU = 1;
const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
export const HAS_TASKSET = existsSync('/usr/bin/taskset');

/** A command pinned to a CPU when taskset is there (taskset execs it: the PID stays). */
function pinned(cpu: number, command: string, args: readonly string[]): [string, string[]] {
  return HAS_TASKSET ? ['taskset', ['-c', String(cpu), command, ...args]] : [command, [...args]];
}

const running = new Set<ChildProcess>();

/** Starts a long-running process (a server); its output is read by `waitForOutput`. */
export function startProcess(cpu: number, command: string, args: readonly string[]): ChildProcess {
  const [file, argv] = pinned(cpu, command, args);
  const child = spawn(file, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** SIGTERM, then resolves once it exited. */
export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** At exit: every process still running, by PID. */
export function stopAllProcesses(): void {
  for (const child of running) child.kill('SIGTERM');
}

/** Resolves with the first match of `pattern` in what the process printed (stdout or stderr). */
export function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) resolve(match);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(
        new Error(
          `${child.spawnargs.join(' ')} exited with ${code} before printing ${pattern}:\n${seen}`,
        ),
      ),
    );
  });
}

/** Runs a load generator to its end, pinned to the load CPU; resolves with its stdout. */
export function runToEnd(command: string, args: readonly string[]): Promise<string> {
  const [file, argv] = pinned(LOAD_CPU, command, args);
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      running.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${err}`));
    });
  });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** CPU time (utime + stime) of a process so far, in microseconds. */
export function cpuUs(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat; the command name before them may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
}

/** Resident memory of a process, in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) * 1024;
}
