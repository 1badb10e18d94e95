import { responseId, sha256 } from "../auth/tokens.ts";
import { maskFreeText } from "../domain/anonymity/mask-free-text.ts";
import { availability, dayOf } from "../domain/campaign-window.ts";
import { deriveResponse } from "../domain/derive-response.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ActionContext } from "./context.ts";

export interface ResponseInput {
  answers: Record<string, unknown>;
  /** The invitation token, for a campaign that requires one. */
  invitation?: string | undefined;
  locale: "fr" | "en";
}

/**
 * A respondent's answers to an open campaign: checked against the version's questions, free texts masked of
 * identifiers, scored, and stored with the report cells they add to. Anonymous and never audited (an audit
 * entry would tie a time to an answer); the store writes the response, its scores and its invitation's use
 * in one transaction of its own, shared with the submissions of the same moment (group commit).
 * @returns the respondent's own dimension scores, with what they need to be read.
 */
export async function submitResponse(
  { store, clock, versions }: Pick<ActionContext, "store" | "clock" | "versions">,
  code: string,
  input: ResponseInput,
) {
  const campaign = await store.campaigns.getByCode(code);
  if (!campaign) throw new DomainError("campaign_not_found");
  const now = clock();
  const state = availability(campaign, now);
  if (state !== "open") throw new DomainError("campaign_not_open", { availability: state });
  if (campaign.requiresInvitation && !input.invitation) throw new DomainError("invitation_required");

  const compiled = await versions.get(campaign.versionId);
  if (!compiled) throw new Error(`campaign ${campaign.id} points at a missing version`);
  const checked = compiled.validate(input.answers);
  if (!checked.ok) throw new DomainError("invalid_answers", { questions: checked.errors });
  const answers = { ...checked.answers };
  for (const name of compiled.freeText) {
    const value = answers[name];
    if (typeof value === "string") answers[name] = maskFreeText(value).text;
  }

  const day = dayOf(now);
  const { scoring } = compiled.version;
  const { scores, cells } = deriveResponse(scoring, answers, { structureId: campaign.structureId, role: campaign.role, day });
  await store.responses.submit({
    id: responseId(),
    campaignId: campaign.id,
    structureId: campaign.structureId,
    versionId: campaign.versionId,
    role: campaign.role,
    answers,
    locale: input.locale,
    submittedOn: day,
    scores,
    cells,
    ...(campaign.requiresInvitation && input.invitation ? { invitationHash: sha256(input.invitation) } : {}),
  });
  const dimensions = new Map(scoring.dimensions.map((d) => [d.id, d]));
  return scores.map((s) => {
    const d = dimensions.get(s.dimension)!;
    return { ...s, title: d.title, description: d.description, higherIsBetter: d.higherIsBetter !== false };
  });
}
