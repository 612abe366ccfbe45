import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CrcVerifier } from '../../src/store/crc-verifier';
import { decodeRecord } from '../../src/store/record';
import { waitFor } from '../helpers/wait';
import { TempDirectories, append, openLog } from './log-fixtures';

const temp = new TempDirectories();
let verifier: CrcVerifier | undefined;
afterEach(async () => {
  verifier?.stop();
  verifier = undefined;
  await temp.cleanUp();
});

/** The segment files of a log of `count` appends, a few records per segment. */
async function segmentsOf(count: number): Promise<string[]> {
  const directory = await temp.make();
  const { log } = await openLog({ directory, fsync: 'none', segmentBytes: 200 });
  for (let seq = 1; seq <= count; seq++) await log.commit([append(seq)]);
  await log.close();
  return (await readdir(directory))
    .filter((name) => name.endsWith('.log'))
    .sort()
    .map((name) => join(directory, name));
}

/** Where each record of a segment starts. */
function recordStarts(bytes: Buffer): number[] {
  const starts: number[] = [];
  for (let offset = 0; offset < bytes.length; offset = decodeRecord(bytes, offset)!.end) {
    starts.push(offset);
  }
  return starts;
}

describe('CrcVerifier', () => {
  it('vouches for every record of intact segments', async () => {
    const paths = await segmentsOf(20);
    expect(paths.length).toBeGreaterThan(2);
    const sizes = await Promise.all(paths.map(async (path) => (await readFile(path)).length));
    verifier = new CrcVerifier(paths);
    const checked = verifier;
    await waitFor(() => sizes.every((size, index) => checked.verifiedEnd(index) === size));
  });

  it('stops a segment before its first record with a wrong CRC, and goes on with the next', async () => {
    const paths = await segmentsOf(20);
    const bytes = await readFile(paths[1]);
    const starts = recordStarts(bytes);
    expect(starts.length).toBeGreaterThan(2);
    const damaged = starts[1];
    bytes[starts[2] - 1] ^= 0x10; // the last payload byte of the second record
    await writeFile(paths[1], bytes);
    const lastSize = (await readFile(paths[paths.length - 1])).length;

    verifier = new CrcVerifier(paths);
    const checked = verifier;
    // Segments are checked in order: once the last is done, the damaged one is too.
    await waitFor(() => checked.verifiedEnd(paths.length - 1) === lastSize);
    expect(checked.verifiedEnd(1)).toBe(damaged);
  });
});
