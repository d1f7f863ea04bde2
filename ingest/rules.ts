/** Every lint rule: a stable id, a severity and a one-line explanation (`omaspec lint --rules`). */
import type { Finding, Loc, Severity } from './model.ts';

export interface RuleInfo {
  id: string;
  severity: Severity;
  summary: string;
}

export const RULES = [
  { id: 'json-smart-quotes', severity: 'warning', summary: 'Typographic quotes used as JSON string delimiters; repaired to straight quotes.' },
  { id: 'json-mismatched-quotes', severity: 'warning', summary: 'A JSON string opened and closed by different quote characters; repaired.' },
  { id: 'json-unquoted-key', severity: 'warning', summary: 'An object member name without quotes; repaired by quoting it.' },
  { id: 'json-trailing-comma', severity: 'warning', summary: 'A comma before a closing bracket; removed.' },
  { id: 'json-missing-comma', severity: 'warning', summary: 'Two members or items with no comma between them; comma inserted.' },
  { id: 'json-stray-semicolon', severity: 'warning', summary: 'A semicolon where JSON needs a comma or nothing; replaced.' },
  { id: 'json-placeholder', severity: 'warning', summary: 'A bare word such as [miid] where a JSON value belongs; read as a string.' },
  { id: 'json-string-linebreak', severity: 'warning', summary: 'A line break inside a JSON string; removed.' },
  { id: 'json-unrepairable', severity: 'error', summary: 'A JSON block the reader cannot repair; it is left out of the spec.' },
  { id: 'schema-draft03-required', severity: 'warning', summary: 'Draft-03 boolean "required" inside a draft-04 schema; folded into the parent "required" array.' },
  { id: 'schema-keyword-case', severity: 'warning', summary: 'A JSON Schema keyword in the wrong case (e.g. "$Schema"); read as the keyword.' },
  { id: 'schema-unresolved-ref', severity: 'error', summary: 'A "$ref" that resolves to no schema; needs a decision defining it.' },
  { id: 'schema-invalid-keyword', severity: 'error', summary: 'A schema keyword whose value is not valid JSON Schema (e.g. "type": "strng", a malformed pattern); left out until a decision fixes it.' },
  { id: 'string-whitespace', severity: 'warning', summary: 'Leading or trailing whitespace inside an enum, const, method or title string; trimmed.' },
  { id: 'example-missing-mandatory', severity: 'error', summary: 'An example omits a parameter its definition says is mandatory.' },
  { id: 'example-unlisted-parameter', severity: 'error', summary: 'An example carries a parameter its definition does not list.' },
  { id: 'example-type-mismatch', severity: 'error', summary: 'An example value has a different type than its definition declares.' },
  { id: 'example-name-case', severity: 'error', summary: 'An example spells a parameter name in a different case than its definition.' },
  { id: 'example-value-mismatch', severity: 'error', summary: 'An example value contradicts a fixed value (messageType, method, jsonrpc) of its definition.' },
  { id: 'naming-inconsistent-case', severity: 'warning', summary: 'A name cased differently from its siblings (PascalCase among camelCase).' },
  { id: 'empty-section', severity: 'warning', summary: 'A section with no content (or no title) that no CR of the manifest fills.' },
  { id: 'figure-missing', severity: 'warning', summary: 'A figure caption whose figure did not survive the export.' },
  { id: 'typo', severity: 'warning', summary: 'A misspelt word or two words run together in prose or a heading.' },
  { id: 'terminology', severity: 'warning', summary: 'A term used differently from the rest of the CRs (e.g. "Application Client" for "Client Application").' },
  { id: 'encoding-damage', severity: 'warning', summary: 'U+FFFD replacement characters: text lost in the export.' },
  { id: 'ambiguous-responses', severity: 'error', summary: 'Success and error responses that a validator cannot tell apart.' },
  { id: 'mixed-envelopes', severity: 'error', summary: 'Two envelope styles (messageType and JSON-RPC) on one interface; needs a dispatch rule.' },
  { id: 'impossible-mandatory', severity: 'error', summary: 'A parameter said mandatory where it cannot be (e.g. a token in an error response).' },
  { id: 'duplicate-parameter', severity: 'warning', summary: 'A parameter defined twice in one message; the later definition is used.' },
  { id: 'type-conflict', severity: 'error', summary: 'One parameter name declared with different types in different places of the spec.' },
  { id: 'extension-superseded', severity: 'warning', summary: 'A project extension defines a message that a CR now defines; the CR wins, remove the extension.' },
  { id: 'unknown-type', severity: 'error', summary: 'A parameter type word the reader does not know; the property is unconstrained until a decision patches it.' },
  { id: 'unread-constraint', severity: 'warning', summary: 'Text in a parameter description that reads like a constraint (range, length, enumeration, items, default) but is not in the schema.' },
  { id: 'unstated-presence', severity: 'warning', summary: 'A parameter whose presence (mandatory/optional/cardinality) is not stated; read as optional.' },
  { id: 'unmapped-section', severity: 'error', summary: 'A section that defines a message but maps to no interface in spec/manifest.json; the message names the manifest edit.' },
  { id: 'section-joined', severity: 'info', summary: 'A section new to the manifest joins the interface of its mapped parent or siblings.' },
  { id: 'inferred-schema', severity: 'warning', summary: 'A message stated only by an example: its schema is inferred from the example; a decision confirms it.' },
  { id: 'unread-prose', severity: 'warning', summary: 'A sentence of a message section that names one of its parameters and states something the reader did not apply.' },
  { id: 'unresolved-reference', severity: 'error', summary: 'A prose reference ("as for 10.1.5", "the same … as the … request") naming no known section, message or parameter.' },
  { id: 'unread-line', severity: 'warning', summary: 'A line of the change proposal the reader could not place: not boilerplate, not part of a message, not covered by another finding.' },
  { id: 'unapplied-change', severity: 'error', summary: 'A change stated in prose that the tool cannot apply; express it as a decision.' },
] as const satisfies readonly RuleInfo[];

export type RuleId = (typeof RULES)[number]['id'];

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: string): RuleInfo | undefined {
  return BY_ID.get(id);
}

/** Build a finding; `subject` makes the key stable when lines move (`rule:file:subject`). */
export function finding(rule: RuleId, loc: Loc, message: string, subject: string, repair?: { original: string; repaired: string }): Finding {
  const f: Finding = { rule, severity: BY_ID.get(rule)!.severity, message, loc, key: `${rule}:${baseName(loc.file)}:${subject}` };
  if (repair) {
    f.original = repair.original;
    f.repaired = repair.repaired;
  }
  return f;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
}
