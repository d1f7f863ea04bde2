import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Node, Project, SyntaxKind, type ObjectLiteralExpression } from 'ts-morph';
import { defaultImplementationFile, implementationName, names } from './names.ts';
import { planInterfaces, type HandledMessage, type InterfacePlan } from './plan.ts';
import type { LoadedSpec } from './spec-loader.ts';
import type { StubLayout } from './stub-layout.ts';
import { render } from './templates.ts';

/** What regeneration did to one hand-written implementation file. */
export interface StubReport {
  file: string;
  created: boolean;
  /** Handler stubs added for messages that had none. */
  added: string[];
  /** Handlers whose message is no longer in the spec: reported, never deleted. */
  orphaned: string[];
  /** Set when the file could not be merged (left untouched). */
  problem?: string;
  /** Set when the file is at the default path because the configuration does not place it. */
  note?: string;
}

export interface StubPlan {
  /** Files to write (path as given by referenceDir) → content; only those that change. */
  writes: Map<string, string>;
  reports: StubReport[];
  /** What the configuration says that matches nothing in the spec (a misspelt interface, one removed). */
  notes: string[];
}

export interface StubTargets {
  /** The hand-written implementations (`--reference`); the layout's paths are relative to it. */
  referenceDir: string;
  /** Where generated/index.ts is, for the import of a created file. */
  generatedDir: string;
  layout: StubLayout;
}

function stubContext({ request }: HandledMessage) {
  const { meta } = request;
  return { name: names.handlerMethod(meta.name), id: meta.id, source: `CR ${meta.source.cr} §${meta.source.section}` };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function findImplementation(text: string, variable: string): ObjectLiteralExpression | undefined {
  const project = new Project({ useInMemoryFileSystem: true });
  const file = project.createSourceFile('handlers.ts', text);
  let initializer = file.getVariableDeclaration(variable)?.getInitializer();
  while (
    initializer &&
    (Node.isAsExpression(initializer) ||
      Node.isSatisfiesExpression(initializer) ||
      Node.isParenthesizedExpression(initializer))
  ) {
    initializer = initializer.getExpression();
  }
  return initializer && Node.isObjectLiteralExpression(initializer) ? initializer : undefined;
}

/**
 * Inserts the stub methods before the closing brace of the object literal, adding a comma after the last
 * member when it has none. Text edits at two known positions: the rest of the file stays byte-for-byte.
 */
function insertStubs(text: string, object: ObjectLiteralExpression, methods: string): string {
  const close = object.getEnd() - 1;
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  const braceOnOwnLine = text.slice(lineStart, close).trim() === '';
  const at = braceOnOwnLine ? lineStart : close;
  const last = object.getProperties().at(-1);
  const comma = last && last.getNextSiblingIfKind(SyntaxKind.CommaToken) === undefined ? last.getEnd() : undefined;
  const withStubs = text.slice(0, at) + (braceOnOwnLine ? '' : '\n') + methods + text.slice(at);
  return comma === undefined ? withStubs : withStubs.slice(0, comma) + ',' + withStubs.slice(comma);
}

function propertyName(node: Node): string | undefined {
  if (Node.isPropertyAssignment(node) || Node.isMethodDeclaration(node) || Node.isShorthandPropertyAssignment(node))
    return node.getName();
  return undefined;
}

/** Adds stubs for handlers the file lacks; keeps everything a person wrote. */
function merge(text: string, plan: InterfacePlan, report: StubReport): string | undefined {
  const variable = implementationName(plan.meta.id);
  const object = findImplementation(text, variable);
  if (!object) {
    report.problem = `no object literal \`${variable}\` to merge into; add the missing handlers by hand`;
    return undefined;
  }
  const present = object
    .getProperties()
    .map(propertyName)
    .filter((n) => n !== undefined);
  const wanted = plan.server.handled.map(stubContext);
  report.orphaned = present.filter((name) => !wanted.some((w) => w.name === name));
  const missing = wanted.filter((w) => !present.includes(w.name));
  report.added = missing.map((stub) => stub.name);
  return missing.length > 0 ? insertStubs(text, object, render('stub-methods', { stubs: missing })) : undefined;
}

interface Placement {
  plan: InterfacePlan;
  /** Relative to the reference directory. */
  file: string;
  note?: string;
  problem?: string;
}

/** The implementation file of each interface: where the configuration puts it, else the default path. */
function place(plans: InterfacePlan[], layout: StubLayout): Placement[] {
  const config = layout.configFile;
  const taken = new Set(layout.implementations.values());
  return plans.map((plan) => {
    const iface = plan.meta.id;
    const configured = layout.implementations.get(iface);
    if (configured !== undefined) return { plan, file: configured };
    const file = defaultImplementationFile(iface);
    // Two interfaces' handlers in one file would overwrite each other's stubs on creation.
    if (taken.has(file))
      return {
        plan,
        file,
        problem: `${config} gives the default ${file} to another interface: place ${iface} in generator.implementations`,
      };
    return {
      plan,
      file,
      note: `${config} does not place ${iface} (generator.implementations): stubs go to the default ${file}`,
    };
  });
}

/**
 * Plans each interface's hand-written implementation (where `targets.layout` puts it): creates it from the
 * stub template when missing, otherwise merges stubs for new messages into the existing object literal with
 * ts-morph. Writes nothing itself.
 */
export async function planStubs(spec: LoadedSpec, targets: StubTargets): Promise<StubPlan> {
  const { referenceDir, generatedDir, layout } = targets;
  const writes = new Map<string, string>();
  const reports: StubReport[] = [];
  // reference/ implements the server side of each interface.
  const plans = planInterfaces(spec).filter((p) => p.server.handled.length > 0);
  const known = new Set(spec.interfaces.map((meta) => meta.id));
  const notes = [...layout.implementations.keys()]
    .filter((iface) => !known.has(iface))
    .map(
      (iface) => `${layout.configFile}: generator.implementations.${iface} names an interface the spec does not have`,
    );
  for (const { plan, file: relative, note, problem } of place(plans, layout)) {
    const file = path.join(referenceDir, relative);
    const report: StubReport = { file: toPosix(file), created: false, added: [], orphaned: [] };
    if (note !== undefined) report.note = note;
    reports.push(report);
    if (problem !== undefined) {
      report.problem = problem;
      continue;
    }
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    if (existing === undefined) {
      const generatedIndex = toPosix(path.relative(path.dirname(file), path.join(generatedDir, 'index.ts')));
      const stubs = plan.server.handled.map(stubContext);
      writes.set(
        file,
        render('stub', {
          title: plan.meta.title,
          handlers: names.handlers(plan.meta.id),
          variable: implementationName(plan.meta.id),
          generatedIndex: generatedIndex.startsWith('.') ? generatedIndex : `./${generatedIndex}`,
          stubs,
        }),
      );
      report.created = true;
      report.added = stubs.map((s) => s.name);
      continue;
    }
    const merged = merge(existing, plan, report);
    if (merged !== undefined) writes.set(file, merged);
  }
  return { writes, reports, notes };
}
