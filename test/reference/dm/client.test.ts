import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyDmCommands } from '../../../reference/dm/client/apply.ts';
import { parseMoFile } from '../../../reference/dm/client/mo-file.ts';
import { MoTree } from '../../../reference/dm/client/mo-tree.ts';
import { runDmSession } from '../../../reference/dm/client/session.ts';
import { createDmHttpHandler } from '../../../reference/dm/http-handler.ts';
import { openInMemoryDmStore, type DmStore } from '../../../reference/dm/store.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { crPackage1, crPackage2Commands } from './cr-example.ts';
import { listen, type RunningServer } from './http-fixture.ts';

const DEV = 'IMEI:490154203237518';
const leaves = { './DevInfo/DevID': DEV, './DevInfo/Man': 'Acme', './DevInfo/Ext/Color': 'red' };

describe('MoTree', () => {
  it('reads a leaf value and the children of an interior node', () => {
    const tree = MoTree.fromLeaves(leaves);
    expect(tree.get('./DevInfo/Man')).toEqual({ ok: true, value: 'Acme' });
    expect(tree.get('DevInfo/')).toEqual({ ok: true, children: ['DevID', 'Man', 'Ext'] });
  });

  it('adds under missing interior nodes but refuses an existing node or a leaf parent', () => {
    const tree = MoTree.fromLeaves(leaves);
    expect(tree.add('./New/Deep/Leaf', 'v')).toEqual({ ok: true });
    expect(tree.get('./New/Deep/Leaf')).toEqual({ ok: true, value: 'v' });
    expect(tree.add('./DevInfo/Man', 'x')).toMatchObject({ ok: false, error: { code: 'alreadyExists' } });
    expect(tree.add('./DevInfo/Man/Sub', 'x')).toMatchObject({ ok: false, error: { code: 'parentIsLeaf' } });
  });

  it('replaces only existing leaves and deletes whole subtrees', () => {
    const tree = MoTree.fromLeaves(leaves);
    expect(tree.replace('./DevInfo/Man', 'Other')).toEqual({ ok: true });
    expect(tree.replace('./DevInfo/Nope', 'x')).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect(tree.replace('./DevInfo', 'x')).toMatchObject({ ok: false, error: { code: 'parentIsLeaf' } });
    expect(tree.delete('./DevInfo/Ext')).toEqual({ ok: true });
    expect(tree.leaves()).toEqual({ 'DevInfo/DevID': DEV, 'DevInfo/Man': 'Other' });
    expect(tree.delete('./DevInfo/Ext')).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('refuses URIs with empty or dot segments', () => {
    const tree = new MoTree();
    for (const uri of ['', './', 'a//b', 'a/../b'])
      expect(tree.add(uri, 'v')).toMatchObject({ ok: false, error: { code: 'badUri' } });
  });
});

describe('applyDmCommands', () => {
  it('applies GET, ADD, REPLACE and DELETE in order and reports each', () => {
    const tree = MoTree.fromLeaves(leaves);
    const outcomes = applyDmCommands(tree, [
      ['ADD', './Acc/Name', 'home'],
      ['REPLACE', './Acc/Name', 'work'],
      ['GET', './Acc/Name'],
      ['DELETE', './DevInfo/Ext'],
      ['GET', './DevInfo'],
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(outcomes[2]?.value).toBe('work');
    expect(outcomes[4]?.value).toEqual(['DevID', 'Man']);
  });

  it('reports unknown and unsupported commands and goes on with the next one', () => {
    const tree = MoTree.fromLeaves(leaves);
    const outcomes = applyDmCommands(tree, [
      ['FROB', 'x'],
      ['HPOST', 'http://s', './A'],
      ['GET'],
      ['DELETE', './DevInfo/Man'],
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['unsupported', 'unsupported', 'invalid', 'ok']);
    expect(outcomes[0]?.detail).toMatch(/unknown DM command 'FROB'/);
  });

  it('reports a failed command without stopping, and skips everything after END', () => {
    const tree = MoTree.fromLeaves(leaves);
    const outcomes = applyDmCommands(tree, [['GET', './Missing'], ['END'], ['DELETE', './DevInfo']]);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'ok', 'skipped']);
    expect(tree.get('./DevInfo/Man')).toEqual({ ok: true, value: 'Acme' });
  });
});

describe('parseMoFile', () => {
  it('builds Package#1 and the tree from a description file', () => {
    const result = parseMoFile({ DevID: DEV, ...crPackage1, Tree: leaves }, dmValidators);
    expect(result.ok && result.description.package1).toEqual(crPackage1);
    expect(result.ok && result.description.devId).toBe(DEV);
  });

  it('reports unknown keys, non-string leaves and schema violations with their paths', () => {
    expect(parseMoFile({ Nope: 1 }, dmValidators)).toMatchObject({ ok: false, issues: [{ path: '/Nope' }] });
    expect(parseMoFile({ Tree: { 'a/b': 3 } }, dmValidators)).toMatchObject({
      ok: false,
      issues: [{ path: '/Tree/a~1b' }],
    });
    expect(parseMoFile({ MOS: [{ MIID: 'x' }] }, dmValidators)).toMatchObject({ ok: false });
  });
});

describe('runDmSession over HTTP', () => {
  let store: DmStore;
  let server: RunningServer;
  beforeEach(async () => {
    store = openInMemoryDmStore();
    server = await listen(createDmHttpHandler({ store, validators: dmValidators }));
  });
  afterEach(() => server.close());

  const session = (tree = MoTree.fromLeaves(leaves)) =>
    runDmSession({ url: server.url, devId: DEV, package1: crPackage1, tree, validators: dmValidators });

  it('round-trips the CR example: the server records Package#1 and the client gets the queued commands', async () => {
    for (const cmd of crPackage2Commands) store.enqueue(DEV, cmd);
    const result = await session();
    expect(result.ok && result.package2).toEqual({ Cmd: [...crPackage2Commands, ['END']] });
    expect(result.ok && result.outcomes.map((o) => o.status)).toEqual(['unsupported', 'failed', 'ok']);
    expect(store.device(DEV)?.mos).toEqual(crPackage1.MOS);
  });

  it('changes the local tree as the server asked', async () => {
    store.enqueue(DEV, ['REPLACE', './DevInfo/Man', 'Globex']);
    const tree = MoTree.fromLeaves(leaves);
    expect((await session(tree)).ok).toBe(true);
    expect(tree.get('./DevInfo/Man')).toEqual({ ok: true, value: 'Globex' });
  });

  it("returns the server's problem on an error status", async () => {
    const result = await runDmSession({
      url: server.url,
      devId: '',
      package1: {},
      tree: new MoTree(),
      validators: dmValidators,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'httpStatus', status: 400, problem: { status: 400 } } });
  });

  it('refuses to send a Package#1 that violates its schema', async () => {
    const bad = { MOS: 'x' } as unknown as typeof crPackage1;
    const result = await runDmSession({
      url: server.url,
      devId: DEV,
      package1: bad,
      tree: new MoTree(),
      validators: dmValidators,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalidPackage1' } });
    expect(store.device(DEV)).toBeUndefined();
  });

  it('reports a Package#2 that violates its schema instead of applying it', async () => {
    await server.close();
    server = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/vnd.oma.dm.request+json' });
      res.end(JSON.stringify({ CMD: [['GET', './A']] }));
    });
    expect(await session()).toMatchObject({ ok: false, error: { code: 'schemaViolation' } });
  });

  it('refuses a Package#2 larger than maxResponseBytes', async () => {
    for (let i = 0; i < 50; i++) store.enqueue(DEV, ['GET', `./DevInfo/${i}`]);
    const result = await runDmSession({
      url: server.url,
      devId: DEV,
      package1: {},
      tree: new MoTree(),
      validators: dmValidators,
      maxResponseBytes: 100,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'responseTooLarge' } });
  });

  it('reports an unreachable server as a network error', async () => {
    const url = server.url;
    await server.close();
    const result = await runDmSession({ url, devId: DEV, package1: {}, tree: new MoTree(), validators: dmValidators });
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
  });
});

describe('the README example MO file', () => {
  it('parses into a Package#1 with one MO and one alert', () => {
    const json = JSON.parse(
      readFileSync(new URL('../../../reference/dm/examples/device.json', import.meta.url), 'utf8'),
    ) as unknown;
    const parsed = parseMoFile(json, dmValidators);
    expect(parsed.ok && parsed.description.package1.MOS).toHaveLength(1);
    expect(parsed.ok && parsed.description.package1.Alert?.Items).toHaveLength(1);
  });
});
