import { clientProof, serverProof } from '../../../src/protocol/auth';
import { decodeClientFrame, v1, type ClientFrame } from '../../../src/protocol/codec';
import { AuthThrottle } from '../../../src/server/auth-throttle';
import { acceptHello, AUTH_FAILURE_DELAY_MS, ServerHandshake } from '../../../src/server/handshake';

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

describe('ServerHandshake', () => {
  const secret = Buffer.from('a shared secret of some length');
  const clientNonce = Buffer.alloc(32, 7);
  const frame = (props: v1.ClientFrame.$Properties): ClientFrame =>
    decodeClientFrame(v1.ClientFrame.encode(props).finish());
  const hello = (extra: Partial<v1.Hello.$Properties> = {}): ClientFrame =>
    frame({
      id: 1,
      hello: { minVersion: 1, maxVersion: 1, clientName: 'alice', clientNonce, ...extra },
    });
  const handshake = (
    withSecret: Uint8Array | undefined,
    throttle = new AuthThrottle(),
  ): ServerHandshake =>
    new ServerHandshake({
      supported: SUPPORTED,
      secret: withSecret,
      throttle,
      peerAddress: '10.0.0.1',
    });

  it('accepts a Hello at once when the server has no secret', () => {
    expect(handshake(undefined).step(hello())).toEqual({
      kind: 'accepted',
      id: 1,
      version: 1,
      clientName: 'alice',
      serverProof: new Uint8Array(0),
    });
  });

  it('challenges, then accepts the right proof and proves the secret back', () => {
    const h = handshake(secret);
    const challenge = h.step(hello());
    if (challenge.kind !== 'challenge')
      throw new Error(`expected a challenge, got ${challenge.kind}`);
    expect(challenge.serverNonce).toHaveLength(32);
    const nonces = { clientNonce, serverNonce: challenge.serverNonce, clientName: 'alice' };
    const accepted = h.step(frame({ id: 2, auth: { clientProof: clientProof(secret, nonces) } }));
    expect(accepted).toMatchObject({
      kind: 'accepted',
      id: 2,
      clientName: 'alice',
      serverProof: serverProof(secret, nonces),
    });
  });

  it('uses a fresh server nonce for every connection, so a recorded proof does not replay', () => {
    const first = handshake(secret).step(hello());
    const second = handshake(secret);
    const secondChallenge = second.step(hello());
    if (first.kind !== 'challenge' || secondChallenge.kind !== 'challenge')
      throw new Error('expected challenges');
    expect(Buffer.from(first.serverNonce).equals(Buffer.from(secondChallenge.serverNonce))).toBe(
      false,
    );
    const recorded = clientProof(secret, {
      clientNonce,
      serverNonce: first.serverNonce,
      clientName: 'alice',
    });
    expect(second.step(frame({ id: 2, auth: { clientProof: recorded } }))).toMatchObject({
      kind: 'refused',
    });
  });

  it('refuses a wrong proof after the fixed delay; later challenges wait, a right proof still passes', () => {
    const throttle = new AuthThrottle({ maxFailures: 2, baseDelayMs: 100, maxDelayMs: 1000 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const h = handshake(secret, throttle);
      expect(h.step(hello())).toMatchObject({ kind: 'challenge', delayMs: 0 });
      const outcome = h.step(frame({ id: 2, auth: { clientProof: Buffer.alloc(32) } }));
      expect(outcome).toMatchObject({
        kind: 'refused',
        delayMs: AUTH_FAILURE_DELAY_MS,
        error: { code: 'AUTH_FAILED' },
      });
    }
    // Over the budget: challenged after a delay, and the right proof is accepted.
    const h = handshake(secret, throttle);
    const challenge = h.step(hello());
    expect(challenge).toMatchObject({ kind: 'challenge', delayMs: 100 });
    const { serverNonce } = challenge as { serverNonce: Uint8Array };
    const proof = clientProof(secret, { clientNonce, serverNonce, clientName: 'alice' });
    expect(h.step(frame({ id: 2, auth: { clientProof: proof } }))).toMatchObject({
      kind: 'accepted',
    });
  });

  it('counts challenges not yet answered, so concurrent handshakes wait longer and longer', () => {
    const throttle = new AuthThrottle({ maxFailures: 2, baseDelayMs: 100, maxDelayMs: 1000 });
    const handshakes = Array.from({ length: 6 }, () => handshake(secret, throttle));
    const delays = handshakes.map((h) => (h.step(hello()) as { delayMs: number }).delayMs);
    expect(delays).toEqual([0, 0, 100, 200, 400, 800]);
    // Abandoned challenges stop counting.
    for (const h of handshakes) h.abandon();
    expect(handshake(secret, throttle).step(hello())).toMatchObject({ delayMs: 0 });
  });

  it('wants a client nonce of 16 to 64 bytes and an AuthResponse after the challenge', () => {
    expect(codeOf(() => handshake(secret).step(hello({ clientNonce: Buffer.alloc(15) })))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => handshake(secret).step(hello({ clientNonce: Buffer.alloc(65) })))).toBe(
      'INVALID_ARGUMENT',
    );
    const h = handshake(secret);
    h.step(hello());
    expect(codeOf(() => h.step(frame({ id: 2, set: { payload: Buffer.from('early') } })))).toBe(
      'HANDSHAKE_REQUIRED',
    );
  });

  it('wants a Hello first', () => {
    expect(codeOf(() => handshake(undefined).step(frame({ id: 1, get: {} })))).toBe(
      'HANDSHAKE_REQUIRED',
    );
    expect(codeOf(() => handshake(undefined).step(frame({})))).toBe('HANDSHAKE_REQUIRED');
  });
});
