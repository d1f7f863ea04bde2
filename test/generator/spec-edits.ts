import path from 'node:path';
import type { MessageMeta, SpecIndex } from '../../core/spec-format.ts';
import { readJson, writeJson } from './helpers.ts';

const source = { cr: '002_c738242bc884de22.txt', section: '10.1.2', line: 160 };
const prop = (type: object, line: number) => ({
  title: 'T',
  description: 'D',
  'x-omaspec-source': { ...source, line },
  ...type,
});

/** Adds the AOI Client Deregistration request/response pair (messageType envelope) to a spec copy. */
export async function addDeregistration(specDir: string): Promise<void> {
  const dir = path.join(specDir, 'schemas');
  const request: MessageMeta = {
    interface: 'aoi1',
    name: 'aoiClientDeregistrationReq',
    id: 'aoiClientDeregistrationReq',
    envelope: 'messageType',
    kind: 'request',
    direction: 'clientToServer',
    messageType: 'aoiClientDeregistrationReq',
    response: 'aoiClientDeregistrationRes',
    source,
  };
  const response: MessageMeta = {
    interface: 'aoi1',
    name: 'aoiClientDeregistrationRes',
    id: 'aoiClientDeregistrationRes',
    envelope: 'messageType',
    kind: 'response',
    direction: 'serverToClient',
    messageType: 'aoiClientDeregistrationRes',
    responseTo: 'aoiClientDeregistrationReq',
    source,
  };
  const schema = (meta: MessageMeta, properties: Record<string, object>) => ({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://omaspec.dev/schemas/aoi1/${meta.name}.schema.json`,
    title: meta.name,
    description: `${meta.name} (test)`,
    'x-omaspec': meta,
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  });
  await writeJson(
    path.join(dir, 'aoi1/aoiClientDeregistrationReq.schema.json'),
    schema(request, {
      messageType: prop({ type: 'string', const: 'aoiClientDeregistrationReq' }, 170),
      clientID: prop({ type: 'string' }, 175),
    }),
  );
  await writeJson(
    path.join(dir, 'aoi1/aoiClientDeregistrationRes.schema.json'),
    schema(response, {
      messageType: prop({ type: 'string', const: 'aoiClientDeregistrationRes' }, 205),
      code: prop({ type: 'integer' }, 210),
      desc: prop({ type: 'string' }, 215),
    }),
  );
  const index = await readJson<SpecIndex>(path.join(dir, 'index.json'));
  index.messages.push(
    { ...request, schema: 'aoi1/aoiClientDeregistrationReq.schema.json' },
    { ...response, schema: 'aoi1/aoiClientDeregistrationRes.schema.json' },
  );
  await writeJson(path.join(dir, 'index.json'), index);
}

/** Drops a message from index.json (its schema file stays, unread). */
export async function removeMessage(specDir: string, id: string): Promise<void> {
  const file = path.join(specDir, 'schemas/index.json');
  const index = await readJson<SpecIndex>(file);
  index.messages = index.messages.filter((m) => m.id !== id);
  await writeJson(file, index);
}
