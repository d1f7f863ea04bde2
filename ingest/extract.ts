/**
 * extractMessages: a parsed CR → the message definitions it states, section by section.
 * Three ways a CR states a message: a JSON schema block (CR 002, 004), a JSON-RPC parameter bullet
 * list (CR 000), an element table (CR 001). The prose around each says what it is.
 */
import type { ExampleDef, JsonSchema, MessageDef, PropertyDef, VariantDef, VariantRole } from './definitions.ts';
import { readJson } from './json-reader.ts';
import { interfaceOf, type Manifest } from './manifest.ts';
import type { CrDocument, Finding, Loc, ParamItem, Section } from './model.ts';
import { finding } from './rules.ts';
import { readSchemaBlock, whitespaceFinding } from './schema-block.ts';
import type { Repair } from './json-reader.ts';

/** What a change proposal does to the sections it names, beyond restating them. */
export interface Amendment {
  section: string;
  interface: string;
  /** replace: the section's definitions replace earlier ones; amend: they merge into them. */
  mode: 'replace' | 'amend';
  renames: { from: string; to: string; loc: Loc }[];
  removals: { name: string; loc: Loc }[];
  /** "“x” becomes optional": a parameter's cardinality changed in prose. */
  presence: { name: string; required: boolean; loc: Loc }[];
  /** Other changes the prose states ("“x” becomes conditional"): reported, since the tool cannot apply them. */
  unapplied: { name: string; statement: string; loc: Loc }[];
}

export interface Extraction {
  messages: MessageDef[];
  amendments: Amendment[];
  findings: Finding[];
}

const AMEND_TITLE = /\b(add|remove|delete|rename|modify|amend|change)\w*\b.*\b(parameters?|elements?|cardinalit\w*)\b/i;
const RENAME = /[“"]([A-Za-z]\w*)[”"]\s+(?:is\s+|shall be\s+)?renamed\s+(?:to|as)\s+[“"]([A-Za-z]\w*)[”"]/i;
const REMOVAL = /[“"]([A-Za-z]\w*)[”"]\s+(?:parameter\s+|element\s+)?(?:is\s+)?(?:removed|deleted)\b/i;
const CHANGE_STATEMENT = /[“"]([A-Za-z]\w*)[”"]\s+(?:parameter\s+|element\s+)?(?:becomes|is\s+now|is\s+changed\s+to|changes\s+to|shall\s+become)\s+(\w+)/i;

const MESSAGE_TYPE_VALUE = /‘([A-Za-z]\w*)’|'([A-Za-z]\w*)'|“([A-Za-z]\w*)”|"([A-Za-z]\w*)"/;
const MEDIA_TYPE = /MIME type for this format is\s*["“]([^"”]+)["”]/i;

export function extractMessages(doc: CrDocument, manifest: Manifest): Extraction {
  const findings: Finding[] = [];
  const messages: MessageDef[] = [];
  const amendments: Amendment[] = [];
  for (const section of doc.sections) {
    const config = section.number ? interfaceOf(manifest, section.number) : undefined;
    if (!config) continue;
    messages.push(...sectionMessages(doc, section, config.id, manifest, findings));
    amendments.push(amendmentOf(section, config.id));
  }
  return { messages, amendments, findings };
}

function amendmentOf(section: Section, iface: string): Amendment {
  const amendment: Amendment = { section: section.number, interface: iface, mode: section.change && AMEND_TITLE.test(section.change.title) ? 'amend' : 'replace', renames: [], removals: [], presence: [], unapplied: [] };
  const texts = section.nodes.flatMap((n) => (n.kind === 'prose' ? [{ text: n.text, loc: n.loc }] : n.kind === 'bullets' ? n.items : []));
  for (const { text, loc } of texts) {
    const rename = RENAME.exec(text);
    if (rename) amendment.renames.push({ from: rename[1]!, to: rename[2]!, loc });
    const removal = REMOVAL.exec(text);
    if (removal) amendment.removals.push({ name: removal[1]!, loc });
    const change = !rename && !removal ? CHANGE_STATEMENT.exec(text) : null;
    if (change && /^(mandatory|optional)$/i.test(change[2]!)) amendment.presence.push({ name: change[1]!, required: /^mandatory$/i.test(change[2]!), loc });
    else if (change) amendment.unapplied.push({ name: change[1]!, statement: change[0], loc });
  }
  return amendment;
}

function sectionMessages(doc: CrDocument, section: Section, iface: string, manifest: Manifest, findings: Finding[]): MessageDef[] {
  const config = manifest.interfaces.find((i) => i.id === iface)!;
  const out: MessageDef[] = [];
  let intent = '';
  let jsonRpc: { method?: string; loc?: Loc; members: string[] } | undefined;
  let mediaType: string | undefined;
  const byName = (name: string) => out.find((m) => m.name === name);

  const add = (name: string, envelope: MessageDef['envelope'], variant: VariantDef, loc: Loc, method?: string) => {
    const existing = byName(name);
    if (existing) {
      // A second definition of the same message in one section: success and error responses.
      if (existing.variants.length === 1 && existing.variants[0]!.role === 'single') existing.variants[0]!.role = 'success';
      if (variant.role === 'single') variant.role = 'error';
      existing.variants.push(variant);
      return;
    }
    const role = config.roles?.[name];
    const kind = role?.kind ?? (/Res$/.test(name) ? 'response' : 'request');
    if (kind === 'request') variant.role = 'request';
    else if (variant.role === 'request') variant.role = 'single';
    const message: MessageDef = {
      interface: iface,
      name,
      envelope,
      kind,
      direction: role?.direction ?? (kind === 'request' ? 'clientToServer' : 'serverToClient'),
      section: section.number,
      sectionTitle: section.title,
      loc,
      variants: [variant],
      examples: [],
    };
    if (method) message.method = method;
    if (mediaType) message.mediaType = mediaType;
    out.push(message);
  };

  for (const node of section.nodes) {
    switch (node.kind) {
      case 'prose': {
        intent = node.text;
        const media = MEDIA_TYPE.exec(node.text);
        if (media) mediaType = media[1];
        if (/JSON-RPC/i.test(node.text)) jsonRpc = { ...jsonRpc, members: [] };
        break;
      }
      case 'members': {
        if (!jsonRpc) break;
        for (const item of node.items) {
          // "“result” or “error” member": every quoted name before the word "member" counts.
          const names = /^(.*?)\bmembers?\b/.exec(item.text)?.[1] ?? '';
          jsonRpc.members.push(item.member, ...[...names.matchAll(/[“"]([\w-]+)[”"]/g)].map((m) => m[1]!));
          if (item.member === 'method' && item.value !== undefined) {
            if (item.value !== item.value.trim()) findings.push(whitespaceFinding(item.valueLoc!, 'method', item.value, section.number));
            jsonRpc.method = item.value.trim();
            jsonRpc.loc = item.valueLoc!;
          }
        }
        break;
      }
      case 'params': {
        if (!jsonRpc?.method) break;
        const isResponse = /\bresponse\b/i.test(intent);
        const properties = node.items.map((p) => paramProperty(p, section.number));
        if (isResponse) {
          const name = jsonRpc.method.replace(/Req$/, 'Res');
          add(name, 'jsonrpc', { role: 'success', member: 'result', title: titleOf(intent, 'response'), description: intent, properties, loc: node.loc }, node.loc, jsonRpc.method);
          if (jsonRpc.members.includes('error')) {
            add(name, 'jsonrpc', { role: 'error', member: 'error', title: titleOf(intent, 'error response'), description: intent, properties: properties.map((p) => ({ ...p, schema: { ...p.schema } })), loc: node.loc }, node.loc, jsonRpc.method);
          }
        } else {
          add(jsonRpc.method, 'jsonrpc', { role: 'request', member: 'params', title: titleOf(intent, 'request'), description: intent, properties, loc: node.loc }, jsonRpc.loc ?? node.loc, jsonRpc.method);
        }
        jsonRpc = { ...jsonRpc, members: [] };
        break;
      }
      case 'table': {
        const purpose = `${node.intro ?? ''} ${node.caption?.text ?? ''}`;
        const properties = node.rows.map((row): PropertyDef => ({
          name: row.element.text,
          schema: tableType(row.type.text, row.cardinality.text),
          required: /^1/.test(row.cardinality.text.trim()),
          description: row.description.text,
          loc: row.element.loc,
          section: section.number,
        }));
        const typeRow = node.rows.find((r) => r.element.text === 'messageType');
        const value = typeRow && MESSAGE_TYPE_VALUE.exec(typeRow.description.text);
        const name = value ? (value[1] ?? value[2] ?? value[3] ?? value[4])! : undefined;
        if (!name) break;
        const messageTypeProp = properties.find((p) => p.name === 'messageType')!;
        messageTypeProp.schema = { type: 'string', const: name };
        add(name, 'messageType', { role: roleOf(purpose), title: node.caption?.text ?? titleOf(purpose, 'message'), description: node.intro ?? '', properties, loc: node.loc }, node.loc);
        break;
      }
      case 'json': {
        const lines = doc.lines.slice(node.loc.line - 1, node.endLine);
        const read = readJson(lines, node.loc.line, doc.file);
        findings.push(...repairFindings(read.repairs, section.number, node.loc));
        if (!read.node) {
          findings.push(finding('json-unrepairable', read.error!.loc, `JSON block cannot be read: ${read.error!.message}`, `${section.number}@${node.loc.line}`));
          break;
        }
        if (node.role === 'example') {
          const example: ExampleDef = { role: node.example ?? 'any', label: node.label, node: read.node, loc: node.loc };
          const target = exampleTarget(out, example);
          target?.examples.push(example);
          break;
        }
        const block = readSchemaBlock(read.node, section.number, doc.file, findings);
        const typeProp = block.properties.find((p) => p.name === 'messageType');
        const enumValue = (typeProp?.schema.enum as unknown[] | undefined)?.[0] ?? typeProp?.schema.const;
        const titled = config.names?.map((n) => ({ re: new RegExp(n.title), name: n.name })).find((n) => n.re.test(section.title));
        const name = typeof enumValue === 'string' ? enumValue : titled ? section.title.replace(new RegExp(`^.*?${titled.re.source}.*$`), titled.name) : undefined;
        if (!name) break;
        if (typeProp) {
          delete typeProp.schema.enum;
          typeProp.schema.const = name;
        }
        const envelope = typeProp ? 'messageType' : 'http';
        add(name, envelope, { role: roleOf(intent), title: block.title || titleOf(intent, 'message'), description: block.description || intent, properties: block.properties, loc: node.loc }, node.loc);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Which message an example illustrates: the latest definition with a matching variant. */
function exampleTarget(messages: MessageDef[], example: ExampleDef): MessageDef | undefined {
  if (example.role === 'success' || example.role === 'error') {
    for (let i = messages.length - 1; i >= 0; i--) {
      if (messages[i]!.kind === 'response') return messages[i];
    }
  }
  return messages.at(-1);
}

function roleOf(text: string): VariantRole {
  if (/unsuccessful|error response/i.test(text)) return 'error';
  if (/success/i.test(text)) return 'success';
  if (/\brequest\b/i.test(text) && !/\bresponse\b/i.test(text)) return 'request';
  return 'single';
}

function titleOf(text: string, fallback: string): string {
  const m = /an?\s+((?:[A-Z][\w-]*\s+)+(?:request|response|success response|error response))/.exec(text);
  return m ? m[1]! : fallback;
}

export function typeSchema(type: string): JsonSchema {
  const t = type.trim().toLowerCase();
  if (t === 'url' || t === 'uri') return { type: 'string', format: 'uri' };
  if (t === 'integer' || t === 'int') return { type: 'integer' };
  if (t === 'number' || t === 'boolean' || t === 'object' || t === 'array' || t === 'string') return { type: t };
  return {};
}

function tableType(type: string, cardinality: string): JsonSchema {
  const base = typeSchema(type);
  return /\.\.(n|\*|[2-9])/.test(cardinality) ? { type: 'array', items: base } : base;
}

function paramProperty(item: ParamItem, section: string): PropertyDef {
  return { name: item.name, schema: typeSchema(item.type), required: item.presence === 'mandatory', description: item.note, loc: item.loc, section };
}

/** One finding per repair rule per block: the first place, and how many more. */
function repairFindings(repairs: Repair[], section: string, blockLoc: Loc): Finding[] {
  const byRule = new Map<string, Repair[]>();
  for (const r of repairs) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  return [...byRule.entries()].map(([rule, list]) => {
    const first = list[0]!;
    const more = list.length > 1 ? ` (${list.length} places in this block, lines ${[...new Set(list.map((r) => r.loc.line))].join(', ')})` : '';
    return finding(rule as Repair['rule'], first.loc, `${describeRepair(first)}${more}`, `${section}@${blockLoc.line}`, { original: first.original, repaired: first.repaired });
  });
}

function describeRepair(r: Repair): string {
  const shown = (s: string) => (s ? `'${s}'` : 'nothing');
  return `${r.rule.replace(/^json-/, '').replace(/-/g, ' ')}: ${shown(r.original)} repaired to ${shown(r.repaired)}`;
}

