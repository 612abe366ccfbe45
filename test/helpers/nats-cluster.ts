import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NodeConnectionOptions } from '@nats-io/transport-node';
import { waitFor } from './wait';

/** A free TCP port on 127.0.0.1 (free when asked: nats-server binds it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * How the nodes take clients, beyond the defaults: lines added to each node's config (a `tls`
 * or an `authorization` block), and what the cluster's own connections then need.
 */
export interface ClientAccess {
  readonly configLines: readonly string[];
  readonly connectOptions: Partial<NodeConnectionOptions>;
}

interface Node {
  readonly name: string;
  readonly clientPort: number;
  readonly configFile: string;
  child: ChildProcess | undefined;
}

/**
 * A JetStream cluster of real nats-server processes on 127.0.0.1 (free ports, a temp store
 * dir per node). Nodes can be killed (-9) and started again on the same ports and store.
 * Only the processes it started are ever signalled, by their PID.
 */
export class NatsCluster {
  readonly #nodes: Node[];
  readonly #directory: string;
  readonly #access: ClientAccess | undefined;

  private constructor(nodes: Node[], directory: string, access: ClientAccess | undefined) {
    this.#nodes = nodes;
    this.#directory = directory;
    this.#access = access;
  }

  static async start(size = 3, access?: ClientAccess): Promise<NatsCluster> {
    const directory = mkdtempSync(join(tmpdir(), 'ringwire-nats-'));
    const ports = await Promise.all(
      Array.from({ length: size }, async () => [await freePort(), await freePort()]),
    );
    const routes = ports.map(([, route]) => `nats-route://127.0.0.1:${route}`).join(', ');
    const nodes = ports.map(([clientPort, routePort], i): Node => {
      const name = `n${i + 1}`;
      const configFile = join(directory, `${name}.conf`);
      writeFileSync(
        configFile,
        [
          `server_name: ${name}`,
          `listen: 127.0.0.1:${clientPort}`,
          `jetstream { store_dir: "${join(directory, name)}" }`,
          `cluster { name: ringwire-test, listen: 127.0.0.1:${routePort}, routes: [${routes}] }`,
          ...(access?.configLines ?? []),
          '',
        ].join('\n'),
      );
      return { name, clientPort, configFile, child: undefined };
    });
    const cluster = new NatsCluster(nodes, directory, access);
    for (let i = 0; i < size; i++) cluster.startNode(i);
    try {
      await cluster.waitForJetStream();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  /** `nats://127.0.0.1:p1,nats://127.0.0.1:p2,...`, the value of --store. */
  get url(): string {
    return this.#nodes.map((node) => `nats://127.0.0.1:${node.clientPort}`).join(',');
  }

  urlOf(index: number): string {
    return `nats://127.0.0.1:${this.#nodes[index].clientPort}`;
  }

  /** The index of the node a JetStream answer names (as a stream's or consumer's leader). */
  indexOf(serverName: string): number {
    const index = this.#nodes.findIndex((node) => node.name === serverName);
    if (index < 0) throw new Error(`no node is named ${serverName}`);
    return index;
  }

  startNode(index: number): void {
    const node = this.#nodes[index];
    if (node.child) return;
    const log = join(this.#directory, `${node.name}.log`);
    const child = spawn('nats-server', ['-c', node.configFile, '-l', log], { stdio: 'ignore' });
    node.child = child;
    child.once('exit', () => {
      if (node.child === child) node.child = undefined;
    });
  }

  /** kill -9 one node (its store stays, for `startNode`). */
  async killNode(index: number): Promise<void> {
    const child = this.#nodes[index].child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /**
   * Resolves once JetStream answers through node `index`, by default the first running one (a
   * meta leader exists, and a node just started again has rejoined the cluster).
   */
  async waitForJetStream(
    index = this.#nodes.findIndex((node) => node.child),
    timeoutMs = 30_000,
  ): Promise<void> {
    // The node may not listen yet: the first connect is retried too.
    const connection = await connect({
      servers: this.urlOf(index),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 100,
      waitOnFirstConnect: true,
      ...this.#access?.connectOptions,
    });
    try {
      await waitFor(async () => {
        try {
          const jsm = await jetstreamManager(connection, { timeout: 1000 });
          await jsm.getAccountInfo();
          return true;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return false;
        }
      }, timeoutMs);
    } finally {
      await connection.close();
    }
  }

  /** Kills every node and removes their stores and logs (kept when KEEP_NATS is set, to debug). */
  async stop(): Promise<void> {
    await Promise.all(this.#nodes.map((_, i) => this.killNode(i)));
    if (!process.env.KEEP_NATS) rmSync(this.#directory, { recursive: true, force: true });
  }
}

/**
 * One cluster for the whole test file: started in beforeAll, stopped in afterAll. Returns its
 * getter (valid inside tests).
 */
export function useNatsCluster(size = 3, access?: () => ClientAccess): () => NatsCluster {
  let cluster: NatsCluster | undefined;
  beforeAll(async () => {
    cluster = await NatsCluster.start(size, access?.());
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('the NATS cluster has not started');
    return cluster;
  };
}
