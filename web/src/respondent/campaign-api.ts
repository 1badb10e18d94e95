import type { InferResponseType } from "hono/client";
import { api } from "../shared/api-client.ts";
import { readApiError, type ApiErrorCode } from "../shared/api-error.ts";
import type { PendingSubmission } from "./device-storage.ts";

const campaignEndpoint = api.campaigns[":code"];

export type Campaign = InferResponseType<(typeof campaignEndpoint)["$get"], 200>;
export type Submitted = InferResponseType<(typeof campaignEndpoint)["responses"]["$post"], 201>;

export type CampaignLoad = { kind: "found"; campaign: Campaign } | { kind: "not_found" } | { kind: "offline" } | { kind: "failed" };

export async function loadCampaign(code: string): Promise<CampaignLoad> {
  let res: Response;
  try {
    res = await campaignEndpoint.$get({ param: { code } });
  } catch {
    return { kind: "offline" };
  }
  if (res.status === 200) return { kind: "found", campaign: (await res.json()) as Campaign };
  if (res.status === 404 || res.status === 400) return { kind: "not_found" };
  return { kind: "failed" };
}

/**
 * What became of a submission:
 * - `sent`: the server has it (the caller forgets the device copy);
 * - `waiting`: no network, or the server could not take it now (5xx, 429): keep it and try again later;
 * - `refused`: the server will never take it (closed campaign, used invitation…): forget it and explain.
 */
export type SubmitOutcome =
  { kind: "sent"; result: Submitted } | { kind: "waiting"; offline: boolean } | { kind: "refused"; code: ApiErrorCode; status: number };

export async function submitAnswers(code: string, submission: PendingSubmission): Promise<SubmitOutcome> {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return { kind: "waiting", offline: true };
  let res: Response;
  try {
    res = await campaignEndpoint.responses.$post({
      param: { code },
      json: {
        answers: submission.answers,
        locale: submission.locale,
        ...(submission.invitation ? { invitation: submission.invitation } : {}),
      },
    });
  } catch {
    return { kind: "waiting", offline: true };
  }
  if (res.status === 201) return { kind: "sent", result: (await res.json()) as Submitted };
  if (res.status >= 500 || res.status === 429) return { kind: "waiting", offline: false };
  return { kind: "refused", code: (await readApiError(res)).code, status: res.status };
}

/**
 * Whether the campaign issued this invitation code (used or not: the server never says). "unknown" when the
 * check could not be made (no network, too many checks): the code is then only checked on sending.
 */
export async function checkInvitation(code: string, invitation: string): Promise<"recognised" | "not_recognised" | "unknown"> {
  try {
    const res = await campaignEndpoint.invitations.check.$post({ param: { code }, json: { invitation } });
    if (res.status !== 200) return "unknown";
    return (await res.json()).recognised ? "recognised" : "not_recognised";
  } catch {
    return "unknown";
  }
}
