import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../cli/command.ts';

const options = { token: { type: 'string' }, json: { type: 'boolean' } } as const;

describe('parseCommandLine', () => {
  it('takes the next argument as the value of a string option even when it starts with a dash', () => {
    // base64url secrets begin with '-' one time in 64: `--token -Zk…` must not be a usage error.
    const { values, positionals } = parseCommandLine(['--token', '-Zk9_x', 'rest'], options);
    expect(values.token).toBe('-Zk9_x');
    expect(positionals).toEqual(['rest']);
  });

  it('still refuses an unknown option after a boolean one', () => {
    expect(() => parseCommandLine(['--json', '-Zk9_x'], options)).toThrow(UsageError);
  });

  it('leaves everything after -- as positionals', () => {
    const { values, positionals } = parseCommandLine(['--', '--token', '-x'], options);
    expect(values.token).toBeUndefined();
    expect(positionals).toEqual(['--token', '-x']);
  });

  it('reports a string option given last without its value', () => {
    expect(() => parseCommandLine(['--token'], options)).toThrow(/--token/);
  });
});
