/**
 * A golden case: one document and the verdict the generated validator must give it. `spec build` writes one
 * per CR example to spec/examples/<interface>/<name>/<case>.json (source: the example's place in its CR); the
 * generator derives more from each schema (source: a sentence saying what was broken, focus: where).
 */

/** Where a CR example is: CR file (basename), section, 1-based line, and the example's label in the CR. */
export interface ExampleSource {
  cr: string;
  section: string;
  line: number;
  label: string;
}

export interface GoldenCase {
  /** Message id, as in spec/schemas/index.json. */
  message: string;
  verdict: 'valid' | 'invalid';
  /** The decision of spec/decisions.yaml that declared a CR example conformant or not. */
  decision?: string;
  source: ExampleSource | string;
  document: unknown;
  /** Derived cases: the JSON pointer the validator must name (the member that was broken). */
  focus?: string;
}

/** A golden case as spec/examples holds it: a CR example. */
export type ExampleCase = GoldenCase & { source: ExampleSource };
