import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySpecDir, cr, removeSpecDirs } from '../ingest/fixtures.ts';
import { runCli } from './run.ts';

const candidates: string[] = [];
afterAll(() => {
  removeSpecDirs();
  for (const file of candidates) rmSync(file, { force: true });
});

/** Every file of a spec dir with its content, to assert a refused command changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

const manifestCrs = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { crs: string[] }).crs;

function candidate(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(path.dirname(dir), `${path.basename(dir)}-${name}`);
  writeFileSync(file, content);
  candidates.push(file);
  return file;
}

const GOOD_CR = cr('Adds nothing yet.', '10.1.99 Placeholder', 'Text of the placeholder section.');

describe('omaspec spec add refuses what is not a CR', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty.txt', '', /empty/],
    ['blank.txt', ' \n\n\t\n', /only whitespace/],
    [
      'nul.txt',
      Buffer.concat([Buffer.from('10.1.1 Title\nabc'), Buffer.from([0]), Buffer.from('def')]),
      /binary file \(NUL byte at byte offset 16\)/,
    ],
    [
      'latin1.txt',
      Buffer.concat([Buffer.from('6 Detailed Change Proposal\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
      /not UTF-8 text \(invalid byte 0xe9 at byte offset 30\)/,
    ],
    [
      'controls.bin',
      Buffer.from('\u0001\u0002\u0003\u0004 10.1 A\n\u0005\u0006\u0007\u0008'),
      /binary file \(\d+ of \d+ bytes are control characters, the first at byte offset 0\)/,
    ],
    ['prose.txt', 'Dear all,\nplease find the minutes attached.\nRegards\n', /no numbered section found/],
  ];
  for (const [name, content, why] of cases) {
    it(`${name}: exit 2, names the file and the defect, spec/ unchanged`, async () => {
      const dir = copySpecDir();
      const before = snapshot(dir);
      const file = candidate(dir, name, content);
      const run = await runCli('spec', 'add', file, '--spec', dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toMatch(why);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('accepts a CR whose only section numbers are in its change titles ("Change 1: Change Following Section 10.1.1 …")', async () => {
    const dir = copySpecDir();
    const text = [
      'Detailed Change Proposal',
      '',
      'Change 1: Change Following Section 10.1.2 AOI Client Deregistration',
      'The “clientID” parameter of the request shall be at least 8 characters long.',
      '',
    ].join('\n');
    const run = await runCli('spec', 'add', candidate(dir, 'inline.txt', text), '--spec', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(manifestCrs(dir).at(-1)).toMatch(/inline\.txt$/);
  });

  it('refuses a CR that is already in the manifest (exit 2), spec/ unchanged', async () => {
    const dir = copySpecDir();
    const before = snapshot(dir);
    const existing = manifestCrs(dir)[0]!;
    const run = await runCli('spec', 'add', path.join(dir, existing), '--spec', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${existing} is already in`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('accepts a text with a numbered section and appends it to the manifest', async () => {
    const dir = copySpecDir();
    const count = manifestCrs(dir).length;
    const file = candidate(dir, '900_new.txt', GOOD_CR);
    const run = await runCli('spec', 'add', file, '--spec', dir);
    expect(run.code).toBe(0);
    const rel = `crs/${path.basename(file)}`;
    expect(manifestCrs(dir)).toEqual([...manifestCrs(copySpecDir()), rel]);
    expect(manifestCrs(dir)).toHaveLength(count + 1);
    expect(readFileSync(path.join(dir, rel), 'utf8')).toBe(GOOD_CR);
  });
});

describe('omaspec spec remove', () => {
  for (const form of ['as added', 'basename', 'basename without .txt']) {
    it(`undoes spec add given the CR ${form}`, async () => {
      const dir = copySpecDir();
      const before = snapshot(dir);
      const file = candidate(dir, '901_undo.txt', GOOD_CR);
      expect((await runCli('spec', 'add', file, '--spec', dir)).code).toBe(0);
      const wanted =
        form === 'as added' ? file : form === 'basename' ? path.basename(file) : path.basename(file, '.txt');
      const run = await runCli('spec', 'remove', wanted, '--spec', dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`crs/${path.basename(file)}`);
      expect(snapshot(dir)).toEqual(before);
      expect(existsSync(path.join(dir, 'crs', path.basename(file)))).toBe(false);
    });
  }

  it('exits 2 on an unknown CR, listing the CRs of the manifest, and changes nothing', async () => {
    const dir = copySpecDir();
    const before = snapshot(dir);
    const run = await runCli('spec', 'remove', 'no-such-cr', '--spec', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'no-such-cr' is not a CR");
    for (const c of manifestCrs(dir)) expect(run.stderr).toContain(path.basename(c));
    expect(snapshot(dir)).toEqual(before);
  });

  it('is listed in spec --help', async () => {
    const run = await runCli('spec', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/omaspec spec remove <cr>/);
  });
});
