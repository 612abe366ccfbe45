import { readFile } from 'node:fs/promises';
import {
  createServer as createPlainServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';

/** Bounds that keep hostile HTTP clients from holding the port's resources. */
export interface HttpLimits {
  /** A request's headers must arrive whole within this time of its first byte (slowloris). */
  readonly headersTimeoutMs: number;
  /** ... and the whole request within this. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** Connections past this are closed as soon as they are accepted. */
  readonly maxConnections: number;
  /** Request line and headers together; past it the answer is 431. */
  readonly maxHeaderBytes: number;
  /** Headers past this count are ignored. */
  readonly maxHeadersCount: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1024,
  maxHeaderBytes: 8192,
  maxHeadersCount: 64,
};

export interface HttpServerOptions {
  readonly host: string;
  /** 0 picks a free port (see `HttpServer.port`). */
  readonly port: number;
  /** PEM contents: serve HTTPS instead of HTTP. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /** The /metrics content (a RingwireMetrics). */
  readonly metrics: { readonly contentType: string; render(): Promise<string>; close(): void };
  /** Why the server cannot take traffic now ("shutting down", ...), or undefined when it can. */
  readonly readiness: () => string | undefined;
  /** Takes over a WebSocket upgrade on /ws; without it /ws does not exist. */
  readonly upgradeWebSocket?: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
  readonly limits?: Partial<HttpLimits>;
}

const TEXT = 'text/plain; charset=utf-8';
/** The status page is one self-contained file: nothing may be loaded from anywhere else. */
const STATUS_PAGE_POLICY =
  "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const STATUS_PAGE_FILE = join(__dirname, 'status-page.html');
/** The browser build of the client library (`make`; absent when run from the sources). */
const BROWSER_CLIENT_FILE = join(__dirname, 'ringwire-client.js');

/**
 * The HTTP side of the server: GET (or HEAD) /metrics, /healthz, /readyz, the status page at
 * /, and WebSocket upgrades on /ws. Nothing else exists; request bodies are never read.
 */
export class HttpServer {
  readonly #server: Server;
  readonly #options: HttpServerOptions;
  readonly #statusPage: Buffer;
  readonly #browserClient: Buffer | undefined;

  private constructor(
    options: HttpServerOptions,
    statusPage: Buffer,
    browserClient: Buffer | undefined,
  ) {
    this.#options = options;
    this.#statusPage = statusPage;
    this.#browserClient = browserClient;
    const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
    const serverOptions: ServerOptions = {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the two timeouts above on this interval (30 s by default).
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 2),
    };
    const handle = (request: IncomingMessage, response: ServerResponse): void => {
      // A throwing callback (readiness, ...) must not escape into Node's event handler.
      try {
        this.#handle(request, response);
      } catch {
        if (response.headersSent) response.destroy();
        else send(response, 500, TEXT, 'internal error\n');
      }
    };
    this.#server = options.tls
      ? createTlsServer({ ...serverOptions, cert: options.tls.cert, key: options.tls.key }, handle)
      : createPlainServer(serverOptions, handle);
    this.#server.maxConnections = limits.maxConnections;
    this.#server.maxHeadersCount = limits.maxHeadersCount;
    this.#server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.#upgrade(request, socket, head),
    );
  }

  /** Listens on options.host and options.port; rejects if the port cannot be had. */
  static async start(options: HttpServerOptions): Promise<HttpServer> {
    const http = new HttpServer(
      options,
      await readFile(STATUS_PAGE_FILE),
      await readFile(BROWSER_CLIENT_FILE).catch(() => undefined),
    );
    await new Promise<void>((resolve, reject) => {
      http.#server.once('error', reject);
      http.#server.listen(options.port, options.host, () => {
        http.#server.off('error', reject);
        resolve();
      });
    });
    return http;
  }

  get port(): number {
    return this.address.port;
  }

  get address(): AddressInfo {
    return this.#server.address() as AddressInfo;
  }

  /** Stops listening and closes every connection (WebSockets already handed over excepted). */
  close(): Promise<void> {
    this.#options.metrics.close();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    return closed;
  }

  #handle(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, 405, 'only GET and HEAD are served', { Allow: 'GET, HEAD' });
    }
    if (hasBody(request)) return refuse(response, 413, 'request bodies are not accepted');
    switch (pathOf(request)) {
      case '/metrics':
        return void this.#metrics(response);
      case '/healthz':
        return send(response, 200, TEXT, 'ok\n');
      case '/readyz': {
        const reason = this.#options.readiness();
        if (reason === undefined) return send(response, 200, TEXT, 'ready\n');
        return send(response, 503, TEXT, `${reason.replace(/[\r\n]+/g, ' ')}\n`);
      }
      case '/':
        return send(response, 200, 'text/html; charset=utf-8', this.#statusPage, {
          'Content-Security-Policy': STATUS_PAGE_POLICY,
        });
      case '/ringwire-client.js':
        if (this.#browserClient) {
          return send(response, 200, 'text/javascript; charset=utf-8', this.#browserClient);
        }
        break;
      case '/ws':
        if (this.#options.upgradeWebSocket) {
          return send(response, 426, TEXT, 'a WebSocket upgrade is required here\n', {
            Upgrade: 'websocket',
          });
        }
        break;
    }
    send(response, 404, TEXT, 'not found\n');
  }

  async #metrics(response: ServerResponse): Promise<void> {
    try {
      send(response, 200, this.#options.metrics.contentType, await this.#options.metrics.render());
    } catch {
      send(response, 500, TEXT, 'the metrics could not be read\n');
    }
  }

  #upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const { upgradeWebSocket } = this.#options;
    // Node hands an upgrading socket over as it is: errors and answers are ours to handle.
    socket.on('error', () => {});
    if (upgradeWebSocket && request.method === 'GET' && pathOf(request) === '/ws') {
      try {
        return upgradeWebSocket(request, socket, head);
      } catch {
        return void socket.destroy();
      }
    }
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () =>
      socket.destroy(),
    );
  }
}

function pathOf(request: IncomingMessage): string {
  const url = request.url ?? '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/** A body announced by either header; it is refused before a byte of it is read. */
function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: OutgoingHttpHeaders = {},
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  // For HEAD, Node sends the headers only.
  response.end(body);
}

/** Answers and closes: what the client may still send (a body) is never read. */
function refuse(
  response: ServerResponse,
  status: number,
  reason: string,
  headers: OutgoingHttpHeaders = {},
): void {
  send(response, status, TEXT, `${reason}\n`, { ...headers, Connection: 'close' });
}
