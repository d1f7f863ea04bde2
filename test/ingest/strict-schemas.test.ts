import { describe, expect, it } from 'vitest';
import type { MessageDef } from '../../ingest/definitions.ts';
import { schemaPath } from '../../ingest/emit.ts';
import { strictSchemaFindings } from '../../ingest/strict-schemas.ts';

const loc = { file: '100_strict.txt', line: 19, col: 1 };
const message = { interface: 'aoi1', name: 'channelReq', section: '10.1.20', loc } as unknown as MessageDef;
const filesWith = (schema: object) =>
  new Map([
    [
      schemaPath(message),
      JSON.stringify({ $id: 'https://omaspec.dev/schemas/aoi1/channelReq.schema.json', ...schema }),
    ],
  ]);

describe('strictSchemaFindings', () => {
  it('reports a schema ajv strict mode refuses at the message line, naming the keyword and where it stands', () => {
    const files = filesWith({
      type: 'object',
      properties: { channels: { type: 'array', items: { type: 'object', items: { type: 'object' } } } },
    });
    const findings = strictSchemaFindings([message], files);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'schema-not-strict', severity: 'error', loc });
    expect(findings[0]!.message).toMatch(/aoi1\/channelReq.*"items".*#\/properties\/channels\/items/);
  });

  it('accepts a schema that refers to the common JSON-RPC definitions', () => {
    const files = filesWith({
      type: 'object',
      properties: { id: { $ref: '../common/jsonrpc.schema.json#/definitions/id' }, n: { type: 'integer', minimum: 1 } },
    });
    expect(strictSchemaFindings([message], files)).toEqual([]);
  });
});
