import type { StaffRole, UserRecord } from "./accounts.ts";
import type { StructureRecord } from "./structures.ts";

/**
 * Who may do what, object by object (OWASP API Security Top 10 2023, API1: broken object-level
 * authorization). Every action asks `can(user, permission)`; no route or action decides alone.
 *
 * - admin: the platform — everything.
 * - coordinator: a regional observatory — every structure of its region, its region's audit log, and
 *   invitations of managers for its region's structures.
 * - manager: the structures they manage — their campaigns and reports, and co-managers for them.
 * - co_researcher: questionnaire design — research projects they belong to, and proposing other
 *   co-researchers; no structure data unless also linked to a structure as its manager. Approving a draft
 *   is theirs alone, once their background is attested: the approval rule counts the backgrounds of those
 *   who approve (codesign/approval-rule.ts).
 *
 * Who vouches for a background: an admin for any co-researcher, a coordinator for those of their region.
 * A co-researcher may propose a person and the background they bring, never vouch for it: otherwise one
 * person could invite accounts of their own and approve through them.
 */

type StructureRef = Pick<StructureRecord, "id" | "region">;
type ProjectRef = { memberIds: readonly number[] };

export type Permission =
  /** Create a structure in a region. */
  | { action: "structure.create"; region: string }
  /** Act on a structure's data: create, pause or resume its campaigns, read its report. */
  | { action: "structure.manage"; structure: StructureRef }
  /** Erase what respondents gave a structure (it leaves Repères): the platform's administrators only. */
  | { action: "structure.erase"; structure: StructureRef }
  /** Read what a region's coordination reads of all its structures at once (the list of label certificates). */
  | { action: "region.read"; region: string }
  /** Read the audit log, all of it (no region) or one region's. */
  | { action: "audit.read"; region?: string }
  /** Invite a staff account with this role, region and structures. */
  | { action: "staff.invite"; role: StaffRole; region: string | null; structures: StructureRef[] }
  /** Change another account's profile: the platform's administrators only. */
  | { action: "account.manage" }
  /** Set, change or confirm the background of a co-researcher of this region (null: none given). */
  | { action: "background.attest"; region: string | null }
  /** Release a past quarter's figures to the ledger ahead of the first reading: the platform's administrators. */
  | { action: "release.write" }
  /** Open a research project. */
  | { action: "project.create" }
  /** Read and work in a research project: edit it, bring members in, write and try its drafts. */
  | { action: "project.contribute"; project: ProjectRef }
  /** Comment on a draft of the project, or resolve a thread. */
  | { action: "draft.comment"; project: ProjectRef }
  /** Approve the revision of a draft one has read. */
  | { action: "draft.approve"; project: ProjectRef }
  /** Freeze an approved draft as the next version of its questionnaire. */
  | { action: "draft.publish"; project: ProjectRef }
  /** Approve or refuse a project's request to take response-level data out: admins and coordinators. */
  | { action: "data_use.decide" }
  /** Take a project's response-level data out, under an approved request: its members, and no one else. */
  | { action: "microdata.export"; project: ProjectRef };

export function can(user: UserRecord, permission: Permission): boolean {
  // An approval stands for a background (peer worker, researcher…): an administrator as such has none to give.
  if (permission.action === "draft.approve") {
    return (
      user.role === "co_researcher" &&
      user.background !== null &&
      user.backgroundAttestedBy !== null &&
      permission.project.memberIds.includes(user.id)
    );
  }
  // Response-level data go to the people named in the request, the project's members: not to an administrator as such.
  if (permission.action === "microdata.export") return permission.project.memberIds.includes(user.id);
  if (user.role === "admin") return true;
  switch (permission.action) {
    case "structure.create":
      return user.role === "coordinator" && user.region === permission.region;
    case "structure.manage":
      return managesStructure(user, permission.structure);
    case "region.read":
      return user.role === "coordinator" && user.region === permission.region;
    case "audit.read":
      return user.role === "coordinator" && permission.region !== undefined && permission.region === user.region;
    case "account.manage":
    case "release.write":
    case "structure.erase":
      return false;
    case "background.attest":
      return user.role === "coordinator" && user.region !== null && user.region === permission.region;
    case "project.create":
      return user.role === "co_researcher";
    case "data_use.decide":
      return user.role === "coordinator";
    case "project.contribute":
    case "draft.comment":
    case "draft.publish":
      return permission.project.memberIds.includes(user.id);
    case "staff.invite":
      // Co-researchers propose the people they research with (the background waits for attestation); a
      // coordinator brings in co-researchers of their region. Neither gives access to structure data.
      if (permission.role === "co_researcher") {
        if (permission.structures.length > 0) return false;
        if (user.role === "coordinator") return user.region !== null && permission.region === user.region;
        return user.role === "co_researcher";
      }
      // Coordinators and managers may only bring in managers, of structures they themselves manage.
      return (
        permission.role === "manager" &&
        permission.structures.length > 0 &&
        (user.role === "coordinator" || user.role === "manager") &&
        permission.structures.every((s) => managesStructure(user, s))
      );
  }
}

function managesStructure(user: UserRecord, structure: StructureRef): boolean {
  switch (user.role) {
    case "admin":
      return true;
    case "coordinator":
      return user.region !== null && user.region === structure.region;
    case "manager":
    case "co_researcher":
      return user.structureIds.includes(structure.id);
  }
}
