/**
 * The docs site as files, without a browser: a page for every interface, message and step of the history,
 * every field and example of a message on its page, links that resolve in the HTML and in the Markdown,
 * nothing off the site, and the same bytes twice. Everything is derived from spec/.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { SpecIndex } from '../../core/spec-format.ts';
import { publish, type Publication } from '../../publish/publication.ts';
import { MARKDOWN_DIR, renderSite, SITE_MARKER, writeSite } from '../../publish/site/site.ts';
import { REPO_ROOT } from '../cli/run.ts';

const SPEC = path.join(REPO_ROOT, 'spec');
const index = JSON.parse(readFileSync(path.join(SPEC, 'schemas/index.json'), 'utf8')) as SpecIndex;
const manifest = JSON.parse(readFileSync(path.join(SPEC, 'manifest.json'), 'utf8')) as { crs: string[] };
const schemaOf = (rel: string) => JSON.parse(readFileSync(path.join(SPEC, 'schemas', rel), 'utf8'));

/** The members the schema lists at the top of each variant (and inside params/result/error). */
function memberNames(schema: Record<string, any>): string[] {
  const variants: Record<string, any>[] = Array.isArray(schema.oneOf) ? schema.oneOf : [schema];
  return variants.flatMap((v) =>
    Object.entries(v.properties ?? {}).flatMap(([name, p]: [string, any]) => [
      name,
      ...Object.keys(p.properties ?? {}).map((inner) => `${name}.${inner}`),
    ]),
  );
}

/** Every file below `dir` with its SHA-256, one line each, sorted. */
function treeDigest(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => `${path.relative(dir, f)} ${createHash('sha256').update(readFileSync(f)).digest('hex')}`)
    .join('\n');
}

/** `file` → every relative link target it holds, resolved to a path inside the site, with its anchor. */
function linksOf(file: string, text: string, pattern: RegExp): { file: string; anchor?: string }[] {
  return [...text.matchAll(pattern)].map((m) => {
    const [target, anchor] = m[1]!.split('#');
    return { file: target ? path.join(path.dirname(file), target) : file, ...(anchor ? { anchor } : {}) };
  });
}

describe('omaspec docs: the site files', () => {
  let pub: Publication;
  let files: Map<string, string>;
  let specBefore: string;

  beforeAll(async () => {
    specBefore = treeDigest(SPEC);
    pub = await publish(SPEC);
    files = renderSite(pub);
  }, 60_000);

  it('reads spec/ without writing to it (the history is built in a scratch directory)', () => {
    expect(treeDigest(SPEC)).toBe(specBefore);
  });

  it('has a page per interface, message and CR of the manifest, each message page listing its members', () => {
    for (const i of index.interfaces) expect(files.has(`interfaces/${i.id}.html`), i.id).toBe(true);
    for (const cr of manifest.crs) expect(files.has(`changes/${path.basename(cr, '.txt')}.html`), cr).toBe(true);
    for (const m of index.messages) {
      const html = files.get(`messages/${m.interface}/${m.name}.html`);
      expect(html, m.schema).toBeDefined();
      for (const name of memberNames(schemaOf(m.schema))) expect(html).toContain(`<code>${name}</code>`);
      expect(files.get(`${MARKDOWN_DIR}/messages/${m.interface}/${m.name}.md`)).toContain(`# ${m.name}`);
    }
  });

  it('shows every golden example of spec/examples on its message page, with its verdict and CR line', () => {
    for (const m of index.messages) {
      const dir = path.join(SPEC, 'examples', m.interface, m.name);
      const cases = existsSync(dir)
        ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))
        : [];
      const html = files.get(`messages/${m.interface}/${m.name}.html`)!;
      for (const file of cases) {
        const golden = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
        expect(html).toContain(
          `<strong>${golden.verdict}</strong> — ${golden.source.cr} §${golden.source.section} line ${golden.source.line}`,
        );
      }
      expect(html.match(/<pre><code class="language-json">/g)?.length ?? 0).toBe(cases.length);
    }
  });

  it('links each message page to the decisions whose actions name that message', () => {
    const { decisions } = YAML.parse(readFileSync(path.join(SPEC, 'decisions.yaml'), 'utf8')) as {
      decisions: { id: string; actions?: Record<string, { message?: string }>[] }[];
    };
    let checked = 0;
    for (const d of decisions)
      for (const action of d.actions ?? [])
        for (const body of Object.values(action)) {
          const [iface, name] = (body.message ?? '').split('/');
          const html = files.get(`messages/${iface}/${name}.html`);
          if (!html) continue; // a decision about a message a later CR removed is stale, not shown
          checked++;
          expect(html, `${d.id} → ${body.message}`).toContain(`decisions.html#${d.id}"`);
        }
    expect(checked).toBeGreaterThan(0);
  });

  it('says a CR is breaking exactly when the diff engine finds a breaking change in it', () => {
    for (const step of pub.history) {
      const page = files.get(`changes/${step.kind === 'cr' ? path.basename(step.label, '.txt') : step.kind}.html`);
      expect(page, step.label).toBeDefined();
      const breaking = step.findings.some((f) => f.level === 'breaking');
      expect(/Compatibility verdict: <strong>breaking/.test(page!), step.label).toBe(breaking);
    }
  });

  it('links only to pages and anchors of the site, in the HTML and in the Markdown', () => {
    // HTML anchors are ids; Markdown ones GitHub's heading slugs (lower case, punctuation dropped, spaces as -).
    const slug = (heading: string) =>
      heading
        .replace(/\\(.)/g, '$1')
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-');
    const ids = new Map<string, Set<string>>();
    for (const [file, text] of files) {
      if (file.endsWith('.html')) ids.set(file, new Set([...text.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)));
      if (file.endsWith('.md')) ids.set(file, new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!))));
    }
    let checked = 0;
    for (const [file, text] of files) {
      const pattern = file.endsWith('.html')
        ? /href="([^"]+)"/g
        : file.endsWith('.md')
          ? /\]\(([^)\s]+)\)/g
          : undefined;
      if (!pattern) continue;
      for (const link of linksOf(file, text, pattern)) {
        checked++;
        expect(files.has(link.file), `${file} → ${link.file}`).toBe(true);
        if (link.anchor) expect(ids.get(link.file), `${file} → ${link.file}#${link.anchor}`).toContain(link.anchor);
      }
      expect(text, file).not.toMatch(/(?:src|href)="(?:[a-z]+:)?\/\//);
    }
    expect(checked).toBeGreaterThan(files.size);
  });

  it('draws each message of an interface as an arrow in the direction it travels', () => {
    for (const i of index.interfaces) {
      const svg = files.get(`interfaces/${i.id}.html`)!;
      const arrows = [
        ...svg.matchAll(
          /<line x1="(\d+)" y1="\d+" x2="(\d+)"[^>]*marker-end[^>]*\/>\s*<a href="[^"]*\/([^/"]+)\.html">/g,
        ),
      ];
      const messages = index.messages.filter((m) => m.interface === i.id);
      expect(arrows.map((a) => a[3]).sort()).toEqual(messages.map((m) => m.name).sort());
      for (const [, x1, x2, name] of arrows) {
        const m = messages.find((x) => x.name === name)!;
        expect(Number(x1) < Number(x2), `${i.id}/${name}`).toBe(m.direction === 'clientToServer');
      }
      expect(files.get(`${MARKDOWN_DIR}/interfaces/${i.id}.md`)).toContain(`](${i.id}.svg)`);
    }
  });

  it('renders the same bytes twice and leaves the publication as it was', () => {
    const before = structuredClone(pub);
    expect(renderSite(pub)).toEqual(files);
    expect(pub).toEqual(before);
  });
});

describe('writeSite', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'omaspec-site-dir-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('refuses a non-empty directory it did not write and leaves it untouched', () => {
    const dir = path.join(work, 'foreign');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(() => writeSite(dir, new Map([['index.html', 'x']]))).toThrow(
      expect.objectContaining({ code: 'PUBLISH_OUT_DIR' }),
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('replaces a site it wrote before, stale pages included', () => {
    const dir = path.join(work, 'site');
    writeSite(
      dir,
      new Map([
        [SITE_MARKER, ''],
        ['old.html', 'x'],
      ]),
    );
    writeSite(
      dir,
      new Map([
        [SITE_MARKER, ''],
        ['messages/a.html', 'y'],
      ]),
    );
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()).toEqual([
      SITE_MARKER,
      'messages',
      'messages/a.html',
    ]);
  });
});
