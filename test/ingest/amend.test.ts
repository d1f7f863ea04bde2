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
  ])('reads the bound or presence in "%s"', (text, name, edit) => {
    const [s] = read(text).statements;
    expect([s?.name, s?.edit]).toEqual([name, edit]);
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

  it('leaves a sentence that changes nothing alone', () => {
    expect(read('The AOI Client uses the “clientID” it received.')).toEqual({ statements: [], unread: false });
  });
});

describe('targetOf', () => {
  it('takes the variant from a "result"/"error" member', () => {
    expect(targetOf('the “error” member carries it')).toEqual({ path: [], side: 'error' });
  });
});
