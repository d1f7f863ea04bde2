/**
 * The page of one message: how it travels, its fields per variant (type, presence, constraints, description,
 * the CR place it came from), its golden examples, the open findings and decisions that touch it, and its
 * history by CR.
 */
import type { Publication, PublishedMessage } from '../../publication.ts';
import { responseOf, sidesOf } from '../../published-spec.ts';
import { code, heading, link, paragraph, strong, type Block, type Inline, type Page } from '../doc.ts';
import {
  CHANGE_HEAD,
  changeCells,
  constraintsOf,
  decisionAnchor,
  interfacePage,
  messagePage,
  presenceOf,
  stepPage,
  stepTitle,
  typeOf,
  where,
} from './format.ts';

function facts(pub: Publication, m: PublishedMessage): Block {
  const { meta } = m;
  const iface = pub.index.interfaces.find((i) => i.id === meta.interface);
  const { sender, receiver } = sidesOf(pub.index, meta);
  const items: Inline[][] = [
    ['Interface: ', link(iface?.title ?? meta.interface, interfacePage(meta.interface))],
    [`${meta.kind}, sent by the ${sender} to the ${receiver}`],
    ['Envelope: ', code(meta.envelope), ...tagOf(meta)],
    ['Defined at ', where(meta.source), meta.provisional ? ' (provisional)' : ''],
    ['Schema: ', code(`spec/schemas/${meta.schema}`), ', generated type ', code(meta.typeName ?? meta.id)],
  ];
  const response = responseOf(pub.messages, m);
  const request = pub.messages.find((x) => responseOf(pub.messages, x) === m);
  if (response) items.push(['Answered by ', link(response.meta.name, messagePage(response.meta))]);
  if (request) items.push(['Answers ', link(request.meta.name, messagePage(request.meta))]);
  return { kind: 'list', items };
}

function tagOf(meta: PublishedMessage['meta']): Inline[] {
  if (meta.method) return [', method ', code(meta.method)];
  if (meta.messageType) return [', messageType ', code(meta.messageType)];
  if (meta.mediaType) return [', media type ', code(meta.mediaType)];
  return [];
}

function fields(m: PublishedMessage): Block[] {
  return m.variants.flatMap((v): Block[] => [
    heading(v.name === 'message' ? 'Fields' : `Fields: ${v.name}`, 2, `fields-${v.name}`),
    paragraph(v.closed ? 'Members not listed are rejected.' : 'Members not listed are accepted and ignored.'),
    {
      kind: 'table',
      head: ['Field', 'Type', 'Presence', 'Constraints', 'Description', 'Source'],
      rows: v.fields.map((f) => [
        [code(f.path)],
        [typeOf(f)],
        [presenceOf(f)],
        [constraintsOf(f).join('; ')],
        [f.description ?? ''],
        [f.source ? where(f.source) : ''],
      ]),
    },
  ]);
}

function examples(m: PublishedMessage): Block[] {
  if (!m.examples.length) return [heading('Examples'), paragraph('The CRs give no example of this message.')];
  return [
    heading('Examples'),
    ...m.examples.flatMap((e, i): Block[] => [
      heading(`${e.verdict === 'valid' ? 'Valid' : 'Invalid'}: ${e.source.label}`, 3, `example-${i + 1}`),
      paragraph(
        strong(e.verdict),
        ` — ${where(e.source)}`,
        ...(e.decision ? [', as decided by ', link(e.decision, decisionAnchor(e.decision))] : []),
      ),
      { kind: 'code', language: 'json', text: JSON.stringify(e.document, null, 2) },
    ]),
  ];
}

function findings(m: PublishedMessage): Block[] {
  const rows = m.findings.map((f): Inline[][] => [
    [f.severity],
    [code(f.rule)],
    [f.message],
    [`${f.loc.file}:${f.loc.line}:${f.loc.col}`],
  ]);
  return [
    heading('Open findings'),
    rows.length
      ? { kind: 'table', head: ['Severity', 'Rule', 'Finding', 'Place'], rows }
      : paragraph('No open lint finding at the CR sections that define this message.'),
  ];
}

function decisions(m: PublishedMessage): Block[] {
  return [
    heading('Decisions'),
    m.decisions.length
      ? { kind: 'list', items: m.decisions.map((d) => [link(d.id, decisionAnchor(d.id)), `: ${d.title}`]) }
      : paragraph('No decision touches this message.'),
  ];
}

function history(m: PublishedMessage): Block[] {
  return [
    heading('History'),
    ...m.history.flatMap((step): Block[] => [
      heading(stepTitle(step), 3),
      paragraph(link('All changes of this step', stepPage(step))),
      { kind: 'table', head: CHANGE_HEAD, rows: step.findings.map(changeCells) },
    ]),
  ];
}

export function messagePageOf(pub: Publication, m: PublishedMessage): Page {
  const description = typeof m.schema.description === 'string' ? m.schema.description : '';
  return {
    id: messagePage(m.meta),
    title: m.meta.name,
    summary: `${m.meta.interface} ${m.meta.kind}${description ? `: ${description}` : ''}`,
    keywords: [
      m.key,
      m.meta.id,
      m.meta.typeName ?? '',
      ...m.variants.flatMap((v) => v.fields.map((f) => f.path)),
      ...m.decisions.map((d) => d.id),
    ],
    blocks: [
      ...(description ? [paragraph(description)] : []),
      facts(pub, m),
      ...fields(m),
      ...examples(m),
      ...findings(m),
      ...decisions(m),
      ...history(m),
    ],
  };
}
