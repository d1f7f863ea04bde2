import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenSuite } from './runner.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const realSpec = path.join(root, 'spec/schemas/index.json');

describe('fixture spec', async () => {
  await goldenSuite({
    specDir: path.join(root, 'test/generator/fixtures/spec'),
    generatedDir: path.join(root, 'test/generator/fixtures/generated'),
  });
});

describe.runIf(existsSync(realSpec))('project spec (spec/schemas, spec/examples, generated/)', async () => {
  it('has generated/ for the built spec', () => {
    expect(existsSync(path.join(root, 'generated/registry.ts'))).toBe(true);
  });
  if (!existsSync(path.join(root, 'generated/registry.ts'))) return;
  await goldenSuite({ specDir: path.join(root, 'spec'), generatedDir: path.join(root, 'generated') });
});
