/**
 * The server's domain vocabulary that the web app shares: a questionnaire's content, a co-design draft, the
 * password rule. Only pure domain modules (no I/O, no server library) are named, so the bundle never pulls
 * server code; and the web app spells the paths into src/ in this one file.
 */
export type {
  ChoiceItem,
  Dimension,
  Locale,
  Localized,
  RespondentRole,
  ScoreIndicator,
  Scoring,
  SurveyElement,
  SurveyPage,
} from "../../../src/domain/questionnaire/types.ts";
export { RESPONDENT_ROLES } from "../../../src/domain/questionnaire/types.ts";
export { ratingValues } from "../../../src/domain/questionnaire/survey-elements.ts";
export type { DraftContent, WordingDecision } from "../../../src/domain/codesign/types.ts";
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../../../src/domain/password-rule.ts";
export { AURA_REGION } from "../../../src/domain/territory.ts";
export { isPagePath } from "../../../src/domain/page-paths.ts";
export { checkPersonalCode, newPersonalCode } from "../../../src/domain/journeys/personal-code.ts";
export { deriveJourneySecrets, openJourney, sealJourney, type JourneySecrets } from "../../../src/domain/journeys/journey-secrets.ts";
export {
  addVisit,
  changeSinceLastTime,
  mergeHistories,
  readHistory,
  type Change,
  type JourneyHistory,
  type JourneyVisit,
} from "../../../src/domain/journeys/journey-history.ts";
