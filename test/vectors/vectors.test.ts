import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeClientFrame, decodeServerFrame, v1 } from '../../src/protocol/codec';
import { uint64ToBigInt } from '../../src/protocol/uint64';
import { messageType, normalize } from '../helpers/proto-schema';
import { buildVectors, renderVectors, type Vector } from './vectors';

// The golden vectors, the worked examples of docs/PROTOCOL.md and the codec must agree.
// After a deliberate change to the protocol or the encoders, regenerate both with
//   UPDATE_VECTORS=1 npx jest test/vectors
// and review the diff.

const VECTORS_FILE = join(__dirname, 'session.json');
const PROTOCOL_MD = join(__dirname, '..', '..', 'docs', 'PROTOCOL.md');
const BEGIN = '<!-- vectors:begin -->\n';
const END = '<!-- vectors:end -->';

const fresh = buildVectors();
const freshJson = `${JSON.stringify(fresh, null, 2)}\n`;

function withSection(doc: string, section: string): string {
  const start = doc.indexOf(BEGIN) + BEGIN.length;
  return `${doc.slice(0, start)}${section}\n${doc.slice(doc.indexOf(END))}`;
}

if (process.env.UPDATE_VECTORS) {
  writeFileSync(VECTORS_FILE, freshJson);
  writeFileSync(PROTOCOL_MD, withSection(readFileSync(PROTOCOL_MD, 'utf8'), renderVectors(fresh)));
}

const committed = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as Vector[];
const body = (v: Vector): Buffer => Buffer.from(v.hex, 'hex').subarray(4);
const byName = (name: string): Vector => committed.find((v) => v.name === name) as Vector;

describe('golden vectors', () => {
  it('are what the encoders produce today', () => {
    expect(readFileSync(VECTORS_FILE, 'utf8')).toBe(freshJson);
  });

  it('are the worked examples of docs/PROTOCOL.md, byte for byte', () => {
    const doc = readFileSync(PROTOCOL_MD, 'utf8');
    expect(doc).toContain(BEGIN);
    expect(doc).toBe(withSection(doc, renderVectors(committed)));
  });

  it.each(committed.map((v) => [v.name, v]))(
    '%s: its JSON encodes to its bytes and its header counts them',
    (_, v) => {
      const type = messageType(v.direction === 'client' ? 'ClientFrame' : 'ServerFrame');
      const frame = Buffer.from(v.hex, 'hex');
      expect(frame.readUInt32BE(0)).toBe(frame.length - 4);
      expect(Buffer.from(type.encode(type.fromObject(v.message)).finish()).toString('hex')).toBe(
        body(v).toString('hex'),
      );
    },
  );

  it.each(committed.map((v) => [v.name, v]))('%s: the codec reads what the JSON says', (_, v) => {
    const type = messageType(v.direction === 'client' ? 'ClientFrame' : 'ServerFrame');
    const decoded =
      v.direction === 'client' ? decodeClientFrame(body(v)) : decodeServerFrame(body(v));
    const expected = type.toObject(type.fromObject(v.message)) as Record<string, unknown>;
    expect(normalize(type, decoded as never)).toEqual(normalize(type, expected));
  });

  it('carry uint64 values past 2^53 exactly through the codec', () => {
    const future = v1.ClientFrame.decode(body(byName('get-after-future')));
    expect(uint64ToBigInt(future.get?.afterSeq)).toBe(2n ** 64n - 1n);
    const large = decodeServerFrame(body(byName('set-reply-large-seq')));
    expect(uint64ToBigInt(large.set?.seq)).toBe(2n ** 53n + 1n);
    expect(byName('set-reply-large-seq').message).toMatchObject({
      set: { seq: '9007199254740993' },
    });
    expect(byName('get-after-future').message).toMatchObject({
      get: { afterSeq: '18446744073709551615' },
    });
    // The server's own decoder reads it as "past any seq it holds".
    expect(decodeClientFrame(body(byName('get-after-future'))).get?.afterSeq).toBe(Infinity);
  });
});
