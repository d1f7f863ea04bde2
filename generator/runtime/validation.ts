/** Where a schema rule comes from: CR file, section and line (the `x-omaspec-source` annotation). */
export interface SourceRef {
  cr: string;
  section: string;
  line: number;
}

/** One failed rule: JSON pointer into the document, the JSON Schema keyword, and the CR section behind it. */
export interface ValidationIssue {
  path: string;
  rule: string;
  message: string;
  source?: SourceRef;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export interface Validator<T> {
  is(value: unknown): value is T;
  validate(value: unknown): ValidationResult<T>;
}

/** The part of an ajv error object the issues are built from. */
export interface CompiledError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Sources of one message schema, keyed by schema pointer ("#/properties/x") and by instance path ("/x", arrays as "*"). */
export interface SourceTable {
  root: SourceRef;
  bySchemaPath: Record<string, SourceRef>;
  byInstancePath: Record<string, SourceRef>;
}

const BRANCH = /^#\/(?:oneOf|anyOf)\/(\d+)\//;

/**
 * ajv reports the errors of every oneOf branch; people want the branch they meant. Keep the errors of the
 * branch that failed least (the first on a tie) and drop the summary `oneOf` error, unless errors outside
 * the branches remain.
 */
function closestBranch(errors: readonly CompiledError[]): readonly CompiledError[] {
  const byBranch = new Map<string, CompiledError[]>();
  const others: CompiledError[] = [];
  for (const error of errors) {
    const branch = BRANCH.exec(error.schemaPath)?.[1];
    if (branch === undefined) others.push(error);
    else byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
  }
  const rootCombinators = others.filter((e) => e.schemaPath === '#/oneOf' || e.schemaPath === '#/anyOf');
  if (byBranch.size === 0 || rootCombinators.length !== others.length) return errors;
  let best: CompiledError[] | undefined;
  for (const branchErrors of byBranch.values()) if (!best || branchErrors.length < best.length) best = branchErrors;
  return best ?? errors;
}

function longestPrefix(table: Record<string, SourceRef>, key: string, separator: string): SourceRef | undefined {
  for (let probe = key; ;) {
    const found = table[probe];
    if (found) return found;
    const cut = probe.lastIndexOf(separator);
    if (cut <= 0) return undefined;
    probe = probe.slice(0, cut);
  }
}

function sourceOf(error: CompiledError, path: string, table: SourceTable): SourceRef {
  const node = error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'));
  const missing = error.keyword === 'required' ? `/properties/${String(error.params.missingProperty)}` : '';
  const bySchema = error.schemaPath.startsWith('#')
    ? longestPrefix(table.bySchemaPath, node + missing, '/')
    : undefined;
  const generic = path.replace(/\/\d+(?=\/|$)/g, '/*');
  return bySchema ?? longestPrefix(table.byInstancePath, generic, '/') ?? table.root;
}

function pathOf(error: CompiledError): string {
  if (error.keyword === 'required') return `${error.instancePath}/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties')
    return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  return error.instancePath;
}

function messageOf(error: CompiledError): string {
  if (error.keyword === 'additionalProperties') return `unknown property '${String(error.params.additionalProperty)}'`;
  if (error.keyword === 'const') return `must be ${JSON.stringify(error.params.allowedValue)}`;
  return error.message ?? `fails ${error.keyword}`;
}

/** Most sources remembered per message: the instance paths that key them come from the input (member names). */
const MAX_CACHED_SOURCES = 512;
const sourceCache = new WeakMap<SourceTable, Map<string, SourceRef>>();

/** sourceOf, remembered: the same rule failing at the same place has the same source, and invalid input repeats. */
function cachedSourceOf(error: CompiledError, path: string, table: SourceTable): SourceRef {
  let cache = sourceCache.get(table);
  if (!cache) sourceCache.set(table, (cache = new Map()));
  const key = `${error.schemaPath} ${path}`;
  let source = cache.get(key);
  if (source === undefined) {
    source = sourceOf(error, path, table);
    if (cache.size < MAX_CACHED_SOURCES) cache.set(key, source);
  }
  return source;
}

const inBranch = (error: CompiledError) =>
  error.schemaPath.startsWith('#/oneOf/') || error.schemaPath.startsWith('#/anyOf/');

/** Turns compiled-validator errors into issues naming path, rule and CR source. */
export function toIssues(errors: readonly CompiledError[] | null | undefined, table: SourceTable): ValidationIssue[] {
  if (!errors) return [];
  const kept = errors.some(inBranch) ? closestBranch(errors) : errors;
  const issues: ValidationIssue[] = [];
  for (const error of kept) {
    const path = pathOf(error);
    issues.push({ path, rule: error.keyword, message: messageOf(error), source: cachedSourceOf(error, path, table) });
  }
  return issues;
}

/** One line per issue, e.g. `/deviceNumber: must be string [type] (CR 002_x.txt §10.1.1 line 47)`. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.source ? ` (CR ${issue.source.cr} §${issue.source.section} line ${issue.source.line})` : '';
  return `${issue.path || '/'}: ${issue.message} [${issue.rule}]${where}`;
}
