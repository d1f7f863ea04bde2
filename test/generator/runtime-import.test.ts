import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProtocolError as RuntimeProtocolError } from '../../generator/runtime/dispatch.ts';
import { generate } from '../../generator/generate.ts';
import { relocateRuntime, RUNTIME_FILES, runtimeImportFrom } from '../../generator/runtime-import.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import { ProtocolError as FixtureProtocolError } from './fixtures/generated/index.ts';
import { fixtureGenerated, fixtureOptions, fixtureSpec, runtimeDir, scratch } from './helpers.ts';

describe('relocateRuntime', () => {
  it('points the imports of the runtime copy at the folder, from any depth, and leaves everything else', () => {
    const code = [
      "/** Like `export * from './common/jsonrpc.js';` */",
      "import type { JsonRpcId } from '../common/jsonrpc.js';",
      "import {\n  decode,\n  dispatch,\n} from '../common/dispatch.js';",
      "import type { Aoi1Message } from './types.js';",
      "import { other } from '../common/other.js';",
    ].join('\n');
    expect(relocateRuntime('aoi1/types.ts', code, '../../generator/runtime').split('\n')).toEqual([
      "/** Like `export * from './common/jsonrpc.js';` */",
      "import type { JsonRpcId } from '../../../generator/runtime/jsonrpc.js';",
      'import {',
      '  decode,',
      '  dispatch,',
      "} from '../../../generator/runtime/dispatch.js';",
      "import type { Aoi1Message } from './types.js';",
      "import { other } from '../common/other.js';",
    ]);
  });

  it('keeps a specifier relative (./) when the folder is below the importing file', () => {
    expect(relocateRuntime('index.ts', "export * from './common/requests.js';", 'lib/runtime')).toBe(
      "export * from './lib/runtime/requests.js';",
    );
    expect(relocateRuntime('dm/types.ts', "import type { X } from '../common/jsonrpc.js';", 'lib/runtime')).toBe(
      "import type { X } from '../lib/runtime/jsonrpc.js';",
    );
  });
});

describe('generate with runtimeImport', () => {
  it('writes no runtime copy, and its runtime imports name exactly the runtime files of the folder', async () => {
    const files = await generate(await loadSpec(fixtureSpec), fixtureOptions);
    const outside = new Set<string>();
    for (const [file, content] of files) {
      expect(RUNTIME_FILES, file).not.toContain(file);
      for (const [, specifier] of content.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const target = path.posix.join(path.posix.dirname(file), specifier!);
        if (!files.has(target) && !files.has(target.replace(/\.js$/, '.ts')))
          outside.add(path.join(fixtureGenerated, target));
      }
    }
    expect([...outside].sort()).toEqual(
      RUNTIME_FILES.map((file) => path.join(runtimeDir, path.basename(file).replace(/\.ts$/, '.js'))).sort(),
    );
  });

  it('gives the committed fixture the runtime under test itself, not a copy of it', () => {
    expect(FixtureProtocolError).toBe(RuntimeProtocolError);
  });
});

describe('runtimeImportFrom', () => {
  it('is the runtime directory relative to the output, with / separators', async () => {
    expect(await runtimeImportFrom(fixtureGenerated, runtimeDir)).toBe('../../../../generator/runtime');
  });

  it('refuses a directory inside the output, which generate would delete', async () => {
    const out = await scratch();
    await expect(runtimeImportFrom(out, path.join(out, 'runtime'))).rejects.toMatchObject({ code: 'CLI_USAGE' });
    await expect(runtimeImportFrom(out, out)).rejects.toMatchObject({ code: 'CLI_USAGE' });
  });

  it('fails with the path of a runtime file the directory lacks', async () => {
    const empty = await scratch();
    await expect(runtimeImportFrom(path.join(empty, 'out'), empty)).rejects.toMatchObject({
      code: 'ENOENT',
      path: expect.stringMatching(/\.ts$/),
    });
  });
});
