/**
 * One numbered section of a CR → the messages it defines, the edits its prose makes, its findings and the lines
 * it used. The reader walks the section's nodes in order, carrying what the prose said so far (the intent
 * sentence, the JSON-RPC method and side, the media type, the table's role) to the lists, tables and JSON below.
 */
import { readAmendments, targetOf, type Side } from './amend.ts';
import { nestMarkedRows } from './params/nested-rows.ts';
import type { ExampleDef, MessageDef, PropertyDef, PropertyRef, VariantDef } from './definitions.ts';
import type { LineUse, SectionEdits } from './extract.ts';
import { exampleTarget, inferredMessage, repairFindings } from './json-blocks.ts';
import { readJson, toValue, type JsonNode } from './json-reader.ts';
import type { InterfaceConfig } from './manifest.ts';
import type { CrDocument, CrNode, Finding, ListItem, Loc, Section } from './model.ts';
import { readParam, readParamList, readRow } from './params/param.ts';
import { quotedNames } from './params/quotes.ts';
import { finding } from './rules.ts';
import { readSchemaBlock, whitespaceFinding } from './schema-block.ts';
import { applyValuesIn } from './variant-values.ts';
import {
  AMEND_TITLE,
  directionOf,
  MEDIA_TYPE,
  MEMBER,
  MESSAGE_TYPE_VALUE,
  messageTypeIn,
  nameFromTitle,
  paramName,
  referencesIn,
  sameAsSiblingIn,
  roleOf,
  SET_TO,
  titleOf,
} from './statement-text.ts';

type Into = 'params' | 'result' | 'error' | 'both';
type NodeOf<K extends CrNode['kind']> = Extract<CrNode, { kind: K }>;

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

/** Parameters of one JSON-RPC member being collected from a list, flushed into a variant at the next member. */
interface PendingParams {
  properties: PropertyDef[];
  refs: PropertyRef[];
  loc: Loc;
}

export interface SectionRead {
  messages: MessageDef[];
  edits: SectionEdits;
  findings: Finding[];
  uses: LineUse[];
}

/** A table introduced as additions: "The following elements are added to …", "… adds the following element". */
const ADDS_ELEMENTS = /\b(?:(?:is|are)\s+added|adds?\s+the\s+following|new\s+elements?)\b/i;

export function readSection(
  doc: CrDocument,
  section: Section,
  config: InterfaceConfig,
  fragments: Map<string, JsonNode>,
): SectionRead {
  const reader = new SectionReader(doc, section, config, fragments);
  for (const node of section.nodes) reader.read(node);
  return reader.finish();
}

/** A table introduced as the whole of a variant's elements, not a few rows of it. */
const RESTATES_ALL =
  /\b(?:is|are)\s+(?:hereby\s+)?restated\b|\breplaces\s+the\s+(?:whole\s+|complete\s+)?table\b|\bsupersedes\s+the\s+table\b/i;

class SectionReader {
  private readonly findings: Finding[] = [];
  private readonly uses: LineUse[] = [];
  private readonly messages: MessageDef[] = [];
  private readonly pendingExamples: ExampleDef[] = [];
  private readonly edits: SectionEdits;
  private intent = '';
  private rpc: RpcContext | undefined;
  private mediaType: string | undefined;
  private tableRole: 'success' | 'error' | undefined;

  constructor(
    private readonly doc: CrDocument,
    private readonly section: Section,
    private readonly config: InterfaceConfig,
    private readonly fragments: Map<string, JsonNode>,
  ) {
    this.edits = {
      section: section.number,
      interface: config.id,
      loc: section.loc,
      action: section.change?.action ?? 'unstated',
      mode: section.change && AMEND_TITLE.test(section.change.title) ? 'amend' : 'replace',
      statements: [],
      propertyUpdates: [],
      unread: [],
    };
  }

  read(node: CrNode): void {
    if (node.kind === 'prose') this.prose(node);
    else if (node.kind === 'list') this.list(node);
    else if (node.kind === 'table') this.table(node);
    else if (node.kind === 'json') this.json(node);
  }

  /** Examples that illustrate no message defined in the section state one of their own (or are reported). */
  finish(): SectionRead {
    for (const example of this.pendingExamples) {
      const lastMethod = this.messages.findLast((m) => m.kind === 'request' && m.method)?.method;
      const inferred = inferredMessage(example, this.section, this.config, this.rpc, lastMethod);
      if (!inferred) {
        this.findings.push(
          finding(
            'unread-line',
            example.loc,
            `example in §${this.section.number} illustrates no message the section defines, and names none (no "method", "messageType" or JSON-RPC context)`,
            `${this.section.number}:example@${example.loc.line}`,
          ),
        );
        continue;
      }
      const message = this.add(inferred.name, inferred.envelope, inferred.variant, example.loc, inferred.method);
      message.inferred = true;
      message.examples.push(example);
    }
    this.findings.push(...applyValuesIn(this.messages, this.section.number));
    return { messages: this.messages, edits: this.edits, findings: this.findings, uses: this.uses };
  }

  private use(loc: Loc, what: string, endLine = loc.line): void {
    for (let line = loc.line; line <= endLine; line++) this.uses.push({ file: this.doc.file, line, use: what });
  }

  private add(
    name: string,
    envelope: MessageDef['envelope'],
    variant: VariantDef,
    loc: Loc,
    method?: string,
  ): MessageDef {
    const existing = this.messages.find((m) => m.name === name);
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
    const role = this.config.roles?.[name];
    const kind = role?.kind ?? (/Res$/.test(name) ? 'response' : 'request');
    if (kind === 'request') variant.role = 'request';
    else if (variant.role === 'request') variant.role = 'single';
    const message: MessageDef = {
      interface: this.config.id,
      name,
      envelope,
      kind,
      direction: role?.direction ?? directionOf(kind, this.intent, this.config),
      section: this.section.number,
      sectionTitle: this.section.title,
      loc,
      variants: [variant],
      examples: [],
    };
    if (method) message.method = method;
    if (this.mediaType) message.mediaType = this.mediaType;
    this.messages.push(message);
    return message;
  }

  /** Parameters (and references) stated for the current JSON-RPC message; false when there is none to carry them. */
  private rpcVariant(properties: PropertyDef[], refs: PropertyRef[], loc: Loc, into = this.rpc?.into): boolean {
    const rpc = this.rpc;
    if (!rpc?.method || (!properties.length && !refs.length)) return false;
    const method = rpc.method;
    const description = this.intent;
    if (rpc.side === 'request' && (into === 'params' || into === undefined)) {
      const variant: VariantDef = {
        role: 'request',
        member: 'params',
        title: titleOf(description, 'request'),
        description,
        properties,
        refs,
        loc,
      };
      this.add(method, 'jsonrpc', variant, rpc.methodLoc ?? loc, method);
      return true;
    }
    const name = method.replace(/Req$/, 'Res');
    const roles: ('success' | 'error')[] =
      into === 'error' ? ['error'] : into === 'both' ? ['success', 'error'] : ['success'];
    for (const role of roles) {
      const own = properties
        .filter((p) => !p.only || p.only === role)
        .map((p) => ({ ...p, schema: structuredClone(p.schema) }));
      const variant: VariantDef = {
        role,
        member: role === 'success' ? 'result' : 'error',
        title: titleOf(description, role === 'error' ? 'error response' : 'response'),
        description,
        properties: own,
        refs: refs.filter((r) => r.side === 'response' || r.side === role),
        loc,
      };
      this.add(name, 'jsonrpc', variant, loc, method);
    }
    return true;
  }

  private prose(node: NodeOf<'prose'>): void {
    this.intent = node.text;
    const media = MEDIA_TYPE.exec(node.text);
    if (media) {
      this.mediaType = media[1];
      this.use(node.loc, `media type ${this.mediaType}`);
    }
    this.readRpcContext(node);
    // "The result contains:", "The error contains the following parameters:", "The result member of the … response
    // contains the elements of the table below.": the table or list that follows.
    const member =
      /\b(result|error)[”"’']?(?:\s+(?:member|object))?(?:\s+of\s+the\s+[^.:]*?)?\s+(?:contains|includes|carries|holds|consists\s+of)(?:\s+the\s+(?:following|elements|parameters|members)\b[\w\s]*)?\s*[:.]?\s*$/i.exec(
        node.text,
      );
    if (member) {
      const into = member[1]!.toLowerCase() === 'result' ? 'result' : 'error';
      this.tableRole = into === 'result' ? 'success' : 'error';
      if (this.rpc?.side === 'response') this.rpc = { ...this.rpc, into };
    }
    const inProse = messageTypeIn(node.text);
    if (inProse) return this.proseMessage(node, inProse);
    const refs = referencesIn(node.text, node.loc, this.rpc?.side);
    const siblingNames = sameAsSiblingIn(node.text);
    if (refs.length || siblingNames.length) {
      const stated = [...siblingNames.map((n) => `same "${n}"`), ...refs.map((r) => r.text)].join('; ');
      // References to the result and to the error in one sentence fill each its own variant.
      const into = new Set(refs.map((r) => r.side)).size > 1 ? 'both' : INTO_OF[refs[0]?.side ?? 'response'];
      if (refs.length && this.rpcVariant([], refs, node.loc, into))
        this.use(node.loc, `reference: ${stated}`, node.endLine);
      else if (this.siblingVariant(node, siblingNames, refs)) this.use(node.loc, `reference: ${stated}`, node.endLine);
      else
        this.findings.push(
          finding(
            'unresolved-reference',
            node.loc,
            `"${stated}" refers to a definition, but no JSON-RPC method or messageType response is stated in §${this.section.number} to carry it`,
            `${this.section.number}:ref@${node.loc.line}`,
          ),
        );
      return;
    }
    const amendment = readAmendments(node.text, node.loc);
    if (amendment.statements.length) {
      this.edits.statements.push(...amendment.statements);
      const applied = amendment.statements.map((s) => `${s.edit.verb} "${s.name}"`).join(', ');
      this.use(node.loc, `amendment: ${applied}`, node.endLine);
    }
    if (amendment.unread) this.edits.unread.push({ text: node.text, loc: node.loc });
  }

  /** A messageType message stated in a sentence: its messageType, and the members its references name. */
  private proseMessage(node: NodeOf<'prose'>, stated: { name: string; kind: 'request' | 'response' }): void {
    const refs = referencesIn(node.text, node.loc, stated.kind).map((r) => ({ ...r, side: stated.kind }));
    const variant: VariantDef = {
      role: stated.kind === 'request' ? 'request' : 'single',
      title: titleOf(node.text, stated.kind),
      description: node.text,
      properties: [
        {
          name: 'messageType',
          schema: { type: 'string', const: stated.name },
          required: true,
          description: `Set to '${stated.name}'.`,
          loc: node.loc,
          section: this.section.number,
        },
      ],
      refs,
      loc: node.loc,
    };
    this.add(stated.name, 'messageType', variant, node.loc);
    const via = refs.length ? `, with ${refs.map((r) => r.text).join('; ')}` : '';
    this.use(node.loc, `messageType message ${stated.name} stated in prose${via}`, node.endLine);
  }

  /**
   * "The error response has the same “messageType” element, and “code” and “desc” as for … in 9.3.1", after the
   * table of a messageType response: the other variant of that response, from its sibling's elements and references.
   */
  private siblingVariant(node: NodeOf<'prose'>, names: string[], refs: PropertyRef[]): boolean {
    const role = roleOf(node.text);
    const message = this.messages.findLast((m) => m.envelope === 'messageType' && m.kind === 'response');
    if (!message || (role !== 'success' && role !== 'error')) return false;
    const sibling = message.variants.find((v) => v.role !== role);
    const copies = names.map((name) => sibling?.properties.find((p) => p.name === name));
    if (!sibling || copies.some((p) => !p)) return false;
    const variant: VariantDef = {
      role,
      title: titleOf(node.text, `${role} response`),
      description: node.text,
      properties: copies.map((p) => ({ ...p!, schema: structuredClone(p!.schema), loc: node.loc })),
      refs: refs.map((r) => ({ ...r, side: role })),
      loc: node.loc,
    };
    this.add(message.name, 'messageType', variant, node.loc);
    return true;
  }

  /** "… a JSON-RPC request/response …" opens a JSON-RPC statement; "… returns … response" turns to its response. */
  private readRpcContext(node: NodeOf<'prose'>): void {
    if (/JSON-RPC/i.test(node.text)) {
      const side = /\bresponse\b/i.test(node.text) && !/\brequest\s+object\b/i.test(node.text) ? 'response' : 'request';
      const previous = this.rpc;
      this.rpc = { ...(previous?.method ? { method: previous.method, methodLoc: previous.methodLoc! } : {}), side };
      if (
        side === 'response' &&
        /[“"‘']\s*result\s*[”"’']/.test(node.text) &&
        /[“"‘']\s*error\s*[”"’']/.test(node.text)
      )
        this.rpc.into = 'both';
      this.use(node.loc, `JSON-RPC ${side} statement`, node.endLine);
    } else if (this.rpc && /\breturns?\b.*\bresponse\b/i.test(node.text)) this.rpc = { ...this.rpc, side: 'response' };
  }

  private list(node: NodeOf<'list'>): void {
    const pending: PendingParams = { properties: [], refs: [], loc: node.loc };
    for (const item of node.items) this.listItem(item, pending);
    this.flush(pending);
  }

  private flush(pending: PendingParams): void {
    if (this.rpcVariant(pending.properties, pending.refs, pending.loc)) pending.properties = [];
    pending.refs = [];
  }

  private listItem(item: ListItem, pending: PendingParams): void {
    const member = MEMBER.exec(item.text);
    if (member && this.rpc) {
      this.flush(pending);
      this.memberItem(item, [member[1]!, member[2]].filter(Boolean) as string[], this.rpc, pending);
      return;
    }
    const rpc = this.rpc;
    const refs = rpc ? referencesIn(item.text, item.loc, rpc.side) : [];
    if (rpc && refs.length) {
      const side: Side = rpc.into && rpc.into !== 'both' ? SIDE_OF[rpc.into] : refs[0]!.side;
      pending.refs.push(...refs.map((r) => ({ ...r, side })));
      this.use(item.loc, `reference: ${refs.map((r) => r.text).join('; ')}`);
      return;
    }
    const param = readParam(item, this.section.number, rpc?.into !== undefined);
    if (param && rpc?.method) {
      if (!pending.properties.length) pending.loc = item.loc;
      pending.properties.push(param.property);
      this.findings.push(...param.findings);
      this.use(item.loc, `parameter "${param.property.name}"`);
      for (const used of param.used) this.use(used.loc, `member of "${param.property.name}"`);
      return;
    }
    this.unreadItem(item, pending.properties);
  }

  /** A `“method”`, `“params”`, `“result”` or `“error”` member bullet, with the parameters nested under it. */
  private memberItem(item: ListItem, names: string[], rpc: RpcContext, pending: PendingParams): void {
    const value = SET_TO.exec(item.text);
    if (names[0] === 'method' && value) {
      const raw = value[1]!;
      const valueLoc = { ...item.loc, col: item.loc.col + item.text.indexOf(raw) };
      if (raw !== raw.trim()) this.findings.push(whitespaceFinding(valueLoc, 'method', raw, this.section.number));
      rpc.method = raw.trim();
      rpc.methodLoc = valueLoc;
    }
    if (names.includes('params')) rpc.into = 'params';
    else if (names.includes('result') && names.includes('error')) rpc.into = 'both';
    else if (names.includes('result')) rpc.into = 'result';
    else if (names.includes('error')) rpc.into = 'error';
    this.use(item.loc, `JSON-RPC "${names.join('"/"')}" member`);
    const side: Side = rpc.into ? SIDE_OF[rpc.into] : 'response';
    const refSide = side === 'request' ? 'request' : 'response';
    pending.refs.push(...referencesIn(item.text, item.loc, refSide).map((r) => ({ ...r, side })));
    pending.loc = item.loc;
    const list = readParamList(item.children, this.section.number, true);
    pending.properties.push(...list.properties);
    this.findings.push(...list.findings);
    for (const used of list.used) this.use(used.loc, `parameter "${paramName(used)}"`);
    for (const rest of list.rest) this.unreadItem(rest, list.properties);
  }

  /** A bullet that is neither member, parameter nor reference: reported when it names a parameter of the section. */
  private unreadItem(item: ListItem, pending: PropertyDef[] = []): void {
    if (!item.text.trim()) return;
    const known = (name: string) =>
      pending.some((p) => p.name === name) ||
      this.messages.some((m) => m.variants.some((v) => v.properties.some((p) => p.name === name)));
    if (quotedNames(item.text).some((n) => known(n.name))) {
      this.findings.push(
        finding(
          'unread-prose',
          item.loc,
          `bullet names a parameter of §${this.section.number} but states nothing the reader applies: "${item.text.slice(0, 80)}"`,
          `${this.section.number}:bullet@${item.loc.line}`,
        ),
      );
    }
    for (const child of item.children) this.unreadItem(child, pending);
  }

  private table(node: NodeOf<'table'>): void {
    const flat = node.rows.map((row) => {
      const read = readRow(
        {
          name: row.element.text,
          type: row.type.text,
          cardinality: row.cardinality.text,
          description: row.description.text,
          loc: row.element.loc,
          typeLoc: row.type.loc,
          descriptionLoc: row.description.loc,
          ...(row.description.items ? { items: row.description.items } : {}),
        },
        this.section.number,
      );
      this.findings.push(...read.findings);
      return read.property;
    });
    const nested = nestMarkedRows(flat, this.section.number);
    this.findings.push(...nested.findings);
    const rows = nested.properties;
    this.use(node.loc, 'element table', node.endLine);
    const typeRow = node.rows.find((r) => r.element.text === 'messageType');
    const value = typeRow && MESSAGE_TYPE_VALUE.exec(typeRow.description.text);
    const rpc = this.rpc;
    if (value) {
      const name = value[1]!;
      rows.find((p) => p.name === 'messageType')!.schema = { type: 'string', const: name };
      const purpose = `${node.intro ?? ''} ${node.caption?.text ?? ''}`;
      const variant: VariantDef = {
        role: roleOf(purpose),
        title: node.caption?.text ?? titleOf(purpose, 'message'),
        description: node.intro ?? '',
        properties: rows,
        loc: node.loc,
      };
      this.add(name, 'messageType', variant, node.loc);
    } else if (rpc?.method && (rpc.side === 'response' || this.tableRole)) {
      this.rpcVariant(rows, [], node.loc, this.tableRole === 'error' ? 'error' : 'result');
    } else if (rpc?.method) {
      this.rpcVariant(rows, [], node.loc, 'params');
    } else if (ADDS_ELEMENTS.test(node.intro ?? '')) {
      // "The following element is added to the … response:": each row is an addition to the message it names.
      const target = targetOf(node.intro!);
      this.edits.statements.push(
        ...rows.map((p) => ({
          name: p.name,
          edit: { verb: 'add' as const, required: p.required, schema: p.schema, description: p.description },
          target,
          text: `${node.intro} ${p.name}`,
          loc: p.loc,
        })),
      );
    } else if (this.edits.action === 'add') {
      // A section the CR adds, stated by a table alone (DM's JSON formats): the table is the message.
      const name = nameFromTitle(this.config, this.section.title);
      const variant: VariantDef = {
        role: roleOf(this.intent),
        title: node.caption?.text ?? titleOf(this.intent, 'message'),
        description: node.intro ?? this.intent,
        properties: rows,
        loc: node.loc,
      };
      this.add(name, 'http', variant, node.loc);
    } else {
      const intro = node.intro ?? '';
      const role = /\bresult\b/i.test(intro) ? 'success' : /\berror\b/i.test(intro) ? 'error' : roleOf(intro);
      this.edits.propertyUpdates.push({
        properties: rows,
        loc: node.loc,
        ...(role === 'single' ? {} : { side: role }),
        replaces: RESTATES_ALL.test(intro),
      });
    }
    this.tableRole = undefined;
  }

  private json(node: NodeOf<'json'>): void {
    const lines = this.doc.lines.slice(node.loc.line - 1, node.endLine);
    const read = readJson(lines, node.loc.line, this.doc.file);
    this.findings.push(...repairFindings(read.repairs, this.section.number, node.loc));
    if (!read.node) {
      this.findings.push(
        finding(
          'json-unrepairable',
          read.error!.loc,
          `JSON block cannot be read: ${read.error!.message}`,
          `${this.section.number}@${node.loc.line}`,
        ),
      );
      return;
    }
    if (node.role === 'example') {
      const example: ExampleDef = { role: node.example ?? 'any', label: node.label, node: read.node, loc: node.loc };
      const target = exampleTarget(this.messages, example, toValue(read.node));
      if (target) target.examples.push(example);
      else this.pendingExamples.push(example);
      this.use(node.loc, `example of ${target?.name ?? 'an inferred message'}`, node.endLine);
      return;
    }
    const block = readSchemaBlock(read.node, this.section.number, this.doc.file, this.fragments);
    this.findings.push(...block.findings);
    const typeProp = block.properties.find((p) => p.name === 'messageType');
    const enumValue = (typeProp?.schema.enum as unknown[] | undefined)?.[0] ?? typeProp?.schema.const;
    const name = typeof enumValue === 'string' ? enumValue : nameFromTitle(this.config, this.section.title);
    if (typeProp) {
      delete typeProp.schema.enum;
      typeProp.schema.const = name;
    }
    const variant: VariantDef = {
      role: roleOf(this.intent),
      title: block.title || titleOf(this.intent, 'message'),
      description: block.description || this.intent,
      properties: block.properties,
      loc: node.loc,
    };
    this.add(name, typeProp ? 'messageType' : 'http', variant, node.loc);
    this.use(node.loc, `schema of ${name}`, node.endLine);
  }
}
