import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonFileDeviceState } from '../../../reference/client/device-state.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('JsonFileDeviceState', () => {
  it('starts empty, then returns what was saved, from a file only its owner can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omaspec-state-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'device.json');
    const store = new JsonFileDeviceState(path);
    expect(await store.load()).toEqual({ applications: [] });
    const state = {
      clientID: 'aoi-x',
      applications: [{ applicationName: 'mail', clientAppToken: 't', tokenSeed: 's' }],
    };
    await store.save(state);
    expect(await new JsonFileDeviceState(path).load()).toEqual(state);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['device.json']); // no temporary file left behind
  });

  it('fails loudly on a corrupt file instead of starting over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omaspec-state-'));
    dirs.push(dir);
    const path = join(dir, 'device.json');
    writeFileSync(path, '{not json');
    await expect(new JsonFileDeviceState(path).load()).rejects.toThrow();
  });
});
