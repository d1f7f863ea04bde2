/**
 * One changelog page per step of the spec's history (each CR, the extensions, the decisions): its
 * compatibility verdict, every change with the mixed deployments it breaks, and the CR's section 2 as
 * `omaspec diff --format markdown` writes it.
 */
import { sortFindings, summary, toMarkdown } from '../../../compat/report.ts';
import type { HistoryStep } from '../../history.ts';
import type { Publication } from '../../publication.ts';
import { heading, paragraph, strong, type Block, type Page } from '../doc.ts';
import { CHANGE_HEAD, changeCells, messageLink, stepPage, stepTitle } from './format.ts';

/** "breaking", "backward compatible" or "no change", with the accepted breaks said apart. */
export function stepVerdict(step: HistoryStep): string {
  const breaking = step.findings.filter((f) => f.level === 'breaking');
  if (!step.findings.length) return 'no change to any message';
  if (!breaking.length) return 'backward compatible';
  const open = breaking.filter((f) => !f.acceptedBy).length;
  return open ? 'breaking' : 'breaking, every break accepted by a decision';
}

const LEADS: Record<HistoryStep['kind'], string> = {
  cr: 'The spec built from the CRs before this one, compared with the spec built with it (decisions apart).',
  extensions: "The spec of every CR, compared with it plus the project's provisional extensions.",
  decisions: 'The spec of every CR and extension, compared with the published spec, which applies decisions.yaml.',
};

export function changePageOf(pub: Publication, step: HistoryStep): Page {
  const findings = sortFindings(step.findings);
  const messages = [...new Set(findings.map((f) => f.message))];
  const blocks: Block[] = [
    paragraph(LEADS[step.kind]),
    paragraph('Compatibility verdict: ', strong(stepVerdict(step)), ` (${summary(findings)}).`),
  ];
  for (const key of messages) {
    blocks.push({ kind: 'heading', level: 2, text: key }, paragraph(messageLink(pub, key)), {
      kind: 'table',
      head: CHANGE_HEAD,
      rows: findings.filter((f) => f.message === key).map(changeCells),
    });
  }
  if (step.kind === 'cr')
    blocks.push(heading('Section 2, as omaspec diff writes it'), {
      kind: 'code',
      language: 'markdown',
      text: toMarkdown({ before: 'before', after: step.label, findings }).trimEnd(),
    });
  return {
    id: stepPage(step),
    title: stepTitle(step),
    summary: `${stepVerdict(step)}: ${summary(findings)}`,
    keywords: [step.label, ...messages, ...findings.map((f) => f.rule)],
    blocks,
  };
}
