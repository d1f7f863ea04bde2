/** The intermediate model between a parsed CR and the emitted JSON Schemas: message definitions. */
import type { JsonNode } from './json-reader.ts';
import type { ExampleKind, Loc } from './model.ts';
import type { Envelope, MessageDirection, MessageKind } from '../core/spec-format.ts';

export type JsonSchema = Record<string, unknown>;

export interface PropertyDef {
  name: string;
  /** JSON Schema of the value (nested objects keep their own properties inside). */
  schema: JsonSchema;
  required: boolean;
  description: string;
  loc: Loc;
  section: string;
  /** "mandatory in the success response only": the variant the parameter belongs to. */
  only?: 'success' | 'error';
  /**
   * "200 on success": the values the member takes in one variant of the response. The section reader puts them in
   * that variant's schema once the message's variants are known (and reports them on a message that has none).
   */
  valuesIn?: { role: 'success' | 'error'; values: (string | number | boolean)[] }[];
  /** Names a later CR's rename replaced, oldest first. */
  renamedFrom?: string[];
  /** The prose amendment that changed the type ("the type of “x” is changed to integer"): a type chosen on purpose. */
  retypedAt?: Loc;
  /** The last prose amendment that changed this property (or a member nested in it): decisions over it are reported. */
  amendedAt?: Loc;
  /** Copied by a prose reference from this message and variant: decisions on the original apply to the copy. */
  origin?: { message: string; variant: VariantRole };
}

export type VariantRole = 'request' | 'success' | 'error' | 'single';

/** "with “code” and “message” as for 10.1.5": properties taken from another definition, resolved by the chain. */
export interface PropertyRef {
  names: string[];
  /** The section named ("as for 10.1.5"), or the message's title ("as the Client Application Suspend request"). */
  section?: string;
  title?: string;
  /** Which variant of this message receives them. */
  side: 'request' | 'response' | 'success' | 'error';
  /** Which kind of message the reference names, when the text says ("… as the X request"). */
  fromSide?: 'request' | 'response';
  loc: Loc;
  text: string;
}

export interface VariantDef {
  role: VariantRole;
  /** Title as the CR gives it, e.g. "AOI Client Registration response". */
  title: string;
  description: string;
  properties: PropertyDef[];
  loc: Loc;
  /** For JSON-RPC responses: whether the properties sit in `result`, `error` or both. */
  member?: 'params' | 'result' | 'error';
  /** Properties stated by reference to another definition; the chain resolves them into `properties`. */
  refs?: PropertyRef[];
}

export interface ExampleDef {
  role: ExampleKind;
  label: string;
  node: JsonNode;
  loc: Loc;
  /**
   * A later CR (this file) amended the message after this example was written: the example is kept as a golden
   * case only while the amended definition still accepts it, and what it contradicts is no finding of its own CR.
   */
  amendedBy?: string;
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
  /** Stated only by an example: the schema is inferred from it. */
  inferred?: boolean;
}
