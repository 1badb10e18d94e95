/** A fault found in a questionnaire file, at the JSON path an author can find it at. */
export interface QuestionnaireFault {
  path: string;
  message: string;
}

/** A questionnaire file that cannot be loaded, with every fault found in it. */
export class QuestionnaireFileError extends Error {
  override name = "QuestionnaireFileError";
  constructor(
    readonly file: string,
    readonly faults: QuestionnaireFault[],
  ) {
    super(`${file}: ${faults.length} fault(s)\n${faults.map((f) => `  at ${f.path || "/"}: ${f.message}`).join("\n")}`);
  }
}
