import { describe, expect, it } from 'vitest';
import { jsonDepthExceeded } from '../../../reference/dm/json-depth.ts';

describe('jsonDepthExceeded', () => {
  it('counts nested arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonDepthExceeded('{"a":[{"b":1}]}', 3)).toBeUndefined();
    expect(jsonDepthExceeded('{"a":[{"b":[1]}]}', 3)).toBe(4);
    expect(jsonDepthExceeded('{"a":"[[[[{{{{\\"[[[["}', 1)).toBeUndefined();
  });

  it('counts depth, not the number of siblings', () => {
    expect(jsonDepthExceeded(`[${'[],'.repeat(1000)}[]]`, 2)).toBeUndefined();
  });
});
