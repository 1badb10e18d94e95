import {
  Model,
  type Question,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionCommentModel,
  QuestionMatrixModel,
  QuestionNonValue,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionTextModel,
  type ItemValue,
  type PanelModel,
  type PanelModelBase,
} from "survey-core";
import type { AnswerError, AnswerErrorReason, Answers } from "@/domain/questionnaire/answer-validation.ts";

/**
 * The reference the fast validator (src/domain/questionnaire/answer-validation.ts) is compared with: a real
 * survey-core `Model` loaded with the definition and the answers, as the respondent's browser would hold
 * them. Every decision is taken from survey-core: which names are questions (`getQuestionByName`), which
 * questions are shown (`isVisible` + `isParentVisible`, which walks panels and the page), which answers are
 * empty (`isValueEmpty` with trimming, the rule `Question.isEmpty()` applies), what a shown question needs
 * (survey-core's own `validate()`: isRequired, minSelectedChoices, isAllRowRequired, a number input's
 * min/max), the accepted values (`visibleRateValues`, `visibleChoices`, `visibleRows`, `visibleColumns`) and the
 * text limit (`getMaxLength()`, fed by `model.maxTextLength`).
 *
 * Where survey-core is LOOSER than the API contract, the reference is strict, and says why at each place:
 *  1. Types. The contract stores typed JSON values, so a wrong type is an error. survey-core converts or
 *     tolerates instead: a boolean question reads "true" as true; a checkbox wraps a scalar "a" into ["a"];
 *     a number input keeps "3" and compares it as a number; rating/choice look-ups go through
 *     `ItemValue.getItemByValue`, whose equality is loose ("3" finds 3, "true" finds true). The reference
 *     therefore checks `typeof` on the raw submitted value and looks choices up with `===`.
 *  2. Restrictions survey-core only enforces in its UI, never on data: `maxLength` (the input's maxlength
 *     attribute), `maxSelectedChoices` (further items are disabled), duplicate checkbox items (a click
 *     toggles, so the UI cannot produce them; `validate()` counts them), values outside the choices
 *     (`validate()` silently drops them from a checkbox, and never reports them). A submission bypasses
 *     the UI, so the reference checks each of these against survey-core's own properties.
 *  3. Matrix cells. survey-core reads a null cell as an unanswered row; the contract says a present cell
 *     holds a column value, so the reference reports `wrong_type`. A matrix answer whose cells are ALL
 *     empty (null, "", [], {}) is, for survey-core, no answer at all, and the reference follows survey-core
 *     there: that is emptiness, not typing. (Only a top-level string is trimmed: { r1: "  " } is an answer.)
 *  4. A value of the wrong type, empty or not, is never given to survey-core: it has no defined meaning
 *     there. survey-core refuses some outright ("An attempt to assign an incorrect value": the question
 *     keeps its previous value, so a reused model would judge with another answer set's value), converts
 *     others its own way ({} for a checkbox becomes [{}], an answer), and is left broken by some (a boolean
 *     given [true], or a radiogroup given [], reads a later well-typed value as []). The reference judges
 *     the question from the raw value (wrong_type or hidden_question if non-empty, else no answer) and
 *     loads the set without it, as survey-core does when it refuses: conditions reading it see no answer.
 *     The names are returned in `unassigned`: the fast validator's conditions read the raw value, so what
 *     is shown of the questions depending on them may legitimately differ.
 *
 * The fast validator reports one reason per question (its first failing check); the reference lists every
 * reason that applies, so a comparison is: same verdict, same set of questions in error, and the fast
 * validator's reason is one of the reference's reasons for that question.
 */

export type ReferenceVerdict = ({ ok: true; answers: Answers; errors: [] } | { ok: false; errors: AnswerError[] }) & {
  /** Questions whose raw value had the wrong type, so survey-core was not given it (see 4. above). */
  unassigned: string[];
};

interface Loaded {
  model: Model;
  questions: Question[];
  maxTextLength: number;
}

/**
 * Building a `Model` costs ~1–2 ms per question, more than everything else here together: one model is
 * kept per definition object and re-loaded with `model.data = …`, which replaces every value and re-runs
 * every condition (safe because only well-typed values are ever loaded, see 4. above). A test checks that
 * a reused model judges like a fresh one.
 */
const models = new WeakMap<object, Loaded>();

function load(definition: object, maxTextLength: number, fresh: boolean): Loaded {
  const cached = fresh ? undefined : models.get(definition);
  if (cached && cached.maxTextLength === maxTextLength) return cached;
  const model = new Model(definition);
  // A limit set by the survey itself is SurveyJS's own; the server default applies where SurveyJS would
  // allow any length (maxTextLength 0 = no limit). Question-level maxLength wins over both (getMaxLength).
  if (!(model.maxTextLength > 0)) model.maxTextLength = maxTextLength;
  const loaded = { model, questions: model.getAllQuestions().filter((q) => !(q instanceof QuestionNonValue)), maxTextLength };
  if (!fresh) models.set(definition, loaded);
  return loaded;
}

/**
 * Judges `answers` against `definition` with survey-core as the source of truth.
 * @param maxTextLength the server's limit for free text when neither the question nor the survey sets one.
 * @param options.fresh build a new Model instead of reusing the cached one (to test the cache).
 */
export function referenceValidate(
  definition: object,
  answers: unknown,
  maxTextLength: number,
  options: { fresh?: boolean } = {},
): ReferenceVerdict {
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    return { ok: false, errors: [{ question: "", reason: "not_an_object" }], unassigned: [] };
  }
  const given = answers as Answers;
  const { model, questions } = load(definition, maxTextLength, options.fresh === true);
  const raw = (q: Question) => (Object.hasOwn(given, q.name) ? given[q.name] : undefined);

  // survey-core keeps (and, in validate(), edits) the object it is given: it gets a copy, without the
  // values of the wrong type, empty ones included (4. above).
  const unassigned = questions.filter((q) => raw(q) != null && !hasRightType(q, raw(q))).map((q) => q.name);
  const data = structuredClone(given);
  for (const name of unassigned) delete data[name];
  model.data = data;

  // Snapshot what is shown right after loading: validate() edits values (it drops unknown checkbox items),
  // which re-runs conditions. Emptiness is survey-core's rule applied to the RAW submitted value: survey-core
  // may have edited its copy on load (it clears a value whose choice is hidden by the choice's own
  // visibleIf; its loose look-up turns "  " into the choice 0), and the server received the raw value.
  const state = questions.map((q) => ({
    q,
    raw: raw(q),
    shown: q.isVisible && q.isParentVisible,
    empty: q.isValueEmpty(raw(q), !q.allowSpaceAsAnswer),
  }));
  const containers = [...model.pages, ...(model.getAllPanels() as PanelModel[])].filter((c) => c.isRequired && isShown(c));

  const errors: AnswerError[] = [];
  for (const name of Object.keys(given)) {
    // getQuestionByName is case-sensitive; it answers undefined (not null) for "constructor" & co, and an
    // html element is a survey-core "question" that holds no value (QuestionNonValue).
    const q = model.getQuestionByName(name);
    if (q == null || q instanceof QuestionNonValue) errors.push({ question: name, reason: "unknown_question" });
  }

  // Last question first: validate()'s edits to a question's value can only change what is shown AFTER it
  // (conditions look at earlier questions), which is then already judged.
  const kept: Answers = {};
  const judged: AnswerError[] = [];
  for (const { q, raw, shown, empty } of state.reverse()) {
    if (!shown) {
      if (!empty) judged.push({ question: q.name, reason: "hidden_question" });
      continue;
    }
    const reasons = empty ? emptyReasons(q) : valueReasons(q, raw);
    for (const reason of reasons) judged.push({ question: q.name, reason });
    if (!empty && reasons.size === 0) kept[q.name] = raw;
  }
  errors.push(...judged.reverse(), ...containerErrors(containers));
  return errors.length > 0 ? { ok: false, errors, unassigned } : { ok: true, answers: kept, errors: [], unassigned };
}

/**
 * A shown page or panel with `isRequired` needs at least one answer inside it (survey-core's own check,
 * "requireoneanswer" on the container's `errors`), reported under the container's name. The fast validator
 * has no such rule: check-questionnaire must refuse `isRequired` on containers (a counterexample in the
 * differential test checks it).
 */
function containerErrors(shownRequired: PanelModelBase[]): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const container of shownRequired) {
    container.validate(true);
    const own = container.errors.map((e) => e.getErrorType());
    if (own.includes("requireoneanswer") || own.includes("required")) errors.push({ question: container.name, reason: "required" });
  }
  return errors;
}

function isShown(container: PanelModelBase): boolean {
  for (let element: PanelModelBase | null = container; element; element = element.parent) {
    if (!element.isVisible) return false;
  }
  return true;
}

/**
 * survey-core's own validation of a shown question, as reasons.
 * @param answered the raw value is not empty: survey-core's plain "required" error then only says that
 *   survey-core emptied its own copy (a matrix { r1: "  " } reads as empty in a freshly built model, not in
 *   a reused one), so it is not taken.
 */
function surveyCoreReasons(q: Question, answered: boolean): Set<AnswerErrorReason> {
  const reasons = new Set<AnswerErrorReason>();
  q.validate(true);
  for (const error of q.errors) {
    const type = error.getErrorType();
    if (type === "required" && answered) continue;
    if (type === "required" || type === "requiredinallrowserror") reasons.add("required");
    // survey-core raises "custom" errors for a text input's min/max (and step, minValueExpression…) and for
    // a checkbox's minSelectedChoices. Any other error type is a rule this reference does not know: fail
    // loudly rather than guess.
    else if (type === "custom" && q instanceof QuestionTextModel) reasons.add("out_of_range");
    else if (type === "custom" && q instanceof QuestionCheckboxModel) reasons.add("too_few_choices");
    else throw new Error(`reference: unexpected survey-core error "${type}" (${error.text}) on "${q.name}"`);
  }
  return reasons;
}

/**
 * What survey-core says of a shown question left empty. Not only `isRequired`: survey-core checks
 * `minSelectedChoices` and `isAllRowRequired` on an empty value too, so a checkbox with minSelectedChoices
 * ≥ 1, or a matrix with isAllRowRequired, cannot be left unanswered in the browser.
 */
function emptyReasons(q: Question): Set<AnswerErrorReason> {
  // survey-core may have turned an empty raw value into an answer: its loose look-up reads "  " as the
  // choice 0 ("  " == 0 in JavaScript). The raw value is no answer: ask survey-core about the question
  // unanswered (only questions after it can be affected, and they are already judged).
  if (!q.isEmpty()) q.clearValue();
  return surveyCoreReasons(q, false);
}

function isScalar(v: unknown): v is string | number {
  return typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
}

/** Strict membership: `ItemValue.getItemByValue` would let "1" find 1 (see 1. above). */
function hasItem(items: ItemValue[], value: unknown): boolean {
  return items.some((item) => item.value === value);
}

/** The rows the respondent saw (`visibleRows`: a row's own visibleIf can hide it). */
function visibleRows(q: QuestionMatrixModel): unknown[] {
  return q.visibleRows.map((row) => row.item.value);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The contract's types, strict where survey-core converts (see 1. above): a rating stores a number
 * (survey-core accepts "3"), a radiogroup/dropdown a string or number (survey-core stores anything), a
 * checkbox an array of those (survey-core wraps a scalar into an array), a boolean a boolean (survey-core
 * reads "true"/"false"), a number input a finite number (survey-core keeps "3" and compares it as a
 * number), text a string, a matrix an object of string/number cells (survey-core reads a null cell as an
 * unanswered row, see 3. above).
 */
function hasRightType(q: Question, raw: unknown): boolean {
  if (q instanceof QuestionRatingModel) return typeof raw === "number";
  if (q instanceof QuestionCheckboxModel) return Array.isArray(raw) && raw.every(isScalar);
  if (q instanceof QuestionSelectBase) return isScalar(raw);
  if (q instanceof QuestionBooleanModel) return typeof raw === "boolean";
  if (q instanceof QuestionTextModel && q.inputType === "number") return typeof raw === "number" && Number.isFinite(raw);
  if (q instanceof QuestionTextModel || q instanceof QuestionCommentModel) return typeof raw === "string";
  // An unknown row is reported as such whatever its cell holds. (All rows: this runs before loading, when
  // what is shown is not known yet.)
  if (q instanceof QuestionMatrixModel)
    return isPlainObject(raw) && Object.entries(raw).every(([row, cell]) => isScalar(cell) || !hasItem(q.rows as ItemValue[], row));
  throw new Error(`reference: no rule for question type "${q.getType()}" ("${q.name}")`);
}

/**
 * Reasons a non-empty answer to a shown question is refused: the type first (if it is wrong nothing else
 * is meaningful), then the accepted values read from survey-core, then survey-core's own validate().
 */
function valueReasons(q: Question, raw: unknown): Set<AnswerErrorReason> {
  const reasons = new Set<AnswerErrorReason>();
  if (!hasRightType(q, raw)) return reasons.add("wrong_type");
  if (q instanceof QuestionRatingModel) {
    // visibleRateValues are the buttons the respondent saw (rateValues, or rateMin..rateMax by rateStep,
    // capped by survey-core at settings.ratingMaximumRateValueCount).
    if (!hasItem(q.visibleRateValues, raw)) reasons.add("out_of_range");
  } else if (q instanceof QuestionCheckboxModel && Array.isArray(raw)) {
    // validate() silently drops values outside the choices, and never reports them.
    if (!raw.every((v) => hasItem(q.visibleChoices, v))) reasons.add("not_a_choice");
    // The UI toggles items, so it never sends one twice; survey-core's data layer does not check.
    if (new Set(raw).size !== raw.length) reasons.add("duplicate_choice");
    // survey-core enforces maxSelectedChoices only by disabling items in the UI (minSelectedChoices:
    // validate(), below).
    if (q.maxSelectedChoices > 0 && raw.length > q.maxSelectedChoices) reasons.add("too_many_choices");
  } else if (q instanceof QuestionSelectBase) {
    if (!hasItem(q.visibleChoices, raw)) reasons.add("not_a_choice");
  } else if ((q instanceof QuestionTextModel && q.inputType !== "number") || q instanceof QuestionCommentModel) {
    // getMaxLength(): the question's maxLength, else the survey's maxTextLength. survey-core enforces it
    // only through the input's maxlength attribute. (A number input's min/max: validate(), below.)
    const max: unknown = q.getMaxLength();
    if (typeof max === "number" && max > 0 && typeof raw === "string" && raw.length > max) reasons.add("too_long");
  } else if (q instanceof QuestionMatrixModel && isPlainObject(raw)) {
    for (const [row, cell] of Object.entries(raw)) {
      if (!visibleRows(q).includes(row)) reasons.add("unknown_row");
      else if (!hasItem(q.visibleColumns as ItemValue[], cell)) reasons.add("not_a_choice");
    }
    // isAllRowRequired: validate(), below ("requiredinallrowserror").
  }
  for (const reason of surveyCoreReasons(q, true)) reasons.add(reason);
  return reasons;
}
