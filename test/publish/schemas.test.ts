import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineRefs, readSharedSchemas, withoutAnnotations } from '../../publish/schemas.ts';

const shared = new Map([
  ['common/jsonrpc.schema.json', { definitions: { id: { title: 'JsonRpcId', type: ['string', 'number'] } } }],
]);

describe('inlineRefs', () => {
  it('replaces a $ref into a shared schema by its target, the members beside the $ref winning', () => {
    const schema = {
      properties: {
        id: { $ref: '../common/jsonrpc.schema.json#/definitions/id', title: 'id' },
        again: { $ref: '#/properties/id' },
      },
    };
    const before = structuredClone(schema);
    const inlined = inlineRefs(schema, 'aoi1/x.schema.json', shared);
    expect(inlined.properties).toEqual({
      id: { title: 'id', type: ['string', 'number'] },
      again: { title: 'id', type: ['string', 'number'] },
    });
    expect(schema).toEqual(before);
  });

  it('reports a $ref to nothing as PUBLISH_BAD_REF at the schema that holds it', () => {
    const schema = { properties: { id: { $ref: '../common/jsonrpc.schema.json#/definitions/nope' } } };
    expect(() => inlineRefs(schema, 'aoi1/x.schema.json', shared)).toThrow(
      expect.objectContaining({ code: 'PUBLISH_BAD_REF', location: { file: 'aoi1/x.schema.json' } }),
    );
  });

  it('reports a cycle of $refs instead of recursing forever', () => {
    const schema = { definitions: { a: { items: { $ref: '#/definitions/a' } } }, $ref: '#/definitions/a' };
    expect(() => inlineRefs(schema, 'x.schema.json', shared)).toThrow(
      expect.objectContaining({ code: 'PUBLISH_BAD_REF' }),
    );
  });
});

describe('readSharedSchemas', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'omaspec-shared-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a shared schema that cannot be read as PUBLISH_BAD_REF', async () => {
    const messages = new Map([['aoi1/x.schema.json', { $ref: '../common/missing.schema.json#/definitions/id' }]]);
    await expect(readSharedSchemas(dir, messages)).rejects.toMatchObject({ code: 'PUBLISH_BAD_REF' });
  });
});

describe('withoutAnnotations', () => {
  it("drops omaspec's keywords and the schema identifiers, at every depth", () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://omaspec.dev/schemas/x',
      'x-omaspec': {},
      properties: { a: { type: 'string', 'x-omaspec-source': { cr: 'c', section: '1', line: 2 } } },
    };
    expect(withoutAnnotations(schema)).toEqual({ properties: { a: { type: 'string' } } });
  });
});
