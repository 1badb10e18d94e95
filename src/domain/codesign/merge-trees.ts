import { canonicalJson } from "../questionnaire/content-hash.ts";
import { emptyTree, ROOT, type Tree, type TreeNode } from "./draft-trees.ts";
import { mergeOrder } from "./merge-order.ts";
import { choose, mergeFields, report, type Conflicts } from "./merge-values.ts";

/**
 * Merges the units of three trees, then the order of every container of the result. `orderKey` names the
 * unit an order conflict is reported on.
 */
export function mergeTree(base: Tree, mine: Tree, theirs: Tree, orderKey: (key: string) => string, conflicts: Conflicts): Tree {
  for (const tree of [base, mine, theirs]) for (const key of tree.duplicates) report(conflicts, key, "both_changed");
  const merged = emptyTree();
  const keys = [...new Set([...base.nodes.keys(), ...mine.nodes.keys(), ...theirs.nodes.keys()])].sort();
  for (const key of keys) {
    const node = mergeNode(key, base, mine, theirs, orderKey, conflicts);
    if (node) merged.nodes.set(key, node);
  }

  // Members of each container; an element whose container is gone, or is no container any more, conflicts.
  const members = new Map<string, Set<string>>([[ROOT, new Set()]]);
  for (const [key, node] of merged.nodes) if (node.container) members.set(key, new Set());
  for (const key of keys) {
    const node = merged.nodes.get(key);
    if (!node) continue;
    const container = members.get(node.parent);
    if (container) container.add(key);
    else report(conflicts, node.parent, merged.nodes.has(node.parent) ? "both_changed" : "changed_and_removed");
  }

  const reached = new Set<string>();
  const visit = (container: string) => {
    const order = mergeOrder(container, base, mine, theirs, members.get(container) ?? new Set(), orderKey, conflicts);
    merged.children.set(container, order);
    for (const key of order) {
      reached.add(key);
      if (merged.nodes.get(key)?.container) visit(key);
    }
  };
  visit(ROOT);
  // Panels moved into each other on the two sides form a loop that no page reaches.
  for (const key of keys) if (merged.nodes.has(key) && !reached.has(key) && inLoop(merged, key)) report(conflicts, key, "both_changed");
  return merged;
}

function inLoop(tree: Tree, key: string): boolean {
  const seen = new Set<string>();
  for (let at = tree.nodes.get(key)?.parent; at !== undefined && at !== ROOT && !seen.has(at); at = tree.nodes.get(at)?.parent) {
    if (at === key) return true;
    seen.add(at);
  }
  return false;
}

/** One unit: its content and its container, each by the three-way rule; undefined when removed. */
function mergeNode(
  key: string,
  base: Tree,
  mine: Tree,
  theirs: Tree,
  orderKey: (key: string) => string,
  conflicts: Conflicts,
): TreeNode | undefined {
  const [b, m, t] = [base.nodes.get(key), mine.nodes.get(key), theirs.nodes.get(key)];
  const body = (node: TreeNode) => canonicalJson([node.content, node.container]);
  if (!b) {
    if (m && t) {
      if (body(m) !== body(t) || m.parent !== t.parent) report(conflicts, key, "both_changed");
      else if (baseAnchor(mine, base, key) !== baseAnchor(theirs, base, key)) report(conflicts, orderKey(key), "both_changed");
    }
    return t ?? m;
  }
  if (!m && !t) return undefined;
  if (!m || !t) {
    const kept = (m ?? t)!;
    if (body(kept) === body(b) && kept.parent === b.parent) return undefined;
    report(conflicts, key, "changed_and_removed");
    return kept;
  }
  let content = choose(body(b), body(m), body(t));
  let fields: object | undefined;
  if (content === "conflict" && b.container === m.container && m.container === t.container) {
    const merged = mergeFields(b.content, m.content, t.content);
    if (merged.ok) [content, fields] = ["theirs", merged.value as object];
  }
  const parent = choose(b.parent, m.parent, t.parent);
  if (content === "conflict" || parent === "conflict") report(conflicts, key, "both_changed");
  else if (m.parent === t.parent && m.parent !== b.parent && baseAnchor(mine, base, key) !== baseAnchor(theirs, base, key)) {
    report(conflicts, orderKey(key), "both_changed");
  }
  const from = content === "mine" ? m : t;
  return { content: fields ?? from.content, container: from.container, parent: parent === "mine" ? m.parent : t.parent };
}

/** Where a side put a unit, as the nearest element before it that was already in base (ROOT: first). */
function baseAnchor(side: Tree, base: Tree, key: string): string {
  const siblings = side.children.get(side.nodes.get(key)?.parent ?? ROOT) ?? [];
  for (let i = siblings.indexOf(key) - 1; i >= 0; i--) if (base.nodes.has(siblings[i]!)) return siblings[i]!;
  return ROOT;
}
