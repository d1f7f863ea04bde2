/**
 * The committed project spec (spec/ and generated/) checked by properties that hold for any set of CRs:
 * what used to be pinned counts and lists is derived here from spec/manifest.json and
 * spec/schemas/index.json, so that `spec add` + `spec build` + `generate` of a new CR keeps this green.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  handlerViolations,
  interfaceMembers,
  manifestViolations,
  messageViolations,
  orphanViolations,
  readProjectSpec,
} from './spec-properties.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const spec = readProjectSpec(root);

describe('the project spec, whatever CRs the manifest lists', () => {
  it('lists in index.json every CR of the manifest, in order, and every interface of the manifest', () => {
    expect(manifestViolations(spec)).toEqual([]);
  });

  it('gives every message of the index a schema file with its meta, its request/response pair, a generated type and validator', () => {
    expect(spec.index.messages.length).toBeGreaterThan(0);
    expect(messageViolations(spec)).toEqual([]);
  });

  it('has no schema file and no example that the index does not list', () => {
    expect(orphanViolations(spec)).toEqual([]);
  });

  it('generates one handler method per request each side receives, and no other', () => {
    expect(handlerViolations(spec)).toEqual([]);
  });

  it('registers exactly the messages of the index in generated/registry.ts', async () => {
    const { messages } = (await import(pathToFileURL(path.join(root, 'generated/registry.ts')).href)) as {
      messages: Record<string, { interface: string; name: string; kind: string; direction: string }>;
    };
    expect(Object.keys(messages).sort()).toEqual(spec.index.messages.map((m) => m.id).sort());
    for (const m of spec.index.messages)
      expect(messages[m.id], m.id).toMatchObject({
        interface: m.interface,
        name: m.name,
        kind: m.kind,
        direction: m.direction,
      });
  });

  it('writes generated/<interface>/ for exactly the interfaces of the index that have messages', () => {
    const withMessages = new Set(spec.index.messages.map((m) => m.interface));
    const dirs = readdirSync(path.join(root, 'generated'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'common')
      .map((d) => d.name);
    expect(dirs.sort()).toEqual([...withMessages].sort());
  });

  it('keeps the seed AOI Server requests in Aoi1Handlers and the server-initiated delivery in Aoi1ClientHandlers', () => {
    // What the reference AOI Server's registration flow needs; a CR may add requests beside them.
    const text = readFileSync(path.join(root, 'generated/aoi1/handlers.ts'), 'utf8');
    expect(interfaceMembers(text, 'Aoi1Handlers')).toEqual(
      expect.arrayContaining([
        'aoiClientDeregistrationReq',
        'aoiClientRegistrationReq',
        'clientAppDeregistrationReq',
        'clientAppRegistrationReq',
      ]),
    );
    expect(interfaceMembers(text, 'Aoi1Handlers')).not.toContain('notificationDeliveryReq');
    expect(interfaceMembers(text, 'Aoi1ClientHandlers')).toContain('notificationDeliveryReq');
  });
});
