import { existsSync } from 'node:fs';
import { appendFile, cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { listFiles } from '../../generator/output-dir.ts';
import { copyFixtureSpec, fixtureGenerated, root, scratch } from './helpers.ts';
import { removeMessage } from './spec-edits.ts';

/** Runs the CLI in-process and captures what it prints. */
async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('omaspec generate and check', () => {
  it('writes generated/ and the stubs, is idempotent, and check fails after a hand edit', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    const out = path.join(dir, 'generated');
    const reference = path.join(dir, 'reference');
    const first = await run('generate', '--spec', spec, '--out', out, '--reference', reference);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('23 written, 0 unchanged, 0 removed');
    expect(first.stdout).toContain(`created ${reference}/aoi1/handlers.ts with 3 stub(s)`);
    expect(await listFiles(out)).toEqual(await listFiles(fixtureGenerated));

    const again = await run('generate', '--spec', spec, '--out', out, '--reference', reference, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      written: [],
      removed: [],
      stubs: [{ created: false, added: [] }, { created: false }, { created: false }],
    });

    expect((await run('check', '--spec', spec, '--generated', out)).code).toBe(0);
    await appendFile(path.join(out, 'aoi1/handlers.ts'), '// edited by hand\n');
    const drift = await run('check', '--spec', spec, '--generated', out);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(`changed ${out}/aoi1/handlers.ts`);
    expect(drift.stdout).toContain('+ // edited by hand');
  }, 60_000); // two generate runs and a check: seconds each on a loaded machine

  it.runIf(existsSync(path.join(root, 'spec/manifest.json')))(
    'also reports spec-stage drift (a hand edit to spec/schemas) in one run',
    async () => {
      const dir = await scratch();
      const spec = path.join(dir, 'spec');
      await cp(path.join(root, 'spec'), spec, { recursive: true });
      const out = path.join(dir, 'generated');
      await cp(path.join(root, 'generated'), out, { recursive: true });
      expect((await run('check', '--spec', spec, '--generated', out)).code).toBe(0);
      await appendFile(path.join(spec, 'schemas/index.json'), ' ');
      const result = await run('check', '--spec', spec, '--generated', out, '--json');
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).drifts).toEqual([
        expect.objectContaining({ stage: 'spec build', file: `${spec}/schemas/index.json`, change: 'changed' }),
      ]);
    },
    60_000,
  );

  it('exits 1 naming the error code and the message when one message has a gap, still writing the rest', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    await removeMessage(spec, 'pushRes');
    const out = path.join(dir, 'generated');
    const result = await run('generate', '--spec', spec, '--out', out, '--skip-stubs');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/crs\/\S+:\d+: GEN_UNKNOWN_RESPONSE pushReq: response pushRes is not in index\.json/);
    expect(await listFiles(out)).toContain('aoi1/dispatcher.ts');
  });

  it('exits 1 with a readable message when the spec is missing', async () => {
    const result = await run(
      'generate',
      '--spec',
      path.join(await scratch(), 'nowhere'),
      '--out',
      path.join(await scratch(), 'g'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/index\.json: cannot be read/);
  });
});

describe('omaspec validate', () => {
  async function documentFile(value: unknown): Promise<string> {
    const file = path.join(await scratch(), 'doc.json');
    await writeFile(file, JSON.stringify(value));
    return file;
  }

  it('exits 0 for a valid document', async () => {
    const file = await documentFile({ messageType: 'aoiClientRegistrationReq', deviceNumber: '5465465416846865465' });
    const result = await run('validate', 'aoiClientRegistrationReq', file, '--generated', fixtureGenerated);
    expect(result).toMatchObject({ code: 0, stdout: 'valid aoiClientRegistrationReq\n' });
  });

  it('exits 1 and lists path, rule and CR source for an invalid document', async () => {
    const file = await documentFile({ messageType: 'aoiClientRegistrationReq', deviceNumber: 1 });
    const result = await run('validate', 'aoiClientRegistrationReq', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '/deviceNumber: must be string [type] (CR 002_c738242bc884de22.txt §10.1.1 line 47)',
    );
  });

  it('prints the issues as JSON with --json', async () => {
    const file = await documentFile({ jsonrpc: '2.0', id: 1, method: 'clientAppRegistrationReq', params: {} });
    const result = await run(
      'validate',
      'aoi1.clientAppRegistrationReq',
      file,
      '--json',
      '--generated',
      fixtureGenerated,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      message: 'aoi1.clientAppRegistrationReq',
      valid: false,
      issues: [{ path: '/params/clientID', rule: 'required' }],
    });
  });

  it('exits 2 for an unknown message, listing the known ones', async () => {
    const result = await run('validate', 'nope', '-', '--generated', fixtureGenerated);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown message 'nope'");
    expect(result.stderr).toContain('aoi1.clientAppRegistrationReq');
  });

  it('exits 2 for a name two interfaces share, listing the qualified ids', async () => {
    const result = await run('validate', 'clientAppRegistrationReq', '-', '--generated', fixtureGenerated);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use one of: aoi1.clientAppRegistrationReq, clientApp.clientAppRegistrationReq');
  });

  it('exits 1 when the file is not JSON', async () => {
    const file = path.join(await scratch(), 'bad.json');
    await writeFile(file, '{ not json');
    const result = await run('validate', 'dmPackage1', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.json: .*JSON/);
  });

  it('exits 2 without a message name', async () => {
    const result = await run('validate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing <message>');
  });
});
