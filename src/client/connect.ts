import { hostname } from 'node:os';
import { RingwireError } from '../errors';
import { DEFAULT_PORT } from '../protocol/constants';
import { Client, DEFAULT_RECONNECT, DEFAULT_TIMEOUT_MS, openClient, type Endpoint } from './client';
import { formatServerAddress, parseServerAddress } from './server-list';
import { openSocket } from './socket-transport';
import { openNodeWebSocket } from './node-websocket-transport';
import type { ConnectOptions, ReconnectOptions, TlsClientOptions } from './types';

/**
 * Connects to a ringwire server and completes the handshake: over TCP (`host`, `port`, `tls`),
 * over WebSocket to a server's /ws when `url` is given (`ws://host:port/ws`, `wss://` for
 * HTTPS), or to the first of `servers` that answers (each tried once, in order).
 * Rejects with a RingwireError: CONNECTION_FAILED (cause: the socket error), TIMEOUT, the
 * server's refusal (e.g. UNSUPPORTED_VERSION), or PROTOCOL_VIOLATION "not a ringwire server"
 * as soon as the peer's first reply cannot be a handshake answer (an HTTP server, say). With
 * several `servers` and none answering, CONNECTION_FAILED naming each one's failure.
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return openClient({
    endpoints: endpointsOf(options),
    timeoutMs,
    name: options.name ?? `${hostname()}:${process.pid}`,
    secret: options.secret,
    reconnect: reconnectOf(options),
    onDisconnect: options.onDisconnect,
    onReconnect: options.onReconnect,
  });
}

function endpointsOf(options: ConnectOptions): Endpoint[] {
  const { url, servers } = options;
  const tls = options.tls === true ? {} : options.tls || undefined;
  if (servers !== undefined) {
    if (options.host !== undefined || options.port !== undefined || url !== undefined) {
      throw new RingwireError('INVALID_ARGUMENT', '`servers` replaces `host`, `port` and `url`');
    }
    if (servers.length === 0) throw new RingwireError('INVALID_ARGUMENT', '`servers` is empty');
    return servers.map((server) => {
      const { host, port } = parseServerAddress(server, DEFAULT_PORT);
      return socketEndpoint(host, port, tls);
    });
  }
  if (url === undefined) {
    return [socketEndpoint(options.host ?? '127.0.0.1', options.port ?? DEFAULT_PORT, tls)];
  }
  if (options.host !== undefined || options.port !== undefined) {
    throw new RingwireError('INVALID_ARGUMENT', '`url` replaces `host` and `port`');
  }
  // With wss://, a `tls` object sets the CA, server name and client certificate as over TCP.
  const wsTls = typeof options.tls === 'object' ? options.tls : {};
  return [{ address: url, open: (timeoutMs) => openNodeWebSocket(url, timeoutMs, wsTls) }];
}

function socketEndpoint(host: string, port: number, tls: TlsClientOptions | undefined): Endpoint {
  return {
    address: formatServerAddress({ host, port }),
    open: (timeoutMs) => openSocket(host, port, timeoutMs, tls),
  };
}

/** On by default with `servers`, off otherwise; an object turns it on with its settings. */
function reconnectOf(options: ConnectOptions): Required<ReconnectOptions> | undefined {
  const { reconnect } = options;
  if (reconnect === false || (reconnect === undefined && options.servers === undefined)) {
    return undefined;
  }
  return { ...DEFAULT_RECONNECT, ...reconnect };
}
