import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect as connectTcp, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Client, type ConnectOptions } from '../../src/client';
import { exitOf, spawnServer } from './processes';
import { stopAllServers } from './server';

// What the failover tests of issue 12 share: a Gate that keeps a client off a server, and
// the servers, clients and data dirs they start, ended by cleanUpFailover().

/**
 * A TCP relay on 127.0.0.1 to a server's port that closes every connection until it is
 * opened: it keeps a client off a server that is already up, for as long as a test needs.
 */
export class Gate {
  readonly #listener: Server;
  readonly #sockets = new Set<Socket>();
  #target: number | undefined;

  private constructor() {
    this.#listener = createServer((socket) => this.#relay(socket));
  }

  /** A closed gate on a free port. */
  static async start(): Promise<Gate> {
    const gate = new Gate();
    await new Promise<void>((resolve) => gate.#listener.listen(0, '127.0.0.1', resolve));
    return gate;
  }

  get port(): number {
    return (this.#listener.address() as { port: number }).port;
  }

  /** From now on, connections go through to `targetPort`. */
  open(targetPort: number): void {
    this.#target = targetPort;
  }

  #relay(socket: Socket): void {
    if (this.#target === undefined) {
      socket.destroy();
      return;
    }
    const upstream = connectTcp(this.#target, '127.0.0.1');
    for (const [from, to] of [
      [socket, upstream],
      [upstream, socket],
    ]) {
      this.#sockets.add(from);
      from.pipe(to);
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.#sockets.delete(from);
        to.destroy();
      });
    }
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => this.#listener.close(resolve));
  }
}

/** What a failover test started: its afterEach calls `cleanUpFailover()`. */
const children: ChildProcess[] = [];
const clients: Client[] = [];
const gates: Gate[] = [];
const directories: string[] = [];

/** `host:port` of a server on 127.0.0.1. */
export const at = (port: number): string => `127.0.0.1:${port}`;

/** A ./server process (to kill -9), on a free port. */
export async function spawnKillable(
  args: string[] = [],
): Promise<{ child: ChildProcess; port: number }> {
  const server = await spawnServer(['--quiet', ...args]);
  children.push(server.child);
  return server;
}

export async function killHard(child: ChildProcess): Promise<void> {
  child.kill('SIGKILL');
  await exitOf(child);
}

/** A child process to end with the others. */
export function track(child: ChildProcess): void {
  children.push(child);
}

export async function closedGate(): Promise<Gate> {
  const gate = await Gate.start();
  gates.push(gate);
  return gate;
}

/** A fresh --data-dir (not created yet), removed by cleanUpFailover(). */
export function newDataDir(): string {
  const directory = mkdtempSync(join(tmpdir(), 'ringwire-failover-'));
  directories.push(directory);
  return join(directory, 'data');
}

export async function openFailoverClient(options: ConnectOptions): Promise<Client> {
  const client = await connect({ name: 'failover', ...options });
  clients.push(client);
  return client;
}

export async function cleanUpFailover(): Promise<void> {
  await Promise.all(clients.splice(0).map((client) => client.close().catch(() => {})));
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) await killHard(child);
  }
  await Promise.all(gates.splice(0).map((gate) => gate.close()));
  await stopAllServers();
  for (const directory of directories.splice(0))
    rmSync(directory, { recursive: true, force: true });
}
