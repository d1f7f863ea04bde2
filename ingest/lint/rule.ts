/**
 * The shape of a lint rule module (ingest/lint/rules/<rule-id>.ts) and the one way to build a finding.
 *
 * A rule is either
 *  - stage 'read': declared here, emitted while the CRs are read (parser, extract, json-reader, schema-block,
 *    chain, examples, extensions) through `finding(id, …)` of ingest/rules.ts; `producedBy` says where; or
 *  - stage 'lint': it carries `check(ctx)`, run by lint() over the parsed documents and chained messages.
 *
 * This module depends on nothing of the registry, so rule modules can import it without a cycle
 * (ingest/rules.ts → lint/rules/index.ts → lint/rules/<id>.ts → lint/rule.ts).
 */
import type { CompatFinding } from '../../compat/compare.ts';
import type { MessageDef } from '../definitions.ts';
import type { CrDocument, Finding, Loc, Severity } from '../model.ts';

/** What lint() hands every check. */
export interface LintContext {
  /** The CR documents of the manifest (plus extra files), in manifest order. */
  docs: CrDocument[];
  /** The message definitions after the chain (before decisions). */
  chained: MessageDef[];
  /** The JSON type each parameter name has in the CR examples, where they agree. */
  exampleTypes: Map<string, string>;
  /**
   * The breaking changes between the published spec/schemas and this build, and the CRs of the build that
   * spec/schemas does not hold yet (file names). Absent when nothing is published.
   */
  /** Per CR not yet in spec/schemas: the breaking findings of the diff between the spec before it and with it. */
  compat?: { breaking: Map<string, CompatFinding[]> };
}

interface RuleBase<Id extends string = string> {
  /** Stable id: the first part of every finding key, named by decisions in spec/decisions.yaml. */
  id: Id;
  severity: Severity;
  /** One line, ending in a full stop (`omaspec lint --rules`, SARIF shortDescription). */
  summary: string;
}

/** A rule whose findings the reader emits; it has no check of its own. */
export interface ReadRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'read';
  /** Where the findings are produced (module and, briefly, the step). */
  producedBy: string;
  /** Set on the repairs of ingest/json-reader.ts (its RepairRule ids); the registry checks the two agree. */
  repair?: 'json-reader';
  check?: never;
}

/** A rule checked over the parsed documents / chained messages by lint(). */
export interface CheckRule<Id extends string = string> extends RuleBase<Id> {
  stage: 'lint';
  check(ctx: LintContext): Finding[];
}

export type LintRule<Id extends string = string> = ReadRule<Id> | CheckRule<Id>;

/** Declare a rule module; `const` keeps the id (and stage, repair marker) literal for RuleId. */
export function defineRule<const R extends LintRule>(rule: R): R {
  return rule;
}

/** Build a finding of `rule`; `subject` makes the key stable when lines move (`rule:file:subject`). */
export function emit(
  rule: Pick<RuleBase, 'id' | 'severity'>,
  loc: Loc,
  message: string,
  subject: string,
  repair?: { original: string; repaired: string },
): Finding {
  const f: Finding = {
    rule: rule.id,
    severity: rule.severity,
    message,
    loc,
    key: `${rule.id}:${baseName(loc.file)}:${subject}`,
  };
  if (repair) {
    f.original = repair.original;
    f.repaired = repair.repaired;
  }
  return f;
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.txt$/, '');
}
