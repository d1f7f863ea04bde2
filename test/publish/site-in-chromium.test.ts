/**
 * `omaspec docs` as a reader sees it: the site written by the CLI, opened from file:// in headless Chromium.
 * Every page must load without a console error, an uncaught exception, a failed request or any request that
 * leaves file://; every link and anchor must resolve; the offline search must find a message by a field name.
 * Screenshots of the index and of a message page go to the test output directory. Pages and names come from
 * spec/, so a new CR leaves this test as it is.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpecIndex } from '../../core/spec-format.ts';
import { REPO_ROOT, spawnCli } from '../cli/run.ts';
import { launchChromium, unavailable, type Browser } from './chromium.ts';

const reason = await unavailable();
/** Where the screenshots are kept after the run (git-ignored). */
const OUTPUT = process.env.OMASPEC_TEST_OUTPUT
  ? path.resolve(process.env.OMASPEC_TEST_OUTPUT, 'publish')
  : path.join(REPO_ROOT, '.omaspec-tmp', 'test-output', 'publish');
const index = JSON.parse(readFileSync(path.join(REPO_ROOT, 'spec/schemas/index.json'), 'utf8')) as SpecIndex;

const count = (iface: string) => index.messages.filter((m) => m.interface === iface).length;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f))
    .sort();
}

/** A message with a member of its own to search for: the first in index.json whose schema lists properties. */
function searchTarget(): { page: string; name: string; field: string } {
  for (const m of index.messages) {
    const schema = JSON.parse(readFileSync(path.join(REPO_ROOT, 'spec/schemas', m.schema), 'utf8'));
    const variant = Array.isArray(schema.oneOf) ? schema.oneOf[0] : schema;
    const field = Object.keys(variant.properties ?? {}).find((p) => !['jsonrpc', 'id', 'method'].includes(p));
    if (field) return { page: `messages/${m.interface}/${m.name}.html`, name: m.name, field };
  }
  throw new Error('spec/schemas lists no message with properties');
}

describe.skipIf(reason)(`the docs site in Chromium${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let site: string;
  let browser: Browser;

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'omaspec-site-'));
    const run = await spawnCli(['docs', '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('loads every page without console errors or network requests, and every link and anchor resolves', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${current}: uncaught: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`${current}: failed request ${r.url()}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file://')) problems.push(`${current}: request off file:// ${r.url()}`);
    });
    const anchors = new Map<string, Set<string>>();
    const links: { from: string; to: string }[] = [];
    const files = htmlFiles(site);
    expect(files.length).toBeGreaterThan(index.messages.length);
    for (const file of files) {
      current = path.relative(site, file);
      const url = pathToFileURL(file).href;
      await page.goto(url);
      anchors.set(url, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      const hrefs = await page.$$eval('a[href]', (as) =>
        as.map((a) => new URL(a.getAttribute('href')!, a.baseURI).href),
      );
      links.push(...hrefs.map((to) => ({ from: current, to })));
    }
    const broken = links.filter(({ to }) => {
      const [target, anchor] = to.split('#');
      if (!target!.startsWith('file://')) return true;
      const file = fileURLToPath(target!);
      if (!file.startsWith(site) || !existsSync(file)) return true;
      return anchor !== undefined && !anchors.get(target!)?.has(decodeURIComponent(anchor));
    });
    expect(problems).toEqual([]);
    expect(broken).toEqual([]);
    expect(links.length).toBeGreaterThan(files.length);
    await page.close();
  }, 120_000);

  it('finds a message by a field name offline, draws the sequence diagram; screenshots index, message, interface', async () => {
    const target = searchTarget();
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'index.png'), fullPage: true });
    await page.fill('#search', target.field);
    const hit = page.locator(`#search-results a[href$="${target.page}"]`);
    await expect.poll(() => hit.count()).toBe(1);
    await hit.click();
    await page.waitForURL(pathToFileURL(path.join(site, target.page)).href);
    expect(await page.locator('h1').textContent()).toBe(target.name);
    expect(await page.locator('td code', { hasText: target.field }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUTPUT, 'message.png'), fullPage: true });
    const busiest = [...index.interfaces].sort((a, b) => count(b.id) - count(a.id))[0]!;
    await page.goto(pathToFileURL(path.join(site, `interfaces/${busiest.id}.html`)).href);
    const diagram = page.locator('figure svg');
    expect((await diagram.boundingBox())?.height).toBeGreaterThan(100);
    expect(await diagram.locator('a').count()).toBe(count(busiest.id));
    await page.screenshot({ path: path.join(OUTPUT, 'interface.png'), fullPage: true });
    for (const shot of ['index.png', 'message.png', 'interface.png']) {
      const bytes = readFileSync(path.join(OUTPUT, shot));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(path.join(OUTPUT, shot)).size).toBeGreaterThan(10_000);
    }
    await page.close();
  }, 60_000);
});
