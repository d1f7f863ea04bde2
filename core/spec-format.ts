/**
 * The published contract of the spec stage: what `omaspec spec build` writes to `spec/schemas/`
 * and what the generator reads. Nothing downstream needs anything else from `spec/`.
 *
 * Layout:
 *   spec/schemas/index.json                          SpecIndex
 *   spec/schemas/common/jsonrpc.schema.json          shared JSON-RPC 2.0 definitions (id, error object)
 *   spec/schemas/<interface>/<name>.schema.json      one JSON Schema (draft-07) per message
 *
 * Every message schema carries `$id` (SCHEMA_BASE + its path), `title`, `description`, and the
 * annotation keyword `x-omaspec` (MessageMeta). Every property carries `title`, `description` and
 * `x-omaspec-source` (SourceRef). Validators must register both keywords as annotations.
 */

export const SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';
export const SCHEMA_BASE = 'https://omaspec.dev/schemas/';
export const META_KEYWORD = 'x-omaspec';
export const SOURCE_KEYWORD = 'x-omaspec-source';
/**
 * Marks a schema a CR gave only as a "$ref" that resolves nowhere (its value: the reference and where it was
 * written). The schema beside it is `not: {}`, so validators reject any value there instead of accepting
 * everything; a decision's patch replaces the whole schema.
 */
export const UNRESOLVED_KEYWORD = 'x-omaspec-unresolved';

/** Where a message or property was defined: CR file (basename), section number, 1-based line. */
export interface SourceRef {
  cr: string;
  section: string;
  line: number;
  /** A property a later CR renamed: the names it had before, oldest first (`line` is then the rename's). */
  renamedFrom?: string[];
}

/** How a message travels. messageType: bare JSON object told apart by its `messageType` member. */
export type Envelope = 'messageType' | 'jsonrpc' | 'http';
export type MessageKind = 'request' | 'response' | 'notification';
/** As in the LSP meta-model: which side of the interface sends the message. */
export type MessageDirection = 'clientToServer' | 'serverToClient';

export interface MessageMeta {
  /** Interface id, e.g. `aoi1`, `clientApp`, `dm`. */
  interface: string;
  /** Message name: messageType value, JSON-RPC method (Req→Res for responses), or dmPackage1/2. */
  name: string;
  /**
   * Unique across the spec and stable: chosen when the message first appears — `name` when unique, otherwise
   * `<interface>.<name>` — and kept by later builds (a later CR adding the same name to another interface
   * qualifies only the newcomer).
   */
  id: string;
  /**
   * The name of the generated type (as in the LSP meta-model): PascalCase of the id when first chosen, then kept
   * like the id. Generators use it instead of deriving a name from the id; absent in hand-written indexes.
   */
  typeName?: string;
  /** Type names this message had before (oldest first); the generator exports each as a deprecated alias. */
  previousNames?: string[];
  envelope: Envelope;
  kind: MessageKind;
  direction: MessageDirection;
  /** JSON-RPC method (requests and their responses) — present only for envelope 'jsonrpc'. */
  method?: string;
  /** messageType value — present only for envelope 'messageType'. */
  messageType?: string;
  /** For a response: the id of the request it answers. For a request: the id of its response. */
  responseTo?: string;
  response?: string;
  /** HTTP binding details (envelope 'http'): media type of the body. */
  mediaType?: string;
  /** True for project-defined messages (spec/extensions/) and for provisional parts. */
  provisional?: boolean;
  source: SourceRef;
}

export interface InterfaceMeta {
  id: string;
  title: string;
  transport: 'websocket' | 'http' | 'local';
  /** Human names of the two sides, e.g. client "AOI Client", server "AOI Server". */
  client: string;
  server: string;
  /** Section prefixes of the spec that belong to this interface, e.g. ["10.1"]. */
  sections: string[];
}

export interface SpecIndex {
  /** Fixed banner: the file is produced by `omaspec spec build`. */
  generatedBy: string;
  dialect: typeof SCHEMA_DIALECT;
  /** The CRs of the manifest, in order, with the sha256 of each text. */
  crs: { file: string; sha256: string }[];
  /** Project-defined provisional extensions (spec/extensions/), in order. */
  extensions: { file: string; sha256: string }[];
  decisions: { file: string; sha256: string };
  interfaces: InterfaceMeta[];
  /** Sorted by interface, then name. `schema` is relative to spec/schemas/. */
  messages: (MessageMeta & { schema: string })[];
}
