import { canonicalJson } from "../questionnaire/content-hash.ts";
import type { Dimension, Indicator, SurveyDefinition, SurveyElement, SurveyPage } from "../questionnaire/types.ts";
import { targetKey, type DraftContent } from "./types.ts";

/**
 * Three-way merge of a draft edited by two co-researchers at once: `base` is the revision the editor started
 * from, `mine` what the editor now sends, `theirs` what someone else saved meanwhile.
 *
 * Method. The draft is cut into units, each merged on its own by the usual three-way rule on canonical JSON
 * (one side equal to base: take the other; both equal: take it; otherwise a conflict), so that two people
 * working on different questions never block each other, while no edit is ever dropped without a word:
 * every difference from base, on either side, is in the result or named in a conflict.
 * - a question or other element, by name ("question:q3"): its content (everything but the `elements` of a
 *   panel) and its container (which page or panel). Content and container are compared apart, so a question
 *   moved on one side and reworded on the other keeps both edits. Removed on one side and changed (content or
 *   container) on the other: `changed_and_removed`.
 * - a page, by name ("page:p1"): its own properties (title, description, visibleIf… — not its elements);
 * - a dimension ("dimension:hope") or an indicator ("indicator:x"), by id;
 * - the scale ("scale");
 * - "questionnaire": title, description, roles, the survey's properties other than its pages and the scoring's
 *   other than scale, dimensions and indicators (the mirrored items): the rest of the draft, as one unit.
 * Panels are merged recursively: a panel is an element like the others, and its `elements` list a container
 * like a page's. Within a unit, when both sides changed it, the rule is applied again property by property,
 * down through plain objects (a title's French and English apart); lists (choices, rows, a dimension's items)
 * and the scale stay whole. Only the same property changed differently on both sides is a conflict.
 *
 * Order within a list (a page's or panel's elements, the pages, the dimensions, the indicators). A list's
 * order cannot be pinned on single elements — from two lists alone one cannot tell whether `a` moved after
 * `b` or `b` before `a` — so what each side did to it is kept as constraints the result satisfies: every pair
 * of elements already in the list in base whose order that side swapped, and every element it brought into
 * the list after its nearest predecessor there on that side. Swaps only ever reverse base's order, so the two
 * sides' swaps never contradict each other and a reordering never conflicts. Between the constraints, the
 * order is that of the customary sequence merge: theirs' list, less what mine removed or moved, with each
 * element mine added or moved inserted right after its nearest predecessor in mine (or first).
 * An element new to a list on both sides (both added it, or both moved it into the same page or panel) is
 * placed twice: it conflicts when the two put it after different elements (judged by the nearest one already
 * in base), or when two such elements come in opposite orders. Order conflicts are reported on the element's
 * key, "pages" for a page. A reordering does not conflict with a removal of the same element: a swap with
 * something gone has nothing left to keep.
 *
 * Limits: element names (pages' names, dimension and indicator ids) are assumed unique, as
 * check-questionnaire requires; a name used twice on any side is reported as a `both_changed` conflict
 * rather than guessed at. Two edits of one list (a choice added on each side) conflict. The merge looks at structure,
 * not meaning: a clean merge can still be an invalid questionnaire (a dimension listing a question the other
 * side removed, a condition reading it), so the result is checked like any draft before it is saved.
 *
 * @example
 * const result = mergeDrafts(savedRevision, sentByEditor, currentDraft);
 * if (result.ok) save(result.merged);
 * else showConflicts(result.conflicts); // [{ key: "question:q3", reason: "both_changed" }]
 */
export function mergeDrafts(base: DraftContent, mine: DraftContent, theirs: DraftContent): MergeResult {
  if (same(mine, base) || same(mine, theirs)) return { ok: true, merged: structuredClone(theirs) };
  if (same(theirs, base)) return { ok: true, merged: structuredClone(mine) };

  const conflicts = new Map<string, DraftConflict["reason"]>();
  const own = mergeValue("questionnaire", ownFields(base), ownFields(mine), ownFields(theirs), conflicts);
  // A scale is one thing: its minimum and maximum are never taken from different people.
  const scale = mergeValue("scale", base.scoring.scale, mine.scoring.scale, theirs.scoring.scale, conflicts, { whole: true });
  const pageOrderKey = (key: string) => (key.startsWith("page:") ? "pages" : key);
  const survey = mergeTree(
    surveyTree(base.definition),
    surveyTree(mine.definition),
    surveyTree(theirs.definition),
    pageOrderKey,
    conflicts,
  );
  const dimensions = mergeTree(dimensionTree(base), dimensionTree(mine), dimensionTree(theirs), (key) => key, conflicts);
  const indicators = mergeTree(indicatorTree(base), indicatorTree(mine), indicatorTree(theirs), (key) => key, conflicts);

  if (conflicts.size > 0) {
    const sorted = [...conflicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { ok: false, conflicts: sorted.map(([key, reason]) => ({ key, reason })) };
  }
  const { definition, scoring, ...fields } = own;
  return {
    ok: true,
    merged: structuredClone({
      ...fields,
      definition: { ...definition, pages: surveyPages(survey) },
      scoring: { scale, dimensions: listItems<Dimension>(dimensions), indicators: listItems<Indicator>(indicators), ...scoring },
    }),
  };
}

export interface DraftConflict {
  /** `targetKey` of the unit ("question:q3", "page:p1", "dimension:hope", "scale", "questionnaire"), or "pages". */
  key: string;
  reason: "both_changed" | "changed_and_removed";
}

export type MergeResult = { ok: true; merged: DraftContent } | { ok: false; conflicts: DraftConflict[] };

type Conflicts = Map<string, DraftConflict["reason"]>;

/** The first reason found for a key is kept: one conflict per unit. */
function report(conflicts: Conflicts, key: string, reason: DraftConflict["reason"]): void {
  if (!conflicts.has(key)) conflicts.set(key, reason);
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** Which side a unit's value comes from, by the three-way rule (on canonical JSON). */
export function choose(base: string, mine: string, theirs: string): "mine" | "theirs" | "conflict" {
  if (mine === base) return "theirs";
  if (theirs === base || mine === theirs) return "mine";
  return "conflict";
}

function mergeValue<T>(key: string, base: T, mine: T, theirs: T, conflicts: Conflicts, options: { whole?: boolean } = {}): T {
  const side = choose(canonicalJson(base), canonicalJson(mine), canonicalJson(theirs));
  const merged = options.whole
    ? side === "conflict"
      ? { ok: false as const }
      : { ok: true as const, value: side === "mine" ? mine : theirs }
    : mergeFields(base, mine, theirs);
  if (!merged.ok) {
    report(conflicts, key, "both_changed");
    return theirs;
  }
  return merged.value as T;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The three-way rule applied property by property inside a unit, down through plain objects: one person
 * fixing a question's English text while another changes its choices, or one rewording the French title
 * while another makes the question required, both keep their edit. Lists (choices, rows, dimension items)
 * stay whole — their order means something — and the same property changed differently is a conflict.
 */
function mergeFields(base: unknown, mine: unknown, theirs: unknown): { ok: true; value: unknown } | { ok: false } {
  const side = choose(canonicalJson(base) ?? "", canonicalJson(mine) ?? "", canonicalJson(theirs) ?? "");
  if (side !== "conflict") return { ok: true, value: side === "mine" ? mine : theirs };
  if (!isRecord(mine) || !isRecord(theirs) || (base !== undefined && !isRecord(base))) return { ok: false };
  const was = base ?? {};
  const value: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(was)])) {
    const field = mergeFields(was[key], mine[key], theirs[key]);
    if (!field.ok) return field;
    if (field.value !== undefined) value[key] = field.value;
  }
  return { ok: true, value };
}

/** The "questionnaire" unit: everything of the draft that no other unit holds. */
function ownFields(draft: DraftContent) {
  const { definition, scoring, ...fields } = draft;
  const { pages: _pages, ...survey } = definition;
  const { scale: _scale, dimensions: _dimensions, indicators: _indicators, ...rest } = scoring;
  return { ...fields, definition: survey, scoring: rest };
}

/**
 * A draft's ordered units as a tree: pages under the root, elements under pages and panels, each node keyed
 * by its unit's key. Dimensions and indicators are flat trees of their own.
 */
interface Tree {
  nodes: Map<string, TreeNode>;
  /** Container key (ROOT, a page's or a panel's key) → its children's keys, in order. */
  children: Map<string, string[]>;
  duplicates: string[];
}

interface TreeNode {
  /** The unit without its children. */
  content: object;
  parent: string;
  container: boolean;
}

const ROOT = "";

function emptyTree(): Tree {
  return { nodes: new Map(), children: new Map([[ROOT, []]]), duplicates: [] };
}

function addNode(tree: Tree, key: string, parent: string, content: object, container: boolean): void {
  if (tree.nodes.has(key)) tree.duplicates.push(key);
  tree.nodes.set(key, { content, parent, container });
  tree.children.get(parent)?.push(key);
  if (container) tree.children.set(key, []);
}

function surveyTree(definition: SurveyDefinition): Tree {
  const tree = emptyTree();
  const walk = (elements: SurveyElement[], parent: string) => {
    for (const element of elements) {
      const key = targetKey({ type: "question", name: element.name });
      const { elements: children, ...content } = element;
      if (Array.isArray(children)) {
        addNode(tree, key, parent, content, true);
        walk(children, key);
      } else addNode(tree, key, parent, element, false);
    }
  };
  for (const page of definition.pages) {
    const key = targetKey({ type: "page", name: page.name });
    const { elements, ...content } = page;
    addNode(tree, key, ROOT, content, true);
    walk(elements ?? [], key);
  }
  return tree;
}

function dimensionTree(draft: DraftContent): Tree {
  const tree = emptyTree();
  for (const d of draft.scoring.dimensions) addNode(tree, targetKey({ type: "dimension", id: d.id }), ROOT, d, false);
  return tree;
}

function indicatorTree(draft: DraftContent): Tree {
  const tree = emptyTree();
  for (const i of draft.scoring.indicators) addNode(tree, targetKey({ type: "indicator", id: i.id }), ROOT, i, false);
  return tree;
}

function surveyPages(tree: Tree): SurveyPage[] {
  const build = (container: string): SurveyElement[] =>
    (tree.children.get(container) ?? []).map((key) => {
      const node = tree.nodes.get(key)!;
      return (node.container ? { ...node.content, elements: build(key) } : { ...node.content }) as SurveyElement;
    });
  return (tree.children.get(ROOT) ?? []).map((key) => ({ ...tree.nodes.get(key)!.content, elements: build(key) }) as SurveyPage);
}

function listItems<T>(tree: Tree): T[] {
  return (tree.children.get(ROOT) ?? []).map((key) => ({ ...tree.nodes.get(key)!.content }) as T);
}

/**
 * Merges the units of three trees, then the order of every container of the result. `orderKey` names the
 * unit an order conflict is reported on.
 */
function mergeTree(base: Tree, mine: Tree, theirs: Tree, orderKey: (key: string) => string, conflicts: Conflicts): Tree {
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

/**
 * The order of one container's members in the result: the constraints of both sides (pairs each swapped,
 * each new element after its predecessor on its side), ties broken by the sequence merge (see above).
 */
function mergeOrder(
  container: string,
  base: Tree,
  mine: Tree,
  theirs: Tree,
  members: Set<string>,
  orderKey: (key: string) => string,
  conflicts: Conflicts,
): string[] {
  const [b, m, t] = [base, mine, theirs].map((tree) => tree.children.get(container) ?? []) as [string[], string[], string[]];
  const reference = sequenceMerge(b, m, t, members);
  const inBase = new Map(b.map((key, i) => [key, i]));
  const after = new Map<string, Set<string>>(reference.map((key) => [key, new Set()]));
  for (const side of [m, t]) {
    const listed = side.filter((key) => members.has(key));
    listed.forEach((key, i) => {
      const at = inBase.get(key);
      if (at === undefined) {
        const predecessor = listed[i - 1];
        if (predecessor !== undefined) after.get(predecessor)?.add(key);
        return;
      }
      for (const later of listed.slice(i + 1)) {
        const laterAt = inBase.get(later);
        if (laterAt !== undefined && laterAt < at) after.get(key)?.add(later);
      }
    });
  }

  // Kahn's topological sort, always taking the earliest ready element of the reference order.
  const pending = new Map(reference.map((key) => [key, 0]));
  for (const next of after.values()) for (const key of next) pending.set(key, (pending.get(key) ?? 0) + 1);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < reference.length) {
    const ready = reference.find((key) => !placed.has(key) && pending.get(key) === 0);
    if (ready === undefined) break;
    order.push(ready);
    placed.add(ready);
    for (const key of after.get(ready) ?? []) pending.set(key, (pending.get(key) ?? 0) - 1);
  }
  const stuck = reference.filter((key) => !placed.has(key));
  for (const key of stuck) if (reaches(after, key, key, placed)) report(conflicts, orderKey(key), "both_changed");
  return [...order, ...stuck];
}

function reaches(after: Map<string, Set<string>>, from: string, to: string, excluded: Set<string>): boolean {
  const seen = new Set<string>();
  const stack = [...(after.get(from) ?? [])];
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (key === to) return true;
    if (seen.has(key) || excluded.has(key)) continue;
    seen.add(key);
    stack.push(...(after.get(key) ?? []));
  }
  return false;
}

/**
 * The customary sequence merge: theirs' list without what mine removed or moved, then each element mine added
 * or moved (out of the longest subsequence it kept from base) right after its nearest predecessor in mine
 * that is already placed, or first.
 */
function sequenceMerge(base: string[], mine: string[], theirs: string[], members: Set<string>): string[] {
  const inBase = new Set(base);
  const inMine = new Set(mine);
  const kept = longestCommonSubsequence(
    base.filter((key) => inMine.has(key)),
    mine.filter((key) => inBase.has(key)),
  );
  const reinserted = new Set(mine.filter((key) => !kept.has(key)));
  const out = theirs.filter((key) => members.has(key) && !reinserted.has(key));
  const placed = new Set(out);
  mine.forEach((key, i) => {
    if (!members.has(key) || placed.has(key)) return;
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const predecessor = mine[j]!;
      if (placed.has(predecessor)) {
        at = out.indexOf(predecessor) + 1;
        break;
      }
    }
    out.splice(at, 0, key);
    placed.add(key);
  });
  // Members listed by neither side here (only when other units conflict): base order, then by key.
  for (const key of [...base, ...[...members].sort()]) {
    if (members.has(key) && !placed.has(key)) {
      out.push(key);
      placed.add(key);
    }
  }
  return out;
}

/** The elements of one longest common subsequence of two lists (dynamic programming; ties: first of `a`). */
function longestCommonSubsequence(a: string[], b: string[]): Set<string> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const out = new Set<string>();
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.add(a[i]!);
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return out;
}
