/** What each kind of line of a Word-exported CR looks like, and the readers of single lines. */
import { NORMATIVE_KEYWORDS, type ChangeAction, type CoverPart, type NormativeKeyword } from './model.ts';

export const COVER_HEADINGS: [RegExp, CoverPart][] = [
  [/^reason for change$/i, 'reason'],
  [/^impact on backward compatibility$/i, 'backwardCompatibility'],
  [/^impact on other specifications$/i, 'otherSpecifications'],
  [/^intellectual property rights$/i, 'ipr'],
  [/^recommendation$/i, 'recommendation'],
  [/^detailed change proposal$/i, 'changeProposal'],
];
export const COVER_LINE = /^\s?([1-9])\s+(\S.*?)\s*$/;
export const CHANGE_LINE = /^\s?Change\s+(\d+)\s*:\s*(.*?)\s*$/;
/**
 * "10.1.1 Title", "7.2JSON Format…", "10. Title", or a dotted number alone. Never tab-indented (cells are).
 * A title never ends with '.' or ':' — "1. The AOI Client checks the websocket." is a numbered sentence.
 */
export const HEADING_LINE = /^ ?(\d+(?:\.\d+)+|\d+\.)\s*([A-Za-z](?:.*[^.:\s])?)?\s*$/;
export const FIGURE_LINE = /^\s*Figure\s+(\d+)\s*[-–—]\s*(.*?)\s*$/;
/** A bullet: indentation, a glyph (or "1." / "a)") and the text. Glyphs Word uses for deeper levels count as deeper. */
/**
 * A bullet: indentation, glyph, text. A tab before a quoted name and its presence or type ("\t“lang” (O): string")
 * is a glyph too: the export of a list whose glyphs Word drew as tab stops.
 */
export const BULLET_LINE =
  /^([ \t]*)([·•\-*▪◦\u2013o]|\d{1,2}[.)]|[a-z][.)]|\t(?=[“"‘]\s*[A-Za-z_$][\w$.-]*\s*[”"’]\s*[(:,]))(?:(?:(?<=\t)|[ \t]+)(.*?))?[ \t]*$/;
export const FOOTNOTE_LINE = /^\s*\uFFFD(.*?)\s*$/;

/** A short capitalised line that is no sentence, heading, cell, figure or change title: the title of the line before. */
export function isTitleLine(candidate: string): boolean {
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

export function changeAction(title: string): ChangeAction {
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

/** The normative keywords (SHALL, MAY, …) a sentence uses, longest first so "SHALL NOT" is not also "SHALL". */
export function keywordsOf(text: string): NormativeKeyword[] {
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
