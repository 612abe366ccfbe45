import { connect as netConnect, type Socket } from 'node:net';
import { connect } from '../../src/client';
import { errorCodeFromWire } from '../../src/errors';
import type { ServerFrame } from '../../src/protocol/codec';
import { createTestPki } from '../helpers/certificates';
import { closeAllClients, openClient } from '../helpers/clients';
import { toMaskedBinaryMessages } from '../../src/protocol/websocket-framing';
import { encodeClientFrames, RawConnection } from '../helpers/raw-connection';
import { startServer, stopAllServers, webSocketUrlOf } from '../helpers/server';
import { describeOver } from '../helpers/transports';
import { waitFor } from '../helpers/wait';

// What only the WebSocket transport has: messages instead of a byte stream (docs/PROTOCOL.md,
// "WebSocket transport"). The protocol itself runs over it in the parametrised suites.

const opened: RawConnection[] = [];
afterEach(async () => {
  for (const raw of opened.splice(0)) raw.destroy();
  await closeAllClients();
  await stopAllServers();
});

async function rawOver(port: number, handshake = true): Promise<RawConnection> {
  const raw = handshake ? await RawConnection.ready(port) : await RawConnection.open(port);
  opened.push(raw);
  return raw;
}

const summary = (frame: ServerFrame): string =>
  frame.body === 'error'
    ? `#${frame.id} error ${errorCodeFromWire(frame.error?.code ?? 0)}`
    : `#${frame.id} ${frame.body}`;

/** A stream error: its Error frame (id 0), then the close code the server chose. */
async function streamErrorOf(raw: RawConnection): Promise<string> {
  const frame = summary(await raw.next());
  await raw.waitClosed();
  return `${frame}, close ${raw.closeCode}`;
}

describeOver('ws', 'hostile WebSocket input', () => {
  it('a message over --max-frame-bytes: FRAME_TOO_LARGE, then close 1009, others unharmed', async () => {
    const { port } = await startServer({ maxFrameBytes: 8192 });
    const other = await rawOver(port);
    const raw = await rawOver(port);
    raw.sendBytes(Buffer.alloc(8193));
    expect(await streamErrorOf(raw)).toBe('#0 error FRAME_TOO_LARGE, close 1009');
    other.send({ id: 2, ping: {} });
    expect(summary(await other.next())).toBe('#2 ping');
  });

  it('a message of exactly --max-frame-bytes is read (and refused as a frame, not as a size)', async () => {
    const { port } = await startServer({ maxFrameBytes: 8192 });
    const raw = await rawOver(port);
    raw.send({ id: 3, set: { payload: Buffer.alloc(8192 - 1024) } });
    expect(summary(await raw.next())).toBe('#3 set');
  });

  it('a text message: PROTOCOL_VIOLATION, then close 1003', async () => {
    const { port } = await startServer();
    const raw = await rawOver(port);
    raw.webSocket.send('{"id":2,"ping":{}}');
    expect(await streamErrorOf(raw)).toBe('#0 error PROTOCOL_VIOLATION, close 1003');
  });

  it('a text message before the handshake is refused the same way', async () => {
    const { port } = await startServer();
    const raw = await rawOver(port, false);
    raw.webSocket.send('hello');
    expect(await streamErrorOf(raw)).toBe('#0 error PROTOCOL_VIOLATION, close 1003');
  });

  it('a fragmented message (continuation frames) is reassembled and answered as one frame', async () => {
    const { port } = await startServer();
    const raw = await rawOver(port);
    const body = encodeClientFrames({ id: 7, set: { payload: Buffer.alloc(3000, 7) } }).subarray(4);
    for (let offset = 0; offset < body.length; offset += 1000) {
      const fin = offset + 1000 >= body.length;
      raw.webSocket.send(body.subarray(offset, offset + 1000), { binary: true, fin });
    }
    expect(summary(await raw.next())).toBe('#7 set');
    raw.send({ id: 8, ping: {} });
    expect(summary(await raw.next())).toBe('#8 ping');
  });

  it('pipelined messages cut into one-byte TCP writes are answered, in order', async () => {
    const { port } = await startServer();
    const raw = await rawOver(port);
    const requests = encodeClientFrames(
      { id: 1, ping: {} },
      { id: 2, set: { payload: Buffer.alloc(300, 2) } },
      { id: 3, ping: {} },
    );
    const socket = (raw.webSocket as unknown as { _socket: Socket })._socket;
    for (const byte of toMaskedBinaryMessages(requests)) socket.write(Buffer.of(byte));
    const replies = [await raw.next(), await raw.next(), await raw.next()];
    expect(replies.map(summary)).toEqual(['#1 ping', '#2 set', '#3 ping']);
  });

  it('a fragmented message whose fragments add up past the limit: FRAME_TOO_LARGE, close 1009', async () => {
    const { port } = await startServer({ maxFrameBytes: 8192 });
    const raw = await rawOver(port);
    for (let i = 0; i < 3; i++) {
      raw.webSocket.send(Buffer.alloc(3000), { binary: true, fin: i === 2 });
    }
    expect(await streamErrorOf(raw)).toBe('#0 error FRAME_TOO_LARGE, close 1009');
  });

  it('a message holding two length-prefixed frames: one frame per message, PROTOCOL_VIOLATION', async () => {
    const { port } = await startServer();
    const raw = await rawOver(port);
    raw.sendBytes(encodeClientFrames({ id: 2, ping: {} }, { id: 3, ping: {} }));
    expect(await streamErrorOf(raw)).toBe('#0 error PROTOCOL_VIOLATION, close 1008');
  });

  it('garbage after the upgrade closes that socket only', async () => {
    const { port } = await startServer();
    const other = await rawOver(port);
    const url = new URL(webSocketUrlOf(port));
    const socket: Socket = netConnect({ host: url.hostname, port: Number(url.port) });
    socket.on('error', () => {});
    const upgraded = new Promise<string>((resolve) =>
      socket.once('data', (d) => resolve(String(d))),
    );
    socket.write(
      'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    expect(await upgraded).toMatch(/^HTTP\/1\.1 101 /);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    // An unmasked frame with reserved bits set and opcode 0xF: no valid client sends it.
    socket.write(Buffer.from([0xff, 0x05, 1, 2, 3, 4, 5]));
    await closed;
    other.send({ id: 2, ping: {} });
    expect(summary(await other.next())).toBe('#2 ping');
  });

  it('shutdown: SHUTTING_DOWN, then close 1001', async () => {
    const { port, server } = await startServer();
    const raw = await rawOver(port);
    const stopped = server.shutdown();
    expect(await streamErrorOf(raw)).toBe('#0 error SHUTTING_DOWN, close 1001');
    await stopped;
  });

  it('counts against --max-connections like TCP: BUSY, then close 1013', async () => {
    const { port } = await startServer({ maxConnections: 1 });
    await rawOver(port);
    const refused = await rawOver(port, false);
    expect(await streamErrorOf(refused)).toBe('#0 error BUSY, close 1013');
  });
});

describeOver('ws', 'replies as WebSocket messages', () => {
  it('the replies of one batch arrive as separate messages, in order, whatever their length', async () => {
    const { port } = await startServer({ maxFrameBytes: 256 * 1024 });
    const raw = await rawOver(port);
    // Bodies under 126 bytes, up to 65,535, and past it: the three forms of a message header.
    const payloads = [100, 70_000, 30_000].map((length, i) => Buffer.alloc(length, i + 1));
    raw.send(...payloads.map((payload, i) => ({ id: 2 + i, set: { payload } })));
    for (let i = 0; i < payloads.length; i++)
      expect(summary(await raw.next())).toBe(`#${2 + i} set`);

    raw.send(
      { id: 10, ping: {} },
      { id: 11, get: { count: 3 } },
      { id: 12, get: { afterSeq: 1, count: 1 } },
      { id: 13, get: { count: 1 } },
      { id: 14, ping: {} },
    );
    const replies = [];
    for (let i = 0; i < 5; i++) replies.push(await raw.next());
    expect(replies.map(summary)).toEqual(['#10 ping', '#11 get', '#12 get', '#13 get', '#14 ping']);
    // Which of the payloads sent each GET returned (-1: none of them, byte for byte).
    const payloadsOf = (reply: ServerFrame) =>
      (reply.get?.messages ?? []).map((m) =>
        payloads.findIndex((p) => p.equals(m.payload ?? Buffer.alloc(0))),
      );
    expect(payloadsOf(replies[1])).toEqual([0, 1, 2]);
    expect(payloadsOf(replies[2])).toEqual([1]);
    expect(payloadsOf(replies[3])).toEqual([2]);
  });

  it('a client that stops reading stops the server reading it, and loses nothing', async () => {
    const { port, server } = await startServer();
    const raw = await rawOver(port);
    raw.send({ id: 2, set: { payload: Buffer.alloc(20_000, 7) } });
    expect(summary(await raw.next())).toBe('#2 set');
    raw.pause();
    // 2,000 GETs of 20 KB each, in waves that the server reads one by one: 40 MB of replies,
    // past --max-output-bytes (32 MiB) unless the server stops reading once its output blocks.
    const waves = 100;
    const perWave = 20;
    for (let wave = 0; wave < waves; wave++) {
      raw.send(
        ...Array.from({ length: perWave }, (_, i) => ({
          id: 100 + wave * perWave + i,
          get: { count: 1 },
        })),
      );
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const answered = () => server.snapshot().requests.get('get') ?? 0;
    let before = -1;
    await waitFor(() => {
      const now = answered();
      const settled = now === before;
      before = now;
      return settled;
    });
    expect(answered()).toBeLessThan(waves * perWave);

    raw.resume();
    for (let i = 0; i < waves * perWave; i++) {
      const reply = await raw.next();
      expect([reply.id, reply.body, reply.get?.messages?.[0]?.payload?.length]).toEqual([
        100 + i,
        'get',
        20_000,
      ]);
    }
  });
});

describeOver('ws', 'the client library', () => {
  it('set, get and a subscription round trip', async () => {
    const { port } = await startServer();
    const writer = await openClient(port, 'writer');
    const reader = await openClient(port, 'reader');
    const subscription = reader.subscribe({ ring: 'chat', from: 'now' });
    expect(await subscription.started).toBe(1n);
    expect(await writer.set('hello', { ring: 'chat' })).toBe(1n);
    expect(await writer.set(Buffer.from([0, 1, 2, 255]), { ring: 'chat' })).toBe(2n);
    const events: string[] = [];
    for await (const event of subscription) {
      if (event.type === 'message') events.push(`${event.message.seq} ${event.message.sender}`);
      if (events.length === 2) break;
    }
    expect(events).toEqual(['1 writer', '2 writer']);
    const { messages } = await reader.get({ ring: 'chat', count: 10 });
    expect(messages.map((m) => [...m.payload])).toEqual([
      [...Buffer.from('hello')],
      [0, 1, 2, 255],
    ]);
    expect(reader.server.protocolVersion).toBe(2);
  });
});

describe('connect({ url })', () => {
  it('a URL nobody serves: CONNECTION_FAILED', async () => {
    const { httpPort } = await startServer({}, undefined, true);
    await stopAllServers();
    await expect(connect({ url: `ws://127.0.0.1:${httpPort}/ws` })).rejects.toMatchObject({
      code: 'CONNECTION_FAILED',
    });
  });

  it('a URL that is not /ws: CONNECTION_FAILED, not a hang', async () => {
    const { httpPort } = await startServer({}, undefined, true);
    await expect(
      connect({ url: `ws://127.0.0.1:${httpPort}/nothing`, timeoutMs: 10_000 }),
    ).rejects.toMatchObject({ code: 'CONNECTION_FAILED' });
  });

  it('wss:// with the shared secret: TLS on the HTTP port, the authenticated handshake', async () => {
    const pki = createTestPki();
    try {
      const secret = 'a-long-shared-secret-for-tests';
      const { port } = await startServer(
        { tls: { cert: pki.serverCert, key: pki.serverKey }, secret: Buffer.from(secret) },
        undefined,
        true,
      );
      const url = webSocketUrlOf(port);
      expect(url).toMatch(/^wss:/);
      const client = await connect({ url, tls: { ca: pki.caCert }, secret, name: 'tls' });
      expect(client.server.authenticated).toBe(true);
      expect(await client.set('over wss')).toBe(1n);
      await client.close();
      await expect(connect({ url, tls: { ca: pki.caCert } })).rejects.toMatchObject({
        code: 'AUTH_FAILED',
      });
    } finally {
      pki.remove();
    }
  });

  it('url with host or port: INVALID_ARGUMENT', async () => {
    await expect(connect({ url: 'ws://127.0.0.1:1/ws', port: 1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });

  it('an idle WebSocket client is kept open by its pings, like a TCP one', async () => {
    const { port } = await startServer({ idleTimeoutMs: 300 }, undefined, true);
    const client = await connect({ url: webSocketUrlOf(port), name: 'idle' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await client.set('still here')).toBe(1n);
    await client.close();
  });
});
