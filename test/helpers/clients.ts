import { connect, type Client } from '../../src/client';

/** Clients opened by a test file; `closeAllClients()` in afterEach closes them. */
const open: Client[] = [];

export async function openClient(port: number, name: string): Promise<Client> {
  const client = await connect({ port, name });
  open.push(client);
  return client;
}

export async function closeAllClients(): Promise<void> {
  await Promise.all(open.splice(0).map((client) => client.close().catch(() => {})));
}
