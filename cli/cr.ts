import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compareSpecs } from '../compat/compare.ts';
import { absorbedDecisions } from '../compat/draft/decisions.ts';
import { draftCr } from '../compat/draft/index.ts';
import { verifyDraft } from '../compat/draft/verify.ts';
import { snapshotFromFolder } from '../compat/snapshot.ts';
import { DECISIONS_FILE } from '../ingest/build.ts';
import { readDecisions } from '../ingest/decisions.ts';
import { readManifest } from '../ingest/manifest.ts';
import { markAccepted, side } from './diff.ts';
import { EXIT_FINDINGS, EXIT_OK, parseCommandLine, UsageError, type Command } from './command.ts';

const usage = `Usage: omaspec cr draft --from REV [--out FILE] [options]

Writes the text of a CR in the house style (../shared/CR-STYLE.md) that takes the spec at REV to the
spec as it is now (spec/schemas as built): numbered front matter with the Impact on Backward
Compatibility filled from the diff, then "6 Detailed Change Proposal" with one change block per
section whose messages were added (Add Following Section), changed (Change Following Section, the
messages restated: a JSON Schema block for messageType and HTTP messages, a JSON-RPC bullet list for
JSON-RPC ones) or removed (Delete Following Section). Adding the draft to the spec at REV and
building it reproduces the current schemas; what the house style cannot carry is printed to stderr
as a warning naming the message and member. Decisions whose effect the restated definitions carry
(they are in spec/schemas) are named in a note: retire those actions when adding the CR.

REV is a git revision of this repository (HEAD~1, a tag, a commit) or a folder holding a spec.

Options:
  --from REV            the previous spec (required)
  --out FILE            write the CR there (default: stdout)
  --reason TEXT         the text of section 1, Reason for Change
  --spec DIR            the current spec folder (default: spec)
  -h, --help            this help

Exit codes: 0 drafted, 1 drafted with warnings (the draft will not rebuild the spec exactly) or an
unreadable side, 2 usage error.`;

export const crCommand: Command = {
  name: 'cr',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandLine(argv, {
      from: { type: 'string' },
      out: { type: 'string' },
      reason: { type: 'string' },
      spec: { type: 'string' },
    });
    const [action, ...rest] = positionals;
    if (action !== 'draft')
      throw new UsageError(action ? `unknown action '${action}' (draft)` : 'missing action (draft)');
    if (rest.length) throw new UsageError(`cr draft takes no other arguments, got '${rest.join(' ')}'`);
    if (!values.from) throw new UsageError('cr draft needs --from REV (a git revision or a spec folder)');
    const specDir = values.spec ?? 'spec';
    const [before, after] = [await side(values.from, specDir), await snapshotFromFolder(specDir)];
    const { interfaces } = await readManifest(specDir);
    const findings = await markAccepted(compareSpecs(before, after), specDir);
    const reason = values.reason ? { reason: values.reason } : {};
    const draft = draftCr(before, after, { interfaces, findings, ...reason });
    draft.warnings.push(...(await verifyDraft(draft, after, interfaces)));
    if (values.out) await writeFile(values.out, draft.text);
    else process.stdout.write(draft.text);
    for (const w of draft.warnings) process.stderr.write(`cr draft: warning: ${w}\n`);
    const { decisions } = await readDecisions(path.join(specDir, DECISIONS_FILE));
    for (const note of absorbedDecisions(decisions, draft.restated)) process.stderr.write(`cr draft: note: ${note}\n`);
    if (values.out) process.stderr.write(`cr draft: wrote ${values.out} (${draft.warnings.length} warnings)\n`);
    return draft.warnings.length ? EXIT_FINDINGS : EXIT_OK;
  },
};
