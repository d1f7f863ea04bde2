/**
 * The OpenRPC export, checked by OpenRPC's own tooling (@open-rpc/schema-utils-js validates against the
 * OpenRPC 1.3 meta-schema and dereferences the document) and against spec/: every JSON-RPC request is a
 * method with exactly its params, its result accepts the valid golden examples, its examples are valid ones.
 */
import { parseOpenRPCDocument, validateOpenRPCDocument } from '@open-rpc/schema-utils-js';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../../core/ajv.ts';
import { toOpenRpc } from '../../../publish/export/openrpc.ts';
import { readPublishedSpec, type PublishedSpec } from '../../../publish/published-spec.ts';
import { REPO_ROOT } from '../../cli/run.ts';

type Json = Record<string, any>;
type OpenrpcDocument = Parameters<typeof validateOpenRPCDocument>[0];

describe('omaspec export openrpc', () => {
  let spec: PublishedSpec;
  let doc: Json;

  beforeAll(async () => {
    spec = await readPublishedSpec(path.join(REPO_ROOT, 'spec'));
    doc = toOpenRpc(spec);
  });

  it("passes OpenRPC's own validator and parser", async () => {
    expect(validateOpenRPCDocument(doc as OpenrpcDocument)).toBe(true);
    const parsed = await parseOpenRPCDocument(structuredClone(doc) as OpenrpcDocument);
    expect(parsed.methods.length).toBe(doc.methods.length);
  });

  it('is rejected by that validator once a method loses its name (the check can fail)', () => {
    const broken = structuredClone(doc);
    delete broken.methods[0].name;
    expect(validateOpenRPCDocument(broken as OpenrpcDocument)).not.toBe(true);
  });

  it('has one method per JSON-RPC request of the spec, with exactly the params its schema lists', () => {
    const requests = spec.index.messages.filter((m) => m.envelope === 'jsonrpc' && m.kind === 'request');
    expect(doc.methods.map((m: Json) => m.name).sort()).toEqual(requests.map((m) => m.method).sort());
    for (const request of requests) {
      const method = doc.methods.find((m: Json) => m.name === request.method);
      const params = spec.messages.find((m) => m.meta.id === request.id)!.schema.properties as Json;
      const listed = params.params?.properties ?? {};
      const required = new Set(params.params?.required ?? []);
      expect(method.params.map((p: Json) => [p.name, p.required])).toEqual(
        Object.keys(listed).map((name) => [name, required.has(name)]),
      );
    }
  });

  it("gives each answered method a result schema that accepts its response's valid success examples", () => {
    const ajv = createAjv('documents');
    for (const method of doc.methods) {
      const request = spec.messages.find((m) => m.meta.method === method.name && m.meta.kind === 'request')!;
      const response = spec.messages.find((m) => m.meta.responseTo === request.meta.id);
      expect(Boolean(method.result), method.name).toBe(Boolean(response));
      if (!response) continue;
      const validate = ajv.compile(method.result.schema);
      for (const e of response.examples.filter((x) => x.verdict === 'valid' && 'result' in (x.document as Json)))
        expect(validate((e.document as Json).result), `${method.name}: ${e.source.cr}:${e.source.line}`).toBe(true);
    }
  });

  it('pairs only valid request examples, their params as the examples give them', () => {
    for (const method of doc.methods) {
      const request = spec.messages.find((m) => m.meta.method === method.name && m.meta.kind === 'request')!;
      const valid = request.examples.filter((e) => e.verdict === 'valid');
      expect(
        (method.examples ?? []).map((p: Json) => Object.fromEntries(p.params.map((x: Json) => [x.name, x.value]))),
      ).toEqual(valid.map((e) => (e.document as Json).params ?? {}));
    }
  });
});
