import { describe, expect, it } from 'vitest';
import { checkDmCommand, DM_COMMANDS, dmCommandUsage, findDmCommand } from '../../../reference/dm/command-table.ts';

describe('DM command table', () => {
  it.each([
    [['GET', './DevInfo/DevID']],
    [['HGET', 'http://s/x', './A']],
    [['HPOST', 'http://s/r', './A']],
    [['HPOST', 'http://s/r', './A', './B', './C']],
    [['ADD', './A']],
    [['ADD', './A', 'v']],
    [['REPLACE', './A', 'v']],
    [['DELETE', './A']],
    [['EXEC', './A']],
    [['EXEC', './A', 'corr-1']],
    [['END']],
  ])('accepts %j', (cmd) => {
    expect(checkDmCommand(cmd)).toBeUndefined();
  });

  it.each([
    [['GET'], /GET takes 1 parameter, got 0/],
    [['GET', './A', './B'], /GET takes 1 parameter, got 2/],
    [['HPOST', 'http://s/r'], /HPOST takes at least 2 parameters, got 1/],
    [['REPLACE', './A'], /REPLACE takes 2 parameters/],
    [['ADD', './A', 'v', 'w'], /ADD takes 1 to 2 parameters, got 3/],
    [['END', 'now'], /END takes 0 parameters/],
  ])('refuses %j for its number of parameters', (cmd, message) => {
    expect(checkDmCommand(cmd)).toEqual({ code: 'wrongArity', message: expect.stringMatching(message) });
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
