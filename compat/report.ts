/** Compatibility findings → text for people, Markdown for a CR's section 2, SARIF 2.1.0 for code-scanning tools. */
import { sarifLog } from '../core/sarif.ts';
import type { CompatFinding } from './compare.ts';
import { COMPAT_RULES, type CompatLevel } from './rules.ts';

export interface CompatReport {
  before: string;
  after: string;
  findings: CompatFinding[];
}

const ORDER: Record<CompatLevel, number> = { breaking: 0, warning: 1, info: 2 };

export function sortFindings(findings: CompatFinding[]): CompatFinding[] {
  return [...findings].sort((a, b) => ORDER[a.level] - ORDER[b.level] || a.key.localeCompare(b.key));
}

/** "old AOI Client → new AOI Server", the deployment an old sender meets after the change. */
export function deployments(f: CompatFinding): { oldSender: string; oldReceiver: string } {
  return { oldSender: `old ${f.sender} → new ${f.receiver}`, oldReceiver: `new ${f.sender} → old ${f.receiver}` };
}

export function verdict(f: CompatFinding): string {
  const d = deployments(f);
  const broken = [f.breaks.oldSender ? d.oldSender : '', f.breaks.oldReceiver ? d.oldReceiver : ''].filter(Boolean);
  return broken.length ? `breaks ${broken.join('; ')}` : 'compatible both ways';
}

const where = (f: CompatFinding) => (f.source ? `${f.source.cr} §${f.source.section} line ${f.source.line}` : '');
const subject = (f: CompatFinding) => `${f.message}${f.variant && f.variant !== 'message' ? ` (${f.variant})` : ''}`;

export function toText(report: CompatReport, paint: (level: CompatLevel, text: string) => string): string {
  const findings = sortFindings(report.findings);
  const lines = [`${report.before} → ${report.after}`];
  for (const f of findings) {
    const accepted = f.acceptedBy ? ` [accepted by ${f.acceptedBy}]` : '';
    const confidence = f.confidence ? ` (${f.confidence} confidence)` : '';
    lines.push(`${paint(f.level, f.level.padEnd(8))} ${subject(f)}: ${f.rule} ${f.detail}${confidence}${accepted}`);
    lines.push(`         ${verdict(f)}${where(f) ? `; at ${where(f)}` : ''}; key ${f.key}`);
  }
  lines.push(summary(findings));
  return `${lines.join('\n')}\n`;
}

export function summary(findings: CompatFinding[]): string {
  const count = (level: CompatLevel) => findings.filter((f) => f.level === level).length;
  const accepted = findings.filter((f) => f.acceptedBy).length;
  const messages = new Set(findings.map((f) => f.message)).size;
  return `${findings.length} changes in ${messages} messages: ${count('breaking')} breaking${accepted ? ` (${accepted} accepted)` : ''}, ${count('warning')} warnings, ${count('info')} compatible`;
}

/** The "Impact on Backward Compatibility" section of a CR, from the findings. */
export function toMarkdown(report: CompatReport): string {
  const findings = sortFindings(report.findings);
  const breaking = findings.filter((f) => f.level === 'breaking');
  const lead = !findings.length
    ? 'None: the messages, their members and their constraints are unchanged.'
    : breaking.length
      ? `This CR is not backward compatible: ${breaking.length} of its ${findings.length} changes breaks a mixed deployment of old and new implementations, as listed below.`
      : `None of the ${findings.length} changes breaks a mixed deployment of old and new implementations.`;
  const cell = (broken: boolean, deployment: string) =>
    broken ? `**breaks** ${deployment}` : `compatible (${deployment})`;
  const rows = findings.map((f) => {
    const d = deployments(f);
    const note = f.acceptedBy ? ` (accepted: ${f.acceptedBy})` : '';
    const change = `${f.rule.replace(/-/g, ' ')}: ${f.detail}`.replace(/\|/g, '\\|');
    return `| ${subject(f)} | ${change}${note} | ${cell(f.breaks.oldSender, d.oldSender)} | ${cell(f.breaks.oldReceiver, d.oldReceiver)} |`;
  });
  const table = findings.length
    ? ['', '| Message | Change | Old sender, new receiver | New sender, old receiver |', '|---|---|---|---|', ...rows]
    : [];
  return `## 2 Impact on Backward Compatibility\n\n${lead}\n${table.join('\n')}\n`;
}

/** SARIF 2.1.0: one result per finding at the CR line stating it; `crPath` maps a CR file name to its path. */
export function toSarif(report: CompatReport, crPath: (cr: string) => string): object {
  const level = { breaking: 'error', warning: 'warning', info: 'note' } as const;
  return sarifLog(
    'omaspec diff',
    Object.entries(COMPAT_RULES).map(([id, summary]) => ({ id, summary })),
    sortFindings(report.findings).map((f) => ({
      ruleId: f.rule,
      level: level[f.level],
      message: `${subject(f)}: ${f.detail}; ${verdict(f)}`,
      ...(f.source ? { location: { uri: crPath(f.source.cr), line: f.source.line } } : {}),
      fingerprint: { name: 'compatKey', value: f.key },
      ...(f.acceptedBy ? { suppressedBy: `accepted by ${f.acceptedBy}` } : {}),
    })),
  );
}
