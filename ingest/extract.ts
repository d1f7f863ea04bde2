/**
 * extractMessages: a parsed CR → the message definitions it states, the edits its prose makes to
 * earlier definitions, and every line it used. Five ways a CR states a message: a JSON Schema block,
 * a JSON-RPC bullet list, an element table, a prose reference to another definition, or an example alone.
 */
import type { Statement } from './amend.ts';
import type { MessageDef, PropertyDef } from './definitions.ts';
import type { JsonNode } from './json-reader.ts';
import { resolveInterface, type Manifest } from './manifest.ts';
import type { ChangeAction, CrDocument, Finding, Loc } from './model.ts';
import { finding } from './rules.ts';
import { readSection } from './section-reader.ts';

/** What a change block does to the section it names, beyond restating it. */
export interface SectionEdits {
  section: string;
  interface: string;
  /** The section heading. */
  loc: Loc;
  action: ChangeAction;
  /** replace: restated definitions replace earlier ones; amend: they merge into them. */
  mode: 'replace' | 'amend';
  statements: Statement[];
  /**
   * A table restating elements of a message defined earlier. `side`: the variant its introduction names ("The result
   * of a successful … response"); `replaces`: it restates the whole variant ("is restated as follows", "replaces
   * the table"), so rows it does not have are gone, where otherwise each row replaces or adds one element.
   */
  propertyUpdates: { properties: PropertyDef[]; loc: Loc; side?: 'request' | 'success' | 'error'; replaces: boolean }[];
  /** Sentences that read like a change but state it in no form the reader knows. */
  unread: { text: string; loc: Loc }[];
}

/** A line of the CR and what became of it. */
export interface LineUse {
  file: string;
  line: number;
  use: string;
}

export interface Extraction {
  messages: MessageDef[];
  edits: SectionEdits[];
  findings: Finding[];
  uses: LineUse[];
}

/** `fragments`: draft-04 schema anchors met so far, shared across the CRs of a build in manifest order. */
export function extractMessages(
  doc: CrDocument,
  manifest: Manifest,
  fragments: Map<string, JsonNode> = new Map(),
): Extraction {
  const out: Extraction = { messages: [], edits: [], findings: [], uses: [] };
  for (const section of doc.sections) {
    if (!section.number) continue;
    const mapped = resolveInterface(manifest, section.number);
    const read = readSection(
      doc,
      section,
      mapped?.config ?? { id: '?', title: '', transport: 'http', client: '', server: '', sections: [] },
      fragments,
    );
    if (!mapped) {
      if (read.messages.length) {
        const names = read.messages.map((m) => m.name).join(', ');
        out.findings.push(
          finding(
            'unmapped-section',
            section.loc,
            `section ${section.number} defines ${names} but maps to no interface; add "${section.number}" to the "sections" of an interface in spec/manifest.json (or a new interface {"id": …, "sections": ["${section.number}"]})`,
            section.number,
          ),
        );
      }
      continue;
    }
    if (mapped.joined && (read.messages.length || read.edits.statements.length)) {
      out.findings.push(
        finding(
          'section-joined',
          section.loc,
          `section ${section.number} is new to the manifest; it joins interface ${mapped.config.id} (${mapped.joined}); map it in spec/manifest.json to say otherwise`,
          section.number,
        ),
      );
    }
    out.messages.push(...read.messages);
    out.edits.push(read.edits);
    out.findings.push(...read.findings);
    out.uses.push(...read.uses);
  }
  return out;
}
