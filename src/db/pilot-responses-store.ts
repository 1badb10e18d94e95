import { eq, sql } from "drizzle-orm";
import type { Db } from "./open-database.ts";
import { pilotResponses } from "./schema.ts";

/**
 * Answers given while a draft's team tries it as a respondent would: kept apart from responses, never
 * counted in any figure, deleted when the draft is published (drafts-store.ts).
 */
export interface PilotResponsesStore {
  add(draftId: number, pilot: { id: string; revision: number; answers: Record<string, unknown>; submittedOn: string }): Promise<void>;
  count(draftId: number): Promise<number>;
}

export function createPilotResponsesStore(db: Db): PilotResponsesStore {
  return {
    async add(draftId, pilot) {
      db.insert(pilotResponses)
        .values({
          id: pilot.id,
          draftId,
          revision: pilot.revision,
          answers: JSON.stringify(pilot.answers),
          submittedOn: pilot.submittedOn,
        })
        .run();
    },
    async count(draftId) {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(pilotResponses)
          .where(eq(pilotResponses.draftId, draftId))
          .get()?.n ?? 0
      );
    },
  };
}
