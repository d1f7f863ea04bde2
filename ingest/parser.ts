/**
 * parseCr: the text of a Word-exported CR → CrDocument. Line-oriented, because that is all the
 * export keeps: paragraphs are lines, table cells are tab-indented lines, bullets start with '·'.
 */
import {
  NORMATIVE_KEYWORDS,
  type CoverPart,
  type CrDocument,
  type CrNode,
  type ChangeAction,
  type ElementRow,
  type ListItem,
  type Loc,
  type NormativeKeyword,
  type Section,
  type TableCell,
} from './model.ts';

const COVER_HEADINGS: [RegExp, CoverPart][] = [
  [/^reason for change$/i, 'reason'],
  [/^impact on backward compatibility$/i, 'backwardCompatibility'],
  [/^impact on other specifications$/i, 'otherSpecifications'],
  [/^intellectual property rights$/i, 'ipr'],
  [/^recommendation$/i, 'recommendation'],
  [/^detailed change proposal$/i, 'changeProposal'],
];
const COVER_LINE = /^\s?([1-9])\s+(\S.*?)\s*$/;
const CHANGE_LINE = /^\s?Change\s+(\d+)\s*:\s*(.*?)\s*$/;
/**
 * "10.1.1 Title", "7.2JSON Format…", "10. Title", or a dotted number alone. Never tab-indented (cells are).
 * A title never ends with '.' or ':' — "1. The AOI Client checks the websocket." is a numbered sentence.
 */
const HEADING_LINE = /^ ?(\d+(?:\.\d+)+|\d+\.)\s*([A-Za-z](?:.*[^.:\s])?)?\s*$/;
const FIGURE_LINE = /^\s*Figure\s+(\d+)\s*[-–—]\s*(.*?)\s*$/;
/** A bullet: indentation, a glyph (or "1." / "a)") and the text. Glyphs Word uses for deeper levels count as deeper. */
const BULLET_LINE = /^([ \t]*)([·•\-*▪◦\u2013o]|\d{1,2}[.)]|[a-z][.)])(?:[ \t]+(.*?))?[ \t]*$/;
const DEEPER_GLYPHS: Record<string, number> = { o: 1, '◦': 1, '▪': 2 };
const FOOTNOTE_LINE = /^\s*\uFFFD(.*?)\s*$/;
export function parseCr(file: string, text: string): CrDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const at = (index: number, col = 1): Loc => ({ file, line: index + 1, col });
  const doc: CrDocument = { file, cover: [], sections: [], lines };

  let i = 0;
  // Cover: "1 Reason for Change" … up to and including "6 Detailed Change Proposal".
  let coverPart: CrDocument['cover'][number] | undefined;
  for (; i < lines.length; i++) {
    const m = COVER_LINE.exec(lines[i]!);
    const part = m && COVER_HEADINGS.find(([re]) => re.test(m[2]!))?.[1];
    if (part) {
      coverPart = { part, heading: m[2]!, text: '', loc: at(i, lines[i]!.indexOf(m[1]!) + 1) };
      doc.cover.push(coverPart);
      if (part === 'changeProposal') {
        i++;
        break;
      }
    } else if (coverPart && lines[i]!.trim()) {
      coverPart.text += (coverPart.text ? '\n' : '') + lines[i]!.trim();
    }
  }
  if (!doc.cover.some((c) => c.part === 'changeProposal')) i = 0;

  let change: Section['change'];
  let section: Section = { number: '', title: '', loc: at(i), nodes: [] };
  doc.sections.push(section);
  const push = (node: CrNode) => section.nodes.push(node);

  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    const changeMatch = CHANGE_LINE.exec(line);
    if (changeMatch) {
      const title = changeMatch[2]!;
      change = {
        number: Number(changeMatch[1]),
        title,
        loc: at(i, line.indexOf('C') + 1),
        action: changeAction(title),
      };
      // "Change 2: 10.1.6 Client Application Deregistration", "Change 4: Delete Following Section 10.1.6".
      const inline = /(\d+(?:\.\d+)+)\s*(.*?)\s*$/.exec(title);
      const loc = at(i, line.indexOf(inline?.[1] ?? changeMatch[0].trim()) + 1);
      let sectionTitle = inline?.[2] ?? '';
      if (inline && !sectionTitle && lines[i + 1] !== undefined && isTitleLine(lines[i + 1]!))
        sectionTitle = lines[++i]!.trim();
      // A change naming no section (a normative reference) still ends the section before it; its lines are its own
      // unless a heading follows at once.
      let next = i + 1;
      while (next < lines.length && !lines[next]!.trim()) next++;
      if (inline || !HEADING_LINE.test(lines[next] ?? '')) {
        section = { number: inline?.[1] ?? '', title: sectionTitle, loc, nodes: [], change };
        doc.sections.push(section);
      }
      i++;
      continue;
    }
    const heading = HEADING_LINE.exec(line);
    if (heading) {
      const number = heading[1]!.replace(/\.$/, '');
      let title = heading[2] ?? '';
      const next = lines[i + 1];
      if (!title && next !== undefined && isTitleLine(next)) {
        title = next.trim();
        i++;
      }
      section = {
        number,
        title,
        loc: at(i - (heading[2] || !title ? 0 : 1), line.indexOf(heading[1]!) + 1),
        nodes: [],
      };
      if (change) section.change = change;
      doc.sections.push(section);
      i++;
      continue;
    }
    const figure = FIGURE_LINE.exec(line);
    if (figure) {
      const loc = at(i, line.indexOf('F') + 1);
      let caption = figure[2]!;
      const next = lines[i + 1];
      if (next !== undefined && isTitleLine(next)) {
        caption += ` ${next.trim()}`;
        i++;
      }
      push({ kind: 'figure', caption, loc });
      i++;
      continue;
    }
    const footnote = FOOTNOTE_LINE.exec(line);
    if (footnote) {
      push({ kind: 'footnote', text: footnote[1]!, loc: at(i, line.indexOf('\uFFFD') + 1) });
      i++;
      continue;
    }
    if (trimmed.startsWith('{')) {
      i = readJsonBlock(i);
      continue;
    }
    if (trimmed === 'Element' && line.startsWith('\t')) {
      i = readTable(i);
      continue;
    }
    if (BULLET_LINE.test(line)) {
      i = readBullets(i);
      continue;
    }
    if (line.startsWith('\t') && !/\S/.test(line.replace(/\t/g, ''))) {
      i++;
      continue;
    }
    // A sentence the export broke over two lines continues the paragraph before it.
    const last = section.nodes.at(-1);
    if (
      last?.kind === 'prose' &&
      (last.endLine ?? last.loc.line) === i &&
      !/[.:;!?]$/.test(last.text) &&
      !/^(?:[A-Z0-9][\w#-]*\s*)+$/.test(last.text)
    ) {
      last.text += ` ${trimmed}`;
      last.keywords = keywordsOf(last.text);
      last.endLine = i + 1;
    } else
      push({
        kind: 'prose',
        text: trimmed,
        keywords: keywordsOf(trimmed),
        loc: at(i, line.length - line.trimStart().length + 1),
      });
    i++;
  }
  return doc;

  function isTitleLine(candidate: string): boolean {
    const t = candidate.trim();
    return (
      t.length > 0 &&
      t.length < 80 &&
      /^[A-Z]/.test(t) &&
      !/[.:]$/.test(t) &&
      !HEADING_LINE.test(candidate) &&
      !candidate.startsWith('\t') &&
      !FIGURE_LINE.test(candidate) &&
      !CHANGE_LINE.test(candidate)
    );
  }

  function readJsonBlock(start: number): number {
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
    const label = lastProse();
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
    push(node);
    return end + 1;
  }

  function lastProse(): string {
    for (let k = section.nodes.length - 1; k >= 0; k--) {
      const node = section.nodes[k]!;
      if (node.kind === 'prose') return node.text;
      if (node.kind === 'json' || node.kind === 'table') return '';
    }
    return '';
  }

  function readBullets(start: number): number {
    const roots: ListItem[] = [];
    const stack: ListItem[] = [];
    let j = start;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim()) continue;
      const m = BULLET_LINE.exec(line);
      if (!m || HEADING_LINE.test(line)) break;
      const body = m[3] ?? '';
      const indent = m[1]!.replace(/\t/g, '    ').length;
      const item: ListItem = {
        text: body,
        loc: at(j, body ? line.indexOf(body, m[1]!.length + m[2]!.length) + 1 : m[1]!.length + 1),
        depth: indent + (DEEPER_GLYPHS[m[2]!] ?? 0),
        children: [],
      };
      while (stack.length && stack.at(-1)!.depth >= item.depth) stack.pop();
      (stack.at(-1)?.children ?? roots).push(item);
      stack.push(item);
    }
    push({ kind: 'list', items: roots, loc: at(start) });
    return j;
  }

  function readTable(start: number): number {
    const cells: TableCell[] = [];
    const trailing: { text: string; index: number }[] = [];
    const intro = lastProse();
    let j = start;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim()) continue;
      if (line.startsWith('\t')) {
        // Text between rows continues the description cell of the row before it.
        if (trailing.length && cells.length)
          cells[cells.length - 1]!.text += '\n' + trailing.map((t) => t.text).join('\n');
        trailing.length = 0;
        cells.push({ text: line.trim(), loc: at(j, line.indexOf(line.trim()) + 1) });
        continue;
      }
      if (HEADING_LINE.test(line) || /^The following table/i.test(line.trim()) || CHANGE_LINE.test(line)) break;
      trailing.push({ text: line.trim(), index: j });
    }
    const rows: ElementRow[] = [];
    for (let k = 4; k + 3 < cells.length; k += 4) {
      rows.push({ element: cells[k]!, type: cells[k + 1]!, cardinality: cells[k + 2]!, description: cells[k + 3]! });
    }
    // The caption: the last short line that is no sentence; the paragraph after a caption is prose.
    const captionIndex = trailing.findLastIndex((t) => !/[.:]$/.test(t.text) && t.text.length < 80);
    const caption = captionIndex >= 0 ? trailing.splice(captionIndex, 1)[0] : undefined;
    const lastCell = cells.at(-1)?.loc.line ?? start + 1;
    const node: CrNode = {
      kind: 'table',
      rows,
      loc: at(start, 2),
      intro,
      endLine: Math.max(lastCell, ...trailing.filter((t) => t !== caption).map((t) => t.index + 1)),
    };
    if (caption)
      node.caption = { text: caption.text, loc: at(caption.index, lines[caption.index]!.indexOf(caption.text) + 1) };
    push(node);
    for (const t of trailing)
      push({
        kind: 'prose',
        text: t.text,
        keywords: keywordsOf(t.text),
        loc: at(t.index, lines[t.index]!.indexOf(t.text) + 1),
      });
    return j;
  }
}

function changeAction(title: string): ChangeAction {
  // "Delete Following Section 10.1.6" deletes a section; "Remove parameter of …" changes one.
  if (
    /\b(?:delete|remove)\w*\b/i.test(title) &&
    (/\b(?:sections?|clauses?)\b/i.test(title) || !/\b(?:parameters?|elements?|members?|attributes?)\b/i.test(title))
  )
    return 'delete';
  if (/\bnormative\s+reference|\breferences?\b/i.test(title) && !/\bsection\b/i.test(title)) return 'reference';
  if (/\b(?:add|insert|new)\w*\b/i.test(title)) return 'add';
  if (/\b(?:change|modif|amend|replac|updat|correct)\w*\b/i.test(title)) return 'change';
  return 'unstated';
}

function keywordsOf(text: string): NormativeKeyword[] {
  const found: NormativeKeyword[] = [];
  let rest = text;
  for (const keyword of NORMATIVE_KEYWORDS) {
    const re = new RegExp(`\\b${keyword}\\b`, 'g');
    if (re.test(rest)) {
      found.push(keyword);
      rest = rest.replace(re, '');
    }
  }
  return found;
}
