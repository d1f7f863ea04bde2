/**
 * Spec directories for tests: a manifest with the interfaces of the real spec/manifest.json, CRs
 * written in the seed CRs' style, and optional decisions and extensions, in a temp dir.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSpec } from '../../ingest/build.ts';
import type { Manifest } from '../../ingest/manifest.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SPEC_DIR = path.join(REPO_ROOT, 'spec');
/** spec/ as the five seed CRs made it (test/fixtures/seed-spec/README.md): what tests about the seed read. */
export const SEED_DIR = path.join(REPO_ROOT, 'test/fixtures/seed-spec');

const realManifest = JSON.parse(readFileSync(path.join(SEED_DIR, 'manifest.json'), 'utf8')) as Manifest;

export interface SpecFixture {
  /** CR file name → text, in manifest order. */
  crs: Record<string, string>;
  decisions?: string;
  /** Extension file name (under extensions/) → YAML text. */
  extensions?: Record<string, string>;
  /** The first N CRs are published: spec/schemas holds what `spec build` writes for them alone. */
  published?: number;
}

const created: string[] = [];

export function writeSpecDir(fixture: SpecFixture): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'omaspec-spec-'));
  created.push(dir);
  mkdirSync(path.join(dir, 'crs'));
  for (const [name, text] of Object.entries(fixture.crs)) writeFileSync(path.join(dir, 'crs', name), text);
  const manifest: Manifest = {
    crs: Object.keys(fixture.crs).map((name) => `crs/${name}`),
    interfaces: realManifest.interfaces,
  };
  if (fixture.extensions) {
    mkdirSync(path.join(dir, 'extensions'));
    for (const [name, text] of Object.entries(fixture.extensions))
      writeFileSync(path.join(dir, 'extensions', name), text);
    manifest.extensions = Object.keys(fixture.extensions).map((name) => `extensions/${name}`);
  }
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (fixture.decisions !== undefined) writeFileSync(path.join(dir, 'decisions.yaml'), fixture.decisions);
  return dir;
}

/** writeSpecDir, then spec/schemas written by a build of the first `fixture.published` CRs (if set). */
export async function writePublishedSpecDir(fixture: SpecFixture): Promise<string> {
  const dir = writeSpecDir(fixture);
  if (!fixture.published) return dir;
  const manifestPath = path.join(dir, 'manifest.json');
  const full = readFileSync(manifestPath, 'utf8');
  const manifest = JSON.parse(full) as Manifest;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, crs: manifest.crs.slice(0, fixture.published) }));
  const build = await buildSpec(dir);
  for (const [rel, text] of build.files) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  writeFileSync(manifestPath, full);
  return dir;
}

/** For afterAll: removes every directory writeSpecDir made. */
export function removeSpecDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A CR as Word exports it: the cover (1 … 6) and then the change proposal, one paragraph a line. */
export function cr(reason: string, ...proposal: string[]): string {
  return [
    ' 1 Reason for Change',
    '',
    reason,
    '2 Impact on Backward Compatibility',
    '',
    'none',
    '3 Impact on Other Specifications',
    '',
    'none',
    '4 Intellectual Property Rights',
    '',
    'Members and their Affiliates (collectively, "Members") agree to use their reasonable endeavours to inform timely the Open Mobile Alliance of Essential IPR.',
    '',
    '5 Recommendation',
    '',
    'Review and apply the proposed changes to the AOI ER.',
    '6 Detailed Change Proposal',
    '',
    ...proposal,
    '',
  ].join('\n');
}

/** An element table as CR 001 writes it: tab-indented cells, a header row, one cell a line. */
export function elementTable(
  rows: [element: string, type: string, cardinality: string, description: string][],
): string[] {
  return [['Element', 'Type', 'Cardinality', 'Description'], ...rows].flatMap((row) => [
    ...row.map((cell) => `\t${cell}`),
    '',
  ]);
}

/** 1-based line and column of the `occurrence`-th appearance of `needle` in `text`. */
export function locate(text: string, needle: string, occurrence = 1): { line: number; col: number } {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`fixture has no occurrence ${occurrence} of ${JSON.stringify(needle)}`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

export interface JsonRpcSection {
  section: string;
  title: string;
  method: string;
  request: string[];
  response: string[];
  requestExample?: string;
  responseExample?: string;
}

/** A section in the style of CR 000 (10.1.5): a JSON-RPC request and its result-or-error response as parameter bullets. */
export function jsonRpcSection(s: JsonRpcSection): string[] {
  return [
    s.section,
    s.title,
    `Whenever an AOI Client wants to perform the ${s.title} it firstly checks if there is an open websocket with the AOI Server. Then it issues an ${s.title} request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with: `,
    `· “method” member set to “${s.method}”`,
    '· “id” member including an unique identifier for each request',
    '·  “params” member including the following parameter:',
    '',
    ...s.request,
    ...(s.requestExample ? ['Example:', '', s.requestExample, ''] : []),
    `Then the AOI Server returns an ${s.title} response encoded as a JSON-RPC 2.0 [JSON-RPC] response object, with:`,
    '· “id” member matching the identifier included in the request object',
    '· “result” or “error” member, in case of success or error response respectively, including the following parameters:',
    '',
    ...s.response,
    ...(s.responseExample ? ['Example of success response:', '', s.responseExample, ''] : []),
  ];
}

export const REGISTRATION_REQUEST_PARAMS = ['·  “clientID” : mandatory, string', '· “tokenSeed” : optional, string'];
export const REGISTRATION_RESPONSE_PARAMS = [
  '· “code”: mandatory, integer',
  '· “message”: mandatory, string',
  '· “clientAppToken”: optional, string',
];

/** CR 000's 10.1.5 Client Application Registration, with the given parameter lists. */
export function clientAppRegistration(
  request = REGISTRATION_REQUEST_PARAMS,
  response = REGISTRATION_RESPONSE_PARAMS,
  examples: Pick<JsonRpcSection, 'requestExample' | 'responseExample'> = {},
): string[] {
  return jsonRpcSection({
    section: '10.1.5',
    title: 'Client Application Registration',
    method: 'clientAppRegistrationReq',
    request,
    response,
    ...examples,
  });
}

/**
 * A copy of the seed spec (manifest, CRs, decisions, extensions) with `extraCrs` appended to the manifest; `from`
 * SPEC_DIR copies the live spec instead, for tests that combine it with the published spec/schemas.
 */
export function copySpecDir(extraCrs: Record<string, string> = {}, from = SEED_DIR): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'omaspec-spec-'));
  created.push(dir);
  for (const entry of ['crs', 'extensions', 'decisions.yaml'])
    cpSync(path.join(from, entry), path.join(dir, entry), { recursive: true });
  const base = JSON.parse(readFileSync(path.join(from, 'manifest.json'), 'utf8')) as Manifest;
  const manifest = { ...base, crs: [...base.crs, ...Object.keys(extraCrs).map((name) => `crs/${name}`)] };
  for (const [name, text] of Object.entries(extraCrs)) writeFileSync(path.join(dir, 'crs', name), text);
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

/**
 * One CR with one open error: an AOI Client Registration request whose example gives deviceNumber as a number
 * where the schema says string (example-type-mismatch), and its response. `messageTypeKey` is how the example
 * writes its first key (e.g. with typographic quotes, for a warning too).
 */
export function mistypedRegistration(messageTypeKey = '"messageType"'): string {
  return cr(
    'This CR introduces the AOI Client Registration.',
    '10.1.1 AOI Client Registration',
    'Whenever an AOI Client wants to perform the AOI Client Registration it issues an AOI Client Registration request, encoded according to the following JSON schema: ',
    '{ "type": "object", "properties": { "messageType": { "type": "string", "enum": ["aoiClientRegistrationReq"] }, "deviceNumber": { "type": "string" } }, "required": ["messageType", "deviceNumber"] }',
    'Example:',
    `{ ${messageTypeKey}: "aoiClientRegistrationReq", "deviceNumber": 5465 }`,
    'The AOI Server returns an AOI Client Registration response, encoded according to the following JSON schema:',
    '{ "type": "object", "properties": { "messageType": { "type": "string", "enum": ["aoiClientRegistrationRes"] }, "code": { "type": "integer" } }, "required": ["messageType", "code"] }',
  );
}
