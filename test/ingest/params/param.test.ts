import { describe, expect, it } from 'vitest';
import type { ListItem, Loc } from '../../../ingest/model.ts';
import { readParam, readRow } from '../../../ingest/params/param.ts';

const FILE = '100_params.txt';
const SECTION = '10.1.5';
/** The source a nested member's schema names: its own bullet's line. */
const src = (line: number) => ({ cr: FILE, section: SECTION, line });
const loc = (line: number, col: number): Loc => ({ file: FILE, line, col });
/** A bullet as the parser gives it: its text starts at column 3 of line 5 ("· " before it). */
const bullet = (text: string, children: ListItem[] = [], at: Loc = loc(5, 3)): ListItem => ({
  text,
  loc: at,
  depth: at.col - 3,
  children,
});
/** The column of `needle` in a bullet's text, as a file column (the text starts at column `start`). */
const colOf = (text: string, needle: string, start = 3) => start + text.indexOf(needle);

const read = (text: string, inList = true) => {
  const r = readParam(bullet(text), SECTION, inList);
  if (!r) throw new Error(`no parameter read from ${JSON.stringify(text)}`);
  return r;
};

const row = (cells: { type: string; cardinality: string; description: string }) =>
  readRow({ name: 'code', ...cells, loc: loc(30, 2), typeLoc: loc(32, 2), descriptionLoc: loc(36, 2) }, '9.3.1');

describe('readParam presence', () => {
  it.each([
    ['mandatory', true],
    ['Mandatory', true],
    ['MANDATORY', true],
    ['M', true],
    ['optional', false],
    ['Optional', false],
    ['O', false],
    ['C', false],
    ['conditional', false],
    ['1', true],
    ['0..1', false],
  ])('reads "“clientID”: %s, string" as required=%s, a string, with no finding', (presence, required) => {
    const r = read(`“clientID”: ${presence}, string`);
    expect(r.property).toEqual({
      name: 'clientID',
      schema: { type: 'string' },
      required,
      description: '',
      loc: loc(5, 3),
      section: SECTION,
    });
    expect(r.stated).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['(M)', true],
    ['(O)', false],
    ['(C)', false],
  ])('reads the presence in parentheses after the name: “until” %s: string', (presence, required) => {
    const r = read(`“until” ${presence}: string`);
    expect([r.property.name, r.property.required, r.property.schema]).toEqual(['until', required, { type: 'string' }]);
    expect(r.findings).toEqual([]);
  });

  it('reads cardinality 0..n as an optional array of the type', () => {
    const r = read('“scopes”: 0..n, string');
    expect([r.property.required, r.property.schema]).toEqual([false, { type: 'array', items: { type: 'string' } }]);
  });

  it('reads cardinality 0..* like 0..n', () => {
    expect(read('“scopes”: 0..*, string').property.schema).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('reads cardinality 1..n as a mandatory array of at least one item', () => {
    const r = read('“scopes”: 1..n, string');
    expect([r.property.required, r.property.schema]).toEqual([
      true,
      { type: 'array', items: { type: 'string' }, minItems: 1 },
    ]);
  });

  it.each([
    ['1..n', { minItems: 1 }],
    ['0..n', {}],
  ])(
    'reads cardinality %s on an array of objects as the count of its items, not as an array of arrays',
    (card, count) => {
      const uri = bullet('“uri”: 1, URI', [], loc(6, 5));
      const r = readParam(bullet(`“endpoints”: ${card}, array of objects, each with:`, [uri]), SECTION, true)!;
      expect(r.property.schema).toEqual({
        type: 'array',
        ...count,
        items: {
          type: 'object',
          properties: { uri: { type: 'string', format: 'uri', 'x-omaspec-source': src(6) } },
          required: ['uri'],
        },
      });
    },
  );

  it('reads "mandatory in the success response only" as required in the success variant only', () => {
    const r = read('“clientAppToken”: mandatory in the success response only, string');
    expect([r.property.required, r.property.only, r.property.schema]).toEqual([true, 'success', { type: 'string' }]);
  });

  it('reads "only present when …" after an optional type as optional and keeps the condition as description', () => {
    const r = read('“clientAppToken”: optional, string, only present when the registration succeeds');
    expect([r.property.required, r.property.schema, r.property.description]).toEqual([
      false,
      { type: 'string' },
      'only present when the registration succeeds',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('does not report the number in an "only present when …" condition as an unread constraint', () => {
    const r = read('“retryAfter”: optional, integer, only present when the code is 503');
    expect([r.property.required, r.property.schema, r.property.description]).toEqual([
      false,
      { type: 'integer' },
      'only present when the code is 503',
    ]);
    expect(r.findings).toEqual([]);
  });

  it('reads a parameter with no presence as optional and reports unstated-presence at the bullet', () => {
    const r = read('“tokenSeed”: string');
    expect([r.property.required, r.property.schema]).toEqual([false, { type: 'string' }]);
    expect(r.findings).toEqual([
      {
        rule: 'unstated-presence',
        severity: 'warning',
        message: 'parameter "tokenSeed" states no presence (mandatory/optional/M/O/cardinality); read as optional',
        loc: loc(5, 3),
        key: 'unstated-presence:100_params:10.1.5:tokenSeed:presence@5',
      },
    ]);
  });
});

describe('readParam names and quotes', () => {
  it.each([
    '“clientID”: mandatory, string',
    '"clientID": mandatory, string',
    '‘clientID’: mandatory, string',
    "'clientID': mandatory, string",
    '“ clientID ”: mandatory, string',
    'clientID: mandatory, string',
    '“clientID” - mandatory, string',
  ])('reads the name of %s', (text) => {
    const r = read(text);
    expect([r.property.name, r.property.required, r.property.schema]).toEqual(['clientID', true, { type: 'string' }]);
  });

  it('reads no parameter from an envelope member bullet', () => {
    expect(readParam(bullet('“params” member including the following parameter:'), SECTION, true)).toBeUndefined();
  });

  it('reads no parameter from a sentence that only mentions a quoted name', () => {
    expect(readParam(bullet('The “tokenSeed” is generated by the Client Application.'), SECTION, true)).toBeUndefined();
  });

  it('reads no parameter from a bullet that states neither presence nor type outside a parameter list', () => {
    expect(readParam(bullet('“tokenSeed” is described below'), SECTION, false)).toBeUndefined();
  });
});

describe('readParam types', () => {
  it.each([
    ['string', { type: 'string' }],
    ['integer', { type: 'integer' }],
    ['number', { type: 'number' }],
    ['boolean', { type: 'boolean' }],
    ['object', { type: 'object' }],
    ['URL', { type: 'string', format: 'uri' }],
    ['URI', { type: 'string', format: 'uri' }],
    ['date and time in RFC 3339 format', { type: 'string', format: 'date-time' }],
    ['array of strings', { type: 'array', items: { type: 'string' } }],
    ['array of integer', { type: 'array', items: { type: 'integer' } }],
    ['array of URLs', { type: 'array', items: { type: 'string', format: 'uri' } }],
    ['opaque object', { type: 'object' }],
  ])('reads the type "%s" as %j', (type, schema) => {
    const r = read(`“value”: optional, ${type}`);
    expect(r.property.schema).toEqual(schema);
    expect(r.findings).toEqual([]);
  });

  it('reads an "array of objects, each with:" and its nested bullets, to depth 2, as item members with their own required lists and lines', () => {
    const text = '“items”: mandatory, array of objects, each with:';
    const tag = bullet('“tag”: mandatory, string', [], loc(8, 7));
    const weight = bullet('“weight”: optional, integer, from 1 to 5', [], loc(9, 7));
    const name = bullet('“name”: mandatory, string', [], loc(6, 5));
    const tags = bullet('“tags”: optional, array of objects, each with:', [tag, weight], loc(7, 5));
    const r = readParam(bullet(text, [name, tags]), SECTION, true)!;
    expect(r.property.schema).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', 'x-omaspec-source': src(6) },
          tags: {
            'x-omaspec-source': src(7),
            type: 'array',
            items: {
              type: 'object',
              properties: {
                tag: { type: 'string', 'x-omaspec-source': src(8) },
                weight: {
                  type: 'integer',
                  minimum: 1,
                  maximum: 5,
                  description: 'from 1 to 5',
                  'x-omaspec-source': src(9),
                },
              },
              required: ['tag'],
            },
          },
        },
        required: ['name'],
      },
    });
    expect(r.property.required).toBe(true);
    expect(r.used).toEqual([name, tags, tag, weight]);
    expect(r.findings).toEqual([]);
  });

  it('reads nested bullets under a scalar as members of an object and reports unread-constraint', () => {
    const member = bullet('“x”: optional, string', [], loc(6, 5));
    const r = readParam(bullet('“count”: mandatory, integer', [member]), SECTION, true)!;
    expect(r.property.schema).toEqual({
      type: 'object',
      properties: { x: { type: 'string', 'x-omaspec-source': src(6) } },
    });
    expect(r.findings.map((f) => [f.rule, f.severity, f.loc.line, f.key])).toEqual([
      ['unread-constraint', 'warning', 5, 'unread-constraint:100_params:10.1.5:count:nested'],
    ]);
  });

  it('reports an unknown type word as an unknown-type error at the word, and leaves the schema unconstrained', () => {
    const text = '“clientID”: mandatory, strnig';
    const r = read(text);
    expect([r.property.required, r.property.schema]).toEqual([true, {}]);
    expect(r.findings).toEqual([
      {
        rule: 'unknown-type',
        severity: 'error',
        message:
          '"clientID": no known type in "strnig" (known: string, integer, number, boolean, object, URL/URI, date-time, array of T, array of objects); left unconstrained until a decision patches it',
        loc: loc(5, colOf(text, 'strnig')),
        key: 'unknown-type:100_params:10.1.5:clientID:type',
      },
    ]);
  });

  it.each([
    ['“state”: mandatory, one of ‘active’ or ‘suspended’', { type: 'string', enum: ['active', 'suspended'] }],
    ['“code”: mandatory, one of 200, 401 or 503', { type: 'integer', enum: [200, 401, 503] }],
  ])('takes the type from enumerated values when no type word is given: %s', (text, schema) => {
    const r = read(text);
    expect([r.property.schema, r.findings]).toEqual([schema, []]);
  });

  it('still reports unknown-type when enumerated values mix types', () => {
    expect(read('“v”: mandatory, one of ‘a’ or 2').findings.map((f) => f.rule)).toEqual(['unknown-type']);
  });

  it('reports an unknown item type of "array of T" as unknown-type, leaving the items unconstrained', () => {
    const r = read('“channels”: mandatory, array of widgets');
    expect(r.property.schema).toEqual({ type: 'array' });
    expect(r.findings.map((f) => [f.rule, f.severity, f.message, f.key])).toEqual([
      [
        'unknown-type',
        'error',
        '"channels": item type "widgets" is not a type the reader knows; the items are left unconstrained until a decision patches them',
        'unknown-type:100_params:10.1.5:channels:type',
      ],
    ]);
  });

  it('locates an unknown item type of "array of T" at the unknown word', () => {
    const text = '“channels”: mandatory, array of widgets';
    expect(read(text).findings.map((f) => f.loc)).toEqual([loc(5, colOf(text, 'widgets'))]);
  });
});

describe('readParam constraints', () => {
  it.each([
    ['string, one of ‘a’, ‘b’ or ‘c’', { type: 'string', enum: ['a', 'b', 'c'] }],
    ['string, one of “websocket” or “sms”', { type: 'string', enum: ['websocket', 'sms'] }],
    ['integer, one of 200, 401 or 503', { type: 'integer', enum: [200, 401, 503] }],
    ['integer, 200, 401 or 503.', { type: 'integer', enum: [200, 401, 503] }],
    ['integer, at least 1 and at most 3600', { type: 'integer', minimum: 1, maximum: 3600 }],
    ['integer, from 1 to 5', { type: 'integer', minimum: 1, maximum: 5 }],
    ['array of strings, at most 16 items', { type: 'array', items: { type: 'string' }, maxItems: 16 }],
    ['array of strings, at least one item', { type: 'array', items: { type: 'string' }, minItems: 1 }],
    ['string, up to 64 characters', { type: 'string', maxLength: 64 }],
    ['integer, default 3600', { type: 'integer', default: 3600 }],
    ['integer. Default 3600.', { type: 'integer', default: 3600 }],
    ['array of strings, each one of “a” or “b”', { type: 'array', items: { type: 'string', enum: ['a', 'b'] } }],
    ['string, at most 15 digits', { type: 'string', maxLength: 15 }],
    ['integer, not larger than 86400', { type: 'integer', maximum: 86400 }],
    ['integer, no less than 1 and not greater than 10', { type: 'integer', minimum: 1, maximum: 10 }],
  ])('reads "%s" into %j, keeping the phrase as description, with no finding', (spec, schema) => {
    const r = read(`“value”: mandatory, ${spec}`);
    expect(r.property.schema).toEqual(schema);
    expect(r.property.description).toBe(spec.replace(/^[^,.]+[,.]\s*/, ''));
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['integer in the range 1 to 100', { type: 'integer', minimum: 1, maximum: 100 }],
    ['integer, range 1..100', { type: 'integer', minimum: 1, maximum: 100 }],
    ['integer between 0 and 7', { type: 'integer', minimum: 0, maximum: 7 }],
    ['integer ≥ 0', { type: 'integer', minimum: 0 }],
    ['integer (0..255)', { type: 'integer', minimum: 0, maximum: 255 }],
    ['integer, positive', { type: 'integer', minimum: 1 }],
    ['integer, non-negative, at most 10', { type: 'integer', minimum: 0, maximum: 10 }],
    ['integer. Seconds since boot (non-negative).', { type: 'integer', minimum: 0 }],
    ['number, from 0.5 to 1.5', { type: 'number', minimum: 0.5, maximum: 1.5 }],
    ['integer, max 10', { type: 'integer', maximum: 10 }],
    ['integer, in seconds, maximum value 86400', { type: 'integer', maximum: 86400 }],
    ['integer, minimum value 1', { type: 'integer', minimum: 1 }],
    ['string (max. 64 characters)', { type: 'string', maxLength: 64 }],
    ['string, 1-64 characters', { type: 'string', minLength: 1, maxLength: 64 }],
    ['string, maximum length 64', { type: 'string', maxLength: 64 }],
    ['array of strings, 1 to 10 items', { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 10 }],
    ['string; allowed values: “push”, “pull”', { type: 'string', enum: ['push', 'pull'] }],
    ['date-time (RFC 3339)', { type: 'string', format: 'date-time' }],
    ['integer, defaults to 3600', { type: 'integer', default: 3600 }],
    ['boolean (default: false)', { type: 'boolean', default: false }],
  ])('reads the further wording "%s" into %j, with no finding', (spec, schema) => {
    const r = read(`“value”: optional, ${spec}`);
    expect(r.property.schema).toEqual(schema);
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['positive integer', { type: 'integer', minimum: 1 }],
    ['a non-negative integer', { type: 'integer', minimum: 0 }],
    ['positive number', { type: 'number', exclusiveMinimum: 0 }],
  ])('keeps the sign of "%s" as a bound', (type, schema) => {
    const r = read(`“ttl”: optional, ${type}`);
    expect(r.property.schema).toEqual(schema);
    expect(r.findings).toEqual([]);
  });

  it('reports a lone value after the type ("integer, 200") as unread-constraint, not as silent description', () => {
    const r = read('“code”: mandatory, integer, 200');
    expect(r.property.schema).toEqual({ type: 'integer' });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['unread-constraint', 'warning']]);
  });

  it('reports constraint text it cannot read as an unread-constraint warning at the phrase, and leaves it out of the schema', () => {
    const text = '“clientID”: mandatory, string, must not exceed sixty-four characters';
    const r = read(text);
    expect(r.property.schema).toEqual({ type: 'string' });
    expect(r.property.description).toBe('must not exceed sixty-four characters');
    expect(r.findings).toEqual([
      {
        rule: 'unread-constraint',
        severity: 'warning',
        message:
          '"clientID": "must not exceed sixty-four characters" reads like a constraint that is not in the schema; state it as a decision (patch) if it is one',
        loc: loc(5, colOf(text, 'must not')),
        key: 'unread-constraint:100_params:10.1.5:clientID:unread-constraint',
      },
    ]);
  });

  it('does not report a plain note that reads like no constraint', () => {
    const r = read('“message”: mandatory, string. Corresponds to the “desc” parameter');
    expect([r.property.schema, r.property.description, r.findings]).toEqual([
      { type: 'string' },
      'Corresponds to the “desc” parameter',
      [],
    ]);
  });
});

describe('readRow (element table rows)', () => {
  it('reads member bullets under the description cell into the items of an array of objects', () => {
    const r = readRow(
      {
        name: 'channels',
        type: 'Array of objects',
        cardinality: '1..n',
        description: 'Each item has:',
        loc: loc(30, 2),
        typeLoc: loc(31, 2),
        descriptionLoc: loc(33, 2),
        items: [
          bullet('“type”: mandatory, string, one of ‘websocket’ or ‘sms’', [], loc(34, 3)),
          bullet('“address”: optional, URI', [], loc(35, 3)),
        ],
      },
      '10.1.12',
    );
    expect(r.findings).toEqual([]);
    expect(r.property.schema).toMatchObject({
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['type'],
        properties: {
          type: { type: 'string', enum: ['websocket', 'sms'] },
          address: { type: 'string', format: 'uri' },
        },
      },
    });
  });

  it.each([
    ['1', true, { type: 'string' }],
    ['0..1', false, { type: 'string' }],
    ['0..n', false, { type: 'array', items: { type: 'string' } }],
    ['1..n', true, { type: 'array', items: { type: 'string' }, minItems: 1 }],
  ])('reads cardinality %s as required=%s with schema %j', (cardinality, required, schema) => {
    const r = row({ type: 'String', cardinality, description: 'The code.' });
    expect(r.property).toEqual({
      name: 'code',
      schema,
      required,
      description: 'The code.',
      loc: loc(30, 2),
      section: '9.3.1',
    });
    expect(r.findings).toEqual([]);
  });

  it.each([
    ['Integer', { type: 'integer' }],
    ['Boolean', { type: 'boolean' }],
    ['URL', { type: 'string', format: 'uri' }],
  ])('reads the type cell %s as %j', (type, schema) => {
    expect(row({ type, cardinality: '1', description: 'x' }).property.schema).toEqual(schema);
  });

  it('reads constraints stated in the description cell', () => {
    expect(row({ type: 'Integer', cardinality: '1', description: 'One of 200, 401, 503.' }).property.schema).toEqual({
      type: 'integer',
      enum: [200, 401, 503],
    });
    expect(row({ type: 'String', cardinality: '1', description: 'At most 64 characters.' }).property.schema).toEqual({
      type: 'string',
      maxLength: 64,
    });
    expect(row({ type: 'Integer', cardinality: '0..1', description: 'Default 3600.' }).property.schema).toEqual({
      type: 'integer',
      default: 3600,
    });
  });

  it('keeps a row of cardinality 0..1 with "Only present when …" optional', () => {
    const r = row({ type: 'String', cardinality: '0..1', description: 'Only present when the code is 200.' });
    expect([r.property.required, r.findings]).toEqual([false, []]);
  });

  it('reports an unknown type cell as unknown-type at the type cell', () => {
    const r = row({ type: 'Widget', cardinality: '1', description: 'x' });
    expect(r.property.schema).toEqual({});
    expect(r.findings.map((f) => [f.rule, f.severity, f.loc, f.key])).toEqual([
      ['unknown-type', 'error', loc(32, 2), 'unknown-type:100_params:9.3.1:code:type'],
    ]);
  });

  it('reports an unread constraint of the description cell as unread-constraint at the description cell', () => {
    const r = row({ type: 'Integer', cardinality: '1', description: 'Must not exceed 3600 seconds.' });
    expect(r.property.schema).toEqual({ type: 'integer' });
    expect(r.findings.map((f) => [f.rule, f.severity, f.loc, f.key])).toEqual([
      ['unread-constraint', 'warning', loc(36, 2), 'unread-constraint:100_params:9.3.1:code:unread-constraint'],
    ]);
  });
});

describe('values said for one response variant', () => {
  it.each([
    ['200 on success.', [{ role: 'success', values: [200] }]],
    ['400, 401 or 503 in case of error', [{ role: 'error', values: [400, 401, 503] }]],
    [
      '200 if successful, 503 on failure',
      [
        { role: 'success', values: [200] },
        { role: 'error', values: [503] },
      ],
    ],
  ])(
    'reads "%s" as the values of that variant, outside the shared schema, with no finding',
    (description, valuesIn) => {
      const r = row({ type: 'Integer', cardinality: '1', description });
      expect(r.property.valuesIn).toEqual(valuesIn);
      expect(r.property.schema).toEqual({ type: 'integer' });
      expect(r.findings).toEqual([]);
    },
  );
});
