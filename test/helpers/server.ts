import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingwireServer, type ServerOptions } from '../../src/server';
import type { MessageStore } from '../../src/ring/message-store';

/** Servers started by a test file; `stopAllServers()` in afterEach shuts them down. */
const running = new Set<RingwireServer>();

/** Data dirs of the servers started by this test file, removed by `stopAllServers()`. */
const dataDirectories: string[] = [];
let withDataDirectories = false;

/**
 * From now on, every server this test file starts keeps its rings in a fresh data dir: a
 * suite written for the in-memory server runs against --data-dir too.
 */
export function startWithDataDirectories(): void {
  withDataDirectories = true;
}

function storageOptions(): Partial<ServerOptions> {
  if (!withDataDirectories) return {};
  const directory = mkdtempSync(join(tmpdir(), 'ringwire-data-'));
  dataDirectories.push(directory);
  return { dataDir: join(directory, 'data') };
}

/** Starts a real server on 127.0.0.1, on a free port. */
export async function startServer(
  options: Partial<ServerOptions> = {},
  store?: MessageStore,
): Promise<{ server: RingwireServer; port: number }> {
  const server = new RingwireServer(
    { host: '127.0.0.1', port: 0, ...storageOptions(), ...options },
    store,
  );
  const { port } = await server.listen();
  running.add(server);
  return { server, port };
}

export async function stopAllServers(): Promise<void> {
  const servers = [...running];
  running.clear();
  await Promise.all(servers.map((server) => server.shutdown()));
  for (const directory of dataDirectories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
}
