import type { StructureRecord, UserRecord } from "../db/records.ts";

/**
 * Who may see or act on a structure's data, object by object:
 * - an admin: every structure;
 * - a coordinator (a regional observatory): the structures of their region;
 * - a manager: the structures they manage;
 * - a co-researcher: none (questionnaire design only).
 */
export function canManageStructure(user: UserRecord, structure: Pick<StructureRecord, "id" | "region">): boolean {
  switch (user.role) {
    case "admin":
      return true;
    case "coordinator":
      return user.region !== null && user.region === structure.region;
    case "manager":
      return user.structureIds.includes(structure.id);
    case "co_researcher":
      return user.structureIds.includes(structure.id);
  }
}

/** Creating a structure: admins anywhere, coordinators in their own region. */
export function canCreateStructureIn(user: UserRecord, region: string): boolean {
  return user.role === "admin" || (user.role === "coordinator" && user.region === region);
}
