import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../core/errors.ts';
import { DEFAULT_PORT } from '../../reference/server.ts';
import { scratch } from '../generator/helpers.ts';
import { REPO_ROOT, runCli, spawnCli } from './run.ts';

describe('omaspec --version', () => {
  it('prints the version of package.json, also when run as users run it', async () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli('--version')).toEqual({ code: 0, stdout: `omaspec ${version}\n`, stderr: '' });
    expect((await spawnCli(['--version'])).stdout).toBe(`omaspec ${version}\n`);
  });
});

describe('errors, one way for every command', () => {
  it('exits 2 for a missing input file in every command that reads one, naming the file', async () => {
    const nowhere = path.join(await scratch(), 'nowhere');
    const missing = path.join(nowhere, 'missing.json');
    const runs: [command: string[], file: string][] = [
      [['lint', '--spec', nowhere], path.join(nowhere, 'manifest.json')],
      [['lint', missing], path.join('spec', 'crs', 'missing.json')],
      [['spec', 'build', '--spec', nowhere], path.join(nowhere, 'manifest.json')],
      [['spec', 'add', missing], missing],
      [['generate', '--spec', nowhere, '--out', path.join(nowhere, 'g')], path.join(nowhere, 'schemas/index.json')],
      [['check', '--spec', nowhere, '--generated', path.join(nowhere, 'g')], path.join(nowhere, 'schemas/index.json')],
      [['validate', 'dmPackage1', missing], missing],
      [['dm-client', '--url', 'http://127.0.0.1:1/dm', '--mo-file', missing], missing],
      [['serve', '--server-app-keys', missing, '--store', 'memory'], missing],
    ];
    for (const [command, file] of runs) {
      const run = await runCli(...command);
      expect({ command, code: run.code }).toEqual({ command, code: 2 });
      expect(run.stderr.split('\n')[0], command.join(' ')).toMatch(/^(omaspec \S+|\S+): error [A-Z]+_[A-Z_]+: /);
      expect(run.stderr, command.join(' ')).toContain(path.basename(file));
    }
  });

  it('writes the error as one JSON object on stdout with --json', async () => {
    const nowhere = path.join(await scratch(), 'nowhere');
    const run = await runCli('generate', '--spec', nowhere, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('');
    const { error } = JSON.parse(run.stdout);
    expect(error).toMatchObject({
      code: 'GEN_SPEC_MISSING',
      kind: ERROR_CODES.GEN_SPEC_MISSING.kind,
      file: path.join(nowhere, 'schemas/index.json'),
      hint: expect.stringContaining('omaspec spec build'),
    });
  });

  it('answers an unknown command in one line and exits 2', async () => {
    expect(await runCli('frobnicate')).toEqual({
      code: 2,
      stdout: '',
      stderr: "omaspec: error CLI_USAGE: unknown command 'frobnicate'\nhint: see `omaspec --help` for the commands\n",
    });
  });
});

describe('ports', () => {
  it('gives dm serve the default port of serve', async () => {
    expect((await runCli('dm', '--help')).stdout).toContain(`port (default ${DEFAULT_PORT}, as 'omaspec serve'`);
    expect((await runCli('serve', '--help')).stdout).toContain(`(default ${DEFAULT_PORT})`);
  });
});
