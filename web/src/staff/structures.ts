import { api } from "../shared/api-client.ts";
import { unwrap } from "./api-call.ts";
import type { StaffUser } from "./session.tsx";

export type Structure = Awaited<ReturnType<typeof listStructures>>[number];

export async function listStructures(region?: string) {
  const { structures } = await unwrap(api.structures.$get({ query: region ? { region } : {} }));
  return structures;
}

/**
 * The structures a staff member works with: a manager's own, a coordinator's region's, every one for an admin.
 * The directory is public; what matters is which reports the API then lets them read.
 */
export async function structuresOf(user: StaffUser): Promise<Structure[]> {
  if (user.role === "coordinator" && user.region) return listStructures(user.region);
  const all = await listStructures();
  if (user.role === "admin") return all;
  return all.filter((s) => user.structureIds.includes(s.id));
}
