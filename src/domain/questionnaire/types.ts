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

export interface Scoring {
  scale: { min: number; max: number };
  dimensions: Dimension[];
}

export interface QuestionnaireFile {
  slug: string;
  roles: RespondentRole[];
  title: Localized;
  description: Localized;
  survey: SurveyDefinition;
  scoring: Scoring;
}
