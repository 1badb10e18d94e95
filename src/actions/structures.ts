import type { UserRecord } from "../domain/accounts.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { Setting, StructureKind } from "../domain/structures.ts";
import { regionOfDepartment } from "../domain/territory.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";

export interface StructureInput {
  name: string;
  kind: StructureKind;
  department: string;
  setting: Setting;
}

/** A new structure, placed in the region of its département: admins anywhere, coordinators in their region. */
export async function createStructure({ store, clock }: Pick<ActionContext, "store" | "clock">, user: UserRecord, input: StructureInput) {
  const region = regionOfDepartment(input.department);
  if (!region) throw new DomainError("invalid_request", [{ path: "department", message: "not a French département INSEE code" }]);
  permit(user, { action: "structure.create", region });
  const now = clock();
  return store.transaction(async (tx) => {
    const structure = await tx.structures.create({ ...input, region }, now);
    await tx.audit.record({ userId: user.id, action: "structure.create", targetType: "structure", targetId: structure.id, region }, now);
    return structure;
  });
}
