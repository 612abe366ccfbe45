import { once } from 'node:events';
import { WebSocket, WebSocketServer } from 'ws';
import { BinaryMessageReader } from '../../../src/protocol/websocket-framing';
import { readMessagesBeforeWs, type WsWithInternals } from '../../../src/protocol/ws-reader';

// The fast path reaches into ws (`_socket`, `_receiver`, its one 'data' listener). When an
// upgrade of ws moves them, readMessagesBeforeWs falls back to ws's own reading, which works
// but costs a third of the WebSocket throughput: this test is what notices.

let server: WebSocketServer | undefined;
afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

test('the installed ws lets the reader in front: binary messages arrive as length-prefixed frames, pings still reach ws', async () => {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const accepted = once(server, 'connection');
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  await once(client, 'open');
  const [ws] = (await accepted) as [WebSocket & WsWithInternals];

  const frames: Buffer[] = [];
  const inFront = readMessagesBeforeWs(ws, new BinaryMessageReader(1 << 20, 'client'), (batch) =>
    frames.push(Buffer.from(batch)),
  );
  expect(inFront).toBe(true);

  const pinged = once(ws, 'ping');
  client.send(Buffer.from('one'), { binary: true });
  client.send(Buffer.from('two!'), { binary: true });
  client.ping(Buffer.from('p'));
  const [pingBody] = (await pinged) as [Buffer];
  expect(pingBody.toString()).toBe('p');
  const received = Buffer.concat(frames);
  expect(received).toEqual(
    Buffer.concat([
      Buffer.from([0, 0, 0, 3]),
      Buffer.from('one'),
      Buffer.from([0, 0, 0, 4]),
      Buffer.from('two!'),
    ]),
  );
  client.close();
});
