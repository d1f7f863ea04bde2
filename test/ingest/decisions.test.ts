import { afterAll, describe, expect, it } from 'vitest';
import { buildSpec } from '../../ingest/build.ts';
import { applyDecisions, DecisionError, readDecisions, type Decision } from '../../ingest/decisions.ts';
import { lint } from '../../ingest/lint/lint.ts';
import { clientAppRegistration, cr, locate, removeSpecDirs, writeSpecDir } from './fixtures.ts';
import path from 'node:path';

afterAll(removeSpecDirs);

const CR_FILE = '100_decisions.txt';
const REQUEST_EXAMPLE =
  '{\n"jsonrpc": "2.0",\n"method": "clientAppRegistrationReq",\n"id": "116",\n"params": { "clientID": "aoi123456789", "seed": "s1" }\n}';
const TEXT = cr(
  'This CR is proposed to add the Client Application Registration into section 10.',
  ...clientAppRegistration(
    ['·  “clientID” : mandatory, string', '· “tokenSeed” : optional, string'],
    [
      '· “code”: mandatory, string',
      '· “message”: mandatory, string',
      '· “clientAppToken”: optional, string',
      '· “aoiServerUrl”: optional, URL',
    ],
    { requestExample: REQUEST_EXAMPLE },
  ),
);
const EXAMPLE_LINE = locate(TEXT, '{\n"jsonrpc"').line;
const UNLISTED_KEY = `example-unlisted-parameter:100_decisions:10.1.5@${EXAMPLE_LINE}:seed`;

/** A decisions.yaml with one decision per entry: [id, resolves, actions as YAML flow mappings]. */
function decisionsYaml(...decisions: [id: string, resolves: string[], actions: string[]][]): string {
  return `decisions:\n${decisions
    .map(([id, resolves, actions]) =>
      [
        `  - id: ${id}`,
        `    title: Decision ${id}`,
        '    rationale: Because the test says so.',
        `    resolves: [${resolves.join(', ')}]`,
        ...(actions.length ? ['    actions:', ...actions.map((a) => `      - ${a}`)] : []),
      ].join('\n'),
    )
    .join('\n')}\n`;
}

async function build(decisions: string) {
  return buildSpec(writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions }));
}

function schemaOf(files: Map<string, string>, name: string): any {
  const text = files.get(`schemas/aoi1/${name}.schema.json`);
  if (!text) throw new Error(`no schema for ${name}`);
  return JSON.parse(text);
}

const params = (files: Map<string, string>) => schemaOf(files, 'clientAppRegistrationReq').properties.params;
const variant = (files: Map<string, string>, member: 'result' | 'error') =>
  schemaOf(files, 'clientAppRegistrationRes').oneOf.find((v: any) => v.properties[member]).properties[member];

describe('decisions in lint', () => {
  it('marks the findings a decision names as resolved, with the decision id', async () => {
    const report = await lint(
      writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions: decisionsYaml(['D1-seed', [UNLISTED_KEY], []]) }),
    );
    const finding = report.findings.find((f) => f.key === UNLISTED_KEY);
    expect(finding).toMatchObject({ status: 'resolved', decision: 'D1-seed', rule: 'example-unlisted-parameter' });
    expect(report.findings.filter((f) => f.status === 'resolved')).toHaveLength(1);
    expect(report.stale).toEqual([]);
  });

  it('leaves the finding open without a decision', async () => {
    const report = await lint(writeSpecDir({ crs: { [CR_FILE]: TEXT } }));
    expect(report.findings.find((f) => f.key === UNLISTED_KEY)).toMatchObject({ status: 'open' });
    expect(report.findings.find((f) => f.key === UNLISTED_KEY)).not.toHaveProperty('decision');
  });

  it('reports a decision as stale for each key that matches no finding', async () => {
    const report = await lint(
      writeSpecDir({
        crs: { [CR_FILE]: TEXT },
        decisions: decisionsYaml(['D1-seed', [UNLISTED_KEY, 'typo:100_decisions:L1:Gone'], []]),
      }),
    );
    // The decision is the first entry of the list: line 2, after "decisions:".
    expect(report.stale).toEqual([
      { decision: 'D1-seed', keys: ['typo:100_decisions:L1:Gone'], loc: { line: 2, col: 5 } },
    ]);
    expect(report.findings.find((f) => f.key === UNLISTED_KEY)?.status).toBe('resolved');
  });
});

describe('decision actions in the build', () => {
  it('builds the schema as the CR states it without decisions', async () => {
    const { files } = await build('decisions: []\n');
    expect(variant(files, 'result').properties.code.type).toBe('string');
    expect(params(files).required).toEqual(['clientID']);
  });

  it('patch merges keywords into a property schema of every variant', async () => {
    const { files } = await build(
      decisionsYaml([
        'D1',
        [],
        ['patch: { message: aoi1/clientAppRegistrationRes, property: code, schema: { type: integer } }'],
      ]),
    );
    expect(variant(files, 'result').properties.code.type).toBe('integer');
    expect(variant(files, 'error').properties.code.type).toBe('integer');
  });

  it('patch on one variant leaves the others, and a null deletes a keyword', async () => {
    const { files } = await build(
      decisionsYaml([
        'D1',
        [],
        [
          'patch: { message: aoi1/clientAppRegistrationRes, variant: success, property: code, schema: { const: "200" } }',
          'patch: { message: aoi1/clientAppRegistrationRes, property: aoiServerUrl, schema: { format: null } }',
        ],
      ]),
    );
    expect(variant(files, 'result').properties.code.const).toBe('200');
    expect(variant(files, 'error').properties.code).not.toHaveProperty('const');
    expect(variant(files, 'result').properties.aoiServerUrl).not.toHaveProperty('format');
    expect(variant(files, 'result').properties.aoiServerUrl.type).toBe('string');
  });

  it('require makes a property mandatory', async () => {
    const { files } = await build(
      decisionsYaml([
        'D1',
        [],
        ['require: { message: aoi1/clientAppRegistrationReq, property: tokenSeed, required: true }'],
      ]),
    );
    expect(params(files).required).toEqual(['clientID', 'tokenSeed']);
  });

  it('remove drops a property from the chosen variant only', async () => {
    const { files } = await build(
      decisionsYaml([
        'D1',
        [],
        ['remove: { message: aoi1/clientAppRegistrationRes, variant: error, property: clientAppToken }'],
      ]),
    );
    // `data` is JSON-RPC's own optional member of every error object, added by the emitter.
    expect(Object.keys(variant(files, 'error').properties)).toEqual(['code', 'message', 'aoiServerUrl', 'data']);
    expect(Object.keys(variant(files, 'result').properties)).toContain('clientAppToken');
  });

  it('rename gives a property a new name, keeping its schema', async () => {
    const { files } = await build(
      decisionsYaml(['D1', [], ['rename: { message: aoi1/clientAppRegistrationReq, property: tokenSeed, to: seed }']]),
    );
    expect(Object.keys(params(files).properties)).toEqual(['clientID', 'seed']);
    expect(params(files).properties.seed.type).toBe('string');
  });

  it('an example verdict is written into the golden case with the deciding id', async () => {
    const goldenPath = `examples/aoi1/clientAppRegistrationReq/100_decisions-L${EXAMPLE_LINE}.json`;
    const without = await build('decisions: []\n');
    expect(JSON.parse(without.files.get(goldenPath)!)).toMatchObject({ verdict: 'valid' });
    expect(JSON.parse(without.files.get(goldenPath)!)).not.toHaveProperty('decision');
    const { files } = await build(
      decisionsYaml([
        'D2-example',
        [UNLISTED_KEY],
        [`example: { message: aoi1/clientAppRegistrationReq, line: ${EXAMPLE_LINE}, verdict: invalid }`],
      ]),
    );
    expect(JSON.parse(files.get(goldenPath)!)).toMatchObject({
      message: 'clientAppRegistrationReq',
      verdict: 'invalid',
      decision: 'D2-example',
      source: { cr: CR_FILE, section: '10.1.5', line: EXAMPLE_LINE },
    });
  });

  it('provisional marks the message provisional in its schema and in the index', async () => {
    const { files } = await build(
      decisionsYaml(['D1', [], ['provisional: { message: aoi1/clientAppRegistrationRes }']]),
    );
    expect(schemaOf(files, 'clientAppRegistrationRes')['x-omaspec'].provisional).toBe(true);
    expect(schemaOf(files, 'clientAppRegistrationReq')['x-omaspec']).not.toHaveProperty('provisional');
    const index = JSON.parse(files.get('schemas/index.json')!);
    expect(index.messages.find((m: any) => m.name === 'clientAppRegistrationRes').provisional).toBe(true);
  });
});

describe('example verdicts when two CRs have an example of one message on the same line', () => {
  // Two CRs of the same shape: each has a request example of clientAppRegistrationReq on the same line.
  const amending = (reason: string, request: string[]) =>
    cr(
      reason,
      'Change 1:  Add parameter to the Client Application Registration request',
      ...clientAppRegistration(request, [], {
        requestExample:
          '{ "jsonrpc": "2.0", "method": "clientAppRegistrationReq", "id": "1", "params": { "clientID": "a" } }',
      }),
    );
  const crs = {
    '100_a.txt': amending('First.', ['·  “clientID” : mandatory, string', '· “tokenSeed” : optional, string']),
    '101_b.txt': amending('Second.', ['· “appVersion” : optional, string', '· “appName” : optional, string']),
  };
  const line = locate(crs['100_a.txt'], '{ "jsonrpc"').line;
  const golden = (files: Map<string, string>, cr: string) =>
    JSON.parse(files.get(`examples/aoi1/clientAppRegistrationReq/${cr}-L${line}.json`)!);

  it('has the two examples on the same line', () => {
    expect(locate(crs['101_b.txt'], '{ "jsonrpc"').line).toBe(line);
  });

  it('applies a verdict naming the CR to that CR example only', async () => {
    const { files } = await buildSpec(
      writeSpecDir({
        crs,
        decisions: decisionsYaml([
          'D1',
          [],
          [`example: { message: aoi1/clientAppRegistrationReq, cr: 101_b.txt, line: ${line}, verdict: invalid }`],
        ]),
      }),
    );
    expect(golden(files, '101_b')).toMatchObject({ verdict: 'invalid', decision: 'D1' });
    expect(golden(files, '100_a')).toMatchObject({ verdict: 'valid' });
  });

  it('refuses a verdict that does not say which of the two examples it means', async () => {
    const error = await buildSpec(
      writeSpecDir({
        crs,
        decisions: decisionsYaml([
          'D1',
          [],
          [`example: { message: aoi1/clientAppRegistrationReq, line: ${line}, verdict: invalid }`],
        ]),
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionError);
    expect((error as Error).message).toMatch(/examples at line \d+ in 100_a\.txt and 101_b\.txt; name the cr/);
  });
});

describe('decisions that name what does not exist', () => {
  const failing: [what: string, action: string, message: RegExp][] = [
    [
      'a missing message',
      'patch: { message: aoi1/noSuchMessage, property: code, schema: { type: integer } }',
      /decision D9: no message aoi1\/noSuchMessage/,
    ],
    [
      'a missing property',
      'require: { message: aoi1/clientAppRegistrationReq, property: noSuchProperty, required: true }',
      /has no property noSuchProperty/,
    ],
    [
      'a missing variant',
      'remove: { message: aoi1/clientAppRegistrationReq, variant: error, property: clientID }',
      /has no error variant/,
    ],
    [
      'a missing example line',
      'example: { message: aoi1/clientAppRegistrationReq, line: 1, verdict: invalid }',
      /has no example at line 1/,
    ],
    [
      'a message made provisional that does not exist',
      'provisional: { message: dm/noSuchPackage }',
      /no message dm\/noSuchPackage/,
    ],
    ['an unknown action', 'frobnicate: { message: aoi1/clientAppRegistrationReq }', /unknown action frobnicate/],
    [
      'a patch that is not valid JSON Schema',
      'patch: { message: aoi1/clientAppRegistrationReq, property: clientID, schema: { type: strng } }',
      /patch of aoi1\/clientAppRegistrationReq clientID: "type" is not valid JSON Schema/,
    ],
  ];
  it.each(failing)(
    'fails the build with DecisionError at the action in decisions.yaml for %s',
    async (_what, action, message) => {
      const yaml = decisionsYaml(
        ['D0', [], []],
        ['D9', [], ['require: { message: aoi1/clientAppRegistrationReq, property: clientID, required: true }', action]],
      );
      const error = await build(yaml).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecisionError);
      expect((error as DecisionError).code).toBe('INGEST_DECISION');
      expect((error as DecisionError).decision).toBe('D9');
      expect((error as Error).message).toMatch(message);
      const lines = yaml.split('\n');
      const line = lines.findIndex((l) => l.endsWith(`- ${action}`)) + 1;
      expect((error as DecisionError).location).toEqual({
        file: expect.stringMatching(/decisions\.yaml$/),
        line,
        col: lines[line - 1]!.indexOf(action) + 1,
      });
    },
  );

  it('names the file, line and column of a decisions.yaml that is not YAML', async () => {
    const dir = writeSpecDir({ crs: {}, decisions: 'decisions:\n  - id: D1\n    title: [unclosed\n' });
    const error = await readDecisions(path.join(dir, 'decisions.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionError);
    expect(error).toMatchObject({
      code: 'INGEST_DECISIONS_SYNTAX',
      location: { file: path.join(dir, 'decisions.yaml'), line: expect.any(Number), col: expect.any(Number) },
    });
    expect((error as DecisionError).location!.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects a decision without id, title or resolves when reading the file', async () => {
    const dir = writeSpecDir({ crs: { [CR_FILE]: TEXT }, decisions: 'decisions:\n  - id: D1\n    resolves: []\n' });
    await expect(readDecisions(path.join(dir, 'decisions.yaml'))).rejects.toThrow(
      /decision D1: needs id, title and resolves/,
    );
  });

  const malformed: [what: string, yaml: string, message: RegExp][] = [
    ['decisions that are not a list', 'decisions: D1\n', /^"decisions" must be a list/],
    ['an empty decision', 'decisions:\n  -\n', /decision \?: needs id, title and resolves/],
    [
      'actions that are not a list of actions',
      'decisions:\n  - { id: D1, title: t, resolves: [], actions: [~] }\n',
      /decision D1: "actions" must be a list of actions/,
    ],
  ];
  it.each(malformed)('rejects %s with DecisionError at line 1 or 2', async (_what, yaml, message) => {
    const dir = writeSpecDir({ crs: {}, decisions: yaml });
    const error = await readDecisions(path.join(dir, 'decisions.yaml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecisionError);
    expect((error as Error).message).toMatch(message);
    expect((error as DecisionError).location).toMatchObject({ file: path.join(dir, 'decisions.yaml') });
    expect([1, 2]).toContain((error as DecisionError).location?.line);
  });

  it('reads a missing decisions file as no decisions', async () => {
    expect(await readDecisions(path.join(writeSpecDir({ crs: {} }), 'decisions.yaml'))).toMatchObject({
      decisions: [],
      text: '',
    });
  });
});

describe('applyDecisions', () => {
  it('returns new definitions and leaves its input as it was', async () => {
    const { chained } = await build('decisions: []\n');
    const before = structuredClone(chained);
    const decisions: Decision[] = [
      {
        id: 'D1',
        title: 'all actions',
        resolves: [],
        rationale: 'mutation check',
        actions: [
          { patch: { message: 'aoi1/clientAppRegistrationRes', property: 'code', schema: { type: 'integer' } } },
          { require: { message: 'aoi1/clientAppRegistrationReq', property: 'tokenSeed', required: true } },
          { remove: { message: 'aoi1/clientAppRegistrationRes', variant: 'error', property: 'clientAppToken' } },
          { rename: { message: 'aoi1/clientAppRegistrationReq', property: 'clientID', to: 'id' } },
          { provisional: { message: 'aoi1/clientAppRegistrationRes' } },
        ],
      },
    ];
    const applied = applyDecisions(chained, decisions);
    expect(chained).toEqual(before);
    const request = applied.messages.find((m) => m.name === 'clientAppRegistrationReq')!;
    expect(request.variants[0]!.properties.map((p) => [p.name, p.required])).toEqual([
      ['id', true],
      ['tokenSeed', true],
    ]);
    expect(applied.provisional).toEqual(new Set(['aoi1/clientAppRegistrationRes']));
  });
});
