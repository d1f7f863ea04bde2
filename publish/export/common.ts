/** What both exports say the same way: the document's version, and where a message was defined. */
import { createHash } from 'node:crypto';
import type { MessageMeta, SpecIndex } from '../../core/spec-format.ts';
import { sidesOf } from '../published-spec.ts';

/**
 * The spec records no version of its own, so the exports carry one derived from what it is built from (the CRs,
 * extensions and decisions, by SHA-256): `0.0.0-spec.<12 hex digits>`, the same for the same spec.
 */
export function specVersion(index: SpecIndex): string {
  const hash = createHash('sha256');
  for (const part of [...index.crs, ...index.extensions, index.decisions]) hash.update(`${part.file}:${part.sha256}\n`);
  return `0.0.0-spec.${hash.digest('hex').slice(0, 12)}`;
}

/** "Sent by the AOI Client to the AOI Server. Defined in 000_….txt §10.1.5 line 21 (provisional)." */
export function provenance(index: SpecIndex, meta: MessageMeta): string {
  const { sender, receiver } = sidesOf(index, meta);
  const { cr, section, line } = meta.source;
  return `Sent by the ${sender} to the ${receiver}. Defined in ${cr} §${section} line ${line}${meta.provisional ? ' (provisional)' : ''}.`;
}

/** The annotation both documents add to each method or message, so tools can trace it back to the CR. */
export function omaspecExtension(meta: MessageMeta): Record<string, unknown> {
  return {
    interface: meta.interface,
    id: meta.id,
    direction: meta.direction,
    source: meta.source,
    ...(meta.provisional ? { provisional: true } : {}),
  };
}
