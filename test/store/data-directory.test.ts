import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataDirectory, ringDirectoryName, type RingMeta } from '../../src/store/data-directory';
import { StoreError } from '../../src/store/errors';
import { exitOf } from '../helpers/processes';
import { TempDirectories } from './log-fixtures';

const temp = new TempDirectories();
const opened: DataDirectory[] = [];

afterEach(async () => {
  for (const directory of opened.splice(0)) await directory.close().catch(() => undefined);
  await temp.cleanUp();
});

async function open(path: string): Promise<DataDirectory> {
  const directory = await DataDirectory.open(path);
  opened.push(directory);
  return directory;
}

const meta = (name: string, capacity = 1024): RingMeta => ({
  name,
  capacity,
  maxBytes: 16_777_216,
  overflow: 'overwrite',
  createdMs: 1_790_000_000_000,
});

describe('DataDirectory', () => {
  it('maps ring names to distinct, safe directory names', () => {
    expect(ringDirectoryName('.')).toBe('r-.');
    expect(ringDirectoryName('..')).toBe('r-..');
    expect(ringDirectoryName('default')).toBe('r-default');
    const names = ['Ab', 'ab', 'aB', 'AB', '_', '-', 'a.b-c_D9'];
    const directories = names.map(ringDirectoryName);
    // Distinct even when compared without case (a case-insensitive filesystem).
    expect(new Set(directories.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const directory of directories) expect(directory).toMatch(/^r-[a-z0-9._^-]+$/);
  });

  it('keeps each ring with its bounds across a reopen, . and .. included', async () => {
    const path = await temp.make();
    const data = await open(path);
    const rings = [meta('.'), meta('..'), meta('Jobs', 10), meta('jobs', 20)];
    for (const ring of rings) await data.writeRing(ring);
    await data.writeRing(meta('jobs', 30)); // new bounds replace the old ones
    await data.close();
    opened.splice(0);

    const again = await open(path);
    const sorted = (list: RingMeta[]) => [...list].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(sorted(await again.rings())).toEqual(
      sorted([meta('.'), meta('..'), meta('Jobs', 10), meta('jobs', 30)]),
    );
    expect(await readdir(join(path, 'rings'))).toHaveLength(4);
    // Nothing was written outside the ring directories.
    expect(await readdir(join(path, 'rings', ringDirectoryName('..')))).toEqual(['meta.json']);
  });

  it('ignores a ring directory whose meta was never written, and refuses a meta it cannot read', async () => {
    const path = await temp.make();
    const data = await open(path);
    await data.writeRing(meta('a'));
    await mkdir(data.ringDirectory('b')); // a crash between creating it and writing its meta
    expect((await data.rings()).map((ring) => ring.name)).toEqual(['a']);
    await writeFile(join(data.ringDirectory('a'), 'meta.json'), '{"name":"b"}');
    await expect(data.rings()).rejects.toMatchObject({ failure: 'INVALID' });
  });

  it('refuses a second open of a directory in use, with one clear line', async () => {
    const path = await temp.make();
    await open(path);
    const second = DataDirectory.open(path);
    await expect(second).rejects.toThrow(StoreError);
    await expect(second).rejects.toMatchObject({ failure: 'LOCKED' });
    await expect(second).rejects.toThrow(
      `data dir ${path} is in use by process ${process.pid} (${join(path, 'LOCK')})`,
    );
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const path = await temp.make();
    const child = spawn(process.execPath, ['-e', '']);
    const deadPid = child.pid as number;
    await exitOf(child);
    await writeFile(join(path, 'LOCK'), `${deadPid}\n`);

    const data = await open(path);
    expect(await readFile(join(path, 'LOCK'), 'utf8')).toBe(`${process.pid}\n`);
    await data.close();
    opened.splice(0);
    expect(await readdir(path)).toEqual(['rings']);
    await open(path); // free again after close
  });
});
