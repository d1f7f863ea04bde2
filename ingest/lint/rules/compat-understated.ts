/**
 * Check over the CRs not yet published in spec/schemas: a CR whose own "Impact on Backward Compatibility"
 * says "None" (or nothing) while `omaspec diff` finds breaking changes between the published spec and the spec
 * with it.
 */
import type { Finding } from '../../model.ts';
import { defineRule, emit, type LintContext } from '../rule.ts';

export const compatUnderstated = defineRule({
  id: 'compat-understated',
  severity: 'warning',
  summary: 'A CR says it has no impact on backward compatibility, but the diff it brings breaks a mixed deployment.',
  stage: 'lint',
  check: (ctx) => understated(ctx),
});

/** "None", "none.", "No impact", "N/A" or an empty section say that nothing breaks. */
const SAYS_NONE = /^\s*(?:none|no\s+impact|not\s+applicable|n\/a)?\s*\.?\s*$/i;

function understated({ docs, compat }: LintContext): Finding[] {
  return docs.flatMap((doc) => {
    const breaking = compat?.breaking.get(doc.file) ?? [];
    const statement = doc.cover.find((c) => c.part === 'backwardCompatibility');
    if (!breaking.length || !statement || !SAYS_NONE.test(statement.text)) return [];
    const shown = breaking.slice(0, 3).map((f) => `${f.message} ${f.rule} (${f.detail})`);
    const more = breaking.length > 3 ? ` and ${breaking.length - 3} more` : '';
    const said = statement.text.trim() ? `"${statement.text.trim()}"` : 'nothing';
    return [
      emit(
        compatUnderstated,
        statement.loc,
        `section 2 says ${said}, but omaspec diff finds ${breaking.length} breaking change${breaking.length === 1 ? '' : 's'}: ${shown.join('; ')}${more}; paste \`omaspec diff --format markdown\` there`,
        'backward-compatibility',
      ),
    ];
  });
}
