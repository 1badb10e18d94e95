import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Every error the API can return: a stable machine-readable code, its HTTP status, and the message a person
 * reads, in French and in English. Clients switch on `code`; `message` follows the request's language.
 */
export const ERROR_CODES = {
  invalid_request: { status: 400, fr: "La requête est invalide.", en: "The request is invalid." },
  invalid_json: { status: 400, fr: "Le corps de la requête n'est pas du JSON valide.", en: "The request body is not valid JSON." },
  unauthenticated: { status: 401, fr: "Vous devez être connecté·e.", en: "You must be signed in." },
  invalid_credentials: { status: 401, fr: "Adresse e-mail ou mot de passe incorrect.", en: "Wrong e-mail address or password." },
  wrong_password: { status: 403, fr: "Le mot de passe actuel est incorrect.", en: "The current password is wrong." },
  forbidden: { status: 403, fr: "Vous n'avez pas accès à cette ressource.", en: "You do not have access to this resource." },
  invitation_required: {
    status: 403,
    fr: "Cette enquête demande un code d'invitation valide.",
    en: "This survey needs a valid invitation code.",
  },
  data_use_request_not_found: {
    status: 404,
    fr: "Cette demande d'utilisation des données n'existe pas.",
    en: "This data-use request does not exist.",
  },
  data_use_not_approved: {
    status: 403,
    fr: "Aucune demande d'utilisation des données approuvée et en cours de validité pour ce projet.",
    en: "This project has no approved data-use request still in force.",
  },
  data_use_decided: { status: 409, fr: "Cette demande a déjà été tranchée.", en: "This request has already been decided." },
  free_text_not_requested: {
    status: 403,
    fr: "La demande approuvée ne porte pas sur les réponses libres.",
    en: "The approved request does not cover free-text answers.",
  },
  not_found: { status: 404, fr: "Ressource introuvable.", en: "Resource not found." },
  campaign_not_found: { status: 404, fr: "Cette enquête n'existe pas.", en: "This survey does not exist." },
  structure_not_found: { status: 404, fr: "Cette structure n'existe pas.", en: "This structure does not exist." },
  questionnaire_not_found: { status: 404, fr: "Ce questionnaire n'existe pas.", en: "This questionnaire does not exist." },
  indicator_not_found: { status: 404, fr: "Cet indicateur n'existe pas.", en: "This indicator does not exist." },
  version_not_found: { status: 404, fr: "Cette version du questionnaire n'existe pas.", en: "This questionnaire version does not exist." },
  project_not_found: { status: 404, fr: "Ce projet de recherche n'existe pas.", en: "This research project does not exist." },
  draft_not_found: { status: 404, fr: "Ce brouillon n'existe pas.", en: "This draft does not exist." },
  comment_not_found: { status: 404, fr: "Ce commentaire n'existe pas.", en: "This comment does not exist." },
  user_not_found: { status: 404, fr: "Ce compte n'existe pas.", en: "This account does not exist." },
  not_a_co_researcher: {
    status: 422,
    fr: "Seuls les comptes de co-chercheur·e peuvent rejoindre un projet de recherche.",
    en: "Only co-researcher accounts can join a research project.",
  },
  questionnaire_of_another_project: {
    status: 403,
    fr: "Ce questionnaire appartient à un autre projet de recherche : seul ce projet peut en publier une version.",
    en: "This questionnaire belongs to another research project: only that project can publish a version of it.",
  },
  draft_conflict: {
    status: 409,
    fr: "Quelqu'un a modifié les mêmes éléments entre-temps : vos changements n'ont pas été enregistrés. Rechargez le brouillon, puis refaites-les.",
    en: "Someone changed the same parts meanwhile: your changes were not saved. Reload the draft, then make them again.",
  },
  draft_published: {
    status: 409,
    fr: "Ce brouillon a été publié : il ne change plus. Ouvrez un nouveau brouillon à partir de la version publiée.",
    en: "This draft was published: it no longer changes. Open a new draft from the published version.",
  },
  draft_not_in_review: {
    status: 409,
    fr: "Le brouillon doit d'abord être soumis à relecture.",
    en: "The draft must first be submitted for review.",
  },
  draft_invalid: {
    status: 422,
    fr: "Le questionnaire n'est pas encore complet : corrigez les points signalés.",
    en: "The questionnaire is not complete yet: fix the points listed.",
  },
  revision_stale: {
    status: 409,
    fr: "Le brouillon a changé depuis que vous l'avez ouvert : relisez la dernière version avant d'approuver.",
    en: "The draft changed since you opened it: read the latest revision before approving.",
  },
  approval_not_allowed: {
    status: 403,
    fr: "Seul·e un·e co-chercheur·e membre du projet, avec son parcours renseigné, peut approuver.",
    en: "Only a co-researcher member of the project, with their background set, can approve.",
  },
  background_unattested: {
    status: 403,
    fr: "Votre parcours (pair-aidant·e, chercheur·e…) attend l'attestation d'un·e administrateur·rice ou de la coordination régionale : vous pouvez commenter, pas encore approuver.",
    en: "Your background (peer worker, researcher…) awaits attestation by an administrator or the regional coordinator: you may comment, not approve yet.",
  },
  publication_unconfirmed: {
    status: 409,
    fr: "Cette publication a des effets sur des campagnes ou des résultats publiés : lisez-les et confirmez.",
    en: "This publication affects campaigns or released figures: read its effect and confirm.",
  },
  comment_threads_open: {
    status: 409,
    fr: "Des fils de commentaires sont encore ouverts : résolvez-les, ou dites pourquoi chacun reste ouvert.",
    en: "Comment threads are still open: resolve them, or say why each one stays open.",
  },
  approvals_missing: {
    status: 409,
    fr: "Il manque des approbations : il faut au moins un·e pair-aidant·e et un·e chercheur·e ou professionnel·le.",
    en: "Approvals are missing: at least one peer worker and one researcher or professional are needed.",
  },
  decisions_missing: {
    status: 409,
    fr: "Pour chaque reformulation, indiquez si les résultats restent comparables avec la version précédente.",
    en: "For each rewording, record whether results stay comparable with the previous version.",
  },
  version_exists: {
    status: 409,
    fr: "Ce contenu est déjà publié à l'identique : rien à publier.",
    en: "This content is already published as it is: nothing to publish.",
  },
  account_exists: {
    status: 409,
    fr: "Un compte existe déjà pour cette adresse e-mail.",
    en: "An account already exists for this e-mail address.",
  },
  staff_invitation_invalid: {
    status: 400,
    fr: "Ce lien d'invitation n'est pas valable : il a déjà servi, il a expiré ou il est incomplet.",
    en: "This invitation link is not valid: it was already used, has expired or is incomplete.",
  },
  cross_origin_refused: {
    status: 403,
    fr: "Requête refusée : elle ne vient pas de Repères.",
    en: "Request refused: it does not come from Repères.",
  },
  invitation_used: {
    status: 409,
    fr: "Ce code d'invitation a déjà servi : une seule réponse par invitation.",
    en: "This invitation code has already been used: one response per invitation.",
  },
  version_not_published: {
    status: 409,
    fr: "Une enquête ne peut utiliser qu'une version publiée.",
    en: "A campaign can only use a published version.",
  },
  campaign_not_open: {
    status: 410,
    fr: "Cette enquête n'est pas ouverte en ce moment.",
    en: "This survey is not open at the moment.",
  },
  payload_too_large: { status: 413, fr: "La requête est trop volumineuse.", en: "The request is too large." },
  unsupported_media_type: {
    status: 415,
    fr: "Le corps de la requête doit être du JSON (Content-Type: application/json).",
    en: "The request body must be JSON (Content-Type: application/json).",
  },
  invalid_answers: {
    status: 422,
    fr: "Certaines réponses ne correspondent pas au questionnaire.",
    en: "Some answers do not fit the questionnaire.",
  },
  nesting_too_deep: {
    status: 422,
    fr: "Les données envoyées sont imbriquées trop profondément.",
    en: "The data sent is nested too deeply.",
  },
  invalid_window: {
    status: 422,
    fr: "La date de fermeture doit suivre la date d'ouverture.",
    en: "The closing date must come after the opening date.",
  },
  label_not_assessed: {
    status: 409,
    fr: "Cette structure n'a pas encore rempli son auto-évaluation : il n'y a pas de profil à certifier.",
    en: "This structure has not completed its self-assessment yet: there is no profile to certify.",
  },
  role_not_allowed: {
    status: 422,
    fr: "Ce questionnaire n'est pas prévu pour ce type de répondant·e.",
    en: "This questionnaire is not meant for this kind of respondent.",
  },
  erasure_not_confirmed: {
    status: 422,
    fr: "Pour effacer les données de la structure, recopiez exactement son nom.",
    en: "To erase the structure's data, type its name exactly.",
  },
  quarter_not_closed: {
    status: 422,
    fr: "Seul un trimestre terminé peut être publié : ses réponses ne changent plus.",
    en: "Only a finished quarter can be released: its responses no longer change.",
  },
  too_many_requests: { status: 429, fr: "Trop de tentatives : réessayez plus tard.", en: "Too many attempts: try again later." },
  internal_error: {
    status: 500,
    fr: "Erreur interne. Rien n'a été perdu de ce qui était enregistré ; réessayez.",
    en: "Internal error. Nothing already stored was lost; please try again.",
  },
  unavailable: { status: 503, fr: "Service momentanément indisponible.", en: "Service temporarily unavailable." },
  storage_busy: {
    status: 503,
    fr: "L'enregistrement est momentanément impossible (une sauvegarde est peut-être en cours) : rien n'a été enregistré. Réessayez dans une minute.",
    en: "Saving is not possible right now (a backup may be running): nothing was saved. Please try again in a minute.",
  },
  storage_unavailable: {
    status: 503,
    fr: "Le serveur ne peut rien enregistrer pour le moment (stockage plein ou en lecture seule). Rien de cette demande n'a été enregistré : réessayez dans quelques minutes.",
    en: "The server cannot store anything right now (storage full or read-only). Nothing of this request was stored: try again in a few minutes.",
  },
} as const satisfies Record<string, { status: ContentfulStatusCode; fr: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
