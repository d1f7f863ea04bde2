/** The operator's view of one device as text (`omaspec dm show`): what it reported, its sessions with each command's status, its queue and data area. */
import type {
  DmDataResource,
  DmDeliveredCommand,
  DmDeviceState,
  DmSessionHistory,
  DmSessionRecord,
  QueuedDmCommand,
} from './store.ts';

export interface DmDeviceView {
  devId: string;
  provisioned?: string;
  device?: DmDeviceState;
  sessions: DmSessionHistory[];
  pending: QueuedDmCommand[];
  data: DmDataResource[];
}

export function describeDevice(view: DmDeviceView): string {
  const { device } = view;
  const lines = [
    `device ${view.devId}`,
    `  credential: ${view.provisioned ? `issued ${view.provisioned}` : 'none (packages are refused)'}`,
  ];
  if (!device) lines.push('  never sent Package#1');
  else {
    lines.push(`  sessions: ${device.sessions} (first ${device.firstSeen}, last ${device.lastSeen})`);
    lines.push(`  MOs (${device.mos.length}):`);
    for (const mo of device.mos)
      lines.push(`    ${mo.MOID ?? '(no MOID)'}  MIID [${(mo.MIID ?? []).join(', ')}]  DDF ${mo.DDF ?? '-'}`);
    lines.push(`  alerts (${device.alerts.length}):`);
    for (const a of device.alerts) {
      const data = a.Data === undefined ? '' : JSON.stringify(a.Data);
      lines.push(
        `    ${a.receivedAt}  ${a.AlertType ?? '?'}  ${a.Mark ?? ''}  ${a.SourceURI ?? ''}  ${data}`.trimEnd(),
      );
    }
  }
  lines.push(`  recent sessions (${view.sessions.length}):`);
  for (const s of view.sessions) {
    const state = s.state === 'open' ? 'open' : `ended: ${s.endedReason}`;
    lines.push(`    ${s.id}  ${s.startedAt}  ${s.round} Package#2  (${state})`);
    for (const c of s.commands)
      lines.push(`      ${c.round}.${c.position + 1}  ${outcome(c, s)}  ${c.command.join(' ')}${data(c)}`);
  }
  lines.push(`  pending commands (${view.pending.length}):`);
  for (const c of view.pending) lines.push(`    #${c.id}  ${c.command.join(' ')}`);
  lines.push(`  data area (${view.data.length}):`);
  for (const r of view.data)
    lines.push(`    ${r.path}  ${r.mediaType}  ${r.body.length} bytes  by ${r.updatedBy} ${r.updatedAt}`);
  return lines.join('\n') + '\n';
}

function outcome(c: DmDeliveredCommand, s: DmSessionRecord): string {
  if (c.status) return String(c.status.sc);
  if (c.command[0] === 'END') return 'end';
  return s.state === 'open' ? '...' : '---';
}

function data(c: DmDeliveredCommand): string {
  return c.status?.Data ? `  → ${JSON.stringify(c.status.Data)}` : '';
}
