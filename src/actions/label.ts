import { randomBytes } from "node:crypto";
import type { UserRecord } from "../domain/accounts.ts";
import { METHOD_VERSION } from "../domain/benchmark/method-version.ts";
import { previousQuarter, quarterEnd, quarterOf, quartersBetween } from "../domain/benchmark/periods.ts";
import { dayOf } from "../domain/campaign-window.ts";
import { DomainError } from "../domain/domain-error.ts";
import { agreedAssessment, newestFirst } from "../domain/label/agreed-assessment.ts";
import { LABEL_CRITERIA, LABEL_CRITERIA_HASH, type LivedMeasure } from "../domain/label/criteria.ts";
import { labelProfile, type LabelProfile } from "../domain/label/profile.ts";
import { regionDistribution, type MemberProfile } from "../domain/label/region-distribution.ts";
import { triangulate, type LivedFigure } from "../domain/label/triangulation.ts";
import type { Localized } from "../domain/questionnaire/types.ts";
import type { VersionRecord } from "../domain/questionnaire/versions.ts";
import { listQuestions } from "../domain/questionnaire/survey-elements.ts";
import type { StructureRecord } from "../domain/structures.ts";
import { MIN_STRUCTURES } from "../domain/release/rules.ts";
import type { StoredAssessment } from "../db/label-store.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";
import { readStructureReport, structureSummary } from "./reports.ts";

/**
 * The regional label: a structure's profile from its agreed self-assessment, read by the structure and its
 * coordination at once (the self-assessment is the structure's own, no small-cell rule applies to it), checked
 * against released figures of its peer workers and patients; dated certificates; and the region's distribution,
 * public under the units rule (domain/label/region-distribution.ts).
 */

type LabelContext = Pick<ActionContext, "store" | "config" | "clock" | "reportPools">;

/** The criteria as every answer cites them: which file, which version, which content. */
export function criteriaReference() {
  return {
    id: LABEL_CRITERIA.id,
    version: LABEL_CRITERIA.version,
    hash: LABEL_CRITERIA_HASH,
    published: LABEL_CRITERIA.published,
    title: LABEL_CRITERIA.title,
    thresholds: LABEL_CRITERIA.thresholds,
    label: LABEL_CRITERIA.label,
    criteria: LABEL_CRITERIA.criteria.map(({ id, title, rationale, lived }) => ({ id, title, rationale, lived })),
  };
}

async function managedStructure({ store }: LabelContext, user: UserRecord, id: number) {
  const structure = await store.structures.get(id);
  if (!structure) throw new DomainError("structure_not_found");
  permit(user, { action: "structure.manage", structure });
  return structure;
}

interface Library {
  versions: Map<number, VersionRecord>;
  titles: Map<number, Map<string, Localized>>;
}

async function selfAssessmentLibrary({ store }: LabelContext): Promise<Library> {
  const published = await store.questionnaires.listPublishedVersions(LABEL_CRITERIA.questionnaire);
  const versions = new Map(published.map((v) => [v.id, v]));
  const titles = new Map(
    published.map((v) => [
      v.id,
      new Map(listQuestions(v.definition).flatMap(({ question }) => (question.title ? [[question.name, question.title] as const] : []))),
    ]),
  );
  return { versions, titles };
}

function profileOf(library: Library, assessment: StoredAssessment): LabelProfile {
  const version = library.versions.get(assessment.versionId)!;
  return labelProfile(LABEL_CRITERIA, version.scoring, library.titles.get(version.id)!, assessment.answers);
}

/** The released figure a lived measure reads: the structure's own for patients, its smallest released group for peer workers. */
async function livedFigures(ctx: LabelContext, structure: StructureRecord) {
  const measures = LABEL_CRITERIA.criteria.flatMap((c) => c.lived);
  const found = new Map<string, LivedFigure | null>();
  const key = (m: LivedMeasure) => `${m.role}|${m.questionnaire}|${m.indicator}`;
  const reports = new Map<string, Awaited<ReturnType<typeof readStructureReport>>>();
  let horizon = null as string | null;
  for (const m of measures) {
    const reportKey = `${m.questionnaire}|${m.role}`;
    let report = reports.get(reportKey);
    if (!report) {
      report = await readStructureReport(ctx, structure, { questionnaire: m.questionnaire, role: m.role, period: "year" });
      reports.set(reportKey, report);
    }
    horizon = horizon === null || report.horizon > horizon ? report.horizon : horizon;
    const indicator = report.roles.find((r) => r.role === m.role)?.indicators.find((i) => i.id === m.indicator);
    found.set(key(m), indicator ? livedFigure(m, indicator, report.horizon) : null);
  }
  return { lookup: (m: LivedMeasure) => found.get(key(m)) ?? null, horizon };
}

type IndicatorReading = Awaited<ReturnType<typeof readStructureReport>>["roles"][number]["indicators"][number];

function livedFigure(measure: LivedMeasure, indicator: IndicatorReading, horizon: string): LivedFigure | null {
  if (measure.role === "patient") {
    const own = indicator.structure;
    if ("suppressed" in own) return null;
    return { scope: "structure", value: own.value, respondents: own.n, structures: 1, cutoff: indicator.cutoff ?? horizon };
  }
  for (const scope of ["kind", "region"] as const) {
    const group = indicator.groups[scope];
    if (!("suppressed" in group))
      return { scope, value: group.value, respondents: group.respondents, structures: group.structures, cutoff: group.cutoff ?? horizon };
  }
  return null;
}

/** The structure's label profile, as served: by GET …/label and frozen by a certificate. */
async function buildLabel(ctx: LabelContext, structure: StructureRecord) {
  const library = await selfAssessmentLibrary(ctx);
  const assessments = await ctx.store.label.assessments([structure.id], [...library.versions.keys()]);
  const marks = await ctx.store.label.marks([structure.id]);
  const agreed = agreedAssessment(assessments, marks);
  const profile = agreed ? profileOf(library, agreed.submission) : null;
  const lived = await livedFigures(ctx, structure);
  const markedIds = new Set(marks.map((m) => m.responseId));
  return {
    structure: structureSummary(structure),
    criteria: criteriaReference(),
    method: METHOD_VERSION,
    horizon: lived.horizon,
    assessment: agreed && {
      responseId: agreed.submission.id,
      questionnaire: LABEL_CRITERIA.questionnaire,
      version: library.versions.get(agreed.submission.versionId)!.version,
      submittedOn: agreed.submission.submittedOn,
      final: agreed.final,
      markedAt: agreed.markedAt,
    },
    profile,
    triangulation: profile ? triangulate(LABEL_CRITERIA, profile.criteria, lived.lookup) : [],
    history: newestFirst(assessments).map((a) => ({
      responseId: a.id,
      version: library.versions.get(a.versionId)!.version,
      submittedOn: a.submittedOn,
      level: profileOf(library, a).level,
      agreed: a.id === agreed?.submission.id,
      markedFinal: markedIds.has(a.id),
    })),
  };
}

export async function readLabel(ctx: LabelContext, user: UserRecord, id: number) {
  const structure = await managedStructure(ctx, user, id);
  const body = await buildLabel(ctx, structure);
  const entry = { userId: user.id, action: "label.read", targetType: "structure", targetId: structure.id, region: structure.region };
  await ctx.store.audit.record(entry, ctx.clock());
  return body;
}

/** The manager's choice of the submission that speaks for the structure; the mark and its audit entry commit together. */
export async function markFinal(ctx: LabelContext, user: UserRecord, id: number, responseId: string) {
  const structure = await managedStructure(ctx, user, id);
  const library = await selfAssessmentLibrary(ctx);
  const assessments = await ctx.store.label.assessments([structure.id], [...library.versions.keys()]);
  if (!assessments.some((a) => a.id === responseId)) throw new DomainError("not_found");
  const now = ctx.clock();
  await ctx.store.transaction(async (tx) => {
    await tx.label.addMark({ structureId: structure.id, responseId, markedBy: user.id }, now);
    const entry = {
      userId: user.id,
      action: "label.mark_final",
      targetType: "structure",
      targetId: structure.id,
      region: structure.region,
    };
    await tx.audit.record({ ...entry, details: { responseId } }, now);
  });
  return buildLabel(ctx, structure);
}

/** Freezes the profile as served, with the criteria and method versions and the data cut-off. */
export async function takeCertificate(ctx: LabelContext, user: UserRecord, id: number) {
  const structure = await managedStructure(ctx, user, id);
  // Read first: the reading may release a closed quarter, which is no part of this transaction.
  const body = await buildLabel(ctx, structure);
  if (!body.profile || !body.assessment) throw new DomainError("label_not_assessed");
  const now = ctx.clock();
  const certificate = await ctx.store.transaction(async (tx) => {
    const created = await tx.label.createCertificate(
      {
        id: randomBytes(16).toString("hex"),
        structureId: structure.id,
        criteriaVersion: LABEL_CRITERIA.version,
        criteriaHash: LABEL_CRITERIA_HASH,
        methodVersion: METHOD_VERSION,
        dataCutoff: body.horizon ?? quarterEnd(previousQuarter(quarterOf(dayOf(now)))),
        assessedOn: body.assessment!.submittedOn,
        level: body.profile!.level,
        content: body,
        createdBy: user.id,
      },
      now,
    );
    const entry = {
      userId: user.id,
      action: "label.certificate",
      targetType: "certificate",
      targetId: created.id,
      region: structure.region,
    };
    await tx.audit.record(entry, now);
    return created;
  });
  return { ...certificate, content: body };
}

export async function listCertificates(ctx: LabelContext, user: UserRecord, id: number) {
  const structure = await managedStructure(ctx, user, id);
  return ctx.store.label.listCertificates([structure.id]);
}

export async function readCertificate(ctx: LabelContext, user: UserRecord, id: number, certificateId: string) {
  const structure = await managedStructure(ctx, user, id);
  const certificate = await ctx.store.label.getCertificate(structure.id, certificateId);
  if (!certificate) throw new DomainError("not_found");
  const entry = {
    userId: user.id,
    action: "label.certificate_read",
    targetType: "certificate",
    targetId: certificateId,
    region: structure.region,
  };
  await ctx.store.audit.record(entry, ctx.clock());
  return certificate;
}

/** Every certificate of a region's structures, for its coordination. */
export async function regionCertificates(ctx: LabelContext, user: UserRecord, region: string) {
  permit(user, { action: "region.read", region });
  const structures = await ctx.store.structures.list({ region });
  const names = new Map(structures.map((s) => [s.id, s.name]));
  const certificates = await ctx.store.label.listCertificates(structures.map((s) => s.id));
  return certificates.map((c) => ({ ...c, structureName: names.get(c.structureId)! }));
}

/** The region's label distribution as released at the end of the last closed quarter: public. */
export async function readRegionLabel(ctx: LabelContext, region: string) {
  const library = await selfAssessmentLibrary(ctx);
  const structures = await ctx.store.structures.list({ region });
  const assessments = await ctx.store.label.assessments(
    structures.map((s) => s.id),
    [...library.versions.keys()],
  );
  const marks = await ctx.store.label.marks(structures.map((s) => s.id));
  const last = previousQuarter(quarterOf(dayOf(ctx.clock())));
  const first = assessments.reduce<string | null>((min, a) => (min === null || a.submittedOn < min ? a.submittedOn : min), null);
  const quarters = first === null || quarterOf(first) > last ? [] : quartersBetween(quarterOf(first), last);
  const memo = new Map<string, MemberProfile | null>();
  const profileAt = (memberId: number, quarter: string): MemberProfile | null => {
    const key = `${memberId}|${quarter}`;
    if (!memo.has(key)) {
      const agreed = agreedAssessment(
        assessments.filter((a) => a.structureId === memberId),
        marks.filter((m) => m.structureId === memberId),
        quarterEnd(quarter),
      );
      const profile = agreed && profileOf(library, agreed.submission);
      memo.set(key, profile && { level: profile.level, criteria: Object.fromEntries(profile.criteria.map((c) => [c.id, c.level])) });
    }
    return memo.get(key)!;
  };
  const distribution = regionDistribution({
    members: structures,
    quarters,
    profileAt,
    criteria: LABEL_CRITERIA.criteria.map((c) => c.id),
  });
  return {
    criteria: criteriaReference(),
    method: METHOD_VERSION,
    minStructures: MIN_STRUCTURES,
    cutoff: distribution.quarter && quarterEnd(distribution.quarter),
    ...distribution,
  };
}
