/**
 * Error codes sent on the wire in Error frames, in the order of `ringwire.v1.ErrorCode`
 * (value = index + 1; 0 is UNSPECIFIED). A unit test keeps this list and the proto in step.
 */
export const PROTOCOL_ERROR_CODES = [
  'PROTOCOL_VIOLATION',
  'UNSUPPORTED_VERSION',
  'HANDSHAKE_REQUIRED',
  'FRAME_TOO_LARGE',
  'INVALID_ARGUMENT',
  'INTERNAL',
  'SHUTTING_DOWN',
  'UNSUPPORTED_REQUEST',
  'NOT_FOUND',
  'RING_FULL',
  'SLOW_CONSUMER',
  'AUTH_FAILED',
  'BUSY',
  'IDLE_TIMEOUT',
  'RING_NOT_FOUND',
  'RING_LIMIT',
  'STORE_UNAVAILABLE',
] as const;

/** Codes raised by the client library itself; they never cross the wire. */
export const LOCAL_ERROR_CODES = ['CONNECTION_FAILED', 'CONNECTION_CLOSED', 'TIMEOUT'] as const;

export type ProtocolErrorCode = (typeof PROTOCOL_ERROR_CODES)[number];
export type LocalErrorCode = (typeof LOCAL_ERROR_CODES)[number];
export type ErrorCode = ProtocolErrorCode | LocalErrorCode;

/** Errors after which the server closes the connection (stream-level errors). */
const CLOSING_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'PROTOCOL_VIOLATION',
  'UNSUPPORTED_VERSION',
  'HANDSHAKE_REQUIRED',
  'FRAME_TOO_LARGE',
  'SHUTTING_DOWN',
  'SLOW_CONSUMER',
  'AUTH_FAILED',
  'BUSY',
  'IDLE_TIMEOUT',
]);

/** The one error type ringwire throws or rejects with. */
export class RingwireError extends Error {
  override readonly name = 'RingwireError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True when the peer closes the connection after sending this error. */
  get closesConnection(): boolean {
    return CLOSING_CODES.has(this.code);
  }
}

/** The wire number of a protocol error code. */
export function wireErrorCode(code: ProtocolErrorCode): number {
  return PROTOCOL_ERROR_CODES.indexOf(code) + 1;
}

/** The protocol error code of a wire number; unknown numbers (from a newer peer) map to INTERNAL. */
export function errorCodeFromWire(value: number): ProtocolErrorCode {
  return PROTOCOL_ERROR_CODES[value - 1] ?? 'INTERNAL';
}

export function isProtocolErrorCode(code: ErrorCode): code is ProtocolErrorCode {
  return (PROTOCOL_ERROR_CODES as readonly string[]).includes(code);
}
