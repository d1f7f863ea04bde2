import { describe, expect, it } from 'vitest';
import { readAmendments, targetOf } from '../../ingest/amend.ts';

const loc = { file: '100_a.txt', line: 7, col: 1 };
const read = (text: string) => readAmendments(text, loc);
const edits = (text: string) => read(text).statements.map((s) => ({ name: s.name, edit: s.edit, target: s.target }));

describe('readAmendments: each form of CR-STYLE.md, with words in between', () => {
  it('reads a rename and a value restriction in one sentence, both for the response it names', () => {
    expect(
      edits(
        'In the AOI Client Deregistration response the “desc” element is renamed “description”, and its “code” element is restricted to the values 200, 401 and 503.',
      ),
    ).toEqual([
      {
        name: 'desc',
        edit: { verb: 'rename', to: 'description' },
        target: { path: [], side: 'response', title: 'AOI Client Deregistration' },
      },
      {
        name: 'code',
        edit: { verb: 'restrict', values: [200, 401, 503] },
        target: { path: [], side: 'response', title: 'AOI Client Deregistration' },
      },
    ]);
  });

  it('reads an addition with its presence, type and constraint, for the request it names', () => {
    expect(
      edits(
        'A new optional parameter “reason” is added to the “params” member of the Client Application Deregistration request: string, one of ‘userRequest’ or ‘appUninstalled’.',
      ),
    ).toEqual([
      {
        name: 'reason',
        edit: {
          verb: 'add',
          required: false,
          schema: { type: 'string', enum: ['userRequest', 'appUninstalled'] },
          description: 'one of ‘userRequest’ or ‘appUninstalled’.',
        },
        target: { path: [], side: 'request', title: 'Client Application Deregistration' },
      },
    ]);
  });

  it.each([
    [
      'The “tokenSeed” parameter of the request becomes mandatory.',
      'tokenSeed',
      { verb: 'presence', required: true },
      'request',
    ],
    [
      'The “clientID” element of the success response becomes optional.',
      'clientID',
      { verb: 'presence', required: false },
      'success',
    ],
    ['“x” is removed.', 'x', { verb: 'remove' }, undefined],
    ['the type of “ttl” is changed to integer', 'ttl', { verb: 'type', schema: { type: 'integer' } }, undefined],
    [
      'In the error response “detail” is no longer mandatory.',
      'detail',
      { verb: 'presence', required: false },
      'error',
    ],
  ])('reads "%s"', (text, name, edit, side) => {
    const [s] = read(text).statements;
    expect([s?.name, s?.edit, s?.target.side]).toEqual([name, edit, side]);
  });

  it.each([
    [
      'In the request, the “tokenSeed” parameter is from now on mandatory.',
      'tokenSeed',
      { verb: 'presence', required: true },
    ],
    ['The “x” parameter shall now be optional.', 'x', { verb: 'presence', required: false }],
    [
      'The maximum length of the “clientID” parameter of the request is 64 characters.',
      'clientID',
      { verb: 'constrain', constraints: [{ max: 64, unit: 'length' }] },
    ],
    ['The minimum value of “ttl” is 60.', 'ttl', { verb: 'constrain', constraints: [{ min: 60, unit: 'value' }] }],
    [
      'The “clientID” parameter shall not exceed 64 characters.',
      'clientID',
      { verb: 'constrain', constraints: [{ max: 64, unit: 'length' }] },
    ],
    [
      'The “reasons” parameter shall have at least one item.',
      'reasons',
      { verb: 'constrain', constraints: [{ min: 1, unit: 'items' }] },
    ],
    ['The “ttl” element shall be from 1 to 3600.', 'ttl', { verb: 'constrain', constraints: [{ min: 1, max: 3600 }] }],
    ['The “ttl” element is limited to 3600.', 'ttl', { verb: 'constrain', constraints: [{ max: 3600 }] }],
    [
      'The “name” element is limited to 32 characters.',
      'name',
      { verb: 'constrain', constraints: [{ max: 32, unit: 'length' }] },
    ],
    ['The “code” element is restricted to 200.', 'code', { verb: 'restrict', values: [200] }],
    [
      'The “deviceNumber” element of the request MAY be up to 32 characters long.',
      'deviceNumber',
      { verb: 'constrain', constraints: [{ max: 32, unit: 'length' }] },
    ],
  ])('reads the bound or presence in "%s"', (text, name, edit) => {
    const [s] = read(text).statements;
    expect([s?.name, s?.edit]).toEqual([name, edit]);
  });

  it.each([
    [
      'The “code” element of the response can only take the values 200 and 401.',
      'code',
      { verb: 'restrict', values: [200, 401] },
      'response',
    ],
    [
      'The “code” element SHALL be one of 200, 401 or 503.',
      'code',
      { verb: 'restrict', values: [200, 401, 503] },
      undefined,
    ],
    ['The values allowed for “kind” are “a” and “b”.', 'kind', { verb: 'restrict', values: ['a', 'b'] }, undefined],
    ['The “tokenSeed” parameter is replaced by “seed”.', 'tokenSeed', { verb: 'rename', to: 'seed' }, undefined],
    ['The request no longer contains the “tokenSeed” parameter.', 'tokenSeed', { verb: 'remove' }, 'request'],
    [
      'The “queue” parameter now defaults to false.',
      'queue',
      { verb: 'constrain', constraints: [{ default: false }] },
      undefined,
    ],
    [
      'The default value of “queue” is changed to false.',
      'queue',
      { verb: 'constrain', constraints: [{ default: false }] },
      undefined,
    ],
    ['The “message” member of the error is made optional.', 'message', { verb: 'presence', required: false }, 'error'],
    [
      'The request gains a new optional parameter “lang”: string, up to 8 characters.',
      'lang',
      { verb: 'add', required: false, schema: { type: 'string', maxLength: 8 }, description: 'up to 8 characters.' },
      'request',
    ],
    [
      'An optional “priority” parameter (integer, from 1 to 5) is added to the request.',
      'priority',
      { verb: 'add', required: false, schema: { type: 'integer', minimum: 1, maximum: 5 }, description: 'from 1 to 5' },
      'request',
    ],
    [
      'The “until” parameter is added to the request as an optional string.',
      'until',
      { verb: 'add', required: false, schema: { type: 'string' }, description: '' },
      'request',
    ],
  ])('reads "%s"', (text, name, edit, side) => {
    const [s] = read(text).statements;
    expect([s?.name, s?.edit, s?.target.side]).toEqual([name, edit, side]);
  });

  it.each([
    ['The “desc” element of the error response becomes “description”.', 'desc', { verb: 'rename', to: 'description' }],
    ['The “reason” parameter is mandatory from now on.', 'reason', { verb: 'presence', required: true }],
    [
      '“clientAppToken” in the response is now an optional element.',
      'clientAppToken',
      { verb: 'presence', required: false },
    ],
    ['The “aoiServerUrl” element is dropped from the success response.', 'aoiServerUrl', { verb: 'remove' }],
    [
      'The “channels” parameter is changed from an array of strings to a string.',
      'channels',
      { verb: 'type', schema: { type: 'string' } },
    ],
    [
      'The “deviceNumber” element of the request shall contain at most 15 digits.',
      'deviceNumber',
      { verb: 'constrain', constraints: [{ max: 15, unit: 'length' }] },
    ],
    [
      'The “ttl” parameter, if present, shall be a positive integer not larger than 86400.',
      'ttl',
      { verb: 'type', schema: { type: 'integer', minimum: 1, maximum: 86400 } },
    ],
    ['The “code” element of the error response may also take the value 429.', 'code', { verb: 'allow', values: [429] }],
    ['The value 429 is added to the allowed values of “code”.', 'code', { verb: 'allow', values: [429] }],
    [
      'A new mandatory element “timestamp” (date-time) is added to the success response.',
      'timestamp',
      { verb: 'add', required: true, schema: { type: 'string', format: 'date-time' }, description: '' },
    ],
    [
      'The response additionally contains an optional “expiresIn” element: integer, in seconds.',
      'expiresIn',
      { verb: 'add', required: false, schema: { type: 'integer' }, description: 'in seconds.' },
    ],
  ])('reads the further wording "%s"', (text, name, edit) => {
    const { statements, unread } = read(text);
    expect(unread).toBe(false);
    expect(statements.map((s) => [s.name, s.edit])).toEqual([[name, edit]]);
  });

  it.each(['The default value of “until” is changed to “never”.', 'The default of “until” becomes “never”.'])(
    'reads a quoted value after "%s" as the default, not as a new name',
    (text) => {
      expect(read(text).statements.map((s) => [s.name, s.edit])).toEqual([
        ['until', { verb: 'constrain', constraints: [{ default: 'never' }] }],
      ]);
    },
  );

  it('reads one statement per name when several names share the predicate', () => {
    expect(edits('The “x”, “y” and “z” parameters become optional.').map((e) => [e.name, e.edit])).toEqual([
      ['x', { verb: 'presence', required: false }],
      ['y', { verb: 'presence', required: false }],
      ['z', { verb: 'presence', required: false }],
    ]);
    // A list of values is not a list of names.
    expect(edits('The “kind” element is restricted to “a” and “b”.')).toEqual([
      { name: 'kind', edit: { verb: 'restrict', values: ['a', 'b'] }, target: { path: [] } },
    ]);
  });

  it('takes no bound from a number followed by words the schema cannot hold', () => {
    expect(read('The “until” parameter shall be at most one year in the future.').statements).toEqual([]);
  });

  it('names a nested element by the container it is said to be in', () => {
    expect(edits('The “DDF” element of each “MOS” item becomes mandatory.')).toEqual([
      { name: 'DDF', edit: { verb: 'presence', required: true }, target: { path: ['MOS'] } },
    ]);
  });

  it('returns a change sentence in no known form as unread, with no statement', () => {
    expect(read('The “foo” parameter is replaced by something else.')).toEqual({ statements: [], unread: true });
  });

  it('reads what follows a matched statement as a statement of its own', () => {
    expect(
      edits(
        'In the success response, the “desc” element is renamed “description” and a new optional element “expires” is added: integer, at least 60.',
      ).map((s) => [s.name, s.edit.verb, s.target.side]),
    ).toEqual([
      ['desc', 'rename', 'success'],
      ['expires', 'add', 'success'],
    ]);
    const second = edits(
      'With respect to the error response, its “code” element shall only take one of the values 400, 401, 404 or 503, and an optional integer element “retryAfter” is added to the “error” member, with a value from 1 to 3600 seconds.',
    );
    expect(second.map((s) => s.name)).toEqual(['code', 'retryAfter']);
    expect(second[1]!.edit).toMatchObject({
      verb: 'add',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 3600 },
    });
  });

  it('keeps words after a statement that no form reads as the statement unread text', () => {
    const { statements } = read(
      'The “code” element is restricted to the values 200 and 404, which the server echoes in “desc” verbatim.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.unread).toBe('which the server echoes in “desc” verbatim');
  });

  it('reads a pronoun subject as the parameter of the statement before it, under its new name', () => {
    expect(
      edits('The “tokenSeed” parameter is hereby renamed to “appTokenSeed”; it shall not exceed 64 characters.').map(
        (s) => [s.name, s.edit],
      ),
    ).toEqual([
      ['tokenSeed', { verb: 'rename', to: 'appTokenSeed' }],
      ['appTokenSeed', { verb: 'constrain', constraints: [{ max: 64, unit: 'length' }] }],
    ]);
  });

  it('reads the bounds said after a new type, and an addition that is introduced', () => {
    expect(
      edits('The “aoiServerUrl” element of the success response is now of type string, of at most 2048 characters.')[0]!
        .edit,
    ).toEqual({ verb: 'type', schema: { type: 'string', maxLength: 2048 } });
    expect(
      edits(
        'In addition a new mandatory parameter “appVersion” is introduced into the request “params” member: string, up to 16 characters.',
      )[0]!.edit,
    ).toMatchObject({ verb: 'add', required: true, schema: { type: 'string', maxLength: 16 } });
  });

  it.each([
    [
      'The “clientAppToken” element of the success response shall consist of exactly 32 characters.',
      { verb: 'constrain', constraints: [{ min: 32, max: 32, unit: 'length' }] },
    ],
    [
      'The “clientID” parameter of the request shall have a length of at least 8 characters.',
      { verb: 'constrain', constraints: [{ min: 8, unit: 'length' }] },
    ],
    ['The “tokenSeed” parameter shall default to “none”.', { verb: 'constrain', constraints: [{ default: 'none' }] }],
    [
      'The “code” element of the response shall take the values 200 or 404 only.',
      { verb: 'restrict', values: [200, 404] },
    ],
    [
      'The “clientID” parameter shall be encoded as an integer instead of a string.',
      { verb: 'type', schema: { type: 'integer' } },
    ],
    ['The “desc” element of the response may be omitted.', { verb: 'presence', required: false }],
    [
      'The success result of the response is extended with an optional element “deregisteredAt”, a date and time in RFC 3339 format.',
      { verb: 'add', required: false, schema: { type: 'string', format: 'date-time' }, description: '' },
    ],
    [
      'Within each item of the “MOS” array, the “DDF” element shall be a URI.',
      { verb: 'type', schema: { type: 'string', format: 'uri' } },
    ],
  ])('reads "%s"', (text, edit) => {
    expect(edits(text).map((s) => s.edit)).toEqual([edit]);
  });

  it('gives a clause that starts at its verb the subject of the statement before it', () => {
    expect(
      edits(
        'Within each item of the “MOS” array, the “DDF” element becomes mandatory and shall be a URI. Moreover, each MOS item gains an optional boolean element “Default”.',
      ).map((s) => [s.name, s.edit.verb, s.target.path]),
    ).toEqual([
      ['DDF', 'presence', ['MOS']],
      ['DDF', 'type', ['MOS']],
      ['Default', 'add', ['MOS']],
    ]);
  });

  it('leaves a sentence that changes nothing alone', () => {
    expect(read('The AOI Client uses the “clientID” it received.')).toEqual({ statements: [], unread: false });
  });
});

describe('targetOf', () => {
  it('takes the variant from a "result"/"error" member', () => {
    expect(targetOf('the “error” member carries it')).toEqual({ path: [], side: 'error' });
  });
});
