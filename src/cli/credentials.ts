import { readFileSync } from 'node:fs';
import { MIN_SECRET_BYTES } from '../protocol/auth';
import { UsageError, type Flag, type FlagValues } from './flags';

/** The flags that give a shared secret; the server and the client read them alike. */
export const SECRET_FLAGS: readonly Flag[] = [
  {
    name: 'secret-file',
    type: 'string',
    placeholder: 'FILE',
    help: `shared secret for the authenticated handshake (at least ${MIN_SECRET_BYTES} bytes; one trailing newline ignored); RINGWIRE_SECRET gives it directly`,
  },
];

/** The shared secret from --secret-file or $RINGWIRE_SECRET; undefined when neither is set. */
export function readSecret(
  values: FlagValues,
  env: NodeJS.ProcessEnv = process.env,
): Buffer | undefined {
  const file = values['secret-file'] as string | undefined;
  let secret: Buffer;
  let source: string;
  if (file !== undefined) {
    secret = readFlagFile(file, '--secret-file');
    // Files made with `echo` end in a newline that is not part of the secret.
    const end = secret.at(-1) === 0x0a ? (secret.at(-2) === 0x0d ? 2 : 1) : 0;
    secret = secret.subarray(0, secret.length - end);
    source = `--secret-file ${file}`;
  } else if (env.RINGWIRE_SECRET !== undefined) {
    secret = Buffer.from(env.RINGWIRE_SECRET);
    source = '$RINGWIRE_SECRET';
  } else {
    return undefined;
  }
  if (secret.length < MIN_SECRET_BYTES) {
    throw new UsageError(
      `the secret from ${source} must have at least ${MIN_SECRET_BYTES} bytes, got ${secret.length}`,
    );
  }
  return secret;
}

/** A file named by a flag (a certificate, a key, a secret); a missing file is a usage error. */
export function readFlagFile(path: string, flag: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(
      `cannot read ${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

export interface TlsFiles {
  cert?: Buffer;
  key?: Buffer;
  ca?: Buffer;
}

/**
 * The PEM files named by --tls-cert, --tls-key and --tls-ca (or the flags of another
 * `prefix`, e.g. --nats-tls-cert), read; a certificate needs its key.
 */
export function readTlsFiles(values: FlagValues, prefix = 'tls'): TlsFiles {
  const [cert, key, ca] = ['cert', 'key', 'ca'].map((file) => {
    const flag = `${prefix}-${file}`;
    const path = values[flag] as string | undefined;
    return path === undefined ? undefined : readFlagFile(path, `--${flag}`);
  });
  if ((cert === undefined) !== (key === undefined))
    throw new UsageError(`--${prefix}-cert and --${prefix}-key go together`);
  return { cert, key, ca };
}
