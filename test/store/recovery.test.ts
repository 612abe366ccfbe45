import fc from 'fast-check';
import { readFile, readdir, stat, truncate, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { RingBuffer } from '../../src/ring/ring-buffer';
import { StoreError } from '../../src/store/errors';
import { RingLog } from '../../src/store/ring-log';
import { encodeRecords, type LogRecord } from '../../src/store/record';
import { FC_PARAMETERS } from '../helpers/fast-check';
import {
  TempDirectories,
  append,
  forgetCleanStop,
  openLog,
  plain,
  remove,
  update,
} from './log-fixtures';

const temp = new TempDirectories();
afterEach(() => temp.cleanUp());

/**
 * A log holding `records`, one batch each (segments of `segmentBytes`), as a crash after the
 * last write leaves it (every CRC checked at the next open); returns its directory.
 */
async function logOf(records: LogRecord[], segmentBytes?: number): Promise<string> {
  const directory = await temp.make();
  const { log } = await openLog({ directory, fsync: 'none', segmentBytes });
  for (const record of records) await log.commit([record]);
  await log.close();
  await forgetCleanStop(directory);
  return directory;
}

async function segmentPaths(directory: string): Promise<string[]> {
  return (await readdir(directory))
    .filter((name) => name.endsWith('.log'))
    .sort()
    .map((name) => join(directory, name));
}

/** Where each record ends in a log that holds them in one segment. */
function recordEnds(records: LogRecord[]): number[] {
  let end = 0;
  return records.map((record) => (end += encodeRecords([record]).length));
}

/** Opens the log, also when it refuses, and closes it again. */
async function tryOpen(directory: string, repair = false) {
  try {
    const { log, replayed } = await openLog({ directory, repair });
    const { recovery } = log.stats;
    await log.close();
    return { replayed, recovery, nextSeq: recovery.nextSeq };
  } catch (error) {
    return { error };
  }
}

const RECORDS = [
  ...Array.from({ length: 8 }, (_, i) => append(i + 1)),
  update(3, 'three, updated'),
  append(9, 'the last append'),
  remove(2),
  update(9, 'nine, updated'),
];

describe('recovery', () => {
  it('cuts a torn tail at every byte offset of the last records, and reports the drop', async () => {
    const template = await logOf(RECORDS);
    const [segment] = await segmentPaths(template);
    const ends = recordEnds(RECORDS);
    const whole = await readFile(segment);
    expect(whole.length).toBe(ends[ends.length - 1]);

    for (let cut = ends[ends.length - 5]; cut < whole.length; cut++) {
      const directory = await temp.make();
      const path = join(directory, segment.slice(template.length + 1));
      await writeFile(path, whole.subarray(0, cut));
      const kept = ends.filter((end) => end <= cut).length;
      const boundary = kept === 0 ? 0 : ends[kept - 1];

      const opened = await tryOpen(directory);
      expect(opened.error).toBeUndefined();
      expect(opened.replayed).toEqual(RECORDS.slice(0, kept).map(plain));
      expect(opened.recovery).toMatchObject({
        records: kept,
        bytesDropped: cut - boundary,
        recordsDropped: cut > boundary ? 1 : 0,
      });
      expect((await stat(path)).size).toBe(boundary);

      // The log goes on from the cut, and opens cleanly again.
      const { log } = await openLog({ directory });
      const nextSeq = log.nextSeq;
      await log.commit([append(nextSeq, 'after the cut')]);
      await log.close();
      const reopened = await tryOpen(directory);
      expect(reopened.replayed).toEqual([
        ...RECORDS.slice(0, kept).map(plain),
        plain(append(nextSeq, 'after the cut')),
      ]);
      expect(reopened.recovery?.bytesDropped).toBe(0);
      await temp.cleanUp();
    }
  });

  it('after a flipped bit, opens with an intact prefix or refuses naming file and offset: never a wrong record', async () => {
    const template = await logOf(RECORDS, 200);
    const segments = await segmentPaths(template);
    expect(segments.length).toBeGreaterThan(2);
    const contents = await Promise.all(segments.map((path) => readFile(path)));
    const names = segments.map((path) => path.slice(template.length + 1));
    let refused = 0;
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(segments.length - 1),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.nat(7),
        async (segmentIndex, where, bit) => {
          const directory = await temp.make();
          const name = names[segmentIndex];
          for (const [index, content] of contents.entries()) {
            const bytes = Buffer.from(content);
            if (index === segmentIndex) bytes[Math.floor(where * bytes.length)] ^= 1 << bit;
            await writeFile(join(directory, names[index]), bytes);
          }

          const opened = await tryOpen(directory);
          if (opened.error) {
            refused++;
            expect(opened.error).toBeInstanceOf(StoreError);
            expect(opened.error).toMatchObject({ failure: 'CORRUPT' });
            expect((opened.error as Error).message).toMatch(
              new RegExp(`${name} is damaged at byte \\d+ .*--repair`),
            );
          } else {
            cut++;
            const replayed = opened.replayed ?? [];
            expect(replayed.length).toBeLessThan(RECORDS.length);
            expect(replayed).toEqual(RECORDS.slice(0, replayed.length).map(plain));
            expect(opened.recovery?.recordsDropped).toBeGreaterThan(0);
          }
          await temp.cleanUp();
        },
      ),
      { ...FC_PARAMETERS, numRuns: Math.min(FC_PARAMETERS.numRuns ?? 200, 200) },
    );
    // Flips land both in the middle (refused) and in the last records (a torn tail).
    expect(refused).toBeGreaterThan(0);
    expect(cut).toBeGreaterThan(0);
  });

  it('refuses mid-log damage naming file and offset; repair keeps the prefix and never reuses a seq', async () => {
    const directory = await logOf(RECORDS, 200);
    const segments = await segmentPaths(directory);
    const first = await readFile(segments[0]);
    const secondRecordEnd = recordEnds(RECORDS)[1];
    first[secondRecordEnd + 20] ^= 0x40; // inside the third record
    await writeFile(segments[0], first);

    const refused = await tryOpen(directory);
    expect(refused.error).toBeInstanceOf(StoreError);
    expect((refused.error as Error).message).toContain(
      `${segments[0]} is damaged at byte ${secondRecordEnd} and ${RECORDS.length - 3} intact records follow`,
    );
    expect(await segmentPaths(directory)).toEqual(segments); // nothing was changed

    const repaired = await tryOpen(directory, true);
    expect(repaired.error).toBeUndefined();
    expect(repaired.replayed).toEqual(RECORDS.slice(0, 2).map(plain));
    expect(repaired.recovery).toMatchObject({
      recordsDropped: RECORDS.length - 2,
      droppedAt: { file: segments[0], offset: secondRecordEnd },
      nextSeq: 10,
    });

    const { log } = await openLog({ directory });
    expect(log.nextSeq).toBe(10);
    await log.commit([append(10)]);
    await log.close();
    const after = await tryOpen(directory);
    expect(after.replayed).toEqual([...RECORDS.slice(0, 2), append(10)].map(plain));
    expect(after.recovery?.bytesDropped).toBe(0);
  });

  it('a log large enough for the CRC worker still finds a flipped bit: mid-log refused, at the end cut', async () => {
    const perSegment = 60_000; // about 3 MiB a segment: the worker starts (several segments)
    const segmentRecords = [0, 1].map((segment) =>
      Array.from({ length: perSegment }, (_, i) => append(segment * perSegment + i + 1)),
    );
    const segmentBytes = segmentRecords.map((records) => encodeRecords(records));
    const names = ['00000000000000000001.log', `${String(perSegment + 1).padStart(20, '0')}.log`];
    const lastRecordStart =
      segmentBytes[1].length - encodeRecords(segmentRecords[1].slice(-1)).length;
    const midRecordStart = recordEnds(segmentRecords[1].slice(0, perSegment / 2)).at(-1) as number;

    for (const [flipAt, expected] of [
      [midRecordStart + 20, 'refused'],
      [lastRecordStart + 20, 'cut'],
    ] as const) {
      const directory = await temp.make();
      const damaged = Buffer.from(segmentBytes[1]);
      damaged[flipAt] ^= 0x08;
      await writeFile(join(directory, names[0]), segmentBytes[0]);
      await writeFile(join(directory, names[1]), damaged);
      const opened = await tryOpen(directory);
      if (expected === 'refused') {
        expect((opened.error as Error).message).toContain(
          `${join(directory, names[1])} is damaged at byte ${midRecordStart} `,
        );
      } else {
        expect(opened.error).toBeUndefined();
        expect(opened.replayed).toHaveLength(2 * perSegment - 1);
        expect(opened.replayed?.at(-1)).toEqual(plain(append(2 * perSegment - 1)));
        expect(opened.recovery).toMatchObject({ recordsDropped: 1, nextSeq: 2 * perSegment });
      }
    }
  });

  it('replayed into a ring with smaller bounds, the newest messages that fit stay', async () => {
    const records = [
      ...Array.from({ length: 100 }, (_, i) => append(i + 1, `message ${i + 1}`.padEnd(20))),
      update(95, 'ninety-five, updated'),
      remove(96),
    ];
    const directory = await logOf(records);
    for (const limits of [
      { capacity: 10, maxBytes: 1 << 20 },
      { capacity: 1000, maxBytes: 11 * 20 }, // ten, and the update held beside them
    ]) {
      const ring = new RingBuffer(limits);
      let appends = 0;
      const log = await RingLog.open({
        directory,
        fsync: 'none',
        replay(record) {
          if (record.op === 'append') {
            appends++;
            expect(ring.append(record.payload, record.sender, record.timeMs)).toBe(record.seq);
          } else if (record.op === 'update') ring.update(record.seq, record.payload, record.timeMs);
          else ring.delete(record.seq);
        },
      });
      await log.close();
      const held = ring.readAfter(0, 1000).messages;
      expect(held.map((message) => message.seq)).toEqual([91, 92, 93, 94, 95, 97, 98, 99, 100]);
      expect(held[4].payload.toString()).toBe('ninety-five, updated');
      // What phase 2 reports as dropped: appends replayed that the smaller window left out.
      expect(appends - (ring.nextSeq - ring.oldestSeq)).toBe(90);
    }
  });

  it('a segment cut to nothing after a crash opens as an empty log', async () => {
    const directory = await logOf(RECORDS);
    const [segment] = await segmentPaths(directory);
    await truncate(segment, 3);
    const opened = await tryOpen(directory);
    expect(opened.replayed).toEqual([]);
    expect(opened.recovery).toMatchObject({ bytesDropped: 3, recordsDropped: 1, nextSeq: 1 });
  });

  describe('after a clean stop', () => {
    /** A log closed cleanly, holding RECORDS: its CLEAN marker names its segment and size. */
    async function cleanLog(): Promise<{ directory: string; segment: string; size: number }> {
      const directory = await temp.make();
      const { log } = await openLog({ directory, fsync: 'none' });
      for (const record of RECORDS) await log.commit([record]);
      await log.close();
      const [segment] = await segmentPaths(directory);
      return { directory, segment, size: (await stat(segment)).size };
    }

    it('the marker records each segment size; the next open takes it away before anything is written', async () => {
      const { directory, segment, size } = await cleanLog();
      const marker = JSON.parse(await readFile(join(directory, 'CLEAN'), 'utf8'));
      expect(marker).toEqual({ [basename(segment)]: size });
      const { log, replayed } = await openLog({ directory });
      expect(replayed).toEqual(RECORDS.map(plain));
      expect(log.stats.recovery.afterCleanStop).toBe(true);
      expect(await readdir(directory)).not.toContain('CLEAN');
      await log.close();
    });

    it('a segment whose size differs from the marker is checked: bytes added since are cut as a torn tail', async () => {
      const { directory, segment, size } = await cleanLog();
      await writeFile(segment, Buffer.from([9, 0, 0, 0, 1, 2]), { flag: 'a' });
      const opened = await tryOpen(directory);
      expect(opened.replayed).toEqual(RECORDS.map(plain));
      expect(opened.recovery).toMatchObject({ bytesDropped: 6, afterCleanStop: true });
      expect((await stat(segment)).size).toBe(size);
    });
  });
});
