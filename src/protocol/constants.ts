/** Protocol versions this build speaks, inclusive. */
export const PROTOCOL_VERSION_MIN = 1;
export const PROTOCOL_VERSION_MAX = 2;

export const DEFAULT_PORT = 7878;
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;
/** Smallest --max-frame-bytes: room for a Welcome, an error and the envelope reserve. */
export const MIN_MAX_FRAME_BYTES = 4096;
/**
 * Room kept in every frame for the envelope around a payload, so that any stored payload fits
 * in a GET reply with its seq, timestamp and sender: max_payload = max_frame - this.
 */
export const ENVELOPE_RESERVE_BYTES = 1024;
export const MAX_CLIENT_NAME_BYTES = 255;
export const DEFAULT_RING_CAPACITY = 1024;
/** Largest --capacity: a guard against typos that would allocate gigabytes of slots. */
export const MAX_RING_CAPACITY = 100_000_000;
