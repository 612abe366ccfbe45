import { RingwireError } from '../errors';

/** One server of a client's list: `connect({ servers: [...] })`. */
export interface ServerAddress {
  readonly host: string;
  /** Default 7878 (the CLI: --port). */
  readonly port?: number;
}

export type ResolvedServerAddress = Required<ServerAddress>;

const MAX_PORT = 65535;
const PORT_RULE = `the port must be an integer from 1 to ${MAX_PORT}`;

/**
 * One server written as `HOST`, `HOST:PORT`, `[IPv6]` or `[IPv6]:PORT` (an IPv6 address
 * without brackets is a host without a port), or as `{ host, port }`; `defaultPort` where
 * none is given. INVALID_ARGUMENT when it is none of these.
 */
export function parseServerAddress(
  address: string | ServerAddress,
  defaultPort: number,
): ResolvedServerAddress {
  if (typeof address !== 'string') {
    const { host, port = defaultPort } = address;
    if (typeof host !== 'string' || host === '') throw invalid(address, 'the host is empty');
    if (!isPort(port)) throw invalid(address, PORT_RULE);
    return { host, port };
  }
  const text = address.trim();
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (!bracketed && /[[\]]/.test(text)) {
    throw invalid(address, 'an IPv6 address with a port is written [ADDRESS]:PORT');
  }
  const [host, portText] = bracketed
    ? [bracketed[1], bracketed[2]]
    : text.split(':').length === 2
      ? text.split(':')
      : [text, undefined];
  if (host === '') throw invalid(address, 'the host is empty');
  if (portText === undefined) return { host, port: defaultPort };
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!isPort(port)) throw invalid(address, PORT_RULE);
  return { host, port };
}

/** A comma-separated list of servers, as the CLI's --host takes it: `a:7878,b:7878`. */
export function parseServerList(text: string, defaultPort: number): ResolvedServerAddress[] {
  return text.split(',').map((entry) => parseServerAddress(entry, defaultPort));
}

/** `host:port`, with the host in brackets when it is an IPv6 address. */
export function formatServerAddress({ host, port }: ResolvedServerAddress): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function isPort(port: unknown): port is number {
  return Number.isInteger(port) && (port as number) >= 1 && (port as number) <= MAX_PORT;
}

function invalid(address: string | ServerAddress, why: string): RingwireError {
  return new RingwireError(
    'INVALID_ARGUMENT',
    `bad server address ${JSON.stringify(address)}: ${why}`,
  );
}
