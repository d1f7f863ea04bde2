/** The multi-line blocks of a CR: JSON (schema or example), bullet lists with nesting, element tables. */
import { BULLET_LINE, CHANGE_LINE, HEADING_LINE, keywordsOf } from './cr-lines.ts';
import type { CrNode, ElementRow, ListItem, Loc, TableCell } from './model.ts';

/** The location of a 0-based line index and a 1-based column. */
export type LineAt = (index: number, col?: number) => Loc;

/** The nodes a block produced and the index of the first line after it. */
export interface BlockRead {
  nodes: CrNode[];
  end: number;
}

/**
 * A JSON block from its opening brace to the brace that balances it (or the next heading, when it never does).
 * `label`: the prose line before it, which says whether it is a schema or an example.
 */
export function readJsonBlock(lines: string[], start: number, label: string, at: LineAt): BlockRead {
  let depth = 0;
  let quote = false;
  let end = start;
  for (let j = start; j < lines.length; j++) {
    for (const c of lines[j]!) {
      if (quote) {
        if (c === '"' || c === '\u201c' || c === '\u201d') quote = false;
      } else if (c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e') quote = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
    }
    end = j;
    if (depth <= 0 && !quote) break;
    if (j + 1 < lines.length && HEADING_LINE.test(lines[j + 1]!) && depth > 0 && !quote) break;
  }
  const text = lines.slice(start, end + 1).join('\n');
  const looksLikeSchema = /["“”](\$schema|properties|type)["“”]\s*:/i.test(text) && /["“”]properties["“”]/.test(text);
  const role = /schema/i.test(label)
    ? 'schema'
    : /example/i.test(label)
      ? 'example'
      : looksLikeSchema
        ? 'schema'
        : 'example';
  const node: CrNode = {
    kind: 'json',
    role,
    label,
    text,
    loc: at(start, lines[start]!.indexOf('{') + 1),
    endLine: end + 1,
  };
  if (role === 'example') node.example = /success/i.test(label) ? 'success' : /error/i.test(label) ? 'error' : 'any';
  return { nodes: [node], end: end + 1 };
}

/** Consecutive bullet lines as a tree: indentation and Word's deeper-level glyphs make children. */
export function readBullets(lines: string[], start: number, at: LineAt): BlockRead {
  const roots: ListItem[] = [];
  const stack: ListItem[] = [];
  // Word's export keeps a level's glyph and drops its indentation: each new glyph of a list goes one level deeper
  // than those before it ("·", then "o", then "▪", then "-"); numbers and letters are one glyph each.
  const levels = new Map<string, number>();
  const levelOf = (glyph: string) => {
    const kind = /^\d/.test(glyph) ? '1.' : /^[a-z][.)]$/.test(glyph) ? 'a.' : glyph;
    if (!levels.has(kind)) levels.set(kind, levels.size);
    return levels.get(kind)!;
  };
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) continue;
    const m = BULLET_LINE.exec(line);
    const last = stack.at(-1);
    // A bullet the export wrapped: the next line, lower-case and glyph-less, continues its unfinished sentence.
    if (!m && last && lines[j - 1]?.trim() && /^\s*[a-z]/.test(line) && !/[.:;]$/.test(last.text)) {
      last.text += ` ${line.trim()}`;
      continue;
    }
    if (!m || HEADING_LINE.test(line)) break;
    const body = m[3] ?? '';
    const indent = m[1]!.replace(/\t/g, '    ').length;
    const item: ListItem = {
      text: body,
      loc: at(j, body ? line.indexOf(body, m[1]!.length + m[2]!.length) + 1 : m[1]!.length + 1),
      depth: indent + levelOf(m[2]!),
      children: [],
    };
    while (stack.length && stack.at(-1)!.depth >= item.depth) stack.pop();
    (stack.at(-1)?.children ?? roots).push(item);
    stack.push(item);
  }
  return { nodes: [{ kind: 'list', items: roots, loc: at(start) }], end: j };
}

/**
 * An element table: tab-indented cells, four per row after the header row, then its caption and the prose
 * that follows. `intro`: the prose line before the table.
 */
/** A bullet line that starts with a quoted name: a member of what the cell above describes. */
const MEMBER_BULLET = /^[ \t]*(?:[·•\-*▪◦\u2013o]|\d{1,2}[.)])[ \t]+[“"‘]\s*[A-Za-z_$][\w$.-]*\s*[”"’]\s*[(:,]/;

/** The member bullets of a cell, nested as a list of their own (each run of consecutive lines read as one list). */
function memberItems(lines: string[], indices: number[], at: LineAt): ListItem[] {
  const items: ListItem[] = [];
  for (let k = 0; k < indices.length;) {
    let end = k + 1;
    while (end < indices.length && indices[end] === indices[end - 1]! + 1) end++;
    const first = indices[k]!;
    const read = readBullets(lines.slice(first, indices[end - 1]! + 1), 0, (i, col) => at(first + i, col));
    for (const node of read.nodes) if (node.kind === 'list') items.push(...node.items);
    k = end;
  }
  return items;
}

/** Whether the tab-indented lines from `j` are the table's header row again (its first two cells, in order). */
function repeatsHeader(lines: string[], j: number, cells: TableCell[]): boolean {
  if (cells.length < 4 || !lines[j]!.startsWith('\t') || lines[j]!.trim() !== cells[0]!.text) return false;
  const next = lines.slice(j + 1).find((l) => l.trim());
  return next !== undefined && next.startsWith('\t') && next.trim() === cells[1]!.text;
}

export function readTable(lines: string[], start: number, intro: string, at: LineAt): BlockRead {
  const cells: TableCell[] = [];
  const trailing: { text: string; index: number }[] = [];
  const memberLines = new Map<TableCell, number[]>();
  /** A line that goes on the last cell: a member bullet is kept apart from the cell's text. */
  const continueCell = (text: string, index: number) => {
    const cell = cells[cells.length - 1]!;
    if (MEMBER_BULLET.test(lines[index]!)) memberLines.set(cell, [...(memberLines.get(cell) ?? []), index]);
    else cell.text += '\n' + text;
  };
  let j = start;
  // After the last row, only the lines that follow its cell without a blank line continue it: the table
  // ends with a blank line, then its caption and prose.
  let continuesLastCell = false;
  let lastCellEnd = start + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) {
      continuesLastCell = false;
      continue;
    }
    // The header again: a second table starts (the response's, after a sentence that introduces it).
    if (j > start && repeatsHeader(lines, j, cells)) break;
    if (line.startsWith('\t')) {
      // Text between rows continues the description cell of the row before it.
      if (cells.length) for (const t of trailing) continueCell(t.text, t.index);
      trailing.length = 0;
      cells.push({ text: line.trim(), loc: at(j, line.indexOf(line.trim()) + 1) });
      continuesLastCell = true;
      lastCellEnd = j + 1;
      continue;
    }
    // A JSON block after the table (its example) is a block of its own, never a caption or a cell's text.
    if (
      HEADING_LINE.test(line) ||
      /^The following table/i.test(line.trim()) ||
      CHANGE_LINE.test(line) ||
      /^\s*[{[]/.test(line)
    )
      break;
    if (continuesLastCell) {
      continueCell(line.trim(), j);
      lastCellEnd = j + 1;
      continue;
    }
    trailing.push({ text: line.trim(), index: j });
  }
  for (const [cell, indices] of memberLines) cell.items = memberItems(lines, indices, at);
  const rows: ElementRow[] = [];
  for (let k = 4; k + 3 < cells.length; k += 4) {
    rows.push({ element: cells[k]!, type: cells[k + 1]!, cardinality: cells[k + 2]!, description: cells[k + 3]! });
  }
  // The caption: the last short line that is no sentence; the paragraph after a caption is prose.
  const captionIndex = trailing.findLastIndex((t) => !/[.:]$/.test(t.text) && t.text.length < 80);
  const caption = captionIndex >= 0 ? trailing.splice(captionIndex, 1)[0] : undefined;
  const table: CrNode = {
    kind: 'table',
    rows,
    loc: at(start, 2),
    intro,
    endLine: Math.max(lastCellEnd, ...trailing.filter((t) => t !== caption).map((t) => t.index + 1)),
  };
  if (caption)
    table.caption = { text: caption.text, loc: at(caption.index, lines[caption.index]!.indexOf(caption.text) + 1) };
  const prose = trailing.map((t): CrNode => ({
    kind: 'prose',
    text: t.text,
    keywords: keywordsOf(t.text),
    loc: at(t.index, lines[t.index]!.indexOf(t.text) + 1),
  }));
  return { nodes: [table, ...prose], end: j };
}
