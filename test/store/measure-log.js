// Measures the ring log on this machine (a benchmark, not a test): append throughput of
// 100-byte records and the replay time of 1,000,000 of them. Run after `make build`:
//   node test/store/measure-log.js [directory]   (default: a temporary directory)
'use strict';
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { RingLog } = require('../../dist/src/store/ring-log.js');
const { RingBuffer } = require('../../dist/src/ring/ring-buffer.js');

const PAYLOAD = Buffer.alloc(100, 'p');
const SECONDS = Number(process.env.MEASURE_SECONDS ?? 3);
const base = mkdtempSync(join(process.argv[2] ?? tmpdir(), 'ringwire-measure-'));

const record = (seq) => ({
  op: 'append',
  seq,
  timeMs: Date.now(),
  sender: 'bench-client',
  payload: PAYLOAD,
});

/** `inFlight` committers share one log and one seq counter for SECONDS. */
async function appendThroughput(fsync, batchSize, inFlight) {
  const directory = join(base, `${fsync}-${batchSize}-${inFlight}`);
  const log = await RingLog.open({ directory, fsync, replay() {} });
  let seq = 1;
  let records = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = process.hrtime.bigint();
  const committer = async () => {
    while (Date.now() < deadline) {
      const batch = [];
      for (let i = 0; i < batchSize; i++) batch.push(record(seq++));
      await log.commit(batch);
      records += batchSize;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, committer));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { fsyncs, fsyncTotalMs, bytesOnDisk } = log.stats;
  await log.close();
  console.log(
    `${fsync.padEnd(8)} batch ${String(batchSize).padStart(3)} x ${inFlight} in flight: ` +
      `${Math.round(records / seconds).toLocaleString('en-US')} records/s, ` +
      `${(bytesOnDisk / seconds / 1e6).toFixed(1)} MB/s, ${Math.round(fsyncs / seconds)} fdatasyncs/s` +
      (fsyncs ? ` (mean ${(fsyncTotalMs / fsyncs).toFixed(2)} ms)` : ''),
  );
}

async function replayTime(count) {
  const directory = join(base, 'replay');
  let log = await RingLog.open({ directory, fsync: 'none', replay() {} });
  for (let seq = 1; seq <= count;) {
    const batch = [];
    for (let i = 0; i < 256 && seq <= count; i++) batch.push(record(seq++));
    await log.commit(batch);
  }
  const bytes = log.stats.bytesOnDisk;
  await log.close();

  let started = process.hrtime.bigint();
  let replayed = 0;
  log = await RingLog.open({
    directory,
    fsync: 'none',
    replay() {
      replayed++;
    },
  });
  const scanMs = Number(process.hrtime.bigint() - started) / 1e6;
  await log.close();

  const ring = new RingBuffer({ capacity: count, maxBytes: 256 * 1024 * 1024 });
  started = process.hrtime.bigint();
  log = await RingLog.open({
    directory,
    fsync: 'none',
    replay(r) {
      ring.append(r.payload, r.sender, r.timeMs);
    },
  });
  const intoRingMs = Number(process.hrtime.bigint() - started) / 1e6;
  await log.close();
  console.log(
    `replay of ${replayed.toLocaleString('en-US')} records (${(bytes / 1e6).toFixed(0)} MB, ${log.stats.segments} segments): ` +
      `${scanMs.toFixed(0)} ms read + check, ${intoRingMs.toFixed(0)} ms into a RingBuffer (${ring.messageCount.toLocaleString('en-US')} held)`,
  );
}

(async () => {
  try {
    for (const fsync of ['interval', 'always']) {
      for (const batchSize of [16, 256]) {
        for (const inFlight of [1, 8]) await appendThroughput(fsync, batchSize, inFlight);
      }
    }
    await replayTime(1_000_000);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
})();
