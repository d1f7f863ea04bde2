import type { Command } from './command.ts';

/**
 * A subcommand as `omaspec --help` lists it. The implementation is imported only when the command runs (or
 * prints its usage), so `omaspec serve` never loads the generator, ts-morph or prettier.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Every subcommand, in the order `omaspec --help` lists them. */
export const commands: CommandEntry[] = [
  {
    name: 'lint',
    summary: 'report the defects of the CRs with file:line:col, rule id and severity',
    load: async () => (await import('./lint.ts')).lintCommand,
  },
  {
    name: 'spec',
    summary: 'add or remove a CR of the manifest; build the normalised JSON Schemas',
    load: async () => (await import('./spec.ts')).specCommand,
  },
  {
    name: 'generate',
    summary: 'write generated/ (types, validators, handlers, dispatchers) from spec/schemas',
    load: async () => (await import('./generate.ts')).generateCommand,
  },
  {
    name: 'check',
    summary: 'fail when generated files are not what the spec produces',
    load: async () => (await import('./check.ts')).checkCommand,
  },
  {
    name: 'diff',
    summary: 'classify the changes between two specs (or the spec and a new CR) for old and new senders and receivers',
    load: async () => (await import('./diff.ts')).diffCommand,
  },
  {
    name: 'cr',
    summary: 'draft a CR in the house style from the difference between a previous spec and the current one',
    load: async () => (await import('./cr.ts')).crCommand,
  },
  {
    name: 'docs',
    summary: 'write the message reference as a static HTML site (offline search) and as Markdown',
    load: async () => (await import('./docs.ts')).docsCommand,
  },
  {
    name: 'export',
    summary: 'write the spec as an OpenRPC 1.3 or AsyncAPI 3.0 document',
    load: async () => (await import('./export.ts')).exportCommand,
  },
  {
    name: 'validate',
    summary: 'validate a JSON document against one message with the generated validators',
    load: async () => (await import('./validate.ts')).validateCommand,
  },
  {
    name: 'serve',
    summary: 'run the reference AOI Server (AOI-1 over WebSocket)',
    load: async () => (await import('./serve.ts')).serveCommand,
  },
  {
    name: 'client',
    summary: 'send AOI-1 requests (register, app-register, …) to an AOI Server',
    load: async () => (await import('./client.ts')).clientCommand,
  },
  {
    name: 'conformance',
    summary: 'test an AOI Server against the AOI-1 binding and JSON-RPC 2.0',
    load: async () => (await import('./conformance.ts')).conformanceCommand,
  },
  {
    name: 'dm',
    summary: 'OMA DM 2.0 server side: provision devices, queue commands, show sessions, serve POST /dm',
    load: async () => (await import('./dm.ts')).dmCommand,
  },
  {
    name: 'dm-client',
    summary: 'run one OMA DM 2.0 session as a DM Client (Package#1 → #2 → #3 … → END)',
    load: async () => (await import('./dm-client.ts')).dmClientCommand,
  },
];
