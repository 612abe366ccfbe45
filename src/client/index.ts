export {
  connect,
  Client,
  type ConnectOptions,
  type GetOptions,
  type GetResult,
  type Message,
  type RequestOptions,
  type ServerInfo,
} from './client';
export { RingwireError, type ErrorCode } from '../errors';
