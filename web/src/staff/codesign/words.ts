import type { Text } from "@web/shared/locale.tsx";

/**
 * The words of co-design: draft statuses, what approval is missing, how a change bears on comparability.
 * One place, so that the draft page, the project page and the comparison page say the same thing.
 */

export const DRAFT_STATUS_LABELS: Record<string, Text> = {
  editing: { fr: "En cours d'écriture", en: "Being written" },
  in_review: { fr: "En relecture", en: "In review" },
  published: { fr: "Publié", en: "Published" },
};

export const MISSING_APPROVAL_LABELS: Record<string, Text> = {
  peer_worker: { fr: "Il manque l'approbation d'un·e pair-aidant·e.", en: "A peer worker's approval is missing." },
  researcher_or_professional: {
    fr: "Il manque l'approbation d'un·e chercheur·e ou professionnel·le.",
    en: "A researcher's or professional's approval is missing.",
  },
};

export const CHANGE_CLASSES = ["breaking", "wording", "cosmetic"] as const;

export const CHANGE_CLASS_LABELS: Record<string, Text> = {
  cosmetic: { fr: "Cosmétique", en: "Cosmetic" },
  wording: { fr: "Reformulation", en: "Rewording" },
  breaking: { fr: "Rupture", en: "Break" },
};

/** What each class means for the results, in plain words. */
export const CHANGE_CLASS_EXPLANATIONS: Record<string, Text> = {
  cosmetic: {
    fr: "Aucune réponse ne peut changer (typographie, traduction anglaise, question déplacée) : les résultats restent comparables.",
    en: "No answer can change (typography, English translation, a question moved): results stay comparable.",
  },
  wording: {
    fr: "La question pourrait être comprise autrement : l'équipe décide, et note, si les résultats restent comparables.",
    en: "The question might be understood differently: the team decides, and records, whether results stay comparable.",
  },
  breaking: {
    fr: "Les réponses ne sont plus sur le même pied (type, échelle, choix ou calcul du score changés) : les résultats ne sont plus comparables.",
    en: "Answers are no longer on the same footing (type, scale, choices or scoring changed): results are no longer comparable.",
  },
};

export const CHANGE_KIND_LABELS: Record<string, Text> = {
  added: { fr: "ajouté", en: "added" },
  removed: { fr: "retiré", en: "removed" },
  reworded: { fr: "reformulé", en: "reworded" },
  changed: { fr: "modifié", en: "changed" },
  moved: { fr: "déplacé", en: "moved" },
};

export const ASPECT_LABELS: Record<string, Text> = {
  type: { fr: "type de question", en: "question type" },
  title: { fr: "intitulé", en: "title" },
  description: { fr: "description", en: "description" },
  choices: { fr: "choix", en: "choices" },
  choice_texts: { fr: "textes des choix", en: "choice texts" },
  scale: { fr: "échelle", en: "scale" },
  scale_labels: { fr: "libellés de l'échelle", en: "scale labels" },
  rows: { fr: "lignes", en: "rows" },
  row_texts: { fr: "textes des lignes", en: "row texts" },
  columns: { fr: "colonnes", en: "columns" },
  column_texts: { fr: "textes des colonnes", en: "column texts" },
  conditions: { fr: "conditions d'affichage", en: "display conditions" },
  required: { fr: "réponse obligatoire", en: "required answer" },
  limits: { fr: "limites", en: "limits" },
  position: { fr: "position", en: "position" },
  items: { fr: "questions comptées", en: "items counted" },
  reverse: { fr: "questions inversées", en: "reversed items" },
  definition: { fr: "définition", en: "definition" },
  roles: { fr: "répondant·es", en: "respondents" },
  other: { fr: "autre", en: "other" },
};

export function wordsOf(labels: Record<string, Text>, code: string): Text {
  return labels[code] ?? { fr: code, en: code };
}

/** The names of the fields a questionnaire problem is about (problem-words.ts). */
export const PROBLEM_FIELD_NAMES: Record<string, Text> = {
  title: { fr: "titre", en: "title" },
  description: { fr: "description", en: "description" },
  source: { fr: "source (référence de la dimension)", en: "source (the dimension's reference)" },
  text: { fr: "texte", en: "text" },
  minRateDescription: { fr: "libellé du bas de l'échelle", en: "label of the low end of the scale" },
  maxRateDescription: { fr: "libellé du haut de l'échelle", en: "label of the high end of the scale" },
};

/** What an empty list means, for a questionnaire problem "fewer than 1 items" (problem-words.ts). */
export const EMPTY_LIST_TEXTS: Record<string, Text> = {
  elements: { fr: "aucune question sur cette page pour l'instant", en: "no question on this page yet" },
  dimensions: {
    fr: "aucune dimension : créez-en une et rangez-y les questions qui comptent dans un score",
    en: "no dimension: create one and put in it the questions that count in a score",
  },
  indicators: {
    fr: "aucun indicateur : il en faut au moins un, calculé à partir d'une dimension",
    en: "no indicator: at least one is needed, computed from a dimension",
  },
  items: { fr: "aucune question dans cette dimension", en: "no question in this dimension" },
  choices: { fr: "aucun choix de réponse", en: "no answer choice" },
};

/**
 * Each page's and component's own words, in a section named after its file; `common` holds those that
 * several of them use. A sentence with values in it is a function of those values.
 */
export const words = {
  common: {
    deletedAccount: { fr: "Compte supprimé", en: "Deleted account" },
    revision: { fr: "révision", en: "revision" },
    revisionTitle: { fr: "Révision", en: "Revision" },
    postComment: { fr: "Publier le commentaire", en: "Post the comment" },
    members: { fr: "Membres", en: "Members" },
  },
  approvalsList: {
    approvalsRevision: (revision: string | number): Text => ({
      fr: `Approbations de la révision ${revision}`,
      en: `Approvals of revision ${revision}`,
    }),
    nobodyHasApprovedRevision: { fr: "Personne n'a encore approuvé cette révision.", en: "Nobody has approved this revision yet." },
    approvalsNeededAreAll: { fr: "Les approbations nécessaires sont réunies.", en: "The approvals needed are all there." },
    approvalHistory: { fr: "Historique des approbations", en: "Approval history" },
    noLongerCountsDraft: { fr: "(ne compte plus : le brouillon a changé depuis)", en: "(no longer counts: the draft changed since)" },
  },
  changeList: {
    countsScores: { fr: "compte dans les scores", en: "counts in the scores" },
    before: { fr: "Avant", en: "Before" },
    after: { fr: "Après", en: "After" },
  },
  commentForm: {
    commentCouldNotPosted: { fr: "Le commentaire n'a pas pu être publié.", en: "The comment could not be posted." },
    askEasyReadFalc: { fr: "Demander une relecture FALC (facile à lire et à comprendre)", en: "Ask for an easy-to-read (FALC) review" },
  },
  commentThreads: {
    easyReadReviewRequested: { fr: "relecture FALC demandée", en: "easy-to-read review requested" },
    threadCouldNotUpdated: { fr: "Le fil n'a pas pu être mis à jour.", en: "The thread could not be updated." },
    noCommentYet: { fr: "Aucun commentaire pour l'instant.", en: "No comment yet." },
    threadResolved: { fr: "Fil résolu", en: "Thread resolved" },
    openThread: { fr: "Fil ouvert", en: "Open thread" },
    reply: { fr: "Répondre", en: "Reply" },
    markResolved: { fr: "Marquer comme résolu", en: "Mark as resolved" },
    reopen: { fr: "Rouvrir", en: "Reopen" },
    yourReply: { fr: "Votre réponse", en: "Your reply" },
    postReply: { fr: "Publier la réponse", en: "Post the reply" },
  },
  comparePage: {
    oneVersionChosenVersion: (to: string | number): Text => ({
      fr: `Une seule version choisie : la version ${to}, et comment elle a été faite.`,
      en: `One version chosen: version ${to}, and how it was made.`,
    }),
    compareVersions: { fr: "Comparer les versions", en: "Compare versions" },
    versions: { fr: "versions", en: "versions" },
    fromVersion: { fr: "Version de départ", en: "From version" },
    version: { fr: "Version d'arrivée", en: "To version" },
  },
  decisionForm: {
    teamsDecision: { fr: "Décision de l'équipe", en: "The team's decision" },
    decisionNeededBeforePublication: { fr: "Décision à prendre avant la publication.", en: "Decision needed before publication." },
    resultsStayComparable: { fr: "Les résultats restent comparables", en: "Results stay comparable" },
    resultsAreNoLonger: { fr: "Les résultats ne sont plus comparables", en: "Results are no longer comparable" },
    whyNoteKeptVersion: { fr: "Pourquoi (note gardée avec la version)", en: "Why (note kept with the version)" },
    saveDecision: { fr: "Enregistrer la décision", en: "Save the decision" },
  },
  draftChanges: {
    changesSinceVersion: (previous: string | number): Text => ({
      fr: `Changements depuis la version ${previous}`,
      en: `Changes since version ${previous}`,
    }),
    changes: { fr: "Changements", en: "Changes" },
    newQuestionnaireNoVersion: {
      fr: "Nouveau questionnaire : aucune version publiée avant celle-ci, rien à comparer.",
      en: "New questionnaire: no version published before this one, nothing to compare.",
    },
    noSavedChangeFrom: {
      fr: "Aucun changement enregistré par rapport à la version publiée.",
      en: "No saved change from the published version.",
    },
    lastSavedVersion: { fr: "D'après la dernière version enregistrée. ", en: "As of the last saved version. " },
    savingDecisionEditsDraft: {
      fr: "Enregistrer une décision modifie le brouillon (avec vos autres modifications en cours) : les approbations devront être données à nouveau.",
      en: "Saving a decision edits the draft (with your other changes on screen): approvals will have to be given again.",
    },
  },
  draftHeader: {
    fromVersion: (version: string | number, slug: string | number): Text => ({
      fr: `À partir de la version ${version} de « ${slug} »`,
      en: `From version ${version} of “${slug}”`,
    }),
    newQuestionnaire: (slug: string | number): Text => ({ fr: `Nouveau questionnaire « ${slug} »`, en: `New questionnaire “${slug}”` }),
    seeVersion: (version: string | number): Text => ({ fr: `Voir la version ${version}`, en: `See version ${version}` }),
    lastChange: { fr: "Dernière modification", en: "Last change" },
    by: { fr: "par", en: "by" },
    draftPublishedNoLonger: { fr: "Ce brouillon est publié : il ne change plus. ", en: "This draft is published: it no longer changes. " },
  },
  draftPage: {
    /** `names`: who saved meanwhile, when the API knows. */
    mergedWith: (names: string[], revision: number): Text => ({
      fr: `Vos modifications ont été fusionnées avec celles ${names.length > 0 ? `de ${names.join(", ")}` : "d'un autre membre du projet"}, enregistrées entre-temps (révision ${revision}). Relisez le brouillon.`,
      en: `Your changes were merged with those ${names.length > 0 ? `of ${names.join(", ")}` : "of another member of the project"}, saved meanwhile (revision ${revision}). Read the draft again.`,
    }),
    savedRevision: (revision: string | number): Text => ({ fr: `Enregistré (révision ${revision}).`, en: `Saved (revision ${revision}).` }),
    latestVersionLoadedRevision: (revision: string | number): Text => ({
      fr: `Dernière version chargée (révision ${revision}).`,
      en: `Latest version loaded (revision ${revision}).`,
    }),
    updatedSavedRevision: (updatedBy: string | number, revision: string | number): Text => ({
      fr: `Mise à jour : ${updatedBy} a enregistré la révision ${revision}.`,
      en: `Updated: ${updatedBy} saved revision ${revision}.`,
    }),
    updatedAnotherMemberProject: (revision: string | number): Text => ({
      fr: `Mise à jour : un autre membre du projet a enregistré la révision ${revision}.`,
      en: `Updated: another member of the project saved revision ${revision}.`,
    }),
    draft: { fr: "Brouillon", en: "Draft" },
    draftCouldNotSaved: { fr: "Le brouillon n'a pas pu être enregistré.", en: "The draft could not be saved." },
    draftWasJustPublished: {
      fr: "Le brouillon vient d'être publié : il ne change plus. Vos modifications non enregistrées restent à l'écran pour que vous puissiez les copier.",
      en: "The draft was just published: it no longer changes. Your unsaved changes stay on screen so that you can copy them.",
    },
    draftWasJustPublishedNo: {
      fr: "Le brouillon vient d'être publié : il ne change plus.",
      en: "The draft was just published: it no longer changes.",
    },
  },
  generalComments: {
    discussionWholeDraft: { fr: "Discussion sur l'ensemble du brouillon", en: "Discussion of the whole draft" },
    newCommentWholeDraft: { fr: "Nouveau commentaire sur l'ensemble du brouillon", en: "New comment on the whole draft" },
  },
  inviteCoResearcherForm: {
    invitationCouldNotCreated: { fr: "L'invitation n'a pas pu être créée.", en: "The invitation could not be created." },
    inviteCoResearcher: { fr: "Inviter un·e co-chercheur·e", en: "Invite a co-researcher" },
    emailAddress: { fr: "Adresse e-mail", en: "E-mail address" },
    displayNameOptional: { fr: "Nom affiché (facultatif)", en: "Display name (optional)" },
    background: { fr: "Parcours", en: "Background" },
    versionPublishedOnlyApproval: {
      fr: "Une version n'est publiée qu'avec l'accord d'au moins un·e pair-aidant·e et d'un·e chercheur·e ou professionnel·le. Quand un·e co-chercheur·e invite, le parcours proposé attend l'attestation d'un·e administrateur·rice ou de la coordination régionale : d'ici là, la personne commente mais n'approuve pas.",
      en: "A version is published only with the approval of at least one peer worker and one researcher or professional. When a co-researcher invites, the proposed background awaits attestation by an administrator or the regional coordinator: until then, the person comments but does not approve.",
    },
    createInvitation: { fr: "Créer l'invitation", en: "Create the invitation" },
  },
  jsonPanel: {
    jsonViewExperts: { fr: "Vue JSON (experts)", en: "JSON view (experts)" },
    whatAppliedHereGoes: {
      fr: "Ce qui est appliqué ici passe dans l'éditeur ; pensez ensuite à enregistrer.",
      en: "What is applied here goes into the editor; then remember to save.",
    },
  },
  newDraftForm: {
    draftCouldNotCreated: { fr: "Le brouillon n'a pas pu être créé.", en: "The draft could not be created." },
    newDraft: { fr: "Nouveau brouillon", en: "New draft" },
    startingPoint: { fr: "Point de départ", en: "Starting point" },
    blankPage: { fr: "Une page blanche", en: "A blank page" },
    questionnaireLibraryNewVersion: {
      fr: "Un questionnaire de la bibliothèque (nouvelle version)",
      en: "A questionnaire of the library (new version)",
    },
    titleFrench: { fr: "Titre en français", en: "Title in French" },
    titleEnglish: { fr: "Titre en anglais", en: "Title in English" },
    startingVersion: { fr: "Version de départ", en: "Starting version" },
    createDraft: { fr: "Créer le brouillon", en: "Create the draft" },
  },
  newProjectForm: {
    projectCouldNotCreated: { fr: "Le projet n'a pas pu être créé.", en: "The project could not be created." },
    newProject: { fr: "Nouveau projet", en: "New project" },
    areMemberFromStart: { fr: "Vous en faites partie d'office.", en: "You are a member from the start." },
    noOtherCoResearcher: {
      fr: "Aucun·e autre co-chercheur·e pour l'instant : invitez-en ci-dessous.",
      en: "No other co-researcher yet: invite some below.",
    },
    createProject: { fr: "Créer le projet", en: "Create the project" },
  },
  pilotPanel: {
    trialAnswerStoredAll: (pilotResponses: string | number): Text => ({
      fr: `Réponse d'essai enregistrée (${pilotResponses} au total) — elle ne comptera jamais dans les résultats et sera effacée à la publication.`,
      en: `Trial answer stored (${pilotResponses} in all) — it will never count in the results and will be deleted at publication.`,
    }),
    trialAnswerNotStored: {
      fr: "Réponse d'essai non enregistrée : enregistrez d'abord vos modifications, puis recommencez l'essai.",
      en: "Trial answer not stored: save your changes first, then try again.",
    },
    trialAnswerCouldNot: { fr: "La réponse d'essai n'a pas pu être enregistrée.", en: "The trial answer could not be stored." },
    tryRespondent: { fr: "Essayer comme un·e répondant·e", en: "Try it as a respondent" },
  },
  problemsList: {
    fixBeforeReview: (problemsCount: string | number): Text => ({
      fr: `À corriger avant relecture (${problemsCount})`,
      en: `To fix before review (${problemsCount})`,
    }),
    lastSavedVersion: { fr: "Selon la dernière version enregistrée.", en: "As of the last saved version." },
  },
  projectDrafts: {
    seePublishedVersion: (version: string | number): Text => ({
      fr: `Voir la version ${version} publiée`,
      en: `See published version ${version}`,
    }),
    drafts: { fr: "Brouillons", en: "Drafts" },
    noDraftYet: { fr: "Aucun brouillon pour l'instant.", en: "No draft yet." },
    changed: { fr: "modifié le", en: "changed on" },
  },
  projectFields: {
    projectName: { fr: "Nom du projet", en: "Project name" },
    description: { fr: "Description", en: "Description" },
    ethicsConsentOptional: { fr: "Éthique et consentement (facultatif)", en: "Ethics and consent (optional)" },
    whatPeopleAnsweringProjects: {
      fr: "C'est ce que liront les personnes qui répondent aux questionnaires du projet : qui mène l'étude, pourquoi, ce que deviennent leurs réponses, leur droit de ne pas répondre.",
      en: "This is what people answering the project's questionnaires will read: who runs the study, why, what happens to their answers, their right not to answer.",
    },
    textFrench: { fr: "Texte en français", en: "Text in French" },
    textEnglish: { fr: "Texte en anglais", en: "Text in English" },
    writeEthicsConsentText: {
      fr: "Écrivez le texte d'éthique et de consentement dans les deux langues, ou laissez les deux vides.",
      en: "Write the ethics and consent text in both languages, or leave both empty.",
    },
  },
  projectMembers: {
    awaitingAttestation: { fr: "en attente d'attestation", en: "awaiting attestation" },
    nowMemberProject: (person: string | number): Text => ({
      fr: `${person} fait maintenant partie du projet.`,
      en: `${person} is now a member of the project.`,
    }),
    personCouldNotAdded: { fr: "La personne n'a pas pu être ajoutée.", en: "The person could not be added." },
    addMember: { fr: "Ajouter un membre", en: "Add a member" },
    add: { fr: "Ajouter", en: "Add" },
  },
  projectPage: {
    researchProject: { fr: "Projet de recherche", en: "Research project" },
    researchProjects: { fr: "← Projets de recherche", en: "← Research projects" },
    ethicsConsentWhatRespondents: {
      fr: "Éthique et consentement (ce que lisent les répondant·es)",
      en: "Ethics and consent (what respondents read)",
    },
  },
  projectSettingsForm: {
    projectUpdated: { fr: "Projet mis à jour.", en: "Project updated." },
    projectCouldNotUpdated: { fr: "Le projet n'a pas pu être mis à jour.", en: "The project could not be updated." },
    editProjectNameDescription: {
      fr: "Modifier le projet (nom, description, éthique)",
      en: "Edit the project (name, description, ethics)",
    },
    saveProject: { fr: "Enregistrer le projet", en: "Save the project" },
  },
  projectsPage: {
    membersAndDrafts: (members: string | number, drafts: string | number): Text => ({
      fr: `${members} membre(s) · ${drafts} brouillon(s)`,
      en: `${members} member(s) · ${drafts} draft(s)`,
    }),
    researchProjects: { fr: "Projets de recherche", en: "Research projects" },
    writeQuestionnaireTogetherPeer: {
      fr: "Écrire un questionnaire à plusieurs — pair-aidant·es, chercheur·es, professionnel·les — en discuter, l'approuver et le publier.",
      en: "Write a questionnaire together — peer workers, researchers, professionals — discuss it, approve it and publish it.",
    },
    myProjects: { fr: "Mes projets", en: "My projects" },
    areNotPartAny: { fr: "Vous ne faites partie d'aucun projet pour l'instant.", en: "You are not part of any project yet." },
  },
  reviewPanel: {
    rewordingsAwaitDecision: (n: string | number): Text => ({
      fr: `${n} reformulation(s) attendent une décision sur la comparabilité (voir les changements).`,
      en: `${n} rewording(s) await a decision on comparability (see the changes).`,
    }),
    seeVersion: (version: string | number): Text => ({ fr: `Voir la version ${version}`, en: `See version ${version}` }),
    compareVersion: (version: string | number): Text => ({
      fr: `Comparer avec la version ${version}`,
      en: `Compare with version ${version}`,
    }),
    saveChangesFirst: { fr: "Enregistrez d'abord vos modifications.", en: "Save your changes first." },
    questionnaireStillHasPoints: {
      fr: "Le questionnaire a encore des points à corriger.",
      en: "The questionnaire still has points to fix.",
    },
    submitDraftReviewFirst: { fr: "Soumettez d'abord le brouillon à la relecture.", en: "Submit the draft for review first." },
    versionPublished: { fr: "Version publiée.", en: "Version published." },
    versionCouldNotPublished: { fr: "La version n'a pas pu être publiée.", en: "The version could not be published." },
    reviewPublication: { fr: "Relecture et publication", en: "Review and publication" },
    whenQuestionnaireCompleteSubmit: {
      fr: "Quand le questionnaire est complet, soumettez-le à la relecture : chaque membre le relit et l'approuve.",
      en: "When the questionnaire is complete, submit it for review: each member reads and approves it.",
    },
    draftSubmittedReview: { fr: "Brouillon soumis à la relecture.", en: "Draft submitted for review." },
    draftCouldNotSubmitted: { fr: "Le brouillon n'a pas pu être soumis.", en: "The draft could not be submitted." },
    submitReview: { fr: "Soumettre à la relecture", en: "Submit for review" },
    fixPointsListedFirst: { fr: "Corrigez d'abord les points signalés.", en: "Fix the points listed first." },
    approvalRecorded: { fr: "Votre approbation est enregistrée.", en: "Your approval is recorded." },
    approvalCouldNotRecorded: { fr: "L'approbation n'a pas pu être enregistrée.", en: "The approval could not be recorded." },
    approvedRevision: { fr: "Vous avez approuvé cette révision", en: "You approved this revision" },
    iApproveRevision: { fr: "J'approuve cette révision", en: "I approve this revision" },
    publish: { fr: "Publier", en: "Publish" },
    awaitingAttestation: {
      fr: "Votre parcours est en attente d'attestation par un·e administrateur·rice ou la coordination régionale : vous pouvez commenter, pas encore approuver.",
      en: "Your background awaits attestation by an administrator or the regional coordinator: you may comment, not approve yet.",
    },
    submitterNotAlone: {
      fr: "La personne qui a soumis le brouillon ne peut pas être la seule à approuver pour son côté (pair-aidance, ou recherche et profession).",
      en: "The person who submitted the draft cannot be the only approver of their side (peer work, or research and profession).",
    },
    cannotPublishYet: { fr: "Publication impossible pour l'instant : ", en: "Cannot publish yet: " },
  },
  publishConfirmation: {
    title: (version: number): Text => ({
      fr: `Publier la version ${version} : ce qui va se passer`,
      en: `Publishing version ${version}: what will happen`,
    }),
    newQuestionnaire: {
      fr: "C'est la première version de ce questionnaire : aucune campagne ni aucun résultat publié ne l'utilise encore.",
      en: "This is the questionnaire's first version: no campaign and no released figure uses it yet.",
    },
    noCampaign: { fr: "Aucune campagne en cours n'utilise ce questionnaire.", en: "No live campaign uses this questionnaire." },
    campaignsKeep: (campaigns: number, structures: number, version: number): Text => ({
      fr: `${campaigns} campagne(s) en cours dans ${structures} structure(s) gardent la version ${version} : leurs répondant·es continuent d'y répondre. La nouvelle version ne sert qu'aux nouvelles campagnes.`,
      en: `${campaigns} live campaign(s) in ${structures} structure(s) keep version ${version}: their respondents keep answering it. The new version is used by new campaigns only.`,
    }),
    seriesContinues: (key: string): Text => ({
      fr: `La nouvelle version reste comparable : ses résultats continuent la série ${key}.`,
      en: `The new version stays comparable: its results continue the series ${key}.`,
    }),
    seriesStartsAnew: (key: string, previous: string | null, released: number): Text => ({
      fr: `La nouvelle version n'est pas comparable : une nouvelle série ${key} commence, ses résultats repartent de zéro.${previous ? ` Les résultats de la série ${previous} (${released} trimestre(s) publié(s)) restent tels quels et ne se poursuivent pas.` : ""}`,
      en: `The new version is not comparable: a new series ${key} starts, its figures start from nothing.${previous ? ` The figures of series ${previous} (${released} quarter(s) released) stay as they are and do not continue.` : ""}`,
    }),
    openThreads: { fr: "Fils de commentaires encore ouverts", en: "Comment threads still open" },
    noOpenThread: { fr: "Aucun fil de commentaires ouvert.", en: "No open comment thread." },
    onQuestion: (question: string): Text => ({ fr: `Sur la question ${question}`, en: `On question ${question}` }),
    onDraft: { fr: "Sur tout le brouillon", en: "On the whole draft" },
    resolveOrExplain: {
      fr: "Résolvez ces fils, ou dites pour chacun pourquoi il reste ouvert.",
      en: "Resolve these threads, or say for each one why it stays open.",
    },
    reasonLeftOpen: (id: number): Text => ({ fr: `Pourquoi le fil ${id} reste ouvert`, en: `Why thread ${id} stays open` }),
    confirm: { fr: "Confirmer la publication", en: "Confirm publication" },
    cancel: { fr: "Annuler", en: "Cancel" },
    effectChanged: {
      fr: "Ce que la publication change a évolué depuis votre lecture : relisez puis confirmez.",
      en: "What the publication changes has changed since you read it: read it again, then confirm.",
    },
    couldNotLoad: { fr: "L'effet de la publication n'a pas pu être chargé.", en: "The effect of the publication could not be loaded." },
  },
  attestations: {
    title: { fr: "Parcours à attester", en: "Backgrounds to attest" },
    explanation: {
      fr: "Une approbation compte seulement si une personne responsable atteste le parcours de qui approuve : vous (administration, ou coordination de la région). Vérifiez la personne et son parcours avant de l'attester.",
      en: "An approval counts only when someone answerable attests the approver's background: you (administration, or the region's coordination). Check the person and their background before attesting it.",
    },
    none: { fr: "Aucun parcours en attente d'attestation.", en: "No background awaits attestation." },
    backgroundOf: (name: string): Text => ({ fr: `Parcours de ${name}`, en: `Background of ${name}` }),
    attest: { fr: "Attester", en: "Attest" },
    attested: (name: string): Text => ({ fr: `Parcours de ${name} attesté.`, en: `Background of ${name} attested.` }),
    couldNotAttest: { fr: "Le parcours n'a pas pu être attesté.", en: "The background could not be attested." },
  },
  saveBar: {
    collidedWith: (updatedBy: string | null): Text => ({
      fr: `Depuis que vous avez ouvert le brouillon, d'autres modifications ont été enregistrées${updatedBy ? ` (la dernière par ${updatedBy})` : ""}, sur les mêmes éléments que vous :`,
      en: `Since you opened the draft, other changes were saved${updatedBy ? ` (the latest by ${updatedBy})` : ""}, on the same parts as you:`,
    }),
    savedMeanwhile: (updatedBy: string | null, revision: number): Text => ({
      fr: `${updatedBy ?? "Un autre membre du projet"} a enregistré la révision ${revision} pendant que vous modifiiez. Enregistrez : vos modifications seront fusionnées avec les siennes si elles portent sur d'autres questions.`,
      en: `${updatedBy ?? "Another member of the project"} saved revision ${revision} while you were editing. Save: your changes will be merged with theirs if they concern other questions.`,
    }),
    changesWereNotSaved: { fr: "Vos modifications n'ont pas été enregistrées", en: "Your changes were not saved" },
    someoneSavedSameMoment: {
      fr: "Quelqu'un a enregistré au même moment. Enregistrez à nouveau : vos modifications seront fusionnées avec les siennes.",
      en: "Someone saved at the same moment. Save again: your changes will be merged with theirs.",
    },
    reloadLatestVersionThen: {
      fr: "Rechargez la dernière version, puis refaites vos modifications sur ces éléments. Vous pouvez d'abord relire ou copier vos textes à l'écran.",
      en: "Reload the latest version, then make your changes to these parts again. You may first read or copy your texts on screen.",
    },
    reloadLatestVersionUnsaved: {
      fr: "Recharger la dernière version (vos modifications non enregistrées seront perdues)",
      en: "Reload the latest version (your unsaved changes will be lost)",
    },
    keepMyChangesScreen: { fr: "Garder mes modifications à l'écran pour l'instant", en: "Keep my changes on screen for now" },
    saving: { fr: "Enregistrement…", en: "Saving…" },
    save: { fr: "Enregistrer", en: "Save" },
    unsavedChanges: { fr: "Modifications non enregistrées", en: "Unsaved changes" },
    everythingSaved: { fr: "Tout est enregistré", en: "Everything is saved" },
    savingMakesNewRevision: {
      fr: "Enregistrer crée une nouvelle révision : les approbations déjà données devront l'être à nouveau.",
      en: "Saving makes a new revision: approvals already given will have to be given again.",
    },
  },
  targetNames: {
    question: { fr: "Question", en: "Question" },
    dimension: { fr: "Dimension", en: "Dimension" },
    indicator: { fr: "Indicateur", en: "Indicator" },
    page: { fr: "Page", en: "Page" },
    scoresAnswerScale: { fr: "L'échelle de réponse des scores", en: "The scores' answer scale" },
    orderPages: { fr: "L'ordre des pages", en: "The order of the pages" },
    questionnairesTitleDescriptionRespondents: {
      fr: "Le titre, la description ou les répondant·es du questionnaire",
      en: "The questionnaire's title, description or respondents",
    },
    questionnaire: { fr: "Questionnaire", en: "Questionnaire" },
  },
  versionDiffView: {
    wasJudgedNotComparable: (key: string | number): Text => ({
      fr: `${key} a été jugée non comparable, mais ne compte dans aucun score : les comparaisons ne s'en servent pas.`,
      en: `${key} was judged not comparable, but counts in no score: comparisons do not use it.`,
    }),
    versionTeamJudgedRewording: (version: string | number, key: string | number, note: string | number): Text => ({
      fr: `À la version ${version}, l'équipe a jugé que la reformulation de ${key} rend les résultats non comparables${note}.`,
      en: `At version ${version}, the team judged that rewording ${key} makes results not comparable${note}.`,
    }),
    wayScoresAreComputed: (breaks: string | number): Text => ({
      fr: `Le calcul des scores a changé : ${breaks}.`,
      en: `The way scores are computed changed: ${breaks}.`,
    }),
    changesFromVersionVersion: (from: string | number, to: string | number): Text => ({
      fr: `Changements de la version ${from} à la version ${to}`,
      en: `Changes from version ${from} to version ${to}`,
    }),
    versionNumber: (version: string | number): Text => ({ fr: `Version ${version}`, en: `Version ${version}` }),
    sameScaleSameScored: {
      fr: "Même échelle, mêmes questions comptées avec les mêmes réponses possibles, et aucune reformulation d'une question comptée jugée non comparable entre les deux.",
      en: "Same scale, same scored questions with the same possible answers, and no rewording of a scored question judged not comparable in between.",
    },
    scoresAreComputedDifferently: {
      fr: "Le calcul des scores diffère entre les deux versions.",
      en: "Scores are computed differently in the two versions.",
    },
    resultsTheseTwoVersions: {
      fr: "Les résultats de ces deux versions sont regroupés dans les comparaisons régionales",
      en: "Results of these two versions are pooled in the regional comparisons",
    },
    resultsTheseTwoVersionsAre: {
      fr: "Les résultats de ces deux versions ne sont pas regroupés dans les comparaisons régionales",
      en: "Results of these two versions are not pooled in the regional comparisons",
    },
    noChange: { fr: "Aucun changement.", en: "No change." },
    recordedDecisions: { fr: "Décisions enregistrées", en: "Recorded decisions" },
    noDecisionBetweenThese: { fr: "Aucune décision entre ces deux versions.", en: "No decision between these two versions." },
    resultsComparable: { fr: "résultats comparables", en: "results comparable" },
    resultsNotComparable: { fr: "résultats non comparables", en: "results not comparable" },
  },
  versionQuestionsView: {
    questionsOfVersion: (version: string | number): Text => ({
      fr: `Les questions de la version ${version}, comme les voit un·e répondant·e`,
      en: `The questions of version ${version}, as a respondent sees them`,
    }),
    readOnlyHint: {
      fr: "Lecture seule : toutes les questions sur une page, sans pouvoir y répondre. Les questions soumises à une condition n'apparaissent que si elle est remplie.",
      en: "Read only: every question on one page, none can be answered. Questions with a condition show only when it is met.",
    },
  },
  versionHistoryView: {
    howVersionWasMade: (version: string | number): Text => ({
      fr: `Comment la version ${version} a été faite`,
      en: `How version ${version} was made`,
    }),
    libraryVersionImportedFrom: {
      fr: "Version de la bibliothèque, importée de ses fichiers : elle n'a pas été écrite dans un projet de co-construction.",
      en: "A library version, imported from its files: it was not written in a co-design project.",
    },
    writtenProject: { fr: "Écrite dans le projet", en: "Written in the project" },
    published: { fr: "publiée le", en: "published on" },
    approvals: { fr: "Approbations", en: "Approvals" },
  },
  questionComments: {
    comments: (mineCount: string | number): Text => ({ fr: `Commentaires (${mineCount})`, en: `Comments (${mineCount})` }),
    openThreads: (unresolved: string | number): Text => ({ fr: `, ${unresolved} fil(s) ouvert(s)`, en: `, ${unresolved} open thread(s)` }),
    commentsQuestion: (name: string | number): Text => ({ fr: `Commentaires sur la question ${name}`, en: `Comments on question ${name}` }),
    newCommentQuestion: (name: string | number): Text => ({
      fr: `Nouveau commentaire sur la question ${name}`,
      en: `New comment on question ${name}`,
    }),
  },
  projectData: {
    title: { fr: "Données de réponse du projet", en: "The project's response data" },
    intro: {
      fr: "Pour exporter les réponses aux questionnaires du projet, un·e membre décrit l'usage prévu ; l'administration ou une coordination l'approuve. Les données sont grossies jusqu'à ce que chaque combinaison de lieu, de période, d'âge ou de durée compte assez de personnes.",
      en: "To export the responses to the project's questionnaires, a member describes the intended use; an administrator or a coordinator approves it. The data are coarsened until every combination of place, period, age or duration counts enough people.",
    },
    purpose: { fr: "But de l'utilisation", en: "Purpose of the use" },
    people: { fr: "Personnes qui liront les données (une par ligne)", en: "People who will read the data (one a line)" },
    retainUntil: { fr: "Conservées jusqu'au", en: "Kept until" },
    freeText: { fr: "Demander aussi les réponses libres (masquées, à part)", en: "Also ask for free-text answers (masked, apart)" },
    send: { fr: "Envoyer la demande", en: "Send the request" },
    sent: { fr: "Demande envoyée : elle attend une décision.", en: "Request sent: it awaits a decision." },
    failed: { fr: "La demande n'a pas pu être envoyée.", en: "The request could not be sent." },
    status: (status: string, until: string): Text => ({
      fr: `${status === "approved" ? "Approuvée" : status === "refused" ? "Refusée" : "En attente"}, conservation jusqu'au ${until}`,
      en: `${status === "approved" ? "Approved" : status === "refused" ? "Refused" : "Pending"}, kept until ${until}`,
    }),
    downloads: { fr: "Télécharger les données du projet", en: "Download the project's data" },
    responses: { fr: "Réponses (CSV)", en: "Responses (CSV)" },
    responsesHint: { fr: "une ligne par réponse, sans structure ni date", en: "one row a response, no structure nor date" },
    comments: { fr: "Réponses libres (CSV)", en: "Free-text answers (CSV)" },
    commentsHint: { fr: "masquées, sans lien avec les autres réponses", en: "masked, with no link to the other answers" },
    disclosure: { fr: "Ce qui a été grossi (JSON)", en: "What was coarsened (JSON)" },
    disclosureHint: { fr: "niveaux, lignes retirées", en: "levels, rows left out" },
  },
} satisfies Record<string, Record<string, Text | ((...args: never[]) => Text)>>;
