/** The CR document model: what `parseCr` produces. Every node keeps where it came from. */

export interface Loc {
  file: string;
  line: number;
  col: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** A defect of the source text, at the place a spec editor must change. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  loc: Loc;
  /** Stable across edits that move lines: `rule:file:section:subject`. Decisions name findings by it. */
  key: string;
  /** For automatic repairs: the text as written and as repaired. */
  original?: string;
  repaired?: string;
}

export const NORMATIVE_KEYWORDS = [
  'SHALL NOT',
  'SHALL',
  'MUST NOT',
  'MUST',
  'SHOULD NOT',
  'SHOULD',
  'MAY',
  'REQUIRED',
  'OPTIONAL',
] as const;
export type NormativeKeyword = (typeof NORMATIVE_KEYWORDS)[number];

export type CoverPart =
  'reason' | 'backwardCompatibility' | 'otherSpecifications' | 'ipr' | 'recommendation' | 'changeProposal';

/** One bullet of a list (any glyph: ·, •, -, *, o, ▪, 1.), with the bullets nested under it. */
export interface ListItem {
  text: string;
  loc: Loc;
  /** Indentation level: deeper bullets are children of the nearest shallower one. */
  depth: number;
  children: ListItem[];
}

export interface TableCell {
  text: string;
  loc: Loc;
  /** Parameter bullets written under a description cell ("Each item has: · “type”: …"): the members it describes. */
  items?: ListItem[];
}

export interface ElementRow {
  element: TableCell;
  type: TableCell;
  cardinality: TableCell;
  description: TableCell;
}

export type JsonRole = 'schema' | 'example';
export type ExampleKind = 'request' | 'success' | 'error' | 'any';

export type CrNode =
  | { kind: 'prose'; text: string; keywords: NormativeKeyword[]; loc: Loc; endLine?: number }
  | { kind: 'list'; items: ListItem[]; loc: Loc }
  | { kind: 'table'; caption?: TableCell; intro?: string; rows: ElementRow[]; loc: Loc; endLine: number }
  | { kind: 'json'; role: JsonRole; example?: ExampleKind; label: string; text: string; loc: Loc; endLine: number }
  | { kind: 'figure'; caption: string; loc: Loc }
  | { kind: 'footnote'; text: string; loc: Loc };

/** What a change block does to its section, from its title ("Add Following Section", "Delete …"). */
export type ChangeAction = 'add' | 'change' | 'delete' | 'reference' | 'unstated';

export interface Section {
  number: string;
  title: string;
  loc: Loc;
  /** The change proposal ("Change N: …") the section belongs to, if the CR numbers them. */
  change?: { number: number; title: string; loc: Loc; action: ChangeAction };
  nodes: CrNode[];
}

export interface CrDocument {
  file: string;
  cover: { part: CoverPart; heading: string; text: string; loc: Loc }[];
  sections: Section[];
  /** The raw lines, for rules that scan text (typos, encoding damage). */
  lines: string[];
}
