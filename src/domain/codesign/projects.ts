import type { Background } from "../accounts.ts";
import type { Localized } from "../questionnaire/types.ts";

/** A research project: co-researchers writing questionnaires together, with the ethics text respondents read. */

export interface ProjectMember {
  id: number;
  email: string;
  displayName: string | null;
  role: string;
  background: Background | null;
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
