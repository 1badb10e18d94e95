import type { Text } from "../shared/locale.tsx";

/**
 * The words of the staff pages, in French then English: first the names given to the API's codes (roles,
 * kinds, settings, suppression reasons), then each page's own words. One place, so that a role is called
 * the same everywhere and a page's wording can be reviewed at once.
 */

export const RESPONDENT_ROLE_LABELS: Record<string, Text> = {
  patient: { fr: "Usagers", en: "Patients" },
  peer_worker: { fr: "Pairs-aidants", en: "Peer workers" },
  professional: { fr: "Professionnel·les", en: "Professionals" },
  institution: { fr: "Structure (auto-évaluation)", en: "Structure (self-assessment)" },
};

export const STAFF_ROLE_LABELS: Record<string, Text> = {
  admin: { fr: "Administration", en: "Administrator" },
  coordinator: { fr: "Coordination régionale", en: "Regional coordinator" },
  manager: { fr: "Responsable de structure", en: "Structure manager" },
  co_researcher: { fr: "Co-chercheur·se", en: "Co-researcher" },
};

/** A co-researcher's background: the approval rule counts them (a peer worker, a researcher or professional). */
export const BACKGROUND_LABELS: Record<string, Text> = {
  peer_worker: { fr: "Pair-aidant·e", en: "Peer worker" },
  researcher: { fr: "Chercheur·e", en: "Researcher" },
  professional: { fr: "Professionnel·le", en: "Professional" },
  patient: { fr: "Usager·e", en: "Service user" },
  family: { fr: "Proche", en: "Family member" },
};

export const KIND_LABELS: Record<string, Text> = {
  gem: { fr: "GEM", en: "Peer-support club (GEM)" },
  hospital: { fr: "Hôpital", en: "Hospital" },
  cmp: { fr: "CMP", en: "Community mental health centre (CMP)" },
  association: { fr: "Association", en: "Association" },
  medico_social: { fr: "Médico-social", en: "Medico-social" },
  other: { fr: "Autre", en: "Other" },
};

export const SETTING_LABELS: Record<string, Text> = {
  urban: { fr: "Urbain", en: "Urban" },
  intermediate: { fr: "Intermédiaire", en: "Intermediate" },
  rural: { fr: "Rural", en: "Rural" },
};

export const LABEL_LEVEL_LABELS: Record<string, Text> = {
  granted: { fr: "Label atteint", en: "Label granted" },
  partial: { fr: "En bonne voie", en: "On the way" },
  not_yet: { fr: "Pas encore", en: "Not yet" },
};

export const CRITERION_LEVEL_LABELS: Record<string, Text> = {
  met: { fr: "Atteint", en: "Met" },
  partly_met: { fr: "En partie", en: "Partly met" },
  not_met: { fr: "Non atteint", en: "Not met" },
};

export const GROUP_LABELS = {
  region: { fr: "Région", en: "Region" },
  kind: { fr: "Même type de structure", en: "Same kind of structure" },
  setting: { fr: "Même milieu (urbain, rural…)", en: "Same setting (urban, rural…)" },
  national: { fr: "France", en: "France" },
} satisfies Record<string, Text>;

/** How the percentile sentence ends for each comparison group. */
export const GROUP_PHRASES = {
  region: { fr: "de la région", en: "in the region" },
  kind: { fr: "du même type", en: "of the same kind" },
  setting: { fr: "du même milieu", en: "in the same setting" },
  national: { fr: "en France", en: "in France" },
} satisfies Record<string, Text>;

export type GroupKey = keyof typeof GROUP_LABELS;
export const GROUP_KEYS: GroupKey[] = ["region", "kind", "setting", "national"];

/** Why a figure is not shown; the threshold is the report's own, never a constant of the web app. */
export function suppressionText(reason: string, threshold: number, minStructures?: number): Text {
  switch (reason) {
    case "small_cell":
      return {
        fr: `Moins de ${threshold} réponses : chiffre masqué pour protéger l'anonymat`,
        en: `Fewer than ${threshold} responses: figure hidden to protect anonymity`,
      };
    case "complementary":
      return {
        fr: "Chiffre masqué pour qu'on ne puisse pas en déduire un autre chiffre masqué",
        en: "Figure hidden so that another hidden figure cannot be worked out from it",
      };
    case "too_few_structures":
      return {
        fr: `Moins de ${minStructures ?? 4} structures dans ce groupe : comparaison masquée`,
        en: `Fewer than ${minStructures ?? 4} structures in this group: comparison hidden`,
      };
    case "differencing":
      return {
        fr: "Pas encore mis à jour : comparé au chiffre précédent, il isolerait trop peu de structures",
        en: "Not updated yet: set against the previous figure, it would single out too few structures",
      };
    case "dominance":
      return {
        fr: "Une structure y pèse plus de 85 % des réponses : chiffre masqué",
        en: "One structure holds over 85% of the responses: figure hidden",
      };
    case "one_frame":
      return {
        fr: "Un seul nuage de points par indicateur : celui de la région",
        en: "One point cloud per indicator: the region's",
      };
    case "peer_workers":
      return {
        fr: "Les réponses des pairs-aidant·es ne sont publiées que par groupes de structures",
        en: "Peer workers' answers are published for groups of structures only",
      };
    default:
      return { fr: "Chiffre masqué", en: "Figure hidden" };
  }
}

export function labelOf(labels: Record<string, Text>, code: string): Text {
  return labels[code] ?? { fr: code, en: code };
}

/**
 * A percentile rank said in words, in fractions people read at a glance: tenths at the extremes, quarters
 * otherwise (« au-dessus de 3 structures sur 4 de la région »). The rank is the API's (mid-rank convention);
 * this only chooses the words.
 * @example
 * percentileWords(75, "region").fr // → "au-dessus de 3 structures sur 4 de la région"
 */
export function percentileWords(percentile: number, group: GroupKey): Text {
  const where = GROUP_PHRASES[group];
  if (percentile >= 90) return { fr: `au-dessus de 9 structures sur 10 ${where.fr}`, en: `above 9 in 10 structures ${where.en}` };
  if (percentile <= 10) return { fr: `en dessous de 9 structures sur 10 ${where.fr}`, en: `below 9 in 10 structures ${where.en}` };
  const quarters = Math.min(3, Math.max(1, Math.round(percentile / 25)));
  if (quarters === 2)
    return { fr: `au-dessus d'environ la moitié des structures ${where.fr}`, en: `above about half of the structures ${where.en}` };
  if (quarters === 1) return { fr: `au-dessus d'une structure sur 4 ${where.fr}`, en: `above 1 in 4 structures ${where.en}` };
  return { fr: `au-dessus de 3 structures sur 4 ${where.fr}`, en: `above 3 in 4 structures ${where.en}` };
}

/**
 * Each page's and component's own words, in a section named after its file; `common` holds those that
 * several of them use. A sentence with values in it is a function of those values.
 */
export const words = {
  groupComparisonChart: {
    howToReadThe: {
      fr: "Lecture : le losange marque la valeur du groupe, la boîte son intervalle de confiance à 95 %, la ligne rouge la valeur de votre structure.",
      en: "How to read: the diamond marks the group's value, the box its 95% confidence interval, the red line your structure's value.",
    },
  },
  groupComparisonTable: {
    percentileRank: { fr: "rang centile", en: "percentile rank" },
    aboveBelow: (above: number | string, below: number | string) => ({
      fr: `${above} au-dessus, ${below} en dessous`,
      en: `${above} above, ${below} below`,
    }),
    comparisonWithGroupsOf: { fr: "Comparaison avec les groupes de structures", en: "Comparison with groups of structures" },
    group: { fr: "Groupe", en: "Group" },
    structures: { fr: "Structures", en: "Structures" },
    value95Ci: { fr: "Valeur (IC 95 %)", en: "Value (95% CI)" },
    quartiles1stMedian3rd: { fr: "Quartiles (1er – médiane – 3e)", en: "Quartiles (1st – median – 3rd)" },
    yourPosition: { fr: "Votre position", en: "Your position" },
    fewerThan10Structures: { fr: "moins de 10 structures", en: "fewer than 10 structures" },
  },
  structureFigure: {
    n95ConfidenceInterval: { fr: "intervalle de confiance à 95 %", en: "95% confidence interval" },
    responses: { fr: "réponses", en: "responses" },
    insteadTheOverallFigures: { fr: "À défaut, les chiffres d'ensemble :", en: "Instead, the overall figures:" },
    structures: { fr: "structures", en: "structures" },
  },
  regionOpenFigures: {
    publicFiguresOfThe: { fr: "Chiffres publics de la région", en: "Public figures of the region" },
    questionnaire: { fr: "Questionnaire", en: "Questionnaire" },
    anonymityThreshold: { fr: "seuil d'anonymat", en: "anonymity threshold" },
    noPublishableFiguresYet: { fr: "Pas encore de chiffres publiables.", en: "No publishable figures yet." },
    groupValue95Confidence: { fr: "valeur du groupe (intervalle de confiance à 95 %)", en: "group value (95% confidence interval)" },
    indicator: { fr: "Indicateur", en: "Indicator" },
    all: { fr: "Ensemble", en: "All" },
  },
  methodText: {
    method: { fr: "Méthode", en: "Method" },
    anonymityThresholdNoFigure: (threshold: number | string) => ({
      fr: `Seuil d'anonymat : aucun chiffre n'est montré s'il repose sur moins de ${threshold} réponses, et un groupe de comparaison réunit au moins 4 structures. Les chiffres sont publiés une fois par trimestre dans un registre qui ne change plus ; avant chaque publication, un vérificateur s'assure qu'aucune combinaison de chiffres, même avec les publications précédentes, n'isole moins de 4 structures. Sinon le chiffre n'est pas mis à jour et sa dernière valeur publiée reste affichée, avec sa date.`,
      en: `Anonymity threshold: no figure is shown if it rests on fewer than ${threshold} responses, and a comparison group holds at least 4 structures. Figures are released once a quarter to a ledger that never changes; before each release, an auditor checks that no combination of figures, earlier releases included, singles out fewer than 4 structures. Otherwise the figure is not updated and its last released value stays on show, with its date.`,
    }),
    scoresRunFrom0: {
      fr: "Les scores vont de 0 à 100 ; les proportions sont en %. L'intervalle à 95 % dit la marge d'incertitude due au nombre de réponses. Les quartiles et la médiane (à partir de 10 structures) décrivent les structures du groupe, chacune comptant pour une ; le rang centile (à partir de 20 structures) dit la part des structures du groupe dont la valeur est plus basse ; en dessous, on dit combien de structures sont au-dessus et en dessous de la vôtre.",
      en: "Scores run from 0 to 100; proportions are in %. The 95% interval gives the uncertainty due to the number of responses. Quartiles and median (from 10 structures) describe the structures of the group, each counting once; the percentile rank (from 20 structures) is the share of the group's structures with a lower value; below that, the report says how many structures are above and below yours.",
    },
    methodVersion: { fr: "Version de la méthode", en: "Method version" },
    onlyCompletedPeriodsClosed: {
      fr: "Seules les périodes terminées (trimestres clos) sont prises en compte.",
      en: "Only completed periods (closed quarters) are counted.",
    },
  },
  reportProvenance: {
    dataUpTo: { fr: "Données jusqu'au", en: "Data up to" },
    versionsPooled: { fr: "versions réunies", en: "versions pooled" },
    anonymityThreshold: { fr: "seuil d'anonymat", en: "anonymity threshold" },
    responses: { fr: "réponses", en: "responses" },
    method: { fr: "méthode", en: "method" },
    thisVersionSResponses: {
      fr: "Les réponses de cette version sont réunies avec celles des autres versions de la même série : les chiffres ci-dessous sont ceux de toute la série.",
      en: "This version's responses are pooled with the other versions of the same series: the figures below are the whole series'.",
    },
  },
  common: {
    respondents: { fr: "Répondant·es", en: "Respondents" },
    responses: { fr: "réponses", en: "responses" },
    campaigns: { fr: "Enquêtes", en: "Campaigns" },
    region: { fr: "Région", en: "Region" },
    structures: { fr: "Structures", en: "Structures" },
    indicator: { fr: "Indicateur", en: "Indicator" },
    responsesTitle: { fr: "Réponses", en: "Responses" },
    value: { fr: "Valeur", en: "Value" },
    questionnaire: { fr: "Questionnaire", en: "Questionnaire" },
    myStructures: { fr: "Mes structures", en: "My structures" },
    serverDoesNotAnswer: {
      fr: "Le serveur ne répond pas. Vérifiez votre connexion.",
      en: "The server does not answer. Check your connection.",
    },
    dashboard: { fr: "Tableau de bord", en: "Dashboard" },
    password: { fr: "Mot de passe", en: "Password" },
    emailAddress: { fr: "Adresse e-mail", en: "E-mail address" },
    print: { fr: "Imprimer / Print", en: "Print / Imprimer" },
    anonymityThreshold: { fr: "seuil d'anonymat", en: "anonymity threshold" },
    method: { fr: "Méthode", en: "Method" },
    dataUpTo: { fr: "données jusqu'au", en: "data up to" },
    methodLower: { fr: "méthode", en: "method" },
    frozen: { fr: "figé le", en: "frozen on" },
  },
  campaignForm: {
    endDateMustCome: { fr: "La date de fin doit suivre la date de début.", en: "The end date must come after the start date." },
    questionnaireNotMeantThese: {
      fr: "Ce questionnaire ne s'adresse pas à ces répondant·es.",
      en: "This questionnaire is not meant for these respondents.",
    },
    campaignCouldNotCreated: { fr: "L'enquête n'a pas pu être créée.", en: "The campaign could not be created." },
    newCampaign: { fr: "Nouvelle enquête", en: "New campaign" },
    version: { fr: "Version", en: "Version" },
    opensOptionalTodayDefault: { fr: "Ouverture (facultatif, aujourd'hui par défaut)", en: "Opens (optional, today by default)" },
    closesOptional: { fr: "Fermeture (facultatif)", en: "Closes (optional)" },
    responseInvitationOnlyOne: {
      fr: "Réponse sur invitation seulement (un lien par personne)",
      en: "Response by invitation only (one link per person)",
    },
    numberInvitations: { fr: "Nombre d'invitations", en: "Number of invitations" },
    createCampaign: { fr: "Créer l'enquête", en: "Create the campaign" },
  },
  campaignRow: {
    running: { fr: "en cours", en: "running" },
    paused: { fr: "en pause", en: "paused" },
    closed: { fr: "close", en: "closed" },
    closeCampaignGood: { fr: "Clore définitivement cette enquête ?", en: "Close this campaign for good?" },
    status: { fr: "État", en: "Status" },
    from: { fr: "du", en: "from" },
    to: { fr: "au", en: "to" },
    invitation: { fr: "sur invitation", en: "by invitation" },
    pause: { fr: "Mettre en pause", en: "Pause" },
    resume: { fr: "Reprendre", en: "Resume" },
    close: { fr: "Clore", en: "Close" },
    qrCodePoster: { fr: "Affiche avec QR code", en: "QR-code poster" },
  },
  campaignsPage: {
    structuresCampaigns: { fr: "Enquêtes de la structure", en: "The structure's campaigns" },
    noCampaignYet: { fr: "Aucune enquête pour l'instant.", en: "No campaign yet." },
  },
  createdCampaign: {
    campaignCreated: { fr: "Enquête créée", en: "Campaign created" },
    linkShare: { fr: "Lien à partager :", en: "Link to share:" },
    copyLink: { fr: "Copier le lien", en: "Copy the link" },
  },
  invitationSlips: {
    individualInvitations: { fr: "Invitations individuelles", en: "Individual invitations" },
    theseLinksAreShown: {
      fr: "Ces liens ne sont affichés qu'une fois : imprimez-les maintenant. Chacun ne permet qu'une réponse.",
      en: "These links are shown only once: print them now. Each allows a single response.",
    },
    printInvitations: { fr: "Imprimer les invitations", en: "Print the invitations" },
  },
  qrPoster: {
    qrCodePosterFrench: { fr: "Affiche avec QR code (en français)", en: "QR-code poster (in French)" },
    printPoster: { fr: "Imprimer l'affiche", en: "Print the poster" },
  },
  funnelPosition: {
    insideFunnelGapExplainable: {
      fr: "dans l'entonnoir (écart explicable par le hasard)",
      en: "inside the funnel (gap explainable by chance)",
    },
    above95Limit: { fr: "au-dessus de la limite à 95 %", en: "above the 95% limit" },
    below95Limit: { fr: "en dessous de la limite à 95 %", en: "below the 95% limit" },
    above998Limit: { fr: "au-dessus de la limite à 99,8 %", en: "above the 99.8% limit" },
    below998Limit: { fr: "en dessous de la limite à 99,8 %", en: "below the 99.8% limit" },
  },
  funnelSection: {
    funnelPlot: { fr: "Graphique en entonnoir", en: "Funnel plot" },
    eachPointStructureValue: {
      fr: "Chaque point est une structure de la région : sa valeur selon son nombre de réponses (arrondis pour les autres structures, exacts pour la vôtre). Les courbes sont les limites à 95 % (tirets) et 99,8 % (trait plein) autour de la valeur de la région : un point hors de l'entonnoir s'écarte plus que le hasard ne l'explique.",
      en: "Each point is a structure of the region: its value by its number of responses (rounded for other structures, exact for yours). The curves are the 95% (dashed) and 99.8% (solid) limits around the region's value: a point outside the funnel departs more than chance explains.",
    },
    comparisonGroup: { fr: "Groupe de comparaison", en: "Comparison group" },
  },
  funnelTable: {
    structureNumber: (i: string | number): Text => ({ fr: `Structure ${i}`, en: `Structure ${i}` }),
    tableChartsPoints: { fr: "Tableau des points du graphique", en: "Table of the chart's points" },
    groupValue: { fr: "valeur du groupe", en: "group value" },
    structure: { fr: "Structure", en: "Structure" },
    position: { fr: "Position", en: "Position" },
    yourStructure: { fr: "Votre structure", en: "Your structure" },
  },
  indicatorCard: {
    higherValueBetter: { fr: "Une valeur plus haute est plus favorable.", en: "A higher value is better." },
    lowerValueBetter: { fr: "Une valeur plus basse est plus favorable.", en: "A lower value is better." },
    comparison: { fr: "Comparaison", en: "Comparison" },
    trend: { fr: "Évolution", en: "Trend" },
  },
  positionWords: {
    structureStands: { fr: "Votre structure se situe :", en: "Your structure stands:" },
  },
  reportFilters: {
    reportOptions: { fr: "Choix du rapport", en: "Report options" },
    allViewpointsSideSide: { fr: "Tous les points de vue, côte à côte", en: "All viewpoints, side by side" },
    trend: { fr: "Évolution par", en: "Trend by" },
    year: { fr: "Année", en: "Year" },
    quarter: { fr: "Trimestre", en: "Quarter" },
  },
  reportView: {
    noFiguresCanPublished: (threshold: string | number): Text => ({
      fr: `Pas encore de chiffres publiables pour ce questionnaire : il faut au moins ${threshold} réponses sur une période terminée.`,
      en: `No figures can be published yet for this questionnaire: at least ${threshold} responses over a completed period are needed.`,
    }),
    viewpoint: { fr: "Point de vue : ", en: "Viewpoint: " },
  },
  rolesTable: {
    viewpointsSideSide: { fr: "Les points de vue côte à côte", en: "Viewpoints side by side" },
    hidden: { fr: "masqué", en: "hidden" },
  },
  trendTable: {
    trendPeriod: { fr: "Évolution par période", en: "Trend by period" },
    period: { fr: "Période", en: "Period" },
    n95Interval: { fr: "Intervalle à 95 %", en: "95% interval" },
  },
  invitationResult: {
    invitationCreatedPassLink: {
      fr: "Invitation créée. Transmettez ce lien à la personne : il ne sera plus affiché.",
      en: "Invitation created. Pass this link on to the person: it will not be shown again.",
    },
    validUntil: { fr: "Valable jusqu'au", en: "Valid until" },
  },
  staffLayout: {
    skipContent: { fr: "Aller au contenu", en: "Skip to content" },
    mainNavigation: { fr: "Navigation principale", en: "Main navigation" },
    researchProjects: { fr: "Projets de recherche", en: "Research projects" },
    signOut: { fr: "Se déconnecter", en: "Sign out" },
  },
  statusMessage: {
    loading: { fr: "Chargement…", en: "Loading…" },
    doNotHaveAccess: { fr: "Vous n'avez pas accès à ces données.", en: "You do not have access to this data." },
    notFound: { fr: "Introuvable.", en: "Not found." },
    somethingWentWrong: { fr: "Une erreur est survenue.", en: "Something went wrong." },
  },
  structureTabs: {
    structurePages: { fr: "Pages de la structure", en: "Structure pages" },
    myStructures: { fr: "← Mes structures", en: "← My structures" },
  },
  homePage: {
    accountParticipatoryResearch: {
      fr: "Votre compte sert à la recherche participative :",
      en: "Your account is for participatory research:",
    },
    seeMyResearchProjects: { fr: "voir mes projets de recherche", en: "see my research projects" },
    noStructureLinkedAccount: { fr: "Aucune structure ne vous est rattachée.", en: "No structure is linked to your account." },
    department: { fr: "département", en: "département" },
  },
  invitationPage: {
    passwordRule: (min: number): Text => ({
      fr: `Choisissez un mot de passe d'au moins ${min} caractères.`,
      en: `Choose a password of at least ${min} characters.`,
    }),
    passwordRefused: (min: number): Text => ({
      fr: `Mot de passe refusé : au moins ${min} caractères.`,
      en: `Password refused: at least ${min} characters.`,
    }),
    title: { fr: "Activer mon compte", en: "Activate my account" },
    twoPasswordsDiffer: { fr: "Les deux mots de passe ne sont pas identiques.", en: "The two passwords differ." },
    invitationNoLongerValid: {
      fr: "Cette invitation n'est plus valable (déjà utilisée ou expirée). Demandez-en une nouvelle.",
      en: "This invitation is no longer valid (used or expired). Ask for a new one.",
    },
    accountAlreadyExistsAddress: {
      fr: "Un compte existe déjà pour cette adresse. Connectez-vous.",
      en: "An account already exists for this address. Sign in.",
    },
    activationFailedTryAgain: { fr: "L'activation a échoué. Réessayez.", en: "Activation failed. Try again." },
    incompleteInvitationLinkOpen: {
      fr: "Lien d'invitation incomplet : ouvrez le lien reçu tel quel.",
      en: "Incomplete invitation link: open the link you received as it is.",
    },
    confirmPassword: { fr: "Confirmer le mot de passe", en: "Confirm the password" },
  },
  notFoundPage: {
    pageNotFound: { fr: "Page introuvable", en: "Page not found" },
    backHomePage: { fr: "Retour à l'accueil", en: "Back to the home page" },
  },
  observatoryPage: {
    regionalPeerSupportObservatory: { fr: "Observatoire régional de la pair-aidance", en: "Regional peer-support observatory" },
    openFiguresComputedFrom: {
      fr: "Chiffres ouverts, calculés à partir des réponses anonymes des structures de la région. Aucun chiffre ne repose sur trop peu de personnes pour les protéger.",
      en: "Open figures, computed from the anonymous answers gathered by the region's structures. No figure rests on too few people to protect them.",
    },
  },
  signInPage: {
    title: { fr: "Connexion", en: "Sign in" },
    tooManyAttemptsTry: {
      fr: "Trop de tentatives. Réessayez dans quelques minutes.",
      en: "Too many attempts. Try again in a few minutes.",
    },
    incorrectEMailAddress: { fr: "Adresse e-mail ou mot de passe incorrect.", en: "Incorrect e-mail address or password." },
    structureTeamsRegionalCoordination: {
      fr: "Espace réservé aux équipes des structures et à la coordination régionale.",
      en: "For structure teams and regional coordination.",
    },
    submit: { fr: "Se connecter", en: "Sign in" },
  },
  auditTable: {
    auditLog200Latest: { fr: "Journal d'audit (200 dernières entrées)", en: "Audit log (200 latest entries)" },
    auditLog: { fr: "Journal d'audit", en: "Audit log" },
    date: { fr: "Date", en: "Date" },
    account: { fr: "Compte", en: "Account" },
    action: { fr: "Action", en: "Action" },
    target: { fr: "Cible", en: "Target" },
    details: { fr: "Détails", en: "Details" },
  },
  inviteForm: {
    accountAlreadyExistsAddress: { fr: "Un compte existe déjà pour cette adresse.", en: "An account already exists for this address." },
    tickLeastOneStructure: { fr: "Cochez au moins une structure.", en: "Tick at least one structure." },
    invitationCouldNotCreated: { fr: "L'invitation n'a pas pu être créée.", en: "The invitation could not be created." },
    inviteAccount: { fr: "Inviter un compte", en: "Invite an account" },
    role: { fr: "Rôle", en: "Role" },
    structuresCharge: { fr: "Structures confiées", en: "Structures in charge" },
    coordinationRegion: { fr: "Coordination de la région", en: "Coordination of region" },
    createInvitation: { fr: "Créer l'invitation", en: "Create the invitation" },
  },
  regionPage: {
    regionInseeCode: { fr: "Région (code INSEE)", en: "Region (INSEE code)" },
    structuresRegion: { fr: "Structures de la région", en: "Structures of the region" },
    name: { fr: "Nom", en: "Name" },
    kind: { fr: "Type", en: "Kind" },
    setting: { fr: "Milieu", en: "Setting" },
    dept: { fr: "Dépt", en: "Dept" },
    campaigns: { fr: "enquêtes", en: "campaigns" },
  },
  printHeader: {
    reportFrozen: { fr: "Rapport figé le", en: "Report frozen on" },
    reportPrinted: { fr: "Rapport imprimé le", en: "Report printed on" },
    seeMethod: { fr: "voir « Méthode »", en: "see “Method”" },
  },
  snapshotPanel: {
    reportFrozenListBelow: { fr: "Rapport figé. Il figure dans la liste ci-dessous.", en: "Report frozen. It is in the list below." },
    reportCouldNotFrozen: { fr: "Le rapport n'a pas pu être figé.", en: "The report could not be frozen." },
    frozenReports: { fr: "Rapports figés", en: "Frozen reports" },
    freezingReportKeepsToday: {
      fr: "Figer un rapport le conserve tel qu'il est aujourd'hui (chiffres, méthode, date des données), pour le citer plus tard.",
      en: "Freezing a report keeps it as it is today (figures, method, data date), to cite it later.",
    },
    freezeReport: { fr: "Figer ce rapport", en: "Freeze this report" },
    noFrozenReportYet: { fr: "Aucun rapport figé pour l'instant.", en: "No frozen report yet." },
    threshold: { fr: "seuil", en: "threshold" },
  },
  eraseDataPanel: {
    title: { fr: "Effacer les données de la structure", en: "Erase the structure's data" },
    effect: {
      fr: "Quand une structure quitte Repères : ses enquêtes, leurs invitations, toutes ses réponses (textes libres compris) et les cellules de rapport qui en viennent sont supprimées définitivement, sans trace dans les fichiers de la base. Cette action ne peut pas être annulée.",
      en: "When a structure leaves Repères: its campaigns, their invitations, all its responses (free texts included) and the report cells derived from them are deleted for good, with no trace left in the database files. This cannot be undone.",
    },
    kept: {
      fr: "Restent tels que publiés : les chiffres déjà publiés qui les incluaient et les rapports figés (ce sont des agrégats), ainsi que la fiche de la structure et le journal d'audit.",
      en: "Kept as released: figures already released that included them and frozen reports (they are aggregates), as well as the structure's entry and the audit log.",
    },
    typeName: (name: string) => ({
      fr: `Pour confirmer, recopiez le nom de la structure : ${name}`,
      en: `To confirm, type the structure's name: ${name}`,
    }),
    erase: { fr: "Effacer définitivement", en: "Erase for good" },
    couldNotErase: { fr: "Les données n'ont pas pu être effacées.", en: "The data could not be erased." },
    erased: (campaigns: number, responses: number) => ({
      fr: `Données effacées : ${campaigns} enquête(s), ${responses} réponse(s).`,
      en: `Data erased: ${campaigns} campaign(s), ${responses} response(s).`,
    }),
  },
  snapshotView: {
    frozenReport: { fr: "Rapport figé", en: "Frozen report" },
    frozenReportLower: { fr: "rapport figé", en: "frozen report" },
    backTodaysReport: { fr: "Revenir au rapport du jour", en: "Back to today's report" },
  },
  label: {
    label: { fr: "Label pair-aidance", en: "Peer-support label" },
    intro: {
      fr: "Le profil de la structure selon les critères du label régional, lu dans son auto-évaluation. Il vous appartient : il est montré quel que soit le nombre de réponses.",
      en: "The structure's profile under the criteria of the regional label, read from its self-assessment. It is yours: it is shown whatever the number of answers.",
    },
    noAssessment: {
      fr: "Pas encore d'auto-évaluation. Ouvrez une enquête « Auto-évaluation de la structure » dans l'onglet Enquêtes et remplissez-la en équipe : le profil s'affiche ici dès l'envoi.",
      en: "No self-assessment yet. Open a “Structure self-assessment” campaign in the Campaigns tab and answer it as a team: the profile shows here as soon as it is sent.",
    },
    level: { fr: "Niveau", en: "Level" },
    criterion: { fr: "Critère", en: "Criterion" },
    score: { fr: "Score sur 100", en: "Score out of 100" },
    required: { fr: "exigé pour le label", en: "required for the label" },
    toMoveUp: { fr: "Pour progresser", en: "To move up" },
    pointsMissing: { fr: "points manquent pour le niveau suivant", en: "points short of the next level" },
    gainIf: { fr: "points si la réponse était la plus favorable à", en: "points if the answer were the most favourable to" },
    answersBehind: { fr: "Réponses derrière ce score", en: "Answers behind this score" },
    criteriaMet: { fr: "critères atteints sur", en: "criteria met out of" },
    answerOf: { fr: "Auto-évaluation du", en: "Self-assessment of" },
    agreedFinal: { fr: "réponse retenue par la structure", en: "answer agreed by the structure" },
    notYetFinal: {
      fr: "dernière réponse reçue, pas encore retenue comme définitive",
      en: "latest answer received, not yet agreed as final",
    },
    criteriaVersion: { fr: "Critères", en: "Criteria" },
    version: { fr: "version", en: "version" },
    thresholdsRule: { fr: "atteint à partir de", en: "met from" },
    partlyFrom: { fr: "en partie à partir de", en: "partly from" },
    crossCheck: { fr: "Regards croisés", en: "Cross-check" },
    crossCheckIntro: {
      fr: "Le niveau déclaré par la structure, à côté de ce que disent ses pairs-aidants (chiffres publiés des structures du même type de la région) et ses usagers (chiffre publié de la structure, à partir du seuil d'anonymat). Les deux ne sont jamais mélangés.",
      en: "The level the structure declares, beside what its peer workers say (released figures of the region's structures of its kind) and its patients (the structure's released figure, from the anonymity threshold). The two are never mixed.",
    },
    declared: { fr: "Déclaré", en: "Declared" },
    lived: { fr: "Vécu", en: "Lived" },
    disagree: { fr: "Écart entre le déclaré et le vécu", en: "Declared and lived levels differ" },
    noLivedFigure: { fr: "pas de chiffre publié", en: "no released figure" },
    noLivedMeasure: { fr: "aucune mesure du vécu pour ce critère", en: "no lived measure for this criterion" },
    livedBy: { fr: "vécu par", en: "lived by" },
    scopeStructure: { fr: "les usagers de la structure", en: "the structure's patients" },
    scopeKind: {
      fr: "les pairs-aidants des structures du même type de la région",
      en: "peer workers of the region's structures of the same kind",
    },
    scopeRegion: { fr: "les pairs-aidants de la région", en: "peer workers of the region" },
    history: { fr: "Historique des auto-évaluations", en: "Self-assessment history" },
    submittedOn: { fr: "Reçue le", en: "Received on" },
    markFinal: { fr: "Retenir comme réponse de la structure", en: "Agree as the structure's answer" },
    isAgreed: { fr: "Réponse retenue", en: "Agreed answer" },
    certificates: { fr: "Certificats datés", en: "Dated certificates" },
    freeze: { fr: "Figer le profil en certificat daté", en: "Freeze the profile as a dated certificate" },
    frozen: { fr: "Certificat établi. Il figure dans la liste ci-dessous.", en: "Certificate issued. It is in the list below." },
    noCertificate: { fr: "Aucun certificat pour l'instant.", en: "No certificate yet." },
    certificate: { fr: "Certificat du label pair-aidance", en: "Peer-support label certificate" },
    issuedOn: { fr: "Établi le", en: "Issued on" },
    dataCutoff: { fr: "données publiées jusqu'au", en: "released data up to" },
    method: { fr: "méthode", en: "method" },
    printCertificate: { fr: "Imprimer le certificat", en: "Print the certificate" },
    backToProfile: { fr: "Revenir au profil du jour", en: "Back to today's profile" },
    openProfile: { fr: "Voir le profil complet du label", en: "See the full label profile" },
    regionTitle: { fr: "Label pair-aidance dans la région", en: "Peer-support label in the region" },
    regionIntro: {
      fr: "Combien de structures atteignent chaque critère, d'après leurs auto-évaluations, à la fin du dernier trimestre clos. Un groupe n'est montré qu'à partir de 4 structures, et jamais s'il permettait de retrouver la réponse d'une structure.",
      en: "How many structures meet each criterion, from their self-assessments, at the end of the last closed quarter. A group is shown only from 4 structures, and never if it would reveal one structure's answer.",
    },
    regionNone: {
      fr: "Pas encore assez de structures auto-évaluées pour publier la répartition.",
      en: "Not enough self-assessed structures yet to publish the distribution.",
    },
    structuresCount: { fr: "structures", en: "structures" },
    asOf: { fr: "chiffres du trimestre", en: "figures of quarter" },
    group: { fr: "Groupe", en: "Group" },
    withheldDominance: {
      fr: "Masqué : presque toutes les structures ont la même réponse",
      en: "Hidden: nearly every structure gave the same answer",
    },
    regionCertificates: { fr: "Certificats des structures de la région", en: "Certificates of the region's structures" },
    structure: { fr: "Structure", en: "Structure" },
  },
  comments: {
    title: { fr: "Commentaires des répondant·es", en: "Respondents' comments" },
    intro: (threshold: number): Text => ({
      fr: `Les commentaires libres, tels qu'arrêtés au dernier trimestre publié. Une question ne montre ses commentaires qu'à partir de ${threshold}, et n'en ajoute qu'au moins ${threshold} à la fois. Ils sont présentés dans un ordre aléatoire, sans date ni autre réponse ; les noms, adresses, numéros de téléphone et adresses électroniques sont masqués.`,
      en: `Free-text comments, as of the last released quarter. A question shows its comments only from ${threshold} of them, and adds at least ${threshold} at a time. They are shown in random order, with no date and no other answer; names, addresses, phone numbers and e-mail addresses are masked.`,
    }),
    none: { fr: "Aucun commentaire publié pour l'instant.", en: "No comments released yet." },
    tooFew: (threshold: number): Text => ({
      fr: `Moins de ${threshold} commentaires : ils ne sont pas montrés.`,
      en: `Fewer than ${threshold} comments: they are not shown.`,
    }),
    count: (n: number, cutoff: string): Text => ({
      fr: `${n} commentaires, arrêtés au ${cutoff}`,
      en: `${n} comments, as of ${cutoff}`,
    }),
    download: { fr: "Commentaires (CSV)", en: "Comments (CSV)" },
    downloadHint: { fr: "un commentaire par ligne, sans date", en: "one comment a line, no date" },
  },
  downloads: {
    structureExports: { fr: "Télécharger les résultats de la structure", en: "Download the structure's results" },
    regionExports: { fr: "Télécharger les données ouvertes de la région", en: "Download the region's open data" },
    spreadsheet: { fr: "Classeur Excel (.xlsx)", en: "Excel workbook (.xlsx)" },
    spreadsheetHint: { fr: "une feuille par public", en: "one sheet per respondent role" },
    csvSemicolon: { fr: "CSV séparé par des points-virgules", en: "CSV separated by semicolons" },
    csvSemicolonHint: { fr: "pour Excel ou LibreOffice en français", en: "for Excel or LibreOffice in French" },
    csvComma: { fr: "CSV séparé par des virgules", en: "CSV separated by commas" },
    csvCommaHint: { fr: "pour R, Python ou un portail de données", en: "for R, Python or a data portal" },
    json: { fr: "JSON", en: "JSON" },
    jsonHint: { fr: "pour les programmes", en: "for programs" },
    dataPackage: { fr: "Description des données (datapackage.json)", en: "Data description (datapackage.json)" },
    dataPackageHint: { fr: "colonnes, licence, méthode", en: "columns, licence, method" },
  },
} satisfies Record<string, Record<string, Text | ((...args: never[]) => Text)>>;
