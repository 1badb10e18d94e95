import { createDraft, saveDraft } from "@/actions/drafts.ts";
import { createProject } from "@/actions/projects.ts";
import type { DraftContent } from "@/domain/codesign/types.ts";
import type { TestApp } from "./test-app.ts";

/** Factory: a research team — a peer worker, a researcher, a nurse — and a co-researcher outside it. */
export async function researchTeam(t: TestApp) {
  const peer = await t.signIn("co_researcher", { background: "peer_worker", displayName: "Pair-aidante" });
  const researcher = await t.signIn("co_researcher", { background: "researcher", displayName: "Chercheur" });
  const nurse = await t.signIn("co_researcher", { background: "professional", displayName: "Infirmière" });
  const outsider = await t.signIn("co_researcher", { background: "researcher", displayName: "Hors projet" });
  const res = await t.json(
    "POST",
    "/api/projects",
    { name: "Rétablissement en GEM", description: "Projet de recherche participative", members: [researcher.user.id, nurse.user.id] },
    peer.headers,
  );
  if (res.status !== 201) throw new Error(`project creation failed: ${res.status} ${await res.text()}`);
  const project = (await res.json()) as { id: number };
  return { project, peer, researcher, nurse, outsider };
}

const likert = (name: string, fr: string, en: string) => ({
  type: "rating",
  name,
  title: { fr, en },
  isRequired: true,
  rateMin: 1,
  rateMax: 5,
  minRateDescription: { fr: "Pas du tout d'accord", en: "Strongly disagree" },
  maxRateDescription: { fr: "Tout à fait d'accord", en: "Strongly agree" },
});

/** A small complete questionnaire: two Likert items in one dimension, a yes/no question, a free text. */
export function smallQuestionnaire(): Pick<DraftContent, "definition" | "scoring" | "title" | "description" | "roles"> {
  return {
    title: { fr: "Rétablissement en GEM", en: "Recovery in peer-run clubs" },
    description: { fr: "Votre expérience du GEM.", en: "Your experience of the club." },
    roles: ["patient"],
    definition: {
      pages: [
        {
          name: "page1",
          elements: [
            likert("q1", "Je me sens accueilli·e au GEM.", "I feel welcome at the club."),
            likert("q2", "Le GEM m'aide à reprendre confiance.", "The club helps me regain confidence."),
            { type: "boolean", name: "q3", title: { fr: "Venez-vous chaque semaine ?", en: "Do you come every week?" } },
            { type: "comment", name: "q4", title: { fr: "Un mot à ajouter ?", en: "Anything to add?" }, visibleIf: "{q3} = true" },
          ],
        },
      ],
    },
    scoring: {
      scale: { min: 1, max: 5 },
      dimensions: [{ id: "welcome", title: { fr: "Accueil", en: "Welcome" }, items: ["q1", "q2"], source: "Conçu par l'équipe du projet" }],
      indicators: [{ id: "welcome_score", kind: "score", dimension: "welcome", title: { fr: "Score d'accueil", en: "Welcome score" } }],
    },
  };
}

/** Reads a JSON body, typed loosely for assertions. */
export async function body<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Factory for action tests: the same team as `researchTeam`, its project opened by the peer worker. */
export async function teamWithProject(t: TestApp) {
  const peer = await t.user("co_researcher", { background: "peer_worker" });
  const researcher = await t.user("co_researcher", { background: "researcher" });
  const nurse = await t.user("co_researcher", { background: "professional" });
  const project = await createProject(t.actions, peer, {
    name: "Rétablissement en GEM",
    description: "Projet de recherche participative",
    members: [researcher.id, nurse.id],
  });
  return { project, peer, researcher, nurse };
}

/** A draft of the team's project filled with the small questionnaire, saved once: revision 2. */
export async function writtenDraftOf(t: TestApp, team: Awaited<ReturnType<typeof teamWithProject>>) {
  const created = await createDraft(t.actions, team.peer, team.project.id, { title: smallQuestionnaire().title });
  await saveDraft(t.actions, team.peer, created.id, { ...smallQuestionnaire(), revision: created.revision });
  return created;
}
