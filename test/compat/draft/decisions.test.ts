import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absorbedDecisions } from '../../../compat/draft/decisions.ts';
import { readDecisions } from '../../../ingest/decisions.ts';
import { REPO_ROOT } from '../../ingest/fixtures.ts';

describe('decisions a draft restates the effect of', () => {
  it("names each editing action on a restated message once, and leaves examples and other messages' actions out", async () => {
    const { decisions } = await readDecisions(path.join(REPO_ROOT, 'spec/decisions.yaml'));
    const notes = absorbedDecisions(decisions, ['aoi1.clientAppRegistrationRes']);
    expect(notes).toContain(
      'decision D3-token-only-on-success (remove aoi1/clientAppRegistrationRes clientAppToken) acts on a definition the draft restates from the built schemas: retire it if the CR now states its effect',
    );
    expect(notes.every((n) => n.includes('aoi1/clientAppRegistrationRes'))).toBe(true);
    expect(notes.some((n) => n.includes('D5-'))).toBe(false);
    expect(new Set(notes).size).toBe(notes.length);
    expect(absorbedDecisions(decisions, [])).toEqual([]);
  });
});
