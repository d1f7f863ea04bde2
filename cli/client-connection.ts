import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { OmaspecError } from '../core/errors.ts';
import { UsageError } from './command.ts';

/** `--url` and `--ca` of `omaspec client`, `client listen` and `conformance`: where to connect and whom to trust. */
export function connectionOptions(
  values: { url?: string; ca?: string },
  defaultUrl: string,
  urlName = '--url',
): { url: string; ca?: Buffer } {
  const url = values.url ?? defaultUrl;
  if (!/^wss?:\/\/./.test(url)) throw new UsageError(`${urlName} must be a ws:// or wss:// URL, got '${url}'`);
  if (values.ca === undefined) return { url };
  if (url.startsWith('ws://')) throw new UsageError('--ca applies to wss:// URLs only');
  return { url, ca: readCaFile(values.ca) };
}

/**
 * The PEM file of `--ca`, read before any connection: a missing file is IO_NOT_FOUND (exit 2), an unreadable one
 * IO_UNREADABLE, and one without a certificate CLI_INVALID_INPUT — TLS would otherwise ignore it silently and
 * report the server's certificate as untrusted.
 */
export function readCaFile(path: string): Buffer {
  let pem: Buffer;
  try {
    pem = readFileSync(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = missing ? 'no such file' : `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    throw new OmaspecError(missing ? 'IO_NOT_FOUND' : 'IO_UNREADABLE', `--ca: ${reason}`, {
      location: { file: path },
      cause: error,
    });
  }
  if (!isPemCertificate(pem))
    throw new OmaspecError('CLI_INVALID_INPUT', '--ca: not a PEM certificate', { location: { file: path } });
  return pem;
}

// TLS takes PEM only; X509Certificate would also take DER, and parses the first certificate of a bundle.
function isPemCertificate(pem: Buffer): boolean {
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) return false;
  try {
    new X509Certificate(pem);
    return true;
  } catch {
    return false;
  }
}

export const connectionUsage = (
  defaultUrl: string,
) => `  --url URL       AOI-1 endpoint, ws:// or wss:// (TLS) (default ${defaultUrl})
  --ca FILE       for wss://: trust the certificate authorities in FILE (PEM), e.g. a self-signed server's`;
