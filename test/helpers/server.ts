import { RingwireServer, type ServerOptions } from '../../src/server';
import type { MessageStore } from '../../src/ring/message-store';

/** Servers started by a test file; `stopAllServers()` in afterEach shuts them down. */
const running = new Set<RingwireServer>();

/** Starts a real server on 127.0.0.1, on a free port. */
export async function startServer(
  options: Partial<ServerOptions> = {},
  store?: MessageStore,
): Promise<{ server: RingwireServer; port: number }> {
  const server = new RingwireServer({ host: '127.0.0.1', port: 0, ...options }, store);
  const { port } = await server.listen();
  running.add(server);
  return { server, port };
}

export async function stopAllServers(): Promise<void> {
  const servers = [...running];
  running.clear();
  await Promise.all(servers.map((server) => server.shutdown()));
}
