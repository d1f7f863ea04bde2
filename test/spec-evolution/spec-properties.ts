/**
 * Properties that hold for the project spec whatever CRs the manifest lists: read from the files of a
 * project directory (spec/manifest.json, spec/schemas/, spec/examples/, generated/), never from a list
 * pinned in a test. Each check returns the violations it finds as readable lines, so that a test
 * asserts `toEqual([])` and a failure names the message and the file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { files, names } from '../../generator/names.ts';

export interface IndexMessage {
  interface: string;
  name: string;
  id: string;
  kind: 'request' | 'response' | 'notification';
  direction: 'clientToServer' | 'serverToClient';
  envelope: string;
  response?: string;
  responseTo?: string;
  schema: string;
  source?: { cr?: string; section?: string; line?: number };
  [key: string]: unknown;
}

export interface ProjectSpec {
  root: string;
  manifest: {
    crs: string[];
    interfaces: { id: string; sections: string[]; roles?: Record<string, { response?: string }> }[];
    extensions?: string[];
  };
  index: { crs: { file: string }[]; interfaces: { id: string }[]; messages: IndexMessage[] };
}

export function readProjectSpec(root: string): ProjectSpec {
  const json = (rel: string) => JSON.parse(readFileSync(path.join(root, rel), 'utf8'));
  return { root, manifest: json('spec/manifest.json'), index: json('spec/schemas/index.json') };
}

/** True when the manifest role of `m` names its response explicitly (a response shared with another request). */
function sharesResponse(spec: ProjectSpec, m: IndexMessage, responseName: string): boolean {
  const roles = spec.manifest.interfaces.find((i) => i.id === m.interface)?.roles;
  return roles?.[m.name]?.response === responseName;
}

/** The file of the generated code of one interface, or '' when absent. */
function generatedText(root: string, rel: string): string {
  const file = path.join(root, 'generated', rel);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The member names of `export interface <name><…> { … }` in a generated file (one member per `  name(` line). */
export function interfaceMembers(text: string, name: string): string[] | undefined {
  const start = text.search(new RegExp(`^export interface ${name}\\b`, 'm'));
  if (start < 0) return undefined;
  const end = text.indexOf('\n}', start);
  const body = text.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/^ {2}(?:'([^']+)'|([A-Za-z_$][\w$]*))\??\s*\(/gm)].map((m) => m[1] ?? m[2]!).sort();
}

/** The index lists every CR of the manifest, in manifest order, and every interface of the manifest. */
export function manifestViolations(spec: ProjectSpec): string[] {
  const out: string[] = [];
  const manifestCrs = spec.manifest.crs.map((rel) => path.basename(rel));
  const indexCrs = spec.index.crs.map((c) => c.file);
  if (JSON.stringify(indexCrs) !== JSON.stringify(manifestCrs))
    out.push(`index.json lists CRs ${indexCrs.join(', ')}; the manifest ${manifestCrs.join(', ')}`);
  for (const rel of spec.manifest.crs)
    if (!existsSync(path.join(spec.root, 'spec', rel))) out.push(`manifest CR ${rel} is not in spec/`);
  const indexInterfaces = new Set(spec.index.interfaces.map((i) => i.id));
  for (const i of spec.manifest.interfaces)
    if (!indexInterfaces.has(i.id)) out.push(`interface ${i.id} of the manifest is not in index.json`);
  return out;
}

/** Every message of the index: its schema file (with the same meta), its pair, its generated type and validator. */
export function messageViolations(spec: ProjectSpec, messages: IndexMessage[] = spec.index.messages): string[] {
  const out: string[] = [];
  const byId = new Map(spec.index.messages.map((m) => [m.id, m]));
  const interfaces = new Set(spec.index.interfaces.map((i) => i.id));
  if (byId.size !== spec.index.messages.length) out.push('index.json lists a message id twice');
  for (const m of messages) {
    const at = `${m.id} (${m.interface})`;
    if (!interfaces.has(m.interface)) out.push(`${at}: interface ${m.interface} is not in index.json`);
    const schemaFile = path.join(spec.root, 'spec/schemas', m.schema);
    if (!existsSync(schemaFile)) out.push(`${at}: no schema file spec/schemas/${m.schema}`);
    else {
      const { schema: _schema, ...meta } = m;
      const inFile = JSON.parse(readFileSync(schemaFile, 'utf8'))['x-omaspec'];
      if (!isDeepStrictEqual(inFile, meta))
        out.push(`${at}: x-omaspec of spec/schemas/${m.schema} differs from its index entry`);
    }
    if (m.response !== undefined) {
      const response = byId.get(m.response);
      if (!response) out.push(`${at}: its response ${m.response} is not in index.json`);
      // A response answers one request by responseTo; another request may share it only by a manifest role (DM Package#2).
      else if (
        response.kind !== 'response' ||
        (response.responseTo !== m.id && !sharesResponse(spec, m, response.name))
      )
        out.push(`${at}: its response ${m.response} does not answer it (responseTo ${response.responseTo})`);
    }
    if (m.responseTo !== undefined) {
      const request = byId.get(m.responseTo);
      if (!request) out.push(`${at}: answers ${m.responseTo}, which is not in index.json`);
      else if (request.kind !== 'request' || request.interface !== m.interface)
        out.push(`${at}: answers ${m.responseTo}, which is not a request of ${m.interface}`);
    }
    const types = generatedText(spec.root, files.types(m.interface));
    if (!new RegExp(`^export (?:type|interface) ${names.type(m.id)}\\b`, 'm').test(types))
      out.push(`${at}: no exported type ${names.type(m.id)} in generated/${files.types(m.interface)}`);
    const validators = generatedText(spec.root, files.validators(m.interface));
    if (!new RegExp(`^export function ${names.validate(m.id)}\\(`, 'm').test(validators))
      out.push(`${at}: no ${names.validate(m.id)} in generated/${files.validators(m.interface)}`);
    const registry = generatedText(spec.root, files.registry);
    if (!new RegExp(`\\bvalidate: ${names.validate(m.id)}\\b`).test(registry))
      out.push(`${at}: not in generated/${files.registry}`);
  }
  return out;
}

/** Every schema file under spec/schemas (but common/) is one message of the index; every example names one. */
export function orphanViolations(spec: ProjectSpec): string[] {
  const out: string[] = [];
  const listed = new Set(spec.index.messages.map((m) => m.schema));
  const schemasDir = path.join(spec.root, 'spec/schemas');
  for (const rel of readdirSync(schemasDir, { recursive: true, encoding: 'utf8' }).map((f) =>
    f.split(path.sep).join('/'),
  )) {
    if (!rel.endsWith('.schema.json') || rel.startsWith('common/')) continue;
    if (!listed.has(rel)) out.push(`spec/schemas/${rel} is not listed in index.json`);
  }
  const examplesDir = path.join(spec.root, 'spec/examples');
  const folders = new Set(spec.index.messages.map((m) => `${m.interface}/${m.name}`));
  const ids = new Set(spec.index.messages.map((m) => m.id));
  const examples = existsSync(examplesDir)
    ? readdirSync(examplesDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'))
    : [];
  for (const rel of examples.filter((f) => f.endsWith('.json'))) {
    const folder = rel.split('/').slice(0, 2).join('/');
    if (!folders.has(folder)) out.push(`spec/examples/${rel} is in no message's folder`);
    const { message } = JSON.parse(readFileSync(path.join(examplesDir, rel), 'utf8')) as { message: string };
    if (!ids.has(message)) out.push(`spec/examples/${rel} names ${message}, which is not in index.json`);
  }
  return out;
}

/**
 * The generated handler interfaces of each interface hold exactly one method per request it receives:
 * the requests sent client → server in `<Iface>Handlers`, those sent server → client in `<Iface>ClientHandlers`.
 */
export function handlerViolations(spec: ProjectSpec): string[] {
  const out: string[] = [];
  for (const { id: iface } of spec.index.interfaces) {
    const requests = spec.index.messages.filter((m) => m.interface === iface && m.kind === 'request');
    if (requests.length === 0) continue;
    const text = generatedText(spec.root, files.handlers(iface));
    for (const [role, direction] of [
      ['server', 'clientToServer'],
      ['client', 'serverToClient'],
    ] as const) {
      const expected = requests
        .filter((m) => m.direction === direction)
        .map((m) => names.handlerMethod(m.name))
        .sort();
      const members = interfaceMembers(text, names.handlers(iface, role));
      if (expected.length === 0 && members === undefined) continue;
      if (members === undefined)
        out.push(`generated/${files.handlers(iface)} has no ${names.handlers(iface, role)} for ${expected.join(', ')}`);
      else if (JSON.stringify(members) !== JSON.stringify(expected))
        out.push(
          `${names.handlers(iface, role)} has ${members.join(', ') || 'no method'}; index.json has requests ${expected.join(', ') || 'none'}`,
        );
    }
  }
  return out;
}

export function allViolations(spec: ProjectSpec): string[] {
  return [
    ...manifestViolations(spec),
    ...messageViolations(spec),
    ...orphanViolations(spec),
    ...handlerViolations(spec),
  ];
}

/** The section numbers a CR's change proposal names (a line that starts with one, e.g. "10.1.12" or "10.1.6 Title"). */
export function sectionsOf(crText: string): string[] {
  const proposal = crText.slice(Math.max(0, crText.search(/^\s*6 Detailed Change Proposal/m)));
  return [...new Set([...proposal.matchAll(/^\s*(\d+(?:\.\d+)+)(?=\s|$)/gm)].map((m) => m[1]!))];
}
