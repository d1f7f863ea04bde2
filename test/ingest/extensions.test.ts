import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSpec } from '../../ingest/build.ts';
import { ExtensionError, readExtension } from '../../ingest/extensions.ts';
import { cr, locate, removeSpecDirs, writeSpecDir } from './fixtures.ts';

afterAll(removeSpecDirs);

const EXTENSION = `id: pings
status: provisional
rationale: Keep-alive until a CR defines one.
interfaces:
  - id: ping
    title: Ping over HTTP
    transport: http
    client: Monitor
    server: AOI Server
    sections: []
messages:
  - interface: ping
    name: pingReq
    envelope: http
    kind: request
    direction: clientToServer
    mediaType: application/json
    title: Ping request
    variants:
      - role: request
        properties:
          nonce:
            schema: { type: string }
            required: true
            description: Echoed in the answer.
    examples:
      - role: request
        label: A ping
        document: { nonce: "n1" }
  - interface: aoi1
    name: aoiClientRegistrationReq
    envelope: messageType
    kind: request
    direction: clientToServer
    title: Provisional registration
    variants:
      - role: request
        properties:
          messageType:
            schema: { type: string, const: aoiClientRegistrationReq }
            required: true
            description: The message type.
`;

const REGISTRATION = cr(
  'Registration.',
  '10.1.1 AOI Client Registration',
  'It issues an AOI Client Registration request, encoded according to the following JSON schema:',
  '{ "type": "object", "properties": { "messageType": { "type": "string", "enum": ["aoiClientRegistrationReq"] }, "deviceNumber": { "type": "string" } }, "required": ["messageType"] }',
);

describe('extensions in the build', () => {
  it('add their messages as provisional, with their interface and their examples as golden cases', async () => {
    const { files } = await buildSpec(writeSpecDir({ crs: {}, extensions: { 'ext.yaml': EXTENSION } }));
    const schema = JSON.parse(files.get('schemas/ping/pingReq.schema.json')!);
    expect(schema['x-omaspec']).toMatchObject({
      interface: 'ping',
      envelope: 'http',
      provisional: true,
      mediaType: 'application/json',
      source: { cr: 'extensions/ext.yaml', line: locate(EXTENSION, 'interface: ping\n    name: pingReq').line },
    });
    expect(schema.properties.nonce).toMatchObject({
      type: 'string',
      description: 'Echoed in the answer.',
      'x-omaspec-source': { cr: 'extensions/ext.yaml', line: locate(EXTENSION, 'nonce:').line },
    });
    const index = JSON.parse(files.get('schemas/index.json')!);
    expect(index.interfaces.map((i: { id: string }) => i.id)).toContain('ping');
    expect(index.extensions).toEqual([
      { file: 'extensions/ext.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect([...files.keys()].filter((f) => f.startsWith('examples/ping/'))).toHaveLength(1);
  });

  it('lose to a CR that defines the same message', async () => {
    const build = await buildSpec(
      writeSpecDir({ crs: { '100_reg.txt': REGISTRATION }, extensions: { 'ext.yaml': EXTENSION } }),
    );
    const schema = JSON.parse(build.files.get('schemas/aoi1/aoiClientRegistrationReq.schema.json')!);
    expect(schema['x-omaspec'].source.cr).toBe('100_reg.txt');
    expect(schema['x-omaspec']).not.toHaveProperty('provisional');
    expect(Object.keys(schema.properties)).toEqual(['messageType', 'deviceNumber']);
    expect(build.findings.filter((f) => f.rule === 'extension-superseded').map((f) => f.key)).toEqual([
      'extension-superseded:ext.yaml:aoi1/aoiClientRegistrationReq',
    ]);
  });
});

describe('readExtension', () => {
  it('rejects a file that is not YAML with ExtensionError at a place in the file', async () => {
    const dir = writeSpecDir({ crs: {}, extensions: { 'bad.yaml': 'id: x\nmessages: [\n' } });
    const error = await readExtension(dir, 'extensions/bad.yaml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtensionError);
    expect((error as ExtensionError).code).toBe('INGEST_EXTENSION');
    expect((error as ExtensionError).loc.file).toBe('extensions/bad.yaml');
  });

  it('rejects a file without a messages list', async () => {
    const dir = writeSpecDir({ crs: {}, extensions: { 'empty.yaml': 'id: x\nstatus: provisional\n' } });
    await expect(readExtension(dir, 'extensions/empty.yaml')).rejects.toThrow(/needs a "messages" list/);
  });
});

describe('the DM Package#3 extension', () => {
  const PACKAGE3_CR = cr(
    'Package#3.',
    '7.3 Package#3',
    'The MIME type for this format is "application/vnd.oma.dm.response+json". JSON schema for the Package#3 is as follows:',
    '{ "title": "OMA DM Package#3 JSON Schema", "type": "object", "properties": { "Status": { "type": "array", "items": { "type": "object", "properties": { "sc": { "type": "integer" } } } } }, "required": ["Status"] }',
  );
  const readReal = () => readFileSync(path.join('spec', 'extensions', 'dm-package3.yaml'), 'utf8');

  it('is answered with Package#2, as the manifest role says', async () => {
    const cr004 = readFileSync(path.join('spec', 'crs', '004_a402fc140745ff35.txt'), 'utf8');
    const { files } = await buildSpec(
      writeSpecDir({ crs: { '004.txt': cr004 }, extensions: { 'dm-package3.yaml': readReal() } }),
    );
    const schema = JSON.parse(files.get('schemas/dm/dmPackage3.schema.json')!);
    expect(schema['x-omaspec']).toMatchObject({
      kind: 'request',
      direction: 'clientToServer',
      response: 'dmPackage2',
      provisional: true,
      mediaType: 'application/vnd.oma.dm.response+json',
    });
  });

  it('is reported superseded once a CR defines Package#3', async () => {
    const build = await buildSpec(
      writeSpecDir({ crs: { '100_pkg3.txt': PACKAGE3_CR }, extensions: { 'dm-package3.yaml': readReal() } }),
    );
    const schema = JSON.parse(build.files.get('schemas/dm/dmPackage3.schema.json')!);
    expect(schema['x-omaspec'].source.cr).toBe('100_pkg3.txt');
    expect(build.findings.filter((f) => f.rule === 'extension-superseded').map((f) => f.key)).toEqual([
      'extension-superseded:dm-package3.yaml:dm/dmPackage3',
    ]);
  });
});
