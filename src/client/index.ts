export { connect, Client } from './client';
export { Subscription } from './subscription';
export type * from './types';
export { RingwireError, type ErrorCode } from '../errors';
