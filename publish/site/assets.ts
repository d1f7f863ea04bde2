/**
 * The files every HTML page loads: the style sheet, the search index (a script, since file:// pages may not
 * fetch JSON) and the search itself, which matches every typed word against each page's title, summary and
 * keywords, title matches first.
 */
import type { Page } from './doc.ts';

export const STYLE_CSS = `:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d7dce5; --link: #0645ad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--ink); background: #fff; }
header { position: sticky; top: 0; display: flex; gap: 1rem; align-items: center; padding: .6rem 1.5rem;
  background: #f4f6fa; border-bottom: 1px solid var(--line); z-index: 1; }
header .home { font-weight: 600; color: var(--ink); text-decoration: none; }
header .search { position: relative; flex: 0 1 28rem; }
#search { width: 100%; padding: .35rem .6rem; border: 1px solid var(--line); border-radius: 4px; font: inherit; }
#search-results { position: absolute; top: calc(100% + .3rem); left: 0; width: min(36rem, 90vw); max-height: 70vh; overflow: auto; margin: 0;
  padding: .4rem 0; list-style: none; background: #fff; border: 1px solid var(--line); box-shadow: 0 4px 14px #0002; }
#search-results li { padding: .25rem .8rem; }
#search-results .summary { display: block; color: var(--muted); font-size: 13px; }
main { max-width: 72rem; padding: 1rem 1.5rem 3rem; }
a { color: var(--link); }
h1 { font-size: 1.6rem; margin: .6rem 0 1rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin-top: 1.4rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; margin: .6rem 0; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f4f6fa; }
code { font: 13px ui-monospace, monospace; background: #f4f6fa; padding: 0 .2rem; border-radius: 3px; }
pre { background: #f4f6fa; padding: .7rem 1rem; overflow-x: auto; border-radius: 4px; }
pre code { padding: 0; }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { color: var(--muted); font-size: 13px; }
`;

export const SITE_JS = `(function () {
  'use strict';
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var root = document.body.getAttribute('data-root') || '';
  var entries = window.OMASPEC_SEARCH || [];
  function hits(terms) {
    return entries
      .filter(function (e) { return terms.every(function (t) { return e.text.indexOf(t) >= 0; }); })
      .sort(function (a, b) {
        var score = function (e) { return terms.every(function (t) { return e.title.toLowerCase().indexOf(t) >= 0; }) ? 0 : 1; };
        return score(a) - score(b) || a.title.localeCompare(b.title);
      })
      .slice(0, 25);
  }
  function render() {
    var terms = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    list.textContent = '';
    list.hidden = terms.length === 0;
    if (!terms.length) return;
    var found = hits(terms);
    if (!found.length) {
      var none = document.createElement('li');
      none.textContent = 'No page matches';
      list.appendChild(none);
    }
    found.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + e.url;
      a.textContent = e.title;
      var summary = document.createElement('span');
      summary.className = 'summary';
      summary.textContent = e.summary;
      li.appendChild(a);
      li.appendChild(summary);
      list.appendChild(li);
    });
  }
  input.addEventListener('input', render);
  input.addEventListener('keydown', function (event) {
    var first = list.querySelector('a');
    if (event.key === 'Enter' && first) window.location.href = first.href;
    if (event.key === 'Escape') { input.value = ''; render(); }
  });
})();
`;

export function searchIndexJs(pages: Page[]): string {
  const entries = pages.map((p) => ({
    title: p.title,
    summary: p.summary,
    url: `${p.id}.html`,
    text: [p.title, p.summary, ...p.keywords].join(' ').toLowerCase(),
  }));
  return `window.OMASPEC_SEARCH = ${JSON.stringify(entries)};\n`;
}
