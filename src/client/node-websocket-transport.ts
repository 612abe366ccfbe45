import type { Socket } from 'node:net';
import { WebSocket, type ClientOptions } from 'ws';
import { toMaskedBinaryMessages } from '../http/websocket-framing';
import {
  openWebSocket,
  WebSocketClientTransport,
  type ClientTransport,
  type WebSocketLike,
} from './transport';

/**
 * A WebSocket of the `ws` package, with the socket beneath it: `_socket` is not ws's public
 * API, but it has been there since ws 1 (the server's transport writes to it the same way).
 */
type NodeWebSocket = WebSocketLike & { readonly _socket: Socket };

/**
 * In Node, a batch of requests leaves as one socket write of masked binary messages, framed
 * here: ws's `send` would draw a mask, frame and write a header and a payload per message.
 * ws still reads the replies and writes its own frames (the close), straight to the same
 * socket as it makes them (nothing is compressed), so the order on the wire is the calls'.
 */
class NodeWebSocketClientTransport extends WebSocketClientTransport {
  readonly #socket: Socket;

  constructor(ws: NodeWebSocket) {
    super(ws);
    this.#socket = ws._socket;
  }

  override write(frames: Buffer): void {
    // As ws.send does once the close is under way: nothing more is sent.
    if (this.destroyed) return;
    this.#socket.write(toMaskedBinaryMessages(frames));
  }
}

/**
 * Opens a WebSocket to `url` (a server's /ws) with the `ws` package; `options` adds TLS
 * settings for wss://. Rejects as openWebSocket does.
 */
export function openNodeWebSocket(
  url: string,
  timeoutMs: number,
  options: ClientOptions = {},
): Promise<ClientTransport> {
  const ws = new WebSocket(url, { perMessageDeflate: false, ...options });
  return openWebSocket(
    ws as unknown as NodeWebSocket,
    url,
    timeoutMs,
    (open) => new NodeWebSocketClientTransport(open),
  );
}
