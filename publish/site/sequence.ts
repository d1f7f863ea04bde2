/**
 * The sequence diagram of an interface, drawn as SVG from its messages' directions: one lifeline per side
 * (the interface's client and server), and per procedure its request, then its response dashed, in the
 * order the CRs define them. Each label links to the message's page. Styled by presentation attributes, not
 * a <style> element: the pages' Content-Security-Policy allows no inline style, and the Markdown output shows
 * the same drawing as a file of its own.
 */
import type { InterfaceMeta } from '../../core/spec-format.ts';
import type { PublishedMessage } from '../publication.ts';
import { responseOf } from '../published-spec.ts';
import type { Href } from './doc.ts';
import { escapeHtml } from './print-html.ts';

/** Requests (with their responses) and lone messages, in definition order. */
export function proceduresOf(messages: PublishedMessage[], crOrder: string[]): PublishedMessage[][] {
  const rank = (m: PublishedMessage) => {
    const i = crOrder.indexOf(m.meta.source.cr);
    return (i < 0 ? crOrder.length : i) * 1e6 + m.meta.source.line;
  };
  const attached = new Set(messages.map((m) => responseOf(messages, m)).filter((r) => r !== undefined));
  return messages
    .filter((m) => !attached.has(m))
    .sort((a, b) => rank(a) - rank(b))
    .map((m) => {
      const response = responseOf(messages, m);
      return response ? [m, response] : [m];
    });
}

const WIDTH = 760;
const LEFT = 150;
const RIGHT = WIDTH - 150;
const ROW = 46;
const TOP = 64;

function envelopeOf(m: PublishedMessage): string {
  const { envelope, mediaType } = m.meta;
  if (envelope === 'jsonrpc') return 'JSON-RPC 2.0';
  if (envelope === 'http') return `HTTP${mediaType ? ` · ${mediaType}` : ''}`;
  return 'messageType';
}

export function sequenceSvg(
  iface: InterfaceMeta,
  procedures: PublishedMessage[][],
  pageOf: (m: PublishedMessage) => string,
): (href: Href) => string {
  return (href) => {
    const rows = procedures.flat();
    const height = TOP + rows.length * ROW + (procedures.length - 1) * 10 + 30;
    const marker = `arrow-${iface.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    const parts: string[] = [];
    const side = (x: number, name: string) =>
      `<rect x="${x - 110}" y="8" width="220" height="34" rx="4" fill="#eef3fb" stroke="#345"/>` +
      `<text x="${x}" y="30" text-anchor="middle" font-family="sans-serif" font-size="14" font-weight="600" fill="#123">${escapeHtml(name)}</text>` +
      `<line x1="${x}" y1="42" x2="${x}" y2="${height - 8}" stroke="#99a" stroke-dasharray="4 4"/>`;
    parts.push(side(LEFT, iface.client), side(RIGHT, iface.server));
    let y = TOP;
    for (const procedure of procedures) {
      for (const m of procedure) {
        const fromClient = m.meta.direction === 'clientToServer';
        const [x1, x2] = fromClient ? [LEFT, RIGHT] : [RIGHT, LEFT];
        const dashed = m.meta.kind === 'response' ? ' stroke-dasharray="6 4"' : '';
        parts.push(
          `<line x1="${x1}" y1="${y + 18}" x2="${x2 + (fromClient ? -6 : 6)}" y2="${y + 18}" stroke="#234" stroke-width="1.5"${dashed} marker-end="url(#${marker})"/>`,
          `<a href="${escapeHtml(href(pageOf(m)))}"><text x="${WIDTH / 2}" y="${y + 12}" text-anchor="middle" font-family="monospace" font-size="13" fill="#0645ad">${escapeHtml(m.meta.name)}</text></a>`,
          `<text x="${WIDTH / 2}" y="${y + 34}" text-anchor="middle" font-family="sans-serif" font-size="11" fill="#667">${escapeHtml(envelopeOf(m))}</text>`,
        );
        y += ROW;
      }
      y += 10;
    }
    const title = `${iface.title}: sequence of its procedures`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}">
<title>${escapeHtml(title)}</title>
<defs><marker id="${marker}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#234"/></marker></defs>
${parts.join('\n')}
</svg>`;
  };
}
