// Module resolution hooks of package-probe.mjs (they run on node's loader thread).
const seen = new Set();

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(resolved.url);
  if (match && !seen.has(match[1])) {
    seen.add(match[1]);
    process.stderr.write(`package-probe: ${match[1]}\n`);
  }
  return resolved;
}
