import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main.ts';
import { defaultImplementationFile } from '../../generator/names.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import { CONFIG_FILE, readStubLayout, type StubLayout } from '../../generator/stub-layout.ts';
import { planStubs } from '../../generator/stubs.ts';
import { copyFixtureSpec, fixtureSpec, root, scratch } from './helpers.ts';
import { addDeregistration, removeMessage } from './spec-edits.ts';

const handWritten = `import { ProtocolError, type Aoi1Handlers } from '../../generated/index.ts';

// Written by a person.
export const aoi1Handlers: Aoi1Handlers = {
  async aoiClientRegistrationReq(request) {
    const clientID = \`client-\${request.deviceNumber}\`; // HAND-WRITTEN BODY
    return { messageType: 'aoiClientRegistrationRes', clientID, code: 200, desc: 'OK' };
  },
  async clientAppRegistrationReq() {
    return new ProtocolError(401, 'Unauthorized');
  },
  async keepAlive() {},
};
`;

/** Where the workspace's configuration places the AOI-1 implementation (not the default path). */
const CONFIGURED_AOI1 = 'server/aoi1-impl.ts';

/** Syntax errors of a TypeScript text (merged files must stay valid code). */
function syntaxErrors(text: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const noConfig = (dir: string): StubLayout => ({ configFile: path.join(dir, CONFIG_FILE), implementations: new Map() });

/** A project copy whose omaspec.config.json (beside spec/) places aoi1 at CONFIGURED_AOI1, written by hand. */
async function workspace() {
  const dir = await scratch();
  const spec = await copyFixtureSpec(dir);
  await writeConfig(dir, { generator: { implementations: { aoi1: CONFIGURED_AOI1 } } });
  const reference = path.join(dir, 'reference');
  const file = path.join(reference, CONFIGURED_AOI1);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, handWritten);
  const targets = async () => ({
    referenceDir: reference,
    generatedDir: path.join(dir, 'generated'),
    layout: await readStubLayout(spec),
  });
  return { dir, spec, reference, file, targets };
}

function writeConfig(dir: string, config: unknown): Promise<void> {
  return writeFile(path.join(dir, CONFIG_FILE), typeof config === 'string' ? config : JSON.stringify(config));
}

describe('handler stubs', () => {
  it('creates each interface at the default path without configuration, with a note (the committed fixture compiles under tsc)', async () => {
    const dir = await scratch();
    const spec = await loadSpec(fixtureSpec);
    const plan = await planStubs(spec, {
      referenceDir: path.join(dir, 'reference'),
      generatedDir: path.join(dir, 'generated'),
      layout: noConfig(dir),
    });
    const created = plan.writes.get(path.join(dir, 'reference', defaultImplementationFile('aoi1')));
    expect(created).toBe(await readFile(path.join(root, 'test/generator/fixtures/reference/aoi1/handlers.ts'), 'utf8'));
    expect(plan.reports.find((r) => r.file.endsWith('aoi1/handlers.ts'))).toMatchObject({
      created: true,
      added: ['aoiClientRegistrationReq', 'clientAppRegistrationReq', 'keepAlive'],
    });
    expect([...plan.writes.keys()].map((f) => path.relative(dir, f)).sort()).toEqual([
      'reference/aoi1/handlers.ts',
      'reference/clientApp/handlers.ts',
      'reference/dm/handlers.ts',
    ]);
    for (const report of plan.reports) {
      const iface = path.basename(path.dirname(report.file));
      expect(report.note).toContain(`does not place ${iface}`);
      expect(report.note).toContain(`the default ${defaultImplementationFile(iface)}`);
    }
  });

  it('creates a configured implementation where the configuration puts it, importing generated/ from there', async () => {
    const dir = await scratch();
    const spec = await copyFixtureSpec(dir);
    await writeConfig(dir, { generator: { implementations: { aoi1: 'features/aoi/server/handlers.ts' } } });
    const referenceDir = path.join(dir, 'reference');
    const plan = await planStubs(await loadSpec(spec), {
      referenceDir,
      generatedDir: path.join(dir, 'generated'),
      layout: await readStubLayout(spec),
    });
    const file = path.join(referenceDir, 'features/aoi/server/handlers.ts');
    expect(plan.writes.get(file)).toContain("from '../../../../generated/index.ts'");
    expect(plan.writes.has(path.join(referenceDir, defaultImplementationFile('aoi1')))).toBe(false);
    const report = plan.reports.find((r) => r.file === file.split(path.sep).join('/'));
    expect(report).toMatchObject({
      created: true,
      added: ['aoiClientRegistrationReq', 'clientAppRegistrationReq', 'keepAlive'],
    });
    expect(report?.note).toBeUndefined();
    expect(plan.notes).toEqual([]);
  });

  it('changes nothing when every handler is already written', async () => {
    const { file, spec, targets } = await workspace();
    const plan = await planStubs(await loadSpec(spec), await targets());
    expect(plan.writes.has(file)).toBe(false);
    expect(plan.reports.find((r) => r.file.endsWith(CONFIGURED_AOI1))).toMatchObject({ added: [], orphaned: [] });
  });

  it('adds a stub for a new message and keeps the hand-written bodies', async () => {
    const { spec, file, targets } = await workspace();
    await addDeregistration(spec);
    const plan = await planStubs(await loadSpec(spec), await targets());
    const merged = plan.writes.get(file) ?? '';
    expect(merged.startsWith(handWritten.slice(0, handWritten.indexOf('  async keepAlive')))).toBe(true);
    expect(merged).toContain('// HAND-WRITTEN BODY');
    expect(merged).toMatch(
      /async aoiClientDeregistrationReq\(_request, _ctx\) \{\s*\/\/ TODO\(omaspec\): implement aoiClientDeregistrationReq/,
    );
    expect(plan.reports.find((r) => r.file.endsWith(CONFIGURED_AOI1))).toMatchObject({
      added: ['aoiClientDeregistrationReq'],
      orphaned: [],
    });
    expect(syntaxErrors(merged)).toEqual([]);
  });

  it('adds the missing comma when the last member has none, keeping comments', async () => {
    const { spec, file, targets } = await workspace();
    await writeFile(
      file,
      "import type { Aoi1Handlers } from '../../generated/index.ts';\nexport const aoi1Handlers: Aoi1Handlers = { async keepAlive() {} /* mine */ };\n",
    );
    const merged = (await planStubs(await loadSpec(spec), await targets())).writes.get(file) ?? '';
    expect(merged).toContain('async keepAlive() {}, /* mine */');
    expect(merged).toContain('async clientAppRegistrationReq(_request, _ctx)');
    expect(syntaxErrors(merged)).toEqual([]);
  });

  it('reports, and does not delete, a handler whose message has gone', async () => {
    const { spec, file, targets } = await workspace();
    await removeMessage(spec, 'keepAlive');
    const plan = await planStubs(await loadSpec(spec), await targets());
    expect(plan.writes.has(file)).toBe(false);
    expect(plan.reports.find((r) => r.file.endsWith(CONFIGURED_AOI1))).toMatchObject({
      added: [],
      orphaned: ['keepAlive'],
    });
    expect(await readFile(file, 'utf8')).toContain('async keepAlive() {}');
  });

  it('leaves a file it cannot merge untouched and says why', async () => {
    const { spec, file, targets } = await workspace();
    await writeFile(file, 'export const somethingElse = 1;\n');
    const plan = await planStubs(await loadSpec(spec), await targets());
    expect(plan.writes.has(file)).toBe(false);
    expect(plan.reports.find((r) => r.file.endsWith(CONFIGURED_AOI1))?.problem).toMatch(
      /no object literal `aoi1Handlers`/,
    );
  });

  it('writes nothing for an interface whose default path the configuration gives to another, and says so', async () => {
    const { dir, spec, targets } = await workspace();
    await writeConfig(dir, { generator: { implementations: { aoi1: defaultImplementationFile('dm') } } });
    const plan = await planStubs(await loadSpec(spec), await targets());
    const dmFile = path.join(dir, 'reference', defaultImplementationFile('dm'));
    expect(plan.writes.get(dmFile)).toContain('export const aoi1Handlers');
    const dm = plan.reports.filter((r) => r.file === dmFile.split(path.sep).join('/'));
    expect(dm.map((r) => r.problem)).toEqual([
      undefined,
      expect.stringContaining('place dm in generator.implementations'),
    ]);
  });

  it('notes a configured interface the spec does not have', async () => {
    const { dir, spec, targets } = await workspace();
    await writeConfig(dir, { generator: { implementations: { aoi1: CONFIGURED_AOI1, aoi9: 'aoi9.ts' } } });
    const { notes } = await planStubs(await loadSpec(spec), await targets());
    expect(notes).toEqual([
      expect.stringContaining('generator.implementations.aoi9 names an interface the spec does not have'),
    ]);
  });
});

describe('readStubLayout', () => {
  it('reads generator.implementations from omaspec.config.json beside the spec directory', async () => {
    const { spec, dir } = await workspace();
    const layout = await readStubLayout(spec);
    expect(layout.configFile).toBe(path.join(dir, CONFIG_FILE));
    expect([...layout.implementations]).toEqual([['aoi1', CONFIGURED_AOI1]]);
  });

  it('is empty without a configuration file, and without a generator section', async () => {
    const dir = await scratch();
    const spec = path.join(dir, 'spec');
    expect((await readStubLayout(spec)).implementations.size).toBe(0);
    await writeConfig(dir, { somethingElse: true });
    expect((await readStubLayout(spec)).implementations.size).toBe(0);
  });

  it.each([
    ['{ not json', ''],
    [[], ''],
    [{ generator: [] }, '/generator'],
    [{ generator: { implementations: 'aoi/handlers.ts' } }, '/generator/implementations'],
    [{ generator: { implementations: { aoi1: 7 } } }, '/generator/implementations/aoi1'],
    [{ generator: { implementations: { aoi1: 'aoi/handlers.js' } } }, '/generator/implementations/aoi1'],
    [{ generator: { implementations: { aoi1: path.resolve('/abs/handlers.ts') } } }, '/generator/implementations/aoi1'],
    [{ generator: { implementations: { aoi1: 'a/h.ts', dm: './a/h.ts' } } }, '/generator/implementations/dm'],
  ])('refuses %j with GEN_STUB_CONFIG at %j', async (config, pointer) => {
    const dir = await scratch();
    await writeConfig(dir, config);
    await expect(readStubLayout(path.join(dir, 'spec'))).rejects.toMatchObject({
      code: 'GEN_STUB_CONFIG',
      file: path.join(dir, CONFIG_FILE),
      pointer,
    });
  });
});

describe('omaspec generate and the stub layout', () => {
  async function generate(dir: string, spec: string) {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    try {
      const args = ['--spec', spec, '--out', path.join(dir, 'generated'), '--reference', path.join(dir, 'reference')];
      return { code: await main(['generate', ...args]), stdout, stderr };
    } finally {
      vi.restoreAllMocks();
    }
  }

  it('prints the note for an interface the configuration does not place, and writes its stubs at the default', async () => {
    const { dir, spec } = await workspace();
    const run = await generate(dir, spec);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `does not place dm (generator.implementations): stubs go to the default dm/handlers.ts`,
    );
    expect(existsSync(path.join(dir, 'reference/dm/handlers.ts'))).toBe(true);
  }, 60_000);

  it('exits 1 with GEN_STUB_CONFIG and the file on a broken configuration, writing nothing', async () => {
    const { dir, spec } = await workspace();
    await writeConfig(dir, { generator: { implementations: { aoi1: 42 } } });
    const run = await generate(dir, spec);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`GEN_STUB_CONFIG: ${path.join(dir, CONFIG_FILE)}#/generator/implementations/aoi1`);
    expect(existsSync(path.join(dir, 'generated'))).toBe(false);
  }, 60_000);
});

describe.runIf(existsSync(path.join(root, 'spec/manifest.json')))('this repository', () => {
  it('places every interface of spec/ in omaspec.config.json, and reference/ has all their handlers', async () => {
    const spec = path.join(root, 'spec');
    const layout = await readStubLayout(spec);
    const plan = await planStubs(await loadSpec(spec), {
      referenceDir: path.join(root, 'reference'),
      generatedDir: path.join(root, 'generated'),
      layout,
    });
    expect(plan.reports.length).toBeGreaterThan(0);
    expect(plan.reports.filter((r) => r.note || r.problem || r.orphaned.length > 0)).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect([...plan.writes.keys()]).toEqual([]);
  });
});
