/**
 * Project-defined extensions (spec/extensions/*.yaml): messages the CRs leave undefined, stated as
 * provisional definitions with their rationale. They join the chain after the CRs and lose to them:
 * a message a CR defines supersedes the extension's, and lint says so.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lineColumnAt, OmaspecError } from '../core/errors.ts';
import YAML, { LineCounter, isMap, isSeq, type Node as YamlNode } from 'yaml';
import type { ExampleDef, JsonSchema, MessageDef, PropertyDef, VariantDef, VariantRole } from './definitions.ts';
import { fromValue } from './json-reader.ts';
import type { InterfaceConfig } from './manifest.ts';
import type { ExampleKind, Finding, Loc } from './model.ts';
import { finding } from './rules.ts';

interface ExtensionFile {
  id: string;
  status: 'provisional';
  rationale: string;
  interfaces?: InterfaceConfig[];
  messages: (Pick<MessageDef, 'interface' | 'name' | 'envelope' | 'kind' | 'direction' | 'method' | 'mediaType'> & {
    title: string;
    description?: string;
    variants: {
      role: VariantRole;
      title?: string;
      properties: Record<string, { schema: JsonSchema; required?: boolean; description: string }>;
    }[];
    examples?: { role: ExampleKind; label: string; document: unknown }[];
  })[];
}

export interface Extension {
  file: string;
  text: string;
  interfaces: InterfaceConfig[];
  messages: MessageDef[];
}

export class ExtensionError extends OmaspecError {
  /** `loc` is relative to the spec directory, as message sources are; `shownFile` is the path users open. */
  constructor(
    message: string,
    readonly loc: Loc,
    shownFile = loc.file,
  ) {
    super('INGEST_EXTENSION', message, { location: { ...loc, file: shownFile } });
  }
}

export async function readExtension(specDir: string, rel: string): Promise<Extension> {
  const text = await readFile(path.join(specDir, rel), 'utf8');
  const file = rel.split(path.sep).join('/');
  const shown = path.join(specDir, rel);
  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter });
  const locOf = (node: unknown): Loc => {
    const start = (node as YamlNode | undefined)?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    return { file, line: pos.line, col: pos.col };
  };
  const [syntax] = doc.errors;
  if (syntax)
    throw new ExtensionError(syntax.message.split('\n')[0]!, { file, ...lineColumnAt(text, syntax.pos[0]) }, shown);
  const data = doc.toJS() as ExtensionFile;
  const messagesNode = doc.get('messages', true);
  if (!Array.isArray(data?.messages) || !isSeq(messagesNode))
    throw new ExtensionError('an extension needs a "messages" list', locOf(doc.contents), shown);
  const messages = data.messages.map((m, i): MessageDef => {
    const node = messagesNode.items[i];
    const loc = locOf(node);
    const section = `extension:${data.id}`;
    const variantsNode = isMap(node) ? node.get('variants', true) : undefined;
    const variants = m.variants.map((v, j): VariantDef => {
      const variantNode = isSeq(variantsNode) ? variantsNode.items[j] : undefined;
      const propsNode = isMap(variantNode) ? variantNode.get('properties', true) : undefined;
      const properties = Object.entries(v.properties).map(([name, p]): PropertyDef => {
        const propNode = isMap(propsNode)
          ? propsNode.items.find((pair) => (pair.key as { value?: unknown })?.value === name)?.key
          : undefined;
        return {
          name,
          schema: p.schema,
          required: p.required === true,
          description: p.description,
          loc: locOf(propNode ?? variantNode),
          section,
        };
      });
      const variant: VariantDef = {
        role: v.role,
        title: v.title ?? m.title,
        description: m.description ?? m.title,
        properties,
        loc: locOf(variantNode ?? node),
      };
      if (m.envelope === 'jsonrpc')
        variant.member = v.role === 'request' ? 'params' : v.role === 'error' ? 'error' : 'result';
      return variant;
    });
    const examples = (m.examples ?? []).map((e, k): ExampleDef => {
      const exampleNode = isMap(node) ? node.get('examples', true) : undefined;
      const at = locOf(isSeq(exampleNode) ? exampleNode.items[k] : node);
      return { role: e.role, label: e.label, node: fromValue(e.document, at), loc: at };
    });
    const message: MessageDef = {
      interface: m.interface,
      name: m.name,
      envelope: m.envelope,
      kind: m.kind,
      direction: m.direction,
      section,
      sectionTitle: m.title,
      loc,
      variants,
      examples,
    };
    if (m.method) message.method = m.method;
    if (m.mediaType) message.mediaType = m.mediaType;
    return message;
  });
  return { file, text, interfaces: data.interfaces ?? [], messages };
}

/** Extension messages join the chain unless a CR defines the same message, which wins. */
export function mergeExtensions(
  chained: MessageDef[],
  extensions: Extension[],
): { messages: MessageDef[]; provisional: Set<string>; findings: Finding[] } {
  const messages = [...chained];
  const provisional = new Set<string>();
  const findings: Finding[] = [];
  for (const extension of extensions) {
    for (const m of extension.messages) {
      const cr = chained.find((c) => c.interface === m.interface && c.name === m.name);
      if (cr) {
        findings.push(
          finding(
            'extension-superseded',
            m.loc,
            `extension message ${m.interface}/${m.name} is now defined by ${cr.loc.file} §${cr.section}; the CR wins — remove it from ${extension.file}`,
            `${m.interface}/${m.name}`,
          ),
        );
        continue;
      }
      messages.push(m);
      provisional.add(`${m.interface}/${m.name}`);
    }
  }
  return { messages, provisional, findings };
}
