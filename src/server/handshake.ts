import { RingwireError } from '../errors';
import {
  clientProof,
  MAX_CLIENT_NONCE_BYTES,
  MIN_CLIENT_NONCE_BYTES,
  newNonce,
  proofMatches,
  SERVER_NONCE_BYTES,
  serverProof,
  type HandshakeNonces,
} from '../protocol/auth';
import type { ClientFrame, v1 } from '../protocol/codec';
import { MAX_CLIENT_NAME_BYTES } from '../protocol/constants';
import type { AuthThrottle } from './auth-throttle';

export interface VersionRange {
  readonly min: number;
  readonly max: number;
}

/** A failed authentication is answered after this delay, whatever went wrong. */
export const AUTH_FAILURE_DELAY_MS = 250;

export interface HandshakeSettings {
  readonly supported: VersionRange;
  /** The shared secret; undefined when clients need not authenticate. */
  readonly secret: Uint8Array | undefined;
  readonly throttle: AuthThrottle;
  readonly peerAddress: string;
}

/** What the next handshake frame led to. */
export type HandshakeOutcome =
  | {
      readonly kind: 'challenge';
      readonly id: number;
      readonly serverNonce: Uint8Array;
      /** Send the challenge only after this long (guesses from this address are throttled). */
      readonly delayMs: number;
    }
  | {
      readonly kind: 'accepted';
      readonly id: number;
      readonly version: number;
      readonly clientName: string;
      /** Empty without a secret. */
      readonly serverProof: Uint8Array;
    }
  | { readonly kind: 'refused'; readonly error: RingwireError; readonly delayMs: number };

/**
 * The server side of the handshake, frame by frame: Hello, then (with a secret) an
 * AuthResponse proving the client knows the secret. Invalid frames throw a RingwireError
 * (the connection closes); a wrong proof is 'refused' with a delay. A correct proof is never
 * refused: repeated failures from an address only delay its challenges (see AuthThrottle).
 */
export class ServerHandshake {
  readonly #settings: HandshakeSettings;
  #challenged: (HandshakeNonces & { readonly version: number }) | undefined;
  /** A challenge was sent and its answer has not been judged. */
  #unanswered = false;

  constructor(settings: HandshakeSettings) {
    this.#settings = settings;
  }

  step(frame: ClientFrame): HandshakeOutcome {
    return this.#challenged ? this.#checkProof(frame, this.#challenged) : this.#hello(frame);
  }

  #hello(frame: ClientFrame): HandshakeOutcome {
    if (frame.body !== 'hello') {
      throw new RingwireError(
        'HANDSHAKE_REQUIRED',
        `the first frame must be a Hello, got ${frame.body ?? 'an empty frame'}`,
      );
    }
    const version = acceptHello(frame.hello, this.#settings.supported);
    const clientName = frame.hello.clientName ?? '';
    const { secret, throttle, peerAddress } = this.#settings;
    if (!secret) return { kind: 'accepted', id: frame.id, version, clientName, serverProof: EMPTY };

    const clientNonce = frame.hello.clientNonce ?? EMPTY;
    if (
      clientNonce.length < MIN_CLIENT_NONCE_BYTES ||
      clientNonce.length > MAX_CLIENT_NONCE_BYTES
    ) {
      throw new RingwireError(
        'INVALID_ARGUMENT',
        `client_nonce must be ${MIN_CLIENT_NONCE_BYTES} to ${MAX_CLIENT_NONCE_BYTES} bytes, got ${clientNonce.length}`,
      );
    }
    const delayMs = throttle.challengeDelayMs(peerAddress);
    throttle.challengeSent(peerAddress);
    const serverNonce = newNonce(SERVER_NONCE_BYTES);
    // A copy: the decoded nonce is a view into a read buffer that will be reused.
    this.#challenged = { version, clientName, clientNonce: Buffer.from(clientNonce), serverNonce };
    this.#unanswered = true;
    return { kind: 'challenge', id: frame.id, serverNonce, delayMs };
  }

  /** The connection closes: a challenge it never answered no longer counts as a guess under way. */
  abandon(): void {
    this.#settle();
  }

  #settle(): void {
    if (!this.#unanswered) return;
    this.#unanswered = false;
    this.#settings.throttle.challengeSettled(this.#settings.peerAddress);
  }

  #checkProof(
    frame: ClientFrame,
    challenged: HandshakeNonces & { readonly version: number },
  ): HandshakeOutcome {
    if (frame.body !== 'auth') {
      throw new RingwireError(
        'HANDSHAKE_REQUIRED',
        `expected an AuthResponse, got ${frame.body ?? 'an empty frame'}`,
      );
    }
    this.#settle();
    const secret = this.#settings.secret as Uint8Array;
    if (!proofMatches(clientProof(secret, challenged), frame.auth.clientProof)) {
      this.#settings.throttle.recordFailure(this.#settings.peerAddress);
      const error = new RingwireError('AUTH_FAILED', 'authentication failed');
      return { kind: 'refused', error, delayMs: AUTH_FAILURE_DELAY_MS };
    }
    return {
      kind: 'accepted',
      id: frame.id,
      version: challenged.version,
      clientName: challenged.clientName,
      serverProof: serverProof(secret, challenged),
    };
  }
}

/**
 * Checks a Hello and picks the protocol version: the highest version both sides speak.
 * Throws UNSUPPORTED_VERSION when the ranges do not meet, INVALID_ARGUMENT for a bad name.
 */
export function acceptHello(hello: v1.Hello.$Properties, supported: VersionRange): number {
  const offeredMin = hello.minVersion ?? 0;
  const offeredMax = hello.maxVersion ?? 0;
  if (offeredMin > offeredMax) {
    throw new RingwireError(
      'UNSUPPORTED_VERSION',
      `offered version range ${offeredMin}..${offeredMax} is empty`,
    );
  }
  const version = Math.min(offeredMax, supported.max);
  if (version < Math.max(offeredMin, supported.min)) {
    throw new RingwireError(
      'UNSUPPORTED_VERSION',
      `server speaks versions ${supported.min}..${supported.max}, client offered ${offeredMin}..${offeredMax}`,
    );
  }
  const nameBytes = Buffer.byteLength(hello.clientName ?? '');
  if (nameBytes < 1 || nameBytes > MAX_CLIENT_NAME_BYTES) {
    throw new RingwireError(
      'INVALID_ARGUMENT',
      `client_name must be 1 to ${MAX_CLIENT_NAME_BYTES} bytes of UTF-8, got ${nameBytes}`,
    );
  }
  return version;
}

const EMPTY = new Uint8Array(0);
