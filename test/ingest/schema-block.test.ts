import { afterAll, describe, expect, it } from 'vitest';
import { readJson } from '../../ingest/json-reader.ts';
import { lint } from '../../ingest/lint/lint.ts';
import type { Finding } from '../../ingest/model.ts';
import { readSchemaBlock } from '../../ingest/schema-block.ts';
import { cr, locate, removeSpecDirs, writeSpecDir } from './fixtures.ts';

afterAll(removeSpecDirs);

const FILE = '100_block.txt';
function read(text: string) {
  const json = readJson(text.split('\n'), 1, FILE);
  if (!json.node) throw new Error(`fixture is no JSON: ${json.error?.message}`);
  const block = readSchemaBlock(json.node, '7.2', FILE);
  const findings: Finding[] = block.findings;
  const schemaOf = (name: string) => block.properties.find((p) => p.name === name)?.schema;
  return { block, findings, schemaOf };
}

describe('readSchemaBlock local references', () => {
  const text = [
    '{ "type": "object",',
    '"definitions": { "mo": { "type": "object", "properties": { "DDF": { "type": "string", "required": true } } }, "id": { "type": "string", "minLength": 1 } },',
    '"properties": {',
    '"MOS": { "type": "array", "items": { "$ref": "#/definitions/mo" } },',
    '"MOID": { "description": "The MO id.", "$ref": "#/definitions/id", "minLength": 3 },',
    '"Other": { "$ref": "#/definitions/none" }',
    '} }',
  ].join('\n');

  it('inlines a "#/definitions/…" reference, the referring schema keywords winning', () => {
    const { schemaOf } = read(text);
    expect(schemaOf('MOS')).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: { DDF: { type: 'string', 'x-omaspec-source': { cr: FILE, section: '7.2', line: 2 } } },
        required: ['DDF'],
      },
    });
    expect(schemaOf('MOID')).toEqual({ type: 'string', minLength: 3 });
  });

  it('reports a local reference to nothing, and puts a schema there that accepts no value', () => {
    const { findings, schemaOf, block } = read(text);
    expect(findings.filter((f) => f.rule === 'schema-unresolved-ref').map((f) => [f.message, f.loc])).toEqual([
      [
        '"$ref": "#/definitions/none" does not resolve to any schema',
        { file: FILE, ...locate(text, '"#/definitions/none"') },
      ],
    ]);
    expect(schemaOf('Other')).toEqual({
      not: {},
      'x-omaspec-unresolved': `#/definitions/none (${FILE}:${locate(text, '"#/definitions/none"').line})`,
    });
    expect(block.unresolved).toEqual(['Other']);
  });

  it('reports a recursive reference instead of inlining forever', () => {
    const { findings, schemaOf } = read(
      '{ "definitions": { "node": { "type": "object", "properties": { "child": { "$ref": "#/definitions/node" } } } }, "properties": { "tree": { "$ref": "#/definitions/node" } } }',
    );
    expect(findings.map((f) => f.message)).toEqual([
      '"$ref": "#/definitions/node" refers to a schema that contains it, which cannot be inlined',
    ]);
    expect(schemaOf('tree')).toMatchObject({ type: 'object', properties: { child: {} } });
  });
});

describe('readSchemaBlock invalid keywords', () => {
  const cases: [what: string, property: string, keyword: string][] = [
    ['an unknown type', '"p": { "type": "strng" }', 'type'],
    ['a string where an integer belongs', '"p": { "type": "string", "minLength": "2" }', 'minLength'],
    ['a malformed pattern', '"p": { "type": "string", "pattern": "[" }', 'pattern'],
    ['an enum that is no list', '"p": { "type": "string", "enum": "a" }', 'enum'],
    ['a draft-04 id inside a property', '"p": { "id": "http://example.com/p", "type": "string" }', 'id'],
    [
      'a $schema inside a property',
      '"p": { "$schema": "http://json-schema.org/draft-04/schema#", "type": "string" }',
      '$schema',
    ],
  ];
  it.each(cases)('reports %s at the keyword and leaves the keyword out', (_what, property, keyword) => {
    const text = `{ "properties": { ${property} } }`;
    const { findings, schemaOf } = read(text);
    expect(findings.map((f) => [f.rule, f.loc])).toEqual([
      ['schema-invalid-keyword', { file: FILE, ...locate(text, `"${keyword}"`) }],
    ]);
    expect(schemaOf('p')).not.toHaveProperty(keyword);
  });

  it('reads a property whose schema is not an object as unconstrained, reporting it at the property', () => {
    const text =
      '{ "properties": { "MOS": "array", "Alert": { "type": "object", "properties": { "Items": ["x"] } } } }';
    const { findings, schemaOf } = read(text);
    expect(findings.map((f) => [f.rule, f.loc])).toEqual([
      ['schema-invalid-keyword', { file: FILE, ...locate(text, '"MOS"') }],
      ['schema-invalid-keyword', { file: FILE, ...locate(text, '"Items"') }],
    ]);
    expect(schemaOf('MOS')).toEqual({});
    expect(schemaOf('Alert')).toEqual({
      type: 'object',
      properties: { Items: { 'x-omaspec-source': { cr: FILE, section: '7.2', line: 1 } } },
    });
  });

  it('reads a property named "properties" as a property, checking its keywords like any other', () => {
    const text = '{ "properties": { "properties": { "type": "object", "properties": { "a": { "type": "strng" } } } } }';
    const { findings, schemaOf } = read(text);
    expect(findings.map((f) => [f.rule, f.loc])).toEqual([
      ['schema-invalid-keyword', { file: FILE, ...locate(text, '"type": "strng"') }],
    ]);
    expect(schemaOf('properties')).toEqual({
      type: 'object',
      properties: { a: { 'x-omaspec-source': { cr: FILE, section: '7.2', line: 1 } } },
    });
  });

  it('keeps the valid keywords of the same schema', () => {
    expect(
      read('{ "properties": { "p": { "type": "string", "minLength": "2", "maxLength": 8 } } }').schemaOf('p'),
    ).toEqual({ type: 'string', maxLength: 8 });
  });
});

describe('lint and build on schema blocks the generated validators could not compile', () => {
  it('report the defects instead of throwing', async () => {
    const text = cr(
      'Broken schemas.',
      '7.2 JSON Format for Package#1',
      'JSON schema for the Package#1 is as follows:',
      '{ "type": "object", "definitions": { "mo": { "type": "object" } }, "properties": { "MOS": { "type": "array", "items": { "$ref": "#/definitions/mo" } }, "Kind": { "type": "strng", "pattern": "[" } } }',
      'This is an illustrative example of Package#1.',
      '{ "MOS": [ {} ], "Kind": "x" }',
    );
    const report = await lint(writeSpecDir({ crs: { [FILE]: text } }));
    expect(report.findings.filter((f) => f.rule === 'schema-invalid-keyword').map((f) => f.loc)).toEqual([
      { file: FILE, ...locate(text, '"type": "strng"') },
      { file: FILE, ...locate(text, '"pattern"') },
    ]);
  });
});
