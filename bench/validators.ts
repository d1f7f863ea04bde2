/**
 * The generated guards (generator/guard/'s code) against ajv compiling the same schemas at run time, against TypeBox's
 * compiler, and validate… (every issue) against the guard, in the same run, over the minimal valid document of every
 * message and the invalid documents the golden cases derive from it (each member missing, of the wrong type, one member
 * too many).
 */
import path from 'node:path';
import { createAjv } from '../core/ajv.ts';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { messages } from '../generated/registry.ts';
import { deriveNegativeCases, sampleOf } from '../generator/golden.ts';
import { loadSpec } from '../generator/spec-loader.ts';
import { item, race, type Item } from './measure.ts';
import { compileTypeBox } from './typebox.ts';

interface Subject {
  id: string;
  document: unknown;
  valid: boolean;
  guard(value: unknown): boolean;
  validate(value: unknown): { ok: boolean };
  ajv(value: unknown): boolean;
  typebox: ((value: unknown) => boolean) | undefined;
}

async function subjects(): Promise<Subject[]> {
  const spec = await loadSpec(path.join(PACKAGE_ROOT, 'spec'));
  // The guards' options (core/ajv.ts), so that the only difference is compiling ahead of time or at run time.
  const ajv = createAjv('generatedFailFast');
  const all: Subject[] = [];
  for (const message of spec.messages) {
    const entry = (messages as Record<string, (typeof messages)[keyof typeof messages]>)[message.meta.id];
    if (!entry) throw new Error(`${message.meta.id} missing from generated/registry.ts: regenerate`);
    // The generated functions themselves (as the dispatcher and users call them), not wrapped in a closure.
    const { is: guard, validate } = entry.validator;
    const check = ajv.compile(message.schema);
    const typebox = compileTypeBox(message.schema);
    const documents = [
      { document: sampleOf(message.schema), valid: true },
      ...Object.values(deriveNegativeCases(message.schema, message.meta)).map((c) => ({
        document: c.document,
        valid: false,
      })),
    ];
    for (const { document, valid } of documents) {
      if (guard(document) !== valid || check(document) !== valid)
        throw new Error(`${message.meta.id}: a ${valid ? 'valid' : 'invalid'} document is judged otherwise`);
      // TypeBox is compared only where it gives the same verdict (it has no oneOf, for one).
      const agrees = typebox !== undefined && typebox(document) === valid;
      all.push({
        id: message.meta.id,
        document,
        valid,
        guard,
        validate,
        ajv: check,
        typebox: agrees ? typebox : undefined,
      });
    }
  }
  return all;
}

export async function benchValidators(): Promise<Item[]> {
  const all = await subjects();
  const invalid = all.filter((s) => !s.valid);
  const withTypeBox = all.filter((s) => s.typebox);
  const byAjv = race(all, { guard: (s) => s.guard(s.document), ajv: (s) => s.ajv(s.document) });
  const byTypeBox = (subset: Subject[]) =>
    race(subset, { guard: (s) => s.guard(s.document), typebox: (s) => s.typebox!(s.document) });
  const typeBoxAll = byTypeBox(withTypeBox);
  const typeBoxValid = byTypeBox(withTypeBox.filter((s) => s.valid));
  const typeBoxInvalid = byTypeBox(withTypeBox.filter((s) => !s.valid));
  const issues = race(invalid, { validate: (s) => s.validate(s.document).ok, guard: (s) => s.guard(s.document) });
  const messagesIn = (subset: Subject[]) => new Set(subset.map((s) => s.id)).size;
  const ops = (ours: number, baseline: number) => ({ ours, baseline, unit: 'ops/s', better: 'higher' as const });
  const versus = (r: Record<string, number>, baseline: string) => ops(r.guard!, r[baseline]!);
  return [
    item(
      'validator_guard_vs_ajv',
      versus(byAjv, 'ajv'),
      1.0,
      `${all.length} documents of ${messagesIn(all)} messages, valid and invalid; ajv compiled at run time with the guards' options`,
    ),
    item(
      'validator_guard_vs_typebox',
      versus(typeBoxAll, 'typebox'),
      1.0,
      `${withTypeBox.length} documents of the ${messagesIn(withTypeBox)} messages TypeBox accepts (and judges alike)`,
    ),
    item('validator_guard_vs_typebox_valid', versus(typeBoxValid, 'typebox'), 1.0, 'valid documents only'),
    item('validator_guard_vs_typebox_invalid', versus(typeBoxInvalid, 'typebox'), 1.0, 'invalid documents only'),
    item(
      'validate_invalid_vs_guard',
      ops(issues.validate!, issues.guard!),
      0.5,
      `validate… (all issues, mapped to path, rule and CR source) vs the guard, on ${invalid.length} invalid documents`,
    ),
  ];
}
