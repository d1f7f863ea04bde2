import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyDmCommands, statusOf, type DmCommandEnv } from '../../../reference/dm/client/apply.ts';
import { parseMoFile, serializeMoFile } from '../../../reference/dm/client/mo-file.ts';
import { MoTree } from '../../../reference/dm/client/mo-tree.ts';
import {
  emptyClientState,
  EXEC_RESULT_ALERT,
  NODE_CHANGED_ALERT,
  takeChangeAlerts,
} from '../../../reference/dm/client/state.ts';
import { dmValidators } from '../../../reference/dm/validators.ts';
import { crPackage1 } from './cr-example.ts';

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

function env(tree = MoTree.fromLeaves(leaves), state = emptyClientState()): DmCommandEnv {
  const fetchServer = () => Promise.reject(new Error('no HTTP in this test'));
  return { tree, state, fetchServer, laterAlerts: [], changed: false };
}

describe('applyDmCommands', () => {
  it('answers GET with the value or child list as Package#3 data, and SHOW with the DEFAULT when the node is absent', async () => {
    const e = env();
    const outcomes = await applyDmCommands(e, [
      ['GET', './DevInfo/Man'],
      ['GET', './DevInfo'],
      ['DEFAULT', './UI/Greeting', 'Hello'],
      ['SHOW', './UI/Greeting'],
      ['SHOW', './DevInfo/Man'],
    ]);
    expect(outcomes.map(statusOf)).toEqual([
      { sc: 200, URI: ['./DevInfo/Man'], Data: ['Acme'] },
      { sc: 200, URI: ['./DevInfo'], Data: [['DevID', 'Man', 'Ext']] },
      { sc: 200, URI: ['./UI/Greeting'] },
      { sc: 200, URI: ['./UI/Greeting'], Data: ['Hello'] },
      { sc: 200, URI: ['./DevInfo/Man'], Data: ['Acme'] },
    ]);
    expect(e.changed).toBe(false);
  });

  it('deletes subtrees, 404 for a missing node and 405 for a permanent one', async () => {
    const state = { ...emptyClientState(), permanent: ['DevInfo/DevID'] };
    const e = env(MoTree.fromLeaves(leaves), state);
    const outcomes = await applyDmCommands(e, [
      ['DELETE', './DevInfo/Ext'],
      ['DELETE', './DevInfo/Ext'],
      ['DELETE', './DevInfo/DevID'],
      ['DELETE', './DevInfo'],
    ]);
    expect(outcomes.map((o) => o.sc)).toEqual([200, 404, 405, 405]);
    expect(e.tree.leaves()).toEqual({ 'DevInfo/DevID': DEV, 'DevInfo/Man': 'Acme' });
    expect(e.changed).toBe(true);
  });

  it('accepts EXEC with 202 and owes its result as an ExecResult alert with the correlator', async () => {
    const e = env();
    const [exec, missing] = await applyDmCommands(e, [
      ['EXEC', './DevInfo/Man', 'corr-7'],
      ['EXEC', './Nope'],
    ]);
    expect([exec?.status, exec?.sc, missing?.sc]).toEqual(['accepted', 202, 404]);
    expect(e.laterAlerts).toEqual([
      { AlertType: EXEC_RESULT_ALERT, SourceURI: './DevInfo/Man', Data: { sc: 200, Correlator: 'corr-7' } },
    ]);
  });

  it('remembers subscriptions with the value last reported, and reports a change once', async () => {
    const e = env();
    await applyDmCommands(e, [
      ['SUB', './DevInfo/Man'],
      ['SUB', './DevInfo/Ext/Color'],
      ['UNSUB', './DevInfo/Ext/Color'],
    ]);
    expect(e.state.subscriptions).toEqual({ './DevInfo/Man': 'Acme' });
    expect(takeChangeAlerts(e.tree, e.state)).toEqual([]);
    e.tree.replace('./DevInfo/Man', 'Initech');
    expect(takeChangeAlerts(e.tree, e.state)).toEqual([
      { AlertType: NODE_CHANGED_ALERT, SourceURI: './DevInfo/Man', Data: { value: 'Initech' } },
    ]);
    expect(takeChangeAlerts(e.tree, e.state)).toEqual([]);
  });

  it('answers unknown commands and the DM 1.x extensions with 406, a wrong arity with 400, and goes on', async () => {
    const outcomes = await applyDmCommands(env(), [
      ['FROB', 'x'],
      ['REPLACE', './DevInfo/Man', 'X'],
      ['GET'],
      ['DELETE', './DevInfo/Man'],
    ]);
    expect(outcomes.map((o) => [o.status, o.sc])).toEqual([
      ['unsupported', 406],
      ['unsupported', 406],
      ['invalid', 400],
      ['ok', 200],
    ]);
    const extended = { ...env(), extensions: true };
    await applyDmCommands(extended, [
      ['REPLACE', './DevInfo/Man', 'X'],
      ['ADD', './New', 'v'],
    ]);
    expect(extended.tree.leaves()).toMatchObject({ 'DevInfo/Man': 'X', New: 'v' });
  });

  it('stops at CONT or END and skips what follows', async () => {
    const e = env();
    const outcomes = await applyDmCommands(e, [['GET', './Missing'], ['CONT'], ['DELETE', './DevInfo']]);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'ok', 'skipped']);
    expect(e.tree.get('./DevInfo/Man')).toEqual({ ok: true, value: 'Acme' });
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
    expect(parseMoFile({ Subscriptions: { a: 1 } }, dmValidators)).toMatchObject({
      ok: false,
      issues: [{ path: '/Subscriptions' }],
    });
  });

  it('writes the tree and the client state back, and reads them again', () => {
    const file = { DevID: DEV, Tree: leaves, Permanent: ['DevInfo/DevID'] };
    const parsed = parseMoFile(file, dmValidators);
    if (!parsed.ok) throw new Error('expected a valid file');
    parsed.description.tree.replace('./DevInfo/Man', 'Globex');
    parsed.description.state.subscriptions['DevInfo/Man'] = 'Globex';
    parsed.description.state.pendingAlerts.push({ AlertType: EXEC_RESULT_ALERT, Data: { sc: 200 } });
    const again = parseMoFile(JSON.parse(serializeMoFile(file, parsed.description)), dmValidators);
    expect(again.ok && again.description.tree.leaves()['DevInfo/Man']).toBe('Globex');
    expect(again.ok && again.description.state).toMatchObject({
      permanent: ['DevInfo/DevID'],
      subscriptions: { 'DevInfo/Man': 'Globex' },
      pendingAlerts: [{ AlertType: EXEC_RESULT_ALERT }],
    });
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
