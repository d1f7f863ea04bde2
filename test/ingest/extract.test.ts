import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMessages } from '../../ingest/extract.ts';
import type { Manifest } from '../../ingest/manifest.ts';
import { parseCr } from '../../ingest/parser.ts';
import { SPEC_DIR, clientAppRegistration, cr, elementTable, locate } from './fixtures.ts';

const manifest = JSON.parse(readFileSync(path.join(SPEC_DIR, 'manifest.json'), 'utf8')) as Manifest;
const FILE = '100_extract.txt';
const extract = (text: string) => extractMessages(parseCr(FILE, text), manifest);
const props = (
  m: { variants: { properties: { name: string; required: boolean; schema: Record<string, unknown> }[] }[] },
  i = 0,
) => Object.fromEntries(m.variants[i]!.properties.map((p) => [p.name, [p.required, p.schema]]));

describe('extractMessages from element tables (CR 001 style)', () => {
  const text = cr(
    'Tables.',
    '9.3.1 Client Application Registration',
    'The following table describes the elements of a Client Application Registration request sent to the AOI Client:',
    ...elementTable([
      ['messageType', 'String', '1', 'Element with value set to ‘clientAppRegistrationReq’, identifying this message'],
      ['applicationName', 'String', '1', 'The Application Name.'],
      ['scopes', 'String', '0..n', 'The notification types.'],
    ]),
    'ClientApplicationRegistration request',
    'The following table describes the elements of a Client Application Registration response sent from the AOI Client to the Client Application:',
    ...elementTable([
      ['messageType', 'String', '1', 'Element with value set to ‘clientAppRegistrationRes’'],
      ['code', 'Integer', '1', 'The outcome.'],
      ['aoiServerUrl', 'URL', '0..1', 'The URL.'],
    ]),
    'ClientApplicationRegistration success response',
    'The following table describes the elements of a Client Application Registration error response sent from the AOI Client to the Client Application:',
    ...elementTable([
      ['messageType', 'String', '1', 'Element with value set to ‘clientAppRegistrationRes’'],
      ['code', 'Integer', '1', 'The outcome.'],
    ]),
    'ClientApplicationRegistration error response',
  );
  const { messages } = extract(text);

  it('names each message by the messageType value its table gives, on the clientApp interface', () => {
    expect(messages.map((m) => [m.interface, m.name, m.envelope, m.kind, m.direction])).toEqual([
      ['clientApp', 'clientAppRegistrationReq', 'messageType', 'request', 'clientToServer'],
      ['clientApp', 'clientAppRegistrationRes', 'messageType', 'response', 'serverToClient'],
    ]);
    expect(messages[0]!.loc).toEqual({ file: FILE, line: locate(text, '\tElement').line, col: 2 });
  });

  it('reads cardinality 1 as mandatory, 0..1 as optional, 0..n as an array, and fixes messageType', () => {
    expect(props(messages[0]!)).toEqual({
      messageType: [true, { type: 'string', const: 'clientAppRegistrationReq' }],
      applicationName: [true, { type: 'string' }],
      scopes: [false, { type: 'array', items: { type: 'string' } }],
    });
    expect(props(messages[1]!)).toMatchObject({
      code: [true, { type: 'integer' }],
      aoiServerUrl: [false, { type: 'string', format: 'uri' }],
    });
  });

  it('makes the two response tables the success and error variants, titled by their captions', () => {
    expect(messages[1]!.variants.map((v) => [v.role, v.title])).toEqual([
      ['success', 'ClientApplicationRegistration success response'],
      ['error', 'ClientApplicationRegistration error response'],
    ]);
  });
});

describe('extractMessages from JSON-RPC parameter lists (CR 000 style)', () => {
  const { messages } = extract(cr('JSON-RPC.', ...clientAppRegistration()));

  it('makes a request with params and a response with result and error members', () => {
    expect(
      messages.map((m) => [
        m.interface,
        m.name,
        m.envelope,
        m.method,
        m.variants.map((v) => `${v.role}:${v.member}`).join(' '),
      ]),
    ).toEqual([
      ['aoi1', 'clientAppRegistrationReq', 'jsonrpc', 'clientAppRegistrationReq', 'request:params'],
      ['aoi1', 'clientAppRegistrationRes', 'jsonrpc', 'clientAppRegistrationReq', 'success:result error:error'],
    ]);
  });

  it('gives the error variant its own copy of the parameters', () => {
    const [success, error] = messages[1]!.variants;
    expect(error!.properties).toEqual(success!.properties);
    error!.properties[0]!.schema.minimum = 400;
    expect(success!.properties[0]!.schema).not.toHaveProperty('minimum');
  });
});

describe('extractMessages from JSON schema blocks', () => {
  it('names a DM package after its section title and takes the media type from the prose (CR 004 style)', () => {
    const text = cr(
      'DM.',
      '7.3 JSON Format for Package#2',
      'The MIME type for this format is "application/vnd.oma.dm.request+json". JSON schema for the Package#2 is as follows:',
      '{\n"$Schema": "http://json-schema.org/draft-04/schema#",\n"type": "object",\n"properties": {\n"Cmd": {\n"type": "array",\n"items": { "type": "array", "items": { "type": "string" } },\n"required": true\n},\n"Note": { "type": "string", "required": false }\n}\n}',
    );
    const { messages, findings } = extract(text);
    expect(messages.map((m) => [m.interface, m.name, m.envelope, m.kind, m.direction, m.mediaType])).toEqual([
      ['dm', 'dmPackage2', 'http', 'response', 'serverToClient', 'application/vnd.oma.dm.request+json'],
    ]);
    expect(props(messages[0]!)).toEqual({
      Cmd: [true, { type: 'array', items: { type: 'array', items: { type: 'string' } } }],
      Note: [false, { type: 'string' }],
    });
    expect(messages[0]!.variants[0]!.properties.map((p) => p.loc)).toEqual([
      { file: FILE, ...locate(text, '"Cmd"') },
      { file: FILE, ...locate(text, '"Note"') },
    ]);
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'schema-draft03-required',
      'schema-draft03-required',
      'schema-keyword-case',
    ]);
  });

  it('folds draft-03 booleans of nested properties into the nested required list', () => {
    const text = cr(
      'Nested.',
      '7.2 JSON Format for Package#1',
      'JSON schema for the Package#1 is as follows:',
      '{ "type": "object", "properties": { "MOS": { "type": "array", "items": { "type": "object", "properties": { "DDF": { "type": "string", "required": true }, "MOID": { "type": "string" } } } } } }',
    );
    const [message] = extract(text).messages;
    const items = message!.variants[0]!.properties[0]!.schema.items as Record<string, unknown>;
    expect(items.required).toEqual(['DDF']);
    expect(JSON.stringify(items)).not.toContain('__required');
  });

  it('attaches each example to the message defined before it, and success or error examples to the latest response', () => {
    const text = cr(
      'Examples.',
      '10.1.1 AOI Client Registration',
      'It issues an AOI Client Registration request, encoded according to the following JSON schema:',
      '{ "type": "object", "properties": { "messageType": { "type": "string", "enum": ["aoiClientRegistrationReq"] } } }',
      'Example:',
      '{ "messageType": "aoiClientRegistrationReq" }',
      'Upon successful registration the AOI Server returns an AOI Client Registration success response encoded according to the following JSON schema:',
      '{ "type": "object", "properties": { "messageType": { "type": "string", "enum": ["aoiClientRegistrationRes"] } } }',
      'Example of success response:',
      '{ "messageType": "aoiClientRegistrationRes" }',
    );
    const { messages } = extract(text);
    expect(messages.map((m) => [m.name, m.examples.map((e) => [e.role, e.loc.line])])).toEqual([
      ['aoiClientRegistrationReq', [['any', locate(text, '{ "messageType": "aoiClientRegistrationReq" }').line]]],
      ['aoiClientRegistrationRes', [['success', locate(text, '{ "messageType": "aoiClientRegistrationRes" }').line]]],
    ]);
  });

  it('reads no message from a section of no interface of the manifest, and reports one that defines a message as unmapped-section at its heading', () => {
    const text = cr(
      'Procedures.',
      '8.1.1 AOI Client Registration',
      '{ "type": "object", "properties": { "messageType": { "type": "string", "enum": ["x"] } } }',
    );
    expect(extract(text)).toEqual({
      messages: [],
      edits: [],
      findings: [
        {
          rule: 'unmapped-section',
          severity: 'error',
          message:
            'section 8.1.1 defines x but maps to no interface; add "8.1.1" to the "sections" of an interface in spec/manifest.json (or a new interface {"id": …, "sections": ["8.1.1"]})',
          loc: { file: FILE, ...locate(text, '8.1.1 AOI') },
          key: 'unmapped-section:100_extract:8.1.1',
        },
      ],
      uses: [],
    });
  });

  it('leaves a section of no interface that defines no message (a procedure with its figure) alone', () => {
    const text = cr(
      'Procedures.',
      '8.1.1 AOI Client Registration',
      'The AOI Client registers as shown in Figure 1.',
      ' Figure 1 - AOI Client Registration',
    );
    expect(extract(text)).toEqual({ messages: [], edits: [], findings: [], uses: [] });
  });
});
