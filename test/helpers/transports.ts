// The protocol suites run over every transport: each describes its tests once, inside
// describeEachTransport, and the helpers (startServer, RawConnection, openClient) follow the
// transport of the block under way.

export const TRANSPORTS = ['tcp', 'ws'] as const;
export type TransportName = (typeof TRANSPORTS)[number];

let current: TransportName = 'tcp';

/** The transport of the block whose tests run now ('tcp' outside describeEachTransport). */
export function currentTransport(): TransportName {
  return current;
}

/** Declares `body`'s tests once per transport, as "name (over tcp)" and "name (over ws)". */
export function describeEachTransport(
  name: string,
  body: (transport: TransportName) => void,
): void {
  for (const transport of TRANSPORTS) describeOver(transport, name, () => body(transport));
}

/** Declares `body`'s tests over one transport, as "name (over ws)". */
export function describeOver(transport: TransportName, name: string, body: () => void): void {
  describe(`${name} (over ${transport})`, () => {
    beforeAll(() => {
      current = transport;
    });
    afterAll(() => {
      current = 'tcp';
    });
    body();
  });
}

/** `it` over the listed transports only, `it.skip` over the others (byte-stream cases, ...). */
export function itOver(transports: readonly TransportName[], transport: TransportName): jest.It {
  return transports.includes(transport) ? it : it.skip;
}
