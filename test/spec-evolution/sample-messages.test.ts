/**
 * Each CR of test/fixtures/new-crs/ (the shared sample CRs and fabricated ones), once added to a copy of the
 * project spec, changes what spec build writes: it defines a message of its own, or its amendments and deletions
 * change or remove schemas of the spec before it. A CR the reader dropped would leave spec/schemas as it was.
 * ./add-cr.test.ts asserts what must hold for any CR (exit codes, no drift, tsc).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEW_CRS_DIR,
  REPO_ROOT,
  copyProject,
  describeRun,
  newCrFiles,
  omaspec,
  scratchParent,
  type CliRun,
} from './project-copy.ts';
import { readProjectSpec, type ProjectSpec } from './spec-properties.ts';

const crs = newCrFiles();
const scratch = scratchParent('omaspec-sample-messages-');
afterAll(scratch.remove);

const built = new Map<string, { dir: string; add: CliRun; build?: CliRun }>();
const bin = path.join(REPO_ROOT, 'bin/omaspec.js');

beforeAll(async () => {
  await Promise.all(
    crs.map(async (file) => {
      // Only spec/ is copied: the repository's CLI runs with cwd = the copy.
      const dir = copyProject(scratch.dir, path.basename(file, '.txt'), 'spec');
      const add = await omaspec(dir, ['spec', 'add', path.join(NEW_CRS_DIR, file)], bin);
      built.set(file, { dir, add, ...(add.code === 0 ? { build: await omaspec(dir, ['spec', 'build'], bin) } : {}) });
    }),
  );
}, 120_000);

describe.each(crs)('%s', (file) => {
  it('changes the spec: defines a message of its own, or changes or removes a schema of the spec before it', () => {
    const { dir, add, build } = built.get(file)!;
    expect(add.code, describeRun(add)).toBe(0);
    // Exit 1 is right while the CR leaves lint errors open for decisions; the build still writes the schemas.
    expect(
      build !== undefined &&
        (build.code === 0 || (build.code === 1 && /open error/i.test(build.stdout + build.stderr))),
      build && describeRun(build),
    ).toBe(true);
    const spec: ProjectSpec = readProjectSpec(dir);
    const own = spec.index.messages.filter((m) => m.source?.cr === file).map((m) => m.id);
    const before = readProjectSpec(REPO_ROOT).index.messages;
    const schemaText = (root: string, rel: string) => {
      const at = path.join(root, 'spec/schemas', rel);
      return existsSync(at) ? readFileSync(at, 'utf8') : undefined;
    };
    const changed = before
      .filter((m) => schemaText(dir, m.schema) !== schemaText(REPO_ROOT, m.schema))
      .map((m) => m.id);
    expect([...own, ...changed], `messages of ${file} or changed by it in spec/schemas`).not.toEqual([]);
  });
});
