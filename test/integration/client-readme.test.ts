import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers/processes';
import { startServer, stopAllServers } from '../helpers/server';

afterEach(stopAllServers);

/** The ```js blocks of README.md's "Using the library" section, as printed (```javascript ones are fragments). */
function libraryExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Using the library'));
  return [...(section ?? '').matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

describe("README.md's library examples", () => {
  const examples = libraryExamples();
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'ringwire-readme-'))));
  afterEach(() => rmSync(dir, { recursive: true }));

  it('are there: one with import, one with require', () => {
    expect(examples).toHaveLength(2);
    expect(examples[0]).toContain("from 'ringwire'");
    expect(examples[1]).toContain("require('ringwire')");
  });

  it.each(examples.map((code, i) => [i + 1, code]))(
    'example %i runs as printed against a real server and ends',
    async (_, code) => {
      const { port } = await startServer();
      // Only the module path (the package is not installed here) and the port differ.
      const runnable = code
        .replaceAll("'ringwire'", JSON.stringify(join(ROOT, 'dist/src/client/index.js')))
        .replaceAll('port: 7878', `port: ${port}`);
      expect(runnable).not.toBe(code);
      const file = join(dir, code.includes('require(') ? 'example.cjs' : 'example.mjs');
      writeFileSync(file, runnable);
      const { stdout, stderr } = await promisify(execFile)(process.execPath, [file], {
        timeout: 15_000,
      });
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^(1n worker-1 6a6f62.*|stored as seq 1n)$/m);
    },
  );
});
