import { useText } from "../../shared/locale.tsx";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { useAsync } from "../use-async.ts";
import { RESPONDENT_ROLE_LABELS, labelOf, words } from "../words.ts";
import { loadComments, type RespondentRole } from "./report-api.ts";

/** The released free-text comments of a structure, one list a question, in the order served (shuffled). */
export function CommentsSection({
  structureId,
  questionnaire,
  role,
}: {
  structureId: number;
  questionnaire: string;
  role?: RespondentRole;
}) {
  const t = useText();
  const w = words.comments;
  const [state] = useAsync(
    () => loadComments(structureId, { questionnaire, ...(role ? { role } : {}) }),
    [structureId, questionnaire, role],
  );
  return (
    <section aria-labelledby="comments-title" className="comments">
      <h2 id="comments-title">{t(w.title)}</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && (
        <>
          <p className="hint">{t(w.intro(state.data.threshold))}</p>
          {state.data.questions.length === 0 && <p>{t(w.none)}</p>}
          {state.data.questions.map((q) => (
            <article key={`${q.role}|${q.question}`}>
              <h3>
                {t(q.label)} <small>({t(labelOf(RESPONDENT_ROLE_LABELS, q.role))})</small>
              </h3>
              {q.shown ? (
                <>
                  <p className="hint">{t(w.count(q.count, q.cutoff))}</p>
                  <ul>
                    {q.comments.map((comment, i) => (
                      <li key={i}>{comment}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{t(w.tooFew(state.data.threshold))}</p>
              )}
            </article>
          ))}
        </>
      )}
    </section>
  );
}
