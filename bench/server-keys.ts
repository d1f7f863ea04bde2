/** What bench/servers.ts and the servers it forks (bench/server-child.ts) agree on. */
export const BENCH_KEY = 'bench-key-0123456789abcdef';
export const BARE_CLIENT_ID = `aoi-0123456789abcdef.${'x'.repeat(43)}`;
