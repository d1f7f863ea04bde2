/** JSON blocks of a section: the message an example illustrates, a message inferred from an example alone, repairs. */
import type { ExampleDef, MessageDef, VariantDef, VariantRole } from './definitions.ts';
import { inferSchema } from './infer.ts';
import { toValue, type Repair } from './json-reader.ts';
import type { InterfaceConfig } from './manifest.ts';
import type { Finding, Loc, Section } from './model.ts';
import { finding } from './rules.ts';
import { nameFromTitle, roleOf } from './statement-text.ts';

/** The message an example illustrates, by the method or messageType it names, else the latest fitting one. */
export function exampleTarget(messages: MessageDef[], example: ExampleDef, value: unknown): MessageDef | undefined {
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

/** The message an example alone states: its name, envelope and a schema inferred from its values. */
export function inferredMessage(
  example: ExampleDef,
  section: Section,
  config: InterfaceConfig,
  rpc: { method?: string } | undefined,
  /** The method of the section's last JSON-RPC request: a JSON-RPC response example with no context answers it. */
  lastMethod?: string,
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
    const method = typeof record.method === 'string' ? record.method.trim() : (rpc?.method ?? lastMethod);
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

/** One finding per repair rule per block: the first place, and how many more. */
export function repairFindings(repairs: Repair[], section: string, blockLoc: Loc): Finding[] {
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
