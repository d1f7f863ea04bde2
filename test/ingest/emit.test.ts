import { createAjv } from '../../core/ajv.ts';
import { describe, expect, it } from 'vitest';
import type { MessageDef, PropertyDef } from '../../ingest/definitions.ts';
import { commonJsonRpc, messageIds, variantSchema } from '../../ingest/emit.ts';

const loc = (line: number) => ({ file: '100_emit.txt', line, col: 1 });
const property = (name: string, required: boolean, type: string, line: number): PropertyDef => ({
  name,
  schema: { type },
  required,
  description: '',
  loc: loc(line),
  section: '10.1.5',
});

function message(properties: PropertyDef[], envelope: MessageDef['envelope'] = 'messageType'): MessageDef {
  return {
    interface: 'aoi1',
    name: 'clientAppRegistrationReq',
    envelope,
    kind: 'request',
    direction: 'clientToServer',
    method: 'clientAppRegistrationReq',
    section: '10.1.5',
    sectionTitle: 'Client Application Registration',
    loc: loc(1),
    variants: [
      { role: 'request', title: 'Client Application Registration request', description: '', properties, loc: loc(2) },
    ],
    examples: [],
  };
}

describe('variantSchema', () => {
  it('keeps the later definition of a parameter listed twice, with a required list free of duplicates', () => {
    const m = message([
      property('clientID', true, 'string', 3),
      property('tokenSeed', false, 'string', 4),
      property('clientID', true, 'integer', 5),
    ]);
    const schema = variantSchema(m, m.variants[0]!) as {
      properties: Record<string, { type: string }>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(['clientID', 'tokenSeed']);
    expect(schema.properties.clientID!.type).toBe('integer');
    expect(schema.required).toEqual(['clientID']);
    expect(() => createAjv('documents').compile(schema)).not.toThrow();
  });

  it('wraps a JSON-RPC request in the envelope, referring to the common definitions', () => {
    const m = message([property('clientID', true, 'string', 3)], 'jsonrpc');
    const schema = variantSchema(m, m.variants[0]!) as any;
    expect(schema.required).toEqual(['jsonrpc', 'method', 'id', 'params']);
    expect(schema.properties.method.const).toBe('clientAppRegistrationReq');
    expect(schema.properties.id.$ref).toBe('../common/jsonrpc.schema.json#/definitions/id');
    const ajv = createAjv('documents', { schemas: [commonJsonRpc()] });
    const validate = ajv.compile({ ...schema, $id: 'https://omaspec.dev/schemas/aoi1/x.schema.json' });
    expect(validate({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', id: 7, params: { clientID: 'a' } })).toBe(
      true,
    );
    expect(validate({ jsonrpc: '2.0', method: 'clientAppRegistrationReq', id: null, params: { clientID: 'a' } })).toBe(
      false,
    );
  });
});

describe('messageIds', () => {
  it('qualifies a name by its interface only where two interfaces share it', () => {
    expect(
      messageIds([
        { interface: 'aoi1', name: 'clientAppRegistrationReq' },
        { interface: 'clientApp', name: 'clientAppRegistrationReq' },
        { interface: 'dm', name: 'dmPackage1' },
      ]),
    ).toEqual(
      new Map([
        ['aoi1/clientAppRegistrationReq', 'aoi1.clientAppRegistrationReq'],
        ['clientApp/clientAppRegistrationReq', 'clientApp.clientAppRegistrationReq'],
        ['dm/dmPackage1', 'dmPackage1'],
      ]),
    );
  });
});
