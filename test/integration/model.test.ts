import fc from 'fast-check';
import { connect, RingwireError, type Client, type GetResult } from '../../src/client';
import { FC_PARAMETERS } from '../helpers/fast-check';
import { startServer, stopAllServers } from '../helpers/server';

// Model-based test: random sequences of writes and reads from three clients, some of them
// concurrent, run against the real server over sockets and against a simple model of the
// ring; after every command the two must agree.

const CLIENTS = 3;

interface Stored {
  payload: string;
  sender: string;
}

class RingModel {
  readonly capacity: number;
  nextSeq = 1;
  /** Held and not deleted, by seq. */
  readonly held = new Map<number, Stored>();
  /** Each client's cursor (last seq it read with GET next), once it has one. */
  readonly cursors = new Map<number, number>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get oldest(): number {
    return this.nextSeq === 1 ? 0 : Math.max(1, this.nextSeq - this.capacity);
  }

  store(seq: number, stored: Stored): void {
    this.held.set(seq, stored);
    this.nextSeq = Math.max(this.nextSeq, seq + 1);
    for (const old of this.held.keys()) if (old < this.oldest) this.held.delete(old);
  }

  /** What a GET after `after` of `count` returns, as the protocol defines it. */
  readAfter(after: number, count: number): { seqs: number[]; lost: number; nextSeq: number } {
    const wanted = after + 1;
    if (wanted >= this.nextSeq || this.oldest === 0)
      return { seqs: [], lost: 0, nextSeq: this.nextSeq };
    const start = Math.max(wanted, this.oldest);
    const seqs: number[] = [];
    let seq = start;
    for (; seq < this.nextSeq && seqs.length < count; seq++) if (this.held.has(seq)) seqs.push(seq);
    return { seqs, lost: start - wanted, nextSeq: seq };
  }

  readLatest(count: number): number[] {
    const seqs: number[] = [];
    for (let seq = this.nextSeq - 1; seq >= this.oldest && seq > 0 && seqs.length < count; seq--) {
      if (this.held.has(seq)) seqs.unshift(seq);
    }
    return seqs;
  }

  effectiveCount(count: number): number {
    return Math.min(Math.max(count, 1), this.capacity);
  }
}

interface Real {
  clients: Client[];
}

type Command = fc.AsyncCommand<RingModel, Real>;

function expectMessages(model: RingModel, result: GetResult, seqs: number[]): void {
  expect(result.messages.map((m) => [Number(m.seq), m.payload.toString(), m.sender])).toEqual(
    seqs.map((seq) => [seq, model.held.get(seq)?.payload, model.held.get(seq)?.sender]),
  );
}

const nameOf = (client: number): string => `client-${client}`;

class Set implements Command {
  constructor(
    readonly client: number,
    readonly payload: string,
  ) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const seq = await real.clients[this.client].set(this.payload);
    expect(seq).toBe(BigInt(model.nextSeq));
    model.store(Number(seq), { payload: this.payload, sender: nameOf(this.client) });
  }
  toString = (): string => `set(${this.client}, ${JSON.stringify(this.payload)})`;
}

class ConcurrentSets implements Command {
  constructor(readonly writes: [number, string][]) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const seqs = await Promise.all(
      this.writes.map(([client, payload]) => real.clients[client].set(payload)),
    );
    const first = model.nextSeq;
    expect([...seqs].sort((a, b) => Number(a - b))).toEqual(
      this.writes.map((_, i) => BigInt(first + i)),
    );
    // One client's SETs are stored in the order it sent them.
    for (let client = 0; client < CLIENTS; client++) {
      const own = seqs.filter((_, i) => this.writes[i][0] === client);
      expect(own).toEqual([...own].sort((a, b) => Number(a - b)));
    }
    for (const [i, [client, payload]] of this.writes.entries()) {
      model.store(Number(seqs[i]), { payload, sender: nameOf(client) });
    }
  }
  toString = (): string => `concurrentSets(${JSON.stringify(this.writes)})`;
}

class GetLatest implements Command {
  constructor(
    readonly client: number,
    readonly count: number,
  ) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const result = await real.clients[this.client].get({ count: this.count });
    expectMessages(model, result, model.readLatest(model.effectiveCount(this.count)));
    expect([result.lost, result.nextSeq, result.oldestSeq]).toEqual([
      0n,
      BigInt(model.nextSeq),
      BigInt(model.oldest),
    ]);
  }
  toString = (): string => `getLatest(${this.client}, ${this.count})`;
}

class GetAfter implements Command {
  constructor(
    readonly client: number,
    readonly after: number,
    readonly count: number,
  ) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const result = await real.clients[this.client].get({ afterSeq: this.after, count: this.count });
    const expected = model.readAfter(this.after, model.effectiveCount(this.count));
    expectMessages(model, result, expected.seqs);
    expect([result.lost, result.nextSeq]).toEqual([
      BigInt(expected.lost),
      BigInt(expected.nextSeq),
    ]);
  }
  toString = (): string => `getAfter(${this.client}, ${this.after}, ${this.count})`;
}

class GetNext implements Command {
  constructor(
    readonly client: number,
    readonly count: number,
  ) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const result = await real.clients[this.client].get({ next: true, count: this.count });
    const cursor = model.cursors.get(this.client) ?? Math.max(model.oldest, 1) - 1;
    const expected = model.readAfter(cursor, model.effectiveCount(this.count));
    expectMessages(model, result, expected.seqs);
    expect(result.lost).toBe(BigInt(expected.lost));
    model.cursors.set(this.client, Math.max(cursor, expected.nextSeq - 1));
  }
  toString = (): string => `getNext(${this.client}, ${this.count})`;
}

class Update implements Command {
  constructor(
    readonly client: number,
    readonly seq: number,
    readonly payload: string,
  ) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const outcome = await real.clients[this.client].update(this.seq, this.payload).then(
      () => 'updated',
      (error: RingwireError) => error.code,
    );
    const stored = model.held.get(this.seq);
    expect(outcome).toBe(stored ? 'updated' : 'NOT_FOUND');
    if (stored) stored.payload = this.payload;
  }
  toString = (): string => `update(${this.client}, ${this.seq}, ${JSON.stringify(this.payload)})`;
}

class Delete implements Command {
  constructor(
    readonly client: number,
    readonly seq: number,
  ) {}
  check = (): boolean => true;
  async run(model: RingModel, real: Real): Promise<void> {
    const outcome = await real.clients[this.client].delete(this.seq).then(
      () => 'deleted',
      (error: RingwireError) => error.code,
    );
    expect(outcome).toBe(model.held.has(this.seq) ? 'deleted' : 'NOT_FOUND');
    model.held.delete(this.seq);
  }
  toString = (): string => `delete(${this.client}, ${this.seq})`;
}

const client = fc.nat({ max: CLIENTS - 1 });
const payload = fc.string({ maxLength: 12 });
const seq = fc.nat({ max: 40 });
const count = fc.nat({ max: 12 });
const commands = fc.commands(
  [
    fc.tuple(client, payload).map(([c, p]) => new Set(c, p)),
    fc
      .array(fc.tuple(client, payload), { minLength: 2, maxLength: 12 })
      .map((writes) => new ConcurrentSets(writes)),
    fc.tuple(client, count).map(([c, n]) => new GetLatest(c, n)),
    fc.tuple(client, seq, count).map(([c, s, n]) => new GetAfter(c, s, n)),
    fc.tuple(client, count).map(([c, n]) => new GetNext(c, n)),
    fc.tuple(client, seq, payload).map(([c, s, p]) => new Update(c, s, p)),
    fc.tuple(client, seq).map(([c, s]) => new Delete(c, s)),
  ],
  { maxCommands: 40 },
);

afterEach(stopAllServers);

describe('the server against a model of the ring', () => {
  it('agrees with the model for any sequence of concurrent writes and reads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(3, 5, 8), commands, async (capacity, cmds) => {
        const { port, server } = await startServer({ capacity });
        const clients = await Promise.all(
          Array.from({ length: CLIENTS }, (_, i) => connect({ port, name: nameOf(i) })),
        );
        try {
          await fc.asyncModelRun(
            () => ({ model: new RingModel(capacity), real: { clients } }),
            cmds,
          );
        } finally {
          await Promise.all(clients.map((c) => c.close()));
          await server.shutdown();
        }
      }),
      {
        ...FC_PARAMETERS,
        numRuns: Number(process.env.FC_RUNS ?? 60),
        interruptAfterTimeLimit: 20_000,
      },
    );
  });
});
