import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../../src/client';
import { startServer, stopAllServers } from '../helpers/server';
import { exercise } from './inputs';

// Replays every input that ever broke something (test/corpus/README.md says where each came
// from): the server must answer it with errors other than INTERNAL, and keep serving.

const CORPUS = join(__dirname, '..', 'corpus');
const inputs = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.bin'))
  .sort();

afterEach(stopAllServers);

describe('the fuzz corpus', () => {
  it('is not empty', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });

  it.each(inputs)('%s: no INTERNAL error, and the server keeps serving', async (name) => {
    const { port } = await startServer({ handshakeTimeoutMs: 500 });
    const result = await exercise(port, readFileSync(join(CORPUS, name)));
    expect(result.codes).not.toContain('INTERNAL');
    const client = await connect({ port, name: 'after' });
    expect(await client.set('still serving')).toBeGreaterThan(0n);
    await client.close();
  });
});
