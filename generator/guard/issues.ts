/**
 * The all-errors check of a schema as JavaScript that pushes the issues `validate…` reports, in the order ajv's
 * all-errors code finds the errors and with what generator/runtime/validation.ts (`toIssues`) makes of them: the path,
 * the rule, the message and the CR source, the last two worked out here once per rule instead of once per error.
 * test/generator/guard-issues.test.ts holds the two to each other.
 */
import { escapeFragment, escapeJsonPointer } from 'ajv/dist/compile/util.js';
import { isRecord } from '../../core/guards.ts';
import type { SourceTable } from '../sources.ts';
import { statements as guardStatements } from './guard.ts';
import {
  checkKeywords,
  equalTo,
  formatCheck,
  GROUPS,
  groupCondition,
  isSchema,
  lengthFails,
  typeCondition,
  typesOf,
  type Group,
} from './keywords.ts';
import type { Scope } from './scope.ts';

interface Context {
  scope: Scope;
  root: unknown;
  table: SourceTable;
  /** The array issues are pushed to. */
  out: string;
}

const LITERAL = /^"(?:[^"\\]|\\.)*"$/;

/** A path that is a string literal stays one when a segment is added: most paths cost nothing until an issue is made. */
function append(path: string, segment: string): string {
  return LITERAL.test(path)
    ? JSON.stringify((JSON.parse(path) as string) + segment)
    : `${path} + ${JSON.stringify(segment)}`;
}

/**
 * toIssues' source lookup, done here: the longest schema pointer with a source that starts the failing node's (the
 * member's, for `required`). Undefined, and the message left to ajv, where only the instance path could tell.
 */
function sourceOf(node: string, missing: string | undefined, cx: Context): string | undefined {
  for (let probe = node + (missing === undefined ? '' : `/properties/${missing}`); ;) {
    const found = cx.table.bySchemaPath[probe];
    if (found) return cx.scope.constant('source', JSON.stringify(found));
    const cut = probe.lastIndexOf('/');
    if (cut <= 0) break;
    probe = probe.slice(0, cut);
  }
  cx.scope.fail(`no schema source for ${node}`);
  return undefined;
}

interface Issue {
  path: string;
  rule: string;
  message: string;
  /** The schema node the rule belongs to (ajv's schemaPath without the keyword). */
  node: string;
  missing?: string;
}

function push(issue: Issue, cx: Context): string {
  const source = sourceOf(issue.node, issue.missing, cx);
  return `${cx.out}.push({ path: ${issue.path}, rule: ${JSON.stringify(issue.rule)}, message: ${issue.message}, source: ${source} });`;
}

const text = (message: string) => JSON.stringify(message);

/** Statements that push an issue for every rule `v` (at instance path `path`, schema node `node`) breaks. */
function collect(schema: unknown, v: string, path: string, node: string, cx: Context): string {
  if (schema === true) return '';
  // ajv reports a false schema at the node itself, not at a keyword of it: not worth a special case while unused.
  if (schema === false) {
    cx.scope.fail('a false schema in the all-errors check');
    return '';
  }
  if (!isRecord(schema)) {
    cx.scope.fail('a schema that is neither an object nor a boolean');
    return '';
  }
  checkKeywords(schema, cx.scope, node === '#');
  for (const keyword of ['$ref', 'uniqueItems'])
    if (keyword in schema) cx.scope.fail(`${keyword} in the all-errors check`);
  if (node === '#' && 'oneOf' in schema && 'anyOf' in schema) cx.scope.fail('both oneOf and anyOf at the root');
  const types = typesOf(schema, cx.scope) ?? [];
  const has = (group: Group) => GROUPS.find((g) => g.group === group)!.keywords.some((k) => k in schema);
  const typeIssue = () => push({ path, rule: 'type', message: text(`must be ${types.join(',')}`), node }, cx);
  // ajv checks the type first unless a single type's own keywords are there: then where that group's turn comes.
  const deferred =
    types.length === 1 && types[0] !== 'integer' && GROUPS.some((g) => g.group === types[0] && has(g.group));
  const out: string[] = [];
  if (types.length > 0 && !deferred) out.push(`if (!(${typeCondition(types, v)})) ${typeIssue()}`);
  out.push(...anyKeywords(schema, v, path, node, cx));
  for (const group of ['number', 'string', 'array', 'object'] as const) {
    if (!has(group)) continue;
    const checks = keywordsOf(group, schema, v, path, node, cx).join('\n');
    const otherwise = deferred && types[0] === group ? ` else ${typeIssue()}` : '';
    out.push(`if (${groupCondition(group, v)}) {\n${checks}\n}${otherwise}`);
  }
  return out.join('\n');
}

function keywordsOf(
  group: Exclude<Group, 'any'>,
  schema: Record<string, unknown>,
  v: string,
  path: string,
  node: string,
  cx: Context,
): string[] {
  switch (group) {
    case 'number':
      return numberKeywords(schema, v, path, node, cx);
    case 'string':
      return stringKeywords(schema, v, path, node, cx);
    case 'array':
      return arrayKeywords(schema, v, path, node, cx);
    default:
      return objectKeywords(schema, v, path, node, cx);
  }
}

function anyKeywords(schema: Record<string, unknown>, v: string, path: string, node: string, cx: Context): string[] {
  const out: string[] = [];
  const issue = (rule: string, message: string) => push({ path, rule, message: text(message), node }, cx);
  if ('const' in schema)
    out.push(
      `if (!(${equalTo(v, schema.const, cx.scope)})) ${issue('const', `must be ${JSON.stringify(schema.const)}`)}`,
    );
  if (Array.isArray(schema.enum)) {
    const any = schema.enum.map((value) => equalTo(v, value, cx.scope)).join(' || ') || 'false';
    out.push(`if (!(${any})) ${issue('enum', 'must be equal to one of the allowed values')}`);
  }
  if (isSchema(schema.not)) out.push(`if (${predicate(schema.not, cx)}(${v})) ${issue('not', 'must NOT be valid')}`);
  for (const keyword of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(schema[keyword])) out.push(union(keyword, schema[keyword] as unknown[], v, path, node, cx));
  if (Array.isArray(schema.allOf))
    schema.allOf.forEach((branch, i) => out.push(`{\n${collect(branch, v, path, `${node}/allOf/${i}`, cx)}\n}`));
  return out.join('\n') === '' ? [] : out;
}

/**
 * anyOf and oneOf with ajv's issues: the branches' guards answer first, so a union that holds costs no issue at all.
 * When it fails, the failing branches' issues as ajv's walk finds them (oneOf's stops at the second branch that
 * passes; a passing branch has none), then the union's own. At the root, the marks between the branches let
 * `$closestBranch` keep only the branch the document is closest to, as toIssues does.
 */
function union(
  keyword: 'anyOf' | 'oneOf',
  branches: unknown[],
  v: string,
  path: string,
  node: string,
  cx: Context,
): string {
  const passes = branches.map(() => cx.scope.name('passes'));
  const marks = branches.map(() => cx.scope.name('mark'));
  const passing = cx.scope.name('passing');
  const out = branches.map((branch, i) => `const ${passes[i]} = ${predicate(branch, cx)}(${v});`);
  const holds = keyword === 'anyOf' ? passes.join(' || ') : `${passes.map((p) => `(${p} ? 1 : 0)`).join(' + ')} === 1`;
  const walk = [`let ${passing} = 0;`];
  branches.forEach((branch, i) => {
    const issues = collect(branch, v, path, `${node}/${keyword}/${i}`, cx);
    walk.push(`const ${marks[i]} = ${cx.out}.length;`);
    const step = `if (${passes[i]}) ${passing}++;\nelse {\n${issues}\n}`;
    walk.push(keyword === 'oneOf' && i > 0 ? `if (${passing} < 2) {\n${step}\n}` : step);
  });
  const message = keyword === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf';
  if (node === '#') walk.push(`$marks = [${marks.join(', ')}, ${cx.out}.length];`);
  walk.push(push({ path, rule: keyword, message: text(message), node }, cx));
  return [...out, `if (!(${holds})) {\n${walk.join('\n')}\n}`].join('\n');
}

/** A module-level function answering whether `schema` accepts a value: the guard's code. */
function predicate(schema: unknown, cx: Context): string {
  return cx.scope.function(undefined, 'check', (name) => {
    const value = cx.scope.name('v');
    const body = guardStatements(schema, value, { scope: cx.scope, root: cx.root }, false);
    return `function ${name}(${value}) {\n${body}\nreturn true;\n}`;
  });
}

function numberKeywords(schema: Record<string, unknown>, v: string, path: string, node: string, cx: Context): string[] {
  const limits = [
    ['maximum', '>', '<='],
    ['minimum', '<', '>='],
    ['exclusiveMaximum', '>=', '<'],
    ['exclusiveMinimum', '<=', '>'],
  ] as const;
  const out: string[] = [];
  for (const [keyword, fails, ok] of limits) {
    const limit = schema[keyword];
    if (typeof limit === 'number')
      out.push(
        `if (${v} ${fails} ${limit}) ${push({ path, rule: keyword, message: text(`must be ${ok} ${limit}`), node }, cx)}`,
      );
  }
  const step = schema.multipleOf;
  if (typeof step === 'number')
    out.push(
      `if (${v} / ${step} !== parseInt(${v} / ${step})) ${push({ path, rule: 'multipleOf', message: text(`must be multiple of ${step}`), node }, cx)}`,
    );
  return out;
}

function stringKeywords(schema: Record<string, unknown>, v: string, path: string, node: string, cx: Context): string[] {
  const out: string[] = [];
  for (const keyword of ['maxLength', 'minLength'] as const) {
    const limit = schema[keyword];
    if (typeof limit !== 'number') continue;
    const message = `must NOT have ${keyword === 'maxLength' ? 'more' : 'fewer'} than ${limit} characters`;
    out.push(
      `if ${lengthFails(keyword, limit, v, cx.scope)} ${push({ path, rule: keyword, message: text(message), node }, cx)}`,
    );
  }
  if (typeof schema.pattern === 'string') {
    const pattern = cx.scope.constant('pattern', `new RegExp(${JSON.stringify(schema.pattern)}, 'u')`);
    const message = text(`must match pattern "${schema.pattern}"`);
    out.push(`if (!${pattern}.test(${v})) ${push({ path, rule: 'pattern', message, node }, cx)}`);
  }
  if ('format' in schema) {
    const check = formatCheck(schema.format, v, cx.scope);
    const message = text(`must match format "${String(schema.format)}"`);
    if (check) out.push(`if (!${check}) ${push({ path, rule: 'format', message, node }, cx)}`);
  }
  return out;
}

function arrayKeywords(schema: Record<string, unknown>, v: string, path: string, node: string, cx: Context): string[] {
  const out: string[] = [];
  for (const [keyword, fails, word] of [
    ['maxItems', '>', 'more'],
    ['minItems', '<', 'fewer'],
  ] as const) {
    const limit = schema[keyword];
    if (typeof limit === 'number')
      out.push(
        `if (${v}.length ${fails} ${limit}) ${push({ path, rule: keyword, message: text(`must NOT have ${word} than ${limit} items`), node }, cx)}`,
      );
  }
  if (isSchema(schema.items)) {
    const [i, item] = [cx.scope.name('i'), cx.scope.name('v')];
    const body = collect(schema.items, item, `${append(path, '/')} + ${i}`, `${node}/items`, cx);
    if (body) out.push(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\nconst ${item} = ${v}[${i}];\n${body}\n}`);
  }
  return out;
}

function objectKeywords(schema: Record<string, unknown>, v: string, path: string, node: string, cx: Context): string[] {
  const out: string[] = [];
  // Each member read once, where first needed: required members at the presence checks, the others at their own.
  const members = new Map<string, string>();
  const member = (name: string) => {
    let local = members.get(name);
    if (local === undefined) {
      members.set(name, (local = cx.scope.name('v')));
      out.push(`const ${local} = ${v}[${JSON.stringify(name)}];`);
    }
    return local;
  };
  for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
    const issue = push(
      {
        path: append(path, `/${name}`),
        rule: 'required',
        message: text(`must have required property '${name}'`),
        node,
        missing: name,
      },
      cx,
    );
    out.push(`if (${member(name)} === undefined) ${issue}`);
  }
  const properties = isRecord(schema.properties) ? schema.properties : {};
  if (schema.additionalProperties === false) {
    const key = cx.scope.name('key');
    const known = Object.keys(properties).map((name) => `${key} !== ${JSON.stringify(name)}`);
    const issue = push(
      {
        path: `${append(path, '/')} + ${key}`,
        rule: 'additionalProperties',
        message: `"unknown property '" + ${key} + "'"`,
        node,
      },
      cx,
    );
    out.push(`for (const ${key} in ${v}) if (${known.join(' && ') || 'true'}) ${issue}`);
  }
  for (const [name, schemaOf] of Object.entries(properties)) {
    const value = member(name);
    const body = collect(
      schemaOf,
      value,
      append(path, `/${escapeJsonPointer(name)}`),
      `${node}/properties/${escapeFragment(name)}`,
      cx,
    );
    if (body) out.push(`if (${value} !== undefined) {\n${body}\n}`);
  }
  return out;
}

/**
 * What every file with issue functions needs once: toIssues' pick of the root union's branch the document is
 * closest to (fewest issues, the first on a tie, among branches with any), made only when nothing but the union
 * itself failed outside its branches. `marks` are where each branch's issues begin, then where the last ends.
 */
export const ISSUES_PRELUDE = `function $closestBranch(issues, marks) {
  const inBranches = marks[marks.length - 1] - marks[0];
  if (inBranches === 0 || issues.length - inBranches !== 1) return issues;
  let from = -1;
  let to = -1;
  for (let i = 0; i + 1 < marks.length; i++) {
    const count = marks[i + 1] - marks[i];
    if (count > 0 && (from < 0 || count < to - from)) [from, to] = [marks[i], marks[i + 1]];
  }
  return issues.slice(from, to);
}`;

/**
 * `function name(data)` returning the issues of `data` (null when valid), with the module-level code it needs in
 * `scope`; undefined (and `scope.unsupported` saying why) when the schema uses what this compiler does not know.
 */
export function compileIssues(schema: unknown, name: string, table: SourceTable, scope: Scope): string | undefined {
  const v = scope.name('data');
  const cx: Context = { scope, root: schema, table, out: scope.name('issues') };
  const body = collect(schema, v, '""', '#', cx);
  if (scope.unsupported.length > 0) return undefined;
  const root = isRecord(schema) && (Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf));
  return [
    `function ${name}(${v}) {`,
    `const ${cx.out} = [];`,
    ...(root ? ['let $marks;'] : []),
    body,
    `if (${cx.out}.length === 0) return null;`,
    root ? `return $marks === undefined ? ${cx.out} : $closestBranch(${cx.out}, $marks);` : `return ${cx.out};`,
    '}',
  ].join('\n');
}
