/** The index page, one page per interface (its sequence diagram and messages), and the decisions page. */
import type { InterfaceMeta } from '../../../core/spec-format.ts';
import type { Publication, PublishedMessage } from '../../publication.ts';
import { sidesOf } from '../../published-spec.ts';
import { anchorOf, code, heading, link, paragraph, type Block, type Inline, type Page } from '../doc.ts';
import { proceduresOf, sequenceSvg } from '../sequence.ts';
import { stepVerdict } from './changes.ts';
import { decisionAnchor, interfacePage, messagePage, stepPage, stepTitle, where } from './format.ts';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function direction(pub: Publication, m: PublishedMessage): string {
  const { sender, receiver } = sidesOf(pub.index, m.meta);
  return `${sender} → ${receiver}`;
}

function messageTable(pub: Publication, messages: PublishedMessage[]): Block {
  return {
    kind: 'table',
    head: ['Message', 'Interface', 'Kind', 'Direction', 'Envelope', 'Defined at'],
    rows: messages.map((m) => [
      [link(m.meta.name, messagePage(m.meta))],
      [m.meta.interface],
      [m.meta.kind],
      [direction(pub, m)],
      [code(m.meta.envelope)],
      [where(m.meta.source), m.meta.provisional ? ' (provisional)' : ''],
    ]),
  };
}

export function indexPage(pub: Publication): Page {
  const interfaces = pub.index.interfaces.map((i): Inline[][] => [
    [link(i.title, interfacePage(i.id))],
    [code(i.id)],
    [i.transport],
    [`${i.client} ↔ ${i.server}`],
    [String(pub.messages.filter((m) => m.meta.interface === i.id).length)],
  ]);
  const steps = pub.history.map((s): Inline[][] => [[link(stepTitle(s), stepPage(s))], [stepVerdict(s)]]);
  return {
    id: 'index',
    title: 'Message reference',
    summary: 'Every interface, message and CR of the spec',
    keywords: pub.index.crs.map((c) => c.file),
    blocks: [
      paragraph(
        `The current spec as omaspec spec build publishes it in spec/schemas: ${count(pub.index.crs.length, 'CR')}, `,
        `${count(pub.index.extensions.length, 'provisional extension')} and `,
        link(`${pub.decisions.length} decisions`, 'decisions'),
        `; ${count(pub.openFindings.length, 'lint finding')} open.`,
      ),
      heading('Interfaces'),
      { kind: 'table', head: ['Interface', 'Id', 'Transport', 'Sides', 'Messages'], rows: interfaces },
      heading('Messages'),
      messageTable(pub, pub.messages),
      heading('Changes by CR'),
      { kind: 'table', head: ['Step', 'Compatibility'], rows: steps },
    ],
  };
}

export function interfacePageOf(pub: Publication, iface: InterfaceMeta): Page {
  const messages = pub.messages.filter((m) => m.meta.interface === iface.id);
  const procedures = proceduresOf(
    messages,
    pub.index.crs.map((c) => c.file),
  );
  const figure: Block = {
    kind: 'figure',
    caption: `Procedures of ${iface.id}, from the messages' directions (requests solid, responses dashed)`,
    file: `${anchorOf(iface.id)}.svg`,
    svg: sequenceSvg(iface, procedures, (m) => messagePage(m.meta)),
  };
  return {
    id: interfacePage(iface.id),
    title: iface.title,
    summary: `${iface.transport} interface between ${iface.client} and ${iface.server}`,
    keywords: [iface.id, iface.client, iface.server, ...messages.map((m) => m.meta.name)],
    blocks: [
      paragraph(
        `Transport: ${iface.transport}. Client side: ${iface.client}; server side: ${iface.server}.`,
        iface.sections.length ? ` Sections ${iface.sections.join(', ')} of the spec.` : '',
      ),
      heading('Procedures'),
      ...(messages.length ? [figure] : [paragraph('The spec defines no message of this interface yet.')]),
      heading('Messages'),
      messageTable(pub, messages),
    ],
  };
}

export function decisionsPage(pub: Publication): Page {
  const blocks = pub.decisions.flatMap((d): Block[] => {
    const touched = pub.messages.filter((m) => m.decisions.includes(d));
    return [
      heading(d.id, 2, decisionAnchor(d.id).split('#')[1]),
      paragraph(d.title),
      paragraph(d.rationale),
      {
        kind: 'list',
        items: [
          ['Resolves: ', d.resolves.length ? d.resolves.join(', ') : 'no finding'],
          ...(d.accepts.length ? [['Accepts the breaks: ', d.accepts.join(', ')]] : []),
          touched.length
            ? ['Messages: ', ...touched.flatMap((m, i) => [i ? ', ' : '', link(m.key, messagePage(m.meta))])]
            : ['Messages: none of the published spec'],
        ],
      },
    ];
  });
  return {
    id: 'decisions',
    title: 'Decisions',
    summary: 'How the spec editors resolved the CRs’ ambiguities (spec/decisions.yaml)',
    keywords: pub.decisions.map((d) => `${d.id} ${d.title}`),
    blocks: blocks.length ? blocks : [paragraph('spec/decisions.yaml records no decision.')],
  };
}
