import type { SurveyDefinition, SurveyElement, SurveyPage } from "../questionnaire/types.ts";
import { targetKey, type DraftContent } from "./types.ts";

/**
 * A draft's ordered units as a tree: pages under the root, elements under pages and panels, each node keyed
 * by its unit's key. Dimensions and indicators are flat trees of their own.
 */
export interface Tree {
  nodes: Map<string, TreeNode>;
  /** Container key (ROOT, a page's or a panel's key) → its children's keys, in order. */
  children: Map<string, string[]>;
  duplicates: string[];
}

export interface TreeNode {
  /** The unit without its children. */
  content: object;
  parent: string;
  container: boolean;
}

export const ROOT = "";

export function emptyTree(): Tree {
  return { nodes: new Map(), children: new Map([[ROOT, []]]), duplicates: [] };
}

export function addNode(tree: Tree, key: string, parent: string, content: object, container: boolean): void {
  if (tree.nodes.has(key)) tree.duplicates.push(key);
  tree.nodes.set(key, { content, parent, container });
  tree.children.get(parent)?.push(key);
  if (container) tree.children.set(key, []);
}

export function surveyTree(definition: SurveyDefinition): Tree {
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

export function dimensionTree(draft: DraftContent): Tree {
  const tree = emptyTree();
  for (const d of draft.scoring.dimensions) addNode(tree, targetKey({ type: "dimension", id: d.id }), ROOT, d, false);
  return tree;
}

export function indicatorTree(draft: DraftContent): Tree {
  const tree = emptyTree();
  for (const i of draft.scoring.indicators) addNode(tree, targetKey({ type: "indicator", id: i.id }), ROOT, i, false);
  return tree;
}

export function surveyPages(tree: Tree): SurveyPage[] {
  const build = (container: string): SurveyElement[] =>
    (tree.children.get(container) ?? []).map((key) => {
      const node = tree.nodes.get(key)!;
      return (node.container ? { ...node.content, elements: build(key) } : { ...node.content }) as SurveyElement;
    });
  return (tree.children.get(ROOT) ?? []).map((key) => ({ ...tree.nodes.get(key)!.content, elements: build(key) }) as SurveyPage);
}

export function listItems<T>(tree: Tree): T[] {
  return (tree.children.get(ROOT) ?? []).map((key) => ({ ...tree.nodes.get(key)!.content }) as T);
}
