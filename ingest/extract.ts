/**
 * extractMessages: a parsed CR → the message definitions it states, the edits its prose makes to
 * earlier definitions, and every line it used. Five ways a CR states a message: a JSON Schema block,
 * a JSON-RPC bullet list, an element table, a prose reference to another definition, or an example alone.
 */
import { readAmendments, type Side, type Statement } from './amend.ts';
import type { ExampleDef, MessageDef, PropertyDef, PropertyRef, VariantDef, VariantRole } from './definitions.ts';
import { inferSchema } from './infer.ts';
import { readJson, toValue, type JsonNode, type Repair } from './json-reader.ts';
import { resolveInterface, type InterfaceConfig, type Manifest } from './manifest.ts';
import type { ChangeAction, CrDocument, Finding, ListItem, Loc, Section } from './model.ts';
import { readParam, readParamList, readRow } from './params/param.ts';
import { QUOTE_CHARS, quotedNames } from './params/quotes.ts';
import { finding } from './rules.ts';
import { readSchemaBlock, whitespaceFinding } from './schema-block.ts';

/** What a change block does to the section it names, beyond restating it. */
export interface SectionEdits {
  section: string;
  interface: string;
  action: ChangeAction;
  /** replace: restated definitions replace earlier ones; amend: they merge into them. */
  mode: 'replace' | 'amend';
  statements: Statement[];
  /** A table restating some elements of a message defined earlier ("The following table replaces …"). */
  propertyUpdates: { properties: PropertyDef[]; loc: Loc }[];
  /** Sentences that read like a change but state it in no form the reader knows. */
  unread: { text: string; loc: Loc }[];
}

/** A line of the CR and what became of it. */
export interface LineUse {
  file: string;
  line: number;
  use: string;
}

export interface Extraction {
  messages: MessageDef[];
  edits: SectionEdits[];
  findings: Finding[];
  uses: LineUse[];
}

const AMEND_TITLE = /\b(add|remove|delete|rename|modify|amend|change)\w*\b.*\b(parameters?|elements?|cardinalit\w*)\b/i;
const MESSAGE_TYPE_VALUE = new RegExp(`[${QUOTE_CHARS}]\\s*([A-Za-z]\\w*)\\s*[${QUOTE_CHARS}]`);
const MEDIA_TYPE = new RegExp(
  `MIME type for this format is\\s*[${QUOTE_CHARS}]([^${QUOTE_CHARS}]+)[${QUOTE_CHARS}]`,
  'i',
);
const Q = `[${QUOTE_CHARS}]`;
const NAMES = `((?:${Q}\\s*[A-Za-z_$][\\w$-]*\\s*${Q}\\s*(?:,|and|,\\s*and)?\\s*)+)`;
const REF_AS_FOR = new RegExp(
  `${NAMES}(?:parameters?|elements?|members?)?\\s*as\\s+(?:for|in|defined\\s+in|specified\\s+in)\\s+(?:section\\s+|clause\\s+)?(\\d+(?:\\.\\d+)+)`,
  'i',
);
const REF_SAME = new RegExp(
  `\\bsame\\s+${NAMES}(?:parameters?|elements?|members?)?\\s*as\\s+(?:the|in\\s+the|for\\s+the)\\s+((?:[A-Z][\\w-]*\\s+)+?)(request|response)`,
);
const MEMBER = new RegExp(`^${Q}\\s*(\\w+)\\s*${Q}(?:\\s+or\\s+${Q}\\s*(\\w+)\\s*${Q})?\\s+members?\\b(.*)$`, 'i');
const SET_TO = new RegExp(`set\\s+to\\s+${Q}([^${QUOTE_CHARS}]+)${Q}`, 'i');

/** `fragments`: draft-04 schema anchors met so far, shared across the CRs of a build in manifest order. */
export function extractMessages(
  doc: CrDocument,
  manifest: Manifest,
  fragments: Map<string, JsonNode> = new Map(),
): Extraction {
  const out: Extraction = { messages: [], edits: [], findings: [], uses: [] };
  for (const section of doc.sections) {
    if (!section.number) continue;
    const mapped = resolveInterface(manifest, section.number);
    const read = readSection(
      doc,
      section,
      mapped?.config ?? { id: '?', title: '', transport: 'http', client: '', server: '', sections: [] },
      fragments,
    );
    if (!mapped) {
      if (read.messages.length) {
        const names = read.messages.map((m) => m.name).join(', ');
        out.findings.push(
          finding(
            'unmapped-section',
            section.loc,
            `section ${section.number} defines ${names} but maps to no interface; add "${section.number}" to the "sections" of an interface in spec/manifest.json (or a new interface {"id": …, "sections": ["${section.number}"]})`,
            section.number,
          ),
        );
      }
      continue;
    }
    if (mapped.joined && (read.messages.length || read.edits.statements.length)) {
      out.findings.push(
        finding(
          'section-joined',
          section.loc,
          `section ${section.number} is new to the manifest; it joins interface ${mapped.config.id} (${mapped.joined}); map it in spec/manifest.json to say otherwise`,
          section.number,
        ),
      );
    }
    out.messages.push(...read.messages);
    out.edits.push(read.edits);
    out.findings.push(...read.findings);
    out.uses.push(...read.uses);
  }
  return out;
}

type Into = 'params' | 'result' | 'error' | 'both';

/** The variant parameters stated into a JSON-RPC member belong to, and back. */
const SIDE_OF: Record<Into, Side> = { params: 'request', result: 'success', error: 'error', both: 'response' };
const INTO_OF: Record<Side, Into> = { request: 'params', success: 'result', error: 'error', response: 'both' };

interface RpcContext {
  method?: string;
  methodLoc?: Loc;
  side: 'request' | 'response';
  /** Where the next parameters go: "result" or "error" member, both, or the request's params. */
  into?: Into;
}

function readSection(
  doc: CrDocument,
  section: Section,
  config: InterfaceConfig,
  fragments: Map<string, JsonNode>,
): { messages: MessageDef[]; edits: SectionEdits; findings: Finding[]; uses: LineUse[] } {
  const findings: Finding[] = [];
  const uses: LineUse[] = [];
  const messages: MessageDef[] = [];
  const pendingExamples: ExampleDef[] = [];
  const action = section.change?.action ?? 'unstated';
  const edits: SectionEdits = {
    section: section.number,
    interface: config.id,
    action,
    mode: section.change && AMEND_TITLE.test(section.change.title) ? 'amend' : 'replace',
    statements: [],
    propertyUpdates: [],
    unread: [],
  };
  const use = (loc: Loc, what: string, endLine = loc.line) => {
    for (let line = loc.line; line <= endLine; line++) uses.push({ file: doc.file, line, use: what });
  };
  let intent = '';
  let rpc: RpcContext | undefined;
  let mediaType: string | undefined;
  let tableRole: 'success' | 'error' | undefined;

  const add = (
    name: string,
    envelope: MessageDef['envelope'],
    variant: VariantDef,
    loc: Loc,
    method?: string,
  ): MessageDef => {
    const existing = messages.find((m) => m.name === name);
    if (existing) {
      // A second definition of the same message in one section: success and error responses.
      if (existing.variants.length === 1 && existing.variants[0]!.role === 'single')
        existing.variants[0]!.role = 'success';
      if (variant.role === 'single')
        variant.role = existing.variants.some((v) => v.role === 'success') ? 'error' : 'success';
      const same = existing.variants.find((v) => v.role === variant.role);
      if (same) {
        same.properties.push(...variant.properties);
        same.refs = [...(same.refs ?? []), ...(variant.refs ?? [])];
      } else existing.variants.push(variant);
      return existing;
    }
    const role = config.roles?.[name];
    const kind = role?.kind ?? (/Res$/.test(name) ? 'response' : 'request');
    if (kind === 'request') variant.role = 'request';
    else if (variant.role === 'request') variant.role = 'single';
    const message: MessageDef = {
      interface: config.id,
      name,
      envelope,
      kind,
      direction: role?.direction ?? directionOf(kind, intent, config),
      section: section.number,
      sectionTitle: section.title,
      loc,
      variants: [variant],
      examples: [],
    };
    if (method) message.method = method;
    if (mediaType) message.mediaType = mediaType;
    messages.push(message);
    return message;
  };

  /** Parameters (and references) stated for the current JSON-RPC message. */
  const rpcVariant = (properties: PropertyDef[], refs: PropertyRef[], loc: Loc, into = rpc?.into) => {
    if (!rpc?.method || (!properties.length && !refs.length)) return false;
    const method = rpc.method;
    if (rpc.side === 'request' && (into === 'params' || into === undefined)) {
      add(
        method,
        'jsonrpc',
        {
          role: 'request',
          member: 'params',
          title: titleOf(intent, 'request'),
          description: intent,
          properties,
          refs,
          loc,
        },
        rpc.methodLoc ?? loc,
        method,
      );
      return true;
    }
    const name = method.replace(/Req$/, 'Res');
    const roles: ('success' | 'error')[] =
      into === 'error' ? ['error'] : into === 'both' ? ['success', 'error'] : ['success'];
    for (const role of roles) {
      const member = role === 'success' ? 'result' : 'error';
      const own = properties
        .filter((p) => !p.only || p.only === role)
        .map((p) => ({ ...p, schema: structuredClone(p.schema) }));
      add(
        name,
        'jsonrpc',
        {
          role,
          member,
          title: titleOf(intent, role === 'error' ? 'error response' : 'response'),
          description: intent,
          properties: own,
          refs: refs.filter((r) => r.side === 'response' || r.side === role),
          loc,
        },
        loc,
        method,
      );
    }
    return true;
  };

  for (const node of section.nodes) {
    switch (node.kind) {
      case 'prose': {
        intent = node.text;
        const media = MEDIA_TYPE.exec(node.text);
        if (media) {
          mediaType = media[1];
          use(node.loc, `media type ${mediaType}`);
        }
        if (/JSON-RPC/i.test(node.text)) {
          const side =
            /\bresponse\b/i.test(node.text) && !/\brequest\s+object\b/i.test(node.text) ? 'response' : 'request';
          rpc = { ...(rpc?.method ? { method: rpc.method, methodLoc: rpc.methodLoc! } : {}), side };
          if (
            side === 'response' &&
            /[“"‘']\s*result\s*[”"’']/.test(node.text) &&
            /[“"‘']\s*error\s*[”"’']/.test(node.text)
          )
            rpc.into = 'both';
          use(node.loc, `JSON-RPC ${side} statement`, node.endLine);
        } else if (rpc && /\breturns?\b.*\bresponse\b/i.test(node.text)) rpc = { ...rpc, side: 'response' };
        tableRole = /\bresult\s+contains\s*:?\s*$/i.test(node.text)
          ? 'success'
          : /\berror\s+contains\s*:?\s*$/i.test(node.text)
            ? 'error'
            : tableRole;
        const refs = referencesIn(node.text, node.loc, rpc?.side);
        if (refs.length) {
          if (rpcVariant([], refs, node.loc, INTO_OF[refs[0]!.side]))
            use(node.loc, `reference: ${refs.map((r) => r.text).join('; ')}`, node.endLine);
          else
            findings.push(
              finding(
                'unresolved-reference',
                node.loc,
                `"${refs[0]!.text}" refers to a definition, but no JSON-RPC method is stated in §${section.number} to carry it`,
                `${section.number}:ref@${node.loc.line}`,
              ),
            );
          break;
        }
        const amendment = readAmendments(node.text, node.loc);
        if (amendment.statements.length) {
          edits.statements.push(...amendment.statements);
          use(
            node.loc,
            `amendment: ${amendment.statements.map((s) => `${s.edit.verb} "${s.name}"`).join(', ')}`,
            node.endLine,
          );
        }
        if (amendment.unread) edits.unread.push({ text: node.text, loc: node.loc });
        break;
      }
      case 'list': {
        const state = { properties: [] as PropertyDef[], refs: [] as PropertyRef[], loc: node.loc };
        const flush = () => {
          if (rpcVariant(state.properties, state.refs, state.loc)) state.properties = [];
          state.refs = [];
        };
        for (const item of node.items) readListItem(item, state, flush);
        flush();
        break;
      }
      case 'table': {
        const rows = node.rows.map((row) => {
          const read = readRow(
            {
              name: row.element.text,
              type: row.type.text,
              cardinality: row.cardinality.text,
              description: row.description.text,
              loc: row.element.loc,
              typeLoc: row.type.loc,
              descriptionLoc: row.description.loc,
            },
            section.number,
          );
          findings.push(...read.findings);
          return read.property;
        });
        use(node.loc, 'element table', node.endLine);
        const typeRow = node.rows.find((r) => r.element.text === 'messageType');
        const value = typeRow && MESSAGE_TYPE_VALUE.exec(typeRow.description.text);
        if (value) {
          const name = value[1]!;
          rows.find((p) => p.name === 'messageType')!.schema = { type: 'string', const: name };
          const purpose = `${node.intro ?? ''} ${node.caption?.text ?? ''}`;
          add(
            name,
            'messageType',
            {
              role: roleOf(purpose),
              title: node.caption?.text ?? titleOf(purpose, 'message'),
              description: node.intro ?? '',
              properties: rows,
              loc: node.loc,
            },
            node.loc,
          );
        } else if (rpc?.method && (rpc.side === 'response' || tableRole)) {
          rpcVariant(rows, [], node.loc, tableRole === 'error' ? 'error' : 'result');
        } else if (rpc?.method) {
          rpcVariant(rows, [], node.loc, 'params');
        } else {
          edits.propertyUpdates.push({ properties: rows, loc: node.loc });
        }
        tableRole = undefined;
        break;
      }
      case 'json': {
        const lines = doc.lines.slice(node.loc.line - 1, node.endLine);
        const read = readJson(lines, node.loc.line, doc.file);
        findings.push(...repairFindings(read.repairs, section.number, node.loc));
        if (!read.node) {
          findings.push(
            finding(
              'json-unrepairable',
              read.error!.loc,
              `JSON block cannot be read: ${read.error!.message}`,
              `${section.number}@${node.loc.line}`,
            ),
          );
          break;
        }
        if (node.role === 'example') {
          const example: ExampleDef = {
            role: node.example ?? 'any',
            label: node.label,
            node: read.node,
            loc: node.loc,
          };
          const target = exampleTarget(messages, example, toValue(read.node));
          if (target) target.examples.push(example);
          else pendingExamples.push(example);
          use(node.loc, `example of ${target?.name ?? 'an inferred message'}`, node.endLine);
          break;
        }
        const block = readSchemaBlock(read.node, section.number, doc.file, fragments);
        findings.push(...block.findings);
        const typeProp = block.properties.find((p) => p.name === 'messageType');
        const enumValue = (typeProp?.schema.enum as unknown[] | undefined)?.[0] ?? typeProp?.schema.const;
        const name = typeof enumValue === 'string' ? enumValue : nameFromTitle(config, section.title);
        if (typeProp) {
          delete typeProp.schema.enum;
          typeProp.schema.const = name;
        }
        add(
          name,
          typeProp ? 'messageType' : 'http',
          {
            role: roleOf(intent),
            title: block.title || titleOf(intent, 'message'),
            description: block.description || intent,
            properties: block.properties,
            loc: node.loc,
          },
          node.loc,
        );
        use(node.loc, `schema of ${name}`, node.endLine);
        break;
      }
      default:
        break;
    }
  }
  for (const example of pendingExamples) {
    const inferred = inferredMessage(example, section, config, rpc);
    if (!inferred) {
      findings.push(
        finding(
          'unread-line',
          example.loc,
          `example in §${section.number} illustrates no message the section defines, and names none (no "method", "messageType" or JSON-RPC context)`,
          `${section.number}:example@${example.loc.line}`,
        ),
      );
      continue;
    }
    const message = add(inferred.name, inferred.envelope, inferred.variant, example.loc, inferred.method);
    message.inferred = true;
    message.examples.push(example);
  }
  return { messages, edits, findings, uses };

  function readListItem(
    item: ListItem,
    state: { properties: PropertyDef[]; refs: PropertyRef[]; loc: Loc },
    flush: () => void,
  ): void {
    const member = MEMBER.exec(item.text);
    if (member && rpc) {
      flush();
      const names = [member[1]!, member[2]].filter(Boolean) as string[];
      const value = SET_TO.exec(item.text);
      if (names[0] === 'method' && value) {
        const raw = value[1]!;
        const valueLoc = { ...item.loc, col: item.loc.col + item.text.indexOf(raw) };
        if (raw !== raw.trim()) findings.push(whitespaceFinding(valueLoc, 'method', raw, section.number));
        rpc.method = raw.trim();
        rpc.methodLoc = valueLoc;
      }
      if (names.includes('params')) rpc.into = 'params';
      else if (names.includes('result') && names.includes('error')) rpc.into = 'both';
      else if (names.includes('result')) rpc.into = 'result';
      else if (names.includes('error')) rpc.into = 'error';
      use(item.loc, `JSON-RPC "${names.join('"/"')}" member`);
      const side: Side = rpc.into ? SIDE_OF[rpc.into] : 'response';
      state.refs.push(
        ...referencesIn(item.text, item.loc, side === 'request' ? 'request' : 'response').map((r) => ({ ...r, side })),
      );
      state.loc = item.loc;
      const list = readParamList(item.children, section.number, true);
      state.properties.push(...list.properties);
      findings.push(...list.findings);
      for (const used of list.used) use(used.loc, `parameter "${paramName(used)}"`);
      for (const rest of list.rest) unreadItem(rest, list.properties);
      return;
    }
    const refs = rpc ? referencesIn(item.text, item.loc, rpc.side) : [];
    if (refs.length) {
      const side: Side = rpc!.into && rpc!.into !== 'both' ? SIDE_OF[rpc!.into] : refs[0]!.side;
      state.refs.push(...refs.map((r) => ({ ...r, side })));
      use(item.loc, `reference: ${refs.map((r) => r.text).join('; ')}`);
      return;
    }
    const param = readParam(item, section.number, rpc?.into !== undefined);
    if (param && rpc?.method) {
      if (!state.properties.length) state.loc = item.loc;
      state.properties.push(param.property);
      findings.push(...param.findings);
      use(item.loc, `parameter "${param.property.name}"`);
      for (const used of param.used) use(used.loc, `member of "${param.property.name}"`);
      return;
    }
    unreadItem(item, state.properties);
  }

  /** A bullet that is neither member, parameter nor reference: reported when it names a parameter of the section. */
  function unreadItem(item: ListItem, pending: PropertyDef[] = []): void {
    if (!item.text.trim()) return;
    const names = quotedNames(item.text);
    const known = (name: string) =>
      pending.some((p) => p.name === name) ||
      messages.some((m) => m.variants.some((v) => v.properties.some((p) => p.name === name)));
    if (names.some((n) => known(n.name))) {
      findings.push(
        finding(
          'unread-prose',
          item.loc,
          `bullet names a parameter of §${section.number} but states nothing the reader applies: "${item.text.slice(0, 80)}"`,
          `${section.number}:bullet@${item.loc.line}`,
        ),
      );
    }
    for (const child of item.children) unreadItem(child, pending);
  }
}

const paramName = (item: ListItem) => quotedNames(item.text)[0]?.name ?? item.text.split(/[\s:(]/)[0];

/** Prose references to another definition: "with “code” and “message” as for 10.1.5", "the same “x” … as the Y request". */
function referencesIn(text: string, loc: Loc, side: 'request' | 'response' | undefined): PropertyRef[] {
  const names = (list: string) => quotedNames(list).map((n) => n.name);
  const sideOf = (fallback: Side): Side =>
    /\berror\b/i.test(text) && !/\bresult\b/i.test(text)
      ? 'error'
      : /\bresult\b/i.test(text) && !/\berror\b/i.test(text)
        ? 'success'
        : fallback;
  const asFor = REF_AS_FOR.exec(text);
  if (asFor)
    return [
      { names: names(asFor[1]!), section: asFor[2]!, side: sideOf(side ?? 'response'), loc, text: asFor[0].trim() },
    ];
  const same = REF_SAME.exec(text);
  if (same)
    return [
      {
        names: names(same[1]!),
        title: same[2]!.trim(),
        side: sideOf(same[3] === 'request' ? 'request' : 'response'),
        fromSide: same[3] as 'request' | 'response',
        loc,
        text: same[0].trim(),
      },
    ];
  return [];
}

function directionOf(kind: MessageDef['kind'], intent: string, config: InterfaceConfig): MessageDef['direction'] {
  // "a DM Client sends …": the interface's client or server named as the sender.
  const sender =
    config.server && new RegExp(`\\b${config.server}\\s+(?:sends|issues|returns|pushes)\\b`, 'i').test(intent)
      ? 'server'
      : config.client && new RegExp(`\\b${config.client}\\s+(?:sends|issues|returns)\\b`, 'i').test(intent)
        ? 'client'
        : undefined;
  if (sender === 'server' && kind === 'request') return 'serverToClient';
  return kind === 'request' ? 'clientToServer' : 'serverToClient';
}

/** A message name from a section title: the manifest's title patterns, else the title's noun phrase. */
function nameFromTitle(config: InterfaceConfig, title: string): string {
  for (const n of config.names ?? []) {
    const re = new RegExp(n.title);
    if (re.test(title)) return title.replace(new RegExp(`^.*?${re.source}.*$`), n.name);
  }
  const core = title
    .replace(/^(?:JSON\s+)?(?:Format|Schema)\s+(?:for|of)\s+(?:the\s+)?/i, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
  return (
    config.id +
    core
      .split(' ')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('')
  );
}

/** The message an example illustrates, by the method or messageType it names, else the latest fitting one. */
function exampleTarget(messages: MessageDef[], example: ExampleDef, value: unknown): MessageDef | undefined {
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const named = typeof record.messageType === 'string' ? record.messageType.trim() : undefined;
  // A messageType naming no message of the section still illustrates the one defined there (and contradicts it).
  if (named)
    return messages.find((m) => m.name === named) ?? [...messages].reverse().find((m) => m.envelope === 'messageType');
  const isResponse = 'result' in record || 'error' in record || example.role === 'success' || example.role === 'error';
  if (typeof record.method === 'string') {
    const method = record.method.trim();
    return messages.find((m) => m.method === method && m.kind === 'request');
  }
  if (isResponse) return [...messages].reverse().find((m) => m.kind === 'response');
  return messages.at(-1);
}

function inferredMessage(
  example: ExampleDef,
  section: Section,
  config: InterfaceConfig,
  rpc: RpcContext | undefined,
): { name: string; envelope: MessageDef['envelope']; variant: VariantDef; method?: string } | undefined {
  const value = toValue(example.node);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const variant = (role: VariantRole, member: VariantDef['member'], body: unknown): VariantDef => ({
    role,
    ...(member ? { member } : {}),
    title: example.label,
    description: example.label,
    properties: inferSchema(body, example.loc, section.number),
    loc: example.loc,
  });
  if (record.jsonrpc !== undefined || record.method !== undefined || rpc) {
    const method = typeof record.method === 'string' ? record.method.trim() : rpc?.method;
    if (!method) return undefined;
    if ('params' in record)
      return { name: method, envelope: 'jsonrpc', variant: variant('request', 'params', record.params), method };
    if ('result' in record)
      return {
        name: method.replace(/Req$/, 'Res'),
        envelope: 'jsonrpc',
        variant: variant('success', 'result', record.result),
        method,
      };
    if ('error' in record)
      return {
        name: method.replace(/Req$/, 'Res'),
        envelope: 'jsonrpc',
        variant: variant('error', 'error', record.error),
        method,
      };
    return undefined;
  }
  if (typeof record.messageType === 'string')
    return {
      name: record.messageType.trim(),
      envelope: 'messageType',
      variant: variant(roleOf(example.label), undefined, record),
    };
  if (config.transport === 'http')
    return {
      name: nameFromTitle(config, section.title),
      envelope: 'http',
      variant: variant('single', undefined, record),
    };
  return undefined;
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

/** One finding per repair rule per block: the first place, and how many more. */
function repairFindings(repairs: Repair[], section: string, blockLoc: Loc): Finding[] {
  const byRule = new Map<string, Repair[]>();
  for (const r of repairs) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  return [...byRule.entries()].map(([rule, list]) => {
    const first = list[0]!;
    const more =
      list.length > 1
        ? ` (${list.length} places in this block, lines ${[...new Set(list.map((r) => r.loc.line))].join(', ')})`
        : '';
    return finding(
      rule as Repair['rule'],
      first.loc,
      `${describeRepair(first)}${more}`,
      `${section}@${blockLoc.line}`,
      { original: first.original, repaired: first.repaired },
    );
  });
}

function describeRepair(r: Repair): string {
  const shown = (s: string) => (s ? `'${s}'` : 'nothing');
  return `${r.rule.replace(/^json-/, '').replace(/-/g, ' ')}: ${shown(r.original)} repaired to ${shown(r.repaired)}`;
}
