import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORE_ENV, storeOption } from '../../cli/serve-store.ts';
import { UsageError } from '../../cli/command.ts';

afterEach(() => vi.unstubAllEnvs());

describe('serve --store', () => {
  it('defaults to sqlite and takes sqlite or memory as given', () => {
    vi.stubEnv(STORE_ENV, '');
    expect(storeOption(undefined)).toEqual({ store: 'sqlite', label: 'sqlite' });
    expect(storeOption('memory')).toEqual({ store: 'memory', label: 'memory' });
  });

  it('reads redis://HOST:PORT/DB, with port 6379 and database 0 by default', () => {
    expect(storeOption('redis://10.0.0.7:6380/2')).toEqual({
      store: { kind: 'redis', location: { host: '10.0.0.7', port: 6380, db: 2 } },
      label: 'redis://10.0.0.7:6380/2',
    });
    expect(storeOption('redis://cache').store).toEqual({
      kind: 'redis',
      location: { host: 'cache', port: 6379, db: 0 },
    });
  });

  it('falls back to $OMASPEC_STORE, which the flag overrides', () => {
    vi.stubEnv(STORE_ENV, 'redis://127.0.0.1:7000');
    expect(storeOption(undefined).label).toBe('redis://127.0.0.1:7000/0');
    expect(storeOption('memory').store).toBe('memory');
  });

  it.each([
    ['postgres://db', /must be sqlite, memory or redis:\/\/HOST:PORT\[\/DB\]/],
    ['redis://cache/16', /database must be a number 0\.\.15/],
    ['redis://cache/x', /database must be a number/],
    ['redis://user:secret@cache', /password.*not supported/],
    ['redis://cache?tls=1', /query.*not supported/],
  ])('refuses %s with a usage error', (given, reason) => {
    expect(() => storeOption(given)).toThrow(UsageError);
    expect(() => storeOption(given)).toThrow(reason);
  });

  it('names $OMASPEC_STORE when the bad value came from there', () => {
    vi.stubEnv(STORE_ENV, 'mysql://x');
    expect(() => storeOption(undefined)).toThrow(/^\$OMASPEC_STORE must be/);
  });
});
