import { createHmac } from 'node:crypto';
import { clientProof, proofMatches, serverProof } from '../../../src/protocol/auth';

const secret = Buffer.from('correct horse battery staple');
const nonces = {
  clientNonce: Buffer.alloc(32, 0xc1),
  serverNonce: Buffer.alloc(32, 0x5e),
  clientName: 'alice ü',
};

/** The proofs as docs/PROTOCOL.md spells them, assembled by hand. */
const expected = (label: string, first: Buffer, second: Buffer): Buffer =>
  createHmac('sha256', secret)
    .update(
      Buffer.concat([
        Buffer.from(`ringwire-v1 ${label}`),
        Buffer.from([0]),
        first,
        second,
        Buffer.from(nonces.clientName, 'utf8'),
      ]),
    )
    .digest();

describe('authentication proofs', () => {
  it('are HMAC-SHA256 over the label, a zero byte, both nonces and the client name', () => {
    expect(clientProof(secret, nonces)).toEqual(
      expected('client', nonces.serverNonce, nonces.clientNonce),
    );
    expect(serverProof(secret, nonces)).toEqual(
      expected('server', nonces.clientNonce, nonces.serverNonce),
    );
  });

  it('differ by direction, secret, nonce and name', () => {
    const base = clientProof(secret, nonces).toString('hex');
    expect(serverProof(secret, nonces).toString('hex')).not.toBe(base);
    expect(
      clientProof(Buffer.from('another secret, long enough'), nonces).toString('hex'),
    ).not.toBe(base);
    expect(
      clientProof(secret, { ...nonces, serverNonce: Buffer.alloc(32, 1) }).toString('hex'),
    ).not.toBe(base);
    expect(clientProof(secret, { ...nonces, clientName: 'bob' }).toString('hex')).not.toBe(base);
  });

  it('match only the same bytes, of the same length', () => {
    const proof = clientProof(secret, nonces);
    expect(proofMatches(proof, Buffer.from(proof))).toBe(true);
    const flipped = Buffer.from(proof);
    flipped[31] ^= 1;
    expect(proofMatches(proof, flipped)).toBe(false);
    expect(proofMatches(proof, proof.subarray(0, 16))).toBe(false);
    expect(proofMatches(proof, undefined)).toBe(false);
    expect(proofMatches(proof, new Uint8Array(0))).toBe(false);
  });
});
