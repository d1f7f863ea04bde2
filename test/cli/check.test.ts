import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Drift } from '../../core/drift.ts';
import type { SpecIndex } from '../../core/spec-format.ts';
import { root } from '../generator/helpers.ts';
import { runCli } from './run.ts';

const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the repository's spec/ and generated/, which `omaspec check` finds up to date. */
async function copyOfProject(): Promise<{ spec: string; out: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'omaspec-check-'));
  copies.push(dir);
  const spec = path.join(dir, 'spec');
  const out = path.join(dir, 'generated');
  await cp(path.join(root, 'spec'), spec, { recursive: true });
  await cp(path.join(root, 'generated'), out, { recursive: true });
  return { spec, out };
}

describe.runIf(existsSync(path.join(root, 'spec/manifest.json')))('omaspec check across the stages', () => {
  it('attributes a hand edit of spec/schemas to spec build, even after generate copied it into generated/', async () => {
    const { spec, out } = await copyOfProject();
    expect((await runCli('check', '--spec', spec, '--generated', out)).code).toBe(0);
    const index = JSON.parse(await readFile(path.join(spec, 'schemas/index.json'), 'utf8')) as SpecIndex;
    const schemaFile = path.join(spec, 'schemas', index.messages[0]!.schema);
    const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as { description?: string };
    schema.description = 'edited by hand';
    await writeFile(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
    // Following the advice the old check gave: generate copies the edit into generated/.
    expect((await runCli('generate', '--spec', spec, '--out', out, '--skip-stubs')).code).toBe(0);

    const json = await runCli('check', '--spec', spec, '--generated', out, '--json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { drifts: Drift[]; run: string[] };
    const [specDrift, ...generatedDrifts] = report.drifts;
    expect([specDrift!.stage, specDrift!.file, specDrift!.change, specDrift!.cause]).toEqual([
      'spec build',
      schemaFile,
      'changed',
      'hand-edit',
    ]);
    expect(specDrift!.advice).toBe('hand edit of a file `spec build` writes; run `omaspec spec build` to discard it');
    expect(specDrift!.diff).toContain('+  "description": "edited by hand",');
    expect(generatedDrifts.length).toBeGreaterThan(0);
    for (const drift of generatedDrifts) {
      expect([drift.stage, drift.cause], drift.file).toEqual(['generate', 'follows']);
      expect(drift.advice).toMatch(/run `omaspec spec build`, then `omaspec generate` to update it$/);
    }
    // The commands to run act on the directories check was given.
    expect(report.run).toEqual([`omaspec spec build --spec ${spec}`, `omaspec generate --spec ${spec} --out ${out}`]);

    const text = await runCli('check', '--spec', spec, '--generated', out);
    expect(text.stdout).toContain(`${out}/ follows from ${spec}/schemas`);
    expect(text.stdout).toContain(
      `${report.drifts.length} file(s) out of date: run \`omaspec spec build --spec ${spec}\`, then \`omaspec generate --spec ${spec} --out ${out}\``,
    );

    const specCheck = await runCli('spec', 'build', '--spec', spec, '--check');
    expect(specCheck.code).toBe(1);
    expect(specCheck.stdout).toContain(`changed ${schemaFile}: hand edit of a file \`spec build\` writes`);
    expect(JSON.parse(await readFile(schemaFile, 'utf8')).description).toBe('edited by hand');

    // The advice followed: spec build discards the edit, then generated/ follows from spec/schemas.
    expect((await runCli('spec', 'build', '--spec', spec)).code).toBe(0);
    const after = JSON.parse((await runCli('check', '--spec', spec, '--generated', out, '--json')).stdout) as {
      drifts: Drift[];
      run: string[];
    };
    expect(after.drifts.length).toBeGreaterThan(0);
    expect(after.drifts.every((d) => d.stage === 'generate')).toBe(true);
    expect(after.run).toEqual([`omaspec generate --spec ${spec} --out ${out}`]);
    expect((await runCli('generate', '--spec', spec, '--out', out, '--skip-stubs')).code).toBe(0);
    expect((await runCli('check', '--spec', spec, '--generated', out)).code).toBe(0);
  }, 300_000);

  it('reports only spec build for a hand edit of spec/schemas that generate has not copied', async () => {
    const { spec, out } = await copyOfProject();
    const index = JSON.parse(await readFile(path.join(spec, 'schemas/index.json'), 'utf8')) as SpecIndex;
    const schemaFile = path.join(spec, 'schemas', index.messages[0]!.schema);
    await writeFile(schemaFile, (await readFile(schemaFile, 'utf8')).replace('"title": "', '"title": "edited '));
    const report = JSON.parse((await runCli('check', '--spec', spec, '--generated', out, '--json')).stdout) as {
      drifts: Drift[];
      run: string[];
    };
    expect(report.drifts.map((d) => [d.stage, d.file, d.cause])).toEqual([['spec build', schemaFile, 'hand-edit']]);
    expect(report.run).toEqual([`omaspec spec build --spec ${spec}`]);
  }, 180_000);

  it('calls spec/schemas stale, not hand-edited, when a CR changed since the last build', async () => {
    const { spec, out } = await copyOfProject();
    const index = JSON.parse(await readFile(path.join(spec, 'schemas/index.json'), 'utf8')) as SpecIndex;
    const crFile = path.join(spec, 'crs', index.crs[0]!.file);
    await writeFile(crFile, `${await readFile(crFile, 'utf8')}\n`);
    const report = JSON.parse((await runCli('check', '--spec', spec, '--generated', out, '--json')).stdout) as {
      drifts: Drift[];
    };
    expect(report.drifts.length).toBeGreaterThan(0);
    expect(report.drifts.every((d) => d.stage === 'spec build' && d.cause === 'stale')).toBe(true);
    expect(report.drifts[0]!.advice).toContain(`(${crFile} changed since the last build)`);
  }, 180_000);
});
