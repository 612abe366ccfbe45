import type { ChildProcess } from 'node:child_process';
import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Message } from '../../src/client';
import { closeAllClients, openClient } from '../helpers/clients';
import { exitOf, run, spawnServer } from '../helpers/processes';
import { TempDirectories } from '../store/log-fixtures';

// ./server --data-dir as a child process over real files: restarts, kill -9, changed bounds,
// a second server on the same directory, torn and damaged logs.

const temp = new TempDirectories();
const children: ChildProcess[] = [];

afterEach(async () => {
  await closeAllClients();
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGKILL');
    await exitOf(child);
  }
  await temp.cleanUp();
});

async function start(
  dataDir: string,
  args: string[] = [],
): Promise<{ child: ChildProcess; port: number; stderr: () => string }> {
  const server = await spawnServer(['--data-dir', dataDir, ...args]);
  children.push(server.child);
  return server;
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  child.kill(signal);
  await exitOf(child);
}

const text = (message: Message): string => message.payload.toString();
const plain = (messages: Message[]): object[] =>
  messages.map(({ seq, timestampMs, sender, updatedMs, payload }) => ({
    seq,
    timestampMs,
    sender,
    updatedMs,
    payload: payload.toString(),
  }));

/** The first segment of ring `name`'s log. */
async function firstSegment(dataDir: string, name = 'default'): Promise<string> {
  const directory = join(dataDir, 'rings', `r-${name}`);
  const segments = (await readdir(directory)).filter((entry) => entry.endsWith('.log')).sort();
  return join(directory, segments[0]);
}

test('the start line says where messages live', async () => {
  const dataDir = join(await temp.make(), 'data');
  const result = await run('server', ['--port', '0', '--data-dir', dataDir, '--fsync', 'always'], {
    timeoutMs: 1500,
  });
  expect(result.stdout).toMatch(
    new RegExp(`^listening on 127\\.0\\.0\\.1:\\d+\\nstorage: ${dataDir} \\(fsync always\\)\\n$`),
  );
  const memoryRun = await run('server', ['--port', '0'], { timeoutMs: 1000 });
  expect(memoryRun.stdout).toMatch(
    /^listening on 127\.0\.0\.1:\d+\nstorage: memory \(messages are lost on restart\)\n$/,
  );
});

test.each(['SIGTERM', 'SIGKILL'] as const)(
  'after %s a restarted server holds every ring as before, and the next SET continues the seq',
  async (signal) => {
    const dataDir = join(await temp.make(), 'data');
    const first = await start(dataDir);
    const writer = await openClient(first.port, 'writer');
    for (let i = 1; i <= 5; i++) await writer.set(`message ${i}`);
    await writer.set('job 1', { ring: 'Jobs' });
    await writer.set('job 2', { ring: 'Jobs' });
    await writer.update(2, 'message 2, updated');
    await writer.delete(4);
    await writer.delete(1, { ring: 'Jobs' });
    const before = {
      default: plain((await writer.get({ count: 10 })).messages),
      jobs: plain((await writer.get({ count: 10, ring: 'Jobs' })).messages),
    };
    await closeAllClients();
    await stop(first.child, signal);

    const second = await start(dataDir);
    // A clean stop marks each log so: its CRCs are not checked again (docs/OPERATIONS.md).
    const unclean = signal === 'SIGKILL' ? 2 : 0;
    expect(second.stderr()).toMatch(`${unclean} of them stopped uncleanly`);
    const reader = await openClient(second.port, 'reader');
    const after = await reader.get({ count: 10 });
    expect({
      default: plain(after.messages),
      jobs: plain((await reader.get({ count: 10, ring: 'Jobs' })).messages),
    }).toEqual(before);
    expect(after.deleted).toBe(1n);
    expect(before.default.map((m) => (m as { payload: string }).payload)).toEqual([
      'message 1',
      'message 2, updated',
      'message 3',
      'message 5',
    ]);
    expect(await reader.set('message 6')).toBe(6n);
    expect(await reader.set('job 3', { ring: 'Jobs' })).toBe(3n);
    expect((await reader.rings()).map((ring) => ring.name)).toEqual(['Jobs', 'default']);
  },
);

test('a second server on the same data dir refuses to start with one line', async () => {
  const dataDir = join(await temp.make(), 'data');
  const first = await start(dataDir);
  const second = await run('server', ['--port', '0', '--data-dir', dataDir]);
  expect(second.status).toBe(1);
  expect(second.stderr).toMatch(
    new RegExp(`^server: data dir ${dataDir} is in use by process ${first.child.pid} .*\\n$`),
  );
  // The first one still serves.
  const client = await openClient(first.port, 'still');
  expect(await client.set('still here')).toBe(1n);
});

test('a smaller capacity keeps the newest messages and says what it dropped; a larger one keeps what the ring held', async () => {
  const dataDir = join(await temp.make(), 'data');
  const first = await start(dataDir, ['--capacity', '10']);
  const writer = await openClient(first.port, 'writer');
  for (let i = 1; i <= 10; i++) await writer.set(`m${i}`);
  await closeAllClients();
  await stop(first.child);

  const smaller = await start(dataDir, ['--capacity', '4']);
  let client = await openClient(smaller.port, 'reader');
  expect((await client.get({ count: 10 })).messages.map(text)).toEqual(['m7', 'm8', 'm9', 'm10']);
  expect(smaller.stderr()).toMatch(
    /ring default: bounds changed from capacity 10, max-bytes \d+: 6 older messages no longer fit and were dropped; 4 kept/,
  );
  expect(await client.set('m11')).toBe(11n);
  await closeAllClients();
  await stop(smaller.child);

  const larger = await start(dataDir, ['--capacity', '100']);
  client = await openClient(larger.port, 'reader');
  // What the smaller ring overwrote stays overwritten (its readers were told they lost it).
  expect((await client.get({ count: 100 })).messages.map(text)).toEqual(['m8', 'm9', 'm10', 'm11']);
  expect(await client.set('m12')).toBe(12n);
});

test('a torn tail is cut off with one line; the messages before it are served', async () => {
  const dataDir = join(await temp.make(), 'data');
  const first = await start(dataDir);
  const writer = await openClient(first.port, 'writer');
  for (let i = 1; i <= 3; i++) await writer.set(`message ${i}`);
  await closeAllClients();
  await stop(first.child, 'SIGKILL');
  const segment = await firstSegment(dataDir);
  await truncate(segment, (await stat(segment)).size - 5);

  const second = await start(dataDir);
  const client = await openClient(second.port, 'reader');
  expect((await client.get({ count: 10 })).messages.map(text)).toEqual(['message 1', 'message 2']);
  expect(second.stderr()).toMatch(
    new RegExp(
      `ring default: the log ended in a damaged or torn record at ${segment} byte \\d+: dropped \\d+ bytes \\(1 records\\)`,
    ),
  );
  // Seq 3 was never acknowledged as kept, but a seq is not given twice within the log.
  expect(await client.set('message 4')).toBeGreaterThanOrEqual(3n);
});

test('damage in the middle of a log refuses to start, naming the file, the offset and --repair; --repair drops it', async () => {
  const dataDir = join(await temp.make(), 'data');
  const first = await start(dataDir);
  const writer = await openClient(first.port, 'writer');
  for (let i = 1; i <= 3; i++) await writer.set(`message ${i}`);
  await closeAllClients();
  // Killed: a clean stop would mark the log as checked (see the SIGTERM test above).
  await stop(first.child, 'SIGKILL');
  const segment = await firstSegment(dataDir);
  const bytes = await readFile(segment);
  const recordBytes = bytes.length / 3;
  bytes[recordBytes + 20] ^= 0xff; // a bit of the second record's body
  await writeFile(segment, bytes);

  const refused = await run('server', ['--port', '0', '--data-dir', dataDir]);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(
    new RegExp(
      `^server: ring log ${segment} is damaged at byte ${recordBytes} and 1 intact records follow: .*--repair.*\\n$`,
    ),
  );

  const repaired = await start(dataDir, ['--repair']);
  const client = await openClient(repaired.port, 'reader');
  expect((await client.get({ count: 10 })).messages.map(text)).toEqual(['message 1']);
  expect(repaired.stderr()).toMatch(/dropped \d+ bytes \(2 records\)/);
  // The seqs the dropped records used are not given again.
  expect(await client.set('message 4')).toBe(4n);
});

test('rings on disk past --max-rings stop the start with one line', async () => {
  const dataDir = join(await temp.make(), 'data');
  const first = await start(dataDir);
  const writer = await openClient(first.port, 'writer');
  await writer.set('one', { ring: 'extra' });
  await closeAllClients();
  await stop(first.child);
  const refused = await run('server', ['--port', '0', '--data-dir', dataDir, '--max-rings', '1']);
  expect([refused.status, refused.stderr]).toEqual([
    1,
    expect.stringMatching(
      /^server: cannot restore ring extra from the data dir: cannot create ring extra: the server holds its maximum of 1 rings\n$/,
    ),
  ]);
});
