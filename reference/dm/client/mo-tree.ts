/**
 * The DM Client's in-memory Management Object tree: interior nodes hold children, leaves hold a
 * string value. URIs are '/'-separated paths (a leading './' and trailing '/' are ignored), e.g.
 * `oma:mo:oma-dm-devinfo:1.0/DevInfo1/DevID`. Failures are returned as data with a stable code.
 */

interface MoNode {
  value?: string;
  children: Map<string, MoNode>;
}

export type MoTreeError = { code: 'notFound' | 'alreadyExists' | 'badUri' | 'parentIsLeaf'; message: string };
export type MoReadResult =
  { ok: true; value: string } | { ok: true; children: string[] } | { ok: false; error: MoTreeError };
export type MoWriteResult = { ok: true } | { ok: false; error: MoTreeError };

export class MoTree {
  private readonly root: MoNode = { children: new Map() };

  /** A tree holding one leaf per entry; interior nodes are created along the way. */
  static fromLeaves(leaves: Record<string, string>): MoTree {
    const tree = new MoTree();
    for (const [uri, value] of Object.entries(leaves)) {
      const added = tree.add(uri, value);
      if (!added.ok) throw new Error(`${uri}: ${added.error.message}`);
    }
    return tree;
  }

  get(uri: string): MoReadResult {
    const node = this.find(uri);
    if (!node.ok) return node;
    if (node.node.value !== undefined) return { ok: true, value: node.node.value };
    return { ok: true, children: [...node.node.children.keys()] };
  }

  /** Creates a node (a leaf when `value` is given); missing interior ancestors are created too. */
  add(uri: string, value?: string): MoWriteResult {
    const segments = split(uri);
    if (!segments) return badUri(uri);
    let node = this.root;
    for (const [i, name] of segments.entries()) {
      const last = i === segments.length - 1;
      const child = node.children.get(name);
      if (last) {
        if (child) return fail('alreadyExists', `${uri} already exists`);
        node.children.set(name, { ...(value === undefined ? {} : { value }), children: new Map() });
        return { ok: true };
      }
      if (child?.value !== undefined) return fail('parentIsLeaf', `${segments.slice(0, i + 1).join('/')} is a leaf`);
      node = child ?? setChild(node, name);
    }
    return badUri(uri);
  }

  replace(uri: string, value: string): MoWriteResult {
    const found = this.find(uri);
    if (!found.ok) return found;
    if (found.node.children.size > 0) return fail('parentIsLeaf', `${uri} is an interior node with children`);
    found.node.value = value;
    return { ok: true };
  }

  /** Removes the node and its whole subtree. */
  delete(uri: string): MoWriteResult {
    const segments = split(uri);
    if (!segments) return badUri(uri);
    const parent = this.find(segments.slice(0, -1).join('/'), true);
    const name = segments.at(-1) as string;
    if (!parent.ok || !parent.node.children.delete(name)) return fail('notFound', `${uri} does not exist`);
    return { ok: true };
  }

  /** Every leaf as `uri → value`, in insertion order. */
  leaves(): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (node: MoNode, path: string[]) => {
      if (node.value !== undefined) out[path.join('/')] = node.value;
      for (const [name, child] of node.children) walk(child, [...path, name]);
    };
    walk(this.root, []);
    return out;
  }

  private find(uri: string, allowRoot = false): { ok: true; node: MoNode } | { ok: false; error: MoTreeError } {
    const segments = split(uri, allowRoot);
    if (!segments) return badUri(uri);
    let node: MoNode | undefined = this.root;
    for (const name of segments) {
      node = node.children.get(name);
      if (!node) return fail('notFound', `${uri} does not exist`);
    }
    return { ok: true, node };
  }
}

function split(uri: string, allowRoot = false): string[] | undefined {
  const path = uri.replace(/^\.\//, '').replace(/\/+$/, '');
  if (path === '' || path === '.') return allowRoot ? [] : undefined;
  const segments = path.split('/');
  return segments.some((s) => s === '' || s === '.' || s === '..') ? undefined : segments;
}

function setChild(node: MoNode, name: string): MoNode {
  const child: MoNode = { children: new Map() };
  node.children.set(name, child);
  return child;
}

function fail(code: MoTreeError['code'], message: string): { ok: false; error: MoTreeError } {
  return { ok: false, error: { code, message } };
}

function badUri(uri: string): { ok: false; error: MoTreeError } {
  return fail('badUri', `'${uri}' is not a valid ClientURI`);
}
