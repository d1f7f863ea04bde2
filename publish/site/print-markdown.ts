/**
 * A page of the document model → GitHub-flavoured Markdown, with relative `.md` links; a figure becomes an
 * image of the SVG file written beside the page.
 */
import { relativeHref, type Block, type Href, type Inline, type Page } from './doc.ts';

const escapeText = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

function inline(part: Inline, href: Href): string {
  if (typeof part === 'string') return escapeText(part);
  if ('href' in part) return `[${escapeText(part.text)}](${href(part.href)})`;
  if ('code' in part) {
    const fence = part.code.includes('`') ? '``' : '`';
    return `${fence}${part.code.replace(/\|/g, '\\|')}${fence}`;
  }
  return `**${escapeText(part.strong)}**`;
}

/** Table cells hold one line: line breaks become spaces. */
const cell = (parts: Inline[], href: Href) =>
  parts
    .map((p) => inline(p, href))
    .join('')
    .replace(/\s*\n\s*/g, ' ');

function block(b: Block, href: Href): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeText(b.text)}`;
    case 'paragraph':
      return b.content.map((p) => inline(p, href)).join('');
    case 'list':
      return b.items.map((item) => `- ${cell(item, href)}`).join('\n');
    case 'table':
      return [
        `| ${b.head.map(escapeText).join(' | ')} |`,
        `|${b.head.map(() => '---').join('|')}|`,
        ...b.rows.map((row) => `| ${row.map((c) => cell(c, href) || ' ').join(' | ')} |`),
      ].join('\n');
    case 'code': {
      const fence = b.text.includes('```') ? '````' : '```';
      return `${fence}${b.language}\n${b.text}\n${fence}`;
    }
    case 'figure':
      return `![${escapeText(b.caption)}](${b.file})`;
  }
}

/**
 * Markdown renderers (GitHub's) give each heading an anchor of its own: its text lower-cased, punctuation
 * dropped, spaces as `-`. Headings with an id have ids of that shape ([A-Za-z0-9_-]), so the anchor is the id
 * lower-cased.
 */
function markdownHref(page: Page): Href {
  return (target) => {
    const [id = '', anchor] = target.split('#');
    return relativeHref(page.id, anchor === undefined ? id : `${id}#${anchor.toLowerCase()}`, '.md');
  };
}

export function pageToMarkdown(page: Page): string {
  const href = markdownHref(page);
  return `# ${escapeText(page.title)}\n\n${page.blocks.map((b) => block(b, href)).join('\n\n')}\n`;
}

/** The SVG files the Markdown pages show, by path relative to the Markdown root, linking to `.md` pages. */
export function figuresOf(page: Page): Map<string, string> {
  const dir = page.id.split('/').slice(0, -1).join('/');
  const href = markdownHref(page);
  const files = new Map<string, string>();
  for (const b of page.blocks) if (b.kind === 'figure') files.set(dir ? `${dir}/${b.file}` : b.file, b.svg(href));
  return files;
}
