import { randomInt } from "node:crypto";
import type { UserRecord } from "../domain/accounts.ts";
import { maskForRelease } from "../domain/anonymity/mask-names-addresses.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { RespondentRole } from "../domain/questionnaire/types.ts";
import { listQuestions } from "../domain/questionnaire/survey-elements.ts";
import { releaseComments, type CommentQuestion, type ReleasedComments } from "../domain/release/released-comments.ts";
import type { ActionContext } from "./context.ts";
import { readableStructure } from "./report-readings.ts";
import { structureSummary } from "./reports.ts";

type CommentsContext = Pick<ActionContext, "store" | "config" | "clock" | "reportPools" | "versions">;

export interface StructureComments {
  structure: ReturnType<typeof structureSummary>;
  questionnaire: string;
  release: { quarter: string; cutoff: string } | null;
  threshold: number;
  questions: ReleasedComments[];
}

/**
 * The free-text comments of a structure's respondents, as its readers may see them (released-comments.ts):
 * read from the responses as of the releases of the series on show, never past the newest one's cut-off.
 */
export async function readStructureComments(
  ctx: CommentsContext,
  structure: Parameters<typeof structureSummary>[0],
  query: { questionnaire: string; role?: RespondentRole | undefined },
): Promise<StructureComments> {
  const pool = await ctx.reportPools.get(query.questionnaire, dayOf(ctx.clock()));
  if (!pool) throw new DomainError("questionnaire_not_found");
  const base = { structure: structureSummary(structure), questionnaire: pool.family.root, threshold: ctx.config.minCell };
  const releases = pool.onShow?.releases ?? [];
  const newest = releases[releases.length - 1];
  if (!pool.onShow || !newest) return { ...base, release: null, questions: [] };
  const versions = pool.onShow.series.versions;

  // Every free-text question of the series' versions, labelled as its newest version words it.
  const questions = new Map<string, Omit<CommentQuestion, "role">>();
  for (const version of [...versions].sort((a, b) => b.version - a.version)) {
    const compiled = await ctx.versions.get(version.id);
    const free = new Set(compiled?.freeText ?? []);
    for (const { question } of listQuestions(version.definition))
      if (free.has(question.name) && !questions.has(question.name))
        questions.set(question.name, { question: question.name, label: question.title ?? { fr: question.name, en: question.name } });
  }

  const byRelease = await Promise.all(
    releases.map(async (release) => ({
      cutoff: release.cutoff,
      answers: await ctx.store.responses.freeTexts({
        structureId: structure.id,
        versionIds: versions.map((v) => v.id),
        questions: [...questions.keys()],
        upTo: release.cutoff,
      }),
    })),
  );
  const roles = [...new Set(byRelease.flatMap((r) => r.answers.map((a) => a.role)))].filter((r) => !query.role || r === query.role).sort();
  const out: ReleasedComments[] = [];
  for (const role of roles)
    for (const question of questions.values()) {
      const texts = byRelease.map(({ cutoff, answers }) => ({
        cutoff,
        texts: answers.filter((a) => a.role === role && a.question === question.question).map((a) => a.text),
      }));
      if (texts.every((t) => t.texts.length === 0)) continue;
      out.push(releaseComments({ role, ...question }, texts, { minCell: ctx.config.minCell, mask: maskForRelease, pick: randomInt }));
    }
  return { ...base, release: { quarter: newest.quarter, cutoff: newest.cutoff }, questions: out };
}

/** A structure's comments for its managers, its region's coordinators and admins; every reading audited (never the content). */
export async function structureComments(
  ctx: CommentsContext,
  user: UserRecord,
  id: number,
  query: { questionnaire: string; role?: RespondentRole | undefined },
): Promise<StructureComments> {
  const structure = await readableStructure(ctx, user, id);
  const body = await readStructureComments(ctx, structure, query);
  const entry = { userId: user.id, action: "report.comments", targetType: "structure", targetId: structure.id, region: structure.region };
  await ctx.store.audit.record({ ...entry, details: { questionnaire: query.questionnaire } }, ctx.clock());
  return body;
}
