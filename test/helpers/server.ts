import { RingwireServer, type ServerOptions } from '../../src/server';
import type { MessageStore } from '../../src/ring/message-store';
import { currentTransport } from './transports';

/** Servers started by a test file; `stopAllServers()` in afterEach shuts them down. */
const running = new Set<RingwireServer>();
/** The /ws URL of each running server with an HTTP port, by its protocol port. */
const webSocketUrls = new Map<number, string>();

/**
 * Starts a real server on 127.0.0.1, on a free port, with its HTTP port (and so /ws) when
 * `http` is set or the tests run over WebSocket (see transports.ts).
 */
export async function startServer(
  options: Partial<ServerOptions> = {},
  store?: MessageStore,
  http = currentTransport() === 'ws',
): Promise<{ server: RingwireServer; port: number; httpPort?: number }> {
  const server = new RingwireServer(
    { host: '127.0.0.1', port: 0, ...(http ? { httpPort: 0 } : {}), ...options },
    store,
  );
  const { port } = await server.listen();
  running.add(server);
  const httpPort = server.httpAddress?.port;
  if (httpPort === undefined) return { server, port };
  webSocketUrls.set(port, `${server.options.tls ? 'wss' : 'ws'}://127.0.0.1:${httpPort}/ws`);
  return { server, port, httpPort };
}

/** The ws:// URL of the /ws endpoint of the running server whose protocol port is `port`. */
export function webSocketUrlOf(port: number): string {
  const url = webSocketUrls.get(port);
  if (!url) throw new Error(`the server on port ${port} was started without an HTTP port`);
  return url;
}

export async function stopAllServers(): Promise<void> {
  const servers = [...running];
  running.clear();
  webSocketUrls.clear();
  await Promise.all(servers.map((server) => server.shutdown()));
}
