/**
 * Pure operations on a draft's content for the questionnaire editor. Every one returns a new DraftContent
 * (never changes its argument) and leaves it as it was when the change makes no sense (a name not found, a
 * scale upside down): the editor calls them on each keystroke and click.
 */
export {
  clearShowIf,
  conditionSources,
  dependentsOf,
  formatShowIf,
  formatValue,
  readShowIf,
  refersTo,
  setShowIf,
  sourceValues,
} from "./ops/conditions.ts";
export type { ConditionOp, ConditionSource, ConditionValue, ShowIf, SimpleCondition, SourceValues } from "./ops/conditions.ts";
export {
  addDimension,
  assignQuestion,
  canReverse,
  canScore,
  deleteDimension,
  dimensionOf,
  isReversed,
  offScaleItems,
  renameDimension,
  scoredValues,
  setDimensionSource,
  setHigherIsBetter,
  setReverse,
  setScale,
  slugify,
} from "./ops/dimension-ops.ts";
export { findElement, findPage, freshName, namesWithin, takenNames } from "./ops/element-tree.ts";
export { addItem, duplicateValues, moveListItem, nextValue, parseItemValue, removeItem, ROW_VALUE, setItemValue } from "./ops/item-ops.ts";
export { addPage, deletePage, setRole } from "./ops/page-ops.ts";
export { AGREEMENT_LABELS, needsReplacing, PLACEHOLDER } from "./ops/placeholders.ts";
export { isLikert, isQuestion, listQuestions, shapeOf } from "./ops/question-list.ts";
export type { ElementShape, QuestionEntry } from "./ops/question-list.ts";
export {
  addQuestion,
  deleteQuestion,
  duplicateQuestion,
  moveQuestion,
  moveToPage,
  newQuestion,
  QUESTION_KINDS,
  setLimit,
  setRequired,
  unscore,
} from "./ops/question-ops.ts";
export type { QuestionKind } from "./ops/question-ops.ts";
export { hasAgreementLabels, MAX_SCALE_POINTS, scaleRange, setScaleRange, applyAgreementLabels } from "./ops/scale-ops.ts";
export { shapeProblems } from "./ops/shape-problems.ts";
export { getText, setText } from "./ops/text-ops.ts";
export type { ElementTextField, ItemList, TextPath } from "./ops/text-ops.ts";
