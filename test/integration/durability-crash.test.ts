import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { connect, type Client, type Message } from '../../src/client';
import { exitOf, spawnServer } from '../helpers/processes';
import { TempDirectories } from '../store/log-fixtures';

// The crash test of issue 11: ./server --data-dir under pipelined SET/UPDATE/DELETE from
// several clients is killed with SIGKILL at random moments and restarted. After each restart
// every acknowledged write is there (with its seq and content), no seq is given twice, and
// what was not acknowledged is either whole or absent.

const temp = new TempDirectories();
let server: ChildProcess | undefined;

afterEach(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGKILL');
    await exitOf(server);
  }
  server = undefined;
  await temp.cleanUp();
});

const WRITERS = 3;
const PIPELINE = 8;

/** What the writers asked for and what the server acknowledged, per seq. */
interface Written {
  /** The SET's payload and sender, once acknowledged. */
  readonly acked: Map<bigint, { payload: string; sender: string }>;
  /** Every payload a SET or UPDATE sent, acknowledged or not: anything served must be one. */
  readonly sent: Set<string>;
  /** Per seq, the payload of the last acknowledged update, and every update sent after it. */
  readonly updates: Map<bigint, { acked?: string; later: string[] }>;
  readonly ackedDeletes: Set<bigint>;
  /** Deletes sent and not acknowledged: the message may or may not be there. */
  readonly maybeDeleted: Set<bigint>;
  /** Seqs acknowledged to two SETs: must stay empty. */
  readonly reused: bigint[];
  highestSeq: bigint;
}

/** One writer until its connection dies: batches of SETs, with UPDATEs and DELETEs of its own messages. */
async function write(client: Client, name: string, written: Written): Promise<void> {
  let counter = 0;
  const own: bigint[] = [];
  for (;;) {
    const batch: Promise<unknown>[] = [];
    for (let i = 0; i < PIPELINE; i++) {
      const choice = Math.random();
      if (choice < 0.15 && own.length > 0) {
        const seq = own[Math.floor(Math.random() * own.length)];
        const payload = `${name} update ${counter++}`;
        written.sent.add(payload);
        const entry = written.updates.get(seq) ?? { later: [] };
        written.updates.set(seq, entry);
        entry.later.push(payload);
        batch.push(
          client.update(seq, payload).then(() => {
            entry.acked = payload;
            entry.later.splice(0, entry.later.indexOf(payload) + 1);
          }),
        );
      } else if (choice < 0.25 && own.length > 0) {
        const seq = own.splice(Math.floor(Math.random() * own.length), 1)[0];
        written.maybeDeleted.add(seq);
        batch.push(client.delete(seq).then(() => written.ackedDeletes.add(seq)));
      } else {
        const payload = `${name} set ${counter++}`;
        written.sent.add(payload);
        batch.push(
          client.set(payload).then((seq) => {
            if (written.acked.has(seq)) written.reused.push(seq);
            written.acked.set(seq, { payload, sender: name });
            if (seq > written.highestSeq) written.highestSeq = seq;
            own.push(seq);
          }),
        );
      }
    }
    // A failure ends the writer: the server was killed.
    await Promise.all(batch);
  }
}

async function readAll(client: Client): Promise<Message[]> {
  const messages: Message[] = [];
  let after = 0n;
  for (;;) {
    const read = await client.get({ afterSeq: after, count: 100_000 });
    messages.push(...read.messages);
    if (read.nextSeq - 1n <= after) return messages;
    after = read.nextSeq - 1n;
  }
}

/** What the served messages break of the rules above; empty when they keep them all. */
function violations(messages: Message[], written: Written): string[] {
  const found: string[] = [];
  const served = new Map(messages.map((message) => [message.seq, message]));
  for (const [seq, { payload, sender }] of written.acked) {
    const message = served.get(seq);
    if (written.ackedDeletes.has(seq)) {
      if (message) found.push(`seq ${seq}: deleted, but served ${message.payload.toString()}`);
      continue;
    }
    if (!message && written.maybeDeleted.has(seq)) continue;
    const update = written.updates.get(seq);
    const allowed = update?.acked
      ? [update.acked, ...update.later]
      : [payload, ...(update?.later ?? [])];
    const payloadServed = message?.payload.toString() ?? 'nothing';
    if (!allowed.includes(payloadServed) || message?.sender !== sender) {
      found.push(
        `seq ${seq}: ${sender}'s ${allowed.join(' or ')}, served ${message?.sender}'s ${payloadServed}`,
      );
    }
  }
  // Whatever was not acknowledged is whole: one of the payloads sent.
  for (const message of messages) {
    const payload = message.payload.toString();
    if (!written.sent.has(payload)) found.push(`seq ${message.seq}: never sent ${payload}`);
  }
  return found;
}

test.each([
  ['always', 20],
  ['interval', 6],
] as const)(
  'fsync %s: %d rounds of kill -9 under load lose nothing acknowledged and give no seq twice',
  async (fsync, rounds) => {
    const dataDir = join(await temp.make(), 'data');
    const written: Written = {
      acked: new Map(),
      sent: new Set(),
      updates: new Map(),
      ackedDeletes: new Set(),
      maybeDeleted: new Set(),
      reused: [],
      highestSeq: 0n,
    };
    const args = ['--data-dir', dataDir, '--fsync', fsync, '--capacity', '1000000', '-q'];
    for (let round = 0; round < rounds; round++) {
      const started = await spawnServer(args);
      server = started.child;
      const clients = await Promise.all(
        Array.from({ length: WRITERS }, (_, i) =>
          connect({ port: started.port, name: `writer-${i}` }),
        ),
      );
      // Check what the previous rounds left before writing more.
      expect(violations(await readAll(clients[0]), written)).toEqual([]);
      const writers = clients.map((client, i) =>
        write(client, `writer-${i}`, written).catch(() => undefined),
      );
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 250));
      server.kill('SIGKILL');
      await exitOf(server);
      await Promise.all(writers);
      await Promise.all(clients.map((client) => client.close().catch(() => undefined)));
    }
    const last = await spawnServer(args);
    server = last.child;
    const client = await connect({ port: last.port, name: 'checker' });
    try {
      expect(violations(await readAll(client), written)).toEqual([]);
      expect(written.acked.size).toBeGreaterThan(rounds * 10);
      expect(written.reused).toEqual([]);
      // The next seq is past every one ever acknowledged.
      expect(await client.set('after the crashes')).toBeGreaterThan(written.highestSeq);
    } finally {
      await client.close();
    }
  },
  60_000,
);
