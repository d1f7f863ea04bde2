/**
 * The registry: every lint rule module, in table order (`omaspec lint --rules`, SARIF rule indices — append
 * new rules at the end). ingest/rules.ts derives RULES, RuleId and the finding severities from it; lint()
 * runs the `check` of every stage-'lint' rule.
 */
import type { RepairRule } from '../../json-reader.ts';
import type { LintRule } from '../rule.ts';
import { ambiguousResponses } from './ambiguous-responses.ts';
import { compatUnderstated } from './compat-understated.ts';
import { duplicateParameter } from './duplicate-parameter.ts';
import { emptySection } from './empty-section.ts';
import { encodingDamage } from './encoding-damage.ts';
import { exampleMissingMandatory } from './example-missing-mandatory.ts';
import { exampleNameCase } from './example-name-case.ts';
import { exampleTypeMismatch } from './example-type-mismatch.ts';
import { exampleUnlistedParameter } from './example-unlisted-parameter.ts';
import { exampleValueMismatch } from './example-value-mismatch.ts';
import { extensionSuperseded } from './extension-superseded.ts';
import { figureMissing } from './figure-missing.ts';
import { impossibleMandatory } from './impossible-mandatory.ts';
import { inferredSchema } from './inferred-schema.ts';
import { jsonMismatchedQuotes } from './json-mismatched-quotes.ts';
import { jsonMissingComma } from './json-missing-comma.ts';
import { jsonPlaceholder } from './json-placeholder.ts';
import { jsonSmartQuotes } from './json-smart-quotes.ts';
import { jsonStraySemicolon } from './json-stray-semicolon.ts';
import { jsonStringLinebreak } from './json-string-linebreak.ts';
import { jsonTrailingComma } from './json-trailing-comma.ts';
import { jsonUnquotedKey } from './json-unquoted-key.ts';
import { jsonUnrepairable } from './json-unrepairable.ts';
import { mixedEnvelopes } from './mixed-envelopes.ts';
import { namingInconsistentCase } from './naming-inconsistent-case.ts';
import { schemaDraft03Required } from './schema-draft03-required.ts';
import { schemaInvalidKeyword } from './schema-invalid-keyword.ts';
import { schemaKeywordCase } from './schema-keyword-case.ts';
import { schemaLegacyKeyword } from './schema-legacy-keyword.ts';
import { schemaNotStrict } from './schema-not-strict.ts';
import { schemaUnresolvedRef } from './schema-unresolved-ref.ts';
import { sectionJoined } from './section-joined.ts';
import { stringWhitespace } from './string-whitespace.ts';
import { terminology } from './terminology.ts';
import { decisionOverChange } from './decision-over-change.ts';
import { typeConflict } from './type-conflict.ts';
import { typeReuse } from './type-reuse.ts';
import { typo } from './typo.ts';
import { unappliedChange } from './unapplied-change.ts';
import { unknownType } from './unknown-type.ts';
import { unmappedSection } from './unmapped-section.ts';
import { unreadConstraint } from './unread-constraint.ts';
import { unreadLine } from './unread-line.ts';
import { unstatedPresence } from './unstated-presence.ts';
import { missingResponse } from './missing-response.ts';
import { unreadProse } from './unread-prose.ts';
import { unresolvedReference } from './unresolved-reference.ts';
import { sectionTaken } from './section-taken.ts';

export const REGISTRY = [
  jsonSmartQuotes,
  jsonMismatchedQuotes,
  jsonUnquotedKey,
  jsonTrailingComma,
  jsonMissingComma,
  jsonStraySemicolon,
  jsonPlaceholder,
  jsonStringLinebreak,
  jsonUnrepairable,
  schemaDraft03Required,
  schemaKeywordCase,
  schemaLegacyKeyword,
  schemaUnresolvedRef,
  schemaInvalidKeyword,
  stringWhitespace,
  exampleMissingMandatory,
  exampleUnlistedParameter,
  exampleTypeMismatch,
  exampleNameCase,
  exampleValueMismatch,
  namingInconsistentCase,
  emptySection,
  figureMissing,
  typo,
  terminology,
  encodingDamage,
  ambiguousResponses,
  mixedEnvelopes,
  impossibleMandatory,
  duplicateParameter,
  typeConflict,
  decisionOverChange,
  typeReuse,
  extensionSuperseded,
  unappliedChange,
  unknownType,
  unreadConstraint,
  unmappedSection,
  sectionJoined,
  inferredSchema,
  unreadProse,
  unresolvedReference,
  unreadLine,
  unstatedPresence,
  missingResponse,
  compatUnderstated,
  schemaNotStrict,
  sectionTaken,
] as const satisfies readonly LintRule[];

export type RegisteredRule = (typeof REGISTRY)[number];
export type RegisteredRuleId = RegisteredRule['id'];

/** The rules marked as repairs of ingest/json-reader.ts. */
export type JsonRepairRuleId = Extract<RegisteredRule, { repair: 'json-reader' }>['id'];

/**
 * Type-level check that json-reader's RepairRule and the repair-marked rule modules are the same set:
 * a RepairRule without a module (or a module marked repair that json-reader does not know) fails to compile,
 * naming the odd id.
 */
type Same<A, B> = [Exclude<A, B> | Exclude<B, A>] extends [never]
  ? true
  : { mismatched: Exclude<A, B> | Exclude<B, A> };
export const repairRulesHaveModules: Same<RepairRule, JsonRepairRuleId> = true;
