import { connect, createServer, type Server, type Socket } from 'node:net';

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
    const upstream = connect(this.#target, '127.0.0.1');
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
