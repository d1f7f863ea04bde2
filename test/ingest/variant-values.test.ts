import { describe, expect, it } from 'vitest';
import type { MessageDef, PropertyDef, VariantDef } from '../../ingest/definitions.ts';
import { applyValuesIn } from '../../ingest/variant-values.ts';

const loc = { file: '100_values.txt', line: 12, col: 2 };
const code = (): PropertyDef => ({
  name: 'code',
  schema: { type: 'integer' },
  required: true,
  description: '200 on success',
  loc,
  section: '10.1.20',
  valuesIn: [{ role: 'success', values: [200] }],
});
const variant = (role: VariantDef['role']): VariantDef => ({
  role,
  title: role,
  description: '',
  properties: [code()],
  loc,
});
const message = (...roles: VariantDef['role'][]) =>
  ({ name: 'xRes', variants: roles.map(variant) }) as unknown as MessageDef;

describe('applyValuesIn', () => {
  it('puts the values in the schema of the variant they name and leaves the others as read', () => {
    const m = message('success', 'error');
    expect(applyValuesIn([m], '10.1.20')).toEqual([]);
    expect(m.variants[0]!.properties[0]!.schema).toEqual({ type: 'integer', enum: [200] });
    expect(m.variants[1]!.properties[0]!.schema).toEqual({ type: 'integer' });
    expect(m.variants.flatMap((v) => v.properties).some((p) => p.valuesIn)).toBe(false);
  });

  it('reports values for a variant the message does not have, at the member, once', () => {
    const m = message('single');
    const findings = applyValuesIn([m], '10.1.20');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'unread-constraint', loc });
    expect(m.variants[0]!.properties[0]!.schema).toEqual({ type: 'integer' });
  });
});

describe('applyValuesIn on a member of one variant only', () => {
  it('reports values said for a variant that exists but does not hold the member', () => {
    const m = message('success', 'error');
    m.variants[0]!.properties = [];
    m.variants[1]!.properties[0]!.only = 'error';
    expect(applyValuesIn([m], '10.1.20')).toMatchObject([{ rule: 'unread-constraint', loc }]);
    expect(m.variants[1]!.properties[0]!.schema).toEqual({ type: 'integer' });
  });
});
