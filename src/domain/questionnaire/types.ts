/** Types of a questionnaire file (see surveys/questionnaire.schema.json). */

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Record<Locale, string>;

export const RESPONDENT_ROLES = ["patient", "peer_worker", "professional", "institution"] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

export interface ChoiceItem {
  value: string | number;
  text: Localized;
}

/** A SurveyJS element as the questionnaire files use it; other cosmetic properties pass through untouched. */
export interface SurveyElement {
  type: string;
  name: string;
  title?: Localized;
  visibleIf?: string;
  isRequired?: boolean;
  elements?: SurveyElement[];
  choices?: ChoiceItem[];
  rateMin?: number;
  rateMax?: number;
  rateStep?: number;
  rateValues?: ChoiceItem[];
  rows?: ChoiceItem[];
  columns?: ChoiceItem[];
  inputType?: "text" | "number";
  min?: number;
  max?: number;
  maxLength?: number;
  minSelectedChoices?: number;
  maxSelectedChoices?: number;
  isAllRowRequired?: boolean;
  [cosmetic: string]: unknown;
}

export interface SurveyPage {
  name: string;
  title?: Localized;
  visibleIf?: string;
  elements: SurveyElement[];
  [cosmetic: string]: unknown;
}

export interface SurveyDefinition {
  pages: SurveyPage[];
  [cosmetic: string]: unknown;
}

export interface Dimension {
  id: string;
  title: Localized;
  description?: Localized;
  items: string[];
  reverse?: string[];
  /** false when a high score means more of something unwanted (self-stigma); default true. */
  higherIsBetter?: boolean;
  source: string;
}

interface IndicatorBase {
  id: string;
  title: Localized;
  description?: Localized;
  /** false when a lower value is the better one; default: the dimension's direction, else true. */
  higherIsBetter?: boolean;
  source?: string;
}

/** The mean dimension score, 0–100. */
export interface ScoreIndicator extends IndicatorBase {
  kind: "score";
  dimension: string;
}

/** Share of respondents whose dimension score is at least `threshold` (0–100), e.g. "agree" or better = 75. */
export interface DimensionProportionIndicator extends IndicatorBase {
  kind: "proportion";
  dimension: string;
  threshold: number;
}

/**
 * Share of respondents answering one of `values` (or at least `atLeast` on a number question), among those
 * who answered the item with anything but the `exclude` values ("prefer not to say").
 */
export interface ItemProportionIndicator extends IndicatorBase {
  kind: "proportion";
  item: string;
  values?: (string | number | boolean)[];
  atLeast?: number;
  exclude?: (string | number | boolean)[];
}

export type Indicator = ScoreIndicator | DimensionProportionIndicator | ItemProportionIndicator;

/** An item asking one of the library's shared mirrored statements (surveys/shared/mirrored-items.json). */
export interface MirroredItem {
  id: string;
  item: string;
}

export interface Scoring {
  scale: { min: number; max: number };
  dimensions: Dimension[];
  indicators: Indicator[];
  mirrors?: MirroredItem[];
}

export interface QuestionnaireFile {
  slug: string;
  /** The questionnaire this file rewords (e.g. its easy-to-read FALC wording). */
  variantOf?: string;
  variant?: "falc";
  roles: RespondentRole[];
  title: Localized;
  description: Localized;
  survey: SurveyDefinition;
  scoring: Scoring;
}
