import { acceptHello } from '../../../src/server/handshake';

const SUPPORTED = { min: 1, max: 3 };
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('acceptHello', () => {
  it('picks the highest version both sides speak', () => {
    expect(acceptHello({ minVersion: 1, maxVersion: 1, clientName: 'a' }, SUPPORTED)).toBe(1);
    expect(acceptHello({ minVersion: 2, maxVersion: 9, clientName: 'a' }, SUPPORTED)).toBe(3);
    expect(acceptHello({ minVersion: 0, maxVersion: 2, clientName: 'a' }, SUPPORTED)).toBe(2);
  });

  it.each([
    [4, 9],
    [0, 0],
    [3, 2],
  ])('refuses the offered range %i..%i with UNSUPPORTED_VERSION', (minVersion, maxVersion) => {
    expect(codeOf(() => acceptHello({ minVersion, maxVersion, clientName: 'a' }, SUPPORTED))).toBe(
      'UNSUPPORTED_VERSION',
    );
  });

  it('wants a client name of 1 to 255 bytes', () => {
    expect(
      codeOf(() => acceptHello({ minVersion: 1, maxVersion: 1, clientName: '' }, SUPPORTED)),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        acceptHello({ minVersion: 1, maxVersion: 1, clientName: 'é'.repeat(128) }, SUPPORTED),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      acceptHello({ minVersion: 1, maxVersion: 1, clientName: 'x'.repeat(255) }, SUPPORTED),
    ).toBe(1);
  });
});
