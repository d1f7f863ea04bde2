/**
 * A nesting limit for the JSON documents the DM server accepts, checked on the raw text before
 * JSON.parse: a document nested thousands of levels deep would otherwise overflow the stack of the
 * parser, the validator or the store (issue 14 item 8, where it gave 500). A small scanner of its
 * own until the server-wide check (reference/limits) exists; it counts `[` and `{` outside strings.
 */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/** The depth at which `text` first exceeds `maxDepth`, or undefined when it stays within it. */
export function jsonDepthExceeded(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > maxDepth) return depth;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return undefined;
}
