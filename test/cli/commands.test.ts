import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../cli/commands.ts';
import { REPO_ROOT, spawnCli, startCli } from './run.ts';

/** The generator's toolchain: what a server, a client or a validation must not pay for at start-up. */
const GENERATOR_PACKAGES = [
  'ts-morph',
  'typescript',
  'prettier',
  'json-schema-to-typescript',
  '@apidevtools/json-schema-ref-parser',
  'handlebars',
];
const PROBE = ['--import', path.join(REPO_ROOT, 'test/cli/package-probe.mjs')];
const packagesIn = (stderr: string) => [...stderr.matchAll(/^package-probe: (\S+)$/gm)].map((m) => m[1]);

describe('the command table', () => {
  it('loads every command it lists, under the name it lists it by', async () => {
    for (const entry of commands) expect((await entry.load()).name).toBe(entry.name);
  });
});

describe('what a command loads', () => {
  it('lists the commands without loading any npm package', async () => {
    const run = await spawnCli(['--help'], { nodeOptions: PROBE });
    expect(run.code).toBe(0);
    expect(packagesIn(run.stderr).filter((name) => name !== 'tsx' && name !== 'esbuild')).toEqual([]);
  });

  it('loads the generator toolchain for generate (so the probe sees it when it is loaded)', async () => {
    const run = await spawnCli(['generate', '--help'], { nodeOptions: PROBE });
    expect(run.code).toBe(0);
    expect(packagesIn(run.stderr)).toEqual(
      expect.arrayContaining(GENERATOR_PACKAGES.filter((p) => p !== 'typescript')),
    );
  });

  it('serves, validates and sends client requests without the generator toolchain', async () => {
    const server = startCli(['serve', '--port', '0', '--store', 'memory'], { nodeOptions: PROBE });
    try {
      const [, url] = await server.waitFor(/omaspec listening on (ws:\/\/\S+)/);
      const client = await spawnCli(['client', 'register', '--url', url!, '--device-number', '1'], {
        nodeOptions: PROBE,
      });
      expect(client.code, client.stderr).toBe(0);
      const validate = await spawnCli(['validate', 'aoiClientRegistrationReq', 'package.json'], { nodeOptions: PROBE });
      expect(validate.stdout).toContain('invalid aoiClientRegistrationReq');
      for (const [command, stderr] of [
        ['serve', server.output().stderr],
        ['client', client.stderr],
        ['validate', validate.stderr],
      ] as const)
        expect({ command, generator: packagesIn(stderr).filter((p) => GENERATOR_PACKAGES.includes(p!)) }).toEqual({
          command,
          generator: [],
        });
      expect(packagesIn(server.output().stderr)).toContain('ws');
      // A device's clients name the server's address without loading the server or its store.
      expect(packagesIn(client.stderr)).not.toContain('better-sqlite3');
      const dmClient = await spawnCli(['dm-client', '--help'], { nodeOptions: PROBE });
      expect(dmClient.code).toBe(0);
      expect(packagesIn(dmClient.stderr)).not.toContain('better-sqlite3');
    } finally {
      await server.stop();
    }
  });
});
