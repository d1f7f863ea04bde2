/**
 * draftCr: the difference between a previous spec and the current one → the text of a CR in the house style of
 * CR-STYLE.md: numbered front matter (the compatibility section filled from the diff), "6 Detailed Change
 * Proposal", and one change block per section whose messages were added, changed or removed. A changed section
 * is restated whole (restating a definition replaces the earlier one). What the house style cannot carry so that
 * the reader reads it back is returned as a located warning, never dropped silently.
 */
import type { InterfaceMeta, MessageMeta } from '../../core/spec-format.ts';
import type { InterfaceConfig } from '../../ingest/manifest.ts';
import { nameFromTitle } from '../../ingest/statement-text.ts';
import { compareSpecs, type CompatFinding } from '../compare.ts';
import { toMarkdown } from '../report.ts';
import type { SpecSnapshot } from '../snapshot.ts';
import { messages, schemaBlocks, stated, type Message, type Restated, type Schema } from './blocks.ts';
import { amendments } from './amendments.ts';
import { rpcList } from './rpc.ts';

export interface CrDraft {
  text: string;
  /** `<interface>.<message> [member]: what the draft cannot state` — the round trip will differ there. */
  warnings: string[];
  /** The messages the draft restates (`<interface>.<name>`), for verifyDraft. */
  restated: string[];
}

const IPR =
  'Members and their Affiliates (collectively, "Members") agree to use their reasonable endeavours to inform timely the Open Mobile Alliance of Essential IPR as they become aware that the Essential IPR is related to the prepared or published Specification.';

export interface DraftOptions {
  /** Section 1's text; by default one naming the messages changed. */
  reason?: string;
  /** The manifest's interfaces (with their title → name rules), to check that a restated heading names its message. */
  interfaces?: InterfaceConfig[];
  /** The findings of section 2, when the caller has marked the accepted ones; by default compareSpecs's. */
  findings?: CompatFinding[];
}

export function draftCr(before: SpecSnapshot, after: SpecSnapshot, options: DraftOptions = {}): CrDraft {
  const warnings: string[] = [];
  const old = messages(before);
  const current = messages(after);
  const interfaces = new Map([...before.index.interfaces, ...after.index.interfaces].map((i) => [i.id, i]));
  const sections = new Map<string, { iface: string; section: string }>();
  const touched = new Set<string>();
  for (const [name, m] of current) {
    const key = sectionKey(m.meta);
    const was = old.get(name);
    if (!was || stated(was) !== stated(m)) touched.add(key);
    sections.set(key, { iface: m.meta.interface, section: m.meta.source.section });
  }
  const removedSections = new Set<string>();
  for (const [name, m] of old) {
    if (current.has(name)) continue;
    const key = sectionKey(m.meta);
    if ([...current.values()].some((c) => sectionKey(c.meta) === key))
      warnings.push(
        `${name}: removed while §${m.meta.source.section} keeps other messages; a CR can delete a section or restate messages, not delete one message of a kept section`,
      );
    else removedSections.add(m.meta.source.section);
  }
  const blocks: string[] = [];
  const restatedNames: string[] = [];
  let n = 0;
  for (const key of [...touched].sort(bySection)) {
    const { iface, section } = sections.get(key)!;
    if (section.startsWith('extension:')) {
      warnings.push(`${iface} §${section}: defined by a spec extension, not a CR; not drafted`);
      continue;
    }
    const inSection = [...current.values()].filter((m) => sectionKey(m.meta) === key);
    const isNew = ![...old.values()].some((m) => sectionKey(m.meta) === key);
    const amended = isNew ? undefined : amendSection(inSection, old);
    if (amended) {
      n++;
      blocks.push(
        `Change ${n}:  Change Following Section`,
        `${section} ${sectionTitle(inSection).title}`,
        ...amended,
        '',
      );
      continue;
    }
    restatedNames.push(...inSection.map((m) => `${m.meta.interface}.${m.meta.name}`));
    const config = options.interfaces?.find((i) => i.id === iface);
    const restated = restateSection(inSection, interfaces.get(iface), config);
    warnings.push(...restated.warnings, ...unreadNames(inSection, restated.title, config));
    n++;
    blocks.push(
      `Change ${n}:  ${isNew ? 'Add' : 'Change'} Following Section`,
      `${section} ${restated.title}`,
      ...restated.lines,
    );
  }
  for (const section of [...removedSections].sort(compareNumbers)) {
    n++;
    blocks.push(`Change ${n}:  Delete Following Section ${section}`, '');
  }
  const findings = options.findings ?? compareSpecs(before, after);
  const text = [...frontMatter(before, after, findings, options.reason), '6 Detailed Change Proposal', '', ...blocks];
  return { text: `${text.join('\n').trimEnd()}\n`, warnings, restated: restatedNames };
}

/** Sections 1 to 5; section 2 is `omaspec diff --format markdown` without its own heading. */
function frontMatter(
  before: SpecSnapshot,
  after: SpecSnapshot,
  findings: CompatFinding[],
  reason: string | undefined,
): string[] {
  const impact = toMarkdown({ before: before.label, after: after.label, findings }).replace(/^## 2 [^\n]*\n\n/, '');
  const names = [...new Set(findings.map((f) => f.message))];
  const changes = names.length ? `: it changes ${names.join(', ')}` : '';
  return [
    '1 Reason for Change',
    '',
    reason ??
      `This CR brings the specification in line with the definitions as edited (${before.label} → ${after.label})${changes}.`,
    '2 Impact on Backward Compatibility',
    '',
    impact.trimEnd(),
    '',
    '3 Impact on Other Specifications',
    '',
    'None',
    '4 Intellectual Property Rights',
    '',
    IPR,
    '',
    '5 Recommendation',
    '',
    'Review and apply the proposed changes.',
  ];
}

/** Amendment sentences for a section whose messages all existed and changed only as amendments say; else undefined. */
function amendSection(list: Message[], old: Map<string, Message>): string[] | undefined {
  const sentences: string[] = [];
  for (const m of list) {
    const was = old.get(`${m.meta.interface}.${m.meta.name}`);
    if (!was) return undefined;
    if (stated(was) === stated(m)) continue;
    const said = amendments(was, m);
    if (!said?.length) return undefined;
    sentences.push(...said);
  }
  return sentences;
}

/** The messages of one section, restated: messageType / HTTP messages as schema blocks, JSON-RPC as bullets. */
function restateSection(
  list: Message[],
  iface: InterfaceMeta | undefined,
  config: InterfaceConfig | undefined,
): Restated & { title: string } {
  const client = iface?.client || 'client';
  const server = iface?.server || 'server';
  const senderOf = (m: MessageMeta) => (m.direction === 'clientToServer' ? client : server);
  const lines: string[] = [];
  const warnings: string[] = [];
  const rpc = list.filter((m) => m.meta.envelope === 'jsonrpc');
  for (const m of list.filter((x) => x.meta.envelope !== 'jsonrpc')) {
    const r = schemaBlocks(m.meta, m.schema, senderOf(m.meta));
    lines.push(...r.lines);
    warnings.push(...r.warnings);
  }
  for (const request of rpc.filter((m) => m.meta.kind === 'request')) {
    const response = rpc.find((m) => m.meta.responseTo === request.meta.id);
    const r = rpcList(
      {
        method: request.meta.method!,
        ...(request.schema.properties?.params ? { params: request.schema.properties.params } : {}),
        sender: senderOf(request.meta),
      },
      response && rpcResponse(response, senderOf(response.meta)),
      {
        request: `${request.meta.interface}.${request.meta.name}`,
        response: `${request.meta.interface}.${response?.meta.name ?? request.meta.name}`,
      },
    );
    lines.push(...r.lines);
    warnings.push(...r.warnings);
  }
  for (const orphan of rpc.filter(
    (m) => m.meta.kind !== 'request' && !rpc.some((r) => m.meta.responseTo === r.meta.id),
  ))
    warnings.push(
      `${orphan.meta.interface}.${orphan.meta.name}: a JSON-RPC ${orphan.meta.kind} that answers no request of §${orphan.meta.source.section} cannot be stated`,
    );
  const heading = sectionTitle(list);
  return { lines, warnings: [...warnings, ...heading.warnings], title: namingHeading(list, heading.title, config) };
}

/**
 * The heading title: a message whose variants carry different titles is described by the section's title (as
 * the build words it), so that one fixes the heading; otherwise the first message's title less its kind word.
 */
function sectionTitle(list: Message[]): { title: string; warnings: string[] } {
  const strip = (text: unknown) => String(text ?? '').replace(/\.$/, '');
  const fixed = list.filter((m) => new Set(variantTitles(m)).size > 1);
  const titles = [...new Set(fixed.map((m) => strip(m.schema.description)))];
  if (titles.length > 1)
    return {
      title: titles[0]!,
      warnings: [
        `§${list[0]!.meta.source.section}: its messages name the section differently (${titles.join('; ')}); the heading takes the first`,
      ],
    };
  const title =
    titles[0] ??
    strip(list[0]!.schema.description ?? list[0]!.meta.name).replace(/\s+(?:request|response|message)$/i, '');
  return { title, warnings: [] };
}

/**
 * An HTTP message is named after its section's heading (through the manifest's title rules, else the heading's
 * words): when the title the messages give does not name it, its name's own words do ("Subscription Report").
 */
function namingHeading(list: Message[], title: string, config: InterfaceConfig | undefined): string {
  const http = list.find((m) => m.meta.envelope === 'http');
  if (!http || !config || nameFromTitle(config, title) === http.meta.name) return title;
  const words = http.meta.name
    .replace(new RegExp(`^${config.id}`), '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim();
  return words && nameFromTitle(config, words) === http.meta.name ? words : title;
}

/** Names the reader would give otherwise: an HTTP message's from the heading, a JSON-RPC response's from its method. */
function unreadNames(list: Message[], heading: string, config: InterfaceConfig | undefined): string[] {
  const out: string[] = [];
  for (const { meta } of list) {
    const where = `${meta.interface}.${meta.name} (§${meta.source.section})`;
    if (meta.envelope === 'http' && config && nameFromTitle(config, heading) !== meta.name)
      out.push(
        `${where}: the heading "${heading}" names it ${nameFromTitle(config, heading)}; rename it or add a title rule to the manifest`,
      );
    const byMethod = meta.method?.replace(/Req$/, 'Res');
    if (meta.envelope === 'jsonrpc' && meta.kind === 'response' && byMethod !== meta.name)
      out.push(`${where}: a JSON-RPC response is read as ${byMethod}, after its method ${meta.method}`);
  }
  return out;
}

/** The titles the CR gave each variant: a JSON-RPC body's own (params, result, error), else the variant's. */
function variantTitles(m: Message): unknown[] {
  const variants = (m.schema.oneOf ?? [m.schema]) as Schema[];
  const body = (v: Schema) => v.properties?.params ?? v.properties?.result ?? v.properties?.error;
  return variants.map((v) => (m.meta.envelope === 'jsonrpc' ? body(v)?.description : v.description));
}

function rpcResponse(m: Message, sender: string) {
  const variants = (m.schema.oneOf ?? [m.schema]) as Schema[];
  const member = (k: 'result' | 'error') =>
    variants.find((v) => v.properties?.[k])?.properties[k] as Schema | undefined;
  const result = member('result');
  const error = member('error');
  // The build gives every error object its JSON-RPC `data` member; stating it would only repeat that.
  return { sender, ...(result ? { result } : {}), ...(error ? { error: withoutBuiltData(error) } : {}) };
}

function withoutBuiltData(error: Schema): Schema {
  const data = error.properties?.data as Schema | undefined;
  if (
    !data ||
    Object.keys(error.properties).at(-1) !== 'data' ||
    data.type !== undefined ||
    Object.keys(data).some((k) => !['title', 'description', 'x-omaspec-source'].includes(k))
  )
    return error;
  const { data: _built, ...rest } = error.properties;
  void _built;
  return { ...error, properties: rest };
}

const sectionKey = (m: MessageMeta) => `${m.interface}|${m.source.section}`;
const compareNumbers = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const bySection = (a: string, b: string) => compareNumbers(a.split('|')[1]!, b.split('|')[1]!);
