import { hostname } from 'node:os';
import { RingwireError } from '../errors';
import { DEFAULT_PORT } from '../protocol/constants';
import { Client, connectOver, DEFAULT_TIMEOUT_MS } from './client';
import { openSocket } from './socket-transport';
import { openNodeWebSocket } from './node-websocket-transport';
import type { ClientTransport } from './transport';
import type { ConnectOptions } from './types';

/**
 * Connects to a ringwire server and completes the handshake: over TCP (`host`, `port`, `tls`),
 * or over WebSocket to a server's /ws when `url` is given (`ws://host:port/ws`, `wss://` for
 * HTTPS).
 * Rejects with a RingwireError: CONNECTION_FAILED (cause: the socket error), TIMEOUT, the
 * server's refusal (e.g. UNSUPPORTED_VERSION), or PROTOCOL_VIOLATION "not a ringwire server"
 * as soon as the peer's first reply cannot be a handshake answer (an HTTP server, say).
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = await openTransport(options, timeoutMs);
  const name = options.name ?? `${hostname()}:${process.pid}`;
  return connectOver(transport, timeoutMs, name, options.secret);
}

function openTransport(options: ConnectOptions, timeoutMs: number): Promise<ClientTransport> {
  const { url } = options;
  if (url === undefined) {
    const tls = options.tls === true ? {} : options.tls || undefined;
    return openSocket(options.host ?? '127.0.0.1', options.port ?? DEFAULT_PORT, timeoutMs, tls);
  }
  if (options.host !== undefined || options.port !== undefined) {
    throw new RingwireError('INVALID_ARGUMENT', '`url` replaces `host` and `port`');
  }
  // With wss://, a `tls` object sets the CA, server name and client certificate as over TCP.
  const tls = typeof options.tls === 'object' ? options.tls : {};
  return openNodeWebSocket(url, timeoutMs, tls);
}
