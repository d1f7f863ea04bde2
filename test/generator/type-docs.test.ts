/** What the generated types say about each message of the project spec: names, variants and sources. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { names } from '../../generator/names.ts';
import type { SpecIndex } from '../../core/spec-format.ts';
import { root } from './helpers.ts';

const index = JSON.parse(readFileSync(path.join(root, 'spec/schemas/index.json'), 'utf8')) as SpecIndex;
const types = (iface: string) => readFileSync(path.join(root, 'generated', iface, 'types.ts'), 'utf8');
const schema = (file: string) =>
  JSON.parse(readFileSync(path.join(root, 'spec/schemas', file), 'utf8')) as { oneOf?: { title?: string }[] };
const extensions = new Set(index.extensions.map((e) => e.file));

/** The JSDoc right before `export type|interface <name>`. */
function docOf(code: string, name: string): string {
  const at = code.search(new RegExp(`export (?:type|interface) ${name}\\b`));
  expect(at, name).toBeGreaterThan(0);
  const before = code.slice(0, at).trimEnd();
  expect(before.endsWith('*/'), `${name} has a doc comment`).toBe(true);
  return before.slice(before.lastIndexOf('/**'));
}

describe('generated types of the project spec', () => {
  it('name each message’s source once, an extension as an extension and a CR as a CR', () => {
    for (const m of index.messages) {
      const doc = docOf(types(m.interface), names.type(m));
      expect(doc.split(m.source.cr).length - 1, `${m.id}: ${doc}`).toBe(1);
      const label = extensions.has(m.source.cr) ? `extension ${m.source.cr}` : `CR ${m.source.cr} §${m.source.section}`;
      expect(doc, m.id).toContain(label);
      if (extensions.has(m.source.cr)) expect(doc, m.id).not.toContain(`CR ${m.source.cr}`);
    }
  });

  it('name the success and error variants of a response and union them', () => {
    const responses = index.messages.filter((m) => m.kind === 'response' && schema(m.schema).oneOf?.length === 2);
    expect(responses.length).toBeGreaterThan(0);
    for (const m of responses) {
      const code = types(m.interface);
      const [success, failure] = [names.success(m), names.failure(m)];
      expect(code, m.id).toMatch(new RegExp(`export (?:type|interface) ${success}\\b`));
      expect(code, m.id).toMatch(new RegExp(`export (?:type|interface) ${failure}\\b`));
      expect(code, m.id).toContain(`export type ${names.type(m)} = ${success} | ${failure};`);
    }
  });

  it('write no filler where the CR gives no description', () => {
    for (const iface of index.interfaces) expect(types(iface.id)).not.toMatch(/The \w+ of the \w+ message\./);
  });
});
