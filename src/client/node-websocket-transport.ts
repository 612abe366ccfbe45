import { WebSocket, type ClientOptions } from 'ws';
import { BinaryMessageReader, toMaskedBinaryMessages } from '../protocol/websocket-framing';
import { readMessagesBeforeWs, type WsWithInternals } from '../protocol/ws-reader';
import { FRAME_HEADER_BYTES, FrameDecoder, writeFrameHeader } from '../protocol/framing';
import type { InputDecoder } from '../protocol/message-framing';
import {
  openWebSocket,
  WebSocketClientTransport,
  type ClientTransport,
  type ClientTransportEvents,
  type WebSocketLike,
} from './transport';

type NodeWebSocket = WebSocketLike & WsWithInternals;

/** ws's default maxPayload for a client: a larger message is ws's to refuse (1009). */
const WS_MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

/**
 * In Node, what the `ws` package would do per message is done per socket read and write: a
 * batch of requests leaves as one write of masked binary messages, framed here, and the
 * replies of one read are read by a BinaryMessageReader into length-prefixed frames. ws keeps
 * the handshake, control frames and closing; it writes its own frames (the close) straight to
 * the same socket as it makes them (nothing is compressed), so the order on the wire is the
 * calls'.
 */
class NodeWebSocketClientTransport extends WebSocketClientTransport {
  readonly #ws: NodeWebSocket;

  constructor(ws: NodeWebSocket) {
    super(ws);
    this.#ws = ws;
  }

  override createDecoder(maxFrameBytes: number): InputDecoder {
    return new FrameDecoder(maxFrameBytes);
  }

  override listen(events: ClientTransportEvents): void {
    // The messages ws still reads (those after a frame the reader leaves to it) as frames too.
    super.listen({ ...events, data: (message) => events.data(lengthPrefixed(message)) });
    const reader = new BinaryMessageReader(WS_MAX_MESSAGE_BYTES, 'server');
    readMessagesBeforeWs(this.#ws, reader, events.data);
  }

  override write(frames: Buffer): void {
    // As ws.send does once the close is under way: nothing more is sent.
    if (this.destroyed) return;
    this.#ws._socket.write(toMaskedBinaryMessages(frames));
  }
}

function lengthPrefixed(body: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + body.length);
  writeFrameHeader(frame, 0, body.length);
  frame.set(body, FRAME_HEADER_BYTES);
  return frame;
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
