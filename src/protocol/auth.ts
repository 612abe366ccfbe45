import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Shared-secret authentication (docs/PROTOCOL.md, "Authentication"):
//   client_proof = HMAC-SHA256(secret, "ringwire-v1 client" 0x00 server_nonce client_nonce client_name)
//   server_proof = HMAC-SHA256(secret, "ringwire-v1 server" 0x00 client_nonce server_nonce client_name)
// The secret never crosses the wire; fresh nonces from both sides make every proof single-use.

export const SERVER_NONCE_BYTES = 32;
export const CLIENT_NONCE_BYTES = 32;
export const MIN_CLIENT_NONCE_BYTES = 16;
export const MAX_CLIENT_NONCE_BYTES = 64;
/** Shorter secrets are refused: they could be guessed offline from one recorded handshake. */
export const MIN_SECRET_BYTES = 16;

const CLIENT_LABEL = Buffer.from('ringwire-v1 client\0');
const SERVER_LABEL = Buffer.from('ringwire-v1 server\0');

export interface HandshakeNonces {
  readonly clientNonce: Uint8Array;
  readonly serverNonce: Uint8Array;
  readonly clientName: string;
}

export function clientProof(secret: Uint8Array, nonces: HandshakeNonces): Buffer {
  return hmac(secret, CLIENT_LABEL, nonces.serverNonce, nonces.clientNonce, nonces.clientName);
}

export function serverProof(secret: Uint8Array, nonces: HandshakeNonces): Buffer {
  return hmac(secret, SERVER_LABEL, nonces.clientNonce, nonces.serverNonce, nonces.clientName);
}

/** Compares a received proof in constant time (for equal lengths). */
export function proofMatches(
  expected: Uint8Array,
  received: Uint8Array | null | undefined,
): boolean {
  return (
    received != null && received.length === expected.length && timingSafeEqual(expected, received)
  );
}

export function newNonce(bytes: number): Buffer {
  return randomBytes(bytes);
}

function hmac(
  secret: Uint8Array,
  label: Buffer,
  first: Uint8Array,
  second: Uint8Array,
  name: string,
): Buffer {
  return createHmac('sha256', secret)
    .update(label)
    .update(first)
    .update(second)
    .update(name, 'utf8')
    .digest();
}
