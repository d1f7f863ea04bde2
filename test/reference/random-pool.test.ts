import { describe, expect, it } from 'vitest';
import { randomBytesPooled } from '../../reference/random-pool.ts';

describe('randomBytesPooled', () => {
  it('hands out fresh bytes of the size asked, across pool refills, never the same twice', () => {
    const seen = new Set<string>();
    // 300 × 32 bytes: more than two pools' worth, so refills happen in between.
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytesPooled(32);
      expect(bytes.length).toBe(32);
      seen.add(bytes.toString('hex'));
    }
    expect(seen.size).toBe(300);
  });

  it('returns a copy: a later draw does not change bytes already handed out', () => {
    const first = randomBytesPooled(16);
    const kept = Buffer.from(first);
    for (let i = 0; i < 300; i++) randomBytesPooled(16);
    expect(first.equals(kept)).toBe(true);
  });

  it('refuses more than a pool at once', () => {
    expect(() => randomBytesPooled(4097)).toThrow(RangeError);
  });
});
