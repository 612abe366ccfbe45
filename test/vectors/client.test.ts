import { createServer, type Server, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../../src/client';
import { decodeClientFrame } from '../../src/protocol/codec';
import { FrameDecoder } from '../../src/protocol/framing';
import { run } from '../helpers/processes';
import type { Vector } from './vectors';

// The client library and the CLI read the golden server frames as the protocol says. A peer
// replays, for each request the client sends, the vector that answers it (the real server is
// tested everywhere else; here the point is the bytes of the vectors).

const vectors = JSON.parse(readFileSync(join(__dirname, 'session.json'), 'utf8')) as Vector[];
const frameOf = (name: string): Buffer =>
  Buffer.from((vectors.find((v) => v.name === name) as Vector).hex, 'hex');

/** Which vectors answer a request, by the request's body: a version-1 server ... */
const ANSWERS_V1: Record<string, string[]> = {
  hello: ['welcome'],
  set: ['set-reply-large-seq'],
  get: ['get-latest-reply'],
  update: ['error-not-found'],
};
/** ... and a version-2 server with named rings (a reply, then the pushes that follow it). */
const ANSWERS_V2: Record<string, string[]> = {
  hello: ['welcome-v2'],
  subscribe: ['subscribe-ring-reply', 'push-message-ring'],
  unsubscribe: ['unsubscribe-reply'],
  listRings: ['list-rings-reply'],
};

/** A peer that replays, for each request, the vectors that answer it; resolves to its port. */
async function replayingPeer(answers: Record<string, string[]>): Promise<Server> {
  const server = createServer((socket: Socket) => {
    const decoder = new FrameDecoder(1 << 20);
    socket.on('data', (chunk: Buffer) =>
      decoder.push(chunk, (body) => {
        const request = decodeClientFrame(body);
        for (const name of answers[request.body as string] ?? []) {
          const frame = Buffer.from(frameOf(name));
          // A reply starts with its id (tag 0x08, one byte here): it answers this request.
          // A push has no id field (id 0 is left out) and goes as it is.
          if (frame[4] === 0x08) frame[5] = request.id;
          socket.write(frame);
        }
      }),
    );
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const portOf = (server: Server): number => (server.address() as { port: number }).port;

let peer: Server;
let peerV2: Server;
let port: number;

beforeAll(async () => {
  peer = await replayingPeer(ANSWERS_V1);
  peerV2 = await replayingPeer(ANSWERS_V2);
  port = portOf(peer);
});
afterAll(async () => {
  for (const server of [peer, peerV2]) await new Promise((resolve) => server.close(resolve));
});

describe('golden vectors read by the client library and the CLI', () => {
  it('welcome, a seq past 2^53, a GET reply and an error, through the library', async () => {
    const client = await connect({ port, name: 'alice' });
    expect(client.server).toMatchObject({
      protocolVersion: 1,
      serverName: 'example',
      maxFrameBytes: 1_048_576,
      nextSeq: 1n,
      idleTimeoutMs: 300_000,
    });
    expect(await client.set('hello')).toBe(2n ** 53n + 1n);
    const latest = await client.get({ count: 10 });
    expect(
      latest.messages.map((m) => [m.seq, m.sender, m.payload.toString(), m.timestampMs]),
    ).toEqual([
      [1n, 'alice', 'hello', 1_764_000_000_000],
      [2n, 'alice', '', 1_764_000_000_001],
    ]);
    expect([latest.oldestSeq, latest.nextSeq, latest.lost]).toEqual([1n, 3n, 0n]);
    await expect(client.update(99n, 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    client.close().catch(() => {});
  });

  it('the same, through ./client', async () => {
    const get = await run('client', ['--port', String(port), '--name', 'alice', 'get', '--json']);
    expect(
      get.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { seq: 1, time: '2025-11-24T16:00:00.000Z', sender: 'alice', text: 'hello' },
      { seq: 2, time: '2025-11-24T16:00:00.001Z', sender: 'alice', text: '' },
    ]);
    const set = await run('client', ['--port', String(port), 'set', 'hello']);
    expect(set.stdout).toBe('9007199254740993\n');
  });

  it('version 2: a subscription id in the reply routes the push; LIST_RINGS', async () => {
    const client = await connect({ port: portOf(peerV2), name: 'alice' });
    expect(client.server.protocolVersion).toBe(2);
    const subscription = client.subscribe({ ring: 'logs', from: 'oldest' });
    for await (const event of subscription) {
      expect(event).toMatchObject({ type: 'message', message: { seq: 1n, sender: 'alice' } });
      if (event.type === 'message') expect(event.message.payload.toString()).toBe('hello');
      break;
    }
    expect(subscription.ring).toBe('logs');
    expect(await client.rings()).toEqual([
      expect.objectContaining({ name: 'default', messages: 2, firstSeq: 1n, lastSeq: 2n }),
      expect.objectContaining({ name: 'logs', messages: 0, nextSeq: 2n }),
    ]);
    client.close().catch(() => {});
  });
});
