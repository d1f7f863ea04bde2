/**
 * A JSON Schema block of a CR → property definitions, normalised to draft-07: draft-03 booleans
 * `required` folded into `required` arrays, wrong-case keywords corrected, whitespace trimmed from
 * enum/const/title strings. Each normalisation is reported as a finding.
 */
import type { JsonSchema, PropertyDef } from './definitions.ts';
import type { JsonNode } from './json-reader.ts';
import type { Finding, Loc } from './model.ts';
import { createAjv } from '../core/ajv.ts';
import { SOURCE_KEYWORD, UNRESOLVED_KEYWORD } from '../core/spec-format.ts';
import { finding } from './rules.ts';

const KEYWORDS = [
  '$schema',
  '$ref',
  '$id',
  'id',
  'title',
  'description',
  'type',
  'properties',
  'items',
  'required',
  'enum',
  'const',
  'format',
  'additionalProperties',
  'minimum',
  'maximum',
  'pattern',
  'oneOf',
  'anyOf',
  'allOf',
  'not',
  'default',
  'definitions',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
];
const TRIMMED = new Set(['enum', 'const', 'title']);
/** The context of a "properties" object's members. Not a name a CR can give: contexts are also property names. */
const PROPERTY_MAP = '\u0000properties';

export interface SchemaBlock {
  title: string;
  description: string;
  properties: PropertyDef[];
  /** Properties whose `$ref` points nowhere, by name. */
  unresolved: string[];
  findings: Finding[];
}

/**
 * `fragments`: draft-04 `"id": "#name"` anchors of the blocks read so far (this CR and earlier ones), so that a
 * `"$ref": "#name"` in a later block resolves; this block's anchors are added to it.
 */
export function readSchemaBlock(
  root: JsonNode,
  section: string,
  crFile: string,
  fragments: Map<string, JsonNode> = new Map(),
): SchemaBlock {
  const findings: Finding[] = [];
  collectFragments(root, fragments);
  const where = (loc: Loc) => ({ cr: crFile, section, line: loc.line });
  const unresolved: string[] = [];
  const resolving = new Set<JsonNode>();

  /** The node a local "$ref" ("#/definitions/x") points at; null when it is being inlined already (recursion). */
  function localTarget(ref: string): JsonNode | null | undefined {
    if (!ref.startsWith('#')) return undefined;
    if (ref !== '#' && !ref.startsWith('#/')) {
      const anchored = fragments.get(ref);
      return anchored && resolving.has(anchored) ? null : anchored;
    }
    let node: JsonNode | undefined = root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node =
        node?.type === 'object'
          ? node.entries.find((e) => e.key === part)?.value
          : node?.type === 'array'
            ? node.items[Number(part)]
            : undefined;
    }
    return node && resolving.has(node) ? null : node;
  }

  function normalise(node: JsonNode, context: string): unknown {
    if (node.type === 'array') return node.items.map((item) => normalise(item, context));
    if (node.type !== 'object') return node.type === 'null' ? null : node.value;
    const out: JsonSchema = {};
    const requiredHere: string[] = [];
    const exclusiveFlags: { key: 'exclusiveMinimum' | 'exclusiveMaximum'; on: boolean; loc: Loc }[] = [];
    for (const entry of node.entries) {
      let key = entry.key;
      const canonical = KEYWORDS.find((k) => k.toLowerCase() === key.toLowerCase());
      if (context !== PROPERTY_MAP && canonical && canonical !== key) {
        findings.push(keywordCaseFinding(entry.key, canonical, entry.keyLoc, section));
        key = canonical;
      }
      if (context === PROPERTY_MAP) {
        const child = propertySchema(entry.key, entry.value, entry.keyLoc, 'schema');
        child[SOURCE_KEYWORD] = where(entry.keyLoc);
        out[key] = child;
        continue;
      }
      // A draft-04 anchor ("id": "#channel_item") has done its work once references to it are inlined.
      if (key === 'id' && entry.value.type === 'string' && entry.value.value.trim().startsWith('#')) continue;
      if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && entry.value.type === 'boolean') {
        exclusiveFlags.push({ key, on: entry.value.value, loc: entry.keyLoc });
        continue;
      }
      if (key === 'divisibleBy' && context !== PROPERTY_MAP) {
        findings.push(legacyKeywordFinding(entry.keyLoc, '"divisibleBy" (draft-03)', '"multipleOf"', section));
        key = 'multipleOf';
      }
      if (key === 'required' && entry.value.type === 'boolean') {
        findings.push(
          finding(
            'schema-draft03-required',
            entry.keyLoc,
            `draft-03 "required": ${entry.value.value} inside a draft-04 schema; read as ${entry.value.value ? "an entry of the parent's required list" : 'optional'}`,
            `${section}:${context}@${entry.keyLoc.line}`,
            {
              original: `"required": ${entry.value.value}`,
              repaired: entry.value.value ? 'listed in the parent "required" array' : '(removed)',
            },
          ),
        );
        out.__required = entry.value.value;
        continue;
      }
      if (key === '$ref' && entry.value.type === 'string') {
        // A local reference is inlined (the block's definitions are not emitted); any other one is reported.
        const ref = entry.value.value.trim();
        const target = localTarget(ref);
        if (!target) {
          const why =
            target === null
              ? 'refers to a schema that contains it, which cannot be inlined'
              : 'does not resolve to any schema';
          findings.push(
            finding('schema-unresolved-ref', entry.value.loc, `"$ref": "${ref}" ${why}`, `${section}:$ref:${ref}`),
          );
          unresolved.push(context);
          // Nothing is accepted where the CR's schema cannot be found: an empty schema would accept anything.
          out.not = {};
          out[UNRESOLVED_KEYWORD] = `${ref} (${crFile}:${entry.value.loc.line})`;
          continue;
        }
        resolving.add(target);
        const inlined = normalise(target, context) as JsonSchema;
        resolving.delete(target);
        for (const [k, v] of Object.entries(inlined)) if (!(k in out)) out[k] = v;
        continue;
      }
      const value = TRIMMED.has(key)
        ? trimStrings(entry.value, key, section, findings)
        : normalise(entry.value, key === 'properties' ? PROPERTY_MAP : key);
      const invalid = KEYWORDS.includes(key) ? keywordError(key, value) : undefined;
      if (invalid) {
        findings.push(
          finding(
            'schema-invalid-keyword',
            entry.keyLoc,
            `"${key}": ${JSON.stringify(value)} is not valid JSON Schema (${invalid}); left out`,
            `${section}:${context}:${key}@${entry.keyLoc.line}`,
          ),
        );
        continue;
      }
      out[key] = value;
      if (key === 'properties') requiredHere.push(...takeDraft03Required(out[key] as Record<string, JsonSchema>));
    }
    if (requiredHere.length) out.required = [...new Set([...((out.required as string[]) ?? []), ...requiredHere])];
    for (const flag of exclusiveFlags) {
      // Draft-04 says "exclusiveMinimum": true beside "minimum": 0; draft-07 says "exclusiveMinimum": 0.
      const bound = flag.key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      const converted = flag.on && typeof out[bound] === 'number';
      findings.push(
        legacyKeywordFinding(
          flag.loc,
          `draft-04 "${flag.key}": ${flag.on}`,
          converted
            ? `"${flag.key}": ${String(out[bound])} (draft-07)`
            : flag.on
              ? 'nothing: no "' + bound + '" to make exclusive'
              : 'the inclusive bound it states',
          section,
        ),
      );
      if (converted) {
        out[flag.key] = out[bound];
        delete out[bound];
      }
    }
    return out;
  }

  /** A property's schema must be an object; anything else is reported and read as no constraint. */
  function propertySchema(name: string, node: JsonNode, keyLoc: Loc, context: string): JsonSchema {
    const schema = normalise(node, context);
    if (schema && typeof schema === 'object' && !Array.isArray(schema)) return schema as JsonSchema;
    findings.push(
      finding(
        'schema-invalid-keyword',
        keyLoc,
        `property "${name}" has ${JSON.stringify(schema)} where a schema object belongs; read as unconstrained`,
        `${section}:${name}@${keyLoc.line}`,
      ),
    );
    return {};
  }

  // Walk the top level by hand so that the message's properties become PropertyDefs.
  const top = root.type === 'object' ? root : undefined;
  const entry = (name: string) => top?.entries.find((e) => e.key.toLowerCase() === name);
  const title = entry('title');
  const description = entry('description');
  const required = new Set<string>();
  const requiredEntry = entry('required');
  if (requiredEntry?.value.type === 'array')
    for (const item of requiredEntry.value.items) if (item.type === 'string') required.add(item.value.trim());
  const properties: PropertyDef[] = [];
  const propsEntry = entry('properties');
  for (const key of top?.entries ?? []) {
    const canonical = KEYWORDS.find((k) => k.toLowerCase() === key.key.toLowerCase());
    if (canonical && canonical !== key.key) findings.push(keywordCaseFinding(key.key, canonical, key.keyLoc, section));
  }
  if (propsEntry?.value.type === 'object') {
    for (const prop of propsEntry.value.entries) {
      const schema = propertySchema(prop.key, prop.value, prop.keyLoc, prop.key);
      const draft03 = schema.__required;
      delete schema.__required;
      if (unresolved.includes(prop.key)) delete schema.$ref;
      const { description: text, ...rest } = schema;
      properties.push({
        name: prop.key,
        schema: rest,
        required: required.has(prop.key) || draft03 === true,
        description: typeof text === 'string' ? text : '',
        loc: prop.keyLoc,
        section,
      });
    }
  }
  return {
    title: title?.value.type === 'string' ? (trimStrings(title.value, 'title', section, findings) as string) : '',
    description: description?.value.type === 'string' ? description.value.value : '',
    properties,
    unresolved,
    findings,
  };
}

/** Meta-validation only (draft-07): what the generated validators could not compile. */
const metaSchema = createAjv('metaSchema');

/** Why `{keyword: value}` is not valid JSON Schema, or undefined when it is. */
export function keywordError(keyword: string, value: unknown): string | undefined {
  // Only a root schema names its dialect; the emitted message schema has its own.
  if (keyword === '$schema') return '"$schema" belongs to a root schema only';
  if (keyword === 'id') return 'the draft-04 "id" is not draft-07, where ajv refuses it';
  if (!metaSchema.validateSchema({ [keyword]: value }))
    return metaSchema.errorsText(metaSchema.errors, { dataVar: 'schema' });
  if (keyword === 'pattern' && typeof value === 'string') {
    try {
      new RegExp(value, 'u');
    } catch (error) {
      return (error as Error).message;
    }
  }
  return undefined;
}

/** Removes the draft-03 markers left on property schemas and returns the names marked required. */
function takeDraft03Required(properties: Record<string, JsonSchema>): string[] {
  const names: string[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    if (schema && typeof schema === 'object' && '__required' in schema) {
      if (schema.__required === true) names.push(name);
      delete schema.__required;
    }
  }
  return names;
}

function keywordCaseFinding(written: string, canonical: string, loc: Loc, section: string): Finding {
  return finding(
    'schema-keyword-case',
    loc,
    `keyword "${written}" is not a JSON Schema keyword; read as "${canonical}"`,
    `${section}:${written}`,
    { original: written, repaired: canonical },
  );
}

function trimStrings(node: JsonNode, keyword: string, section: string, findings: Finding[]): unknown {
  if (node.type === 'array') return node.items.map((item) => trimStrings(item, keyword, section, findings));
  if (node.type !== 'string') return node.type === 'null' ? null : node.type === 'object' ? {} : node.value;
  const trimmed = node.value.trim();
  if (trimmed !== node.value) findings.push(whitespaceFinding(node.loc, keyword, node.value, section));
  return trimmed;
}

export function whitespaceFinding(loc: Loc, what: string, value: string, section: string): Finding {
  return finding(
    'string-whitespace',
    loc,
    `${what} string "${value}" has leading or trailing whitespace; read as "${value.trim()}"`,
    `${section}:${what}:${value.trim()}`,
    { original: JSON.stringify(value), repaired: JSON.stringify(value.trim()) },
  );
}

/** Every object of the block carrying a draft-04 fragment id (`"id": "#name"`), by that id. */
function collectFragments(node: JsonNode, into: Map<string, JsonNode>): void {
  if (node.type === 'array') return node.items.forEach((item) => collectFragments(item, into));
  if (node.type !== 'object') return;
  for (const entry of node.entries) {
    if (entry.key === 'id' && entry.value.type === 'string' && entry.value.value.trim().startsWith('#'))
      into.set(entry.value.value.trim(), node);
    collectFragments(entry.value, into);
  }
}

/** A keyword of an older draft, rewritten into its draft-07 form (or left out when it says nothing there). */
function legacyKeywordFinding(loc: Loc, legacy: string, readAs: string, section: string): Finding {
  return finding(
    'schema-legacy-keyword',
    loc,
    `${legacy} is not draft-07; read as ${readAs}`,
    `${section}:${legacy.replace(/[^\w]+/g, '-')}@${loc.line}`,
  );
}
