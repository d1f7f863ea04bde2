import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../../core/ajv.ts';
import { PACKAGE_ROOT } from '../../core/package-root.ts';
import type { SpecIndex } from '../../core/spec-format.ts';

const DEFAULT_SCHEMAS_DIR = join(PACKAGE_ROOT, 'spec/schemas');

/**
 * Checks a message, named `<interface>.<name>`, against its schema in spec/schemas; the list of problems, empty when
 * valid. Qualified names, because a later CR may add a message of the same name to another interface.
 */
export type SchemaCheck = (qualifiedName: string, value: unknown) => string[];

/**
 * The conformance suite judges a foreign server's answers against the published schemas directly
 * (not against this server's generated validators), so that it stays an independent witness.
 */
export function loadSchemaCheck(schemasDir = DEFAULT_SCHEMAS_DIR): SchemaCheck {
  const index = JSON.parse(readFileSync(join(schemasDir, 'index.json'), 'utf8')) as SpecIndex;
  const ajv = createAjv('documents', {
    schemas: [JSON.parse(readFileSync(join(schemasDir, 'common/jsonrpc.schema.json'), 'utf8'))],
  });
  const validators = new Map<string, ValidateFunction>();
  for (const message of index.messages) {
    validators.set(
      `${message.interface}.${message.name}`,
      ajv.compile(JSON.parse(readFileSync(join(schemasDir, message.schema), 'utf8'))),
    );
  }
  return (qualifiedName, value) => {
    const validate = validators.get(qualifiedName);
    if (!validate) return [`no schema for message ${qualifiedName}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
  };
}
