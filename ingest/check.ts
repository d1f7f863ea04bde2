/** The spec stage's drift check: what `spec build` would write, compared with spec/schemas and spec/examples. */
import { buildSpec } from './build.ts';
import { diffTree, type Drift } from './files.ts';

export const SPEC_OUTPUT_FOLDERS = ['schemas', 'examples'];

export async function checkSpec(specDir: string): Promise<Drift[]> {
  const build = await buildSpec(specDir);
  return (await diffTree(specDir, build.files, SPEC_OUTPUT_FOLDERS)).map((d) => ({
    ...d,
    file: `${specDir}/${d.file}`,
  }));
}
