import { crc32 } from 'node:zlib';
import { decodeRecord, encodeRecords, RecordDecoder, type LogRecord } from '../../src/store/record';
import { append, plain, remove, update } from './log-fixtures';

const APPEND: LogRecord = {
  op: 'append',
  seq: 1,
  timeMs: 0x01_0203_0405,
  sender: 'ab',
  payload: Buffer.from('hi'),
};
// length 22, crc, op 1, seq 1, time, sender length 2, "ab", "hi"
const APPEND_HEX =
  '16000000' + 'b698dd9f' + '01' + '0100000000000000' + '0504030201000000' + '02' + '6162' + '6869';

const DELETE: LogRecord = {
  op: 'delete',
  seq: 2 ** 40 + 7,
  timeMs: 9,
  sender: '',
  payload: Buffer.alloc(0),
};
const DELETE_HEX = '12000000' + '5094099a' + '03' + '0700000000010000' + '0900000000000000' + '00';

describe('log records', () => {
  it('uses the standard CRC-32 (ISO-HDLC) of zlib', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('encodes and decodes the grammar of record.ts (hex fixtures)', () => {
    expect(encodeRecords([APPEND]).toString('hex')).toBe(APPEND_HEX);
    expect(encodeRecords([DELETE]).toString('hex')).toBe(DELETE_HEX);
    const both = Buffer.from(APPEND_HEX + DELETE_HEX, 'hex');
    const first = decodeRecord(both, 0);
    expect(first && plain(first)).toEqual(plain(APPEND));
    expect(first?.end).toBe(APPEND_HEX.length / 2);
    const second = decodeRecord(both, first?.end ?? 0);
    expect(second && plain(second)).toEqual(plain(DELETE));
    expect(second?.end).toBe(both.length);
  });

  it('finds no record in a record cut at any byte', () => {
    const whole = Buffer.from(APPEND_HEX, 'hex');
    for (let cut = 0; cut < whole.length; cut++) {
      expect(decodeRecord(whole.subarray(0, cut), 0)).toBeUndefined();
    }
  });

  it('refuses bytes no writer produces, even under a correct CRC', () => {
    const withBody = (edit: (body: Buffer) => void): Buffer => {
      const record = Buffer.from(APPEND_HEX, 'hex');
      edit(record.subarray(8));
      record.writeUInt32LE(crc32(record.subarray(8)), 4);
      return record;
    };
    expect(
      decodeRecord(
        withBody((body) => (body[0] = 4)),
        0,
      ),
    ).toBeUndefined(); // op
    expect(
      decodeRecord(
        withBody((body) => body.fill(0, 1, 9)),
        0,
      ),
    ).toBeUndefined(); // seq 0
    expect(
      decodeRecord(
        withBody((body) => (body[16] = 0x01)),
        0,
      ),
    ).toBeUndefined(); // time past 2^53
    expect(
      decodeRecord(
        withBody((body) => (body[17] = 5)),
        0,
      ),
    ).toBeUndefined(); // sender past the end
    expect(
      decodeRecord(
        withBody((body) => (body[0] = 3)),
        0,
      ),
    ).toBeUndefined(); // a delete with a payload
  });

  it('refuses to encode what the format cannot hold', () => {
    expect(() => encodeRecords([{ ...APPEND, sender: 'é'.repeat(128) }])).toThrow(RangeError);
    expect(() => encodeRecords([{ ...APPEND, seq: 2 ** 53 }])).toThrow(RangeError);
    expect(() => encodeRecords([{ ...APPEND, timeMs: -1 }])).toThrow(RangeError);
  });

  it('decodes a log record after record into one reused object, each sender right', () => {
    const records = [
      append(1, 'one', 'alice'),
      append(2, 'two', 'alice'),
      // Same length, other bytes: the sender kept from the last record must not be reused.
      append(3, 'three', 'bobby'),
      update(1, 'one, updated'),
      remove(2),
      append(4, 'four', 'alice'),
      append(5, 'five', 'zoë'),
    ];
    const bytes = encodeRecords(records);
    const decoder = new RecordDecoder();
    const decoded: LogRecord[] = [];
    for (let offset = 0; offset < bytes.length; offset = decoder.end) {
      expect(decoder.read(bytes, offset)).toBe(true);
      decoded.push(plain(decoder));
    }
    expect(decoded).toEqual(records.map(plain));
    expect(decoder.read(bytes, bytes.length)).toBe(false);
  });

  it('skips the CRC check only for a record that ends within what was checked already', () => {
    const bytes = encodeRecords([APPEND]);
    bytes[bytes.length - 1] ^= 1; // the payload's last byte: the CRC no longer matches
    const decoder = new RecordDecoder();
    expect(decoder.read(bytes, 0)).toBe(false);
    expect(decoder.read(bytes, 0, bytes.length - 1)).toBe(false);
    expect(decoder.read(bytes, 0, bytes.length)).toBe(true);
  });
});
