import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../core/tree.ts';
import { runCli as run } from '../cli/run.ts';
import { RUNTIME_FILES } from '../../generator/runtime-import.ts';
import { copyFixtureSpec, fixtureGenerated, runtimeDir, scratch } from './helpers.ts';
import { removeMessage } from './spec-edits.ts';

describe('omaspec generate and check', () => {
  it('writes generated/ and the stubs, is idempotent, and check fails after a hand edit', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    const out = path.join(dir, 'generated');
    const reference = path.join(dir, 'reference');
    const first = await run('generate', '--spec', spec, '--out', out, '--reference', reference);
    expect(first.code).toBe(0);
    // The fixture imports its runtime; by default generate writes the runtime's copy beside the rest.
    const expected = [...(await listFiles(fixtureGenerated)), ...RUNTIME_FILES].sort();
    expect(first.stdout).toContain(`${expected.length} written, 0 unchanged, 0 removed`);
    expect(first.stdout).toContain(`created ${reference}/aoi1/handlers.ts with 3 stub(s)`);
    expect(await listFiles(out)).toEqual(expected);

    const again = await run('generate', '--spec', spec, '--out', out, '--reference', reference, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({
      written: [],
      removed: [],
      stubs: [{ created: false, added: [] }, { created: false }, { created: false }],
    });

    expect((await run('check', '--spec', spec, '--generated', out)).code).toBe(0);
    expect((await run('generate', '--spec', spec, '--out', out, '--check')).code).toBe(0);
    await appendFile(path.join(out, 'aoi1/handlers.ts'), '// edited by hand\n');
    const drift = await run('check', '--spec', spec, '--generated', out);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain(`changed ${out}/aoi1/handlers.ts: not what \`generate\` writes`);
    expect(drift.stdout).toContain(`+++ ${out}/aoi1/handlers.ts (on disk)`);
    expect(drift.stdout).toContain('    +// edited by hand\n');
    expect(drift.stdout).toContain(`1 file(s) out of date: run \`omaspec generate --spec ${spec} --out ${out}\`\n`);

    const checked = await run('generate', '--spec', spec, '--out', out, '--check', '--json');
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).drifts).toEqual([
      expect.objectContaining({ stage: 'generate', file: `${out}/aoi1/handlers.ts`, change: 'changed' }),
    ]);
    expect(await readFile(path.join(out, 'aoi1/handlers.ts'), 'utf8')).toMatch(/\/\/ edited by hand\n$/);
  }, 90_000);

  it('with --runtime-dir writes no runtime copy, and check and generate --check compare with the same option', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    const out = path.join(dir, 'generated');
    const runtime = ['--runtime-dir', runtimeDir];
    expect((await run('generate', '--spec', spec, '--out', out, '--skip-stubs', ...runtime)).code).toBe(0);
    expect(await listFiles(out)).toEqual(await listFiles(fixtureGenerated));
    expect(await readFile(path.join(out, 'index.ts'), 'utf8')).toContain(
      `export * from '${path.relative(out, runtimeDir)}/dispatch.js';`,
    );
    expect((await run('check', '--spec', spec, '--generated', out, ...runtime)).code).toBe(0);
    expect((await run('generate', '--spec', spec, '--out', out, '--check', ...runtime)).code).toBe(0);

    const copyExpected = await run('check', '--spec', spec, '--generated', out, '--json');
    expect(copyExpected.code).toBe(1);
    const missing = JSON.parse(copyExpected.stdout).drifts.filter((d: { change: string }) => d.change === 'missing');
    expect(missing.map((d: { file: string }) => path.relative(out, d.file)).sort()).toEqual([...RUNTIME_FILES].sort());
  });

  it('refuses a --runtime-dir inside --out, without the runtime, or with --package (exit 2)', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    const out = path.join(dir, 'generated');
    const inside = await run('generate', '--spec', spec, '--out', out, '--runtime-dir', path.join(out, 'common'));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(`error CLI_USAGE: the runtime directory ${out}/common is inside the output ${out}`);
    const empty = await run('check', '--spec', spec, '--generated', out, '--runtime-dir', dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(`${dir}/jsonrpc.ts: error IO_NOT_FOUND: `);
    const packaged = await run('generate', '--spec', spec, '--package', out, '--runtime-dir', runtimeDir);
    expect(packaged.code).toBe(2);
    expect(packaged.stderr).toContain('a --package always carries its own copy');
    expect(await listFiles(out)).toEqual([]);
  });

  it('exits 1 naming the error code and the message when one message has a gap, still writing the rest', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    await removeMessage(spec, 'pushRes');
    const out = path.join(dir, 'generated');
    const result = await run('generate', '--spec', spec, '--out', out, '--skip-stubs');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /crs\/\S+:\d+: error GEN_UNKNOWN_RESPONSE: pushReq: response pushRes is not in index\.json/,
    );
    expect(await listFiles(out)).toContain('aoi1/dispatcher.ts');
  });

  it('exits 2 (a missing input) with a readable message when the spec is missing', async () => {
    const result = await run(
      'generate',
      '--spec',
      path.join(await scratch(), 'nowhere'),
      '--out',
      path.join(await scratch(), 'g'),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /index\.json: error GEN_SPEC_MISSING: cannot be read\nhint: run `omaspec spec build`/,
    );
  });
});
