import { describe, expect, it } from 'vitest';
import { checkDmCommand, DM_COMMANDS, dmCommandUsage, findDmCommand } from '../../../reference/dm/command-table.ts';

describe('DM command table', () => {
  it.each([
    [['GET', './DevInfo/DevID']],
    [['HGET', 'http://s/x', './A']],
    [['HPOST', 'http://s/r', './A']],
    [['HPOST', 'http://s/r', './A', './B', './C']],
    [['HPUT', 'http://s/x', './A']],
    [['DELETE', './A']],
    [['EXEC', './A']],
    [['EXEC', './A', 'corr-1']],
    [['SHOW', './A']],
    [['DEFAULT', './A', 'v']],
    [['SUB', './A']],
    [['UNSUB', './A']],
    [['CONT']],
    [['END']],
  ])('accepts %j', (cmd) => {
    expect(checkDmCommand(cmd)).toBeUndefined();
  });

  it.each([[['ADD', './A']], [['ADD', './A', 'v']], [['REPLACE', './A', 'v']]])(
    'accepts the DM 1.x extension %j only when extensions are asked for',
    (cmd) => {
      expect(checkDmCommand(cmd)?.code).toBe('extensionCommand');
      expect(checkDmCommand(cmd, { extensions: true })).toBeUndefined();
    },
  );

  it('says which side must support each DM 2.0 command and marks ADD/REPLACE as extensions', () => {
    const must = DM_COMMANDS.filter((c) => c.server === 'must' && c.client === 'must').map((c) => c.name);
    expect(must).toEqual(['HGET', 'HPUT', 'HPOST', 'DELETE', 'EXEC', 'CONT', 'END']);
    expect(DM_COMMANDS.filter((c) => c.client === 'should').map((c) => c.name)).toEqual([
      'GET',
      'SHOW',
      'DEFAULT',
      'SUB',
      'UNSUB',
    ]);
    expect(DM_COMMANDS.filter((c) => c.extension).map((c) => c.name)).toEqual(['ADD', 'REPLACE']);
    expect(DM_COMMANDS.filter((c) => c.extension).every((c) => c.server === undefined)).toBe(true);
  });

  it.each([
    [['GET'], /GET takes 1 parameter, got 0/],
    [['GET', './A', './B'], /GET takes 1 parameter, got 2/],
    [['HPOST', 'http://s/r'], /HPOST takes at least 2 parameters, got 1/],
    [['REPLACE', './A'], /REPLACE takes 2 parameters/],
    [['ADD', './A', 'v', 'w'], /ADD takes 1 to 2 parameters, got 3/],
    [['END', 'now'], /END takes 0 parameters/],
  ])('refuses %j for its number of parameters', (cmd, message) => {
    expect(checkDmCommand(cmd, { extensions: true })).toEqual({
      code: 'wrongArity',
      message: expect.stringMatching(message),
    });
  });

  it('refuses unknown names and empty commands with their own codes', () => {
    expect(checkDmCommand(['FROB', 'x'])?.code).toBe('unknownCommand');
    expect(checkDmCommand(['get', './A'])?.code).toBe('unknownCommand');
    expect(checkDmCommand([])?.code).toBe('empty');
  });

  it('prints usage lines with optional parameters bracketed', () => {
    expect(DM_COMMANDS.map((c) => dmCommandUsage(c))).toEqual(
      expect.arrayContaining(['GET ClientURI', 'HPOST ServerURI ClientURI...', 'ADD ClientURI [Value]', 'END']),
    );
    expect(findDmCommand('HPOST')?.variadic).toBe(true);
  });
});
