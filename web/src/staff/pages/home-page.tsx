import { useText } from "../../shared/locale.tsx";
import { KIND_LABELS, labelOf, SETTING_LABELS, STAFF_ROLE_LABELS } from "../words.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { usePageTitle } from "../layout/use-page-title.ts";
import { Link } from "../router.tsx";
import type { StaffUser } from "../session.tsx";
import { structuresOf } from "../structures.ts";
import { useAsync } from "../use-async.ts";

/** The signed-in home: the structures this person works with, each with its report and its campaigns. */
export function HomePage({ user }: { user: StaffUser }) {
  const t = useText();
  usePageTitle(t({ fr: "Mes structures", en: "My structures" }));
  const [state] = useAsync(() => structuresOf(user), [user.id]);
  return (
    <>
      <h1>{t({ fr: "Mes structures", en: "My structures" })}</h1>
      <p>
        {user.displayName ?? user.email} — {t(labelOf(STAFF_ROLE_LABELS, user.role))}
      </p>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          user.role === "co_researcher" ? (
            <p>
              {t({ fr: "Votre compte sert à la recherche participative :", en: "Your account is for participatory research:" })}{" "}
              <Link href="/projets">{t({ fr: "voir mes projets de recherche", en: "see my research projects" })}</Link>
            </p>
          ) : (
            <p>{t({ fr: "Aucune structure ne vous est rattachée.", en: "No structure is linked to your account." })}</p>
          )
        ) : (
          <ul className="card-list">
            {state.data.map((s) => (
              <li key={s.id} className="card">
                <h2 className="card-title">{s.name}</h2>
                <p className="muted">
                  {t(labelOf(KIND_LABELS, s.kind))} · {t(labelOf(SETTING_LABELS, s.setting))} ·{" "}
                  {t({ fr: "département", en: "département" })} {s.department}
                </p>
                <p className="card-links">
                  <Link href={`/structures/${s.id}`} aria-label={`${t({ fr: "Tableau de bord", en: "Dashboard" })} — ${s.name}`}>
                    {t({ fr: "Tableau de bord", en: "Dashboard" })}
                  </Link>
                  <Link href={`/structures/${s.id}/enquetes`} aria-label={`${t({ fr: "Enquêtes", en: "Campaigns" })} — ${s.name}`}>
                    {t({ fr: "Enquêtes", en: "Campaigns" })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
