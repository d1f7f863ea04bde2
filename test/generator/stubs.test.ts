import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/spec-loader.ts';
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

/** Syntax errors of a TypeScript text (merged files must stay valid code). */
function syntaxErrors(text: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(text, { reportDiagnostics: true });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

async function workspace() {
  const dir = await scratch();
  const spec = await copyFixtureSpec(dir);
  const reference = path.join(dir, 'reference');
  const file = path.join(reference, 'aoi1/handlers.ts');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, handWritten);
  return { spec, reference, generated: path.join(dir, 'generated'), file };
}

describe('handler stubs', () => {
  it('creates reference/<iface>/handlers.ts from the template when missing (the committed fixture compiles under tsc)', async () => {
    const dir = await scratch();
    const plan = await planStubs(await loadSpec(fixtureSpec), path.join(dir, 'reference'), path.join(dir, 'generated'));
    const created = plan.writes.get(path.join(dir, 'reference/aoi1/handlers.ts'));
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
  });

  it('changes nothing when every handler is already written', async () => {
    const { spec, reference, generated } = await workspace();
    const plan = await planStubs(await loadSpec(spec), reference, generated);
    expect(plan.writes.has(path.join(reference, 'aoi1/handlers.ts'))).toBe(false);
    expect(plan.reports.find((r) => r.file.endsWith('aoi1/handlers.ts'))).toMatchObject({ added: [], orphaned: [] });
  });

  it('adds a stub for a new message and keeps the hand-written bodies', async () => {
    const { spec, reference, generated, file } = await workspace();
    await addDeregistration(spec);
    const plan = await planStubs(await loadSpec(spec), reference, generated);
    const merged = plan.writes.get(file) ?? '';
    expect(merged.startsWith(handWritten.slice(0, handWritten.indexOf('  async keepAlive')))).toBe(true);
    expect(merged).toContain('// HAND-WRITTEN BODY');
    expect(merged).toMatch(
      /async aoiClientDeregistrationReq\(request, ctx\) \{\s*\/\/ TODO\(omaspec\): implement aoiClientDeregistrationReq/,
    );
    expect(plan.reports.find((r) => r.file.endsWith('aoi1/handlers.ts'))).toMatchObject({
      added: ['aoiClientDeregistrationReq'],
      orphaned: [],
    });
    expect(syntaxErrors(merged)).toEqual([]);
  });

  it('adds the missing comma when the last member has none, keeping comments', async () => {
    const { spec, reference, generated, file } = await workspace();
    await writeFile(
      file,
      "import type { Aoi1Handlers } from '../../generated/index.ts';\nexport const aoi1Handlers: Aoi1Handlers = { async keepAlive() {} /* mine */ };\n",
    );
    const merged = (await planStubs(await loadSpec(spec), reference, generated)).writes.get(file) ?? '';
    expect(merged).toContain('async keepAlive() {}, /* mine */');
    expect(merged).toContain('async clientAppRegistrationReq(request, ctx)');
    expect(syntaxErrors(merged)).toEqual([]);
  });

  it('reports, and does not delete, a handler whose message has gone', async () => {
    const { spec, reference, generated, file } = await workspace();
    await removeMessage(spec, 'keepAlive');
    const plan = await planStubs(await loadSpec(spec), reference, generated);
    expect(plan.writes.has(file)).toBe(false);
    expect(plan.reports.find((r) => r.file.endsWith('aoi1/handlers.ts'))).toMatchObject({
      added: [],
      orphaned: ['keepAlive'],
    });
    expect(await readFile(file, 'utf8')).toContain('async keepAlive() {}');
  });

  it('leaves a file it cannot merge untouched and says why', async () => {
    const { spec, reference, generated, file } = await workspace();
    await writeFile(file, 'export const somethingElse = 1;\n');
    const plan = await planStubs(await loadSpec(spec), reference, generated);
    expect(plan.writes.has(file)).toBe(false);
    expect(plan.reports.find((r) => r.file.endsWith('aoi1/handlers.ts'))?.problem).toMatch(
      /no object literal `aoi1Handlers`/,
    );
  });
});
