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

/**
 * When a structure leaves Repères: deletes its campaigns, their invitations, its responses and scores and
 * the report cells derived from them, with an audit entry, in one transaction. What was released stays as
 * released: figures in the ledger and report snapshots are aggregates, and the ledger never changes. The
 * structure itself stays, named by those released figures. The caller types the structure's name to
 * confirm. Then the write-ahead log is truncated, so that the pages zeroed by `secure_delete` replace the
 * old ones in the main file and the deleted rows leave no trace on disk; if a reader (a backup) keeps that
 * from completing, `storage_busy` says so — the rows are deleted, and calling again finishes the job.
 */
export async function eraseStructureData(
  { store, clock }: Pick<ActionContext, "store" | "clock">,
  user: UserRecord,
  structureId: number,
  confirmation: string,
) {
  const structure = await store.structures.get(structureId);
  if (!structure) throw new DomainError("structure_not_found");
  permit(user, { action: "structure.erase", structure });
  if (confirmation.trim() !== structure.name.trim()) throw new DomainError("erasure_not_confirmed");
  const now = clock();
  const erased = await store.transaction(async (tx) => {
    const counts = await tx.structureData.erase(structure.id);
    await tx.audit.record(
      {
        userId: user.id,
        action: "structure.erase_data",
        targetType: "structure",
        targetId: structure.id,
        region: structure.region,
        details: counts,
      },
      now,
    );
    return counts;
  });
  if (!(await store.truncateWal())) throw new DomainError("storage_busy");
  return erased;
}
