import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSpec } from '../../ingest/build.ts';
import { lint } from '../../ingest/lint/lint.ts';
import { runCli, spawnCli } from '../cli/run.ts';
import {
  REGISTRATION_REQUEST_PARAMS,
  REGISTRATION_RESPONSE_PARAMS,
  clientAppRegistration,
  copySpecDir,
  cr,
  jsonRpcSection,
  locate,
  removeSpecDirs,
  writeSpecDir,
} from './fixtures.ts';

afterAll(removeSpecDirs);

const schema = (files: Map<string, string>, rel: string): any => {
  const text = files.get(`schemas/${rel}.schema.json`);
  if (!text)
    throw new Error(
      `no schemas/${rel}.schema.json among ${[...files.keys()].filter((f) => f.startsWith('schemas/')).join(', ')}`,
    );
  return JSON.parse(text);
};
const paramsOf = (files: Map<string, string>) => schema(files, 'aoi1/clientAppRegistrationReq').properties.params;

/** CR 006: fills the sections CR 002 left empty, in CR 000's JSON-RPC style, with examples. */
const CHANNEL_CR = '006_channels.txt';
const CHANNEL_TEXT = cr(
  'This CR fills the Notification Channel Activation and Deactivation of section 10.1.',
  'Change 1:  Add Following Section',
  ...jsonRpcSection({
    section: '10.1.3',
    title: 'Notification Channel Activation',
    method: 'notificationChannelActivationReq',
    request: [
      '·  “clientID” : mandatory, string',
      '· “channels” : mandatory, array. The notification channels the AOI Client supports',
    ],
    response: [
      '· “code”: mandatory, integer',
      '· “message”: mandatory, string',
      '· “selectedChannels”: optional, array',
    ],
    requestExample:
      '{\n"jsonrpc": "2.0",\n"method": "notificationChannelActivationReq",\n"id": "201",\n"params": { "clientID": "aoi123456789", "channels": ["websocket", "sms"] }\n}',
    responseExample:
      '{ "jsonrpc": "2.0", "id": "201", "result": { "code": 200, "message": "OK", "selectedChannels": ["websocket"] } }',
  }),
  'Change 2:  Add Following Section',
  ...jsonRpcSection({
    section: '10.1.4',
    title: 'Notification Channel Deactivation',
    method: 'notificationChannelDeactivationReq',
    request: ['·  “clientID” : mandatory, string'],
    response: ['· “code”: mandatory, integer', '· “message”: mandatory, string'],
  }),
);

describe('a new CR filling the empty sections of the seed CRs', () => {
  // Built once: the seed CRs plus CR 006, as the tests below read it.
  let channels: Promise<Awaited<ReturnType<typeof buildSpec>>> | undefined;
  const withChannels = () => (channels ??= buildSpec(copySpecDir({ [CHANNEL_CR]: CHANNEL_TEXT })));

  it('yields JSON-RPC request and response schemas for 10.1.3 and 10.1.4, with sources in the new CR', async () => {
    const { files } = await withChannels();
    const request = schema(files, 'aoi1/notificationChannelActivationReq');
    expect(request['x-omaspec']).toMatchObject({
      interface: 'aoi1',
      envelope: 'jsonrpc',
      kind: 'request',
      method: 'notificationChannelActivationReq',
      response: 'notificationChannelActivationRes',
      source: { cr: CHANNEL_CR, section: '10.1.3' },
    });
    expect(request.properties.method.const).toBe('notificationChannelActivationReq');
    expect(request.properties.params.required).toEqual(['clientID', 'channels']);
    expect(request.properties.params.properties.channels).toMatchObject({
      type: 'array',
      description: 'The notification channels the AOI Client supports',
      'x-omaspec-source': { cr: CHANNEL_CR, section: '10.1.3', line: locate(CHANNEL_TEXT, '“channels”').line },
    });
    const response = schema(files, 'aoi1/notificationChannelActivationRes');
    expect(response['x-omaspec']).toMatchObject({ kind: 'response', responseTo: 'notificationChannelActivationReq' });
    expect(response.oneOf.map((v: any) => Object.keys(v.properties))).toEqual([
      ['jsonrpc', 'id', 'result'],
      ['jsonrpc', 'id', 'error'],
    ]);
    expect(Object.keys(response.oneOf[0].properties.result.properties)).toEqual([
      'code',
      'message',
      'selectedChannels',
    ]);
    expect(schema(files, 'aoi1/notificationChannelDeactivationReq').properties.params.required).toEqual(['clientID']);
    expect(schema(files, 'aoi1/notificationChannelDeactivationRes')['x-omaspec'].source.section).toBe('10.1.4');
    const index = JSON.parse(files.get('schemas/index.json')!);
    expect(index.crs.at(-1).file).toBe(CHANNEL_CR);
    expect(index.messages.map((m: any) => m.id)).toEqual(
      expect.arrayContaining([
        'notificationChannelActivationReq',
        'notificationChannelActivationRes',
        'notificationChannelDeactivationReq',
        'notificationChannelDeactivationRes',
      ]),
    );
  });

  it('writes the new CR examples as golden cases, valid as the CR states them', async () => {
    const { files } = await withChannels();
    const golden = [...files.keys()].filter((f) => f.startsWith('examples/aoi1/notificationChannelActivation'));
    expect(golden).toEqual([
      `examples/aoi1/notificationChannelActivationReq/006_channels-L${locate(CHANNEL_TEXT, '{\n"jsonrpc"').line}.json`,
      `examples/aoi1/notificationChannelActivationRes/006_channels-L${locate(CHANNEL_TEXT, '{ "jsonrpc": "2.0", "id": "201"').line}.json`,
    ]);
    for (const f of golden) expect(JSON.parse(files.get(f)!).verdict).toBe('valid');
  });

  it('makes lint stop reporting 10.1.3 and 10.1.4 as empty, and adds no open error', async () => {
    const before = await lint(copySpecDir());
    const after = await lint(copySpecDir({ [CHANNEL_CR]: CHANNEL_TEXT }));
    const empty = (r: typeof before) => r.findings.filter((f) => f.rule === 'empty-section').map((f) => f.key);
    expect(empty(before)).toEqual(
      expect.arrayContaining([
        'empty-section:002_c738242bc884de22:10.1.3',
        'empty-section:002_c738242bc884de22:10.1.4',
      ]),
    );
    expect(empty(after)).not.toContain('empty-section:002_c738242bc884de22:10.1.3');
    expect(empty(after)).not.toContain('empty-section:002_c738242bc884de22:10.1.4');
    expect(after.findings.filter((f) => f.status === 'open' && f.severity === 'error')).toEqual([]);
    expect(after.stale).toEqual([]);
  });

  it('also takes a CR 002-style messageType schema for 10.1.3', async () => {
    const text = cr(
      'This CR defines the Notification Channel Activation request.',
      '10.1.3 Notification Channel Activation',
      'Whenever an AOI Client wants to activate a notification channel it issues a Notification Channel Activation request, encoded according to the following JSON schema:',
      '{\n“title”: “Notification Channel Activation request”,\n“type”: “object”,\n“properties”: {\n“messageType”: {\n“type”: “string”,\n“enum”:[“notificationChannelActivationReq”]\n},\n“clientID”: {\n“type”: “string”\n},\n“channels”: {\n“type”: “array”,\n“items”: { “type”: “string” }\n}\n},\n“required”: [“messageType”, “clientID”]\n}',
    );
    const { files } = await buildSpec(copySpecDir({ '006_channel_schema.txt': text }));
    const request = schema(files, 'aoi1/notificationChannelActivationReq');
    expect(request['x-omaspec']).toMatchObject({
      envelope: 'messageType',
      messageType: 'notificationChannelActivationReq',
      kind: 'request',
      source: { cr: '006_channel_schema.txt', section: '10.1.3' },
    });
    expect(request.properties.messageType).toMatchObject({ type: 'string', const: 'notificationChannelActivationReq' });
    expect(request.properties.channels).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(request.required).toEqual(['messageType', 'clientID']);
    expect(request.additionalProperties).toBe(false);
  });
});

describe('CRs that change a section an earlier CR defined', () => {
  const BASE = {
    '100_base.txt': cr(
      'This CR is proposed to add the Client Application Registration into section 10.',
      ...clientAppRegistration(),
    ),
  };
  const later = (title: string, ...body: string[]) => ({
    ...BASE,
    '101_change.txt': cr('This CR changes the Client Application Registration.', `Change 1:  ${title}`, ...body),
  });

  it('starts from the base CR parameters', async () => {
    const { files } = await buildSpec(writeSpecDir({ crs: BASE }));
    expect(Object.keys(paramsOf(files).properties)).toEqual(['clientID', 'tokenSeed']);
  });

  it('replaces a parameter list a later CR restates', async () => {
    const { files } = await buildSpec(
      writeSpecDir({
        crs: later(
          'Change Following Section',
          ...clientAppRegistration(['·  “clientID” : mandatory, string', '· “appInstance” : optional, string']),
        ),
      }),
    );
    const params = paramsOf(files);
    expect(Object.keys(params.properties)).toEqual(['clientID', 'appInstance']);
    expect(params.properties.clientID['x-omaspec-source'].cr).toBe('101_change.txt');
  });

  it('adds a row a restated table brings to the variants it restates best, and replaces the rows it restates', async () => {
    const table = (...rows: [string, string, string, string][]) =>
      ['\tElement', '\tType', '\tCardinality', '\tDescription', ''].concat(
        rows.flatMap(([name, type, card, description]) => [
          `\t${name}`,
          `\t${type}`,
          `\t${card}`,
          `\t${description}`,
          '',
        ]),
      );
    const { files } = await buildSpec(
      writeSpecDir({
        crs: later(
          'Change Following Section',
          '10.1.5 Client Application Registration',
          'The following table restates the elements.',
          ...table(
            ['clientID', 'String', '1', 'The AOI Client, at most 64 characters.'],
            ['code', 'Integer', '1', 'The outcome.'],
            ['message', 'String', '1', 'The outcome in words.'],
            ['expiresIn', 'Integer', '0..1', 'Seconds the token stays valid.'],
          ),
        ),
      }),
    );
    // The request shares one row (clientID) with the table, the response variants two (code, message).
    expect(paramsOf(files).properties.clientID.maxLength).toBe(64);
    expect(Object.keys(paramsOf(files).properties)).not.toContain('expiresIn');
    for (const variant of schema(files, 'aoi1/clientAppRegistrationRes').oneOf) {
      const members = (variant.properties.result ?? variant.properties.error).properties;
      expect(Object.keys(members)).toContain('expiresIn');
    }
  });

  it('merges the parameters of a CR whose change title says it adds one', async () => {
    const { files } = await buildSpec(
      writeSpecDir({
        crs: later(
          'Add parameter to the Client Application Registration request',
          ...clientAppRegistration(['· “appVersion” : optional, string'], []),
        ),
      }),
    );
    const params = paramsOf(files);
    expect(Object.keys(params.properties)).toEqual(['clientID', 'tokenSeed', 'appVersion']);
    expect(params.properties.clientID['x-omaspec-source'].cr).toBe('100_base.txt');
    expect(params.properties.appVersion['x-omaspec-source'].cr).toBe('101_change.txt');
    expect(Object.keys(schema(files, 'aoi1/clientAppRegistrationRes').oneOf[0].properties.result.properties)).toEqual([
      'code',
      'message',
      'clientAppToken',
    ]);
  });

  it('renames a parameter when the prose says "“a” is renamed to “b”", located at that prose, naming the old name', async () => {
    const text = later(
      'Rename parameter of the Client Application Registration request',
      '10.1.5 Client Application Registration',
      '“tokenSeed” is renamed to “seed”.',
    );
    const { files } = await buildSpec(writeSpecDir({ crs: text }));
    const params = paramsOf(files);
    expect(Object.keys(params.properties)).toEqual(['clientID', 'seed']);
    expect(params.properties.seed['x-omaspec-source']).toEqual({
      cr: '101_change.txt',
      section: '10.1.5',
      line: locate(text['101_change.txt'], '“tokenSeed” is renamed').line,
      renamedFrom: ['tokenSeed'],
    });
  });

  it('removes a parameter the prose says is removed, under a change title that says it removes a parameter', async () => {
    const { files } = await buildSpec(
      writeSpecDir({
        crs: later(
          'Remove parameter of the Client Application Registration request',
          '10.1.5 Client Application Registration',
          'The “tokenSeed” parameter is removed.',
        ),
      }),
    );
    expect(Object.keys(paramsOf(files).properties)).toEqual(['clientID']);
  });

  it('removes a parameter the prose says is removed, under a "Change Following Section" title', async () => {
    const { files, findings } = await buildSpec(
      writeSpecDir({
        crs: later(
          'Change Following Section',
          '10.1.5 Client Application Registration',
          'The “tokenSeed” parameter is removed.',
        ),
      }),
    );
    expect(Object.keys(paramsOf(files).properties)).toEqual(['clientID']);
    expect(paramsOf(files).required).toEqual(['clientID']);
    expect(findings.filter((f) => f.rule === 'unapplied-change')).toEqual([]);
  });

  it('makes a mandatory parameter optional when a CR restates it with the new cardinality', async () => {
    const { files } = await buildSpec(
      writeSpecDir({
        crs: later(
          'Change cardinality of parameters',
          ...clientAppRegistration(['·  “clientID” : optional, string'], []),
        ),
      }),
    );
    const params = paramsOf(files);
    expect(Object.keys(params.properties)).toEqual(['clientID', 'tokenSeed']);
    expect(params).not.toHaveProperty('required');
  });

  it('makes a mandatory parameter optional when the prose says it becomes optional, and an optional one mandatory', async () => {
    const text = later(
      'Change Following Section',
      '10.1.5 Client Application Registration',
      'The “clientID” parameter becomes optional.',
      'The “tokenSeed” parameter becomes mandatory.',
    );
    const build = await buildSpec(writeSpecDir({ crs: text }));
    expect(paramsOf(build.files).required).toEqual(['tokenSeed']);
    expect(build.findings.filter((f) => f.rule === 'unapplied-change')).toEqual([]);
  });

  it('applies "“x” becomes conditional" as optional, as the parameter grammar reads conditional', async () => {
    const text = later(
      'Change Following Section',
      '10.1.5 Client Application Registration',
      'The “clientID” parameter becomes conditional.',
    );
    const build = await buildSpec(writeSpecDir({ crs: text }));
    const params = paramsOf(build.files);
    expect(Object.keys(params.properties)).toEqual(['clientID', 'tokenSeed']);
    expect(params).not.toHaveProperty('required');
    expect(build.findings.filter((f) => f.rule === 'unapplied-change')).toEqual([]);
  });

  it('leaves an optional parameter optional when the prose says it becomes conditional', async () => {
    const text = later(
      'Change Following Section',
      '10.1.5 Client Application Registration',
      'The “tokenSeed” parameter becomes conditional.',
    );
    const build = await buildSpec(writeSpecDir({ crs: text }));
    expect(paramsOf(build.files).required).toEqual(['clientID']);
    expect(build.findings.filter((f) => f.rule === 'unapplied-change')).toEqual([]);
  });

  it('reports a change sentence it cannot read at the prose, and applies nothing for it', async () => {
    const sentence = 'The “tokenSeed” parameter is replaced by a hash.';
    const text = later('Change Following Section', '10.1.5 Client Application Registration', sentence);
    const build = await buildSpec(writeSpecDir({ crs: text }));
    expect(Object.keys(paramsOf(build.files).properties)).toEqual(['clientID', 'tokenSeed']);
    expect(paramsOf(build.files).required).toEqual(['clientID']);
    expect(build.findings.filter((f) => f.rule === 'unapplied-change').map((f) => [f.key, f.loc, f.message])).toEqual([
      [
        `unapplied-change:101_change:10.1.5:${sentence}`,
        { file: '101_change.txt', ...locate(text['101_change.txt'], sentence) },
        `change to "${sentence}" in §10.1.5 is not applied: the reader cannot read "${sentence}" as a rename, addition, removal, presence, type or value change; express it as a decision`,
      ],
    ]);
  });

  it('reports a rename or a cardinality change naming no parameter of the section instead of dropping it', async () => {
    const text = later(
      'Change Following Section',
      '10.1.5 Client Application Registration',
      '“seedToken” is renamed to “seed”.',
      'The “appID” parameter becomes optional.',
    );
    const build = await buildSpec(writeSpecDir({ crs: text }));
    expect(
      build.findings
        .filter((f) => f.rule === 'unapplied-change')
        .map((f) => f.key)
        .sort(),
    ).toEqual(['unapplied-change:101_change:10.1.5:appID', 'unapplied-change:101_change:10.1.5:seedToken']);
    expect(Object.keys(paramsOf(build.files).properties)).toEqual(['clientID', 'tokenSeed']);
  });

  it('reports change prose naming a parameter of a section that defines no message, at the sentence', async () => {
    const sentence = 'The “channels” parameter becomes conditional.';
    const text = later('Change Following Section', '10.1.3 Notification Channel Activation', sentence);
    const build = await buildSpec(writeSpecDir({ crs: text }));
    expect(
      build.findings.filter((f) => f.rule === 'unapplied-change').map((f) => [f.key, f.loc, f.severity, f.message]),
    ).toEqual([
      [
        'unapplied-change:101_change:10.1.3:channels',
        { file: '101_change.txt', ...locate(text['101_change.txt'], sentence) },
        'error',
        `change to "channels" in §10.1.3 is not applied: no message in §10.1.3 to apply "${sentence}" to; express it as a decision`,
      ],
    ]);
  });
});

describe('omaspec spec add', () => {
  it('copies the CR into crs/ and appends it to the manifest; the next build includes it; a second add is refused', async () => {
    const specDir = writeSpecDir({
      crs: {
        '100_base.txt': cr(
          'Base.',
          ...clientAppRegistration(REGISTRATION_REQUEST_PARAMS, REGISTRATION_RESPONSE_PARAMS),
        ),
      },
    });
    const source = path.join(writeSpecDir({ crs: { [CHANNEL_CR]: CHANNEL_TEXT } }), 'crs', CHANNEL_CR);
    const added = await spawnCli(['spec', 'add', source, '--spec', specDir, '--json']);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(added.stdout)).toEqual({ added: `crs/${CHANNEL_CR}`, position: 2 });
    expect(readFileSync(path.join(specDir, 'crs', CHANNEL_CR), 'utf8')).toBe(CHANNEL_TEXT);
    expect(JSON.parse(readFileSync(path.join(specDir, 'manifest.json'), 'utf8')).crs).toEqual([
      'crs/100_base.txt',
      `crs/${CHANNEL_CR}`,
    ]);
    const { files } = await buildSpec(specDir);
    expect(files.has('schemas/aoi1/notificationChannelActivationReq.schema.json')).toBe(true);

    const again = await runCli('spec', 'add', source, '--spec', specDir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already in manifest\.json/);
    expect(JSON.parse(readFileSync(path.join(specDir, 'manifest.json'), 'utf8')).crs).toHaveLength(2);
  });

  it('exits 2 naming the CR file when it does not exist', async () => {
    const specDir = writeSpecDir({ crs: {} });
    const missing = path.join(specDir, 'no-such-cr.txt');
    const run = await runCli('spec', 'add', missing, '--spec', specDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(`${missing}: error IO_NOT_FOUND: `);
    expect(JSON.parse(readFileSync(path.join(specDir, 'manifest.json'), 'utf8')).crs).toEqual([]);
  });
});

describe('examples of a message a later CR edits', () => {
  const base = cr(
    'Registration.',
    'Change 1:  Add Following Section',
    ...clientAppRegistration(['·  “clientID” : mandatory, string', '· “tokenSeed” : optional, string'], [], {
      requestExample:
        '{ "jsonrpc": "2.0", "method": "clientAppRegistrationReq", "id": "1", "params": { "clientID": "a", "tokenSeed": "s" } }',
    }),
  );
  const rename = cr(
    'Rename.',
    'Change 1:  Change Following Section',
    '10.1.5 Client Application Registration',
    'In the Client Application Registration request the “tokenSeed” parameter is renamed “seed”.',
  );
  const crs = { '100_base.txt': base, '101_rename.txt': rename };
  const exampleLine = locate(base, '{ "jsonrpc"').line;

  it('that the new definition rejects are superseded: no contradiction reported against it, no golden written for them', async () => {
    const dir = writeSpecDir({ crs });
    const { files } = await buildSpec(dir);
    expect(paramsOf(files).properties).toHaveProperty('seed');
    expect([...files.keys()].filter((f) => f.startsWith('examples/aoi1/clientAppRegistrationReq/'))).toEqual([]);
    const report = await lint(dir);
    expect(report.findings.filter((f) => f.rule.startsWith('example-')).map((f) => f.key)).toEqual([]);
  });

  it('keep those the amended definition still accepts as golden cases', async () => {
    const addition = cr(
      'Addition.',
      'Change 1:  Change Following Section',
      '10.1.5 Client Application Registration',
      'A new optional parameter “lang” is added to the request “params” member: string.',
    );
    const { files } = await buildSpec(writeSpecDir({ crs: { '100_base.txt': base, '101_addition.txt': addition } }));
    expect(paramsOf(files).properties).toHaveProperty('lang');
    const goldens = [...files.keys()].filter((f) => f.startsWith('examples/aoi1/clientAppRegistrationReq/'));
    expect(goldens).toEqual([`examples/aoi1/clientAppRegistrationReq/100_base-L${exampleLine}.json`]);
    expect(JSON.parse(files.get(goldens[0]!)!).verdict).toBe('valid');
  });

  it('make a decision about them stale, not a build error', async () => {
    const decisions = `decisions:\n  - id: D1\n    title: t\n    rationale: r\n    resolves: []\n    actions:\n      - example: { message: aoi1/clientAppRegistrationReq, line: ${exampleLine}, verdict: invalid }\n`;
    const report = await lint(writeSpecDir({ crs, decisions }));
    expect(report.stale).toEqual([
      {
        decision: 'D1',
        loc: { line: 2, col: 5 },
        keys: [
          '(action on aoi1/clientAppRegistrationReq example at line ' +
            exampleLine +
            ', which the spec no longer has: a later CR deleted or changed it)',
        ],
      },
    ]);
  });
});

describe('a decision on a property a later CR took away', () => {
  const base = cr(
    'This CR is proposed to add the Client Application Registration into section 10.',
    ...clientAppRegistration(['· “clientID” : mandatory, string', '· “tokenSeed” : optional, string']),
  );
  const rename = cr(
    'Rename.',
    'Change 1:  Change Following Section',
    '10.1.5 Client Application Registration',
    'In the Client Application Registration request the “tokenSeed” parameter is renamed “seed”.',
  );
  const decisions = `decisions:\n  - id: D1\n    title: t\n    rationale: r\n    resolves: []\n    actions:\n      - require: { message: aoi1/clientAppRegistrationReq, variant: request, property: tokenSeed, required: true }\n`;

  it('is reported stale at the decision, not a build error, once the property is renamed', async () => {
    const dir = writeSpecDir({ crs: { '100_base.txt': base, '101_rename.txt': rename }, decisions });
    await expect(buildSpec(dir)).resolves.toBeDefined();
    const report = await lint(dir);
    expect(report.stale).toEqual([
      {
        decision: 'D1',
        loc: { line: 2, col: 5 },
        keys: [
          '(action on aoi1/clientAppRegistrationReq tokenSeed, which the spec no longer has: a later CR deleted or changed it)',
        ],
      },
    ]);
  });

  it('still fails the build when no CR ever stated the property', async () => {
    const dir = writeSpecDir({ crs: { '100_base.txt': base }, decisions: decisions.replace('tokenSeed', 'tokenSead') });
    await expect(buildSpec(dir)).rejects.toThrow(/has no property tokenSead/);
  });
});
