import { describe, expect, it } from 'vitest';
import { checkJsonLimits } from '../../../reference/limits/json-depth.ts';

const limits = { maxDepth: 3, maxBytes: 100 };
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('checkJsonLimits', () => {
  it('accepts nesting at the limit and refuses one level more, naming the limit', () => {
    expect(checkJsonLimits(nested(3), limits)).toEqual({ ok: true });
    expect(checkJsonLimits('{"a":{"b":[1]}}', limits)).toEqual({ ok: true });
    expect(checkJsonLimits(nested(4), limits)).toEqual({
      ok: false,
      problem: 'the document nests deeper than 3 levels',
    });
    expect(checkJsonLimits('{"a":{"b":[{}]}}', limits).ok).toBe(false);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(checkJsonLimits(`["${'[{'.repeat(20)}\\"${'['.repeat(10)}"]`, limits)).toEqual({ ok: true });
  });

  it('refuses a document over maxBytes counted in UTF-8, and accepts one of exactly maxBytes', () => {
    expect(checkJsonLimits(`"${'é'.repeat(49)}"`, limits)).toEqual({ ok: true }); // 2 + 98 bytes
    expect(checkJsonLimits(`"${'é'.repeat(50)}"`, limits)).toEqual({
      ok: false,
      problem: 'the document exceeds 100 bytes',
    });
  });

  it('refuses a deep document long before the end of the text (no parse of the rest)', () => {
    const deep = nested(1_000_000);
    expect(checkJsonLimits(deep, { maxDepth: 64, maxBytes: 4_000_000 }).ok).toBe(false);
  });

  it('reports number literals with the key they belong to, escaped keys resolved', () => {
    const seen: [string, string | undefined, string][] = [];
    checkJsonLimits('{"id":1e-400,"p":[2,{"i\\u0064":-3.5}]}', limits, (...args) => void seen.push(args));
    expect(seen).toEqual([
      ['1e-400', 'id', '{'],
      ['2', undefined, '{['],
      ['-3.5', 'id', '{[{'],
    ]);
  });
});
