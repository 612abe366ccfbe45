import type { Socket } from 'node:net';
import type { BinaryMessageReader, MessageSink } from './websocket-framing';

// The WebSocket fast path of the server's /ws and of the Node client: binary messages are
// read off the socket by BinaryMessageReader, in batches, before ws's own per-message parser.

/**
 * ws's WebSocket as readMessagesBeforeWs needs it: `_receiver` (its parser) and `_socket` are
 * not ws's public API, but both have been there since ws 1.
 */
export interface WsWithInternals {
  readonly readyState: number;
  readonly _receiver: { write(frame: Buffer): boolean };
  readonly _socket: Socket;
}

const WS_OPEN = 1;

/**
 * Puts `reader` in front of ws's own reading of the socket beneath `ws` (just opened):
 * `onMessages` gets the binary messages, ws the control frames. ws reads again (its listener
 * back in place) from the first frame the reader does not take, and from the moment the
 * WebSocket is no longer open, so that the closing is all ws's. Where the socket's listeners
 * are not the one ws added, ws reads everything, as before, and the answer is false (a test
 * checks that the installed ws still lets the reader in front).
 */
export function readMessagesBeforeWs(
  ws: WsWithInternals,
  reader: BinaryMessageReader,
  onMessages: (frames: Buffer) => void,
): boolean {
  const socket = ws._socket;
  const [wsOnData, ...others] = socket.listeners('data') as ((chunk: Buffer) => void)[];
  if (wsOnData === undefined || others.length > 0) return false;
  const handOver = (rest: Buffer) => {
    socket.off('data', onData);
    socket.on('data', wsOnData);
    if (rest.length > 0) wsOnData.call(socket, rest);
  };
  const sink: MessageSink = {
    messages: onMessages,
    control: (frame) => {
      ws._receiver.write(frame);
      return ws.readyState === WS_OPEN;
    },
    handOver,
  };
  const onData = (chunk: Buffer) => {
    if (ws.readyState !== WS_OPEN) return handOver(Buffer.concat([reader.release(), chunk]));
    reader.push(chunk, sink);
  };
  socket.off('data', wsOnData);
  socket.on('data', onData);
  return true;
}
