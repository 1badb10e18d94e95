import { responseCells } from "./benchmark/cells.ts";
import { indicatorValues } from "./benchmark/indicator-values.ts";
import type { Answers } from "./questionnaire/answer-validation.ts";
import { scoreResponse } from "./questionnaire/scoring.ts";
import type { RespondentRole, Scoring } from "./questionnaire/types.ts";

/**
 * What a checked answer set yields: its dimension scores (the respondent's personal feedback) and the
 * report cells it adds to. Used alike by real submissions and by the demo data.
 */
export function deriveResponse(scoring: Scoring, answers: Answers, context: { structureId: number; role: RespondentRole; day: string }) {
  const scores = scoreResponse(scoring, answers);
  const cells = responseCells({ ...context, values: indicatorValues(scoring, answers, scores) }).map(
    ({ period, indicatorId, n, sum, sumSquares }) => ({
      period,
      indicatorId,
      n,
      sum,
      sumSquares,
    }),
  );
  return { scores, cells };
}
