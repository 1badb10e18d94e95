import { dayOf } from "../domain/campaign-window.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ActionContext } from "./context.ts";

type JourneyContext = Pick<ActionContext, "store" | "config" | "clock">;

const DAY_MS = 24 * 60 * 60_000;

/**
 * Stores or replaces a respondent's encrypted history. The server learns the look-up key, the blob's bytes and
 * today's date — no more: the blob is sealed in the browser, and this request carries no response. Histories
 * not stored again for `journeyRetentionDays` are deleted on the way.
 */
export async function storeJourney(ctx: JourneyContext, lookupKey: string, sealed: Uint8Array): Promise<void> {
  const now = ctx.clock();
  const expiredBefore = dayOf(new Date(now.getTime() - ctx.config.journeyRetentionDays * DAY_MS));
  if (!(await ctx.store.journeys.put(lookupKey, sealed, dayOf(now), expiredBefore))) throw new DomainError("storage_busy");
}

/** The blob stored under this key; the same `not_found` whether the key was never used, deleted or expired. */
export async function readJourney(ctx: Pick<ActionContext, "store">, lookupKey: string): Promise<Uint8Array> {
  const sealed = await ctx.store.journeys.get(lookupKey);
  if (!sealed) throw new DomainError("not_found");
  return sealed;
}

/** Deletes the blob, whether or not there was one: the answer says nothing of what was stored. */
export async function deleteJourney(ctx: Pick<ActionContext, "store">, lookupKey: string): Promise<void> {
  if (!(await ctx.store.journeys.delete(lookupKey))) throw new DomainError("storage_busy");
}
