/**
 * A page of the document model → one self-contained HTML file: relative links only, the style sheet and the
 * search scripts beside it, and a Content-Security-Policy that forbids the page any other resource, so the
 * site works offline (file:// included) and cannot reach the network.
 */
import { relativeHref, type Block, type Href, type Inline, type Page } from './doc.ts';

const CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inline(part: Inline, href: Href): string {
  if (typeof part === 'string') return escapeHtml(part);
  if ('href' in part) return `<a href="${escapeHtml(href(part.href))}">${escapeHtml(part.text)}</a>`;
  if ('code' in part) return `<code>${escapeHtml(part.code)}</code>`;
  return `<strong>${escapeHtml(part.strong)}</strong>`;
}

const inlines = (parts: Inline[], href: Href) => parts.map((p) => inline(p, href)).join('');

function block(b: Block, href: Href): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inlines(b.content, href)}</p>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${inlines(item, href)}</li>`).join('')}</ul>`;
    case 'table': {
      const head = b.head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td>${inlines(cell, href)}</td>`).join('')}</tr>`);
      return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
    }
    case 'code':
      return `<pre><code class="language-${escapeHtml(b.language)}">${escapeHtml(b.text)}</code></pre>`;
    case 'figure':
      return `<figure>${b.svg(href)}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
  }
}

export function pageToHtml(page: Page): string {
  const href: Href = (target) => relativeHref(page.id, target, '.html');
  const root = '../'.repeat(page.id.split('/').length - 1);
  const asset = (file: string) => escapeHtml(`${root}${file}`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · omaspec</title>
<link rel="stylesheet" href="${asset('style.css')}">
</head>
<body data-root="${escapeHtml(root)}">
<header><a class="home" href="${escapeHtml(href('index'))}">omaspec message reference</a>
<div class="search"><input id="search" type="search" placeholder="Search messages, fields, CRs…" aria-label="Search" autocomplete="off">
<ol id="search-results" hidden></ol></div></header>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.blocks.map((b) => block(b, href)).join('\n')}
</main>
<script src="${asset('search-index.js')}"></script>
<script src="${asset('site.js')}"></script>
</body>
</html>
`;
}
