import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GoldenCase } from '../../core/golden-case.ts';
import { deriveNegativeCases, sampleOf } from '../../generator/golden.ts';
import { loadSpec } from '../../generator/spec-loader.ts';
import type { ValidationResult } from '../../generator/runtime/validation.ts';

interface Registry {
  [id: string]: { validator: { validate(value: unknown): ValidationResult<unknown> } } | undefined;
}

export interface GoldenFile extends GoldenCase {
  /** Relative to spec/examples: <interface>/<name>/<case>.json. */
  file: string;
}

function describeSource(source: GoldenCase['source']): string {
  if (typeof source === 'string') return source;
  return `${source.cr} §${source.section} line ${source.line}${source.label ? ` ${source.label}` : ''}`;
}

/** Reads spec/examples/<interface>/<name>/**.json (CR examples); an absent directory holds no cases. */
export async function loadGoldenFiles(goldenDir: string): Promise<GoldenFile[]> {
  const entries = await readdir(goldenDir, { recursive: true }).catch(() => [] as string[]);
  const files = entries
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      ...(JSON.parse(await readFile(path.join(goldenDir, file), 'utf8')) as GoldenCase),
    })),
  );
}

export async function loadRegistry(generatedDir: string): Promise<Registry> {
  const module = (await import(pathToFileURL(path.resolve(generatedDir, 'registry.ts')).href)) as {
    messages: Registry;
  };
  return module.messages;
}

function verdictOf(registry: Registry, id: string, document: unknown): 'valid' | 'invalid' | 'unknown message' {
  const entry = registry[id];
  if (!entry) return 'unknown message';
  return entry.validator.validate(document).ok ? 'valid' : 'invalid';
}

function issuePaths(registry: Registry, id: string, document: unknown): string[] {
  const result = registry[id]?.validator.validate(document);
  return result && !result.ok ? result.issues.map((issue) => issue.path) : [];
}

/**
 * Declares the golden suite for one spec: every golden file (CR examples), then per message the minimal
 * document derived from its schema (must be valid) and the negative cases derived from it (must not be).
 */
export async function goldenSuite(options: { specDir: string; generatedDir: string }): Promise<void> {
  const [files, spec, registry] = await Promise.all([
    loadGoldenFiles(path.join(options.specDir, 'examples')),
    loadSpec(options.specDir),
    loadRegistry(options.generatedDir),
  ]);
  describe('golden examples', () => {
    for (const golden of files) {
      it(`${golden.file} is ${golden.verdict} (${describeSource(golden.source)})`, () => {
        const meta = spec.messages.find((m) => m.meta.id === golden.message)?.meta;
        expect(
          golden.file.startsWith(`${meta?.interface}/${meta?.name}/`),
          'an example lives in the folder of its message',
        ).toBe(true);
        expect(verdictOf(registry, golden.message, golden.document)).toBe(golden.verdict);
      });
    }
  });
  describe('cases derived from the schemas', () => {
    for (const { meta, schema } of spec.messages) {
      it(`${meta.id}: the minimal document derived from the schema is valid`, () => {
        expect(verdictOf(registry, meta.id, sampleOf(schema))).toBe('valid');
      });
      for (const [name, golden] of Object.entries(deriveNegativeCases(schema, meta))) {
        it(`${meta.id}/${name} is invalid (${describeSource(golden.source)})`, () => {
          expect(verdictOf(registry, meta.id, golden.document)).toBe('invalid');
          if (golden.focus !== undefined)
            expect(issuePaths(registry, meta.id, golden.document)).toContain(golden.focus);
        });
      }
    }
  });
}
