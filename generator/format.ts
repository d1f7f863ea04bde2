import { format } from 'prettier';

export const REGENERATE_COMMAND = 'npx omaspec generate';

/** Do-not-edit banner naming the sources of a file and the command that rewrites it. No timestamps. */
export function banner(sources: readonly string[]): string {
  return [
    '/*',
    ' * GENERATED FILE — DO NOT EDIT. Regenerate with `' +
      REGENERATE_COMMAND +
      '` (`npx omaspec check` detects drift).',
    ' * Sources:',
    ...sources.map((source) => ` *   ${source}`),
    ' */',
    '',
  ].join('\n');
}

const PRETTIER = { printWidth: 120, singleQuote: true, trailingComma: 'all', endOfLine: 'lf' } as const;

/**
 * Formats generated code so the output is stable and readable; parser from the file extension. ajv's standalone
 * code (`*.compiled.js`) stays as ajv writes it, one statement a line: formatting it took most of generate's time,
 * for code nobody edits or reviews.
 */
export async function formatCode(file: string, code: string): Promise<string> {
  if (file.endsWith('.compiled.js')) return code;
  const parser = file.endsWith('.js') ? 'babel' : file.endsWith('.json') ? 'json' : 'typescript';
  return format(code, { ...PRETTIER, parser });
}
