import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Node, Project, QuoteKind, type ObjectLiteralExpression } from 'ts-morph';
import { implementationName, names, referenceFile } from './names.ts';
import { planInterfaces, type HandledMessage, type InterfacePlan } from './plan.ts';
import type { LoadedSpec } from './spec-loader.ts';
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
}

export interface StubPlan {
  /** Files to write (path as given by referenceDir) → content; only those that change. */
  writes: Map<string, string>;
  reports: StubReport[];
}

function stubContext({ request }: HandledMessage) {
  const { meta } = request;
  return { name: names.handlerMethod(meta.name), id: meta.id, source: `CR ${meta.source.cr} §${meta.source.section}` };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function findImplementation(text: string, variable: string): { object: ObjectLiteralExpression; print: () => string } | undefined {
  const project = new Project({ useInMemoryFileSystem: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
  const file = project.createSourceFile('handlers.ts', text);
  let initializer = file.getVariableDeclaration(variable)?.getInitializer();
  while (initializer && (Node.isAsExpression(initializer) || Node.isSatisfiesExpression(initializer) || Node.isParenthesizedExpression(initializer))) {
    initializer = initializer.getExpression();
  }
  if (!initializer || !Node.isObjectLiteralExpression(initializer)) return undefined;
  return { object: initializer, print: () => file.getFullText() };
}

function propertyName(node: Node): string | undefined {
  if (Node.isPropertyAssignment(node) || Node.isMethodDeclaration(node) || Node.isShorthandPropertyAssignment(node)) return node.getName();
  return undefined;
}

/** Adds stubs for handlers the file lacks; keeps everything a person wrote. */
function merge(text: string, plan: InterfacePlan, report: StubReport): string | undefined {
  const variable = implementationName(plan.meta.id);
  const found = findImplementation(text, variable);
  if (!found) {
    report.problem = `no object literal \`${variable}\` to merge into; add the missing handlers by hand`;
    return undefined;
  }
  const present = found.object.getProperties().map(propertyName).filter((n) => n !== undefined);
  const wanted = plan.handled.map(stubContext);
  report.orphaned = present.filter((name) => !wanted.some((w) => w.name === name));
  for (const stub of wanted.filter((w) => !present.includes(w.name))) {
    found.object.addMethod({
      name: stub.name,
      isAsync: true,
      parameters: [{ name: 'request' }, { name: 'ctx' }],
      statements: [`// TODO(omaspec): implement ${stub.id} (${stub.source}).`, `throw new Error('not implemented: ${stub.id}');`],
    });
    report.added.push(stub.name);
  }
  return report.added.length > 0 ? found.print() : undefined;
}

/**
 * Plans reference/<iface>/handlers.ts: creates it from the stub template when missing, otherwise merges
 * stubs for new messages into the existing object literal with ts-morph. Writes nothing itself.
 */
export async function planStubs(spec: LoadedSpec, referenceDir: string, generatedDir: string): Promise<StubPlan> {
  const writes = new Map<string, string>();
  const reports: StubReport[] = [];
  for (const plan of planInterfaces(spec).filter((p) => p.handled.length > 0)) {
    const file = path.join(referenceDir, referenceFile(plan.meta.id));
    const report: StubReport = { file: toPosix(file), created: false, added: [], orphaned: [] };
    reports.push(report);
    const existing = await readFile(file, 'utf8').catch(() => undefined);
    if (existing === undefined) {
      const generatedIndex = toPosix(path.relative(path.dirname(file), path.join(generatedDir, 'index.ts')));
      const stubs = plan.handled.map(stubContext);
      writes.set(file, render('stub', {
        title: plan.meta.title,
        handlers: names.handlers(plan.meta.id),
        variable: implementationName(plan.meta.id),
        generatedIndex: generatedIndex.startsWith('.') ? generatedIndex : `./${generatedIndex}`,
        stubs,
      }));
      report.created = true;
      report.added = stubs.map((s) => s.name);
      continue;
    }
    const merged = merge(existing, plan, report);
    if (merged !== undefined) writes.set(file, merged);
  }
  return { writes, reports };
}
