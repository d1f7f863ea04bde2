/**
 * renderSite: a publication → the files of the docs site: one HTML page per interface, message and step of
 * the history, plus the index and the decisions, the assets they share, and the same pages as Markdown under
 * `markdown/`. writeSite puts them in a directory it owns.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OmaspecError } from '../../core/errors.ts';
import type { Publication } from '../publication.ts';
import { searchIndexJs, SITE_JS, STYLE_CSS } from './assets.ts';
import type { Page } from './doc.ts';
import { changePageOf } from './pages/changes.ts';
import { messagePageOf } from './pages/message.ts';
import { decisionsPage, indexPage, interfacePageOf } from './pages/overview.ts';
import { pageToHtml } from './print-html.ts';
import { figuresOf, pageToMarkdown } from './print-markdown.ts';

/** Written into every site directory; a non-empty directory without it is someone else's and is refused. */
export const SITE_MARKER = '.omaspec-docs';
export const MARKDOWN_DIR = 'markdown';

export function sitePages(pub: Publication): Page[] {
  return [
    indexPage(pub),
    ...pub.index.interfaces.map((i) => interfacePageOf(pub, i)),
    ...pub.messages.map((m) => messagePageOf(pub, m)),
    ...pub.history.map((s) => changePageOf(pub, s)),
    decisionsPage(pub),
  ];
}

/** Paths relative to the site directory → contents. Deterministic: the same publication gives the same bytes. */
export function renderSite(pub: Publication): Map<string, string> {
  const pages = sitePages(pub);
  const files = new Map<string, string>([
    ['style.css', STYLE_CSS],
    ['site.js', SITE_JS],
    ['search-index.js', searchIndexJs(pages)],
    [SITE_MARKER, 'Written by `omaspec docs`; the next run replaces everything here.\n'],
  ]);
  for (const page of pages) {
    files.set(`${page.id}.html`, pageToHtml(page));
    files.set(`${MARKDOWN_DIR}/${page.id}.md`, pageToMarkdown(page));
    for (const [file, svg] of figuresOf(page)) files.set(`${MARKDOWN_DIR}/${file}`, `${svg}\n`);
  }
  return files;
}

export class SiteDirError extends OmaspecError {
  constructor(message: string, dir: string) {
    super('PUBLISH_OUT_DIR', message, {
      location: { file: dir },
      hint: 'choose a new or empty directory, or one a previous `omaspec docs` wrote',
    });
  }
}

/** Throws unless `dir` is absent, an empty directory, or a site an earlier run wrote: checked before any work. */
export function assertSiteDir(dir: string): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new SiteDirError('is not a directory', dir);
  const entries = readdirSync(dir);
  if (entries.length && !entries.includes(SITE_MARKER))
    throw new SiteDirError(`is not empty and was not written by omaspec docs (no ${SITE_MARKER})`, dir);
}

/** Replaces the contents of `dir` (new, empty, or written by a previous run) with `files`. */
export function writeSite(dir: string, files: Map<string, string>): void {
  assertSiteDir(dir);
  if (existsSync(dir))
    for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true });
  for (const [rel, content] of files) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
