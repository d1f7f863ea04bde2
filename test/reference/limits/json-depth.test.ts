import fc from 'fast-check';
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

  it('reports number, string and literal values with the key they belong to, escaped keys resolved', () => {
    const seen: [string, string | undefined, string][] = [];
    checkJsonLimits(
      '{"id":1e-400,"p":[2,{"i\\u0064":-3.5,"s":"a\\"b"}],"t":true,"n":[null,false]}',
      limits,
      (...args) => void seen.push(args),
    );
    expect(seen).toEqual([
      ['1e-400', 'id', '{'],
      ['2', undefined, '{['],
      ['-3.5', 'id', '{[{'],
      ['"a\\"b"', 's', '{[{'],
      ['true', 't', '{'],
      ['null', undefined, '{['],
      ['false', undefined, '{['],
    ]);
  });

  it('reports the values met before a limit is hit', () => {
    const seen: string[] = [];
    const checked = checkJsonLimits(
      '{"id":"r-1","p":[[[[1]]]],"late":2}',
      limits,
      (literal) => void seen.push(literal),
    );
    expect(checked.ok).toBe(false);
    expect(seen).toEqual(['"r-1"']);
  });
});

describe('checkJsonLimits against the parser', () => {
  const depthOf = (value: unknown): number =>
    typeof value === 'object' && value !== null
      ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf))
      : 0;

  it('agrees with the parsed value on depth, for any JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 8 }), (value, maxDepth) => {
        const text = JSON.stringify(value);
        const checked = checkJsonLimits(text, { maxDepth, maxBytes: 1 << 20 });
        expect(checked.ok).toBe(depthOf(value) <= maxDepth);
      }),
      { numRuns: 300 },
    );
  });

  it('sees every number literal, with the key it belongs to', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true })), (record) => {
        const seen = new Map<string | undefined, number>();
        checkJsonLimits(JSON.stringify(record), { maxDepth: 4, maxBytes: 1 << 20 }, (literal, key) =>
          seen.set(key, Number(literal)),
        );
        expect(seen).toEqual(new Map(Object.entries(record).map(([key, n]) => [key, Object.is(n, -0) ? 0 : n])));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(() => checkJsonLimits(text, { maxDepth: 3, maxBytes: 1000 }, () => {})).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
