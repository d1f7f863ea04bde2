/**
 * The docs site as a small document model: pages of blocks of inline content, written once and printed twice
 * (HTML, Markdown), so the two outputs say the same thing. Links name pages by id (`messages/aoi1/x`, with an
 * optional `#anchor`); each printer turns an id into a path relative to the page it prints.
 */

export type Inline = string | { text: string; href: string } | { code: string } | { strong: string };

/** Resolves a page id (with an optional `#anchor`) to a link from the page being printed. */
export type Href = (target: string) => string;

export type Block =
  | { kind: 'heading'; level: 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; head: string[]; rows: Inline[][][] }
  | { kind: 'code'; language: string; text: string }
  /** An SVG drawing: inline in HTML, a file of its own beside the Markdown page. */
  | { kind: 'figure'; caption: string; file: string; svg: (href: Href) => string };

export interface Page {
  /** Path without extension, `/`-separated: `index`, `messages/aoi1/clientAppRegistrationReq`. */
  id: string;
  title: string;
  /** One line for the search results. */
  summary: string;
  /** Words the offline search matches besides title and summary (field names, rule ids). */
  keywords: string[];
  blocks: Block[];
}

export const link = (text: string, href: string): Inline => ({ text, href });
export const code = (text: string): Inline => ({ code: text });
export const strong = (text: string): Inline => ({ strong: text });
export const paragraph = (...content: Inline[]): Block => ({ kind: 'paragraph', content });
export const heading = (text: string, level: 2 | 3 = 2, id?: string): Block => ({
  kind: 'heading',
  level,
  text,
  ...(id ? { id } : {}),
});

/** The path from page `from` to page `to` (both ids), with the printer's extension; anchors are kept. */
export function relativeHref(from: string, to: string, extension: string): string {
  const [target, anchor] = to.split('#');
  const depth = from.split('/').length - 1;
  const path = target ? `${'../'.repeat(depth)}${target}${extension}` : '';
  return anchor ? `${path}#${anchor}` : path;
}

/** An anchor id from free text: `D1-code-integer` stays, anything else becomes `-`. */
export function anchorOf(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-');
}
