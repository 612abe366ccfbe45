// The browser build of the client library (make: dist/src/http/ringwire-client.js, served by
// the HTTP port at /ringwire-client.js): connect() over the page's own WebSocket, to a
// server's /ws. Nothing here, nor in what it imports, may need Node (a test checks the bundle).
import { RingwireError } from '../../errors';
import { Client, DEFAULT_TIMEOUT_MS, openClient } from '../client';
import { openWebSocket, type WebSocketLike } from '../transport';

export { Client } from '../client';
export { Subscription } from '../subscription';
export { DEFAULT_RING, isValidRingName, RING_NAME_RULE } from '../../protocol/ring-name';
export { RingwireError, type ErrorCode } from '../../errors';
export type * from '../types';

export interface BrowserConnectOptions {
  /** The server's /ws: `ws://host:port/ws`, or `wss://` when its HTTP port serves HTTPS. */
  url: string;
  /** Recorded as the sender of every message this client stores. Default `browser`. */
  name?: string;
  /** Milliseconds for connecting and the handshake, and each request's default; 0 never. */
  timeoutMs?: number;
}

/**
 * Connects over WebSocket and completes the handshake, like the Node library's connect().
 * A shared secret is not offered here: a secret shipped to a web page is no secret.
 */
export async function connect(options: BrowserConnectOptions): Promise<Client> {
  if ((options as { secret?: unknown }).secret !== undefined) {
    throw new RingwireError('INVALID_ARGUMENT', 'the browser client takes no shared secret');
  }
  const { url } = options;
  const open = (timeoutMs: number) => {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    return openWebSocket(ws as unknown as WebSocketLike, url, timeoutMs);
  };
  return openClient({
    endpoints: [{ address: url, open }],
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    name: options.name ?? 'browser',
    secret: undefined,
    reconnect: undefined,
  });
}
