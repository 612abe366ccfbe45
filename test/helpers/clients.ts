import { connect, type Client } from '../../src/client';
import { webSocketUrlOf } from './server';
import { currentTransport } from './transports';

/** Clients opened by a test file; `closeAllClients()` in afterEach closes them. */
const open: Client[] = [];

/** A client of the server on `port`, over the transport of the tests under way. */
export async function openClient(port: number, name: string): Promise<Client> {
  const client = await connect(
    currentTransport() === 'ws' ? { url: webSocketUrlOf(port), name } : { port, name },
  );
  open.push(client);
  return client;
}

export async function closeAllClients(): Promise<void> {
  await Promise.all(open.splice(0).map((client) => client.close().catch(() => {})));
}
