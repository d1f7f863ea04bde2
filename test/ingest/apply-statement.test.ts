import { describe, expect, it } from 'vitest';
import { readAmendments } from '../../ingest/amend.ts';
import { applyStatement } from '../../ingest/apply-statement.ts';
import type { JsonSchema, VariantDef } from '../../ingest/definitions.ts';

const loc = { file: '100_a.txt', line: 9, col: 1 };
const arrayOfStringArrays = (): JsonSchema => ({ type: 'array', items: { type: 'array', items: { type: 'string' } } });

function variantWith(properties: Record<string, JsonSchema>): VariantDef {
  return {
    role: 'single',
    title: 'Package#2',
    description: '',
    loc,
    properties: Object.entries(properties).map(([name, schema]) => ({
      name,
      schema,
      required: true,
      description: '',
      loc,
      section: '7.3',
    })),
  };
}

const statementOf = (text: string) => {
  const [statement, ...more] = readAmendments(text, loc).statements;
  expect(more).toEqual([]);
  return statement!;
};

describe('applyStatement', () => {
  const S2 =
    'In the Package#2 schema, the "items" of each command array are further restricted: the first item is the command name, in upper case, and every item has at least one character.';

  it('reads the items of an array named by a plain word, and keeps what it cannot hold as unread', () => {
    const s = statementOf(S2);
    expect(s).toMatchObject({
      name: 'command',
      wordName: true,
      edit: { verb: 'constrain', constraints: [{ min: 1, unit: 'length', each: true }] },
      unread: 'the first item is the command name; in upper case',
    });
  });

  it('applies a length said of the items of an array of arrays to the innermost strings of the parameter the word abbreviates', () => {
    const variant = variantWith({ Cmd: arrayOfStringArrays(), Id: { type: 'string' } });
    expect(applyStatement(variant, statementOf(S2))).toBe(true);
    expect(variant.properties[0]!.schema).toEqual({
      type: 'array',
      items: { type: 'array', items: { type: 'string', minLength: 1 } },
    });
  });

  it('applies nothing when the word could stand for two parameters', () => {
    const variant = variantWith({ Cmd: arrayOfStringArrays(), Command: arrayOfStringArrays() });
    const before = structuredClone(variant.properties);
    expect(applyStatement(variant, statementOf(S2))).toBe(false);
    expect(variant.properties).toEqual(before);
  });

  it('applies nothing when no parameter is spelled by the word', () => {
    const variant = variantWith({ Status: arrayOfStringArrays() });
    expect(applyStatement(variant, statementOf(S2))).toBe(false);
  });

  it('finds a nested element named inner object first, and an owner said as a plain word', () => {
    const alert = (): JsonSchema => ({
      type: 'object',
      properties: {
        Items: {
          type: 'array',
          items: { type: 'object', properties: { AlertType: { type: 'string' }, Data: { type: 'string' } } },
        },
      },
    });
    for (const text of [
      'The “Data” element of each item of the “Items” array of the “Alert” object is deleted.',
      'The “Data” element of each item of the Alert “Items” array is deleted.',
    ]) {
      const variant = variantWith({ Alert: alert() });
      expect(applyStatement(variant, statementOf(text))).toBe(true);
      expect(variant.properties[0]!.schema).toMatchObject({
        properties: { Items: { items: { properties: { AlertType: { type: 'string' } } } } },
      });
      expect(JSON.stringify(variant.properties[0]!.schema)).not.toContain('Data');
    }
  });

  it('drops the bounds of the old type on a type change and retypes its enumeration', () => {
    const variant = variantWith({
      deviceNumber: { type: 'string', maxLength: 20, pattern: '^[0-9]+$', enum: ['1', '2'] },
    });
    const s = statementOf('The “deviceNumber” parameter shall be encoded as an integer instead of a string.');
    expect(applyStatement(variant, s)).toBe(true);
    expect(variant.properties[0]!.schema).toEqual({ type: 'integer', enum: [1, 2] });
  });

  it('takes a quoted container by its exact name', () => {
    const variant = variantWith({ Cmd: arrayOfStringArrays() });
    const s = statementOf('The “items” of the “Cmd” array are now restricted: each at most 8 characters.');
    expect(s.wordName).toBeUndefined();
    expect(applyStatement(variant, s)).toBe(true);
    expect(variant.properties[0]!.schema).toMatchObject({ items: { items: { type: 'string', maxLength: 8 } } });
  });

  it.each([
    [
      { type: 'integer', enum: [200, 401] },
      { type: 'integer', enum: [200, 401, 429] },
    ],
    [
      { type: 'integer', const: 200 },
      { type: 'integer', enum: [200, 429] },
    ],
    [
      { type: 'integer', minimum: 400 },
      { type: 'integer', minimum: 400 },
    ],
  ])('adds "may also take" values to the enumeration of %j', (before, after) => {
    const variant = variantWith({ code: before });
    expect(applyStatement(variant, statementOf('The “code” element may also take the value 429.'))).toBe(true);
    expect(variant.properties[0]!.schema).toEqual(after);
  });
});
