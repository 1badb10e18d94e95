import type { TransactionStore } from "../db/store.ts";
import type { UserRecord } from "../domain/accounts.ts";
import type { ProjectRecord } from "../domain/codesign/projects.ts";
import { DomainError } from "../domain/domain-error.ts";
import type { Localized } from "../domain/questionnaire/types.ts";
import type { ActionContext } from "./context.ts";
import { permit } from "./permit.ts";

type Ctx = Pick<ActionContext, "store" | "clock">;

/** The project `id`, if `user` works in it (an admin works in every project). */
export async function projectOfMember(store: TransactionStore, user: UserRecord, id: number): Promise<ProjectRecord> {
  const project = await store.projects.get(id);
  if (!project) throw new DomainError("project_not_found");
  permit(user, { action: "project.contribute", project: memberIdsOf(project) });
  return project;
}

export const memberIdsOf = (project: ProjectRecord) => ({ memberIds: project.members.map((m) => m.id) });

/** Only co-researcher accounts join projects: they are the people whose background the approval rule counts. */
async function checkCoResearchers(store: TransactionStore, ids: number[]) {
  for (const id of ids) {
    const account = await store.accounts.getUser(id);
    if (!account) throw new DomainError("user_not_found", { userId: id });
    if (account.role !== "co_researcher") throw new DomainError("not_a_co_researcher", { userId: id });
  }
}

/** The projects `user` belongs to (an admin sees all). */
export async function listProjects({ store }: Pick<ActionContext, "store">, user: UserRecord) {
  return store.projects.list(user.role === "admin" ? null : user.id);
}

/** A project with its drafts, for its members. */
export async function projectWithDrafts({ store }: Pick<ActionContext, "store">, user: UserRecord, id: number) {
  const project = await projectOfMember(store, user, id);
  return { ...project, drafts: await store.drafts.list(project.id) };
}

export interface ProjectInput {
  name: string;
  description: string;
  members: number[];
  ethics?: Localized | undefined;
}

/** Co-researchers (and admins) open a project; a co-researcher who opens one is a member from the start. */
export async function createProject({ store, clock }: Ctx, user: UserRecord, input: ProjectInput): Promise<ProjectRecord> {
  permit(user, { action: "project.create" });
  const memberIds = user.role === "co_researcher" ? [user.id, ...input.members] : input.members;
  const now = clock();
  return store.transaction(async (tx) => {
    await checkCoResearchers(tx, input.members);
    const project = await tx.projects.create(
      { name: input.name, description: input.description, ethics: input.ethics ?? null, createdBy: user.id, memberIds },
      now,
    );
    await tx.audit.record({ userId: user.id, action: "project.create", targetType: "project", targetId: project.id }, now);
    return project;
  });
}

export interface ProjectChange {
  name?: string | undefined;
  description?: string | undefined;
  /** null removes it. */
  ethics?: Localized | null | undefined;
}

/**
 * Members rename the project, or revise its description or the ethics text respondents read (it applies to
 * the notice of every campaign of its questionnaires from now on).
 */
export async function updateProject({ store, clock }: Ctx, user: UserRecord, id: number, change: ProjectChange): Promise<ProjectRecord> {
  const now = clock();
  return store.transaction(async (tx) => {
    const project = await projectOfMember(tx, user, id);
    const set = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
    await tx.projects.update(project.id, set);
    const details = { fields: Object.keys(set) };
    await tx.audit.record({ userId: user.id, action: "project.update", targetType: "project", targetId: project.id, details }, now);
    return (await tx.projects.get(project.id))!;
  });
}

/** Members bring another co-researcher in; bringing in a member twice changes nothing. */
export async function addMember({ store, clock }: Ctx, user: UserRecord, id: number, userId: number) {
  const now = clock();
  return store.transaction(async (tx) => {
    const project = await projectOfMember(tx, user, id);
    await checkCoResearchers(tx, [userId]);
    const added = await tx.projects.addMember(project.id, userId, user.id, now);
    if (added) {
      const entry = { userId: user.id, action: "project.member.add", targetType: "project", targetId: project.id, details: { userId } };
      await tx.audit.record(entry, now);
    }
    return { added, members: (await tx.projects.get(project.id))!.members };
  });
}
