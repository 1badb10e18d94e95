import type { Context } from "hono";
import type { AppEnv } from "./context.ts";

/**
 * Counts an accepted submission towards its campaign's figure and, the first time the figure is passed
 * within a window, alerts the structure's managers: an audit entry now, and a notice on their campaign list.
 * The campaign stays open: closing it would hand anyone able to send answers a way to silence a structure.
 * The entry names the campaign and the moment, nothing of any response.
 */
export async function countAcceptedSubmission(c: Context<AppEnv>, code: string): Promise<void> {
  const surge = c.var.rateLimits.acceptedSubmission(c, code);
  if (!surge) return;
  const { store, clock } = c.var.deps;
  const campaign = await store.campaigns.getByCode(code);
  const structure = campaign && (await store.structures.get(campaign.structureId));
  await store.audit.record(
    {
      userId: null,
      action: "campaign.submission_surge",
      targetType: "campaign",
      targetId: code,
      details: surge,
      region: structure?.region ?? null,
    },
    clock(),
  );
}
