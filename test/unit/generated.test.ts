import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

describe('generated/', () => {
  it('is exactly what `make generate` makes from proto/ (run it after editing the proto)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'ringwire-codegen-'));
    try {
      execFileSync('make', ['-s', '--no-print-directory', 'generate', `GENERATED_DIR=${fresh}`], {
        cwd: ROOT,
        stdio: 'pipe',
      });
      const committed = readdirSync(join(ROOT, 'generated')).sort();
      expect(readdirSync(fresh).sort()).toEqual(committed);
      for (const file of committed) {
        const stale =
          readFileSync(join(ROOT, 'generated', file), 'utf8') !==
          readFileSync(join(fresh, file), 'utf8');
        expect({ file, stale }).toEqual({ file, stale: false });
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
