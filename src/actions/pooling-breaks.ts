import type { Store } from "../db/store.ts";
import { breaksPooling, scoredKeys } from "../domain/codesign/pooling-breaks.ts";
import type { PoolingBreak } from "../domain/questionnaire/comparability.ts";

/**
 * The versions of a questionnaire at which a recorded decision breaks its series: a rewording of something
 * scored (in that version or the one before) judged not comparable.
 */
export async function poolingBreaks(store: Pick<Store, "drafts" | "questionnaires">, slug: string): Promise<PoolingBreak[]> {
  const decisions = await store.drafts.listVersionDecisions(slug);
  if (decisions.length === 0) return [];
  const versions = new Map((await store.questionnaires.listPublishedVersions(slug)).map((v) => [v.version, v]));
  const breaks = new Set<number>();
  for (const decision of decisions) {
    const keys = new Set([
      ...scoredKeys(versions.get(decision.version)!.scoring),
      ...(versions.has(decision.version - 1) ? scoredKeys(versions.get(decision.version - 1)!.scoring) : []),
    ]);
    if (breaksPooling(decision, keys)) breaks.add(decision.version);
  }
  return [...breaks].map((version) => ({ slug, version }));
}
