import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingwireServer, type ServerOptions } from '../../src/server';
import type { MessageStore } from '../../src/ring/message-store';
import { useNatsCluster, type NatsCluster } from './nats-cluster';
import { currentTransport } from './transports';

/** Servers started by a test file; `stopAllServers()` in afterEach shuts them down. */
const running = new Set<RingwireServer>();
/** The /ws URL of each running server with an HTTP port, by its protocol port. */
const webSocketUrls = new Map<number, string>();

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

/** The NATS cluster of this test file once `startWithJetStream()` was called. */
let natsCluster: (() => NatsCluster) | undefined;
let streamPrefixes = 0;

/**
 * From now on, every server this test file starts keeps its rings in NATS JetStream (a 3-node
 * cluster started once for the file), each server under its own stream prefix, so that it
 * starts with empty rings as an in-memory server does: a suite written for the in-memory
 * server runs against --store nats:// too. Call it at the top of the file.
 */
export function startWithJetStream(): void {
  natsCluster = useNatsCluster();
}

/**
 * `it`, or `it.skip` when this file's servers keep their rings in JetStream, for what does not
 * hold there (docs/DEPLOYMENT.md): reject mode's "a connected reader lacks it" (JetStream
 * refuses once the stream is full), and a read pipelined behind a write whose reply has not
 * come (it may not see that write yet).
 */
export function itUnlessJetStream(): jest.It {
  return natsCluster ? it.skip : it;
}

function storageOptions(): Partial<ServerOptions> {
  if (natsCluster) {
    // One replica: the suites create many rings, each a stream; the cluster tests use three.
    // These suites check what is stored, not how fast: a loaded machine can take 10,000
    // pipelined SETs past the 2 s default (the timeout's own tests are the publisher's).
    return {
      store: natsCluster().url,
      streamPrefix: `t${process.pid}-${++streamPrefixes}`,
      replicas: 1,
      publishTimeoutMs: 10_000,
    };
  }
  if (!withDataDirectories) return {};
  const directory = mkdtempSync(join(tmpdir(), 'ringwire-data-'));
  dataDirectories.push(directory);
  return { dataDir: join(directory, 'data') };
}

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
    {
      host: '127.0.0.1',
      port: 0,
      ...(http ? { httpPort: 0 } : {}),
      ...storageOptions(),
      ...options,
    },
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
  for (const directory of dataDirectories.splice(0)) {
    rmSync(directory, { recursive: true, force: true });
  }
}
