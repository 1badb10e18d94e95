import type { Context } from "hono";
import type { ProjectRecord } from "../domain/codesign/projects.ts";
import { ApiError } from "./api-error.ts";
import { authorize } from "./authorize.ts";
import type { AppEnv } from "./context.ts";

/** The project of the `:id` parameter, if the signed-in user works in it. */
export async function projectFor(c: Context<AppEnv>, id: number): Promise<{ project: ProjectRecord; user: ReturnType<typeof authorize> }> {
  const project = await c.var.deps.store.projects.get(id);
  if (!project) throw new ApiError("project_not_found");
  const user = authorize(c, { action: "project.contribute", project: { memberIds: project.members.map((m) => m.id) } });
  return { project, user };
}
