import type { Background } from "../accounts.ts";
import type { Localized } from "../questionnaire/types.ts";

/** A research project: co-researchers writing questionnaires together, with the ethics text respondents read. */

export interface ProjectMember {
  id: number;
  email: string;
  displayName: string | null;
  role: string;
  background: Background | null;
  /** Whether an admin or the region's coordinator vouched for the background: only then does it approve. */
  backgroundAttested: boolean;
  addedAt: string;
}

export interface ProjectRecord {
  id: number;
  name: string;
  description: string;
  ethics: Localized | null;
  createdAt: string;
  members: ProjectMember[];
}

export interface ProjectSummary {
  id: number;
  name: string;
  description: string;
  members: number;
  drafts: number;
}
