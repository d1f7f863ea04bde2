/** The intermediate model between a parsed CR and the emitted JSON Schemas: message definitions. */
import type { JsonNode } from './json-reader.ts';
import type { ExampleKind, Loc } from './model.ts';
import type { Envelope, MessageDirection, MessageKind } from './spec-format.ts';

export type JsonSchema = Record<string, unknown>;

export interface PropertyDef {
  name: string;
  /** JSON Schema of the value (nested objects keep their own properties inside). */
  schema: JsonSchema;
  required: boolean;
  description: string;
  loc: Loc;
  section: string;
}

export type VariantRole = 'request' | 'success' | 'error' | 'single';

export interface VariantDef {
  role: VariantRole;
  /** Title as the CR gives it, e.g. "AOI Client Registration response". */
  title: string;
  description: string;
  properties: PropertyDef[];
  loc: Loc;
  /** For JSON-RPC responses: whether the properties sit in `result`, `error` or both. */
  member?: 'params' | 'result' | 'error';
}

export interface ExampleDef {
  role: ExampleKind;
  label: string;
  node: JsonNode;
  loc: Loc;
}

export interface MessageDef {
  interface: string;
  name: string;
  envelope: Envelope;
  kind: MessageKind;
  direction: MessageDirection;
  method?: string;
  mediaType?: string;
  section: string;
  sectionTitle: string;
  loc: Loc;
  variants: VariantDef[];
  examples: ExampleDef[];
}
