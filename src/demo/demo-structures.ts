import type { Setting, StructureKind } from "../domain/structures.ts";

/**
 * A fictional Auvergne-Rhône-Alpes: every one of its 12 départements, every kind of structure and every
 * setting, plus two structures elsewhere in France for the national comparison. Names are invented;
 * `patients` is how many synthetic patient responses each receives (some deliberately under the small-cell
 * threshold), `level` how well its peer support is rated on average (0–1).
 */
export interface DemoStructure {
  key: string;
  name: string;
  kind: StructureKind;
  department: string;
  setting: Setting;
  patients: number;
  level: number;
}

export const DEMO_STRUCTURES: DemoStructure[] = [
  {
    key: "gem-bourg",
    name: "GEM Le Trait d'Union (Bourg-en-Bresse)",
    kind: "gem",
    department: "01",
    setting: "intermediate",
    patients: 24,
    level: 0.68,
  },
  { key: "cmp-belley", name: "CMP de Belley", kind: "cmp", department: "01", setting: "rural", patients: 13, level: 0.52 },
  {
    key: "ch-moulins",
    name: "Centre hospitalier du Bourbonnais — unité de réhabilitation (Moulins)",
    kind: "hospital",
    department: "03",
    setting: "intermediate",
    patients: 31,
    level: 0.55,
  },
  {
    key: "gem-montlucon",
    name: "GEM La Passerelle (Montluçon)",
    kind: "gem",
    department: "03",
    setting: "intermediate",
    patients: 17,
    level: 0.71,
  },
  {
    key: "asso-privas",
    name: "Association Pairs d'Ardèche (Privas)",
    kind: "association",
    department: "07",
    setting: "rural",
    patients: 14,
    level: 0.66,
  },
  {
    key: "samsah-aubenas",
    name: "SAMSAH Les Cévennes (Aubenas)",
    kind: "medico_social",
    department: "07",
    setting: "rural",
    patients: 8,
    level: 0.6,
  },
  { key: "cmp-aurillac", name: "CMP d'Aurillac", kind: "cmp", department: "15", setting: "rural", patients: 12, level: 0.49 },
  { key: "gem-saint-flour", name: "GEM L'Escale (Saint-Flour)", kind: "gem", department: "15", setting: "rural", patients: 6, level: 0.7 },
  {
    key: "epsm-valence",
    name: "EPSM Drôme-Vivarais — pôle Valence",
    kind: "hospital",
    department: "26",
    setting: "urban",
    patients: 42,
    level: 0.5,
  },
  {
    key: "gem-montelimar",
    name: "GEM Le Kiosque (Montélimar)",
    kind: "gem",
    department: "26",
    setting: "intermediate",
    patients: 19,
    level: 0.64,
  },
  { key: "gem-grenoble", name: "GEM L'Élan (Grenoble)", kind: "gem", department: "38", setting: "urban", patients: 38, level: 0.74 },
  {
    key: "ch-grenoble",
    name: "Centre hospitalier Alpes-Isère — pôle Grenoble Sud",
    kind: "hospital",
    department: "38",
    setting: "urban",
    patients: 55,
    level: 0.53,
  },
  {
    key: "savs-voiron",
    name: "SAVS Vercors (Voiron)",
    kind: "medico_social",
    department: "38",
    setting: "intermediate",
    patients: 15,
    level: 0.61,
  },
  { key: "cmp-la-mure", name: "CMP de La Mure", kind: "cmp", department: "38", setting: "rural", patients: 9, level: 0.47 },
  {
    key: "cmp-saint-etienne",
    name: "CMP Saint-Étienne Centre",
    kind: "cmp",
    department: "42",
    setting: "urban",
    patients: 27,
    level: 0.51,
  },
  {
    key: "asso-montbrison",
    name: "Association Entr'Aide Forez (Montbrison)",
    kind: "association",
    department: "42",
    setting: "intermediate",
    patients: 16,
    level: 0.63,
  },
  {
    key: "asso-le-puy",
    name: "Association La Bruyère — pair-aidance itinérante (Le Puy-en-Velay)",
    kind: "association",
    department: "43",
    setting: "rural",
    patients: 21,
    level: 0.72,
  },
  { key: "cmp-yssingeaux", name: "CMP d'Yssingeaux", kind: "cmp", department: "43", setting: "rural", patients: 11, level: 0.45 },
  {
    key: "ch-clermont",
    name: "Centre hospitalier des Dômes — réhabilitation psychosociale (Clermont-Ferrand)",
    kind: "hospital",
    department: "63",
    setting: "urban",
    patients: 46,
    level: 0.58,
  },
  {
    key: "gem-clermont",
    name: "GEM Le Phare (Clermont-Ferrand)",
    kind: "gem",
    department: "63",
    setting: "urban",
    patients: 22,
    level: 0.69,
  },
  {
    key: "crp-riom",
    name: "Centre de réhabilitation psychosociale Arverne (Riom)",
    kind: "other",
    department: "63",
    setting: "intermediate",
    patients: 18,
    level: 0.62,
  },
  {
    key: "ch-lyon",
    name: "Centre hospitalier Rhône-Confluence — pôle Lyon Est",
    kind: "hospital",
    department: "69",
    setting: "urban",
    patients: 60,
    level: 0.56,
  },
  { key: "gem-lyon", name: "GEM Les Traboules (Lyon 1er)", kind: "gem", department: "69", setting: "urban", patients: 34, level: 0.73 },
  {
    key: "asso-lyon",
    name: "Association Pair à Pair Lyon",
    kind: "association",
    department: "69",
    setting: "urban",
    patients: 25,
    level: 0.67,
  },
  {
    key: "samsah-villeurbanne",
    name: "SAMSAH Métropole (Villeurbanne)",
    kind: "medico_social",
    department: "69",
    setting: "urban",
    patients: 20,
    level: 0.59,
  },
  {
    key: "clsm-villefranche",
    name: "Conseil local de santé mentale de Villefranche-sur-Saône",
    kind: "other",
    department: "69",
    setting: "intermediate",
    patients: 7,
    level: 0.6,
  },
  { key: "cmp-chambery", name: "CMP de Chambéry", kind: "cmp", department: "73", setting: "urban", patients: 23, level: 0.54 },
  {
    key: "gem-albertville",
    name: "GEM Le Refuge (Albertville)",
    kind: "gem",
    department: "73",
    setting: "intermediate",
    patients: 12,
    level: 0.65,
  },
  { key: "epsm-annecy", name: "EPSM des Lacs (Annecy)", kind: "hospital", department: "74", setting: "urban", patients: 37, level: 0.52 },
  {
    key: "savs-thonon",
    name: "SAVS du Chablais (Thonon-les-Bains)",
    kind: "medico_social",
    department: "74",
    setting: "intermediate",
    patients: 14,
    level: 0.58,
  },
  { key: "gem-paris", name: "GEM Ménilmontant (Paris 20e)", kind: "gem", department: "75", setting: "urban", patients: 30, level: 0.66 },
  { key: "cmp-marseille", name: "CMP Marseille Nord", kind: "cmp", department: "13", setting: "urban", patients: 26, level: 0.5 },
];

/** Shared password of the demo accounts, printed in the README: demo data only, never in production. */
export const DEMO_PASSWORD = "reperes-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.reperes.fr", role: "admin", displayName: "Admin démo" },
  { email: "observatoire@demo.reperes.fr", role: "coordinator", region: "84", displayName: "Observatoire régional (démo)" },
  {
    email: "gem-lyon@demo.reperes.fr",
    role: "manager",
    structures: ["gem-lyon"],
    displayName: "Coordinatrice du GEM Les Traboules (démo)",
  },
  {
    email: "ch-clermont@demo.reperes.fr",
    role: "manager",
    structures: ["ch-clermont"],
    displayName: "Cadre de santé, CH des Dômes (démo)",
  },
  {
    email: "recherche@demo.reperes.fr",
    role: "co_researcher",
    background: "researcher",
    region: "84",
    displayName: "Chercheuse en santé publique (démo)",
  },
  {
    email: "pair-aidant@demo.reperes.fr",
    role: "co_researcher",
    background: "peer_worker",
    region: "84",
    displayName: "Pair-aidant, GEM (démo)",
  },
  {
    email: "infirmiere@demo.reperes.fr",
    role: "co_researcher",
    background: "professional",
    region: "84",
    displayName: "Infirmière en psychiatrie (démo)",
  },
] as const;

/** Fixed codes of two demo campaigns, so the README can link to them. */
export const DEMO_CAMPAIGN_CODES: Record<string, string> = {
  "gem-lyon": "demo-gem-traboules",
  "asso-le-puy": "demo-la-bruyere",
};
