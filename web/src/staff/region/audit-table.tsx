import { useLocale, useText } from "../../shared/locale.tsx";
import { formatDate } from "../format.ts";
import { ErrorMessage, Loading } from "../layout/status-message.tsx";
import { TableBox } from "../layout/table-box.tsx";
import { useAsync } from "../use-async.ts";
import { loadAudit } from "./region-api.ts";

/** The audit log: who did what, when, on what (the 200 latest entries the caller may read). */
export function AuditTable() {
  const t = useText();
  const { locale } = useLocale();
  const [state] = useAsync(loadAudit, []);
  const caption = t({ fr: "Journal d'audit (200 dernières entrées)", en: "Audit log (200 latest entries)" });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{t({ fr: "Journal d'audit", en: "Audit log" })}</h2>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorMessage error={state.error} />}
      {state.status === "ready" && (
        <TableBox label={caption}>
          <table>
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t({ fr: "Date", en: "Date" })}</th>
                <th scope="col">{t({ fr: "Compte", en: "Account" })}</th>
                <th scope="col">{t({ fr: "Action", en: "Action" })}</th>
                <th scope="col">{t({ fr: "Cible", en: "Target" })}</th>
                <th scope="col">{t({ fr: "Détails", en: "Details" })}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.at, locale, true)}</td>
                  <td>{e.userId ?? "—"}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
                  <td>{e.details ? <code>{JSON.stringify(e.details)}</code> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </section>
  );
}
