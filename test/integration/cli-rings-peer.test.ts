import { exitOf, run, spawnClient } from '../helpers/processes';
import { ScriptedPeer, wireMessage, type Script } from '../helpers/scripted-peer';
import { waitFor } from '../helpers/wait';

// ./client and ./bench with named rings against a scripted peer: what they print for pushes
// routed by subscription id and for LIST_RINGS, and how they meet a version-1 server.

const peers: ScriptedPeer[] = [];

afterEach(async () => {
  await Promise.all(peers.splice(0).map((peer) => peer.close()));
});

async function startPeer(version: number, script: Script): Promise<ScriptedPeer> {
  const peer = await ScriptedPeer.start(version, script);
  peers.push(peer);
  return peer;
}

/** Subscriptions get ids 10, 11, ... in request order; each push names one. */
const subscribeTwoRings: Script = (request) => {
  if (request.body !== 'subscribe') return [{ id: request.id, unsubscribe: {} }];
  const subscriptionId = request.id + 9;
  const reply = { id: request.id, subscribe: { startSeq: 1, subscriptionId } };
  if (request.subscribe.ring === 'a') return [reply];
  // Behind the reply of ring b: one push for b, then one for a, then b's delete of seq 1.
  return [
    reply,
    { id: 0, push: { subscriptionId, message: wireMessage(1, 'b1') } },
    { id: 0, push: { subscriptionId: subscriptionId - 1, message: wireMessage(1, 'a1') } },
    { id: 0, push: { subscriptionId, deleted: 1 } },
  ];
};

describe('./client against a scripted peer', () => {
  it.each([
    [
      'text',
      [],
      [
        'b\t1\t2025-11-24T16:00:00.000Z\tpeer\tb1',
        'a\t1\t2025-11-24T16:00:00.000Z\tpeer\ta1',
        'b\t1\t(deleted)',
      ],
    ],
    [
      'json',
      ['--json'],
      [
        '{"ring":"b","seq":1,"time":"2025-11-24T16:00:00.000Z","sender":"peer","text":"b1"}',
        '{"ring":"a","seq":1,"time":"2025-11-24T16:00:00.000Z","sender":"peer","text":"a1"}',
        '{"event":"deleted","ring":"b","seq":1}',
      ],
    ],
  ])(
    'tail --ring a --ring b prints each push with the ring of its subscription (%s)',
    async (_, json, expected) => {
      const peer = await startPeer(2, subscribeTwoRings);
      const tail = spawnClient([
        '--port',
        String(peer.port),
        'tail',
        '--ring',
        'a',
        '--ring',
        'b',
        ...json,
      ]);
      await waitFor(() => tail.lines().length === 3);
      tail.child.kill('SIGINT');
      expect(await exitOf(tail.child)).toBe(0);
      // Each ring's lines in its order; how the two rings interleave is not promised.
      const ofRing = (lines: string[], ring: string) =>
        lines.filter((line) => line.startsWith(`${ring}\t`) || line.includes(`"ring":"${ring}"`));
      for (const ring of ['a', 'b'])
        expect(ofRing(tail.lines(), ring)).toEqual(ofRing(expected, ring));
      expect(peer.bodies('subscribe').map((s) => s.ring)).toEqual(['a', 'b']);
    },
  );

  it('rings pages through LIST_RINGS and prints every ring', async () => {
    const info = (name: string, messages: number) => ({
      name,
      capacity: 1024,
      maxBytes: 16_777_216,
      overflow: 'overwrite',
      messages,
      bytes: messages * 3,
      firstSeq: messages ? 1 : 0,
      lastSeq: messages,
      nextSeq: messages + 1,
      subscribers: 0,
    });
    const peer = await startPeer(2, (request) => [
      {
        id: request.id,
        listRings: request.listRings?.afterName
          ? { rings: [info('jobs', 12)] }
          : { rings: [info('chat', 3), info('default', 0)], truncated: true },
      },
    ]);
    const result = await run('client', ['--port', String(peer.port), 'rings']);
    expect(result.stdout).toBe(
      [
        'NAME     MESSAGES  BYTES  CAPACITY  MAX_BYTES  OVERFLOW   FIRST_SEQ  LAST_SEQ  SUBSCRIBERS',
        'chat            3      9      1024   16777216  overwrite          1         3            0',
        'default         0      0      1024   16777216  overwrite          0         0            0',
        'jobs           12     36      1024   16777216  overwrite          1        12            0',
        '',
      ].join('\n'),
    );
    expect(peer.bodies('listRings').map((l) => l.afterName ?? '')).toEqual(['', 'default']);
  });

  it.each([[['set', '--ring', 'a', 'x']], [['tail', '--ring', 'a']], [['rings']]])(
    '%j on a version-1 server: exit 1, one line, nothing sent',
    async (args) => {
      const peer = await startPeer(1, () => []);
      const result = await run('client', ['--port', String(peer.port), ...args]);
      expect([result.status, result.stderr]).toEqual([
        1,
        'client: the server speaks protocol version 1: no named rings (UNSUPPORTED_REQUEST)\n',
      ]);
      expect(peer.requests).toEqual([]);
    },
  );

  it('./bench --rings 2 on a version-1 server: exit 1, one line', async () => {
    const peer = await startPeer(1, () => []);
    const result = await run('bench', [
      '--port',
      String(peer.port),
      '--clients',
      '2',
      '--rings',
      '2',
    ]);
    expect([result.status, result.stderr]).toEqual([
      1,
      'bench: the server speaks protocol version 1: no named rings (--rings) (UNSUPPORTED_REQUEST)\n',
    ]);
    expect(peer.requests).toEqual([]);
  });
});
