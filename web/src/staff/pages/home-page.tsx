import { useText } from "../../shared/locale.tsx";
import { words, KIND_LABELS, labelOf, SETTING_LABELS, STAFF_ROLE_LABELS } from "../words.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { structuresOf } from "../structures.ts";
import { useAsync } from "../use-async.ts";

/** The signed-in home: the structures this person works with, each with its report and its campaigns. */
export function HomePage({ user }: { user: StaffUser }) {
  const t = useText();
  usePageTitle(t(words.common.myStructures));
  const [state] = useAsync(() => structuresOf(user), [user.id]);
  return (
    <>
      <h1>{t(words.common.myStructures)}</h1>
      <p>
        {user.displayName ?? user.email} — {t(labelOf(STAFF_ROLE_LABELS, user.role))}
      </p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          user.role === "co_researcher" ? (
            <p>
              {t(words.homePage.accountParticipatoryResearch)} <Link href="/projets">{t(words.homePage.seeMyResearchProjects)}</Link>
            </p>
          ) : (
            <p>{t(words.homePage.noStructureLinkedAccount)}</p>
          )
        ) : (
          <ul className="card-list">
            {state.data.map((s) => (
              <li key={s.id} className="card">
                <h2 className="card-title">{s.name}</h2>
                <p className="muted">
                  {t(labelOf(KIND_LABELS, s.kind))} · {t(labelOf(SETTING_LABELS, s.setting))} · {t(words.homePage.department)}{" "}
                  {s.department}
                </p>
                <p className="card-links">
                  <Link href={`/structures/${s.id}`} aria-label={`${t(words.common.dashboard)} — ${s.name}`}>
                    {t(words.common.dashboard)}
                  </Link>
                  <Link href={`/structures/${s.id}/enquetes`} aria-label={`${t(words.common.campaigns)} — ${s.name}`}>
                    {t(words.common.campaigns)}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
