import type { DraftContent } from "../domain/codesign/types.ts";
import { diffVersions, summarizeDiff } from "../domain/codesign/version-diff.ts";
import { DomainError } from "../domain/domain-error.ts";
import { comparableVersions } from "../domain/questionnaire/comparability.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import type { ActionContext } from "./context.ts";
import { poolingBreaks } from "./pooling-breaks.ts";

/** Reading the questionnaire library: open instruments, public but for how a version was made. */

const asContent = (v: VersionRecord): DraftContent => ({
  title: v.title,
  description: v.description,
  roles: v.roles,
  definition: v.definition,
  scoring: v.scoring,
});

/**
 * What changed between two published versions, each change classified, the decisions the co-researchers
 * recorded in between, and whether the benchmarks pool the two.
 */
export async function compareVersions({ store }: Pick<ActionContext, "store">, slug: string, from: number, to: number) {
  const [before, after] = await Promise.all([store.questionnaires.getVersion(slug, from), store.questionnaires.getVersion(slug, to)]);
  if (!(await store.questionnaires.get(slug))) throw new DomainError("questionnaire_not_found");
  if (!before || before.status !== "published" || !after || after.status !== "published") throw new DomainError("version_not_found");
  const changes = diffVersions(asContent(before), asContent(after));
  const [low, high] = [Math.min(from, to), Math.max(from, to)];
  const decisions = (await store.drafts.listVersionDecisions(slug)).filter((d) => d.version > low && d.version <= high);
  const pooled = comparableVersions(after, [after, before], await poolingBreaks(store, slug)).includes(before);
  return { questionnaire: slug, from, to, changes, summary: summarizeDiff(changes), decisions, pooled };
}

/** How a published version was made: its project, who approved which revision, the recorded decisions. */
export async function versionHistory({ store }: Pick<ActionContext, "store">, slug: string, version: number) {
  const record = await store.questionnaires.getVersion(slug, version);
  if (!record || record.status !== "published") throw new DomainError("version_not_found");
  return { questionnaire: slug, version, publishedAt: record.publishedAt, ...(await store.drafts.versionHistory(record.id)) };
}
