// Stands in for node:crypto in the browser bundle (src/protocol/auth.ts imports it). The
// handshake needs only a random client nonce; the shared-secret proofs are refused earlier
// (browser connect() takes no secret).

export function randomBytes(size: number): Buffer {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(size)));
}

function unavailable(): never {
  throw new Error('shared-secret authentication is not available in the browser client');
}

export const createHmac = unavailable;
export const timingSafeEqual = unavailable;
