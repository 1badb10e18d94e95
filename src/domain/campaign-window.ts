import type { CampaignRecord } from "./campaigns.ts";

export type Availability = "open" | "not_yet_open" | "closed" | "paused";

/**
 * Whether a campaign takes answers at `now`: active, and inside its window [opensAt, closesAt).
 * @example
 * availability({ status: "active", opensAt: "2026-01-01T00:00:00Z", closesAt: null }, new Date()) // → "open"
 */
export function availability(campaign: Pick<CampaignRecord, "status" | "opensAt" | "closesAt">, now: Date): Availability {
  if (campaign.status === "closed") return "closed";
  if (campaign.status === "paused") return "paused";
  const t = now.getTime();
  if (t < Date.parse(campaign.opensAt)) return "not_yet_open";
  if (campaign.closesAt !== null && t >= Date.parse(campaign.closesAt)) return "closed";
  return "open";
}

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar day (YYYY-MM-DD, Europe/Paris) of an instant: the finest time stored with a response, so that
 * a response cannot be matched to a moment (a visit, a log line, an invitation handed over).
 */
export function dayOf(date: Date): string {
  return PARIS_DAY.format(date);
}
