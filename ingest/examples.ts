/**
 * reviewExamples: every JSON example of the CRs, checked against the definition it illustrates as the
 * CR states it (before decisions) — each contradiction a finding at the example's own text — and
 * written out, with the verdict the decisions give it, as a golden case for the generated validators.
 */
import type { Ajv, ErrorObject } from 'ajv';
import { createAjv } from '../core/ajv.ts';
import type { ExampleCase } from '../core/golden-case.ts';
import { exampleKey, type Applied } from './decisions.ts';
import type { ExampleDef, MessageDef, VariantDef } from './definitions.ts';
import { commonJsonRpc, variantSchema } from './emit.ts';
import { toValue, type JsonNode } from './json-reader.ts';
import type { Finding, Loc } from './model.ts';
import { finding } from './rules.ts';
import { whitespaceFinding } from './schema-block.ts';
import { SCHEMA_BASE, UNRESOLVED_KEYWORD } from '../core/spec-format.ts';
import { isRecord } from '../core/guards.ts';

export interface ReviewedExample {
  path: string;
  golden: ExampleCase;
}

/** Members whose values are identifiers: surrounding whitespace is a defect, trimmed. */
const IDENTIFIER_MEMBERS = new Set(['method', 'messageType', 'jsonrpc']);

/** `ids`: the message ids of the index (`<interface>/<name>` → id), so goldens name messages as the index does. */
export function reviewExamples(
  chained: MessageDef[],
  applied: Applied,
  ids: Map<string, string>,
): { findings: Finding[]; examples: ReviewedExample[]; dropped: { key: string; message: string; line: number }[] } {
  const ajv = createAjv('documents', { schemas: [commonJsonRpc()] });
  const findings: Finding[] = [];
  const examples: ReviewedExample[] = [];
  const dropped: { key: string; message: string; line: number }[] = [];
  const decided = new Map(applied.messages.map((m) => [`${m.interface}/${m.name}`, m]));
  for (const written of chained) {
    const message = withDecidedCopies(written, decided.get(`${written.interface}/${written.name}`));
    for (const example of message.examples) {
      const { node, trims } = trimIdentifiers(example.node);
      const document = toValue(node);
      const contradicted = contradictions(ajv, message, example, node, document);
      // An example a later CR's amendment left behind: kept while the amended definition accepts it, else dropped.
      if (example.amendedBy && contradicted.length) {
        const ref = `${message.interface}/${message.name}`;
        dropped.push({ key: exampleKey(ref, example.loc), message: ref, line: example.loc.line });
        continue;
      }
      for (const t of trims) findings.push(whitespaceFinding(t.loc, t.member, t.value, message.section));
      findings.push(...contradicted);
      const ref = `${message.interface}/${message.name}`;
      const verdict = applied.verdicts.get(exampleKey(ref, example.loc));
      const golden: ReviewedExample['golden'] = {
        message: ids.get(ref) ?? ref,
        verdict: verdict?.verdict ?? 'valid',
        source: { cr: example.loc.file, section: message.section, line: example.loc.line, label: example.label },
        document,
      };
      if (verdict) golden.decision = verdict.decision;
      examples.push({
        path: `${message.interface}/${message.name}/${example.loc.file.replace(/\.txt$/, '')}-L${example.loc.line}.json`,
        golden,
      });
    }
  }
  return { findings, examples, dropped };
}

/**
 * Examples are checked against the definitions as the CRs write them, except for the properties a prose reference
 * copied ("as for 10.1.5"): those follow the decisions on their original, so they are checked as decided.
 */
function withDecidedCopies(written: MessageDef, decided: MessageDef | undefined): MessageDef {
  if (!decided || !written.variants.some((v) => v.properties.some((p) => p.origin))) return written;
  const variants = written.variants.map((v) => {
    const after = decided.variants.find((d) => d.role === v.role);
    const properties = v.properties.map((p) => (p.origin && after?.properties.find((d) => d.name === p.name)) || p);
    return { ...v, properties };
  });
  return { ...written, variants };
}

function trimIdentifiers(node: JsonNode): { node: JsonNode; trims: { loc: Loc; member: string; value: string }[] } {
  const trims: { loc: Loc; member: string; value: string }[] = [];
  const walk = (n: JsonNode): JsonNode => {
    if (n.type === 'array') return { ...n, items: n.items.map(walk) };
    if (n.type !== 'object') return n;
    return {
      ...n,
      entries: n.entries.map((e) => {
        if (IDENTIFIER_MEMBERS.has(e.key) && e.value.type === 'string' && e.value.value.trim() !== e.value.value) {
          trims.push({ loc: e.value.loc, member: e.key, value: e.value.value });
          return { ...e, value: { ...e.value, value: e.value.value.trim() } };
        }
        return { ...e, value: walk(e.value) };
      }),
    };
  };
  return { node: walk(node), trims };
}

/** Validate against each candidate variant; report the errors of the closest one. */
function contradictions(
  ajv: Ajv,
  message: MessageDef,
  example: ExampleDef,
  node: JsonNode,
  document: unknown,
): Finding[] {
  const candidates = message.variants.filter(
    (v) => example.role === 'any' || example.role === v.role || (example.role === 'request' && v.role === 'request'),
  );
  let best: { variant: VariantDef; errors: ErrorObject[] } | undefined;
  for (const variant of candidates.length ? candidates : message.variants) {
    const schema = {
      ...variantSchema(message, variant),
      $id: `${SCHEMA_BASE}${message.interface}/${message.name}.${variant.role}.lint.json`,
    };
    const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
    // Where the CR's "$ref" resolves nowhere nothing is accepted; schema-unresolved-ref has said so already.
    const errors = (validate(document) ? [] : (validate.errors ?? [])).filter((e) => !atUnresolved(schema, e));
    if (!best || errors.length < best.errors.length) best = { variant, errors };
  }
  if (!best) return [];
  const subject = (what: string) => `${message.section}@${example.loc.line}:${what}`;
  const out: Finding[] = [];
  const missing = best.errors.filter((e) => e.keyword === 'required');
  const extra = best.errors.filter((e) => e.keyword === 'additionalProperties');
  const caseTwins = new Set<string>();
  for (const e of extra) {
    const name = (e.params as { additionalProperty: string }).additionalProperty;
    const twin = missing.find(
      (m) =>
        m.instancePath === e.instancePath &&
        (m.params as { missingProperty: string }).missingProperty.toLowerCase() === name.toLowerCase(),
    );
    const loc = keyLoc(node, e.instancePath, name);
    if (twin) {
      const expected = (twin.params as { missingProperty: string }).missingProperty;
      caseTwins.add(`${e.instancePath}/${expected}`);
      out.push(
        finding(
          'example-name-case',
          loc,
          `example writes "${name}" where its definition names "${expected}"`,
          subject(name),
        ),
      );
    } else {
      out.push(
        finding(
          'example-unlisted-parameter',
          loc,
          `example carries "${name}", which its definition (${describe(message, best.variant)}) does not list`,
          subject(name),
        ),
      );
    }
  }
  for (const e of missing) {
    const name = (e.params as { missingProperty: string }).missingProperty;
    if (caseTwins.has(`${e.instancePath}/${name}`)) continue;
    out.push(
      finding(
        'example-missing-mandatory',
        nodeAt(node, e.instancePath)?.loc ?? example.loc,
        `example omits "${name}", which its definition (${describe(message, best.variant)}) says is mandatory`,
        subject(name),
      ),
    );
  }
  for (const e of best.errors) {
    const at = nodeAt(node, e.instancePath);
    const where = e.instancePath || '/';
    if (e.keyword === 'type')
      out.push(
        finding(
          'example-type-mismatch',
          at?.loc ?? example.loc,
          `example gives ${where} as ${jsonType(at)}, its definition declares ${(e.params as { type: string }).type}`,
          subject(where),
        ),
      );
    if (e.keyword === 'const' || e.keyword === 'enum')
      out.push(
        finding(
          'example-value-mismatch',
          at?.loc ?? example.loc,
          `example value of ${where} contradicts its definition (${e.message})`,
          subject(where),
        ),
      );
    else if (!SHAPE_KEYWORDS.has(e.keyword) && !(COMBINERS.has(e.keyword) && out.length))
      out.push(
        finding(
          'example-value-mismatch',
          at?.loc ?? example.loc,
          `example value of ${where} breaks "${e.keyword}" of its definition (${e.message})`,
          subject(`${where}:${e.keyword}`),
        ),
      );
  }
  return out;
}

/** Keywords reported by the rules above; every other keyword an example breaks (pattern, bounds, format) is a value mismatch. */
const SHAPE_KEYWORDS = new Set(['required', 'additionalProperties', 'type']);
/** A failed anyOf/oneOf repeats what its branches said: reported only when nothing more precise was. */
const COMBINERS = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else']);

function atUnresolved(schema: unknown, error: ErrorObject): boolean {
  if (error.keyword !== 'not') return false;
  let node: unknown = schema;
  for (const raw of error.schemaPath.split('/').slice(1, -1)) {
    node = isRecord(node) ? node[raw.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return isRecord(node) && UNRESOLVED_KEYWORD in node;
}

function describe(m: MessageDef, v: VariantDef): string {
  return `${m.name}${v.role === 'single' || v.role === 'request' ? '' : ` ${v.role}`}, line ${v.loc.line}`;
}

function jsonType(node: JsonNode | undefined): string {
  if (!node) return 'nothing';
  if (node.type === 'number') return Number.isInteger(node.value) ? 'integer' : 'number';
  return node.type;
}

function nodeAt(root: JsonNode, pointer: string): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node?.type === 'object') node = node.entries.find((e) => e.key === part)?.value;
    else if (node?.type === 'array') node = node.items[Number(part)];
    else return undefined;
  }
  return node;
}

function keyLoc(root: JsonNode, pointer: string, key: string): Loc {
  const parent = nodeAt(root, pointer);
  return (parent?.type === 'object' ? parent.entries.find((e) => e.key === key)?.keyLoc : undefined) ?? root.loc;
}
