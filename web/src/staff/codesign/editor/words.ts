import type { Text } from "@web/shared/locale.tsx";
import type { ElementShape, QuestionKind } from "./draft-ops.ts";

/**
 * The words of the questionnaire editor, in French then English. The kinds of question come first: plain
 * words first, the technical name after, so that a peer worker recognises them at first sight.
 */

export const KIND_TEXT: Record<QuestionKind, { name: Text; hint: Text }> = {
  likert: {
    name: { fr: "Échelle d'accord (Likert)", en: "Agreement scale (Likert)" },
    hint: {
      fr: "De « Pas du tout d'accord » à « Tout à fait d'accord ». Peut compter dans un score.",
      en: "From “Strongly disagree” to “Strongly agree”. Can count in a score.",
    },
  },
  single: {
    name: { fr: "Choix unique", en: "Single choice" },
    hint: { fr: "Une seule réponse parmi une liste.", en: "One answer from a list." },
  },
  multiple: {
    name: { fr: "Choix multiples", en: "Multiple choice" },
    hint: { fr: "Plusieurs réponses possibles parmi une liste.", en: "Several answers from a list." },
  },
  yes_no: {
    name: { fr: "Oui / non", en: "Yes / no" },
    hint: { fr: "Répondre par oui ou par non.", en: "Answer yes or no." },
  },
  free_text: {
    name: { fr: "Texte libre", en: "Free text" },
    hint: { fr: "La personne écrit ce qu'elle veut.", en: "The person writes what they want." },
  },
  number: {
    name: { fr: "Nombre", en: "Number" },
    hint: { fr: "Un nombre, par exemple un âge ou un nombre de rencontres.", en: "A number, for example an age or a number of meetings." },
  },
  matrix: {
    name: { fr: "Tableau (matrice)", en: "Table (matrix)" },
    hint: {
      fr: "Plusieurs affirmations en lignes, les mêmes réponses en colonnes.",
      en: "Several statements in rows, the same answers in columns.",
    },
  },
};

export const SHAPE_TEXT: Record<ElementShape, Text> = {
  likert: KIND_TEXT.likert.name,
  rating: { fr: "Échelle de notation", en: "Rating scale" },
  single: KIND_TEXT.single.name,
  dropdown: { fr: "Choix unique (liste déroulante)", en: "Single choice (drop-down list)" },
  multiple: KIND_TEXT.multiple.name,
  yes_no: KIND_TEXT.yes_no.name,
  free_text: KIND_TEXT.free_text.name,
  number: KIND_TEXT.number.name,
  short_text: { fr: "Texte court", en: "Short text" },
  matrix: KIND_TEXT.matrix.name,
  info: { fr: "Texte d'information (sans réponse)", en: "Information text (no answer)" },
  group: { fr: "Groupe de questions", en: "Group of questions" },
  other: { fr: "Autre type", en: "Other type" },
};

/**
 * How the editor names a card in its legend, its buttons and its messages, with French articles:
 * "Question 3", "la question 3", "de la question 3", "à la question 3" (or "le texte 1", "du groupe 6"…).
 */
export interface Naming {
  title: Text;
  the: Text;
  of: Text;
  to: Text;
}

export function naming(kind: "question" | "text" | "group" | "page", number: string): Naming {
  const en = { question: "question", text: "text", group: "group", page: "page" }[kind];
  const [noun, feminine] = { question: ["question", true], text: ["texte", false], group: ["groupe", false], page: ["page", true] }[
    kind
  ] as [string, boolean];
  const title = { fr: `${noun[0]!.toUpperCase()}${noun.slice(1)} ${number}`, en: `${en[0]!.toUpperCase()}${en.slice(1)} ${number}` };
  return {
    title,
    the: { fr: `${feminine ? "la" : "le"} ${noun} ${number}`, en: `${en} ${number}` },
    of: { fr: `${feminine ? "de la" : "du"} ${noun} ${number}`, en: `of ${en} ${number}` },
    to: { fr: `${feminine ? "à la" : "au"} ${noun} ${number}`, en: `to ${en} ${number}` },
  };
}

/** The naming of an element from its shape. */
export function elementNaming(shape: ElementShape, number: string): Naming {
  return naming(shape === "info" ? "text" : shape === "group" ? "group" : "question", number);
}

/** A short form of a text for a list or a message: its first 60 characters. */
export function shortText(text: string | undefined): string {
  const plain = (text ?? "")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > 60 ? `${plain.slice(0, 59)}…` : plain;
}

/**
 * Each page's and component's own words, in a section named after its file; `common` holds those that
 * several of them use. A sentence with values in it is a function of those values.
 */
export const words = {
  common: {
    cancel: { fr: "Annuler", en: "Cancel" },
    theChoice: { fr: "le choix", en: "choice" },
    moveUp: { fr: "Monter", en: "Move up" },
    moveDown: { fr: "Descendre", en: "Move down" },
    sourcePublishedFrameworkScale: {
      fr: "Source : cadre ou échelle publiée dont elle s'inspire",
      en: "Source: published framework or scale it draws on",
    },
    lowestValue: { fr: "Valeur la plus basse", en: "Lowest value" },
    highestValue: { fr: "Valeur la plus haute", en: "Highest value" },
  },
  addQuestionMenu: {
    questionAddedPosition: (position: string | number, name: Text): Text => ({
      fr: `Question ajoutée en position ${position} : ${name.fr}`,
      en: `Question added at position ${position}: ${name.en}`,
    }),
    addQuestion: { fr: "Ajouter une question", en: "Add a question" },
  },
  choicesEditor: {
    itemOf: (the: Text, position: string | number, of: Text): Text => ({
      fr: `${the.fr} ${position} ${of.fr}`,
      en: `${the.en} ${position} ${of.en}`,
    }),
    movedPosition: (position: string | number): Text => ({ fr: `Déplacé en position ${position}`, en: `Moved to position ${position}` }),
    addedPosition: (position: string | number): Text => ({ fr: `Ajouté en position ${position}`, en: `Added at position ${position}` }),
    storedValue: (position: string | number): Text => ({ fr: `Valeur ${position} enregistrée`, en: `Stored value ${position}` }),
    textNumber: (position: string | number): Text => ({ fr: `Texte ${position}`, en: `Text ${position}` }),
    moveUp: (named: string): Text => ({ fr: `Monter ${named}`, en: `Move up ${named}` }),
    moveDown: (named: string): Text => ({ fr: `Descendre ${named}`, en: `Move down ${named}` }),
    removeNamed: (named: string): Text => ({ fr: `Retirer ${named}`, en: `Remove ${named}` }),
    addItemTo: (one: Text, to: Text): Text => ({ fr: `Ajouter ${one.fr} ${to.fr}`, en: `Add ${one.en} ${to.en}` }),
    removed: { fr: "Retiré", en: "Removed" },
    valueUsedTwice: { fr: "Cette valeur est utilisée deux fois.", en: "This value is used twice." },
    valueCannotEmpty: { fr: "La valeur ne peut pas être vide.", en: "The value cannot be empty." },
    letterFirstThenLetters: {
      fr: "Une lettre d'abord, puis des lettres, des chiffres ou « _ ».",
      en: "A letter first, then letters, digits or “_”.",
    },
    remove: { fr: "Retirer", en: "Remove" },
  },
  conditionEditor: {
    showOnlyIf: (the: Text): Text => ({ fr: `Afficher ${the.fr} seulement si…`, en: `Show ${the.en} only if…` }),
    questionNoLongerExists: (question: string | number): Text => ({
      fr: `La question « ${question} » n'existe plus ou vient après : choisissez-en une autre.`,
      en: `Question “${question}” no longer exists or comes later: choose another one.`,
    }),
    noLongerExists: (value: string | number): Text => ({ fr: `${value} (n'existe plus)`, en: `${value} (no longer exists)` }),
    advancedConditionWrittenHand: {
      fr: "Condition avancée écrite à la main : elle est gardée telle quelle. Pour la changer, passez par la vue JSON.",
      en: "Advanced condition written by hand: it is kept as it is. To change it, use the JSON view.",
    },
    whenShow: { fr: "Quand l'afficher ?", en: "When to show it?" },
    always: { fr: "Toujours", en: "Always" },
    onlyDependingEarlierAnswer: { fr: "Seulement selon une réponse précédente", en: "Only depending on an earlier answer" },
    earlierQuestion: { fr: "Question précédente", en: "Earlier question" },
    chooseQuestion: { fr: "Choisir une question…", en: "Choose a question…" },
    ifPersonTicked: { fr: "Si la personne a coché", en: "If the person ticked" },
    ifAnswer: { fr: "Si la réponse est", en: "If the answer is" },
  },
  dimensionCard: {
    dimensionDeleted: (title: Text): Text => ({ fr: `Dimension supprimée : ${title.fr}`, en: `Dimension deleted: ${title.en}` }),
    dimensionNumber: (position: string | number): Text => ({ fr: `Dimension ${position}`, en: `Dimension ${position}` }),
    questionsCount: (itemsCount: string | number): Text => ({ fr: `Questions (${itemsCount})`, en: `Questions (${itemsCount})` }),
    notFound: (item: string | number): Text => ({ fr: `${item} (introuvable)`, en: `${item} (not found)` }),
    deleteDimension: (title: string | number): Text => ({
      fr: `Supprimer la dimension « ${title} »`,
      en: `Delete the dimension “${title}”`,
    }),
    confirmDelete: (title: Text, indicatorsCount: string | number): Text => ({
      fr: `Supprimer « ${title.fr} » et ses ${indicatorsCount} indicateur(s) ? Ses questions restent, sans score.`,
      en: `Delete “${title.en}” and its ${indicatorsCount} indicator(s)? Its questions stay, unscored.`,
    }),
    title: { fr: "Titre", en: "Title" },
    highScoreGoodNews: { fr: "Un score élevé est une bonne nouvelle", en: "A high score is good news" },
    noQuestionPutOne: { fr: "Aucune question : rangez-en une ici depuis sa fiche.", en: "No question: put one here from its card." },
    reversed: { fr: " — inversée", en: " — reversed" },
    indicatorsComputed: { fr: "Indicateurs calculés", en: "Indicators computed" },
    yesDeleteDimension: { fr: "Oui, supprimer la dimension", en: "Yes, delete the dimension" },
  },
  dimensionField: {
    countScoreAnswersMust: (min: string | number, max: string | number): Text => ({
      fr: `Pour compter dans un score, les réponses doivent être des nombres entiers de ${min} à ${max}.`,
      en: `To count in a score, the answers must be whole numbers from ${min} to ${max}.`,
    }),
    dimensionScore: (of: Text): Text => ({ fr: `Dimension (score) ${of.fr}`, en: `Dimension (score) ${of.en}` }),
    scoreFlippedCountsNegative: (max: string | number, min: string | number): Text => ({
      fr: `Le score est retourné : ${max} compte comme ${min}. Pour une phrase négative (« Je me sens seul·e »).`,
      en: `The score is flipped: ${max} counts as ${min}. For a negative statement (“I feel alone”).`,
    }),
    onlyQuestionOfferingEvery: (min: string | number, max: string | number): Text => ({
      fr: `Seule une question qui offre toutes les valeurs de ${min} à ${max} peut être inversée.`,
      en: `Only a question offering every value from ${min} to ${max} can be reversed.`,
    }),
    noneCountsNoScore: { fr: "Aucune : ne compte dans aucun score", en: "None: counts in no score" },
    reversedItem: { fr: "Item inversé", en: "Reversed item" },
  },
  dimensionsEditor: {
    dimensionAdded: (frTitle: string, enTitle: string): Text => ({
      fr: `Dimension ajoutée : ${frTitle}`,
      en: `Dimension added: ${enTitle}`,
    }),
    giveTitleFrenchEnglish: {
      fr: "Donnez un titre en français et en anglais, et une source (au moins 3 caractères).",
      en: "Give a title in French and in English, and a source (at least 3 characters).",
    },
    dimensionsScores: { fr: "Dimensions et scores", en: "Dimensions and scores" },
    dimensionGroupsScaleQuestions: {
      fr: "Une dimension regroupe des questions d'échelle : la moyenne de leurs réponses donne un score de 0 à 100. Une question compte dans une seule dimension ; on l'y range depuis sa fiche.",
      en: "A dimension groups scale questions: the mean of their answers gives a score from 0 to 100. A question counts in one dimension only; it is put there from its card.",
    },
    scoringScale: { fr: "Échelle des scores", en: "Scoring scale" },
    scoredQuestionsNotScale: { fr: "Questions notées qui ne sont pas sur cette échelle : ", en: "Scored questions not on this scale: " },
    noDimensionYet: { fr: "Aucune dimension pour l'instant.", en: "No dimension yet." },
    newDimension: { fr: "Nouvelle dimension", en: "New dimension" },
    titleFrench: { fr: "Titre en français", en: "Title in French" },
    titleEnglish: { fr: "Titre en anglais", en: "Title in English" },
    addDimension: { fr: "Ajouter la dimension", en: "Add the dimension" },
  },
  draftEditor: {
    pageAdded: (pagesCount: string | number): Text => ({ fr: `Page ${pagesCount} ajoutée`, en: `Page ${pagesCount} added` }),
    pagesQuestions: { fr: "Pages et questions", en: "Pages and questions" },
    addPageEnd: { fr: "Ajouter une page à la fin", en: "Add a page at the end" },
  },
  jsonView: {
    textNotValidJson: { fr: "Le texte n'est pas du JSON valide : ", en: "The text is not valid JSON: " },
    jsonViewExperts: { fr: "Vue JSON (pour les expert·es)", en: "JSON view (for experts)" },
    draftJson: { fr: "Le brouillon en JSON", en: "The draft as JSON" },
    checkLooksShapeServer: {
      fr: "« Vérifier » contrôle la forme ; le serveur vérifie tout le reste à l'enregistrement.",
      en: "“Check” looks at the shape; the server checks everything else when saving.",
    },
    draftHasChangedSince: {
      fr: "Le brouillon a changé depuis que vous modifiez ce texte.",
      en: "The draft has changed since you started editing this text.",
    },
    check: { fr: "Vérifier", en: "Check" },
    apply: { fr: "Appliquer", en: "Apply" },
    discardMyJsonEdits: { fr: "Annuler mes modifications du JSON", en: "Discard my JSON edits" },
    fixBeforeApplying: { fr: "À corriger avant d'appliquer :", en: "To fix before applying:" },
    shapeCorrect: { fr: "Forme correcte.", en: "Shape is correct." },
    problemsReportedServer: { fr: "Problèmes signalés par le serveur :", en: "Problems reported by the server:" },
  },
  localizedField: {
    french: { fr: "en français", en: "in French" },
    english: { fr: "en anglais", en: "in English" },
    toFillIn: { fr: "À remplir", en: "To fill in" },
    placeholderTextReplace: { fr: "Texte provisoire à remplacer", en: "Placeholder text to replace" },
    optional: { fr: " (facultatif)", en: " (optional)" },
  },
  matrixEditor: {
    rowsStatements: { fr: "Lignes : les affirmations", en: "Rows: the statements" },
    aRow: { fr: "une ligne", en: "a row" },
    theRow: { fr: "la ligne", en: "row" },
    columnsPossibleAnswers: { fr: "Colonnes : les réponses possibles", en: "Columns: the possible answers" },
    aColumn: { fr: "une colonne", en: "a column" },
    theColumn: { fr: "la colonne", en: "column" },
  },
  pageSection: {
    pageDeleted: (position: string | number): Text => ({ fr: `Page ${position} supprimée`, en: `Page ${position} deleted` }),
    titlePage: (position: string | number): Text => ({ fr: `Titre de la page ${position}`, en: `Title of page ${position}` }),
    introductionPage: (position: string | number): Text => ({
      fr: `Introduction de la page ${position}`,
      en: `Introduction of page ${position}`,
    }),
    deletePageEmpty: (position: string | number): Text => ({
      fr: `Supprimer la page ${position}, vide`,
      en: `Delete page ${position}, empty`,
    }),
    startPage: (position: string | number): Text => ({ fr: `au début de la page ${position}`, en: `at the start of page ${position}` }),
    after: (after: Text): Text => ({ fr: `après ${after.fr}`, en: `after ${after.en}` }),
    emptyPageAddQuestion: {
      fr: "Page vide : ajoutez-y une question ou supprimez-la.",
      en: "Empty page: add a question to it or delete it.",
    },
  },
  questionActions: {
    questionMovedPosition: (position: string | number, where: string | number): Text => ({
      fr: `Question déplacée en position ${position}${where}`,
      en: `Question moved to position ${position}${where}`,
    }),
    itemMovedPosition: (position: string | number, where: string | number): Text => ({
      fr: `Élément déplacé en position ${position}${where}`,
      en: `Item moved to position ${position}${where}`,
    }),
    pageNumber: (position: string | number): Text => ({ fr: `page ${position}`, en: `page ${position}` }),
    copyAddedPositionNamed: (position: string | number, copy: string | number): Text => ({
      fr: `Copie ajoutée en position ${position}, nommée ${copy}`,
      en: `Copy added at position ${position}, named ${copy}`,
    }),
    deleted: (the: Text): Text => ({ fr: `Supprimé : ${the.fr}`, en: `Deleted: ${the.en}` }),
    moveUp: (named: string | number): Text => ({ fr: `Monter ${named}`, en: `Move up ${named}` }),
    moveDown: (named: string | number): Text => ({ fr: `Descendre ${named}`, en: `Move down ${named}` }),
    duplicateNamed: (named: string | number): Text => ({ fr: `Dupliquer ${named}`, en: `Duplicate ${named}` }),
    deleteNamed: (named: string | number): Text => ({ fr: `Supprimer ${named}`, en: `Delete ${named}` }),
    pageOf: (of: Text): Text => ({ fr: `Page ${of.fr}`, en: `Page ${of.en}` }),
    confirmDelete: (the: Text, name: string | number, summary: Text): Text => ({
      fr: `Supprimer ${the.fr} (${name}) « ${summary.fr} » ?`,
      en: `Delete ${the.en} (${name}) “${summary.en}”?`,
    }),
    willLeaveDimension: (title: Text): Text => ({
      fr: ` Elle sortira de la dimension « ${title.fr} ».`,
      en: ` It will leave the dimension “${title.en}”.`,
    }),
    displayConditionsDependWill: (dependents: string | number): Text => ({
      fr: ` Les conditions d'affichage qui en dépendent (${dependents}) seront retirées.`,
      en: ` The display conditions that depend on it (${dependents}) will be removed.`,
    }),
    yesDelete: (the: Text): Text => ({ fr: `Oui, supprimer ${the.fr}`, en: `Yes, delete ${the.en}` }),
    duplicate: { fr: "Dupliquer", en: "Duplicate" },
    delete: { fr: "Supprimer", en: "Delete" },
  },
  questionBody: {
    answerChoices: { fr: "Choix de réponse", en: "Answer choices" },
    aChoice: { fr: "un choix", en: "a choice" },
    labelYes: { fr: "Libellé de « oui »", en: "Label of “yes”" },
    labelNo: { fr: "Libellé de « non »", en: "Label of “no”" },
    smallestNumberAcceptedOptional: { fr: "Plus petit nombre accepté (facultatif)", en: "Smallest number accepted (optional)" },
    largestNumberAcceptedOptional: { fr: "Plus grand nombre accepté (facultatif)", en: "Largest number accepted (optional)" },
    maximumNumberCharactersOptional: { fr: "Nombre maximal de caractères (facultatif)", en: "Maximum number of characters (optional)" },
  },
  questionCard: {
    questionsGroupAreEdited: {
      fr: "Les questions de ce groupe se modifient ici. Pour en ajouter, en retirer ou les déplacer, passez par la vue JSON.",
      en: "The questions of this group are edited here. To add, remove or move them, use the JSON view.",
    },
    type: { fr: "Type : ", en: "Type: " },
    textShownSimpleHtml: { fr: "Texte affiché (HTML simple)", en: "Text shown (simple HTML)" },
    questionWording: { fr: "Intitulé de la question", en: "Question wording" },
    groupTitle: { fr: "Titre du groupe", en: "Group title" },
    noteUnderQuestion: { fr: "Précision sous la question", en: "Note under the question" },
    note: { fr: "Précision", en: "Note" },
    answerRequired: { fr: "Réponse obligatoire", en: "Answer required" },
    typeQuestionEditedJson: {
      fr: "Ce type de question se modifie dans la vue JSON.",
      en: "This type of question is edited in the JSON view.",
    },
  },
  questionnaireFields: {
    questionnaire: { fr: "Le questionnaire", en: "The questionnaire" },
    questionnaireTitle: { fr: "Titre du questionnaire", en: "Questionnaire title" },
    presentationRespondents: { fr: "Présentation aux répondant·es", en: "Presentation to respondents" },
    whoAnswersQuestionnaire: { fr: "Qui répond à ce questionnaire ?", en: "Who answers this questionnaire?" },
    tickLeastOneGroup: { fr: "Cochez au moins un public.", en: "Tick at least one group of respondents." },
  },
  scaleEditor: {
    scoresAreComputedScale: (min: string | number, max: string | number): Text => ({
      fr: `Les scores se calculent sur une échelle de ${min} à ${max} : sur une autre échelle, cette question ne peut pas compter dans une dimension.`,
      en: `Scores are computed on a ${min}–${max} scale: on another scale, this question cannot count in a dimension.`,
    }),
    labelsValues: (pointsCount: string | number): Text => ({
      fr: `Libellés des ${pointsCount} valeurs`,
      en: `Labels of the ${pointsCount} values`,
    }),
    labelValue: (value: string | number): Text => ({ fr: `Libellé de la valeur ${value}`, en: `Label of value ${value}` }),
    applyUsualAgreementLabels: (to: Text): Text => ({
      fr: `Appliquer les libellés d'accord habituels ${to.fr}`,
      en: `Apply the usual agreement labels ${to.en}`,
    }),
    answerScale: { fr: "Échelle de réponse", en: "Answer scale" },
    agreementLabelsApplied: { fr: "Libellés d'accord appliqués", en: "Agreement labels applied" },
  },
  surveyPreview: {
    preview: { fr: "Aperçu", en: "Preview" },
    tryRespondentEndTrial: {
      fr: "Essayez comme un·e répondant·e : à la fin, vos réponses d'essai sont enregistrées à part des vraies réponses.",
      en: "Try it as a respondent: at the end, your trial answers are stored apart from real answers.",
    },
    previewLanguage: { fr: "Langue de l'aperçu", en: "Preview language" },
    phonePreview: { fr: "Aperçu sur téléphone", en: "Phone preview" },
    previewCannotShown: { fr: "L'aperçu ne peut pas s'afficher : ", en: "The preview cannot be shown: " },
    questionnaireFinished: { fr: "Questionnaire terminé.", en: "Questionnaire finished." },
    startTrialAgain: { fr: "Recommencer l'essai", en: "Start the trial again" },
  },
} satisfies Record<string, Record<string, Text | ((...args: never[]) => Text)>>;
