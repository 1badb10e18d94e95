import { api } from "../../shared/api-client.ts";
import { unwrap } from "../api-call.ts";

export function loadRegionReport(code: string, questionnaire: string) {
  return unwrap(api.reports.regions[":code"].$get({ param: { code }, query: { questionnaire } }));
}
export type RegionReport = Awaited<ReturnType<typeof loadRegionReport>>;

export function loadAudit() {
  return unwrap(api.audit.$get({ query: { limit: "200" } })).then((b) => b.entries);
}

export function inviteStaff(input: Parameters<typeof api.accounts.invitations.$post>[0]["json"]) {
  return unwrap(api.accounts.invitations.$post({ json: input }));
}
export type InvitationInput = Parameters<typeof inviteStaff>[0];
