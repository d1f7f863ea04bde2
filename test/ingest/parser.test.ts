import { describe, expect, it } from 'vitest';
import type { CrNode, ListItem, Section } from '../../ingest/model.ts';
import { parseCr } from '../../ingest/parser.ts';
import { cr, elementTable, locate } from './fixtures.ts';

const FILE = '900_parser.txt';

/** A CR in the seed CRs' style that exercises every construct the parser knows. */
const TEXT = cr(
  'This CR adds the Notification Channel Activation to section10.',
  'Change 1:  Change Following Section',
  '10.1.5',
  'Client Application Registration',
  'Then it issues an Client Application Registration request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with: ',
  '· “method” member set to “clientAppRegistrationReq”',
  '· “id” member including an unique identifier for each request',
  '·  “params” member including the following parameter:',
  '',
  '·  “clientID” : mandatory, string',
  '· “message”: mandatory, string. Corresponds to the  “desc” parameter',
  '· “aoiServerUrl”: optional, URL',
  'Example:',
  '',
  '{',
  '    "jsonrpc": "2.0",',
  '    "method": "clientAppRegistrationReq",',
  '    "id": "116"',
  '}',
  'Example of success response:',
  '{    "jsonrpc": "2.0", "id": "116", "result": {}',
  '}',
  'Example of error response:',
  '{ "jsonrpc": "2.0", "id": "116", "error": {} }',
  'Change 2:  Add Following Section',
  ' 7.2JSON Format for Package#1',
  'The MIME type for this format is "application/vnd.oma.dm.initiation+json". JSON schema for the Package#1 is as follows:',
  '{',
  '"type": "object",',
  '"properties": { "MOS": { "type": "array" } }',
  '}',
  'This is an illustrative example of Package#1.',
  '{ "MOS": [] }',
  '{ "title": "Unlabelled", "type": "object", "properties": {} }',
  '9.3.1 Client Application Registration',
  'The AOI Client MUST NOT retry the request and SHALL close the socket; it MAY log the error.',
  'The following table describes the elements of a Client Application Registration response sent from the AOI Client to the Client Application:',
  '',
  ...elementTable([
    ['messageType', 'String', '1', 'Element with value set to ‘clientAppRegistrationRes’'],
    ['code', 'String', '1', 'This attribute contains a code that indicates the outcome of the request. '],
  ]),
  'In case of a success response it SHALL be set to ‘200’ (‘OK’).',
  '',
  '\tdesc',
  '\tString',
  '\t0..1',
  '\tA textual description.',
  '',
  'ClientApplicationRegistration success response',
  'The following table describes the elements of a Client Application Registration error response:',
  ...elementTable([['code', 'Integer', '1', 'One of 400, 401, 503.']]),
  'ClientApplicationRegistration error response',
  '9.3.2 ',
  '',
  '8.3.1 AOI Client Registration',
  ' Figure 1 - AOI Client Registration',
  '8.3.2 Notification Channel Activation',
  ' Figure 2 - 8.3.2',
  'Notification Channel Activation',
  '10. WebSockets Protocol Binding',
  ' \uFFFDReference to schema in chapter 7.4.3',
);

const doc = parseCr(FILE, TEXT);
const section = (number: string): Section => {
  const found = doc.sections.find((s) => s.number === number);
  if (!found) throw new Error(`no section ${number}`);
  return found;
};
const nodes = <K extends CrNode['kind']>(s: Section, kind: K) =>
  s.nodes.filter((n): n is Extract<CrNode, { kind: K }> => n.kind === kind);
const at = (needle: string, occurrence = 1) => ({ file: FILE, ...locate(TEXT, needle, occurrence) });

describe('parseCr cover', () => {
  it('reads the six cover parts with their headings, text and place', () => {
    expect(doc.cover.map((c) => c.part)).toEqual([
      'reason',
      'backwardCompatibility',
      'otherSpecifications',
      'ipr',
      'recommendation',
      'changeProposal',
    ]);
    expect(doc.cover[0]).toEqual({
      part: 'reason',
      heading: 'Reason for Change',
      text: 'This CR adds the Notification Channel Activation to section10.',
      loc: at('1 Reason'),
    });
    expect(doc.cover[4]!.text).toBe('Review and apply the proposed changes to the AOI ER.');
    expect(doc.cover[5]!.loc).toEqual(at('6 Detailed'));
  });

  it('reads a text with no cover as change proposal from its first line', () => {
    const bare = parseCr(
      FILE,
      '10.1.1 AOI Client Registration\nWhenever an AOI Client wants to register it SHALL do so.',
    );
    expect(bare.cover).toEqual([]);
    expect(bare.sections.map((s) => [s.number, s.title, s.loc.line])).toEqual([
      ['', '', 1],
      ['10.1.1', 'AOI Client Registration', 1],
    ]);
  });

  it('keeps the raw lines for the text rules', () => {
    expect(doc.lines).toEqual(TEXT.split('\n'));
  });
});

describe('parseCr headings and change proposals', () => {
  it('lists the sections in order with their numbers and titles', () => {
    expect(doc.sections.map((s) => [s.number, s.title])).toEqual([
      ['', ''],
      ['10.1.5', 'Client Application Registration'],
      ['7.2', 'JSON Format for Package#1'],
      ['9.3.1', 'Client Application Registration'],
      ['9.3.2', ''],
      ['8.3.1', 'AOI Client Registration'],
      ['8.3.2', 'Notification Channel Activation'],
      ['10', 'WebSockets Protocol Binding'],
    ]);
  });

  it('takes the title from the next line when the number stands alone, located at the number', () => {
    expect(section('10.1.5').loc).toEqual(at('10.1.5'));
  });

  it('splits a number written against its title ("7.2JSON …") and locates it after the leading space', () => {
    expect(section('7.2').loc).toEqual({ file: FILE, line: locate(TEXT, '7.2JSON').line, col: 2 });
  });

  it('keeps a number without a title untitled and does not take the next heading as its title', () => {
    expect(section('9.3.2').title).toBe('');
    expect(section('9.3.2').nodes).toEqual([]);
    expect(section('9.3.2').loc).toEqual(at('9.3.2'));
  });

  it('reads "10. Title" as section 10', () => {
    expect(section('10').loc).toEqual(at('10. WebSockets'));
  });

  it('attaches the current "Change N:" proposal to every section after it', () => {
    expect(section('10.1.5').change).toEqual({
      number: 1,
      title: 'Change Following Section',
      loc: at('Change 1:'),
      action: 'change',
    });
    expect(section('7.2').change).toEqual({
      number: 2,
      title: 'Add Following Section',
      loc: at('Change 2:'),
      action: 'add',
    });
    expect(section('9.3.1').change?.number).toBe(2);
    expect(doc.sections[0]!.change).toBeUndefined();
  });
});

describe('parseCr change titles', () => {
  const titled = (text: string) =>
    parseCr(FILE, text).sections.map((sec) => [sec.number, sec.title, sec.loc, sec.change]);

  it('opens the section a "Change N: 10.1.6 Title" line names, located at its number, with no action stated', () => {
    const text = [
      'Change 2: 10.1.6 Client Application Deregistration',
      'The AOI Client SHALL deregister.',
      '10.1.7 Next',
    ].join('\n');
    const change = {
      number: 2,
      title: '10.1.6 Client Application Deregistration',
      loc: { file: FILE, line: 1, col: 1 },
      action: 'unstated',
    };
    expect(titled(text)).toEqual([
      ['', '', { file: FILE, line: 1, col: 1 }, undefined],
      ['10.1.6', 'Client Application Deregistration', { file: FILE, line: 1, col: 11 }, change],
      ['10.1.7', 'Next', { file: FILE, line: 3, col: 1 }, change],
    ]);
    expect(parseCr(FILE, text).sections[1]!.nodes.map((n) => [n.kind, n.loc.line])).toEqual([['prose', 2]]);
  });

  it('opens the section of "Change 4: Delete Following Section 10.1.6" as a delete, untitled, located at the number', () => {
    const text = ['Change 4: Delete Following Section 10.1.6', '10.1.7 Next'].join('\n');
    const change = {
      number: 4,
      title: 'Delete Following Section 10.1.6',
      loc: { file: FILE, line: 1, col: 1 },
      action: 'delete',
    };
    expect(titled(text)).toEqual([
      ['', '', { file: FILE, line: 1, col: 1 }, undefined],
      ['10.1.6', '', { file: FILE, line: 1, col: 36 }, change],
      ['10.1.7', 'Next', { file: FILE, line: 2, col: 1 }, change],
    ]);
  });

  it('takes the title of an inline-numbered change from the next line when the number stands alone, located at the number', () => {
    expect(titled('Change 2: Change Following Section 10.1.6\nClient Application Deregistration\nThe end.')[1]).toEqual(
      [
        '10.1.6',
        'Client Application Deregistration',
        { file: FILE, line: 1, col: 36 },
        { number: 2, title: 'Change Following Section 10.1.6', loc: { file: FILE, line: 1, col: 1 }, action: 'change' },
      ],
    );
  });

  it('keeps the lines after "Change 3: Add normative reference" out of the section of the change before it', () => {
    const text = [
      'Change 2: Change Following Section',
      '10.1.6 Client Application Deregistration',
      'The AOI Client SHALL deregister.',
      'Change 3: Add normative reference',
      '\t[RFC6455]',
      '\t“The WebSocket Protocol”, I. Fette and A. Melnikov, December 2011',
    ].join('\n');
    const parsed = parseCr(FILE, text);
    const deregistration = parsed.sections.find((sec) => sec.number === '10.1.6')!;
    expect(deregistration.nodes.map((n) => n.loc.line)).toEqual([3]);
    expect(parsed.sections.at(-1)!.change).toEqual({
      number: 3,
      title: 'Add normative reference',
      loc: { file: FILE, line: 4, col: 1 },
      action: 'reference',
    });
  });

  it('reads the action from the change title: add, change, delete, reference or unstated', () => {
    const actions = [
      'Add Following Section',
      'Insert New Section',
      'Change Following Section',
      'Modify Section',
      'Delete Following Section',
      'Remove Section',
      'Add normative reference',
      'Following Section',
    ]
      .map((title, k) => `Change ${k + 1}: ${title}\n${k + 1}.1 Heading ${k + 1}`)
      .join('\n');
    expect(
      parseCr(FILE, actions)
        .sections.slice(1)
        .map((sec) => sec.change?.action),
    ).toEqual(['add', 'add', 'change', 'change', 'delete', 'delete', 'reference', 'unstated']);
  });
});

describe('parseCr numbered steps', () => {
  it('reads "1. The AOI Client ….", a numbered sentence, as an item of a list of the section, not as section 1', () => {
    const text = [
      '10.1.5 Client Application Registration',
      'The procedure has two steps:',
      '1. The AOI Client checks the websocket.',
      '2. It issues the request with version 2.0 of JSON-RPC.',
      '10.1.6 Client Application Deregistration',
    ].join('\n');
    const steps = parseCr(FILE, text);
    expect(steps.sections.map((s) => s.number)).toEqual(['', '10.1.5', '10.1.6']);
    expect(steps.sections[1]!.nodes.map((n) => n.kind)).toEqual(['prose', 'list']);
    expect(nodes(steps.sections[1]!, 'prose').map((p) => [p.text, p.loc.line])).toEqual([
      ['The procedure has two steps:', 2],
    ]);
    expect(nodes(steps.sections[1]!, 'list')).toEqual([
      {
        kind: 'list',
        loc: { file: FILE, line: 3, col: 1 },
        items: [
          {
            text: 'The AOI Client checks the websocket.',
            loc: { file: FILE, line: 3, col: 4 },
            depth: 0,
            children: [],
          },
          {
            text: 'It issues the request with version 2.0 of JSON-RPC.',
            loc: { file: FILE, line: 4, col: 4 },
            depth: 0,
            children: [],
          },
        ],
      },
    ]);
  });
});

describe('parseCr prose', () => {
  it('finds the normative keywords, MUST NOT without a second MUST', () => {
    const prose = nodes(section('9.3.1'), 'prose').find((p) => p.text.startsWith('The AOI Client MUST NOT'))!;
    expect(prose.keywords).toEqual(['SHALL', 'MUST NOT', 'MAY']);
    expect(prose.loc).toEqual(at('The AOI Client MUST NOT'));
  });

  it('finds no keyword in lower-case prose', () => {
    const prose = nodes(section('10.1.5'), 'prose')[0]!;
    expect(prose.text).toBe(
      'Then it issues an Client Application Registration request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with:',
    );
    expect(prose.keywords).toEqual([]);
  });
});

describe('parseCr bullets', () => {
  it('reads the member bullets and the parameter bullets after them, across a blank line, as one list, each item located at its text', () => {
    const lists = nodes(section('10.1.5'), 'list');
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list!.items.map((item) => [item.text, item.loc, item.depth, item.children])).toEqual([
      ['“method” member set to “clientAppRegistrationReq”', at('“method” member'), 0, []],
      ['“id” member including an unique identifier for each request', at('“id” member'), 0, []],
      ['“params” member including the following parameter:', at('“params”'), 0, []],
      ['“clientID” : mandatory, string', at('“clientID”'), 0, []],
      ['“message”: mandatory, string. Corresponds to the  “desc” parameter', at('“message”: mandatory'), 0, []],
      ['“aoiServerUrl”: optional, URL', at('“aoiServerUrl”'), 0, []],
    ]);
    expect(list!.loc).toEqual({ file: FILE, line: at('“method” member').line, col: 1 });
  });

  it('keeps other bullets as list items, and the paragraph after them as prose', () => {
    const plain = parseCr(
      FILE,
      '10.1.1 AOI Client Registration\n· AOI Client Registration\n\n· Notification Routing\nThe end.',
    );
    const [list] = nodes(plain.sections[1]!, 'list');
    expect(list!.items).toEqual([
      { text: 'AOI Client Registration', loc: { file: FILE, line: 2, col: 3 }, depth: 0, children: [] },
      { text: 'Notification Routing', loc: { file: FILE, line: 4, col: 3 }, depth: 0, children: [] },
    ]);
    expect(nodes(plain.sections[1]!, 'prose').map((p) => p.text)).toEqual(['The end.']);
  });

  it('reads every bullet glyph Word exports: ·, •, -, *, o, ▪, "1." and "a)"', () => {
    const glyphs = ['·', '•', '-', '*', 'o', '▪', '1.', 'a)'];
    for (const glyph of glyphs) {
      const parsed = parseCr(FILE, `10.1.1 Registration\n${glyph} “clientID”: mandatory, string\nThe end.`);
      const [list] = nodes(parsed.sections[1]!, 'list');
      expect(
        list?.items.map((item) => [item.text, item.loc]),
        glyph,
      ).toEqual([['“clientID”: mandatory, string', { file: FILE, line: 2, col: glyph.length + 2 }]]);
    }
  });

  it('nests bullets by indentation (spaces or tabs) and by each glyph the list has not used before', () => {
    const text = [
      '10.1.1 Registration',
      '· “items”: array of objects, each with:',
      '  · “name”: string',
      '\t- “tags”: array of objects, each with:',
      '\t  ▪ “tag”: string',
      '  · “size”: integer',
      '· “count”: integer',
      'o “note”: string',
    ].join('\n');
    const [list] = nodes(parseCr(FILE, text).sections[1]!, 'list');
    const shape = (items: ListItem[]): unknown[] =>
      items.map((item) => [item.text, item.loc.line, item.depth, shape(item.children)]);
    expect(shape(list!.items)).toEqual([
      [
        '“items”: array of objects, each with:',
        2,
        0,
        [
          ['“name”: string', 3, 2, [['“tags”: array of objects, each with:', 4, 5, [['“tag”: string', 5, 8, []]]]]],
          ['“size”: integer', 6, 2, []],
        ],
      ],
      ['“count”: integer', 7, 0, [['“note”: string', 8, 3, []]]],
    ]);
  });

  it('nests a fourth glyph under the third when the export dropped every indentation', () => {
    const text = [
      '10.1.1 Broadcast',
      '· “params” member including the following parameters:',
      'o “payload”: mandatory, object, with:',
      '▪ “actions”: optional, array of objects, each with:',
      '- “label”: mandatory, string',
      '- “uri”: mandatory, URI',
      'o “ttl”: optional, integer',
    ].join('\n');
    const [list] = nodes(parseCr(FILE, text).sections[1]!, 'list');
    const shape = (items: ListItem[]): unknown[] =>
      items.map((item) => [item.text.split(':')[0]!.split(' ')[0], shape(item.children)]);
    expect(shape(list!.items)).toEqual([
      [
        '“params”',
        [
          [
            '“payload”',
            [
              [
                '“actions”',
                [
                  ['“label”', []],
                  ['“uri”', []],
                ],
              ],
            ],
          ],
          ['“ttl”', []],
        ],
      ],
    ]);
  });

  it('reads "Example: {" as the label and the example block it opens, at the brace', () => {
    const text = [
      '10.1.1 Ping',
      'Example of response: {',
      '  "messageType": "pingRes",',
      '  "code": 200',
      '}',
      'After.',
    ].join('\n');
    const section = parseCr(FILE, text).sections[1]!;
    const [json] = nodes(section, 'json');
    expect(json).toMatchObject({ role: 'example', label: 'Example of response:', loc: { line: 2, col: 22 } });
    expect(JSON.parse(json!.text)).toEqual({ messageType: 'pingRes', code: 200 });
    expect(nodes(section, 'prose').map((p) => p.text)).toEqual(['Example of response:', 'After.']);
  });

  it('reads tab-indented parameter lines without glyphs as bullets one level under the list item above', () => {
    const text = [
      '10.1.1 Query',
      '·\t“params” member including the following parameters:',
      '\t“ clientID ” (MANDATORY): string',
      '\t“lang” (O): string, up to 8 characters',
      '\tA tab-indented sentence is no bullet.',
    ].join('\n');
    const section = parseCr(FILE, text).sections[1]!;
    const [list] = nodes(section, 'list');
    expect(list!.items.map((i) => [i.text, i.children.map((c) => [c.text, c.loc.col])])).toEqual([
      [
        '“params” member including the following parameters:',
        [
          ['“ clientID ” (MANDATORY): string', 2],
          ['“lang” (O): string, up to 8 characters', 2],
        ],
      ],
    ]);
    expect(nodes(section, 'prose').map((p) => p.text)).toEqual(['A tab-indented sentence is no bullet.']);
  });

  it('joins a glyph-less lower-case line to the bullet the export wrapped, keeping the nesting after it', () => {
    const text = [
      '10.1.1 Broadcast',
      'o “payload”: mandatory, object, with:',
      '▪ “title”: optional, string, up to 40',
      'characters',
      '▪ “body”: mandatory, string',
      'The AOI Server relays it.',
    ].join('\n');
    const section = parseCr(FILE, text).sections[1]!;
    const [list] = nodes(section, 'list');
    expect(list!.items.map((i) => [i.text, i.children.map((c) => c.text)])).toEqual([
      [
        '“payload”: mandatory, object, with:',
        ['“title”: optional, string, up to 40 characters', '“body”: mandatory, string'],
      ],
    ]);
    expect(nodes(section, 'prose').map((p) => p.text)).toEqual(['The AOI Server relays it.']);
  });

  it('ends a list at a heading and does not read a heading as a bullet', () => {
    const parsed = parseCr(FILE, '10.1.1 Registration\n· one\n10.1.2 Next\n· two');
    expect(
      parsed.sections.map((s) => [
        s.number,
        s.nodes.map((n) => (n.kind === 'list' ? n.items.map((item) => item.text) : n.kind)),
      ]),
    ).toEqual([
      ['', []],
      ['10.1.1', [['one']]],
      ['10.1.2', [['two']]],
    ]);
  });
});

describe('parseCr element tables', () => {
  const tables = () => nodes(section('9.3.1'), 'table');

  it('reads rows of element, type, cardinality and description cells, each located', () => {
    const [first] = tables();
    expect(first!.rows.map((r) => [r.element.text, r.type.text, r.cardinality.text])).toEqual([
      ['messageType', 'String', '1'],
      ['code', 'String', '1'],
      ['desc', 'String', '0..1'],
    ]);
    expect(first!.rows[2]!.description).toEqual({
      text: 'A textual description.',
      loc: { file: FILE, line: locate(TEXT, '\tA textual').line, col: 2 },
    });
    expect(first!.rows[1]!.element.loc).toEqual({ file: FILE, line: locate(TEXT, '\tcode').line, col: 2 });
    expect(first!.loc).toEqual({ file: FILE, line: locate(TEXT, '\tElement').line, col: 2 });
    expect(first!.intro).toMatch(
      /^The following table describes the elements of a Client Application Registration response/,
    );
  });

  it('continues a description cell with the untabbed lines that follow it', () => {
    const [first] = tables();
    expect(first!.rows[1]!.description.text).toBe(
      'This attribute contains a code that indicates the outcome of the request.\nIn case of a success response it SHALL be set to ‘200’ (‘OK’).',
    );
  });

  it('takes the short line after a table as its caption and ends the table at "The following table"', () => {
    const [first, second] = tables();
    expect(first!.caption).toEqual({
      text: 'ClientApplicationRegistration success response',
      loc: at('ClientApplicationRegistration success'),
    });
    expect(second!.rows.map((r) => [r.element.text, r.type.text])).toEqual([['code', 'Integer']]);
    expect(second!.intro).toBe(
      'The following table describes the elements of a Client Application Registration error response:',
    );
    expect(second!.caption?.text).toBe('ClientApplicationRegistration error response');
  });

  it("ends a table where its header row starts again, keeping the sentence between as the next table's intro", () => {
    const text = cr(
      'Tables one after the other.',
      '10.1.13',
      'AOI Client Keep-Alive',
      'The request contains the following elements:',
      '',
      ...elementTable([['interval', 'Integer', '0..1', 'Seconds until the next keep-alive.']]),
      'The AOI Server answers with a response, which contains the following elements:',
      '',
      ...elementTable([['code', 'Integer', '1', '200, 401 or 503.']]),
    );
    const keepAlive = parseCr(FILE, text).sections.find((s) => s.number === '10.1.13')!;
    const [request, response, ...more] = nodes(keepAlive, 'table');
    expect(more).toEqual([]);
    expect(request!.rows.map((r) => [r.element.text, r.description.text])).toEqual([
      ['interval', 'Seconds until the next keep-alive.'],
    ]);
    expect(response!.rows.map((r) => r.element.text)).toEqual(['code']);
    expect(response!.intro).toBe('The AOI Server answers with a response, which contains the following elements:');
  });
});

describe('parseCr table captions followed by prose', () => {
  it('takes the caption even when a paragraph follows it, and keeps the paragraph as prose', () => {
    const text = [
      '9.3.1 Client Application Registration',
      'The following table describes the elements of a Client Application Registration response:',
      ...elementTable([['desc', 'String', '1', 'A textual description.']]),
      'ClientApplicationRegistration success response',
      'The AOI Client SHALL forward the response to the Client Application.',
      '9.3.2 Next',
    ].join('\n');
    const parsed = parseCr(FILE, text);
    const s = parsed.sections[1]!;
    expect(nodes(s, 'table')[0]!.caption).toEqual({
      text: 'ClientApplicationRegistration success response',
      loc: { file: FILE, ...locate(text, 'ClientApplicationRegistration success') },
    });
    expect(nodes(s, 'prose').map((p) => p.text)).toEqual([
      'The following table describes the elements of a Client Application Registration response:',
      'The AOI Client SHALL forward the response to the Client Application.',
    ]);
  });

  it('keeps member bullets under a description cell as the cell items, out of its text', () => {
    const table = elementTable([
      ['channels', 'Array of objects', '1..n', 'The channels asked about. Each item has:'],
      ['maxWait', 'Integer', '0..1', 'Seconds.'],
    ]);
    const at = table.indexOf('\tThe channels asked about. Each item has:') + 1;
    table.splice(at, 0, '· “type”: mandatory, string, one of ‘websocket’ or ‘sms’', '· “address”: optional, URI');
    const text = ['10.1.12 Channel Status', 'The following table describes the elements of a request:', ...table].join(
      '\n',
    );
    const [parsed] = nodes(parseCr(FILE, text).sections[1]!, 'table');
    const cell = parsed!.rows[0]!.description;
    expect(cell.text).toBe('The channels asked about. Each item has:');
    expect(cell.items!.map((i) => [i.text, i.loc.line])).toEqual([
      ['“type”: mandatory, string, one of ‘websocket’ or ‘sms’', locate(text, '“type”').line],
      ['“address”: optional, URI', locate(text, '“address”').line],
    ]);
    expect(parsed!.rows.map((r) => r.element.text)).toEqual(['channels', 'maxWait']);
  });

  it('ends a table at a JSON block after it: the example is a block of its own, not the caption', () => {
    const text = [
      '10.1.13 AOI Client Heartbeat',
      'The AOI Server returns an AOI Client Heartbeat response with the following elements:',
      ...elementTable([['code', 'Integer', '1', 'One of 200 or 503.']]),
      'Example:',
      '{ "messageType": "aoiClientHeartbeatRes", "code": 200 }',
      '10.1.14 Next',
    ].join('\n');
    const s = parseCr(FILE, text).sections[1]!;
    expect(nodes(s, 'table')[0]!.caption).toBeUndefined();
    expect(nodes(s, 'json').map((j) => [j.loc.line, j.role])).toEqual([
      [locate(text, '{ "messageType"').line, 'example'],
    ]);
  });
});

describe('parseCr JSON blocks', () => {
  const blocks = () => doc.sections.flatMap((s) => nodes(s, 'json'));

  it('classifies each block as schema or example by the prose before it, else by its content', () => {
    expect(blocks().map((b) => [b.role, b.example])).toEqual([
      ['example', 'any'],
      ['example', 'success'],
      ['example', 'error'],
      ['schema', undefined],
      ['example', 'any'],
      ['schema', undefined],
    ]);
  });

  it('locates each block at its opening brace and records its last line', () => {
    const [first, success, , schema] = blocks();
    expect(first!.loc).toEqual(at('{\n    "jsonrpc"'));
    expect(first!.endLine).toBe(locate(TEXT, '"id": "116"\n}').line + 1);
    expect(first!.label).toBe('Example:');
    expect(success!.loc).toEqual(at('{    "jsonrpc"'));
    expect(success!.endLine).toBe(success!.loc.line + 1);
    expect(schema!.loc).toEqual(at('{\n"type": "object"'));
    expect(schema!.label).toMatch(/JSON schema for the Package#1 is as follows:$/);
    expect(schema!.text).toBe('{\n"type": "object",\n"properties": { "MOS": { "type": "array" } }\n}');
  });
});

describe('parseCr figures and footnotes', () => {
  it('reads a figure caption, located at "Figure"', () => {
    expect(nodes(section('8.3.1'), 'figure')).toEqual([
      { kind: 'figure', caption: 'AOI Client Registration', loc: at('Figure 1') },
    ]);
  });

  it('joins a caption wrapped onto the next line, which is then no heading', () => {
    expect(nodes(section('8.3.2'), 'figure')).toEqual([
      { kind: 'figure', caption: '8.3.2 Notification Channel Activation', loc: at('Figure 2') },
    ]);
    expect(section('8.3.2').nodes).toHaveLength(1);
  });

  it('reads a line starting with U+FFFD as a footnote', () => {
    expect(nodes(section('10'), 'footnote')).toEqual([
      { kind: 'footnote', text: 'Reference to schema in chapter 7.4.3', loc: at('\uFFFD') },
    ]);
  });
});

describe('parseCr on damaged text', () => {
  it('never throws, and places every node inside the text, on lines shuffled and cut at random', () => {
    let state = 4711;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const lines = TEXT.split('\n');
    for (let n = 0; n < 200; n++) {
      const damaged = lines
        .filter(() => next() > 0.2)
        .map((line) => (next() < 0.2 ? line.slice(0, Math.floor(next() * line.length)) : line));
      for (let k = 0; k < 5; k++) {
        const a = Math.floor(next() * damaged.length);
        const b = Math.floor(next() * damaged.length);
        [damaged[a], damaged[b]] = [damaged[b]!, damaged[a]!];
      }
      const parsed = parseCr(FILE, damaged.join('\n'));
      for (const s of parsed.sections) {
        for (const node of s.nodes) {
          expect(node.loc.line).toBeGreaterThanOrEqual(1);
          expect(node.loc.line).toBeLessThanOrEqual(damaged.length);
          expect(node.loc.col).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });
});

describe('parseCr locations', () => {
  it('places every node of the document at the line and column its text starts', () => {
    for (const s of doc.sections) {
      for (const node of s.nodes) {
        const line = doc.lines[node.loc.line - 1]!;
        const text = line.slice(node.loc.col - 1);
        expect(node.loc.file).toBe(FILE);
        expect(text.length, `${node.kind} at ${node.loc.line}:${node.loc.col}`).toBeGreaterThan(0);
        expect(/\s/.test(text[0]!), `${node.kind} at ${node.loc.line}:${node.loc.col} starts on whitespace`).toBe(
          false,
        );
      }
    }
  });

  it('reads Windows line ends like Unix ones', () => {
    const crlf = parseCr(FILE, TEXT.replace(/\n/g, '\r\n'));
    expect(crlf.sections.map((s) => [s.number, s.title, s.loc])).toEqual(
      doc.sections.map((s) => [s.number, s.title, s.loc]),
    );
  });
});
