import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPki {
  readonly dir: string;
  /** PEM contents. */
  readonly caCert: Buffer;
  readonly serverCert: Buffer;
  readonly serverKey: Buffer;
  readonly clientCert: Buffer;
  readonly clientKey: Buffer;
  /** A certificate and key from a CA nobody trusts. */
  readonly rogueCert: Buffer;
  readonly rogueKey: Buffer;
  /** File names of the same, for the CLIs. */
  readonly files: Record<
    'caCert' | 'serverCert' | 'serverKey' | 'clientCert' | 'clientKey',
    string
  >;
  remove(): void;
}

/** A throwaway CA with a server certificate (localhost, 127.0.0.1) and a client certificate, made with openssl. */
export function createTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'ringwire-pki-'));
  const openssl = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  const selfSigned = (name: string, subject: string): void =>
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      subject,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
    );
  const signed = (name: string, subject: string, extensions: string): void => {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      subject,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
    );
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`,
    );
  };
  selfSigned('ca', '/CN=ringwire test CA');
  signed(
    'server',
    '/CN=localhost',
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n',
  );
  signed('client', '/CN=test client', 'extendedKeyUsage=clientAuth\n');
  selfSigned('rogue', '/CN=rogue');
  const read = (file: string): Buffer => readFileSync(join(dir, file));
  const file = (name: string): string => join(dir, name);
  return {
    dir,
    caCert: read('ca.pem'),
    serverCert: read('server.pem'),
    serverKey: read('server.key'),
    clientCert: read('client.pem'),
    clientKey: read('client.key'),
    rogueCert: read('rogue.pem'),
    rogueKey: read('rogue.key'),
    files: {
      caCert: file('ca.pem'),
      serverCert: file('server.pem'),
      serverKey: file('server.key'),
      clientCert: file('client.pem'),
      clientKey: file('client.key'),
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
