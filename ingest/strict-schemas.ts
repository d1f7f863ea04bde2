/**
 * The built message schemas compiled as `omaspec generate` compiles them (ajv strict): a schema ajv refuses would
 * abort generation, so it is reported here, at the message's CR line, while the rest of the spec builds.
 */
import { createAjv } from '../core/ajv.ts';
import type { MessageDef } from './definitions.ts';
import { commonJsonRpc, schemaPath } from './emit.ts';
import type { Finding } from './model.ts';
import { finding } from './rules.ts';

/** `files`: the emitted spec/schemas files by path (as emitSchemas returns them). */
export function strictSchemaFindings(messages: MessageDef[], files: Map<string, string>): Finding[] {
  const ajv = createAjv('generated', { schemas: [commonJsonRpc()] });
  const findings: Finding[] = [];
  for (const message of messages) {
    const text = files.get(schemaPath(message));
    if (text === undefined) continue;
    try {
      ajv.compile(JSON.parse(text) as object);
    } catch (error) {
      const reason = (error as Error).message.replace(/ at "[^"]*#/, ' at "#');
      findings.push(
        finding(
          'schema-not-strict',
          message.loc,
          `${message.interface}/${message.name}: its schema cannot be compiled into validators: ${reason}`,
          `${message.section}:${message.name}:strict`,
        ),
      );
    }
  }
  return findings;
}
