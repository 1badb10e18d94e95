import { api } from "../../shared/api-client.ts";
import { unwrap } from "../api-call.ts";

export function createCampaign(input: Parameters<typeof api.campaigns.$post>[0]["json"]) {
  return unwrap(api.campaigns.$post({ json: input }));
}
export type CreatedCampaign = Awaited<ReturnType<typeof createCampaign>>;
export type CampaignInput = Parameters<typeof createCampaign>[0];

export type StatusAction = "pause" | "resume" | "close";

export function setCampaignStatus(code: string, action: StatusAction) {
  const param = { param: { code } };
  const route = api.campaigns[":code"];
  if (action === "pause") return unwrap(route.pause.$post(param));
  if (action === "resume") return unwrap(route.resume.$post(param));
  return unwrap(route.close.$post(param));
}
export type StatusChange = Awaited<ReturnType<typeof setCampaignStatus>>;

/** A structure's campaigns with their response counts (exact only from the threshold up). */
export function listCampaigns(structureId: number) {
  return unwrap(api.structures[":id"].campaigns.$get({ param: { id: String(structureId) } })).then((b) => b.campaigns);
}
export type CampaignSummary = Awaited<ReturnType<typeof listCampaigns>>[number];

/** The full address a respondent opens; the QR code and the slips carry it. */
export function campaignUrl(code: string, invitation?: string): string {
  const url = new URL(`/r/${encodeURIComponent(code)}`, window.location.origin);
  if (invitation) url.searchParams.set("i", invitation);
  return url.toString();
}
