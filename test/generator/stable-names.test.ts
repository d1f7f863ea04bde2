import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.ts';
import { names } from '../../generator/names.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import { buildSpec } from '../../ingest/build.ts';
import { messageNames } from '../../ingest/emit.ts';
import type { SpecIndex } from '../../core/spec-format.ts';
import { runCli } from '../cli/run.ts';
import { scratch } from './helpers.ts';
import { copySpecDir, cr, jsonRpcSection, removeSpecDirs, SPEC_DIR } from '../ingest/fixtures.ts';

afterAll(removeSpecDirs);

const published = JSON.parse(readFileSync(path.join(SPEC_DIR, 'schemas/index.json'), 'utf8')) as SpecIndex;
/** An unqualified request of the published spec, from a CR (not an extension), whose name a later CR reuses elsewhere. */
const existing = published.messages.find(
  (m) =>
    m.kind === 'request' &&
    m.envelope === 'jsonrpc' &&
    m.id === m.name &&
    m.interface === 'aoi1' &&
    !m.source.cr.includes('/'),
)!;
const other = published.interfaces.find(
  (i) => i.id !== existing.interface && i.transport !== 'http' && i.sections.length > 0,
)!;

/** A later CR that defines a request of the same name (and its response) in another interface. */
const CLASH_CR = '900_clash.txt';
const CLASH_TEXT = cr(
  `Adds ${existing.name} to ${other.id}.`,
  ...jsonRpcSection({
    section: `${other.sections[0]}.99`,
    title: 'Clashing Operation',
    method: existing.name,
    request: ['·  “clientID” : mandatory, string'],
    response: ['· “code”: mandatory, integer', '· “message”: mandatory, string'],
  }),
);

/** A copy of the live spec/ with its published schemas (the names to keep) and the clashing CR in the manifest. */
function specWithClash(): string {
  const dir = copySpecDir({ [CLASH_CR]: CLASH_TEXT }, SPEC_DIR);
  cpSync(path.join(SPEC_DIR, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  return dir;
}

const readIndex = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'schemas/index.json'), 'utf8')) as SpecIndex;

describe('messageNames', () => {
  const messages = [
    { interface: 'aoi1', name: 'fooReq' },
    { interface: 'dm', name: 'fooReq' },
    { interface: 'dm', name: 'barReq' },
  ];

  it('keeps recorded names and qualifies only the newcomer whose name clashes', () => {
    const previous = new Map([['aoi1/fooReq', { id: 'fooReq', typeName: 'FooReq' }]]);
    expect(messageNames(messages, previous)).toEqual(
      new Map([
        ['aoi1/fooReq', { id: 'fooReq', typeName: 'FooReq' }],
        ['dm/fooReq', { id: 'dm.fooReq', typeName: 'DmFooReq' }],
        ['dm/barReq', { id: 'barReq', typeName: 'BarReq' }],
      ]),
    );
  });

  it('qualifies every shared name on a first build, and never hands out a type name twice', () => {
    expect(messageNames(messages).get('aoi1/fooReq')).toEqual({ id: 'aoi1.fooReq', typeName: 'Aoi1FooReq' });
    const named = messageNames(
      [...messages, { interface: 'x', name: 'dmFooReq' }],
      new Map([['x/dmFooReq', { id: 'dmFooReq', typeName: 'DmFooReq' }]]),
    );
    expect(named.get('dm/fooReq')).toEqual({ id: 'dm.fooReq', typeName: 'DmFooReq2' });
  });
});

describe('messageNames and a name that begins with its interface', () => {
  const shared = [
    { interface: 'aoi1', name: 'clientAppFooReq' },
    { interface: 'clientApp', name: 'clientAppFooReq' },
  ];

  it('does not prefix the interface again, and the other interface of a shared name still gets its own', () => {
    expect(messageNames(shared)).toEqual(
      new Map([
        ['aoi1/clientAppFooReq', { id: 'aoi1.clientAppFooReq', typeName: 'Aoi1ClientAppFooReq' }],
        ['clientApp/clientAppFooReq', { id: 'clientApp.clientAppFooReq', typeName: 'ClientAppFooReq' }],
      ]),
    );
  });

  it('renames a recorded name that repeats the interface once, keeping it in previousNames, and then keeps both', () => {
    const recorded = new Map([
      ['aoi1/clientAppFooReq', { id: 'aoi1.clientAppFooReq', typeName: 'Aoi1ClientAppFooReq' }],
      ['clientApp/clientAppFooReq', { id: 'clientApp.clientAppFooReq', typeName: 'ClientAppClientAppFooReq' }],
    ]);
    const renamed = messageNames(shared, recorded);
    expect(renamed.get('clientApp/clientAppFooReq')).toEqual({
      id: 'clientApp.clientAppFooReq',
      typeName: 'ClientAppFooReq',
      previousNames: ['ClientAppClientAppFooReq'],
    });
    expect(renamed.get('aoi1/clientAppFooReq')).toEqual(recorded.get('aoi1/clientAppFooReq'));
    // The next build reads that back and changes nothing.
    expect(messageNames(shared, renamed)).toEqual(renamed);
  });

  it('keeps a recorded name when the shorter one is taken, and never hands out a previous name again', () => {
    const messages = [...shared, { interface: 'x', name: 'clientAppFooReq2' }];
    const recorded = new Map([
      ['clientApp/clientAppFooReq', { id: 'clientApp.clientAppFooReq', typeName: 'ClientAppClientAppFooReq' }],
      ['aoi1/clientAppFooReq', { id: 'aoi1.clientAppFooReq', typeName: 'ClientAppFooReq' }],
    ]);
    expect(messageNames(messages, recorded).get('clientApp/clientAppFooReq')).toEqual({
      id: 'clientApp.clientAppFooReq',
      typeName: 'ClientAppClientAppFooReq',
    });
    const previous = new Map([
      [
        'clientApp/clientAppFooReq',
        { id: 'clientApp.clientAppFooReq', typeName: 'ClientAppFooReq', previousNames: ['Old'] },
      ],
    ]);
    const named = messageNames([...shared, { interface: 'x', name: 'old' }], previous);
    expect(named.get('x/old')).toEqual({ id: 'old', typeName: 'Old2' });
  });

  it('in the published spec: no type name repeats its interface, and every previous name is still exported', async () => {
    const files = await generate(await loadSpec(SPEC_DIR));
    for (const m of published.messages) {
      const iface = m.interface.charAt(0).toUpperCase() + m.interface.slice(1);
      expect(m.typeName!.startsWith(iface + iface), m.id).toBe(false);
      for (const old of m.previousNames ?? [])
        expect(files.get(`${m.interface}/types.ts`), old).toContain(`export type ${old} = ${m.typeName};`);
    }
  });
});

describe('names.type', () => {
  it('takes the typeName recorded in the index meta over the id, and derives it from the id without one', () => {
    expect(names.type({ id: 'dm.fooReq', typeName: 'FooReq' })).toBe('FooReq');
    expect(names.validate({ id: 'dm.fooReq', typeName: 'FooReq' })).toBe('validateFooReq');
    expect(names.type({ id: 'dm.fooReq' })).toBe('DmFooReq');
  });
});

describe('stable message ids and type names', () => {
  it('records a typeName per message in index.json', () => {
    for (const m of published.messages) expect(m.typeName, m.id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
  });

  it('keeps the id and typeName of every published message when a later CR adds the same name to another interface', async () => {
    const dir = specWithClash();
    await runCli('spec', 'build', '--spec', dir);
    const index = readIndex(dir);
    const newcomer = index.messages.find((m) => m.interface === other.id && m.name === existing.name);
    expect(newcomer, `the clashing CR defines ${other.id}/${existing.name}`).toBeDefined();
    for (const before of published.messages) {
      const after = index.messages.find((m) => m.interface === before.interface && m.name === before.name);
      expect({ id: after?.id, typeName: after?.typeName }, `${before.interface}/${before.name}`).toEqual({
        id: before.id,
        typeName: before.typeName,
      });
    }
    // Only the newcomer is qualified, and every id and type name stays unique.
    expect(newcomer).toMatchObject({ id: `${other.id}.${existing.name}` });
    expect(new Set(index.messages.map((m) => m.id)).size).toBe(index.messages.length);
    expect(new Set(index.messages.map((m) => m.typeName)).size).toBe(index.messages.length);

    // The generator names the type after the recorded typeName: the existing type is still exported under its name.
    const files = await generate(await loadSpec(dir));
    expect(files.get(`${existing.interface}/types.ts`)).toContain(`export type ${existing.typeName} =`);
    expect(files.get(`${other.id}/types.ts`)).toContain(`export type ${newcomer!.typeName} =`);
  });

  it('without a published index (a first build) qualifies both, as before: the kept names come from index.json', async () => {
    const dir = copySpecDir({ [CLASH_CR]: CLASH_TEXT }, SPEC_DIR);
    const index = JSON.parse((await buildSpec(dir)).files.get('schemas/index.json')!) as SpecIndex;
    const first = index.messages.find((m) => m.interface === existing.interface && m.name === existing.name);
    expect(first?.id).toBe(`${existing.interface}.${existing.name}`);
  });

  it('accepts <interface>.<name> wherever a message name is accepted', async () => {
    const dir = specWithClash();
    await runCli('spec', 'build', '--spec', dir);
    // Inside the repository, so the generated code resolves node_modules.
    const out = path.join(await scratch(), 'generated');
    await runCli('generate', '--spec', dir, '--out', out, '--skip-stubs');
    const document = path.join(dir, 'doc.json');
    cpSync(path.join(SPEC_DIR, 'manifest.json'), document); // any JSON: only the resolved message id matters here
    const byQualified = await runCli(
      'validate',
      `${existing.interface}.${existing.name}`,
      document,
      '--generated',
      out,
      '--json',
    );
    expect(JSON.parse(byQualified.stdout)).toMatchObject({ message: existing.id });
    const newcomer = await runCli('validate', `${other.id}.${existing.name}`, document, '--generated', out, '--json');
    expect(JSON.parse(newcomer.stdout)).toMatchObject({ message: `${other.id}.${existing.name}` });
    const byName = await runCli('validate', existing.name, document, '--generated', out, '--json');
    expect(JSON.parse(byName.stdout)).toMatchObject({ message: existing.id });
    const registry = (await import(path.join(out, 'registry.ts'))) as {
      lookupMessage(name: string): string | undefined;
    };
    expect(registry.lookupMessage(`${existing.interface}.${existing.name}`)).toBe(existing.id);
    expect(registry.lookupMessage(existing.id)).toBe(existing.id);
    expect(registry.lookupMessage(existing.name)).toBe(existing.id); // the id wins: it is exactly the name
    for (const m of published.messages) expect(registry.lookupMessage(`${m.interface}.${m.name}`), m.id).toBe(m.id);
  }, 60_000);
});
