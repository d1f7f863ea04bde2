import { describe, expect, it } from 'vitest';
import { readRow } from '../../../ingest/params/param.ts';
import { nestMarkedRows } from '../../../ingest/params/nested-rows.ts';

const FILE = '100_rows.txt';
const SECTION = '10.1.27';
const loc = (line: number) => ({ file: FILE, line, col: 2 });

/** Rows as an element table gives them: [element, type, cardinality, description], one per 5 lines. */
const rows = (...cells: [string, string, string, string][]) =>
  cells.map(([name, type, cardinality, description], i) => {
    const line = 10 + 5 * i;
    return readRow(
      { name, type, cardinality, description, loc: loc(line), typeLoc: loc(line + 1), descriptionLoc: loc(line + 3) },
      SECTION,
    ).property;
  });

describe('nestMarkedRows', () => {
  it('makes a ">" row a member of the row above it, and ">>" a member of that member', () => {
    const { properties, findings } = nestMarkedRows(
      rows(
        ['name', 'String', '1', 'The name.'],
        ['policy', 'Object', '0..1', 'Delivery policy, with the sub-elements below.'],
        ['>maxRate', 'Integer', '1', 'Notifications per hour, from 1 to 3600.'],
        ['>window', 'Object', '0..1', 'When delivery is allowed.'],
        ['>>start', 'String', '1', 'Start time.'],
        ['>quietHours', 'Array of Strings', '0..1', 'Hours during which notifications are held.'],
        ['verified', 'Boolean', '1', 'Whether the owner is verified.'],
      ),
      SECTION,
    );
    expect(findings).toEqual([]);
    expect(properties.map((p) => p.name)).toEqual(['name', 'policy', 'verified']);
    const policy = properties[1]!.schema;
    expect(policy).toMatchObject({
      type: 'object',
      required: ['maxRate'],
      properties: {
        maxRate: {
          type: 'integer',
          minimum: 1,
          maximum: 3600,
          'x-omaspec-source': { cr: FILE, section: SECTION, line: 20 },
        },
        window: { type: 'object', required: ['start'], properties: { start: { type: 'string' } } },
        quietHours: { type: 'array', items: { type: 'string' } },
      },
    });
  });

  it('puts the members of an array row into its item objects', () => {
    const { properties } = nestMarkedRows(
      rows(['targets', 'Array of Objects', '1', 'The targets.'], ['>appToken', 'String', '1', 'The token.']),
      SECTION,
    );
    expect(properties[0]!.schema).toMatchObject({
      type: 'array',
      items: { type: 'object', properties: { appToken: { type: 'string' } }, required: ['appToken'] },
    });
  });

  it('reports a marked row with no row above it, and one under a scalar, instead of dropping either', () => {
    const { properties, findings } = nestMarkedRows(
      rows(
        ['>orphan', 'String', '1', 'No parent.'],
        ['count', 'Integer', '1', 'A count.'],
        ['>unit', 'String', '1', 'Its unit.'],
      ),
      SECTION,
    );
    expect(properties.map((p) => p.name)).toEqual(['orphan', 'count']);
    expect(findings.map((f) => [f.rule, f.loc.line])).toEqual([
      ['unread-constraint', 10],
      ['unread-constraint', 20],
    ]);
  });
});
