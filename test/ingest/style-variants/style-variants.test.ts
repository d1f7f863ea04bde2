/**
 * Style invariance: the seed definitions of CR 000 (10.1.5, 10.1.6: JSON-RPC bullet lists) and CR 001
 * (9.3.1: element tables), re-rendered in a random house style of /work/shared/CR-STYLE.md — bullet
 * glyph and indentation, quote style and stray inner spaces, presence words, separators, change and
 * section title forms, long prose split over lines — must normalise to the same schemas as their
 * canonical (seed) rendering. Schemas are compared without `x-omaspec` and `x-omaspec-source` (they
 * carry line numbers), with runs of whitespace in strings collapsed (a prose line split is not a
 * change of wording).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSpec } from '../../../ingest/build.ts';
import { META_KEYWORD, SOURCE_KEYWORD } from '../../../core/spec-format.ts';
import { cr, removeSpecDirs, writeSpecDir } from '../fixtures.ts';

afterAll(removeSpecDirs);

// ---------------------------------------------------------------------------------------------
// The definitions, as the seed CRs state them (spec/crs/000_405bc08fdded4f6d.txt, 001_5aa78a6be4cd429f.txt)

interface Param {
  name: string;
  mandatory: boolean;
  type: string;
  note?: string;
}
interface JsonRpcDef {
  section: string;
  title: string;
  method: string;
  /** The paragraph before the request bullets. */
  intro: string;
  request: Param[];
  /** The paragraph before the response bullets. */
  responseIntro: string;
  response: Param[];
}

const DESC_NOTE = 'Corresponds to the  “desc” parameter';
const JSONRPC_DEFS: JsonRpcDef[] = [
  {
    section: '10.1.5',
    title: 'Client Application Registration',
    method: 'clientAppRegistrationReq',
    intro:
      'Whenever an AOI Client wants to perform the Client Application Registration it firstly checks if there is an open websocket with the AOI Server and if not then it establishes it. Then it issues an Client Application Registration request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with:',
    request: [
      { name: 'clientID', mandatory: true, type: 'string' },
      { name: 'tokenSeed', mandatory: false, type: 'string' },
    ],
    responseIntro:
      'Then the AOI Server returns an Client Application Registration response encoded as a JSON-RPC 2.0 [JSON-RPC] response object, with:',
    response: [
      { name: 'code', mandatory: true, type: 'string' },
      { name: 'message', mandatory: true, type: 'string', note: DESC_NOTE },
      { name: 'clientAppToken', mandatory: true, type: 'string' },
      { name: 'aoiServerUrl', mandatory: false, type: 'URL' },
    ],
  },
  {
    section: '10.1.6',
    title: 'Client Application Deregistration',
    method: 'clientAppDeregistrationReq',
    intro:
      'Whenever an AOI Client wants to perform the Client Application Deregistration it firstly checks if there is an open websocket with the AOI Server and if not then it establishes it. Then it issues an Client Application Degistration request, encoded as a JSON-RPC 2.0 [JSON-RPC] request object, with:',
    request: [
      { name: 'clientID', mandatory: true, type: 'string' },
      { name: 'clientAppToken', mandatory: true, type: 'string' },
    ],
    responseIntro:
      'Then the AOI Server returns an Client Application Deregistration response encoded as a JSON-RPC 2.0 [JSON-RPC] response object, with:',
    response: [
      { name: 'code', mandatory: true, type: 'string' },
      { name: 'message', mandatory: true, type: 'string', note: DESC_NOTE },
    ],
  },
];

interface Row {
  element: string;
  type: string;
  cardinality: string;
  /** The description cell, then the untabbed continuation paragraphs CR 001 puts under it. */
  description: string;
  continuation?: string[];
}
interface Table {
  intro: string;
  rows: Row[];
  after?: string[];
  caption: string;
}
interface TableDef {
  section: string;
  title: string;
  tables: Table[];
}

const CODE_DESC = 'This attribute contains a code that indicates the outcome of the request. ';
const DESC_DESC = 'This attribute contains a textual description that indicates the outcome of the request.';
const TABLE_DEF: TableDef = {
  section: '9.3.1',
  title: 'Client Application Registration',
  tables: [
    {
      intro:
        'The following table describes the elements of a Client Application Registration request sent to the AOI Client:',
      rows: [
        {
          element: 'messageType',
          type: 'String',
          cardinality: '1',
          description:
            'Element with value set to ‘clientAppRegistrationReq’, identifying this message as a Client Application Registration request',
        },
        {
          element: 'ApplicationName',
          type: 'String',
          cardinality: '1',
          description: 'This element contains the Application Name.',
        },
        {
          element: 'tokenSeed',
          type: 'String',
          cardinality: '0..1',
          description:
            'This element contains the Client Application Token Seed. Same clientAppToken will be generated given the same tokenSeed.',
        },
      ],
      caption: 'ClientApplicationRegistration request',
    },
    {
      intro:
        'The following table describes the elements of a Client Application Registration response sent from the AOI Client to the Client Application:',
      rows: [
        {
          element: 'messageType',
          type: 'String',
          cardinality: '1',
          description:
            'Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response',
        },
        {
          element: 'code',
          type: 'String',
          cardinality: '1',
          description: CODE_DESC,
          continuation: ['In case of a success response it SHALL be set to ‘200’ (‘OK’).'],
        },
        { element: 'desc', type: 'String', cardinality: '1', description: DESC_DESC },
        {
          element: 'clientAppToken',
          type: 'String',
          cardinality: '1',
          description:
            'This element contains the Client Application Token, to be used by the Server Application for the notification addressing',
        },
        {
          element: 'aoiServerUrl',
          type: 'URL',
          cardinality: '0..1',
          description:
            'This element contains the URL of the AOI Server to which notification requests need to be targeted. If this information is known by other means it does not need to be conveyed in the Client Application Registration response.',
        },
      ],
      caption: 'ClientApplicationRegistration success response',
    },
    {
      intro:
        'The following table describes the elements of a Client Application Registration error response sent from the AOI Client to the Client Application:',
      rows: [
        {
          element: 'messageType',
          type: 'String',
          cardinality: '1',
          description:
            'Element with value set to ‘clientAppRegistrationRes’, identifying this message as a Client Application Registration response',
        },
        {
          element: 'code',
          type: 'String',
          cardinality: '1',
          description: CODE_DESC,
          continuation: [
            'In case of an error response one of the following codes MAY be used:',
            '· ‘400’: ‘Bad Request’: Bad syntax in the request',
            '· ‘401’: ’Unauthorized’: The provided AOI Client Application ID is not valid or not correctly registered to the AOI Server.',
            '·  ‘503’: ‘Service Unavailable’: The AOI Server is temporarily not ready to process the request. The client may re-attempt the operation.',
          ],
        },
        { element: 'desc', type: 'String', cardinality: '1', description: DESC_DESC },
      ],
      after: ['The default descriptors can be found after each error code in the description of the ‘code’ element..'],
      caption: 'ClientApplicationRegistration error response',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Styles

const GLYPHS = ['·', '•', '-', '*', 'o', '▪'] as const;
const INDENTS = ['', '  ', '    ', '\t', '\t\t'] as const;
const QUOTES = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
] as const;
const MANDATORY_WORDS = ['mandatory', 'Mandatory', 'MANDATORY', 'M'] as const;
const OPTIONAL_WORDS = ['optional', 'Optional', 'O'] as const;
/** `“x” : mandatory, string` | `“x” (M): string` | `“x”: Mandatory, string` */
const SEPARATORS = ['spacedColon', 'parenthesised', 'colon'] as const;
/** How a section opens: heading on one line or two (number, then title), with or without a Change line. */
const HEADINGS = ['oneLine', 'oneLineTrailingSpace', 'twoLines'] as const;
const CHANGE_LINES = ['none', 'changeFollowing', 'changeOneLine'] as const;

interface ListStyle {
  glyph: (typeof GLYPHS)[number];
  /** Glyph of the envelope-member bullets ("method", "id", "params"), often different from the parameters'. */
  memberGlyph: (typeof GLYPHS)[number];
  indent: (typeof INDENTS)[number];
  quote: number;
  /** Per parameter (by position, cycling): stray spaces inside the quotes, separator form, presence word. */
  stray: boolean[];
  separators: (typeof SEPARATORS)[number][];
  words: number[];
  /** A blank line between the "params" member bullet and the parameters. */
  blankAfterMember: boolean;
}
interface SectionStyle {
  heading: (typeof HEADINGS)[number];
  change: (typeof CHANGE_LINES)[number];
  /** Where each long prose paragraph is split over two lines (a word index), or not at all. */
  splits: (number | null)[];
  request: ListStyle;
  response: ListStyle;
  /** Element tables: the Type column in the seed's case or in lower case. */
  lowerTypes: boolean;
}

const listStyle: fc.Arbitrary<ListStyle> = fc.record({
  glyph: fc.constantFrom(...GLYPHS),
  memberGlyph: fc.constantFrom(...GLYPHS),
  indent: fc.constantFrom(...INDENTS),
  quote: fc.nat({ max: QUOTES.length - 1 }),
  stray: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
  words: fc.array(fc.nat({ max: 11 }), { minLength: 4, maxLength: 4 }),
  blankAfterMember: fc.boolean(),
});
const sectionStyle: fc.Arbitrary<SectionStyle> = fc.record({
  heading: fc.constantFrom(...HEADINGS),
  change: fc.constantFrom(...CHANGE_LINES),
  splits: fc.array(fc.option(fc.integer({ min: 3, max: 30 }), { nil: null }), { minLength: 4, maxLength: 4 }),
  request: listStyle,
  response: listStyle,
  lowerTypes: fc.boolean(),
});

const CANONICAL_LIST: ListStyle = {
  glyph: '·',
  memberGlyph: '·',
  indent: '',
  quote: 0,
  stray: [false],
  separators: ['spacedColon'],
  words: [0],
  blankAfterMember: true,
};

// ---------------------------------------------------------------------------------------------
// Rendering

const cycle = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

function quoted(style: ListStyle, i: number, text: string): string {
  const [open, close] = QUOTES[style.quote]!;
  const pad = cycle(style.stray, i) ? ' ' : '';
  return `${open}${pad}${text}${pad}${close}`;
}

function paramLine(style: ListStyle, i: number, p: Param): string {
  const name = quoted(style, i, p.name);
  const separator = cycle(style.separators, i);
  const word = p.mandatory
    ? cycle(MANDATORY_WORDS, cycle(style.words, i))
    : cycle(OPTIONAL_WORDS, cycle(style.words, i));
  const tail = `${p.type}${p.note ? `. ${p.note}` : ''}`;
  const body =
    separator === 'parenthesised'
      ? `${name} (${p.mandatory ? 'M' : 'O'}): ${tail}`
      : separator === 'colon'
        ? `${name}: ${word}, ${tail}`
        : `${name} : ${word}, ${tail}`;
  return `${style.indent}${style.glyph} ${body}`;
}

/** A long paragraph, split over two lines after its `at`-th word when the style says so. */
function prose(text: string, at: number | null | undefined): string[] {
  if (at === null || at === undefined) return [text];
  const words = text.split(' ');
  if (at >= words.length - 1) return [text];
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

function headingLines(s: SectionStyle, n: number, section: string, title: string): string[] {
  const heading =
    s.heading === 'twoLines'
      ? [section, title]
      : [`${section} ${title}${s.heading === 'oneLineTrailingSpace' ? ' ' : ''}`];
  if (s.change === 'changeOneLine') return [`Change ${n}: ${section} ${title}`];
  if (s.change === 'changeFollowing') return [`Change ${n}:  Change Following Section`, ...heading];
  return heading;
}

function renderJsonRpc(d: JsonRpcDef, s: SectionStyle, n: number): string[] {
  const q = (style: ListStyle, text: string) => quoted(style, 0, text);
  const req = s.request;
  const res = s.response;
  const m = (style: ListStyle, text: string) => `${style.memberGlyph} ${text}`;
  return [
    ...headingLines(s, n, d.section, d.title),
    ...prose(d.intro, s.splits[0]),
    m(req, `${q(req, 'method')} member set to ${q(req, d.method)}`),
    m(req, `${q(req, 'id')} member including an unique identifier for each request`),
    m(req, `${q(req, 'params')} member including the following parameter:`),
    ...(req.blankAfterMember ? [''] : []),
    ...d.request.map((p, i) => paramLine(req, i, p)),
    '',
    ...prose(d.responseIntro, s.splits[1]),
    m(res, `${q(res, 'id')} member matching the identifier included in the request object`),
    m(
      res,
      `${q(res, 'result')} or ${q(res, 'error')} member, in case of success or error response respectively, including the following parameters:`,
    ),
    ...(res.blankAfterMember ? [''] : []),
    ...d.response.map((p, i) => paramLine(res, i, p)),
    '',
  ];
}

function renderTables(d: TableDef, s: SectionStyle, n: number): string[] {
  const type = (t: string) => (s.lowerTypes ? t.toLowerCase() : t);
  return [
    ...headingLines(s, n, d.section, d.title),
    '',
    ...d.tables.flatMap((t, i) => [
      ...prose(t.intro, s.splits[i]),
      '',
      '\tElement',
      '\tType',
      '\tCardinality',
      '\tDescription',
      '',
      ...t.rows.flatMap((r) => [
        `\t${r.element}`,
        `\t${type(r.type)}`,
        `\t${r.cardinality}`,
        `\t${r.description}`,
        '',
        ...(r.continuation ?? []).flatMap((c) => [c, '']),
      ]),
      ...(t.after ?? []).flatMap((a) => [a, '']),
      '',
      t.caption,
    ]),
    '',
  ];
}

const CANONICAL_JSONRPC: SectionStyle = {
  heading: 'twoLines',
  change: 'none',
  splits: [null],
  request: CANONICAL_LIST,
  response: { ...CANONICAL_LIST, separators: ['colon'] },
  lowerTypes: false,
};
const CANONICAL_TABLES: SectionStyle = {
  heading: 'oneLine',
  change: 'changeFollowing',
  splits: [null],
  request: CANONICAL_LIST,
  response: CANONICAL_LIST,
  lowerTypes: false,
};

const REASON = 'This CR is proposed to add specification of Client Application Registration and Deregistration.';
const jsonRpcCr = (styles: SectionStyle[]) =>
  cr(REASON, ...JSONRPC_DEFS.flatMap((d, i) => renderJsonRpc(d, styles[i]!, i + 1)));
const tableCr = (style: SectionStyle) => cr(REASON, ...renderTables(TABLE_DEF, style, 1));

// ---------------------------------------------------------------------------------------------
// Comparing

function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise);
  if (typeof node === 'string') return node.replace(/\s+/g, ' ').trim();
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== META_KEYWORD && k !== SOURCE_KEYWORD)
      .map(([k, v]) => [k, normalise(v)]),
  );
}

/** The message schemas of one interface, normalised, by file name. */
async function schemasOf(text: string, iface: string): Promise<Map<string, unknown>> {
  const { files } = await buildSpec(writeSpecDir({ crs: { '100_style.txt': text } }));
  const out = new Map<string, unknown>();
  for (const [rel, content] of files)
    if (rel.startsWith(`schemas/${iface}/`))
      out.set(rel.slice(`schemas/${iface}/`.length), normalise(JSON.parse(content)));
  return out;
}

/** The first difference between two values, as "path: a vs b". */
function firstDiff(a: unknown, b: unknown, at = ''): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) === !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDiff((a as any)[k], (b as any)[k], `${at}/${k}`);
      if (d) return d;
    }
  }
  return `${at || '/'}: canonical ${JSON.stringify(a)?.slice(0, 300)} vs variant ${JSON.stringify(b)?.slice(0, 300)}`;
}

function compare(canonical: Map<string, unknown>, variant: Map<string, unknown>): string | undefined {
  const names = (m: Map<string, unknown>) => [...m.keys()].sort().join(', ');
  if (names(canonical) !== names(variant))
    return `schema files differ: canonical [${names(canonical)}] vs variant [${names(variant)}]`;
  for (const [file, schema] of canonical) {
    const d = firstDiff(schema, variant.get(file));
    if (d) return `${file} ${d}`;
  }
  return undefined;
}

const RUNS = 25;

describe('the seed definitions re-rendered in any house style normalise to the same schemas', () => {
  let jsonRpcCanonical: Map<string, unknown>;
  let tableCanonical: Map<string, unknown>;
  beforeAll(async () => {
    jsonRpcCanonical = await schemasOf(jsonRpcCr([CANONICAL_JSONRPC, CANONICAL_JSONRPC]), 'aoi1');
    tableCanonical = await schemasOf(tableCr(CANONICAL_TABLES), 'clientApp');
  });

  it('renders the canonical style as the seed CRs write it, and the reader takes it', () => {
    // Not vacuous: the canonical renderings yield the seed's messages.
    expect([...jsonRpcCanonical.keys()].sort()).toEqual([
      'clientAppDeregistrationReq.schema.json',
      'clientAppDeregistrationRes.schema.json',
      'clientAppRegistrationReq.schema.json',
      'clientAppRegistrationRes.schema.json',
    ]);
    expect([...tableCanonical.keys()].sort()).toEqual([
      'clientAppRegistrationReq.schema.json',
      'clientAppRegistrationRes.schema.json',
    ]);
    const params = (jsonRpcCanonical.get('clientAppRegistrationReq.schema.json') as any).properties.params;
    expect(params.required).toEqual(['clientID']);
  });

  it('CR 000 10.1.5 / 10.1.6 JSON-RPC bullet lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(sectionStyle, sectionStyle), async (styles) => {
        const text = jsonRpcCr(styles);
        const diff = compare(jsonRpcCanonical, await schemasOf(text, 'aoi1'));
        if (diff)
          throw new Error(
            `${diff}\n--- rendered change proposal ---\n${text.slice(text.indexOf('6 Detailed Change Proposal'))}`,
          );
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
  });

  it('CR 001 9.3.1 element tables', async () => {
    await fc.assert(
      fc.asyncProperty(sectionStyle, async (style) => {
        const text = tableCr(style);
        const diff = compare(tableCanonical, await schemasOf(text, 'clientApp'));
        if (diff)
          throw new Error(
            `${diff}\n--- rendered change proposal ---\n${text.slice(text.indexOf('6 Detailed Change Proposal'))}`,
          );
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 15_000, markInterruptAsFailure: false },
    );
  });
});
