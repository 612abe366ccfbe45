import { DEFAULT_PORT } from '../protocol/constants';
import type { Flag, IntegerFlag, StringFlag } from './flags';

export const HOST_FLAG: StringFlag = {
  name: 'host',
  type: 'string',
  env: 'RINGWIRE_HOST',
  default: '127.0.0.1',
  placeholder: 'HOST',
  valid: { test: (host) => host.length > 0, allowed: 'a host name or IP address' },
  help: 'server address',
};

export const PORT_FLAG: IntegerFlag = {
  name: 'port',
  type: 'integer',
  env: 'RINGWIRE_PORT',
  default: DEFAULT_PORT,
  min: 1,
  max: 65535,
  placeholder: 'PORT',
  help: 'server port',
};

/** The server a client-side tool talks to (./client, ./bench). */
export const SERVER_ADDRESS_FLAGS: readonly Flag[] = [HOST_FLAG, PORT_FLAG];

export const HELP_FLAG: Flag = {
  name: 'help',
  short: 'h',
  type: 'boolean',
  help: 'print this help and exit',
};

export const VERSION_FLAG: Flag = {
  name: 'version',
  type: 'boolean',
  help: 'print the version and exit',
};
