import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureGenerated, scratch } from '../generator/helpers.ts';
import { runCli as run } from './run.ts';

describe('omaspec validate', () => {
  async function documentFile(value: unknown): Promise<string> {
    const file = path.join(await scratch(), 'doc.json');
    await writeFile(file, JSON.stringify(value));
    return file;
  }

  it('exits 0 for a valid document', async () => {
    const file = await documentFile({ messageType: 'aoiClientRegistrationReq', deviceNumber: '5465465416846865465' });
    const result = await run('validate', 'aoiClientRegistrationReq', file, '--generated', fixtureGenerated);
    expect(result).toMatchObject({ code: 0, stdout: 'valid aoiClientRegistrationReq\n' });
  });

  it('exits 1 and lists path, rule and CR source for an invalid document', async () => {
    const file = await documentFile({ messageType: 'aoiClientRegistrationReq', deviceNumber: 1 });
    const result = await run('validate', 'aoiClientRegistrationReq', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '/deviceNumber: must be string [type] (CR 002_c738242bc884de22.txt §10.1.1 line 47)',
    );
  });

  it('prints the issues as JSON with --json', async () => {
    const file = await documentFile({ jsonrpc: '2.0', id: 1, method: 'clientAppRegistrationReq', params: {} });
    const result = await run(
      'validate',
      'aoi1.clientAppRegistrationReq',
      file,
      '--json',
      '--generated',
      fixtureGenerated,
    );
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      message: 'aoi1.clientAppRegistrationReq',
      valid: false,
      issues: [{ path: '/params/clientID', rule: 'required' }],
    });
  });

  it('exits 2 for an unknown message, listing the known ones', async () => {
    const result = await run('validate', 'nope', '-', '--generated', fixtureGenerated);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown message 'nope'");
    expect(result.stderr).toContain('aoi1.clientAppRegistrationReq');
  });

  it('exits 2 for a name two interfaces share when the document does not say which, listing the qualified ids', async () => {
    const file = await documentFile({ clientID: 'aoi123456789' });
    const result = await run('validate', 'clientAppRegistrationReq', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('use one of: aoi1.clientAppRegistrationReq, clientApp.clientAppRegistrationReq');
  });

  it("settles a name two interfaces share by the document's envelope, and says so", async () => {
    const file = await documentFile({ jsonrpc: '2.0', id: 1, method: 'clientAppRegistrationReq', params: {} });
    const result = await run('validate', 'clientAppRegistrationReq', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^invalid aoi1\.clientAppRegistrationReq \(the jsonrpc message named 'clientAppRegistrationReq'\)\n/,
    );
    expect(result.stdout).toContain('/params/clientID');
  });

  it('validates a JSON-RPC reply given with the name of its request against the response', async () => {
    const reply = { jsonrpc: '2.0', id: 1, result: { code: 200, message: 'OK', clientAppToken: 'token123456789' } };
    const valid = await run(
      'validate',
      'aoi1.clientAppRegistrationReq',
      await documentFile(reply),
      '--generated',
      fixtureGenerated,
      '--json',
    );
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toMatchObject({ message: 'aoi1.clientAppRegistrationRes', valid: true });
    expect(JSON.parse(valid.stdout).chosen).toContain('the response to aoi1.clientAppRegistrationReq');
    const broken = { jsonrpc: '2.0', id: 1, result: { code: '200', message: 'OK' } };
    const invalid = await run(
      'validate',
      'aoi1.clientAppRegistrationReq',
      await documentFile(broken),
      '--generated',
      fixtureGenerated,
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(
      /^invalid aoi1\.clientAppRegistrationRes \(the response to aoi1\.clientAppRegistrationReq/,
    );
  });

  it('accepts a message name written in another case when no message is named so', async () => {
    const file = await documentFile({ messageType: 'aoiClientRegistrationReq', deviceNumber: '5465465416846865465' });
    const result = await run('validate', 'AOICLIENTREGISTRATIONREQ', file, '--generated', fixtureGenerated);
    expect(result).toMatchObject({ code: 0, stdout: 'valid aoiClientRegistrationReq\n' });
  });

  it('exits 1 when the file is not JSON, naming its line and column, not a character position', async () => {
    const file = path.join(await scratch(), 'bad.json');
    await writeFile(file, '{\n  "Cmd": [],\n  not json\n}');
    const result = await run('validate', 'dmPackage1', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(`${file}:3:3: error CLI_NOT_JSON: not JSON: `);
    expect(result.stderr).not.toMatch(/position/);
    const json = await run('validate', 'dmPackage1', file, '--generated', fixtureGenerated, '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'CLI_NOT_JSON', file, line: 3, col: 3 } });
  });

  it('exits 2 when the file does not exist, as every command does for a missing input', async () => {
    const file = path.join(await scratch(), 'absent.json');
    const result = await run('validate', 'dmPackage1', file, '--generated', fixtureGenerated);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(`${file}: error IO_NOT_FOUND: `);
  });

  it('exits 2 when there are no generated validators, saying how to make them', async () => {
    const result = await run('validate', 'dmPackage1', '-', '--generated', await scratch());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/registry\.ts: error CLI_NO_GENERATED: .*\nhint: run `omaspec generate`/);
  });

  it('exits 2 without a message name', async () => {
    const result = await run('validate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing <message>');
  });
});
