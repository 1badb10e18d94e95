import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ProjectRecord, ProjectSummary } from "../domain/codesign/projects.ts";
import type { Localized } from "../domain/questionnaire/types.ts";
import type { Db } from "./open-database.ts";
import { drafts, projectMembers, researchProjects, users } from "./schema.ts";

export interface NewProject {
  name: string;
  description: string;
  ethics: Localized | null;
  createdBy: number;
  memberIds: number[];
}

export interface ProjectsStore {
  /** Creates a project with its first members (the creator among them), atomically. */
  create(input: NewProject, now: Date): Promise<ProjectRecord>;
  get(id: number): Promise<ProjectRecord | undefined>;
  /** The projects `userId` belongs to, or every project when `userId` is null. */
  list(userId: number | null): Promise<ProjectSummary[]>;
  update(id: number, change: { name?: string; description?: string; ethics?: Localized | null }): Promise<void>;
  /** @returns false when the person was already a member. */
  addMember(projectId: number, userId: number, addedBy: number, now: Date): Promise<boolean>;
  /** The ethics and consent text of the project that wrote a questionnaire, for its respondents. */
  ethicsOfQuestionnaire(slug: string): Promise<Localized | null>;
}

export function createProjectsStore(db: Db): ProjectsStore {
  const get = (id: number): ProjectRecord | undefined => {
    const project = db.select().from(researchProjects).where(eq(researchProjects.id, id)).get();
    if (!project) return undefined;
    const members = db
      .select({
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        background: users.background,
        backgroundAttested: sql<number>`${users.backgroundAttestedBy} IS NOT NULL`,
        addedAt: projectMembers.addedAt,
      })
      .from(projectMembers)
      .innerJoin(users, eq(users.id, projectMembers.userId))
      .where(eq(projectMembers.projectId, id))
      .orderBy(asc(projectMembers.addedAt), asc(users.id))
      .all();
    return {
      id: project.id,
      name: project.name,
      description: project.description,
      ethics: project.ethics === null ? null : (JSON.parse(project.ethics) as Localized),
      createdAt: project.createdAt,
      members: members.map((member) => ({ ...member, backgroundAttested: Boolean(member.backgroundAttested) })),
    };
  };

  return {
    async create(input, now) {
      const at = now.toISOString();
      const id = db.transaction((tx) => {
        const { id } = tx
          .insert(researchProjects)
          .values({
            name: input.name,
            description: input.description,
            ethics: input.ethics === null ? null : JSON.stringify(input.ethics),
            createdBy: input.createdBy,
            createdAt: at,
          })
          .returning({ id: researchProjects.id })
          .get();
        const memberIds = [...new Set(input.memberIds)];
        if (memberIds.length > 0) {
          tx.insert(projectMembers)
            .values(memberIds.map((userId) => ({ projectId: id, userId, addedBy: input.createdBy, addedAt: at })))
            .run();
        }
        return id;
      });
      return get(id)!;
    },
    async get(id) {
      return get(id);
    },
    async list(userId) {
      const counted = {
        id: researchProjects.id,
        name: researchProjects.name,
        description: researchProjects.description,
        members: sql<number>`(SELECT count(*) FROM ${projectMembers} WHERE ${projectMembers.projectId} = ${researchProjects.id})`,
        drafts: sql<number>`(SELECT count(*) FROM ${drafts} WHERE ${drafts.projectId} = ${researchProjects.id})`,
      };
      const query = db.select(counted).from(researchProjects);
      const mine =
        userId === null
          ? query
          : query.where(
              inArray(
                researchProjects.id,
                db.select({ id: projectMembers.projectId }).from(projectMembers).where(eq(projectMembers.userId, userId)),
              ),
            );
      return mine.orderBy(asc(researchProjects.name)).all();
    },
    async update(id, change) {
      const set = {
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.description !== undefined ? { description: change.description } : {}),
        ...(change.ethics !== undefined ? { ethics: change.ethics === null ? null : JSON.stringify(change.ethics) } : {}),
      };
      if (Object.keys(set).length > 0) db.update(researchProjects).set(set).where(eq(researchProjects.id, id)).run();
    },
    async addMember(projectId, userId, addedBy, now) {
      const exists = db
        .select({ userId: projectMembers.userId })
        .from(projectMembers)
        .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
        .get();
      if (exists) return false;
      db.insert(projectMembers).values({ projectId, userId, addedBy, addedAt: now.toISOString() }).run();
      return true;
    },
    async ethicsOfQuestionnaire(slug) {
      const row = db.$client
        .prepare("SELECT p.ethics FROM questionnaires q JOIN research_projects p ON p.id = q.project_id WHERE q.slug = ?")
        .get(slug) as { ethics: string | null } | undefined;
      return row?.ethics ? (JSON.parse(row.ethics) as Localized) : null;
    },
  };
}
