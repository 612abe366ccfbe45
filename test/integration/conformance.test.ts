import fc from 'fast-check';
import { errorCodeFromWire } from '../../src/errors';
import { clientProof } from '../../src/protocol/auth';
import type { ServerFrame, v1 } from '../../src/protocol/codec';
import { writeFrameHeader } from '../../src/protocol/framing';
import { bigIntToUint64, uint64ToBigInt, type WireUint64 } from '../../src/protocol/uint64';
import { FC_PARAMETERS } from '../helpers/fast-check';
import { RawConnection, helloFor } from '../helpers/raw-connection';
import { itUnlessJetStream, startServer, stopAllServers } from '../helpers/server';
import { describeEachTransport } from '../helpers/transports';

// Each test pins one sentence of docs/PROTOCOL.md (see its "Conformance" section) over a real
// socket, with raw frames: what a client written from the document alone would see.

const opened: RawConnection[] = [];
afterEach(async () => {
  for (const raw of opened.splice(0)) raw.destroy();
  await stopAllServers();
});

async function ready(port: number, name = 'raw'): Promise<RawConnection> {
  const raw = await RawConnection.ready(port, name);
  opened.push(raw);
  return raw;
}

async function open(port: number): Promise<RawConnection> {
  const raw = await RawConnection.open(port);
  opened.push(raw);
  return raw;
}

const text = (value: string): Buffer => Buffer.from(value);
const exact = (value: WireUint64 | null | undefined): string => uint64ToBigInt(value).toString();

/** A frame as one short line, so that a whole exchange is compared at once. */
function summary(frame: ServerFrame): string {
  const id = `#${frame.id}`;
  switch (frame.body) {
    case 'error':
      return `${id} error ${errorCodeFromWire(frame.error?.code ?? 0)}`;
    case 'subscribe':
      return `${id} subscribe start=${exact(frame.subscribe?.startSeq)}`;
    case 'unsubscribe':
      return `${id} unsubscribe last=${exact(frame.unsubscribe?.lastSeq)}`;
    case 'get': {
      const get = frame.get as v1.GetReply;
      const seqs = get.messages.map((m) => exact(m.seq)).join(',');
      return `${id} get [${seqs}] lost=${exact(get.lost)} deleted=${exact(get.deleted)} next=${exact(get.nextSeq)}`;
    }
    case 'push': {
      const push = frame.push as v1.Push;
      switch (push.event) {
        case 'message':
        case 'updated':
          return `${id} push ${push.event} ${exact(push[push.event]?.seq)}`;
        case 'deleted':
          return `${id} push deleted ${exact(push.deleted)}`;
        case 'lost':
          return `${id} push lost ${exact(push.lost?.count)} resume=${exact(push.lost?.resumeSeq)}`;
      }
      return `${id} push ?`;
    }
    default:
      return `${id} ${frame.body}`;
  }
}

async function nextSummaries(raw: RawConnection, count: number): Promise<string[]> {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(summary(await raw.next()));
  return lines;
}

/** Stores `texts` through `raw`, one SET each with ids from 100, and reads the replies. */
async function setAll(raw: RawConnection, texts: string[]): Promise<void> {
  raw.send(...texts.map((t, i) => ({ id: 100 + i, set: { payload: text(t) } })));
  await nextSummaries(raw, texts.length);
}

/** Sends a stream-level failure's trigger and returns the answer; the server must then close. */
async function streamError(raw: RawConnection): Promise<string> {
  const answer = summary(await raw.next());
  await raw.waitClosed();
  return answer;
}

const SECRET = Buffer.from('a-long-shared-secret-for-conformance');
const CLIENT_NONCE = Buffer.alloc(32, 7);

/** A Hello to a server with a secret; resolves with the connection and its AuthChallenge. */
async function challenged(port: number, name: string): Promise<[RawConnection, Buffer]> {
  const raw = await open(port);
  raw.send({ id: 1, hello: { ...helloFor(name), clientNonce: CLIENT_NONCE } });
  const challenge = await raw.next();
  expect(challenge.body).toBe('challenge');
  return [raw, Buffer.from(challenge.challenge?.serverNonce ?? [])];
}

describeEachTransport('subscriptions hear only of messages they were pushed', () => {
  it('pushes updated and deleted for pushed messages only, not for older ones', async () => {
    const { port } = await startServer();
    const writer = await ready(port, 'writer');
    await setAll(writer, ['before']); // seq 1, never pushed to the subscriber
    const subscriber = await ready(port, 'subscriber');
    subscriber.send({ id: 2, subscribe: {} });
    expect(await nextSummaries(subscriber, 1)).toEqual(['#2 subscribe start=2']);

    writer.send({ id: 3, update: { seq: 1, payload: text('changed') } }, { id: 4, set: {} });
    expect(await nextSummaries(writer, 2)).toEqual(['#3 update', '#4 set']);
    expect(await nextSummaries(subscriber, 1)).toEqual(['#0 push message 2']);
    writer.send(
      { id: 5, delete: { seq: 1 } },
      { id: 6, update: { seq: 2, payload: text('x') } },
      { id: 7, delete: { seq: 2 } },
    );
    expect(await nextSummaries(writer, 3)).toEqual(['#5 delete', '#6 update', '#7 delete']);
    subscriber.send({ id: 8, ping: {} });
    expect(await nextSummaries(subscriber, 3)).toEqual([
      '#0 push updated 2',
      '#0 push deleted 2',
      '#8 ping',
    ]);
  });

  it('answers UNSUBSCRIBE with the last seq this subscription pushed: 0 when none, or when not subscribed', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    await setAll(raw, ['a', 'b', 'c']);
    raw.send({ id: 2, subscribe: {} }, { id: 3, unsubscribe: {} }, { id: 4, unsubscribe: {} });
    expect(await nextSummaries(raw, 3)).toEqual([
      '#2 subscribe start=4',
      '#3 unsubscribe last=0',
      '#4 unsubscribe last=0',
    ]);
    // SUBSCRIBE again after UNSUBSCRIBE: a new subscription from its own start.
    raw.send({ id: 5, subscribe: { start: 1 } });
    expect(await nextSummaries(raw, 4)).toEqual([
      '#5 subscribe start=1',
      '#0 push message 1',
      '#0 push message 2',
      '#0 push message 3',
    ]);
    raw.send({ id: 6, unsubscribe: {} });
    expect(await nextSummaries(raw, 1)).toEqual(['#6 unsubscribe last=3']);
  });

  it('starts a subscription from a seq older than the ring holds at that seq, with a lost push first', async () => {
    const { port } = await startServer({ capacity: 4 });
    const raw = await ready(port);
    await setAll(raw, ['1', '2', '3', '4', '5', '6']); // holds 3..6
    raw.send({ id: 2, subscribe: { start: 2, fromSeq: 1 } });
    expect(await nextSummaries(raw, 6)).toEqual([
      '#2 subscribe start=1',
      '#0 push lost 2 resume=3',
      '#0 push message 3',
      '#0 push message 4',
      '#0 push message 5',
      '#0 push message 6',
    ]);
  });

  it('moves the cursor back when SUBSCRIBE starts before it; pushes and GET next share it', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    await setAll(raw, ['1', '2', '3']);
    raw.send({ id: 2, get: { next: true, count: 10 } });
    expect(await nextSummaries(raw, 1)).toEqual(['#2 get [1,2,3] lost=0 deleted=0 next=4']);
    raw.send({ id: 3, subscribe: { start: 2, fromSeq: 2 } });
    expect(await nextSummaries(raw, 3)).toEqual([
      '#3 subscribe start=2',
      '#0 push message 2',
      '#0 push message 3',
    ]);
    raw.send({ id: 4, unsubscribe: {} }, { id: 5, get: { next: true } });
    expect(await nextSummaries(raw, 2)).toEqual([
      '#4 unsubscribe last=3',
      '#5 get [] lost=0 deleted=0 next=4',
    ]);
  });
});

describeEachTransport('uint64 fields a reply or push echoes or uses stay exact past 2^53', () => {
  const around = (edge: bigint): fc.Arbitrary<bigint> =>
    fc.bigInt({ min: edge - 3n, max: edge + 3n }).filter((v) => v < 2n ** 64n);
  const hugeSeq = fc.oneof(
    around(2n ** 53n),
    around(2n ** 63n),
    around(2n ** 64n - 1n),
    fc.bigInt({ min: 2n ** 53n - 3n, max: 2n ** 64n - 1n }),
  );

  it('SUBSCRIBE echoes from_seq as start_seq; GET after_seq, UPDATE and DELETE treat it as the future', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    await setAll(raw, ['held']);
    let id = 1;
    await fc.assert(
      fc.asyncProperty(hugeSeq, async (value) => {
        const seq = bigIntToUint64(value);
        const first = id;
        id += 6;
        raw.send({ id: first, subscribe: { start: 2, fromSeq: seq } }, { id: first + 1, set: {} });
        const subscribed = await nextSummaries(raw, 2);
        // A push, had one been made, would arrive before the replies to these.
        raw.send(
          { id: first + 2, get: { afterSeq: seq } },
          { id: first + 3, update: { seq, payload: text('x') } },
          { id: first + 4, delete: { seq } },
          { id: first + 5, unsubscribe: {} },
        );
        const next = 2 + (first - 1) / 6 + 1; // one SET before, one per run
        expect([...subscribed, ...(await nextSummaries(raw, 4))]).toEqual([
          `#${first} subscribe start=${value}`,
          `#${first + 1} set`,
          `#${first + 2} get [] lost=0 deleted=0 next=${next}`,
          `#${first + 3} error NOT_FOUND`,
          `#${first + 4} error NOT_FOUND`,
          `#${first + 5} unsubscribe last=0`,
        ]);
      }),
      { ...FC_PARAMETERS, numRuns: Math.min(FC_PARAMETERS.numRuns ?? 100, 200) },
    );
  });

  it('echoes 2^53 - 1 and below exactly too', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    raw.send(
      { id: 2, subscribe: { start: 2, fromSeq: bigIntToUint64(2n ** 53n - 1n) } },
      { id: 3, unsubscribe: {} },
      { id: 4, subscribe: { start: 2, fromSeq: 0 } },
    );
    expect(await nextSummaries(raw, 3)).toEqual([
      `#2 subscribe start=${2n ** 53n - 1n}`,
      '#3 unsubscribe last=0',
      '#4 subscribe start=1',
    ]);
  });
});

describeEachTransport('every request with an id is answered', () => {
  it('answers an AuthResponse or a Hello after the handshake with INVALID_ARGUMENT, its id, and keeps the connection', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    raw.send(
      { id: 7, auth: { clientProof: Buffer.alloc(32, 1) } },
      { id: 8, hello: helloFor('again') },
      { id: 9, hello: {} },
      { id: 10, ping: {} },
    );
    expect(await nextSummaries(raw, 4)).toEqual([
      '#7 error INVALID_ARGUMENT',
      '#8 error INVALID_ARGUMENT',
      '#9 error INVALID_ARGUMENT',
      '#10 ping',
    ]);
  });

  it('answers a zero-length frame after the handshake as a request with id 0 (INVALID_ARGUMENT), and an id without a body with UNSUPPORTED_REQUEST', async () => {
    const { port } = await startServer();
    const raw = await ready(port);
    raw.sendFrameBody(Buffer.alloc(0));
    raw.send({ id: 5 }, { id: 6, ping: {} });
    expect(await nextSummaries(raw, 3)).toEqual([
      '#0 error INVALID_ARGUMENT',
      '#5 error UNSUPPORTED_REQUEST',
      '#6 ping',
    ]);
  });
});

describeEachTransport(
  'stream-level errors carry id 0, even when they answer a request with an id',
  () => {
    it('UNSUPPORTED_VERSION, HANDSHAKE_REQUIRED and a bad client name', async () => {
      const { port } = await startServer();
      const answers: string[] = [];
      for (const frame of [
        { id: 5, hello: { minVersion: 7, maxVersion: 9, clientName: 'future' } },
        { id: 6, set: { payload: text('too early') } },
        { id: 7, hello: helloFor('') },
        { id: 8, hello: helloFor('n'.repeat(256)) },
      ]) {
        const raw = await open(port);
        raw.send(frame);
        answers.push(await streamError(raw));
      }
      expect(answers).toEqual([
        '#0 error UNSUPPORTED_VERSION',
        '#0 error HANDSHAKE_REQUIRED',
        '#0 error INVALID_ARGUMENT',
        '#0 error INVALID_ARGUMENT',
      ]);
    });

    it('AUTH_FAILED for a wrong proof, and a non-AuthResponse after the challenge', async () => {
      const { port } = await startServer({ secret: SECRET });
      const [wrong] = await challenged(port, 'guesser');
      wrong.send({ id: 9, auth: { clientProof: Buffer.alloc(32) } });
      const [early] = await challenged(port, 'impatient');
      early.send({ id: 10, ping: {} });
      expect([await streamError(wrong), await streamError(early)]).toEqual([
        '#0 error AUTH_FAILED',
        '#0 error HANDSHAKE_REQUIRED',
      ]);
    });

    it('BUSY, whatever the Hello said', async () => {
      const { port } = await startServer({ maxConnections: 1 });
      await ready(port);
      const refused = await open(port);
      refused.send({ id: 11, hello: helloFor('one too many') });
      expect(await streamError(refused)).toBe('#0 error BUSY');
    });
  },
);

describeEachTransport('the handshake', () => {
  it('refuses invalid UTF-8 in client_name as PROTOCOL_VIOLATION, like every string', async () => {
    const { port } = await startServer();
    const raw = await open(port);
    // ClientFrame {id: 1, hello: {min_version: 1, max_version: 1, client_name: ff fe}}
    const body = Buffer.from([
      0x08, 0x01, 0x12, 0x08, 0x08, 0x01, 0x10, 0x01, 0x1a, 0x02, 0xff, 0xfe,
    ]);
    const header = Buffer.alloc(4);
    writeFrameHeader(header, 0, body.length);
    raw.sendBytes(Buffer.concat([header, body]));
    expect(await streamError(raw)).toBe('#0 error PROTOCOL_VIOLATION');
  });

  it('limits frames before the handshake to 16384 bytes, or max_frame_bytes when smaller', async () => {
    // A Hello of about 5000 bytes: the nonce is ignored by a server without a secret.
    const bigHello = { id: 1, hello: { ...helloFor('big'), clientNonce: Buffer.alloc(5000) } };
    const small = await startServer({ maxFrameBytes: 4096 });
    const refused = await open(small.port);
    refused.send(bigHello);
    expect(await streamError(refused)).toBe('#0 error FRAME_TOO_LARGE');

    const usual = await startServer();
    const accepted = await open(usual.port);
    accepted.send(bigHello);
    expect(await nextSummaries(accepted, 1)).toEqual(['#1 welcome']);
    const tooBig = await open(usual.port);
    tooBig.send({ ...bigHello, hello: { ...bigHello.hello, clientNonce: Buffer.alloc(16_400) } });
    expect(await streamError(tooBig)).toBe('#0 error FRAME_TOO_LARGE');
  });

  it('judges requests pipelined behind the Hello by max_frame_bytes, not the handshake limit', async () => {
    const { port } = await startServer();
    const raw = await open(port);
    raw.send(
      { id: 1, hello: helloFor('eager') },
      { id: 2, set: { payload: Buffer.alloc(20_000) } },
    );
    expect(await nextSummaries(raw, 2)).toEqual(['#1 welcome', '#2 set']);
  });

  it('counts only wrong proofs toward the failed-authentication lock-out', async () => {
    const { port } = await startServer({ secret: SECRET });
    for (let round = 0; round < 3; round++) {
      const failures: [RawConnection, v1.ClientFrame.$Properties][] = [
        [await open(port), { id: 1, hello: { minVersion: 9, maxVersion: 9, clientName: 'v' } }],
        [
          await open(port),
          { id: 1, hello: { ...helloFor('nonce'), clientNonce: Buffer.alloc(8) } },
        ],
        [await open(port), { id: 1, hello: { ...helloFor(''), clientNonce: CLIENT_NONCE } }],
        [await open(port), { id: 1, ping: {} }],
      ];
      for (const [raw, frame] of failures) {
        raw.send(frame);
        expect(await streamError(raw)).not.toBe('#0 error AUTH_FAILED');
      }
      const [impatient] = await challenged(port, 'impatient');
      impatient.send({ id: 2, ping: {} });
      expect(await streamError(impatient)).toBe('#0 error HANDSHAKE_REQUIRED');
    }
    const [raw, serverNonce] = await challenged(port, 'honest');
    const proof = clientProof(SECRET, {
      clientNonce: CLIENT_NONCE,
      serverNonce,
      clientName: 'honest',
    });
    raw.send({ id: 2, auth: { clientProof: proof } });
    expect(await nextSummaries(raw, 1)).toEqual(['#2 welcome']);
  });
});

describeEachTransport('GET in latest mode', () => {
  itUnlessJetStream()(
    'returns the newest count messages not deleted, and counts the deleted seqs it passed over',
    async () => {
      const { port } = await startServer();
      const raw = await ready(port);
      await setAll(raw, ['1', '2', '3', '4', '5']);
      raw.send(
        { id: 2, delete: { seq: 4 } },
        { id: 3, delete: { seq: 2 } },
        { id: 4, get: { count: 3 } },
      );
      expect(await nextSummaries(raw, 3)).toEqual([
        '#2 delete',
        '#3 delete',
        '#4 get [1,3,5] lost=0 deleted=2 next=6',
      ]);
    },
  );
});
