/**
 * Is this file a CR at all? `spec add` asks before touching spec/: an empty file, a binary one (NUL bytes,
 * invalid UTF-8, mostly control characters) or a text without a single numbered section heading
 * (`10.1.5 Title`, `6 Detailed Change Proposal`) is refused with what is wrong and where.
 */

/** Headings as the Word export writes them: a section number, then the title on the same line. */
/** A numbered heading, or a change title naming its section inline ("Change 1: Change Following Section 10.1.1 …"). */
const NUMBERED_SECTION =
  /^[ \t]*\d+(?:\.\d+)*\.?[ \t]+\p{L}|^[ \t]*Change[ \t]+\d+[ \t]*:.*?\b\d+(?:\.\d+)+[ \t]+\p{L}/mu;

/** Share of control characters (other than tab, newline, carriage return, form feed) above which a text is binary. */
const CONTROL_SHARE = 0.1;

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;

/** Why `bytes` (the content of `file`) is not a CR text, or undefined when it may be one. */
export function notACr(file: string, bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return `${file}: the file is empty, not a CR text`;
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return `${file}: binary file (NUL byte at byte offset ${nul}), not a CR text; export the CR as plain text (UTF-8)`;
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0)
    return `${file}: not UTF-8 text (invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at byte offset ${bad}); export the CR as plain text (UTF-8)`;
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') return `${file}: the file has only whitespace, not a CR text`;
  let controls = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (isControl(bytes[i]!)) {
      controls++;
      if (first < 0) first = i;
    }
  }
  if (controls / bytes.length > CONTROL_SHARE) {
    return `${file}: binary file (${controls} of ${bytes.length} bytes are control characters, the first at byte offset ${first}), not a CR text`;
  }
  if (!NUMBERED_SECTION.test(text)) {
    return `${file}: no numbered section found (a line such as "10.1.5 Title", "6 Detailed Change Proposal" or "Change 1: Change Following Section 10.1.5 Title"); this does not look like a CR text`;
  }
  return undefined;
}
