/**
 * parseCr: the text of a Word-exported CR → CrDocument. Line-oriented, because that is all the
 * export keeps: paragraphs are lines, table cells are tab-indented lines, bullets start with a glyph.
 */
import {
  changeAction,
  CHANGE_LINE,
  COVER_HEADINGS,
  COVER_LINE,
  BULLET_LINE,
  FIGURE_LINE,
  FOOTNOTE_LINE,
  HEADING_LINE,
  isTitleLine,
  keywordsOf,
} from './cr-lines.ts';
import type { CrDocument, CrNode, Loc, Section } from './model.ts';
import { readBullets, readJsonBlock, readTable, type BlockRead } from './parse-blocks.ts';

/** A label of an example or a schema with the block's opening brace on its line ("Example of response: {"). */
const LABELLED_JSON = /^\s*(?=[A-Z])[^{}"“”:]*?\b(?:example|schema)\b[^{}"“”:]*:\s*\{\s*$/i;

export function parseCr(file: string, text: string): CrDocument {
  return new CrParser(file, text.replace(/\r\n?/g, '\n').split('\n')).parse();
}

class CrParser {
  private readonly doc: CrDocument;
  /** The next line to read (0-based). */
  private i = 0;
  private change: Section['change'];
  private section: Section;

  constructor(
    file: string,
    private readonly lines: string[],
  ) {
    this.doc = { file, cover: [], sections: [], lines };
    this.section = { number: '', title: '', loc: this.at(0), nodes: [] };
  }

  parse(): CrDocument {
    this.cover();
    this.section.loc = this.at(this.i);
    this.doc.sections.push(this.section);
    while (this.i < this.lines.length) this.line(this.lines[this.i]!);
    return this.doc;
  }

  private readonly at = (index: number, col = 1): Loc => ({ file: this.doc.file, line: index + 1, col });

  /** Cover: "1 Reason for Change" … up to and including "6 Detailed Change Proposal"; none, and the body starts at 1. */
  private cover(): void {
    const { lines, doc } = this;
    let coverPart: CrDocument['cover'][number] | undefined;
    for (; this.i < lines.length; this.i++) {
      const line = lines[this.i]!;
      const m = COVER_LINE.exec(line);
      const part = m && COVER_HEADINGS.find(([re]) => re.test(m[2]!))?.[1];
      if (part) {
        coverPart = { part, heading: m[2]!, text: '', loc: this.at(this.i, line.indexOf(m[1]!) + 1) };
        doc.cover.push(coverPart);
        if (part === 'changeProposal') {
          this.i++;
          break;
        }
      } else if (coverPart && line.trim()) {
        coverPart.text += (coverPart.text ? '\n' : '') + line.trim();
      }
    }
    if (!doc.cover.some((c) => c.part === 'changeProposal')) this.i = 0;
  }

  /** Reads the block starting at the current line and moves past it. */
  private line(line: string): void {
    const trimmed = line.trim();
    const changeMatch = CHANGE_LINE.exec(line);
    const heading = HEADING_LINE.exec(line);
    const figure = FIGURE_LINE.exec(line);
    const footnote = FOOTNOTE_LINE.exec(line);
    if (!trimmed) this.i++;
    else if (changeMatch) this.changeTitle(line, changeMatch);
    else if (heading) this.heading(line, heading);
    else if (figure) this.figure(line, figure);
    else if (footnote)
      this.pushLine({ kind: 'footnote', text: footnote[1]!, loc: this.at(this.i, line.indexOf('\uFFFD') + 1) });
    else if (trimmed.startsWith('{')) this.block(readJsonBlock(this.lines, this.i, this.lastProse(), this.at));
    else if (LABELLED_JSON.test(line)) this.labelledJson(line);
    else if (trimmed === 'Element' && line.startsWith('\t'))
      this.block(readTable(this.lines, this.i, this.lastProse(), this.at));
    else if (BULLET_LINE.test(line)) this.block(readBullets(this.lines, this.i, this.at));
    else if (line.startsWith('\t') && !/\S/.test(line.replace(/\t/g, ''))) this.i++;
    else this.prose(line, trimmed);
  }

  /**
   * "Example: {" — the label and the block's first line joined by the export: the label is a prose node, and the
   * block is read from its brace (the label's columns blanked, so that every location stays where the CR has it).
   */
  private labelledJson(line: string): void {
    const brace = line.indexOf('{');
    const label = line.slice(0, brace).trim();
    this.section.nodes.push({
      kind: 'prose',
      text: label,
      keywords: keywordsOf(label),
      loc: this.at(this.i, line.length - line.trimStart().length + 1),
    });
    this.lines[this.i] = ' '.repeat(brace) + line.slice(brace);
    this.block(readJsonBlock(this.lines, this.i, label, this.at));
  }

  private pushLine(node: CrNode): void {
    this.section.nodes.push(node);
    this.i++;
  }

  private block(read: BlockRead): void {
    this.section.nodes.push(...read.nodes);
    this.i = read.end;
  }

  private changeTitle(line: string, match: RegExpExecArray): void {
    const { lines } = this;
    const title = match[2]!;
    const change = {
      number: Number(match[1]),
      title,
      loc: this.at(this.i, line.indexOf('C') + 1),
      action: changeAction(title),
    };
    this.change = change;
    // "Change 2: 10.1.6 Client Application Deregistration", "Change 4: Delete Following Section 10.1.6".
    const inline = /(\d+(?:\.\d+)+)\s*(.*?)\s*$/.exec(title);
    const loc = this.at(this.i, line.indexOf(inline?.[1] ?? match[0].trim()) + 1);
    let sectionTitle = inline?.[2] ?? '';
    if (inline && !sectionTitle && lines[this.i + 1] !== undefined && isTitleLine(lines[this.i + 1]!))
      sectionTitle = lines[++this.i]!.trim();
    // A change naming no section (a normative reference) still ends the section before it; its lines are its own
    // unless a heading follows at once.
    let next = this.i + 1;
    while (next < lines.length && !lines[next]!.trim()) next++;
    if (inline || !HEADING_LINE.test(lines[next] ?? '')) {
      this.section = { number: inline?.[1] ?? '', title: sectionTitle, loc, nodes: [], change };
      this.doc.sections.push(this.section);
    }
    this.i++;
  }

  private heading(line: string, match: RegExpExecArray): void {
    const number = match[1]!.replace(/\.$/, '');
    let title = match[2] ?? '';
    const next = this.lines[this.i + 1];
    if (!title && next !== undefined && isTitleLine(next)) {
      title = next.trim();
      this.i++;
    }
    this.section = {
      number,
      title,
      loc: this.at(this.i - (match[2] || !title ? 0 : 1), line.indexOf(match[1]!) + 1),
      nodes: [],
    };
    if (this.change) this.section.change = this.change;
    this.doc.sections.push(this.section);
    this.i++;
  }

  private figure(line: string, match: RegExpExecArray): void {
    const loc = this.at(this.i, line.indexOf('F') + 1);
    let caption = match[2]!;
    const next = this.lines[this.i + 1];
    if (next !== undefined && isTitleLine(next)) {
      caption += ` ${next.trim()}`;
      this.i++;
    }
    this.pushLine({ kind: 'figure', caption, loc });
  }

  /** A sentence the export broke over two lines continues the paragraph before it. */
  private prose(line: string, trimmed: string): void {
    const last = this.section.nodes.at(-1);
    if (
      last?.kind === 'prose' &&
      (last.endLine ?? last.loc.line) === this.i &&
      !/[.:;!?]$/.test(last.text) &&
      !/^(?:[A-Z0-9][\w#-]*\s*)+$/.test(last.text)
    ) {
      last.text += ` ${trimmed}`;
      last.keywords = keywordsOf(last.text);
      last.endLine = this.i + 1;
      this.i++;
    } else
      this.pushLine({
        kind: 'prose',
        text: trimmed,
        keywords: keywordsOf(trimmed),
        loc: this.at(this.i, line.length - line.trimStart().length + 1),
      });
  }

  /** The prose line just before a block in this section (its label or intro), unless another block intervenes. */
  private lastProse(): string {
    const nodes = this.section.nodes;
    for (let k = nodes.length - 1; k >= 0; k--) {
      const node = nodes[k]!;
      if (node.kind === 'prose') return node.text;
      if (node.kind === 'json' || node.kind === 'table') return '';
    }
    return '';
  }
}
