import { readFileSync } from 'node:fs';
import { UsageError } from './command.ts';

/** `--url` and `--ca` of `omaspec client` and `client listen`: where to connect and whom to trust. */
export function connectionOptions(
  values: { url?: string; ca?: string },
  defaultUrl: string,
): { url: string; ca?: Buffer } {
  const url = values.url ?? defaultUrl;
  if (!/^wss?:\/\//.test(url)) throw new UsageError(`--url must be a ws:// or wss:// URL, got '${url}'`);
  if (values.ca === undefined) return { url };
  if (url.startsWith('ws://')) throw new UsageError('--ca applies to wss:// URLs only');
  try {
    return { url, ca: readFileSync(values.ca) };
  } catch (error) {
    throw new UsageError(`--ca ${values.ca}: cannot read: ${(error as Error).message}`);
  }
}

export const connectionUsage = (
  defaultUrl: string,
) => `  --url URL       AOI-1 endpoint, ws:// or wss:// (TLS) (default ${defaultUrl})
  --ca FILE       for wss://: trust the certificate authorities in FILE (PEM), e.g. a self-signed server's`;
