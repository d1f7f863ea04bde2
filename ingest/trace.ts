/**
 * traceCr: every line of a CR's change proposal and what became of it — used by the model (by which
 * message or property), boilerplate (headings, change titles, labels, narrative), or the findings that
 * report it. A line that is none of these is `unread`; lint reports each as `unread-line`.
 */
import type { LineUse } from './extract.ts';
import type { CrDocument, Finding } from './model.ts';

export type TraceKind = 'used' | 'boilerplate' | 'finding' | 'unread';

export interface TraceLine {
  line: number;
  text: string;
  kind: TraceKind;
  detail: string;
}

const CHANGE_LINE = /^\s?Change\s+\d+\s*:/;
const LABEL = /^(?:this\s+is\s+an?\s+illustrative\s+)?example\b.*$|^.*\bexample(?:\s+of\s+[\w\s]+)?\s*:?\s*$/i;
const QUOTED_NAME = /[“"‘']\s*[A-Za-z_$][\w$-]*\s*[”"’']/;

export function traceCr(
  doc: CrDocument,
  uses: LineUse[],
  findings: Finding[],
  mapped: (section: string) => boolean,
): TraceLine[] {
  const proposal = doc.cover.find((c) => c.part === 'changeProposal');
  const first = proposal ? proposal.loc.line + 1 : 1;
  const used = new Map<number, string[]>();
  for (const u of uses) if (u.file === doc.file) used.set(u.line, [...(used.get(u.line) ?? []), u.use]);
  const found = new Map<number, Finding[]>();
  for (const f of findings) if (f.loc.file === doc.file) found.set(f.loc.line, [...(found.get(f.loc.line) ?? []), f]);
  const headings = new Map<number, string>();
  for (const s of doc.sections)
    if (s.number) headings.set(s.loc.line, `heading §${s.number}${s.title ? ` ${s.title}` : ''}`);
  const sectionAt = (line: number) => [...doc.sections].reverse().find((s) => s.loc.line <= line);
  const out: TraceLine[] = [];
  for (let line = first; line <= doc.lines.length; line++) {
    const text = doc.lines[line - 1]!;
    const trimmed = text.trim();
    const uses = used.get(line);
    const reported = found.get(line);
    if (uses) out.push({ line, text, kind: 'used', detail: [...new Set(uses)].join('; ') });
    else if (reported)
      out.push({ line, text, kind: 'finding', detail: reported.map((f) => `${f.severity} ${f.rule}`).join('; ') });
    else if (!trimmed || /^[·•\-*▪o]\s*$/.test(trimmed))
      out.push({ line, text, kind: 'boilerplate', detail: trimmed ? 'empty bullet' : 'blank' });
    else if (
      headings.has(line) ||
      (headings.has(line - 1) && !/[.:]$/.test(trimmed) && line === sectionTitleLine(doc, line))
    )
      out.push({ line, text, kind: 'boilerplate', detail: headings.get(line) ?? headings.get(line - 1)! });
    else if (CHANGE_LINE.test(text)) out.push({ line, text, kind: 'boilerplate', detail: 'change title' });
    else if (LABEL.test(trimmed) && trimmed.length < 80)
      out.push({ line, text, kind: 'boilerplate', detail: 'example label' });
    else {
      const section = sectionAt(line);
      if (!section?.number || !mapped(section.number))
        out.push({
          line,
          text,
          kind: 'boilerplate',
          detail: `narrative (§${section?.number || '–'} maps to no interface)`,
        });
      else if (!QUOTED_NAME.test(trimmed) && !/\b(?:SHALL|MUST|REQUIRED)\b/.test(trimmed))
        out.push({ line, text, kind: 'boilerplate', detail: 'narrative' });
      else
        out.push({
          line,
          text,
          kind: 'unread',
          detail: 'names a parameter or states a requirement the reader did not read',
        });
    }
  }
  return out;
}

/** The line a section title sits on when number and title are on two lines. */
function sectionTitleLine(doc: CrDocument, line: number): number | undefined {
  const section = doc.sections.find(
    (s) => s.loc.line === line - 1 && s.title && doc.lines[line - 1]!.trim() === s.title,
  );
  return section ? line : undefined;
}
