import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ASYNCAPI_VERSION } from '../../publish/export/asyncapi.ts';
import { OPENRPC_VERSION } from '../../publish/export/openrpc.ts';
import { REPO_ROOT, runCli } from './run.ts';

const SPEC = path.join(REPO_ROOT, 'spec');

describe('omaspec export', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'omaspec-export-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the OpenRPC document as JSON to stdout', async () => {
    const run = await runCli('export', 'openrpc', '--spec', SPEC);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).openrpc).toBe(OPENRPC_VERSION);
  });

  it('writes the AsyncAPI document as YAML to --out', async () => {
    const out = path.join(work, 'asyncapi.yaml');
    const run = await runCli('export', 'asyncapi', '--spec', SPEC, '--format', 'yaml', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(YAML.parse(readFileSync(out, 'utf8')).asyncapi).toBe(ASYNCAPI_VERSION);
  });

  it('exits 2 for a missing or unknown export, an extra argument or an unknown format', async () => {
    for (const argv of [
      ['export'],
      ['export', 'openapi'],
      ['export', 'openrpc', 'extra'],
      ['export', 'openrpc', '--format', 'xml'],
    ]) {
      const run = await runCli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toContain('CLI_USAGE');
    }
  });
});
