import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, toValue, type JsonReadResult, type RepairRule } from '../../ingest/json-reader.ts';
import { parseCr } from '../../ingest/parser.ts';
import { SPEC_DIR } from './fixtures.ts';

const FILE = 'cr.txt';
/** Reads `text` as a block whose first line is line `first` of the CR. */
const read = (text: string, first = 1, maxDepth?: number): JsonReadResult =>
  readJson(text.split('\n'), first, FILE, maxDepth === undefined ? {} : { maxDepth });
const repairsOf = (result: JsonReadResult, rule: RepairRule) => result.repairs.filter((r) => r.rule === rule);

describe('readJson on clean JSON', () => {
  it('reads a clean block with no repair', () => {
    const result = read(
      '{\n  "jsonrpc": "2.0",\n  "id": 116,\n  "params": {"list": [1, -2.5e3, true, false, null], "s": "a\\"b\\u0041"}\n}',
    );
    expect(result.error).toBeUndefined();
    expect(result.repairs).toEqual([]);
    expect(toValue(result.node!)).toEqual({
      jsonrpc: '2.0',
      id: 116,
      params: { list: [1, -2500, true, false, null], s: 'a"bA' },
    });
  });

  it('gives each node the line and column of its first character, counted from the block start line', () => {
    const result = read('{\n  "a": [\n    {"b": 1}\n  ]\n}', 40);
    const root = result.node!;
    expect(root.loc).toEqual({ file: FILE, line: 40, col: 1 });
    if (root.type !== 'object') throw new Error('not an object');
    expect(root.entries[0]!.keyLoc).toEqual({ file: FILE, line: 41, col: 3 });
    const array = root.entries[0]!.value;
    expect(array.loc).toEqual({ file: FILE, line: 41, col: 8 });
    if (array.type !== 'array') throw new Error('not an array');
    expect(array.items[0]!.loc).toEqual({ file: FILE, line: 42, col: 5 });
  });
});

describe('readJson repairs', () => {
  it('repairs typographic quotes as string delimiters, at the opening quote', () => {
    const result = read('{\n“clientID”: “aoi123456789”\n}', 34);
    const repairs = repairsOf(result, 'json-smart-quotes');
    expect(repairs).toHaveLength(2);
    expect(repairs[0]).toEqual({
      rule: 'json-smart-quotes',
      loc: { file: FILE, line: 35, col: 1 },
      original: '“clientID”',
      repaired: '"clientID"',
    });
    expect(repairs[1]!.loc).toEqual({ file: FILE, line: 35, col: 13 });
    expect(toValue(result.node!)).toEqual({ clientID: 'aoi123456789' });
  });

  it('repairs a string opened and closed by different quote characters', () => {
    const result = read('{\n"message": “OK“,\n"desc": "done”\n}', 10);
    const repairs = repairsOf(result, 'json-mismatched-quotes');
    expect(repairs.map((r) => [r.loc.line, r.loc.col, r.original, r.repaired])).toEqual([
      [11, 12, '“OK“', '"OK"'],
      [12, 9, '"done”', '"done"'],
    ]);
    expect(repairsOf(result, 'json-smart-quotes')).toEqual([]);
    expect(toValue(result.node!)).toEqual({ message: 'OK', desc: 'done' });
  });

  it('quotes an unquoted member name', () => {
    const result = read('{\ncode: 503,\n  message: "x"\n}', 72);
    expect(repairsOf(result, 'json-unquoted-key')).toEqual([
      { rule: 'json-unquoted-key', loc: { file: FILE, line: 73, col: 1 }, original: 'code', repaired: '"code"' },
      { rule: 'json-unquoted-key', loc: { file: FILE, line: 74, col: 3 }, original: 'message', repaired: '"message"' },
    ]);
    expect(toValue(result.node!)).toEqual({ code: 503, message: 'x' });
  });

  it('removes a comma before a closing brace or bracket', () => {
    const result = read('{"a": [1, 2,],\n"b": "OK",\n}');
    expect(
      repairsOf(result, 'json-trailing-comma').map((r) => [r.loc.line, r.loc.col, r.original, r.repaired]),
    ).toEqual([
      [1, 12, ',', ''],
      [2, 10, ',', ''],
    ]);
    expect(toValue(result.node!)).toEqual({ a: [1, 2], b: 'OK' });
  });

  it('inserts a missing comma between members and between items, at the start of the second', () => {
    const result = read('{"type": "integer"\n "enum": [200 201]\n}', 88);
    expect(repairsOf(result, 'json-missing-comma')).toEqual([
      { rule: 'json-missing-comma', loc: { file: FILE, line: 89, col: 2 }, original: '', repaired: ',' },
      { rule: 'json-missing-comma', loc: { file: FILE, line: 89, col: 15 }, original: '', repaired: ',' },
    ]);
    expect(toValue(result.node!)).toEqual({ type: 'integer', enum: [200, 201] });
  });

  it('replaces a semicolon by a comma between members and drops it before a closing brace', () => {
    const result = read('{"a": "x";\n"b": "y";\n}');
    expect(
      repairsOf(result, 'json-stray-semicolon').map((r) => [r.loc.line, r.loc.col, r.original, r.repaired]),
    ).toEqual([
      [1, 10, ';', ','],
      [2, 9, ';', ''],
    ]);
    expect(toValue(result.node!)).toEqual({ a: 'x', b: 'y' });
  });

  it('reads a bare placeholder word as a string', () => {
    const result = read('{\n"MIID": [miid]\n}', 207);
    expect(repairsOf(result, 'json-placeholder')).toEqual([
      { rule: 'json-placeholder', loc: { file: FILE, line: 208, col: 10 }, original: 'miid', repaired: '"miid"' },
    ]);
    expect(toValue(result.node!)).toEqual({ MIID: ['miid'] });
  });

  it('joins a string broken over two lines, reporting the end of the broken line', () => {
    const result = read('{\n"$ref": "tbd\n",\n"x": 1\n}', 166);
    expect(repairsOf(result, 'json-string-linebreak')).toEqual([
      { rule: 'json-string-linebreak', loc: { file: FILE, line: 167, col: 13 }, original: '"tbd⏎', repaired: '"tbd' },
    ]);
    expect(toValue(result.node!)).toEqual({ $ref: 'tbd', x: 1 });
  });

  it('does not repair true, false and null, which are JSON words', () => {
    const result = read('{"a": true, "b": false, "c": null}');
    expect(result.repairs).toEqual([]);
  });
});

describe('readJson on blocks it cannot repair', () => {
  const cases: [what: string, text: string, line: number, col: number][] = [
    ['an unexpected character', '{\n"a": @1\n}', 2, 6],
    ['a string never closed', '{\n"a": "open', 2, 6],
    ['a block cut off after a member', '{\n"a": 1', 2, 7],
    ['a member name without a colon', '{"a" 1}', 1, 6],
    ['text after the value', '{"a": 1} }', 1, 10],
    ['an escape JSON does not know', '{"a": "C:\\qpath"}', 1, 10],
    ['a truncated unicode escape', '{"a": "\\u12"}', 1, 8],
    ['an empty block', '', 1, 1],
  ];
  it.each(cases)('returns an error at its place for %s, without throwing', (_what, text, line, col) => {
    const result = read(text);
    expect(result.node).toBeUndefined();
    expect(result.error?.message).toEqual(expect.any(String));
    expect(result.error?.loc).toEqual({ file: FILE, line, col });
  });

  it('reads nesting as deep as maxDepth and refuses one level deeper', () => {
    expect(read(`${'['.repeat(5)}${']'.repeat(5)}`, 1, 5).error).toBeUndefined();
    const deeper = read(`${'['.repeat(6)}${']'.repeat(6)}`, 1, 5);
    expect(deeper.error).toEqual({ message: 'nested deeper than 5 levels', loc: { file: FILE, line: 1, col: 6 } });
  });

  it('refuses absurd nesting by default instead of exhausting the stack', () => {
    const result = read('['.repeat(50_000));
    expect(result.error?.message).toMatch(/nested deeper than \d+ levels/);
  });
});

describe('readJson fuzzed with damaged seed blocks', () => {
  const blocks = readSeedBlocks();
  /** A small deterministic generator, so that a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x80000000;
    };
  }
  const next = random(20260423);
  const noise = ['{', '}', '[', ']', ':', ',', ';', '"', '“', '”', '\\', 'x', '1', '\n', ' '];

  it('finds JSON blocks in the seed CRs to fuzz', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(12);
  });

  it('never throws on random truncations of the seed blocks, and reports a located error or a value', () => {
    for (const block of blocks) {
      for (let n = 0; n < 40; n++) {
        const cut = block.text.slice(0, Math.floor(next() * block.text.length));
        const result = readJson(cut.split('\n'), block.line, FILE);
        expect(result.node !== undefined || result.error !== undefined).toBe(true);
        if (result.error) expect(result.error.loc.line).toBeGreaterThanOrEqual(block.line);
      }
    }
  });

  it('never throws on seed blocks with random characters inserted or deleted', () => {
    for (const block of blocks) {
      for (let n = 0; n < 40; n++) {
        let text = block.text;
        for (let k = 0; k < 3; k++) {
          const at = Math.floor(next() * text.length);
          text =
            next() < 0.5
              ? text.slice(0, at) + text.slice(at + 1)
              : text.slice(0, at) + noise[Math.floor(next() * noise.length)]! + text.slice(at);
        }
        expect(() => readJson(text.split('\n'), block.line, FILE)).not.toThrow();
      }
    }
  });
});

function readSeedBlocks(): { text: string; line: number }[] {
  const manifest = JSON.parse(readFileSync(path.join(SPEC_DIR, 'manifest.json'), 'utf8')) as { crs: string[] };
  return manifest.crs.flatMap((rel) => {
    const doc = parseCr(path.basename(rel), readFileSync(path.join(SPEC_DIR, rel), 'utf8'));
    return doc.sections.flatMap((s) =>
      s.nodes.flatMap((n) => (n.kind === 'json' ? [{ text: n.text, line: n.loc.line }] : [])),
    );
  });
}
