/**
 * How generate's cost grows with the spec: the real spec (16 messages) against a spec of about 100 made of copies of
 * its interfaces under other names. Measured in process and warm (CLI start-up is a separate item), per message.
 */
import path from 'node:path';
import { PACKAGE_ROOT } from '../core/package-root.ts';
import { generate } from '../generator/generate.ts';
import { loadSpec, type LoadedSpec } from '../generator/spec-loader.ts';
import { item, type Item } from './measure.ts';

const RUNS = 2;

/** `spec` with every interface copied `copies` times as `<id>Copy<n>`, ids and type names renamed to match. */
function widen(spec: LoadedSpec, copies: number): LoadedSpec {
  const renamed = (n: number) => (id: string | undefined) => (id === undefined ? undefined : `copy${n}.${id}`);
  const interfaces = [...spec.interfaces];
  const messages = [...spec.messages];
  for (let n = 1; n <= copies; n++) {
    const rename = renamed(n);
    for (const meta of spec.interfaces) interfaces.push({ ...meta, id: `${meta.id}Copy${n}` });
    for (const message of spec.messages) {
      const meta = {
        ...message.meta,
        interface: `${message.meta.interface}Copy${n}`,
        id: rename(message.meta.id)!,
        typeName: `${message.meta.typeName}Copy${n}`,
        response: rename(message.meta.response),
        responseTo: rename(message.meta.responseTo),
        previousNames: undefined,
      };
      const schema = { ...message.schema, $id: `${String(message.schema.$id)}#copy${n}`, 'x-omaspec': meta };
      messages.push({ ...message, meta, schema, raw: schema, schemaPath: `copy${n}/${message.schemaPath}` });
    }
  }
  return {
    ...spec,
    interfaces,
    messages,
    index: { ...spec.index, interfaces, messages: messages.map((m) => ({ ...m.meta, schema: m.schemaPath })) },
  };
}

async function msPerMessage(spec: LoadedSpec): Promise<number> {
  await generate(spec); // warm: templates compiled, prettier and the TypeScript emitter loaded
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await generate(spec);
    runs.push(performance.now() - start);
  }
  return Math.min(...runs) / spec.messages.length;
}

export async function benchRegenerate(): Promise<Item[]> {
  const spec = await loadSpec(path.join(PACKAGE_ROOT, 'spec'));
  const copies = Math.round(100 / spec.messages.length) - 1;
  const wide = widen(spec, copies);
  const small = await msPerMessage(spec);
  const large = await msPerMessage(wide);
  return [
    item(
      'regenerate_100_vs_16_messages',
      { ours: large, baseline: small, unit: 'ms/message', better: 'lower' },
      0.5,
      `generate() of ${wide.messages.length} messages against ${spec.messages.length}, per message, warm; 1.0 = linear`,
    ),
  ];
}
