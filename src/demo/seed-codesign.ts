import type { Store } from "../db/store.ts";
import type { DraftContent } from "../domain/codesign/types.ts";

/** Name of the demo research project, printed in the README. */
export const DEMO_PROJECT_NAME = "Rétablissement et vie au GEM";

/** The library's five-point agreement scale, written as a single choice so that every label shows on a phone. */
const agreement = {
  choices: [
    { value: 1, text: { fr: "Pas du tout d'accord", en: "Strongly disagree" } },
    { value: 2, text: { fr: "Plutôt pas d'accord", en: "Disagree" } },
    { value: 3, text: { fr: "Ni d'accord ni pas d'accord", en: "Neither agree nor disagree" } },
    { value: 4, text: { fr: "Plutôt d'accord", en: "Agree" } },
    { value: 5, text: { fr: "Tout à fait d'accord", en: "Strongly agree" } },
  ],
};

/** A questionnaire being written by the demo team: two agreement items in one dimension, one yes/no. */
const DEMO_DRAFT: DraftContent = {
  title: { fr: "Vie au GEM et rétablissement", en: "Club life and recovery" },
  description: { fr: "Ce que le GEM change dans votre quotidien.", en: "What the club changes in your daily life." },
  roles: ["patient"],
  definition: {
    pages: [
      {
        name: "page1",
        elements: [
          {
            type: "radiogroup",
            name: "q1",
            title: { fr: "Au GEM, je me sens à ma place.", en: "At the club, I feel I belong." },
            isRequired: true,
            ...agreement,
          },
          {
            type: "radiogroup",
            name: "q2",
            title: { fr: "Le GEM m'aide à faire des projets.", en: "The club helps me make plans." },
            isRequired: true,
            ...agreement,
          },
          {
            type: "boolean",
            name: "q3",
            title: { fr: "Participez-vous aux décisions du GEM ?", en: "Do you take part in the club's decisions?" },
          },
        ],
      },
    ],
  },
  scoring: {
    scale: { min: 1, max: 5 },
    dimensions: [
      {
        id: "belonging",
        title: { fr: "Appartenance", en: "Belonging" },
        items: ["q1", "q2"],
        source: "CHIME — Connectedness (Leamy et al., 2011)",
      },
    ],
    indicators: [
      { id: "belonging_score", kind: "score", dimension: "belonging", title: { fr: "Score d'appartenance", en: "Belonging score" } },
    ],
  },
};

/**
 * The demo research project: the three demo co-researchers (a peer worker, a researcher, a nurse) and a
 * draft in progress with a comment asking for an easy-to-read review, so that co-design can be tried at once.
 */
export async function seedCodesign(store: Store, now: Date): Promise<void> {
  const people = await store.accounts.listCoResearchers();
  const byEmail = (email: string) => people.find((p) => p.email === email);
  const peer = byEmail("pair-aidant@demo.reperes.fr");
  const researcher = byEmail("recherche@demo.reperes.fr");
  const nurse = byEmail("infirmiere@demo.reperes.fr");
  if (!peer || !researcher || !nurse) return;
  const project = await store.projects.create(
    {
      name: DEMO_PROJECT_NAME,
      description: "Recherche participative menée avec trois GEM de la Loire et du Rhône (démo).",
      ethics: {
        fr: "Cette enquête fait partie d'une recherche participative menée par des pairs-aidants et des chercheurs. Vos réponses sont anonymes ; vous pouvez arrêter à tout moment.",
        en: "This survey is part of participatory research led by peer workers and researchers. Your answers are anonymous; you may stop at any time.",
      },
      createdBy: peer.id,
      memberIds: [peer.id, researcher.id, nurse.id],
    },
    now,
  );
  const draft = await store.drafts.create(
    { projectId: project.id, slug: "vie-au-gem", baseVersionId: null, content: DEMO_DRAFT, userId: peer.id },
    now,
  );
  await store.draftComments.add(
    draft.id,
    {
      parentId: null,
      question: "q2",
      body: "« Faire des projets » peut sembler lointain : proposer une relecture FALC ?",
      falcReview: true,
      authorId: nurse.id,
    },
    now,
  );
}
