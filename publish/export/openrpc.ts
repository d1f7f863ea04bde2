/**
 * toOpenRpc: the JSON-RPC methods of the published spec as an OpenRPC 1.3 document. One method per JSON-RPC
 * request, by name: its params (the members of `params`, each a content descriptor), its result (the success
 * variant's `result`), the error codes its error variant allows, and example pairings from the valid golden
 * examples. Methods the server sends to the client (notifications delivered over AOI-1) are listed too, their
 * direction in `x-omaspec`.
 */
import type { SpecIndex } from '../../core/spec-format.ts';
import { responseOf, variantSchemas, type PublishedSpec, type SpecMessage } from '../published-spec.ts';
import { withoutAnnotations, type Schema } from '../schemas.ts';
import { omaspecExtension, provenance, specVersion } from './common.ts';

export const OPENRPC_VERSION = '1.3.2';

type Json = Record<string, unknown>;

const members = (schema: Schema | undefined): Record<string, Schema> =>
  (schema?.properties ?? {}) as Record<string, Schema>;

function paramsOf(request: SpecMessage): Json[] {
  const params = members(request.schema).params;
  const required = new Set((params?.required ?? []) as string[]);
  return Object.entries(members(params)).map(([name, schema]) => ({
    name,
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    required: required.has(name),
    schema: withoutAnnotations(schema),
  }));
}

function resultOf(response: SpecMessage): Json | undefined {
  const success = variantSchemas(response.schema).find((v) => 'result' in members(v.schema));
  const result = success && members(success.schema).result;
  if (!result) return undefined;
  return {
    name: `${response.meta.name}Result`,
    ...(typeof result.description === 'string' ? { description: result.description } : {}),
    schema: withoutAnnotations(result),
  };
}

/**
 * The error codes the error variant names (enum or const of `error.code`), else those its valid examples show;
 * each with the message an example gives it, or its code.
 */
function errorsOf(response: SpecMessage): Json[] {
  const error = variantSchemas(response.schema)
    .map((v) => members(v.schema).error)
    .find(Boolean);
  if (!error) return [];
  const code = members(error).code ?? {};
  const examples = response.examples
    .filter((e) => e.verdict === 'valid')
    .map((e) => (e.document as Json).error as Json | undefined)
    .filter((e): e is Json => typeof e?.code === 'number');
  const declared = Array.isArray(code.enum) ? code.enum : 'const' in code ? [code.const] : undefined;
  const codes = [...new Set((declared ?? examples.map((e) => e.code)).filter(Number.isInteger) as number[])];
  return codes.map((c) => {
    const message = examples.find((e) => e.code === c)?.message;
    return { code: c, message: typeof message === 'string' ? message : `error ${c}` };
  });
}

/** A pairing per valid request example, with the first valid success example of the response as its result. */
function examplesOf(request: SpecMessage, response: SpecMessage | undefined): Json[] {
  const success = response?.examples.find((e) => e.verdict === 'valid' && 'result' in (e.document as Json));
  return request.examples
    .filter((e) => e.verdict === 'valid')
    .map((e) => {
      const params = ((e.document as Json).params ?? {}) as Json;
      return {
        name: `${e.source.cr} line ${e.source.line}`,
        description: e.source.label,
        params: Object.entries(params).map(([name, value]) => ({ name, value })),
        ...(success
          ? {
              result: {
                name: `${success.source.cr} line ${success.source.line}`,
                value: (success.document as Json).result,
              },
            }
          : {}),
      };
    });
}

function methodOf(index: SpecIndex, request: SpecMessage, response: SpecMessage | undefined): Json {
  const description = typeof request.schema.description === 'string' ? request.schema.description : undefined;
  const result = response && resultOf(response);
  const errors = response ? errorsOf(response) : [];
  const examples = examplesOf(request, response);
  return {
    name: request.meta.method,
    ...(description ? { summary: description } : {}),
    description: provenance(index, request.meta),
    paramStructure: 'by-name',
    params: paramsOf(request),
    ...(result ? { result } : {}),
    ...(errors.length ? { errors } : {}),
    ...(examples.length ? { examples } : {}),
    'x-omaspec': omaspecExtension(request.meta),
  };
}

export function toOpenRpc(spec: PublishedSpec): Json {
  const requests = spec.messages.filter((m) => m.meta.envelope === 'jsonrpc' && m.meta.kind !== 'response');
  const interfaces = [...new Set(requests.map((m) => m.meta.interface))];
  const titles = spec.index.interfaces.filter((i) => interfaces.includes(i.id)).map((i) => i.title);
  return {
    openrpc: OPENRPC_VERSION,
    info: {
      title: `JSON-RPC methods of ${titles.join(', ') || 'the spec'}`,
      description: `Derived by omaspec export openrpc from spec/schemas (${spec.index.crs.map((c) => c.file).join(', ')}).`,
      version: specVersion(spec.index),
    },
    methods: requests.map((m) => methodOf(spec.index, m, responseOf(spec.messages, m))),
  };
}
