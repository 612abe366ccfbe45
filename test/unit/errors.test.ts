import { ringwire } from '../../generated/ringwire';
import {
  errorCodeFromWire,
  PROTOCOL_ERROR_CODES,
  RingwireError,
  wireErrorCode,
} from '../../src/errors';

describe('error codes', () => {
  it('mirror ringwire.v1.ErrorCode name for name and number for number', () => {
    const fromProto = Object.entries(ringwire.v1.ErrorCode)
      .filter(([name]) => name !== 'UNSPECIFIED')
      .map(([name, value]) => [name, value]);
    const fromTs = PROTOCOL_ERROR_CODES.map((code) => [code, wireErrorCode(code)]);
    expect(fromTs).toEqual(fromProto);
  });

  it('map wire numbers back, and unknown numbers to INTERNAL', () => {
    for (const code of PROTOCOL_ERROR_CODES)
      expect(errorCodeFromWire(wireErrorCode(code))).toBe(code);
    expect(errorCodeFromWire(0)).toBe('INTERNAL');
    expect(errorCodeFromWire(999)).toBe('INTERNAL');
  });

  it('say which errors close the connection', () => {
    expect(new RingwireError('FRAME_TOO_LARGE', 'x').closesConnection).toBe(true);
    expect(new RingwireError('INVALID_ARGUMENT', 'x').closesConnection).toBe(false);
  });

  it('carry code, message and cause', () => {
    const cause = new Error('root');
    const error = new RingwireError('TIMEOUT', 'slow', { cause });
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message, error.cause]).toEqual([
      'RingwireError',
      'TIMEOUT',
      'slow',
      cause,
    ]);
  });
});
