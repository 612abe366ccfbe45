export { connect } from './connect';
export { Client } from './client';
export { Subscription } from './subscription';
export { DEFAULT_RING, isValidRingName, RING_NAME_RULE } from '../protocol/ring-name';
export type * from './types';
export { RingwireError, type ErrorCode } from '../errors';
export { parseServerAddress, parseServerList } from './server-list';
