import { sha256 } from "../auth/tokens.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { ActionContext } from "./context.ts";

/**
 * Whether `invitation` is one the campaign issued, so that a mistyped code is caught before the first
 * question rather than after the last. Read-only, never stored, never audited.
 *
 * A used code gets the same answer as an unused one: "recognised". Telling them apart would let whoever
 * handed out a slip — and so knows its code and to whom it went — learn, without spending it, whether that
 * person has answered. A code already used is refused at submission, and the answers stay on the device.
 * Nothing is revealed about other codes: the answer concerns the code sent alone, and codes carry 128 bits.
 */
export async function checkInvitation({ store }: Pick<ActionContext, "store">, code: string, invitation: string): Promise<boolean> {
  const campaign = await store.campaigns.getByCode(code);
  if (!campaign) throw new DomainError("campaign_not_found");
  if (!campaign.requiresInvitation) return false;
  return store.campaigns.issuedInvitation(campaign.id, sha256(invitation));
}
