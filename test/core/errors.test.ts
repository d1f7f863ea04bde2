import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../cli/errors.ts';
import {
  ERROR_CODES,
  jsonErrorOffset,
  lineColumnAt,
  OmaspecError,
  parseJsonText,
  type ErrorCode,
} from '../../core/errors.ts';
import type { RequestErrorCode } from '../../generator/runtime/requests.ts';

describe('jsonErrorOffset', () => {
  it('agrees with V8 wherever V8 gives a position, for JSON texts with one character replaced', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('}', ']', ',', ':', 'x', '"', ' '), (json, at, bad) => {
        const pretty = JSON.stringify(JSON.parse(json), null, 2);
        const k = at % (pretty.length + 1);
        const text = pretty.slice(0, k) + bad + pretty.slice(k + 1);
        let position: number | undefined;
        try {
          JSON.parse(text);
          expect(jsonErrorOffset(text)).toBe(text.length);
          return;
        } catch (error) {
          const m = /at position (\d+)/.exec((error as Error).message);
          position = m ? Number(m[1]) : undefined;
        }
        const offset = jsonErrorOffset(text);
        expect(offset).toBeLessThanOrEqual(text.length);
        if (position !== undefined) expect(offset).toBe(position);
      }),
    );
  });

  it('is the end of the text for valid JSON and for a text that ends too early', () => {
    expect(jsonErrorOffset('{"a": [1, 2]}')).toBe(13);
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
  });
});

describe('parseJsonText', () => {
  it('turns a trailing comma into CLI_NOT_JSON at the line and column of the bracket after it', () => {
    const text = '{\n  "crs": [\n    "a.txt",\n  ]\n}';
    const error = (() => {
      try {
        return parseJsonText(text, 'x.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(OmaspecError);
    expect(error).toMatchObject({
      code: 'CLI_NOT_JSON',
      kind: 'invalid',
      location: { file: 'x.json', line: 4, col: 3 },
    });
    expect((error as Error).message).not.toMatch(/position/);
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, col: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, col: 2 });
  });
});

describe('ERROR_CODES', () => {
  it('names every code <AREA>_<WHAT> from the areas README lists', () => {
    for (const code of Object.keys(ERROR_CODES))
      expect(code).toMatch(/^(CLI|IO|INGEST|GEN|COMPAT|PUBLISH|RPC|AOI|NOTIFY|DM|STORE)_[A-Z_]+$/);
  });
});

describe('README', () => {
  it('lists every code once in its table, with the kind and the exit code the CLI gives it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const rows = [...readme.matchAll(/^\| `([A-Z]+_[A-Z_]+)` \| ([a-z-]+) \| (\d) \|/gm)].map(
      ([, code, kind, exit]) => ({
        code,
        kind,
        exit: Number(exit),
      }),
    );
    expect(rows).toEqual(
      Object.entries(ERROR_CODES).map(([code, { kind }]) => ({ code, kind, exit: EXIT_CODES[kind] })),
    );
  });

  it('documents the codes the generated wire runtime uses, which cannot import core/', () => {
    // tsc is the check: the assignment fails to type-check when a RequestErrorCode is not an ErrorCode.
    const everyRuntimeCodeIsKnown: RequestErrorCode extends ErrorCode ? true : false = true;
    expect(everyRuntimeCodeIsKnown).toBe(true);
  });
});
